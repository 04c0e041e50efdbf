"""The batch's one seam to the lab import: identification columns reach the reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.lab_import import Sample
from desktop_app.report.options import PatientIdentity
from desktop_app.services.cohort import run_cohort
from desktop_app.services.report_cohort import jobs_from_cohort

from .conftest import assess

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
NOW = datetime(2025, 12, 1, tzinfo=UTC)


@dataclass
class _Row:
    sample: Sample
    assessment: object

    @property
    def row(self) -> int:
        return self.sample.rows[0]

    @property
    def rows(self) -> tuple[int, ...]:
        return self.sample.rows

    @property
    def patient_id(self) -> str:
        return self.sample.patient_id


@dataclass
class _Cohort:
    rows: list[_Row]
    rejected_rows: list[object] = field(default_factory=list)


def test_identity_comes_from_the_file_and_a_row_without_gets_a_label_box() -> None:
    cohort = run_cohort(DATA / "identity.csv", now=NOW)
    jobs, rejected = jobs_from_cohort(cohort)
    by_row = {j.row: j.identity for j in jobs}
    assert by_row[2] == PatientIdentity("Zoë Doe", "1950-01-02", "M-77")
    assert by_row[3] == by_row[2]  # the same patient's blank row
    assert by_row[12].blank
    assert {r.row for r in rejected} >= {6, 7, 8}  # two names for P4; an invisible character
    assert "different names" in next(r.reason for r in rejected if r.row == 6)


def test_jobs_carry_rows_and_identity() -> None:
    cohort = _Cohort([_Row(Sample((5, 6), "P9", assess("mals").inputs, patient_name="Jane"),
                           assess("mals"))])
    jobs, rejected = jobs_from_cohort(cohort)  # type: ignore[arg-type]
    assert rejected == []
    assert jobs[0].row == 5 and jobs[0].source_rows == (5, 6)
    assert jobs[0].identity == PatientIdentity(name="Jane")
