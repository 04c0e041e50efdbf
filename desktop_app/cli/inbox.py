"""``immunosep inbox run [--once]``: read the laboratory drop folder into the records.

Without ``--once`` it polls until interrupted (Ctrl+C or SIGTERM end it cleanly between files,
with a summary).  Exit 0 when the passes ran (files moved to ``failed/`` included: each has its
``.reason.txt``), 2 with one sentence on stderr when no folder is configured, the folder or the
records cannot be used, or (``--once``) a file could not be stored.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.cli._store_args import add_store_options, context_from_args
from desktop_app.cli.common import (
    PROGRAM,
    Diagnostics,
    add_lang_option,
    diagnostics,
    print_json,
)
from desktop_app.i18n import N_

if TYPE_CHECKING:
    from desktop_app.i18n.translation import Translator
    from desktop_app.services.inbox import FileResult, InboxReason, InboxRunner, PassResult
    from desktop_app.services.records import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("inbox", help="read the laboratory drop folder (HL7 v2, FHIR)",
                       description="Read laboratory messages (HL7 v2 ORU^R01, FHIR R4 JSON) "
                                   "that an interface engine drops into the folder named in "
                                   "site.toml ([inbox] folder), classify and store them.")
    actions = p.add_subparsers(dest="inbox_action", metavar="ACTION", required=True)
    run_p = actions.add_parser(
        "run", help="read new files now, and keep watching unless --once",
        description="Read each new file in the drop folder once: stored files move to "
                    "processed/, unreadable ones to failed/ with a .reason.txt; a file still "
                    "being written is left until it stops changing. Without --once, keep "
                    "polling until Ctrl+C.")
    run_p.add_argument("--once", action="store_true",
                       help="one pass (waiting once for files still being written), then exit")
    run_p.add_argument("--folder", metavar="DIR", type=Path,
                       help="the drop folder (default: [inbox] folder of site.toml; required "
                            "with --demo, so training never takes the ward's results)")
    run_p.add_argument("--interval", metavar="SECONDS", type=float, default=5.0,
                       help="seconds between passes when polling (default 5)")
    run_p.add_argument("--settle", metavar="SECONDS", type=float, default=2.0,
                       help="a file is read once its size and time stayed the same this long "
                            "(default 2)")
    run_p.add_argument("--json", action="store_true", help="print the summary as JSON")
    add_lang_option(run_p)
    add_store_options(run_p)
    run_p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    diag = diagnostics(args)
    tr = diag.tr
    if args.interval <= 0 or args.settle < 0:
        return diag.error(N_("--interval must be above 0 and --settle at least 0 seconds."))
    from desktop_app.services.records import StoreError

    try:
        ctx = context_from_args(args)
    except StoreError as exc:  # English until StoreError words itself (localized)
        return diag.error_of(exc)
    folder = args.folder or ctx.site.inbox.folder
    if folder is None:
        return diag.error(N_("No inbox folder is configured: set [inbox] folder in site.toml "
                             "or give --folder."))
    if args.demo and args.folder is None:
        return diag.error(N_("--demo needs --folder: the configured inbox holds the ward's "
                             "results, which never go into the training database."))
    if not Path(folder).is_dir():
        return diag.error(N_("The inbox folder {folder} does not exist."), folder=str(folder))
    from desktop_app.services.evidence import load_evidence
    from desktop_app.services.inbox import InboxRunner

    try:
        store = ctx.open_store(training=args.demo)
    except StoreError as exc:
        return diag.error_of(exc)
    with store:
        runner = InboxRunner(Path(folder), ctx.site.inbox, clock=ctx.now,
                             evidence_version=load_evidence().version, settle_s=args.settle)
        if store.training and not args.json:
            print(tr("TRAINING DATABASE — not clinical records"))
        files, problem = _once(runner, store) if args.once else _poll(runner, store, args,
                                                                       diag)
    if args.json:
        print_json({"folder": str(folder), "training": store.training,
                    "files": [_file_dict(f) for f in files],
                    "problem": problem.message if problem else None})
    else:
        print(_summary(files, tr, each=args.once))
    if problem:
        return diag.error_of(problem)
    return 0


def _once(runner: InboxRunner, store: Store) -> tuple[list[FileResult], InboxReason | None]:
    import time

    first = runner.run_pass(store)
    results = [first]
    if first.waiting and not first.skipped and not _retry(first):
        time.sleep(runner.settle_s)  # one more look settles the files seen the first time
        results.append(runner.run_pass(store))
    return [f for r in results for f in r.files], _problem(results[-1])


def _poll(runner: InboxRunner, store: Store, args: argparse.Namespace, diag: Diagnostics
          ) -> tuple[list[FileResult], InboxReason | None]:
    stop = threading.Event()
    previous = {s: signal.signal(s, lambda *_: stop.set())
                for s in (signal.SIGINT, signal.SIGTERM)}
    files: list[FileResult] = []
    try:
        while not stop.is_set():
            done = runner.run_pass(store, should_stop=stop.is_set)
            files += done.files
            if not args.json:
                for f in done.files:
                    print(_line(f, diag.tr), flush=True)
            problem = _problem(done)
            if problem:  # the pass goes on: a line of its own, without "error:"
                print(f"{PROGRAM}: {diag.worded(problem)}", file=sys.stderr, flush=True)
            stop.wait(args.interval)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    return files, None


def _retry(result: PassResult) -> bool:
    return any(f.outcome == "retry" for f in result.files)


def _problem(result: PassResult) -> InboxReason | None:
    if result.skipped_why is not None:
        return result.skipped_why
    retry = [f for f in result.files if f.outcome == "retry"]
    return retry[0].why if retry else None


def _phenotypes(counts: Counter[str], tr: Translator) -> str:
    from desktop_app.core.phenotype import Phenotype

    labels = {p.value: tr(p.label) for p in Phenotype}
    return tr.join(tr("{label}: {n}", label=labels.get(k, tr("Cannot classify")), n=n)
                     for k, n in sorted(counts.items()))


def _line(f: FileResult, tr: Translator) -> str:
    """What became of one file.  A sentence has one count that needs a plural form; the other
    counts follow a label ("messages: 2 new, …"), which reads right in every language."""
    if f.outcome == "failed":
        return tr("{file}: moved to failed/: {reason}", file=f.name, reason=f.why)
    if f.outcome == "retry":
        return tr("{file}: not stored, tried again on the next pass: {reason}", file=f.name,
                  reason=f.why)
    s = f.stored
    assert s is not None
    if s.assessments:
        return tr.plural(
            "{file}: stored {n} assessment ({phenotypes}); messages: {new} new, {repeated} "
            "already imported; earlier assessments: {corrected} corrected, {paired} completed "
            "by pairing, {withdrawn} withdrawn.",
            "{file}: stored {n} assessments ({phenotypes}); messages: {new} new, {repeated} "
            "already imported; earlier assessments: {corrected} corrected, {paired} completed "
            "by pairing, {withdrawn} withdrawn.",
            s.assessments, file=f.name, phenotypes=_phenotypes(s.phenotypes, tr),
            new=s.new_messages, repeated=s.repeated_messages, corrected=s.corrections,
            paired=s.paired, withdrawn=s.withdrawn)
    return tr("{file}: no new assessment; messages: {new} new, {repeated} already imported; "
              "earlier assessments: {withdrawn} withdrawn.", file=f.name, new=s.new_messages,
              repeated=s.repeated_messages, withdrawn=s.withdrawn)


def _summary(files: list[FileResult], tr: Translator, *, each: bool) -> str:
    """The closing lines: each file (unless polling printed them already), then totals."""
    stored = [f for f in files if f.stored is not None]
    lines = [_line(f, tr) for f in files] if each else []
    if each and not files:
        lines.append(tr("No new files."))
    lines.append(tr("Files stored: {files} (assessments: {n}); moved to failed/: {failed}.",
                    files=len(stored), n=sum(f.stored.assessments for f in stored if f.stored),
                    failed=sum(f.outcome == "failed" for f in files)))
    return "\n".join(lines)


def _file_dict(f: FileResult) -> dict[str, Any]:
    out: dict[str, Any] = {"file": f.name, "outcome": f.outcome, "reason": f.reason or None}
    if f.stored is not None:
        s = f.stored
        out.update(import_id=s.import_id, assessments=s.assessments,
                   phenotype_counts=dict(s.phenotypes), new_messages=s.new_messages,
                   repeated_messages=s.repeated_messages, corrections=s.corrections,
                   paired=s.paired, withdrawn=s.withdrawn)
    return out
