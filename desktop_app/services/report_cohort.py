"""The one place where the report batch meets the lab import (``services.cohort``).

Everything the batch needs from an imported file is read here: each assessment with its row
numbers and identifier, the optional identification columns (name, date of birth, record
number), and every rejected row with its reasons.  When the import's internals change, only
this module follows.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.report.options import PatientIdentity, ReportOptions
from desktop_app.services.report_batch import BatchReport, RejectedInput, ReportJob

if TYPE_CHECKING:
    from desktop_app.lab_import import ImportOptions, Sample
    from desktop_app.services.cohort import CohortResult


def report_batch_from_file(path: str | os.PathLike[str], out_dir: str | os.PathLike[str], *,
                           import_options: ImportOptions | None, generated_at: datetime,
                           options: ReportOptions, **batch: Any) -> BatchReport:
    """Import and classify a lab file (``services.cohort``), then ``run_report_batch`` it.

    Every classified or cannot-classify assessment gets a report; every rejected row is listed
    in the index and the summary.  ``LabFileError`` (file unreadable) and ``ImportCancelled``
    propagate; ``batch`` takes ``run_report_batch``'s keyword options (``should_cancel`` is
    also polled during the import).
    """
    from desktop_app.services.cohort import run_cohort
    from desktop_app.services.reports import run_report_batch

    cohort = run_cohort(Path(path), import_options, should_cancel=batch.get("should_cancel"),
                        now=generated_at)
    jobs, rejected = jobs_from_cohort(cohort)
    return run_report_batch(jobs, rejected, out_dir, generated_at=generated_at, options=options,
                            source_name=Path(path).name, **batch)


def jobs_from_cohort(cohort: CohortResult) -> tuple[list[ReportJob], list[RejectedInput]]:
    """Report jobs for every assessment of a cohort, and the rejected rows with their reasons."""
    jobs = [ReportJob(r.row, r.patient_id, r.assessment, tuple(r.rows),
                      identity=identity_of(r.sample)) for r in cohort.rows]
    rejected = []
    for r in cohort.rejected_rows:
        issues = tuple(i.with_column() for i in r.reasons)
        rejected.append(RejectedInput(r.row, r.patient_id, "; ".join(i.message for i in issues),
                                      issues))
    return jobs, rejected


def identity_of(sample: Sample) -> PatientIdentity:
    """Name, date of birth (YYYY-MM-DD) and record number of an imported sample, as the
    import read them ("" where the file has none: the report prints a box for a label)."""
    return PatientIdentity(sample.patient_name, sample.date_of_birth, sample.record_number)

