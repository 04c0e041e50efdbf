"""Loading the bundled evidence base (the only file read for it)."""

from __future__ import annotations

import json
from functools import cache

from desktop_app.core.evidence import EvidenceBase, parse_evidence
from desktop_app.paths import resource

EVIDENCE_FILE = ("evidence", "immunosep.json")


@cache
def load_evidence() -> EvidenceBase:
    """Parse ``resources/evidence/immunosep.json`` once per process."""
    with resource(*EVIDENCE_FILE).open(encoding="utf-8") as fh:
        return parse_evidence(json.load(fh))
