"""What a summary and a report say about an assessment beyond its phenotype: the flags a
pharmacist acts on.  Plain functions of the core's ``Assessment`` (no reportlab), shared by the
one-page report, the cohort summary and the batch index.

Nothing is decided here: "near a threshold" is the core's own warning; this module only names
which of the core's warning codes mean it.
"""

from __future__ import annotations

from datetime import datetime

from desktop_app.core.phenotype import Assessment, Status

# The core's warnings that say a value lies within the assay's uncertainty of a threshold.
NEAR_THRESHOLD_CODES = frozenset({"ferritin_near_threshold", "hla_dr_near_threshold"})


def near_threshold(a: Assessment) -> bool:
    """True when the core warned that a value used by the rule is near its threshold."""
    return any(w.code in NEAR_THRESHOLD_CODES for w in a.warnings)


def sample_times(a: Assessment) -> tuple[datetime | None, datetime | None]:
    """(ferritin sampled, HLA-DR sampled) as entered, ``None`` where not given."""
    f, h = a.inputs.ferritin, a.inputs.hla_dr
    return (f.sampled_at if f else None, h.sampled_at if h else None)


def attention_rank(a: Assessment | None) -> int:
    """Sort key of the rows needing action first: 0 no report / no assessment, 1 cannot
    classify, 2 near a threshold, 3 the rest."""
    if a is None:
        return 0
    if a.status is Status.CANNOT_CLASSIFY:
        return 1
    return 2 if near_threshold(a) else 3
