"""``immunosep hscore``: the HScore (Fardet 2014) and its published probability; text or JSON.

With ``--patient-id ID --save`` a complete HScore is stored with the patient's newest current
assessment (or ``--assessment-id N``).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_app.cli._score_records import (
    add_assessment_option,
    add_patient_options,
    check_patient_options,
    with_store,
)
from desktop_app.cli.common import OptionError, add_lang_option, diagnostics, print_json
from desktop_app.core.hscore import HScoreResult, score_hscore
from desktop_app.core.hscore_entry import HScoreFieldNames, HScoreText, read_hscore
from desktop_app.core.score_checks import parse_yes_no
from desktop_app.core.values import InputError
from desktop_app.i18n import N_

if TYPE_CHECKING:
    from desktop_app.i18n import Translator

OPTION_NAMES = HScoreFieldNames(
    temperature="--temperature", organomegaly="--organomegaly", cytopenias="--cytopenias",
    ferritin="--ferritin", ferritin_unit="--ferritin-unit", triglycerides="--triglycerides",
    fibrinogen="--fibrinogen", fibrinogen_unit="--fibrinogen-unit", ast="--ast")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "hscore", help="HScore for reactive haemophagocytic syndrome (an aid, not a diagnosis)",
        description="HScore (Fardet 2014) with the published probability table. A variable "
                    "left out is 'not given': the score is then not computed and the range it "
                    "could reach is shown. The probability table was not validated in ICU "
                    "patients. Exit 0 when a result was produced, 2 on invalid input.")
    p.add_argument("--temperature", metavar="CELSIUS", help="highest body temperature, °C")
    p.add_argument("--organomegaly", metavar="none|hepatomegaly|splenomegaly|both")
    p.add_argument("--cytopenias", metavar="0|1|2|3",
                   help="lineages with Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ "
                        "110000/µL")
    p.add_argument("--ferritin", metavar="NG_ML", help="ferritin, optionally censored: '>40000'")
    p.add_argument("--ferritin-unit", metavar="UNIT", default="ng/mL",
                   help="ng/mL (default, as the option's name says), µg/L, pmol/L or µg/dL")
    p.add_argument("--triglycerides", metavar="MMOL_L", help="triglycerides, mmol/L")
    p.add_argument("--fibrinogen", metavar="G_L", help="fibrinogen")
    p.add_argument("--fibrinogen-unit", metavar="g/L|mg/dL", default="g/L",
                   help="g/L (default, as the option's name says) or mg/dL")
    p.add_argument("--ast", metavar="U_L", help="aspartate aminotransferase, U/L")
    p.add_argument("--haemophagocytosis", "--hemophagocytosis", metavar="yes|no",
                   help="haemophagocytosis features on bone-marrow aspirate")
    p.add_argument("--immunosuppression", metavar="yes|no",
                   help="known underlying immunosuppression (HIV+ or long-term "
                        "immunosuppressive therapy)")
    p.add_argument("--decimal-comma", action="store_true",
                   help="read ',' as the decimal separator (then '.' is refused)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_lang_option(p)
    add_patient_options(p)
    add_assessment_option(p, "HScore")
    p.set_defaults(handler=run)


def text_from_args(args: argparse.Namespace) -> HScoreText:
    return HScoreText(
        immunosuppression=parse_yes_no(args.immunosuppression, "--immunosuppression"),
        temperature=args.temperature,
        organomegaly=args.organomegaly, cytopenias=args.cytopenias, ferritin=args.ferritin,
        ferritin_unit=args.ferritin_unit, triglycerides=args.triglycerides,
        fibrinogen=args.fibrinogen, fibrinogen_unit=args.fibrinogen_unit, ast=args.ast,
        haemophagocytosis=parse_yes_no(args.haemophagocytosis, "--haemophagocytosis"))


def run(args: argparse.Namespace) -> int:
    diag = diagnostics(args)
    tr = diag.tr
    try:
        check_patient_options(args, saving=args.save)
    except OptionError as exc:
        return diag.error_of(exc)
    try:
        inputs = read_hscore(text_from_args(args), decimal_comma=args.decimal_comma,
                             names=OPTION_NAMES)
    except InputError as exc:
        return diag.input_error(exc)
    result = score_hscore(inputs)
    saved: dict[str, Any] = {}
    if args.save:
        record, code = with_store(args, lambda store, now: _save(store, now, args), saving=True)
        if record is None:
            return code or 2
        saved = record
    elif args.patient_id:
        diag.note(N_("not saved (add --save to store it)"))
    if args.json:
        from desktop_app.core.score_serialize import hscore_to_dict

        print_json({**hscore_to_dict(result), **saved})
    else:
        print(format_text(result, tr))
        if saved:
            print(tr("Saved: HScore record {id}, with assessment {assessment}.",
                     id=saved["record_id"], assessment=saved["assessment_id"]))
    return 0


def _save(store: Any, now: datetime, args: argparse.Namespace) -> dict[str, Any]:
    from desktop_app.services.scores import HScoreEntry, read_scores, save_hscore

    record_id = save_hscore(store, args.patient_id, HScoreEntry(
        text_from_args(args), decimal_comma=args.decimal_comma), now=now,
        assessment_id=args.assessment_id, corrects=args.corrects, reason=args.reason)
    stored = next(r for r in read_scores(store, args.patient_id).versions("hscore")
                  if r.record_id == record_id)
    return {"record_id": record_id, "assessment_id": stored.values["assessment_id"],
            "supersedes": args.corrects}


def format_text(result: HScoreResult, tr: Translator) -> str:
    """The score, each variable's points and why, in ``tr``'s language."""
    lines = [tr.finding(result.summary)]
    if result.probability is not None:
        lines.append(tr.finding(result.probability.finding))
    lines.append("")
    for c in result.components:
        points = "—" if c.points is None else c.points
        lines.append(tr("{points:>4}  {reason}", points=points, reason=tr.finding(c.reason)))
        lines += [f"      {tr('Warning: {text}', text=tr.finding(w))}" for w in c.warnings]
    lines.append("")
    lines += [tr.finding(s) for s in result.statements]
    lines.append(tr("Score: {version}.", version=result.version))
    return "\n".join(lines)
