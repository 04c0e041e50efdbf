"""Batch PDF export for the cohort view: a folder, a confirmation, a process pool, a summary.

``export_cohort_reports(parent, cohort, source_name=..., training=...)`` asks for a folder,
asks before replacing any file the export would write, then runs ``services.reports``'
``run_report_batch`` (one PDF per assessment, the cohort summary and ``index.csv``) with
``spawn`` worker processes (forking a process that runs Qt threads is unsafe) behind the shared
progress dialog, whose Cancel stops between reports.  The questions and messages are those of
``ui.report_export`` (one place to answer them in tests).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from desktop_app.services.reports import (
    BatchReport,
    Outcome,
    RejectedInput,
    ReportJob,
    make_options,
    planned_files,
    run_report_batch,
)
from desktop_app.ui import report_export as dialogs
from desktop_app.ui.workers import BackgroundTask, run_in_background

TITLE = "Export PDF reports"


class CohortLike(Protocol):
    rows: Sequence[Any]
    rejected_rows: Sequence[Any]


def export_cohort_reports(parent: QWidget | None,
                          cohort: CohortLike | tuple[Sequence[ReportJob], Sequence[RejectedInput]],
                          *, source_name: str, training: bool, settings: Any | None = None,
                          folder: Path | None = None, workers: int | None = None,
                          clock: Callable[[], datetime] = dialogs.local_now,
                          on_done: Callable[[BatchReport | None], None] | None = None,
                          ) -> BackgroundTask | None:
    """One PDF per assessment of ``cohort`` (a ``services.cohort.CohortResult`` or
    ``(jobs, rejected)``), the cohort summary and ``index.csv``, in a folder the user picks.

    Returns the running task (``task.cancel()`` stops between reports), or ``None`` when the
    user gave up.  ``on_done(result)`` runs on the GUI thread (``None`` when cancelled/failed).
    """
    from desktop_app.services.reports import jobs_from_cohort

    if isinstance(cohort, tuple):
        jobs, rejected = cohort
    else:
        jobs, rejected = jobs_from_cohort(cohort)  # type: ignore[arg-type]
    if not jobs and not rejected:
        dialogs.notify(parent, TITLE, "The cohort is empty: there is nothing to report.")
        return None
    target = folder or dialogs.ask_folder(parent)
    if target is None:
        return None
    overwrite = False
    existing = [p for p in planned_files(jobs, target) if p.exists()]
    if existing:
        if not dialogs.ask_yes_no(parent, TITLE,
                                  f"{len(existing)} of the files this export writes already "
                                  f"exist in {target} (e.g. {existing[0].name}).\n\n"
                                  "Replace them?"):
            return None
        overwrite = True
    prefs = dialogs.load_preferences(settings)
    options = make_options(institution=prefs.institution, ward=prefs.ward, paper=prefs.paper,
                           training=training)

    def finished(result: BatchReport | None) -> None:
        if on_done is not None:
            on_done(result)

    def succeeded(result: BatchReport) -> None:
        dialogs.notify(parent, TITLE, batch_message(result), warning=not result.complete)
        finished(result)

    def failed(exc: BaseException) -> None:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        dialogs.notify(parent, TITLE, f"The export stopped: {reason}.", warning=True)
        finished(None)

    def cancelled() -> None:
        dialogs.notify(parent, TITLE, "Export cancelled. The reports written so far are listed "
                       f"in index.csv in {target}.", warning=True)
        finished(None)

    return run_in_background(
        run_report_batch, jobs, rejected, target, generated_at=clock(), options=options,
        source_name=source_name, overwrite=overwrite, workers=workers, start_method="spawn",
        pass_control=True, parent=parent, label=f"Writing {len(jobs)} PDF reports…",
        on_success=succeeded, on_error=failed, on_cancelled=cancelled)


def batch_message(r: BatchReport) -> str:
    lines = [f"Reports written: {r.count(Outcome.WRITTEN)} of {len(r.outcomes)} rows.",
             f"Failed: {r.count(Outcome.FAILED)}; rejected at import: "
             f"{r.count(Outcome.REJECTED)}."]
    lines.append(f"Every row, with the reason for each missing report, is listed in "
                 f"{r.index_path} and in the cohort summary PDF.")
    lines += [f"Problem: {e}" for e in r.errors]
    return "\n".join(lines)
