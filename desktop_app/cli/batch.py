"""``immunosep batch FILE``: import a lab export and classify every row.

Exit 0 when the file was read (rejected rows included), 2 with one sentence on stderr when it
cannot be read or an option is invalid.  ``--json`` prints the contract document; ``--out``
writes a CSV/XLSX results file (atomically, never over an existing file without ``--force``);
without either, one line per assessment / rejected row and a readable summary.  Every output
renders the one result of ``services.cohort.run_cohort``; output files are opened only after
the file was read, so a refused file leaves nothing behind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import Diagnostics, add_lang_option, diagnostics
from desktop_app.cli.common_import import add_import_options, import_options_from_args
from desktop_app.i18n import N_


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch", help="import a lab export (CSV/XLSX/XLS/ODS, HL7 v2, FHIR) and classify "
                      "every row",
        description="Import a laboratory export and classify every sample by the ImmunoSep "
                    "rule. Every data row ends classified, cannot classify (with reasons) or "
                    "rejected (row number, column, reason). Exit 0 when the file was read, 2 "
                    "when it cannot be read.")
    p.add_argument("file", metavar="FILE", help="CSV/TSV/TXT, XLSX, XLSM, XLSB, XLS, ODS, "
                   "HL7 v2 (ORU^R01) or FHIR R4 JSON (a Bundle or an Observation)")
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
    add_lang_option(out)
    # Kept for scripts of earlier versions; there is one path now.
    p.add_argument("--reference-path", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    diag = diagnostics(args)
    try:
        options = import_options_from_args(args)
    except ValueError as exc:
        return diag.error_of(exc)
    if args.sentences and not args.out:
        return diag.error(N_("--sentences needs --out (JSON and the text output always have the "
                             "sentences)."))
    for option, target in (("--out", args.out), ("--rejected-out", args.rejected_out)):
        if target is None:
            continue
        if Path(target).suffix.lower() not in (".csv", ".xlsx"):
            return diag.error(N_("{option} {path}: the output file must end in .csv or .xlsx."),
                              option=option, path=target)
        if Path(target).exists() and not args.force:
            return diag.error(N_("{option} {path} already exists; use --force to replace it."),
                              option=option, path=target)
        if not Path(target).resolve().parent.is_dir():
            return diag.error(N_("{option} {path}: the folder does not exist."), option=option,
                              path=target)
    if args.out and args.rejected_out and Path(args.out).resolve() == \
            Path(args.rejected_out).resolve():
        return diag.error(N_("--out and --rejected-out must be different files."))
    if Path(args.file).resolve() in {Path(t).resolve() for t in (args.out, args.rejected_out)
                                     if t}:
        return diag.error(N_("--out and --rejected-out must not be the input file."))
    from desktop_app.lab_import import LabFileError
    from desktop_app.services.cohort import gc_paused, run_cohort

    with gc_paused(freeze=True):  # one pause over reading and writing (see gc_paused)
        try:
            result = run_cohort(args.file, options)
        except LabFileError as exc:
            return diag.error_of(exc, full_stop=True)
        try:
            _write(args, result, diag)
        except BrokenPipeError:
            raise  # a reader that stopped reading (| head): the entry point ends quietly
        except (FileExistsError, OSError, ValueError) as exc:
            return diag.error(N_("not written: {reason}."), reason=str(exc))
    return 0


def _write(args: argparse.Namespace, result: Any, diag: Diagnostics) -> None:
    from desktop_app.services.cohort_export import (
        summary_to_dict,
        write_json,
        write_rejected,
        write_results,
    )

    if args.out:
        write_results(result, args.out, force=args.force, sentences=args.sentences)
    if args.rejected_out:
        write_rejected(result.rejected_rows, args.rejected_out, force=args.force)
    if args.json:
        write_json(result, sys.stdout)
        return
    if args.lang is not None:  # worded for a reader; without --lang the text scripts parse
        from desktop_app.cli import batch_words

        tr = diag.tr
        if not args.out:
            _print_chunked(batch_words.lines(result, tr))
        print("\n".join(batch_words.summary(result, summary_to_dict(result), tr, out=args.out,
                                             rejected_out=args.rejected_out)))
        return
    if not args.out:
        _print_lines(result)
    print(_summary_text(summary_to_dict(result), args))


def _print_chunked(lines: Any) -> None:
    out: list[str] = []
    for line in lines:
        out.append(line)
        if len(out) >= 4096:
            print("\n".join(out))
            out = []
    if out:
        print("\n".join(out))


OUTCOME_WORDS = {"rejected": "REJECTED", "ignored": "IGNORED", "withdrawal": "WITHDRAWAL"}


def _print_lines(result: Any) -> None:
    from desktop_app.services.cohort import in_row_order

    samples = result.samples
    # HL7/FHIR: a result's "row" is its line (entry); say file, message and segment instead.
    sources = {r.source.row: r.source.describe() for r in result.messages.results} \
        if result.messages is not None else {}
    out = []
    for item in in_row_order(result):
        if isinstance(item, int):
            d = result.decision(item)
            rows = samples.rows_of(item)
            where = " + ".join(sources[n] for n in rows) if sources else \
                "row " + "+".join(str(n) for n in rows)
            headline = d.phenotype.label if d.phenotype else "Cannot classify"
            codes = ", ".join(d.reason_codes)
            out.append(f"{where}: {samples.patient_id[item].strip()}: {headline} [{codes}]")
        else:
            reasons = "; ".join(r.message for r in item.reasons)
            who = f"{item.patient_id.strip()}: " if item.patient_id else ""
            where = item.location or f"row {item.row}"  # HL7/FHIR: file, message, segment
            out.append(f"{where}: {who}{OUTCOME_WORDS[item.outcome]}: {reasons}")
        if len(out) >= 4096:
            print("\n".join(out))
            out = []
    if out:
        print("\n".join(out))
    messages = result.messages
    if messages is not None:  # messages that hold no result segment are accounted for too
        for m in messages.messages:
            if m.outcome.value != "used" and not m.results:
                print(f"{m.source.describe()}: {OUTCOME_WORDS[m.outcome.value]}: {m.message}")


def _summary_text(head: dict[str, Any], args: argparse.Namespace) -> str:
    counts = head["phenotype_counts"]
    messages = head.get("messages")
    if messages is None:
        lines = [
            f"{head['rows_read']} data rows read: {head['classified']} classified, "
            f"{head['cannot_classify']} cannot classify, {head['rejected']} rejected "
            f"({head['assessments']} assessments; {head['blank_rows']} blank rows skipped)"]
    else:
        apart = messages["not_in_an_assessment"]
        lines = [
            f"{head['rows_read']} results read in {messages['counts']['messages']} "
            f"message(s): {head['classified']} classified, {head['cannot_classify']} cannot "
            f"classify, {head['rejected']} in no assessment ({apart['rejected']} rejected, "
            f"{apart['ignored']} ignored, {apart['withdrawal']} withdrawals) "
            f"({head['assessments']} assessments)"]
    lines.append("phenotypes: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
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
