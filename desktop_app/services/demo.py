"""Bundled synthetic training cases (``resources/demo/cases.json``).

Every case is invented: its identifier follows the reserved, visibly fake pattern ``DEMO-nnn``
(hazard H29), its values are text exactly as a person would type them, and it states the result
the clinical core must give (status, phenotype, one reason code, expected warnings) with a short
teaching note.  ``tests/test_demo_cases.py`` classifies every case through the core and checks
that expectation, so a case can never teach something the app does not do.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop_app.core.phenotype import Assessment, Phenotype, Status
from desktop_app.paths import resource
from desktop_app.services.entry import EntryText

DEMO_FILE = ("demo", "cases.json")
DEMO_ID = re.compile(r"DEMO-[0-9]{3}")
_ENTRY_FIELDS = tuple(EntryText.__dataclass_fields__)


class DemoDataError(ValueError):
    """The demo file does not have the expected shape."""


@dataclass(frozen=True)
class Expectation:
    status: Status
    phenotype: Phenotype | None
    reason: str  # one code that must be among the assessment's reason codes
    warnings: tuple[str, ...]  # exactly its warning codes (order aside)

    def describe(self) -> str:
        what = self.phenotype.label if self.phenotype else "Cannot classify"
        return f"{what} (reason: {self.reason})"

    def matches(self, assessment: Assessment) -> bool:
        return (assessment.status is self.status and assessment.phenotype is self.phenotype
                and self.reason in assessment.reason_codes()
                and set(self.warnings) == set(assessment.warning_codes()))


@dataclass(frozen=True)
class DemoCase:
    id: str
    title: str
    topic: str
    entry: EntryText
    expected: Expectation
    note: str

    @property
    def label(self) -> str:
        return f"{self.id} · {self.title}"


def is_demo_identifier(text: str) -> bool:
    return DEMO_ID.fullmatch(text.strip()) is not None


def parse_demo_cases(data: dict[str, Any]) -> tuple[DemoCase, ...]:
    """Check the shape of the demo mapping and build the cases."""
    if data.get("schema") != 1:
        raise DemoDataError(f"unsupported demo schema {data.get('schema')!r}")
    cases: list[DemoCase] = []
    try:
        for raw in data["cases"]:
            case_id = str(raw["id"])
            if not is_demo_identifier(case_id):
                raise DemoDataError(f"demo id {case_id!r} is not of the form DEMO-nnn")
            unknown = set(raw["entry"]) - set(_ENTRY_FIELDS)
            if unknown:
                raise DemoDataError(f"{case_id}: unknown entry fields {sorted(unknown)}")
            exp = raw["expected"]
            phenotype = Phenotype(exp["phenotype"]) if exp["phenotype"] else None
            cases.append(DemoCase(
                id=case_id, title=str(raw["title"]), topic=str(raw["topic"]),
                entry=EntryText(**{k: raw["entry"].get(k) for k in _ENTRY_FIELDS}),
                expected=Expectation(Status(exp["status"]), phenotype, str(exp["reason"]),
                                     tuple(exp.get("warnings", ()))),
                note=str(raw["note"])))
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, DemoDataError):
            raise
        raise DemoDataError(f"demo data is malformed: {exc!r}") from exc
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        raise DemoDataError("demo case ids are not unique")
    return tuple(cases)


@cache
def load_demo_cases() -> tuple[DemoCase, ...]:
    """Parse the bundled training cases once per process."""
    with resource(*DEMO_FILE).open(encoding="utf-8") as fh:
        return parse_demo_cases(json.load(fh))
