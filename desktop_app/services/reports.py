"""PDF reports as a use case: render one patient's report, or a whole cohort on every core.

The ``report`` package draws; this module knows where the font lives, which versions to print,
and how files are written (atomically, never overwriting unless asked).  The batch isolates
every row: a row that cannot be rendered or written is listed with the reason, and the batch
goes on (hazard H28).  Nothing here logs identifiers or values, only row numbers.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.core.evidence import EvidenceBase
from desktop_app.core.phenotype import Assessment
from desktop_app.i18n import N_, translator
from desktop_app.paths import resource
from desktop_app.report.facts import attention_rank
from desktop_app.report.options import PatientIdentity, ReportOptions
from desktop_app.services.atomic import TargetExistsError, write_bytes_atomic
from desktop_app.services.report_batch import (
    INDEX_NAME,
    SUMMARY_NAME,
    BatchProblem,
    BatchReport,
    Outcome,
    RejectedInput,
    ReportJob,
    RowOutcome,
    execute,
    write_index,
)
from desktop_app.services.report_cohort import jobs_from_cohort, report_batch_from_file
from desktop_app.services.report_combined import COMBINED_NAME, Combiner
from desktop_app.services.report_summary import bookmark

if TYPE_CHECKING:
    from desktop_app.report.scores_section import ScoresSection

logger = logging.getLogger(__name__)

FONT_DIR = ("fonts",)
NO_IDENTIFIER = "(no identifier in the file)"
# reportlab keeps process-wide state (font registry, rl_config): one render at a time per
# process.  Pool workers are processes, so the batch stays parallel.
RENDER_LOCK = threading.Lock()
IN_PROCESS_BELOW = 24  # starting a pool costs as much as 10-40 reports (perf baseline §3)

__all__ = [
    "COMBINED_NAME",
    "INDEX_NAME",
    "SUMMARY_NAME",
    "BatchReport",
    "Outcome",
    "OutputExistsError",
    "PatientIdentity",
    "RejectedInput",
    "ReportError",
    "ReportJob",
    "RowOutcome",
    "jobs_from_cohort",
    "make_options",
    "planned_files",
    "render_patient_pdf",
    "report_batch_from_file",
    "run_report_batch",
    "write_patient_report",
]


class ReportError(RuntimeError):
    """A report could not be produced (the message says why; no patient data in it)."""


class OutputExistsError(FileExistsError):
    """Files a batch would write already exist and overwriting was not allowed."""

    def __init__(self, paths: Sequence[Path]) -> None:
        super().__init__(f"{len(paths)} file(s) already exist, e.g. {paths[0]}")
        self.paths = tuple(paths)


def make_options(*, institution: str = "", ward: str = "", paper: str = "a4",
                 training: bool = False, appendix: bool = False, lang: str = "en",
                 generated_by: str | None = None, workstation: str | None = None,
                 invariant: bool = False) -> ReportOptions:
    """Report options with this application's version filled in.

    ``generated_by`` and ``workstation`` default to this computer's user and name (printed on
    every report; never logged).  ``paper`` is "a4" or "letter" (any case).
    """
    from desktop_app.i18n import translator

    translator(lang)  # refuses an unknown language before anything is rendered
    return ReportOptions(
        app_version=__version__, institution=institution.strip(), ward=ward.strip(),
        paper=paper.lower(), training=training, appendix=appendix, lang=lang,
        generated_by=current_user() if generated_by is None else generated_by,
        workstation=workstation_name() if workstation is None else workstation,
        invariant=invariant)


def current_user() -> str:
    """The operating-system user running the app ("" when the system cannot say)."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name, no passwd entry
        return ""


def workstation_name() -> str:
    """This computer's network name ("" when unknown)."""
    import platform

    return platform.node()


def prepare() -> None:
    """Register the bundled font (once per process; also in each pool worker)."""
    from desktop_app.report.fonts import register_fonts

    register_fonts(resource(*FONT_DIR))


def verify_pdf(data: bytes) -> None:
    """Refuse to write anything that is not a complete PDF (header and end-of-file mark)."""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-32:]:
        raise ReportError("the rendered report is incomplete")


def render_patient_pdf(assessment: Assessment, patient_id: str, *, generated_at: datetime,
                       options: ReportOptions, evidence: EvidenceBase | None = None,
                       training_note: str = "", identity: PatientIdentity | None = None,
                       source: str = "", scores: ScoresSection | None = None) -> bytes:
    """One patient's report as PDF bytes (nothing is written).

    One page, unless ``options.appendix`` (then the full evidence follows) or an identifier is
    too long for one page.  ``identity``: name, date of birth, record number as given (a blank
    box for a patient label when there are none).  ``source``: where the values came from
    (printed in the appendix).  ``scores``: the patient's stored eligibility, day-9 SOFA
    and HScore (``services.scores.report_section``), a section on page one when present.
    """
    from desktop_app.report.patient import PatientReport, render_patient_report
    from desktop_app.services.evidence import load_evidence

    if generated_at.tzinfo is None:
        raise ValueError("generated_at must carry a time zone")
    prepare()
    with RENDER_LOCK:
        data = render_patient_report(PatientReport(
            patient_id, assessment, evidence or load_evidence(), generated_at, options,
            training_note, identity or PatientIdentity(), source, scores))
    verify_pdf(data)
    return data


