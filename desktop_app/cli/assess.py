"""``immunosep assess``: classify one set of values; readable text or ``--json``."""

from __future__ import annotations

import argparse
from datetime import datetime

from desktop_app.cli.common import (
    OPTION_NAMES,
    add_value_options,
    entry_from_args,
    fail_input,
    print_json,
)
from desktop_app.core.phenotype import Assessment, classify
from desktop_app.core.serialize import assessment_to_dict
from desktop_app.core.values import InputError
from desktop_app.services.entry import build_inputs


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("assess", help="classify one patient's ferritin and HLA-DR",
                       description="Classify one set of values by the ImmunoSep rule. Exit 0 "
                                   "when an assessment was produced (classified or cannot "
                                   "classify), 2 on invalid input.")
    add_value_options(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        inputs = build_inputs(entry_from_args(args), decimal_comma=args.decimal_comma,
                              names=OPTION_NAMES)
    except InputError as exc:
        return fail_input(exc)
    now = datetime.now().astimezone()
    assessment = classify(inputs, now=now)
    from desktop_app.services.evidence import load_evidence

    evidence = load_evidence()
    if args.json:
        print_json(assessment_to_dict(assessment, evidence_version=evidence.version))
    else:
        print(format_text(assessment, evidence.version))
    return 0


def format_text(a: Assessment, evidence_version: str) -> str:
    lines = [f"Result: {a.headline}"]
    if a.treatment_arm is not None:
        lines.append(f"ImmunoSep trial arm for this phenotype: {a.treatment_arm.label} "
                     "(evidence, not an order)")
    lines.append("Because:" if a.phenotype else "Reasons:")
    lines += [f"  - {r.message} [{r.code}]" for r in a.reasons]
    if a.warnings:
        lines.append("Warnings:")
        lines += [f"  ! {w.message} [{w.code}]" for w in a.warnings]
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
