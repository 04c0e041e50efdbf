"""``immunosep assess``: classify one set of values; readable text or ``--json``."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from desktop_app.cli._store_args import add_data_dir_option, open_from_args
from desktop_app.cli.common import (
    OPTION_NAMES,
    add_value_options,
    entry_from_args,
    fail,
    fail_input,
    print_json,
)
from desktop_app.core.identifiers import check_identifier
from desktop_app.core.phenotype import Assessment, classify
from desktop_app.core.serialize import assessment_to_dict
from desktop_app.core.values import InputError
from desktop_app.services.entry import build_inputs


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("assess", help="classify one patient's ferritin and HLA-DR",
                       description="Classify one set of values by the ImmunoSep rule. Exit 0 "
                                   "when an assessment was produced (classified or cannot "
                                   "classify), 2 on invalid input.")
    add_value_options(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--patient-id", metavar="ID",
                   help="patient identifier used on the ward (with --save)")
    p.add_argument("--save", action="store_true",
                   help="store the assessment in the patient's record and print its id "
                        "(needs --patient-id)")
    add_data_dir_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.save and not (args.patient_id or "").strip():
        return fail("--save needs --patient-id ID, the patient identifier used on the ward.")
    if args.patient_id is not None:
        try:
            check_identifier(args.patient_id, field="--patient-id")
        except InputError as exc:
            return fail_input(exc)
    try:
        inputs = build_inputs(entry_from_args(args), decimal_comma=args.decimal_comma,
                              names=OPTION_NAMES)
    except InputError as exc:
        return fail_input(exc)
    now = datetime.now().astimezone()
    assessment = classify(inputs, now=now)
    from desktop_app.services.evidence import load_evidence

    evidence = load_evidence()
    saved_id = None
    if args.save:
        from desktop_app.services.records import StoreError

        try:
            with open_from_args(args, training=False) as store:
                saved_id = store.save_assessment(args.patient_id, assessment,
                                                 evidence_version=evidence.version, now=now)
        except StoreError as exc:
            return fail(f"--save: not saved: {exc}")
    elif args.patient_id:
        print("immunosep: note: not saved (add --save to store it)", file=sys.stderr)
    if args.json:
        data = assessment_to_dict(assessment, evidence_version=evidence.version)
        if saved_id is not None:
            data["assessment_id"] = saved_id
        print_json(data)
    else:
        print(format_text(assessment, evidence.version))
        if saved_id is not None:
            print(f"Saved: assessment id {saved_id}")
    return 0


def format_text(a: Assessment, evidence_version: str) -> str:
    lines = [f"Result: {a.headline}"]
    if a.treatment_arm is not None:
        lines.append(f"ImmunoSep trial arm for this phenotype: {a.treatment_arm.label} "
                     "(evidence, not an order)")
    lines.append("Because:" if a.phenotype else "Reasons:")
    # Sentences only: the codes are for programs (--json), never shown to a reader.
    lines += [f"  - {r.message}" for r in a.reasons]
    if a.warnings:
        lines.append("Warnings:")
        lines += [f"  ! {w.message}" for w in a.warnings]
    lines.append("Criteria:")
    for c in a.criteria:
        met = {True: "met", False: "not met", None: "—"}[c.met]
        entered = c.entered or "not given"
        converted = f" → {c.converted}" if c.converted and c.converted != c.entered else ""
        note = "" if c.note == met else f" — {c.note}"
        lines.append(f"  {c.label}: {entered}{converted} [{met}]{note}")
    lines.append("Rule:")
    lines += [f"  {t}" for t in a.ruleset.rule_text()]
    lines.append(f"Rule set: {a.ruleset.version}; evidence: {evidence_version}; "
                 f"source: doi:{a.ruleset.doi}, {a.ruleset.registry_id}")
    return "\n".join(lines)
