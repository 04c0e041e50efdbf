"""``immunosep report``: one patient's PDF report from the same values ``assess`` takes."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.cli.common import (
    OPTION_NAMES,
    add_value_options,
    entry_from_args,
    fail,
    fail_input,
)
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.values import InputError

if TYPE_CHECKING:
    from desktop_app.services.demo import DemoCase

VALUE_OPTIONS = ("ferritin", "hla_dr", "age", "ferritin_sampled", "hla_dr_sampled",
                 "hla_dr_processed")


def add_layout_options(p: argparse.ArgumentParser) -> None:
    """Options shared by ``report`` and ``report-batch``."""
    g = p.add_argument_group("report layout")
    g.add_argument("--paper", choices=("a4", "letter"), default="a4",
                   help="page size (default a4)")
    g.add_argument("--institution", metavar="TEXT", default="",
                   help="institution printed in the page header")
    g.add_argument("--ward", metavar="TEXT", default="", help="ward printed in the page header")
    g.add_argument("--force", action="store_true",
                   help="overwrite existing files (never done otherwise)")
    g.add_argument("--demo", action="store_true",
                   help="training mode: every page marked 'TRAINING — NOT FOR CLINICAL USE'")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "report", help="write one patient's PDF report",
        description="Classify one set of values (options as for 'assess') and write the PDF "
                    "report. Exit 0 when the report was written, 2 on invalid input, an "
                    "existing file (without --force) or a file that cannot be written.")
    add_value_options(p)
    p.add_argument("--patient-id", metavar="ID",
                   help="patient identifier as used on the ward (printed exactly as given)")
    p.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write the PDF")
    p.add_argument("--case", metavar="DEMO-nnn",
                   help="with --demo: take values and identifier from a bundled training case")
    add_layout_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.services.demo import is_demo_identifier

    note = ""
    if args.case:
        if not args.demo:
            return fail("--case needs --demo (training cases are synthetic)")
        given = [f"--{name.replace('_', '-')}" for name in VALUE_OPTIONS if getattr(args, name)]
        if given:
            return fail(f"--case takes its values from the training case; drop {given[0]}")
        found = _demo_case(args.case)
        if found is None:
            return fail(f"--case: no training case {args.case!r}; see 'immunosep gui --demo'")
        entry, note = found.entry, found.note
        patient_id = args.patient_id or found.id
    else:
        entry = entry_from_args(args)
        patient_id = args.patient_id
    if not patient_id or not patient_id.strip():
        return fail("--patient-id: a patient identifier is needed on the report")
    if args.demo and not is_demo_identifier(patient_id):
        return fail("--patient-id: training reports use synthetic identifiers of the form "
                    "DEMO-nnn, never a real patient's")
    if not args.demo and is_demo_identifier(patient_id):
        return fail("--patient-id: DEMO-nnn identifiers are reserved for training; add --demo")
    try:
        from desktop_app.services.entry import build_inputs

        inputs = build_inputs(entry, decimal_comma=args.decimal_comma, names=OPTION_NAMES)
    except InputError as exc:
        return fail_input(exc)
    return _write(args, patient_id, inputs, note)


def _demo_case(case_id: str) -> DemoCase | None:
    from desktop_app.services.demo import load_demo_cases

    return next((c for c in load_demo_cases() if c.id == case_id.strip().upper()), None)


def _write(args: argparse.Namespace, patient_id: str, inputs: PatientInputs, note: str) -> int:
    from desktop_app.core.phenotype import classify
    from desktop_app.services.atomic import TargetExistsError
    from desktop_app.services.reports import make_options, write_patient_report

    now = datetime.now().astimezone()
    assessment = classify(inputs, now=now)
    options = make_options(institution=args.institution, ward=args.ward, paper=args.paper,
                           training=args.demo)
    try:
        path = write_patient_report(args.out, assessment, patient_id, generated_at=now,
                                    options=options, overwrite=args.force, training_note=note)
    except TargetExistsError as exc:
        return fail(f"--out: {exc.path} exists; not overwritten (use --force to replace it)")
    except OSError as exc:
        return fail(f"--out: cannot write {args.out}: {exc.strerror or exc}")
    print(f"Report written: {path} ({assessment.headline})")
    return 0
