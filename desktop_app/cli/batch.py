"""``immunosep batch FILE``: import a lab export and classify every row.

Exit 0 when the file was read (rejected rows included), 2 with one line on stderr when it
cannot be read or an option is invalid.  ``--json`` prints the contract document; ``--out``
writes a CSV/XLSX results file (atomically, never over an existing file without ``--force``);
without either, a readable summary and one line per assessment / rejected row.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

from desktop_app.cli.common import fail
from desktop_app.cli.common_import import add_import_options, import_options_from_args

_SPOOL_BYTES = 32 * 1024 * 1024


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "batch", help="import a lab export (CSV/XLSX/XLS/ODS) and classify every row",
        description="Import a laboratory export and classify every sample by the ImmunoSep "
                    "rule. Every data row ends classified, cannot classify (with reasons) or "
                    "rejected (row number, column, reason). Exit 0 when the file was read, 2 "
                    "when it cannot be read.")
    p.add_argument("file", metavar="FILE", help="CSV/TSV/TXT, XLSX, XLSM, XLSB, XLS or ODS")
    add_import_options(p)
    out = p.add_argument_group("output")
    fmt = out.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true",
                     help="print the results as JSON (counts, results, rejected_rows)")
    fmt.add_argument("--out", metavar="RESULTS", help="write results to a .csv or .xlsx file")
    out.add_argument("--sentences", action="store_true",
                     help="also write the reasons and warnings as sentences in --out (columns "
                          "reasons and warnings; the code columns are always there)")
    out.add_argument("--rejected-out", metavar="FILE",
                     help="also write the rejected rows with their reasons (.csv or .xlsx)")
    out.add_argument("--force", action="store_true", help="replace existing output files")
    # Internal: skip the fast lane of --out CSV (the differential tests compare both paths).
    p.add_argument("--reference-path", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        options = import_options_from_args(args)
    except ValueError as exc:
        return fail(str(exc))
    if args.sentences and not args.out:
        return fail("--sentences needs --out (JSON and the text output always have them)")
    for target in (args.out, args.rejected_out):
        if target is None:
            continue
        if Path(target).suffix.lower() not in (".csv", ".xlsx"):
            return fail(f"{target}: the output file must end in .csv or .xlsx")
        if Path(target).exists() and not args.force:
            return fail(f"{target} already exists; use --force to replace it")
        if not Path(target).resolve().parent.is_dir():
            return fail(f"{target}: the folder does not exist")
    if args.out and args.rejected_out and Path(args.out).resolve() == \
            Path(args.rejected_out).resolve():
        return fail("--out and --rejected-out must be different files")
    if Path(args.file).resolve() in {Path(t).resolve() for t in (args.out, args.rejected_out)
                                     if t}:
        return fail("the output must not be the input file")
    return _Batch(args, options).run()


class _Batch:
    """One run: stream outcomes into the chosen output; commit files only on success."""

    def __init__(self, args: argparse.Namespace, options: Any) -> None:
        self.args, self.options = args, options
        self.results_file: Any = None
        self.rejected_file: Any = None
        self.spool_results: IO[str] | None = None
        self.spool_rejected: IO[str] | None = None
        self.first = {"results": True, "rejected": True}

    def run(self) -> int:
        from desktop_app.lab_import import LabFileError

        a = self.args
        try:
            summary = self._fast_lane() if a.out and not a.reference_path else None
            if summary is None:
                summary = self._reference()
        except LabFileError as exc:
            self._abort()
            return fail(exc.message)
        except BrokenPipeError:
            self._abort()
            raise  # the reader closed stdout: cli.main ends quietly (EXIT_CLOSED_PIPE)
        except (FileExistsError, OSError, ValueError) as exc:
            self._abort()
            return fail(str(exc))
        except BaseException:
            self._abort()
            raise
        self._report(summary)
        return 0

    def _fast_lane(self) -> Any:
        """The same files and summary as ``_reference``, for clean CSV exports; None (and
        nothing written) for every other file."""
        from desktop_app.services.cohort_export import export_results_fast

        a = self.args
        return export_results_fast(a.file, self.options, a.out, rejected_path=a.rejected_out,
                                   force=a.force, sentences=a.sentences)

    def _reference(self) -> Any:
        from desktop_app.services.cohort import stream_cohort
        from desktop_app.services.cohort_export import (
            REJECTED_COLUMNS,
            TableWriter,
            result_columns,
        )

        a = self.args
        if a.out:
            self.results_file = TableWriter(a.out, result_columns(a.sentences), force=a.force)
        if a.rejected_out:
            self.rejected_file = TableWriter(a.rejected_out, REJECTED_COLUMNS,
                                             force=a.force, sheet_title="rejected rows")
        if a.json:
            self.spool_results = _spool()
            self.spool_rejected = _spool()
        summary = stream_cohort(a.file, self.options, on_row=self._on_row,
                                on_rejected=self._on_rejected)
        for writer in (self.results_file, self.rejected_file):
            if writer is not None:
                writer.close()
        return summary

    def _on_row(self, row: Any) -> None:
        from desktop_app.services.cohort_export import result_cells, row_to_dict

        if self.results_file is not None:
            self.results_file.write(result_cells(row, self.args.sentences))
        if self.spool_results is not None:
            self._spool_item(self.spool_results, "results", row_to_dict(row))
        elif self.results_file is None:
            print(_row_line(row))

    def _on_rejected(self, rej: Any) -> None:
        from desktop_app.services.cohort_export import rejected_cells, rejected_to_dict

        if self.rejected_file is not None:
            for cells in rejected_cells(rej):
                self.rejected_file.write(cells)
        if self.spool_rejected is not None:
            self._spool_item(self.spool_rejected, "rejected", rejected_to_dict(rej))
        elif self.results_file is None:
            print(_rejected_line(rej))

    def _spool_item(self, spool: IO[str], key: str, item: dict[str, Any]) -> None:
        spool.write("    " if self.first[key] else ",\n    ")
        self.first[key] = False
        spool.write(json.dumps(item, ensure_ascii=False))

    def _abort(self) -> None:
        for writer in (self.results_file, self.rejected_file):
            if writer is not None:
                writer.abort()

    def _report(self, summary: Any) -> None:
        from desktop_app.services.cohort_export import summary_to_dict

        head = summary_to_dict(summary)
        if self.spool_results is not None and self.spool_rejected is not None:
            out = sys.stdout
            text = json.dumps(head, ensure_ascii=False, indent=2)
            out.write(text[:-2] + ',\n  "results": [\n')
            _copy(self.spool_results, out)
            out.write('\n  ],\n  "rejected_rows": [\n')
            _copy(self.spool_rejected, out)
            out.write("\n  ]\n}\n")
            return
        print(_summary_text(head, self.args))


def _spool() -> IO[str]:
    return tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES, mode="w+",
                                         encoding="utf-8")


def _copy(spool: IO[str], out: IO[str]) -> None:
    spool.seek(0)
    shutil.copyfileobj(spool, out)
    spool.close()


def _row_line(row: Any) -> str:
    a = row.assessment
    rows = "+".join(str(n) for n in row.rows)
    codes = ", ".join(a.reason_codes())
    return f"row {rows}: {row.patient_id.strip()}: {a.headline} [{codes}]"


def _rejected_line(rej: Any) -> str:
    reasons = "; ".join(r.message for r in rej.reasons)
    who = f"{rej.patient_id.strip()}: " if rej.patient_id else ""
    return f"row {rej.row}: {who}REJECTED: {reasons}"


def _summary_text(head: dict[str, Any], args: argparse.Namespace) -> str:
    counts = head["phenotype_counts"]
    lines = [
        f"{head['rows_read']} data rows read: {head['classified']} classified, "
        f"{head['cannot_classify']} cannot classify, {head['rejected']} rejected "
        f"({head['assessments']} assessments; {head['blank_rows']} blank rows skipped)",
        "phenotypes: " + ", ".join(f"{k} {v}" for k, v in counts.items()),
    ]
    s = head["settings"]
    lines.append(f"read as: {s['kind']}, {s['layout']} layout"
                 + (f", encoding {s['encoding']}" if s["encoding"] else "")
                 + (f", sheet {s['sheet']!r}" if s["sheet"] else "")
                 + f", decimal {'comma' if s['decimal_comma'] else 'point'}")
    lines += [f"note: {n}" for n in s["notes"]]
    lines.append(f"rule set {head['ruleset_version']}, trial {head['source']['registry_id']}:")
    lines += [f"  {rule}" for rule in head["rule"]]
    if args.out:
        lines.append(f"results written to {args.out}")
    if args.rejected_out:
        lines.append(f"rejected rows written to {args.rejected_out}")
    return "\n".join(lines)