def write_patient_report(path: str | os.PathLike[str], assessment: Assessment,
                         patient_id: str, *, generated_at: datetime, options: ReportOptions,
                         overwrite: bool = False, evidence: EvidenceBase | None = None,
                         training_note: str = "",
                         identity: PatientIdentity | None = None,
                         scores: ScoresSection | None = None) -> Path:
    """Render, then write atomically; ``TargetExistsError`` if ``path`` exists (no overwrite)."""
    target = Path(path)
    if not overwrite and target.exists():  # fail before spending time on rendering
        raise TargetExistsError(target)
    data = render_patient_pdf(assessment, patient_id, generated_at=generated_at,
                              options=options, evidence=evidence, training_note=training_note,
                              identity=identity, scores=scores)
    return write_bytes_atomic(target, data, overwrite=overwrite)


# -- batch -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Settings:
    """What every worker needs besides its rows (picklable)."""

    out_dir: str
    generated_at: datetime
    options: ReportOptions
    overwrite: bool
    source_name: str = ""


def render_rows(settings: _Settings, jobs: Sequence[ReportJob]) -> list[RowOutcome]:
    """Render and write each job, each in isolation (runs in a pool worker or in-process)."""
    from desktop_app.i18n import translator
    from desktop_app.report.filenames import inside
    from desktop_app.services.evidence import load_evidence

    evidence = load_evidence()
    no_id = translator(settings.options.lang)(NO_IDENTIFIER)
    out: list[RowOutcome] = []
    for job in jobs:
        try:
            data = render_patient_pdf(job.assessment, job.patient_id or no_id,
                                      generated_at=settings.generated_at,
                                      options=settings.options, evidence=evidence,
                                      identity=job.identity, source=_source(settings, job))
            write_bytes_atomic(inside(Path(settings.out_dir), job.file_name), data,
                               overwrite=settings.overwrite)
            out.append(RowOutcome.for_job(job, Outcome.WRITTEN, job.file_name, ""))
        except TargetExistsError:
            out.append(RowOutcome.for_job(job, Outcome.FAILED, "", "a file with this name "
                                          "already exists and was not overwritten"))
        except Exception as exc:  # one bad row never aborts the batch
            logger.warning("report for row %d failed: %s", job.row, type(exc).__name__)
            out.append(RowOutcome.for_job(job, Outcome.FAILED, "",
                                          f"report could not be produced: "
                                          f"{type(exc).__name__}: {exc}"))
    return out


def _source(settings: _Settings, job: ReportJob) -> str:
    """"lab.csv, rows 12, 13": where a batch report's values came from (its appendix)."""
    from desktop_app.i18n import translator

    if not settings.source_name:
        return ""
    rows = ", ".join(str(r) for r in job.source_rows or (job.row,))
    return translator(settings.options.lang)("{file}, rows {rows}", file=settings.source_name,
                                             rows=rows)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # Windows, macOS
        return max(1, os.cpu_count() or 1)


