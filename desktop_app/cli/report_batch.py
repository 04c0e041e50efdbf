"""``immunosep report-batch FILE --out-dir DIR``: a PDF per patient row, a summary and an index.

Exit status: 0 when every data row of the file got its report; 1 when the batch ran to the
end but some rows have no report (rejected at import, or the report failed; all listed in
``index.csv`` and the cohort summary, hazard H28); 2 when the file cannot be read, an option
is invalid or output files exist (without ``--force``); 130 when interrupted with Ctrl+C
(reports written so far stay and are listed).
"""

from __future__ import annotations

import argparse
import signal
import sys
from datetime import datetime
from types import FrameType
from typing import TYPE_CHECKING

from desktop_app.cli.common import Diagnostics, diagnostics
from desktop_app.cli.common_import import add_import_options, import_options_from_args
from desktop_app.cli.report import add_layout_options, layout_options
from desktop_app.i18n import N_

if TYPE_CHECKING:
    from desktop_app.i18n import Translator
    from desktop_app.services.reports import BatchReport

EXIT_INCOMPLETE = 1
EXIT_INTERRUPTED = 130


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "report-batch", help="write a PDF report for every patient row of a lab export",
        description="Import a laboratory export (as 'batch' does), then write one PDF report "
                    "per classified or cannot-classify row, a cohort summary PDF, "
                    "all-reports.pdf (the summary and every report, bookmarked: one file to "
                    "print) and index.csv listing what was written and what failed and why. "
                    "Exit 0 when every row got a report, 1 when some rows have none (listed), "
                    "2 when the file "
                    "cannot be read or output files exist (use --force), 130 on Ctrl+C.")
    p.add_argument("file", metavar="FILE", help="CSV/TSV/TXT, XLSX, XLSM, XLSB, XLS or ODS")
    p.add_argument("--out-dir", metavar="DIR", required=True,
                   help="folder for the reports (created if missing)")
    add_import_options(p)
    add_layout_options(p)
    g = p.add_argument_group("batch")
    g.add_argument("--workers", metavar="N", type=int,
                   help="processes to render with (default: every CPU core)")
    g.add_argument("--no-ids-in-names", action="store_true",
                   help="name files by row number only (no identifier in file names)")
    who = p.add_argument_group(
        "identification columns (optional; rows without them get a blank box for a patient "
        "label)")
    for option, field, what in IDENTITY_OPTIONS:
        who.add_argument(option, metavar="HEADER",
                         help=f"read the patient's {what} from the column headed HEADER "
                              f"(the same as --column {field}=HEADER)")
    p.set_defaults(handler=run)


# Option, import field, words: the identification columns a lab file may carry.
IDENTITY_OPTIONS = (("--patient-name", "patient_name", "name"),
                    ("--birth-date", "date_of_birth", "date of birth"),
                    ("--record-number", "record_number", "record number"))


def run(args: argparse.Namespace) -> int:
    diag = diagnostics(args)  # in --lang only: the site's language words the reports, not these
    for option, field, _ in IDENTITY_OPTIONS:
        header = getattr(args, option.removeprefix("--").replace("-", "_"))
        if header is not None:
            args.column = [*args.column, f"{field}={header}"]
    try:
        options = import_options_from_args(args)
    except ValueError as exc:
        return diag.error_of(exc)
    if args.workers is not None and args.workers < 1:
        return diag.error(N_("--workers must be at least 1"))
    from desktop_app.i18n import CatalogueError, translator
    from desktop_app.lab_import import ImportCancelled, LabFileError
    from desktop_app.services.reports import OutputExistsError, report_batch_from_file
    from desktop_app.site_config import SiteConfigError

    try:
        layout = layout_options(args)
    except (SiteConfigError, CatalogueError) as exc:  # English: site.toml, the catalogue
        return diag.error_of(exc)
    tr = translator(layout.lang)  # what this command prints is in the reports' language

    def progress(done: int, total: int) -> None:
        print("\r" + tr("Reports: {percent} %", percent=100 * done // max(total, 1)), end="",
              file=sys.stderr, flush=True)

    interrupted = _CtrlC()
    now = datetime.now().astimezone()
    try:
        result = report_batch_from_file(
            args.file, args.out_dir, import_options=options, generated_at=now, options=layout,
            overwrite=args.force, include_id_in_names=not args.no_ids_in_names,
            workers=args.workers, start_method="fork" if sys.platform == "linux" else "spawn",
            progress=progress if sys.stderr.isatty() else None, should_cancel=interrupted)
    except LabFileError as exc:
        return diag.error_of(exc)
    except ImportCancelled:
        return EXIT_INTERRUPTED
    except OutputExistsError as exc:
        #: English keeps "file(s)" in both forms (scripts read the line); word each properly
        return diag.error_of(diag.tr.plural(
            "--out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use "
            "--force or an empty folder",
            "--out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use "
            "--force or an empty folder", len(exc.paths), file=exc.paths[0].name))
    except OSError as exc:
        return diag.error(N_("--out-dir: cannot write to {path}: {reason}"),
                          path=str(args.out_dir), reason=str(exc.strerror or exc))
    finally:
        interrupted.restore()
    return _print_summary(result, tr, diag)


def _print_summary(result: BatchReport, tr: Translator, diag: Diagnostics) -> int:
    from desktop_app.services.reports import Outcome

    if sys.stderr.isatty():
        print(file=sys.stderr)
    counts = {"total": len(result.outcomes), "written": result.count(Outcome.WRITTEN),
              "failed": result.count(Outcome.FAILED), "rejected": result.count(Outcome.REJECTED)}
    print(tr("Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: "
             "{rejected}; not done (cancelled): {cancelled}",
             cancelled=result.count(Outcome.CANCELLED), **counts) if result.cancelled else
          tr("Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: "
             "{rejected}", **counts))
    #: in place of a file name: the file was not written
    not_written = tr("not written")
    print(tr("Index: {path}", path=str(result.index_path)))
    print(tr("Cohort summary: {path}", path=str(result.summary_path or not_written)))
    print(tr("All reports in one file (to print): {path}",
             path=str(result.combined_path or not_written)))
    for error in result.errors:
        diag.warning_of(error)
    for o in result.outcomes:
        if o.outcome in (Outcome.FAILED, Outcome.REJECTED):
            print("  " + tr("row {row}: {outcome}: {reason}", row=o.row,
                            outcome=tr(o.outcome.text), reason=o.worded_reason(tr)))
    if result.cancelled:
        return EXIT_INTERRUPTED
    return 0 if result.complete else EXIT_INCOMPLETE


class _CtrlC:
    """The first Ctrl+C asks the batch to stop between reports; the index is still written."""

    def __init__(self) -> None:
        self.asked = False
        self._previous = signal.signal(signal.SIGINT, self._handle)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.asked = True

    def __call__(self) -> bool:
        return self.asked

    def restore(self) -> None:
        signal.signal(signal.SIGINT, self._previous)
