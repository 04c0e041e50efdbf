"""``immunosep sofa``: the SOFA score of one set of values; readable text or ``--json``."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import fail_input, print_json
from desktop_app.core.score_checks import parse_yes_no
from desktop_app.core.sofa import SofaResult, score_sofa
from desktop_app.core.sofa_entry import SofaFieldNames, SofaText, read_sofa
from desktop_app.core.values import InputError

OPTION_NAMES = SofaFieldNames(
    pao2="--pao2", pao2_unit="--pao2-unit", fio2="--fio2", ventilated="--ventilated",
    platelets="--platelets", bilirubin="--bilirubin", bilirubin_unit="--bilirubin-unit",
    map="--map", dopamine="--dopamine", dobutamine="--dobutamine",
    epinephrine="--epinephrine", norepinephrine="--norepinephrine", gcs="--gcs",
    creatinine="--creatinine", creatinine_unit="--creatinine-unit",
    urine_output="--urine-output", no_catecholamines="--no-catecholamines")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "sofa", help="SOFA score (Vincent 1996 as in Sepsis-3), each organ with its reason",
        description="Score SOFA from the values given. A component whose inputs are missing is "
                    "'not assessed' (never 0) and the total says how many components it rests "
                    "on. Exit 0 when a score was produced, 2 on invalid input.")
    r = p.add_argument_group("respiration")
    r.add_argument("--pao2", metavar="V", help="arterial PaO2 (with --pao2-unit)")
    r.add_argument("--pao2-unit", metavar="kPa|mmHg", help="unit of --pao2; required with it")
    r.add_argument("--fio2", metavar="FRACTION", help="inspired O2 fraction, 0.21-1 (0.4 = 40 %%)")
    r.add_argument("--ventilated", metavar="yes|no",
                   help="respiratory support (3 and 4 points need it)")
    g = p.add_argument_group("coagulation, liver, central nervous system")
    g.add_argument("--platelets", metavar="V", help="platelets ×10³/µL (= ×10⁹/L), e.g. 85")
    g.add_argument("--bilirubin", metavar="V", help="bilirubin (with --bilirubin-unit)")
    g.add_argument("--bilirubin-unit", metavar="umol/L|mg/dL",
                   help="unit of --bilirubin; required with it")
    g.add_argument("--gcs", metavar="3-15", help="Glasgow Coma Scale score")
    c = p.add_argument_group("cardiovascular (catecholamines in µg/kg/min for at least 1 h)")
    c.add_argument("--map", metavar="MMHG", help="mean arterial pressure, mm Hg")
    c.add_argument("--dopamine", metavar="V", help="dopamine dose, 0 if not running")
    c.add_argument("--dobutamine", metavar="yes|no", help="dobutamine running (any dose)")
    c.add_argument("--epinephrine", metavar="V", help="epinephrine dose, 0 if not running")
    c.add_argument("--norepinephrine", metavar="V", help="norepinephrine dose, 0 if not running")
    c.add_argument("--no-catecholamines", action="store_true",
                   help="none of the four is running (same as 0 / no for each not given)")
    k = p.add_argument_group("renal")
    k.add_argument("--creatinine", metavar="V", help="creatinine (with --creatinine-unit)")
    k.add_argument("--creatinine-unit", metavar="umol/L|mg/dL",
                   help="unit of --creatinine; required with it")
    k.add_argument("--urine-output", metavar="ML_PER_DAY", help="urine output, mL per 24 h")
    p.add_argument("--decimal-comma", action="store_true",
                   help="read ',' as the decimal separator (then '.' is refused)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run)


def text_from_args(args: argparse.Namespace) -> SofaText:
    return SofaText(
        pao2=args.pao2, pao2_unit=args.pao2_unit, fio2=args.fio2,
        ventilated=parse_yes_no(args.ventilated, "--ventilated"), platelets=args.platelets,
        bilirubin=args.bilirubin, bilirubin_unit=args.bilirubin_unit, map=args.map,
        dopamine=args.dopamine,
        dobutamine=parse_yes_no(args.dobutamine, "--dobutamine"), epinephrine=args.epinephrine,
        norepinephrine=args.norepinephrine, gcs=args.gcs, creatinine=args.creatinine,
        creatinine_unit=args.creatinine_unit, urine_output=args.urine_output,
        no_catecholamines=args.no_catecholamines)


def run(args: argparse.Namespace) -> int:
    try:
        inputs = read_sofa(text_from_args(args), decimal_comma=args.decimal_comma,
                           names=OPTION_NAMES)
    except InputError as exc:
        return fail_input(exc)
    result = score_sofa(inputs)
    if args.json:
        from desktop_app.core.score_serialize import sofa_to_dict

        print_json(sofa_to_dict(result))
    else:
        print(format_text(result))
    return 0


def format_text(result: SofaResult) -> str:
    from desktop_app.core.score_findings import Term
    from desktop_app.i18n import translator

    tr = translator()
    lines = [tr.finding(result.summary), ""]
    for c in result.components:
        points = "—" if c.points is None else str(c.points)
        organ = Term(c.organ.value).label
        lines.append(tr("{organ}: {points}", organ=organ[:1].upper() + organ[1:],
                        points=points))
        lines.append(f"    {tr.finding(c.reason)}")
        lines += [f"    · {tr.finding(f)}" for f in c.criteria if f != c.reason]
        lines += [f"    {tr('Note: {text}', text=tr.finding(f))}" for f in c.notes]
        lines += [f"    {tr('Warning: {text}', text=tr.finding(f))}" for f in c.warnings]
    lines += ["", tr("Table: {version}.", version=result.version),
              tr("A missing input leaves its organ system 'not assessed'; it never counts as "
                 "0."), tr("Decision support only; the treating clinician decides.")]
    return "\n".join(lines)


