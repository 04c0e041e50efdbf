"""Storing an imported cohort as patient records (issue 6: batch imports are lab results).

Every classified or cannot-classify sample becomes an assessment of its patient, sourced as
file + row number (both rows when a long layout paired them); rejected rows hold no usable
value and are only counted.  One transaction: the whole file is stored or nothing is
(``Store.record_import``), with progress and cancel.

Nothing is stored without the user's choice (issue 12 point 5): the window offers "Store" or
"View only", and both choices are audited — storing by the ``import`` entry of the batch,
viewing only by a ``view`` entry (``record_view_only``); both name the file and the SHA-256 of
its content (``services.cohort_source``), never a patient identifier or value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop_app.core import rules
from desktop_app.core.rules import AssessmentOptions
from desktop_app.i18n import N_
from desktop_app.services.cohort import CohortResult
from desktop_app.services.records import ImportedRow, ImportRecord, Outcome, RecordError, Store


def imported_rows(result: CohortResult) -> list[ImportedRow]:
    """Every assessment of ``result`` as an ``ImportedRow`` carrying its decision's codes (one
    ``Outcome`` per distinct decision, shared), then every rejected row (counted only).

    No ``Assessment`` is built per row: the batch decided each distinct combination of facts
    once (``services.cohort.decide_all``), and the store keeps codes, not sentences, so the
    exact inputs and those codes are all it needs (reading re-runs ``classify`` and checks
    them, ``store.compact``)."""
    outcomes = [Outcome(d.status.value, d.phenotype.value if d.phenotype else None,
                        d.reason_codes, d.warning_codes) for d in result.decisions]
    s = result.samples
    rows: list[ImportedRow] = []
    if s is not None:
        first, pid, inputs, rows_of = s.first_row.tolist(), s.patient_id, s.inputs, s.rows_of
        rows = [ImportedRow(first[i], pid[i], inputs(i), outcome=outcomes[k],
                            source_rows=rows_of(i))
                for i, k in enumerate(result.outcome.tolist())]
    rows += [ImportedRow(r.row, r.patient_id or "", None) for r in result.rejected_rows]
    return rows


def store_cohort(store: Store, result: CohortResult, source: Path | str, *,
                 evidence_version: str | None, now: datetime,
                 options: AssessmentOptions | None = None,
                 source_sha256: str | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 should_cancel: Callable[[], bool] | None = None) -> ImportRecord:
    """Store ``result`` (from ``run_cohort``) under the file name of ``source``; its warning
    options default to the ones it was classified with."""
    if result.ruleset.version != rules.IMMUNOSEP_RULESET.version:
        raise RecordError.worded("other_ruleset", N_("This cohort was classified with another "
                                                     "rule set; import the file again."))
    return store.record_import(Path(source).name, imported_rows(result),
                               evidence_version=evidence_version, now=now,
                               decided_at=result.assessed_at,
                               options=options if options is not None else result.options,
                               source_sha256=source_sha256, progress=progress,
                               should_cancel=should_cancel)


def record_view_only(store: Store, result: CohortResult, source: Path | str, *, now: datetime,
                     source_sha256: str | None = None, closed: bool = False) -> int:
    """Audit that the user viewed an import without storing it (``closed``: the cohort was
    closed before choosing); returns the audit entry's number."""
    return store.audit("view", now=now, entity="import_file", detail={
        "file": Path(source).name, "source_sha256": source_sha256, "stored": False,
        "choice": "closed" if closed else "view_only", "rows_read": result.rows_read,
        "assessments": result.assessments, "rejected": result.rejected,
        "ruleset_version": result.ruleset.version})