def run_report_batch(jobs: Sequence[ReportJob], rejected: Sequence[RejectedInput],
                     out_dir: str | os.PathLike[str], *, generated_at: datetime,
                     options: ReportOptions, source_name: str, overwrite: bool = False,
                     include_id_in_names: bool = True, workers: int | None = None,
                     start_method: str | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     should_cancel: Callable[[], bool] | None = None,
                     renderer: Callable[[_Settings, Sequence[ReportJob]], list[RowOutcome]]
                     = render_rows) -> BatchReport:
    """One PDF per job, then the cohort summary, ``all-reports.pdf`` and ``index.csv``.

    ``workers``: processes (None: every core; 1: in this process).  ``start_method``: the
    multiprocessing start method (None: "spawn", safe from a GUI process with threads).
    Raises ``OutputExistsError`` before writing anything if a file it would write exists and
    ``overwrite`` is false.  ``progress(done, total)`` counts work units: one per report, then
    one per report copied into the combined file (so the bar keeps moving to the end).
    ``should_cancel()`` stops the batch between reports: written reports stay and are listed
    in the summary and the index; no combined file is written.
    """
    from desktop_app.report.filenames import batch_report_name
    from desktop_app.services.atomic import remove_stale_temporaries

    if generated_at.tzinfo is None:
        raise ValueError("generated_at must carry a time zone")
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    named = [replace(j, file_name=batch_report_name(j.row, j.patient_id,
                                                    include_id=include_id_in_names))
             for j in jobs]
    if not overwrite:
        existing = [t for t in planned_files(jobs, folder, include_id_in_names=include_id_in_names)
                    if t.exists()]
        if existing:
            raise OutputExistsError(existing)
    remove_stale_temporaries(folder)
    prepare()  # fail early (missing font) before any worker starts
    settings = _Settings(str(folder), generated_at, options, overwrite, source_name)
    n_workers = default_workers() if workers is None else max(1, workers)
    if len(named) < IN_PROCESS_BELOW and workers is None:
        n_workers = 1
    # The combined file's order (rows needing action first) is known before rendering: submit
    # the jobs in that order so the combiner, copying reports as they arrive, rarely waits.
    named.sort(key=lambda j: (attention_rank(j.assessment), j.row))
    tr = translator(options.lang)
    combiner = Combiner(folder, [j.row for j in named], lambda o: bookmark(o, tr))
    total = 2 * len(named)

    def rendered(done: int, _: int) -> None:
        if progress is not None:
            progress(done + combiner.copied, total)

    try:
        # After a worker died, its chunk's rows are re-run; one may already be on disk from the
        # dead worker, and every target was checked free above, so such a file is ours.
        outcomes, cancelled = execute(named, settings, renderer, workers=n_workers,
                                      start_method=start_method or "spawn", progress=rendered,
                                      should_cancel=should_cancel,
                                      retry_settings=replace(settings, overwrite=True),
                                      on_outcomes=combiner.feed)
    except BaseException:
        combiner.abort()
        raise
    combiner.feed(outcomes)
    outcomes += [RowOutcome.rejected(r) for r in rejected]
    outcomes.sort(key=lambda o: o.row)
    logger.info("report batch: %d rows, %d written, cancelled=%s", len(outcomes),
                sum(o.outcome is Outcome.WRITTEN for o in outcomes), cancelled)
    result = BatchReport(folder, tuple(outcomes), None, None, cancelled, ())

    def combining(copied: int) -> None:
        if progress is not None:
            progress(len(named) + copied, total)

    result = _finish(result, named, settings, combiner, progress=combining,
                     should_cancel=should_cancel)
    if progress is not None:
        progress(total, total)
    return result


def planned_files(jobs: Sequence[ReportJob], out_dir: str | os.PathLike[str], *,
                  include_id_in_names: bool = True) -> list[Path]:
    """Every path a batch of ``jobs`` would write in ``out_dir`` (to ask before overwriting)."""
    from desktop_app.report.filenames import batch_report_name, inside

    names = [batch_report_name(j.row, j.patient_id, include_id=include_id_in_names)
             for j in jobs]
    return [inside(Path(out_dir), n)
            for n in (*names, INDEX_NAME, SUMMARY_NAME, COMBINED_NAME)]


def _finish(result: BatchReport, jobs: Sequence[ReportJob], settings: _Settings,
            combiner: Combiner, *, progress: Callable[[int], None],
            should_cancel: Callable[[], bool] | None) -> BatchReport:
    """The summary PDF, the combined PDF (unless cancelled), then the index (always)."""
    from desktop_app.i18n import translator
    from desktop_app.report.filenames import inside
    from desktop_app.services.evidence import load_evidence
    from desktop_app.services.report_summary import render_summary, summary_order

    o, folder = settings.options, result.out_dir
    tr = translator(o.lang)
    errors: list[BatchProblem] = []
    summary: Path | None = None
    combined: Path | None = None
    ordered = summary_order(result.outcomes, {j.row: j.assessment for j in jobs})
    data = b""
    try:
        with RENDER_LOCK:
            data = render_summary(result, jobs, ordered, generated_at=settings.generated_at,
                                  options=o, source_name=settings.source_name,
                                  evidence_version=load_evidence().version)
        verify_pdf(data)
        summary = write_bytes_atomic(inside(folder, SUMMARY_NAME), data,
                                     overwrite=settings.overwrite)
    except Exception as exc:
        logger.error("cohort summary failed: %s", type(exc).__name__)
        errors.append(BatchProblem(N_("cohort summary not written: {kind}"),
                                   (("kind", type(exc).__name__),)))
    if summary is None or result.cancelled:
        combiner.abort()
    else:
        try:
            combined = combiner.finish(
                data, tr("Summary"), inside(folder, COMBINED_NAME),
                title=tr("ImmunoSep reports: {source}", source=settings.source_name),
                creator=f"ImmunoSep Phenotyper {o.app_version}", overwrite=settings.overwrite,
                progress=progress, should_cancel=should_cancel)
        except Exception as exc:
            logger.error("combined PDF failed: %s", type(exc).__name__)
            errors.append(BatchProblem(N_("{file} not written: {kind}"),
                                       (("file", COMBINED_NAME), ("kind", type(exc).__name__))))
        if combined is None and not errors:
            result = replace(result, cancelled=True)  # cancelled while combining
    index = write_index(result, overwrite=settings.overwrite)
    return replace(result, index_path=index, summary_path=summary, combined_path=combined,
                   errors=tuple(errors))
