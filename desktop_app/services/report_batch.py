"""The machinery of a report batch: per-row outcomes, the process pool, and the CSV index.

The pool survives its own workers: if a worker process dies (out of memory, a crash in a C
library), the rows of every chunk that died with it are re-run one at a time in a one-worker
pool, so the row that kills a worker is named exactly and listed as failed, and the rest of
the batch carries on.
"""

from __future__ import annotations

import csv
import io
import multiprocessing
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.phenotype import Assessment
from desktop_app.i18n import N_
from desktop_app.report.facts import near_threshold, sample_times
from desktop_app.report.options import PatientIdentity
from desktop_app.services.atomic import write_bytes_atomic
from desktop_app.services.spreadsheet_safety import safe_cell

if TYPE_CHECKING:
    from desktop_app.i18n import Translator
    from desktop_app.lab_import.model import RowIssue

INDEX_NAME = "index.csv"
SUMMARY_NAME = "cohort-summary.pdf"
INDEX_COLUMNS = ("row", "source_rows", "patient_id", "outcome", "status", "phenotype",
                 "treatment_arm", "report_file", "reason", "near_threshold",
                 "ferritin_sampled_at", "hla_dr_sampled_at", "reason_codes")
WORKER_DIED = "the worker process stopped while rendering this report; nothing was written"


@dataclass(frozen=True)
class ReportJob:
    """One classified or cannot-classify row to report on."""

    row: int  # as a spreadsheet shows it
    patient_id: str | None
    assessment: Assessment
    source_rows: tuple[int, ...] = ()  # every source row (long layout pairs two); () = (row,)
    file_name: str = ""  # assigned by the batch
    identity: PatientIdentity = field(default_factory=PatientIdentity)  # name, birth, record


@dataclass(frozen=True)
class RejectedInput:
    """A row the import refused: no report, but listed in the index and the summary."""

    row: int
    patient_id: str | None
    reason: str  # in English (index.csv)
    issues: tuple[RowIssue, ...] = ()  # the import's reasons, worded in a reader's language


class Outcome(Enum):
    WRITTEN = "written"
    FAILED = "failed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"

    @property
    def text(self) -> str:
        """In English (index.csv); shown translated with ``tr(outcome.text)``."""
        return {"written": N_("report written"), "failed": N_("report failed"),
                "rejected": N_("rejected at import"),
                "cancelled": N_("not done: cancelled")}[self.value]


@dataclass(frozen=True)
class RowOutcome:
    row: int
    source_rows: tuple[int, ...]
    patient_id: str | None
    outcome: Outcome
    status: str  # "classified" | "cannot_classify" | "" (rejected)
    phenotype: str  # Phenotype value or ""
    treatment_arm: str
    headline: str  # "MALS (...)", "Cannot classify", "—"
    file: str  # file name inside the output folder, "" when none
    reason: str  # why nothing was written, "" when written
    near_threshold: bool = False  # the core warned that a value is near its threshold
    ferritin_sampled_at: str = ""  # ISO 8601 as entered, "" when not given
    hla_dr_sampled_at: str = ""
    reason_codes: tuple[str, ...] = ()  # the core's reason codes (results files keep codes)
    issues: tuple[RowIssue, ...] = ()  # a rejected row's reasons (``reason`` in English)

    def worded_reason(self, tr: Translator) -> str:
        """``reason`` in the language of ``tr``: the import's reasons of a rejected row; a
        failed report's reason as it is (the renderer's own sentence)."""
        if self.issues:
            return tr.join(tr.finding(i) for i in self.issues)
        return self.reason

    @classmethod
    def for_job(cls, job: ReportJob, outcome: Outcome, file: str, reason: str) -> RowOutcome:
        a = job.assessment
        ferritin, hla_dr = sample_times(a)
        return cls(job.row, job.source_rows or (job.row,), job.patient_id, outcome,
                   a.status.value, a.phenotype.value if a.phenotype else "",
                   a.treatment_arm.value if a.treatment_arm else "", a.headline, file, reason,
                   near_threshold(a), ferritin.isoformat() if ferritin else "",
                   hla_dr.isoformat() if hla_dr else "", a.reason_codes())

    @classmethod
    def rejected(cls, r: RejectedInput) -> RowOutcome:
        return cls(r.row, (r.row,), r.patient_id, Outcome.REJECTED, "", "", "", "—", "",
                   r.reason, issues=r.issues)


@dataclass(frozen=True)
class BatchProblem:
    """A batch-level problem (a file of the batch not written): ``str()`` is English, the
    window and ``report-batch --lang`` word it with ``localized``."""

    template: str  # marked with N_ where it is written
    params: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return self.template.format(**dict(self.params))

    def localized(self, tr: Translator) -> str:
        return tr(self.template, **dict(self.params))


@dataclass(frozen=True)
class BatchReport:
    out_dir: Path
    outcomes: tuple[RowOutcome, ...]  # every row, in row order
    index_path: Path | None
    summary_path: Path | None
    cancelled: bool
    errors: tuple[BatchProblem, ...]  # batch-level (e.g. the summary could not be written)
    combined_path: Path | None = None  # all-reports.pdf (None when cancelled or failed)

    def count(self, outcome: Outcome) -> int:
        return sum(o.outcome is outcome for o in self.outcomes)

    @property
    def complete(self) -> bool:
        """Every row has its report, and the index, summary and combined file were written."""
        return (not self.cancelled and not self.errors and self.summary_path is not None
                and self.combined_path is not None
                and all(o.outcome is Outcome.WRITTEN for o in self.outcomes))

    @property
    def problems(self) -> int:
        """Rows without a report (failed, rejected, cancelled) plus batch-level errors."""
        return len(self.errors) + sum(o.outcome is not Outcome.WRITTEN for o in self.outcomes)


