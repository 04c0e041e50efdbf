"""Storing an imported cohort as patient records (issue 6: batch imports are lab results).

Every classified or cannot-classify sample becomes an assessment with its lab results, sourced
as file + row number; rejected rows hold no usable value and are only counted in the ``import``
audit entry.  One transaction: the whole file is stored or nothing is.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop_app.services.cohort import CohortResult
from desktop_app.services.records import ImportedRow, ImportRecord, Store


def store_cohort(store: Store, result: CohortResult, source: Path | str, *,
                 evidence_version: str | None, now: datetime) -> ImportRecord:
    """Store ``result`` (from ``run_cohort``) under the file name of ``source``."""
    rows = [ImportedRow(r.row, r.patient_id, r.assessment.inputs, r.assessment)
            for r in result.rows]
    rows += [ImportedRow(r.row, r.patient_id or "", None) for r in result.rejected_rows]
    return store.record_import(Path(source).name, rows, evidence_version=evidence_version,
                               now=now)
