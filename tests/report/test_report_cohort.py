"""The batch's one seam to the lab import: identification columns reach the reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.report.options import PatientIdentity
from desktop_app.services.report_cohort import identity_of, jobs_from_cohort

from .conftest import assess


@dataclass
class _Sample:
    rows: tuple[int, ...]
    patient_id: str
    patient_name: object = None
    date_of_birth: object = None
    record_number: object = None


@dataclass
class _Row:
    sample: _Sample
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


def test_identity_is_read_as_written_and_dates_as_iso() -> None:
    sample = _Sample((2,), "P1", " Zoë Doe ", datetime(1958, 3, 14, 0, 0), 4711)
    assert identity_of(sample) == PatientIdentity("Zoë Doe", "1958-03-14", "4711")
    assert identity_of(_Sample((2,), "P1", date_of_birth=date(1960, 1, 2))).birth_date == \
        "1960-01-02"
    assert identity_of(_Sample((2,), "P1", date_of_birth="03/04/1958")).birth_date == \
        "03/04/1958"  # text stays as written: never re-read day-first or month-first


def test_a_sample_without_identification_gets_a_label_box() -> None:
    class Bare:  # the import as it is before identification columns exist
        rows = (2,)
        patient_id = "P1"

    assert identity_of(Bare()).blank


def test_jobs_carry_rows_and_identity() -> None:
    cohort = _Cohort([_Row(_Sample((5, 6), "P9", "Jane"), assess("mals"))])
    jobs, rejected = jobs_from_cohort(cohort)  # type: ignore[arg-type]
    assert rejected == []
    assert jobs[0].row == 5 and jobs[0].source_rows == (5, 6)
    assert jobs[0].identity == PatientIdentity(name="Jane")