Renderer = Callable[[Any, Sequence[ReportJob]], list[RowOutcome]]


def _chunks(jobs: Sequence[ReportJob], workers: int) -> list[list[ReportJob]]:
    # Several chunks per worker balance the load; more than ~8 rows per chunk adds nothing.
    size = max(1, min(8, -(-len(jobs) // (workers * 4))))
    return [list(jobs[i:i + size]) for i in range(0, len(jobs), size)]


def execute(jobs: Sequence[ReportJob], settings: Any, renderer: Renderer, *, workers: int,
            start_method: str, progress: Callable[[int, int], None] | None,
            should_cancel: Callable[[], bool] | None,
            retry_settings: Any = None,
            on_outcomes: Callable[[list[RowOutcome]], None] | None = None,
            ) -> tuple[list[RowOutcome], bool]:
    """Run ``renderer`` over ``jobs``; returns every job's outcome and whether it was cancelled.

    Chunks are submitted in the order of ``jobs``.  ``retry_settings`` (default ``settings``)
    are used to re-run rows after a worker died: a row of the dead chunk may already have been
    written by that worker, so the caller may allow replacing the batch's own files there.
    ``on_outcomes(outcomes)`` sees every outcome as soon as it is known (this thread).
    """
    total, done = len(jobs), 0
    cancel = should_cancel or (lambda: False)
    out: list[RowOutcome] = []

    def take(results: list[RowOutcome]) -> None:
        out.extend(results)
        if on_outcomes is not None:
            on_outcomes(results)

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    if workers <= 1:
        for i, job in enumerate(jobs):
            if cancel():
                take([_cancelled(j) for j in jobs[i:]])
                return out, True
            take(renderer(settings, [job]))
            advance(1)
        return out, False

    context = multiprocessing.get_context(start_method)
    suspects: list[ReportJob] = []  # rows of chunks whose worker died
    cancelled = cancel()
    if cancelled:
        take([_cancelled(j) for j in jobs])
    else:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                 initializer=_worker_init) as pool:
            futures: dict[Future[list[RowOutcome]], list[ReportJob]] = {
                pool.submit(renderer, settings, chunk): chunk for chunk in _chunks(jobs, workers)}
            for future in as_completed(futures):
                chunk = futures[future]
                if future.cancelled():
                    take([_cancelled(j) for j in chunk])
                    continue
                try:
                    results = future.result()
                except BrokenProcessPool:
                    suspects += chunk  # the culprit and bystanders: sorted out below
                    continue
                except Exception as exc:  # e.g. a job that cannot be sent to a worker
                    results = [_failed(j, f"report could not be produced: {type(exc).__name__}")
                               for j in chunk]
                take(results)
                advance(len(chunk))
                if not cancelled and cancel():
                    cancelled = True
                    for f in futures:
                        f.cancel()  # running chunks finish and are listed as written
    # One row at a time in a one-worker pool: a death now names its row exactly.
    pool_1: ProcessPoolExecutor | None = None
    try:
        for i, job in enumerate(suspects):
            if cancelled or cancel():
                cancelled = True
                take([_cancelled(j) for j in suspects[i:]])
                break
            pool_1 = pool_1 or ProcessPoolExecutor(max_workers=1, mp_context=context,
                                                  initializer=_worker_init)
            try:
                results = pool_1.submit(renderer, retry_settings or settings, [job]).result()
            except BrokenProcessPool:
                results = [_failed(job, WORKER_DIED)]
                pool_1.shutdown()
                pool_1 = None
            except Exception as exc:
                results = [_failed(job, f"report could not be produced: {type(exc).__name__}")]
            take(results)
            advance(1)
    finally:
        if pool_1 is not None:
            pool_1.shutdown()
    return out, cancelled


def _worker_init() -> None:
    """Ctrl+C goes to the parent, which cancels cleanly; workers must not die of it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _cancelled(job: ReportJob) -> RowOutcome:
    return RowOutcome.for_job(job, Outcome.CANCELLED, "", "cancelled by the user")


def _failed(job: ReportJob, reason: str) -> RowOutcome:
    return RowOutcome.for_job(job, Outcome.FAILED, "", reason)


# -- CSV index -------------------------------------------------------------------------------

def index_bytes(outcomes: Sequence[RowOutcome]) -> bytes:
    """The CSV index: UTF-8 with BOM (Excel reads the µ and γ right), CRLF, one line per row.

    Every text cell is formula-neutralised (hazard H19); the row number stays a number.
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(INDEX_COLUMNS)
    for o in outcomes:
        w.writerow([o.row, *(safe_cell(v) for v in (
            ";".join(str(r) for r in o.source_rows), o.patient_id or "", o.outcome.value,
            o.status, o.phenotype, o.treatment_arm, o.file, o.reason,
            "yes" if o.near_threshold else "", o.ferritin_sampled_at, o.hla_dr_sampled_at,
            ";".join(o.reason_codes)))])
    return buf.getvalue().encode("utf-8-sig")


def write_index(result: BatchReport, *, overwrite: bool) -> Path:
    from desktop_app.report.filenames import inside

    return write_bytes_atomic(inside(result.out_dir, INDEX_NAME), index_bytes(result.outcomes),
                              overwrite=overwrite)
