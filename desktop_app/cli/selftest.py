"""``immunosep self-test`` (``--self-test`` on the installed binary): does this copy work?

For hospital IT after a deployment and for the release pipeline after each install: it opens
the main window offscreen, classifies every bundled demo case and compares the result with the
one the case states, renders a training PDF report and checks it, runs a small report batch
in worker processes (which is what breaks first in a frozen app), and creates a throwaway
training database with the bundled migrations, saves and verifies one record.  It touches no
user data: records and settings go to a temporary folder that is deleted afterwards; the
diagnostic log gets one line with the outcome.  Exit 0 when every check passed, 1 otherwise;
each check prints one line.  (That it opens no network connection is proven at OS level by the
test suite, which runs the packaged self-test under strace in a network namespace without
interfaces.)
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by the checks themselves: this module must stay cheap to import
    from desktop_app.core.phenotype import Assessment
    from desktop_app.services.demo import DemoCase

logger = logging.getLogger(__name__)
EXIT_FAILED = 1
# The demo cases state their results for this reference time (as tests/test_demo_cases.py):
# the self-test checks the bundled code and data, not the workstation's clock.
REFERENCE_NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
WINDOW_TIMEOUT_S = 30.0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "self-test", help="check this installation (window, demo cases, PDF); exit 0 if all pass",
        description="Check that this copy of the app works: open the main window offscreen, "
                    "classify every bundled demo case, render and check a PDF report, run a "
                    "small report batch in worker processes. Touches no records or settings. "
                    "Exit 0 when every check passed, 1 otherwise.")
    p.add_argument("--keep", metavar="DIR", type=Path,
                   help="keep the test PDF and a screenshot of the window in DIR")
    p.set_defaults(handler=run)


@dataclass
class Context:
    work: Path
    keep: Path | None


Check = Callable[[Context], str]


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    checks: list[tuple[str, Check]] = [
        ("bundled resources", check_resources),
        ("translations", check_translations),
        ("demo cases", check_demo_cases),
        ("PDF report", check_pdf_report),
        ("report batch in worker processes", check_report_batch),
        ("records", check_records),
        ("main window", check_main_window),
    ]
    failed = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="immunosep-self-test-") as tmp:
        ctx = Context(work=Path(tmp), keep=args.keep)
        with isolated_user_data(ctx.work):
            for name, check in checks:
                try:
                    detail = check(ctx)
                except Exception as exc:  # report every check, then fail as a whole
                    failed += 1
                    logger.error("self-test check %r failed: %s", name, type(exc).__name__)
                    print(f"self-test: {name}: FAILED: {type(exc).__name__}: {exc}",
                          file=sys.stderr)
                else:
                    print(f"self-test: {name}: ok ({detail})")
    elapsed = time.perf_counter() - started
    if failed:
        logger.error("self-test FAILED: %d problem(s)", failed)
        print(f"self-test: FAILED ({failed} problem(s), {elapsed:.1f} s)", file=sys.stderr)
        return EXIT_FAILED
    logger.info("self-test passed (%d checks, %.1f s)", len(checks), elapsed)
    print(f"self-test: passed ({len(checks)} checks, {elapsed:.1f} s)")
    return 0


# -- isolation -------------------------------------------------------------------------------

@contextmanager
def isolated_user_data(work: Path) -> Iterator[None]:
    """Point the data folder (records, settings) at ``work`` for the duration."""
    names = {"IMMUNOSEP_DATA_DIR": work / "data"}
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update({name: str(path) for name, path in names.items()})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# -- checks ----------------------------------------------------------------------------------

def check_resources(ctx: Context) -> str:
    from desktop_app.paths import resource, resource_root
    from desktop_app.services.evidence import load_evidence

    root = resource_root()
    for rel in (("fonts", "DejaVuSans.ttf"), ("fonts", "DejaVuSans-Bold.ttf"),
                ("evidence", "immunosep.json"), ("demo", "cases.json"),
                ("app", "immunosep.svg")):
        if not resource(*rel).is_file():
            raise FileNotFoundError(f"{'/'.join(rel)} missing from {root}")
    return f"{root}; evidence {load_evidence().version}"


def check_translations(ctx: Context) -> str:
    """Every language's catalogue reads, is complete, and keeps the English placeholders and
    figures (docs/i18n.md); the review status of each is reported."""
    from desktop_app.i18n import TRANSLATED_LANGUAGES, load_translator, review_status
    from desktop_app.i18n.catalogue import catalogue_path, read_catalogue
    from desktop_app.i18n.checks import placeholder_problems, unfinished
    from desktop_app.paths import resource

    pending = []
    for lang in TRANSLATED_LANGUAGES:
        load_translator(lang)
        catalogue = read_catalogue(catalogue_path(lang, resource("i18n")))
        problems = unfinished(catalogue) + placeholder_problems(catalogue)
        if problems:
            raise ValueError(f"{lang}: {len(problems)} catalogue problem(s), e.g. {problems[0]}")
        if review_status(lang).pending:
            pending.append(lang)
    note = f"; pending clinical review: {', '.join(pending)}" if pending else ""
    return f"{len(TRANSLATED_LANGUAGES)} languages complete{note}"


def _demo_assessments() -> list[tuple[DemoCase, Assessment]]:
    from desktop_app.core.phenotype import classify
    from desktop_app.services.demo import load_demo_cases
    from desktop_app.services.entry import build_inputs

    return [(case, classify(build_inputs(case.entry, local_zone=UTC), now=REFERENCE_NOW))
            for case in load_demo_cases()]


def check_demo_cases(ctx: Context) -> str:
    pairs = _demo_assessments()
    if not pairs:
        raise ValueError("no demo cases are bundled")
    wrong = [case.id for case, a in pairs if not case.expected.matches(a)]
    if wrong:
        raise AssertionError(f"classified differently from what the case states: {wrong}")
    return f"{len(pairs)} cases classified as stated"


def check_pdf(data: bytes) -> str:
    """A complete PDF whose fonts are all embedded (no un-embedded standard font)."""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ValueError("not a complete PDF")
    if b"/FontFile2" not in data:
        raise ValueError("no embedded TrueType font")
    for standard in (b"/Helvetica", b"/Times-Roman", b"/Courier", b"/Symbol"):
        if b"/BaseFont " + standard in data:
            raise ValueError(f"un-embedded standard font {standard.decode()}")
    pages = data.count(b"/Type /Page\n") + data.count(b"/Type /Page ")
    return f"{len(data) // 1024} KiB, {pages or 'some'} page(s), fonts embedded"


def check_pdf_report(ctx: Context) -> str:
    from desktop_app.services.reports import make_options, write_patient_report

    case, assessment = _demo_assessments()[0]
    target = ctx.work / "self-test-report.pdf"
    write_patient_report(target, assessment, case.id, generated_at=datetime.now().astimezone(),
                         options=make_options(training=True))
    detail = check_pdf(target.read_bytes())
    _keep(ctx, target)
    return detail


def check_report_batch(ctx: Context) -> str:
    from desktop_app.services.reports import Outcome, ReportJob, make_options, run_report_batch

    jobs = [ReportJob(row=row, patient_id=case.id, assessment=a)
            for row, (case, a) in enumerate(_demo_assessments()[:4], start=1)]
    # "spawn" re-runs this executable in each worker: exactly what freeze_support must handle.
    result = run_report_batch(jobs, [], ctx.work / "batch",
                              generated_at=datetime.now().astimezone(),
                              options=make_options(training=True), source_name="self-test",
                              workers=2, start_method="spawn")
    written = result.count(Outcome.WRITTEN)
    if result.errors or written != len(jobs) or result.summary_path is None:
        raise AssertionError(f"{written} of {len(jobs)} reports written; "
                             f"errors: {list(result.errors)}")
    for pdf in sorted((ctx.work / "batch").glob("*.pdf")):
        check_pdf(pdf.read_bytes())
    return f"{written} reports and the cohort summary from 2 worker processes"


def check_records(ctx: Context) -> str:
    """A training database in the temporary folder: created by the bundled migrations, one
    assessment saved and read back, the audit chain verified (the frozen app must carry the
    migration scripts; a workstation's own records are never touched)."""
    from desktop_app.services.records import open_store

    case, assessment = _demo_assessments()[0]
    with open_store(ctx.work / "records", training=True) as store:
        store.save_assessment(case.id, assessment, evidence_version=None, now=REFERENCE_NOW)
        history = store.history(case.id)
        report = store.verify_audit()
        revision = store.schema_revision()
    if len(history) != 1 or history[0].phenotype != (
            assessment.phenotype.value if assessment.phenotype else None):
        raise AssertionError("the saved assessment did not read back as saved")
    if not report.ok:
        raise AssertionError(f"the audit chain does not verify: {report.problem}")
    return f"schema {revision}, saved, read back, audit chain verified"


def check_main_window(ctx: Context) -> str:
    """The real main window in training mode with a demo case: painted, result, both charts."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop_app.services.demo import load_demo_cases
    from desktop_app.services.evidence import load_evidence
    from desktop_app.ui.app import create_application
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import SETTINGS_FILE, AppSettings

    app = create_application()
    data_dir = ctx.work / "data"
    window = MainWindow(evidence=load_evidence(), settings=AppSettings(data_dir / SETTINGS_FILE),
                        data_dir=data_dir, training=True, clock=lambda: REFERENCE_NOW,
                        persist_state=False)
    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, exc, tb: errors.append(f"{kind.__name__}: {exc}")
    try:
        case = load_demo_cases()[0]
        window.load_demo_case(case)
        loop = QEventLoop()
        window.charts.loaded.connect(loop.quit)  # emitted after the first paint
        QTimer.singleShot(int(WINDOW_TIMEOUT_S * 1000), loop.quit)
        started = time.perf_counter()
        window.show()
        if not window.charts.is_loaded:
            loop.exec()
        app.processEvents()
        elapsed = time.perf_counter() - started
        if errors:
            raise RuntimeError(f"errors in the window: {errors}")
        if not window.charts.is_loaded:
            raise TimeoutError(f"charts not shown within {WINDOW_TIMEOUT_S:.0f} s")
        shown = window.assessment
        if shown is None or not case.expected.matches(shown):
            raise AssertionError(f"{case.id} shows {shown and shown.headline}, expected "
                                 f"{case.expected.describe()}")
        image = window.grab()
        if image.isNull() or image.width() < 400:
            raise RuntimeError("the window could not be drawn")
        shot = ctx.work / "self-test-window.png"
        image.save(str(shot))
        _keep(ctx, shot)
    finally:
        sys.excepthook = previous_hook
        window.close()
        window.deleteLater()
        app.processEvents()
    return (f"{app.platformName()}, {image.width()}x{image.height()}, {case.id} shown as "
            f"{shown.headline}, charts in {elapsed:.1f} s")


def _keep(ctx: Context, path: Path) -> None:
    if ctx.keep is not None:
        ctx.keep.mkdir(parents=True, exist_ok=True)
        (ctx.keep / path.name).write_bytes(path.read_bytes())
