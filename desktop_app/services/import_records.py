"""Storing an imported cohort as patient records (issue 6: batch imports are lab results).

Every classified or cannot-classify sample becomes an assessment of its patient, sourced as
file + row number (both rows when a long layout paired them); rejected rows hold no usable
value and are only counted.  One transaction: the whole file is stored or nothing is
(``Store.record_import``), with progress and cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop_app.core.rules import DEFAULT_OPTIONS, AssessmentOptions
from desktop_app.services.cohort import CohortResult
from desktop_app.services.records import ImportedRow, ImportRecord, Store


def store_cohort(store: Store, result: CohortResult, source: Path | str, *,
                 evidence_version: str | None, now: datetime,
                 options: AssessmentOptions = DEFAULT_OPTIONS,
                 progress: Callable[[int, int], None] | None = None,
                 should_cancel: Callable[[], bool] | None = None) -> ImportRecord:
    """Store ``result`` (from ``run_cohort``, classified with ``options``) under the file
    name of ``source``."""
    rows = [ImportedRow(r.row, r.patient_id, r.assessment.inputs, r.assessment,
                        source_rows=r.rows) for r in result.rows]
    rows += [ImportedRow(r.row, r.patient_id or "", None) for r in result.rejected_rows]
    return store.record_import(Path(source).name, rows, evidence_version=evidence_version,
                               now=now, decided_at=result.assessed_at, options=options,
                               progress=progress, should_cancel=should_cancel)
