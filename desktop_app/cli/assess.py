"""``immunosep assess``: classify one set of values; readable text or ``--json``."""

from __future__ import annotations

import argparse
from datetime import datetime

from desktop_app.cli._store_args import add_data_dir_option, open_from_args
from desktop_app.cli.common import (
    OPTION_NAMES,
    add_lang_option,
    add_value_options,
    diagnostics,
    entry_from_args,
    print_json,
)
from desktop_app.core.identifiers import check_identifier
from desktop_app.core.phenotype import Assessment, classify
from desktop_app.core.serialize import assessment_to_dict
from desktop_app.core.values import InputError
from desktop_app.i18n import N_, Translator, translator
from desktop_app.services.entry import build_inputs


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("assess", help="classify one patient's ferritin and HLA-DR",
                       description="Classify one set of values by the ImmunoSep rule. Exit 0 "
                                   "when an assessment was produced (classified or cannot "
                                   "classify), 2 on invalid input.")
    add_value_options(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_lang_option(p)
    p.add_argument("--patient-id", metavar="ID",
                   help="patient identifier used on the ward (with --save)")
    p.add_argument("--save", action="store_true",
                   help="store the assessment in the patient's record and print its id "
                        "(needs --patient-id)")
    add_data_dir_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    diag = diagnostics(args)
    tr = diag.tr
    if args.save and not (args.patient_id or "").strip():
        return diag.error(N_("--save needs --patient-id ID, the patient identifier used on the "
                             "ward."))
    if args.patient_id is not None:
        try:
            check_identifier(args.patient_id, field="--patient-id")
        except InputError as exc:
            return diag.input_error(exc)
    try:
        inputs = build_inputs(entry_from_args(args), decimal_comma=args.decimal_comma,
                              names=OPTION_NAMES)
    except InputError as exc:
        return diag.input_error(exc)
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
        except StoreError as exc:  # English until StoreError words itself (localized)
            return diag.error(N_("--save: not saved: {reason}"), reason=exc)
    elif args.patient_id:
        diag.note(N_("not saved (add --save to store it)"))
    if args.json:
        data = assessment_to_dict(assessment, evidence_version=evidence.version)
        if saved_id is not None:
            data["assessment_id"] = saved_id
        print_json(data)
    else:
        print(format_text(assessment, evidence.version, tr))
        if saved_id is not None:
            print(tr("Saved: assessment id {id}", id=saved_id))
    return 0


def format_text(a: Assessment, evidence_version: str, tr: Translator | None = None) -> str:
    """The assessment as the window and the PDF word it, in ``tr``'s language (English by
    default); codes stay in ``--json``."""
    from desktop_app.report import words

    tr = tr or translator()
    lines = [tr("Result: {headline}", headline=words.headline(a, tr))]
    arm = words.trial_arm(a, tr)
    if arm is not None:
        lines.append(tr("ImmunoSep trial arm for this phenotype: {arm} (evidence, not an "
                        "order)", arm=arm))
    lines.append(tr("Because:") if a.phenotype else tr("Reasons:"))
    lines += [f"  - {r}" for r in words.reasons(a, tr)]
    warnings = words.warnings(a, tr)
    if warnings:
        lines.append(tr("Warnings:"))
        lines += [f"  ! {w}" for w in warnings]
    lines.append(tr("Criteria:"))
    for c in a.criteria:
        row = words.criterion(c, tr)
        entered = row.entered or tr(words.NOT_GIVEN)
        converted = (tr("{entered} → {converted}", entered=entered, converted=row.converted)
                     if row.converted and row.converted != row.entered else entered)
        line = tr("{label}: {value} [{met}]", label=row.label, value=converted, met=row.met)
        if row.note and row.note != row.met:
            line = tr("{line} — {note}", line=line, note=row.note)
        lines.append(f"  {line}")
    lines.append(tr("Rule:"))
    lines += [f"  {t}" for t in words.rule(a, tr)]
    lines.append(tr("Rule set: {ruleset}; evidence: {evidence}; source: doi:{doi}, {registry}",
                    ruleset=a.ruleset.version, evidence=evidence_version, doi=a.ruleset.doi,
                    registry=a.ruleset.registry_id))
    return "\n".join(lines)
