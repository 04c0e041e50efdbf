"""``immunosep sofa``: the SOFA score of one set of values; readable text or ``--json``.

With ``--patient-id ID --day N --save`` the day's SOFA is stored in the patient's record (the
calculator's inputs as typed and its result; or, with ``--total``, a total typed from the
chart), for the day-9 measure of ``immunosep response``.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from desktop_app.cli._score_records import (
    add_patient_options,
    check_patient_options,
    parse_count,
    parse_iso_date,
    with_store,
)
from desktop_app.cli.common import OptionError, add_lang_option, diagnostics, print_json
from desktop_app.core.score_checks import parse_yes_no
from desktop_app.core.sofa import SofaResult, score_sofa
from desktop_app.core.sofa_entry import SofaFieldNames, SofaText, read_sofa
from desktop_app.core.values import InputError
from desktop_app.i18n import N_

if TYPE_CHECKING:
    from desktop_app.i18n import Translator

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
    add_lang_option(p)
    d = p.add_argument_group("a day of the SOFA course (with --save)")
    d.add_argument("--day", metavar="N",
                   help="study day: 1 is the day of phenotyping; once day 1 is stored the "
                        "date follows from it")
    d.add_argument("--date", metavar="YYYY-MM-DD",
                   help="the calendar day of this SOFA (default: from --day and day 1, else "
                        "today)")
    d.add_argument("--total", metavar="0-24",
                   help="store a total typed from the chart instead of the values above")
    d.add_argument("--components", metavar="0-6",
                   help="organ systems the --total rests on (default 6)")
    add_patient_options(p)
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
    diag = diagnostics(args)
    tr = diag.tr
    try:
        check_patient_options(args, saving=args.save)
        place = _place(args)
        total = _typed_total(args)
    except OptionError as exc:
        return diag.error_of(exc)
    result = None
    if total is None:
        try:
            inputs = read_sofa(text_from_args(args), decimal_comma=args.decimal_comma,
                               names=OPTION_NAMES)
        except InputError as exc:
            return diag.input_error(exc)
        result = score_sofa(inputs)
    saved: dict[str, Any] = {}
    if args.save:
        record, code = with_store(args, lambda store, now: _save(store, now, args, place,
                                                                 total), saving=True)
        if record is None:
            return code or 2
        saved = record
    elif args.patient_id:
        diag.note(N_("not saved (add --save to store it)"))
    if args.json:
        from desktop_app.core.score_serialize import sofa_to_dict

        data: dict[str, Any] = sofa_to_dict(result) if result is not None else {
            "total": total[0] if total else None,
            "assessed_components": total[1] if total else None, "components": None}
        data["method"] = "calculator" if result is not None else "total"
        print_json({**data, **saved})
    else:
        if result is not None:
            print(format_text(result, tr))
        if saved:
            print(_saved_text(saved, total, tr))
    return 0


def _place(args: argparse.Namespace) -> tuple[int | None, date | None]:
    day = parse_count(args.day, 1, None, N_("--day: '{value}' is not a study day (day 1 is the "
                                            "day of phenotyping); give a whole number of {low} "
                                            "or more."))
    on = parse_iso_date(args.date, "--date") if args.date is not None else None
    if (day is not None or on is not None) and not args.save:
        raise OptionError(N_("--day and --date place a stored SOFA: add --patient-id ID "
                             "--save."))
    return day, on


_CALCULATOR_OPTIONS = ("pao2", "pao2_unit", "fio2", "ventilated", "platelets", "bilirubin",
                       "bilirubin_unit", "map", "dopamine", "dobutamine", "epinephrine",
                       "norepinephrine", "gcs", "creatinine", "creatinine_unit", "urine_output")


def _typed_total(args: argparse.Namespace) -> tuple[int, int] | None:
    """(total, organ systems) of ``--total``; it replaces the calculator, never mixes with it."""
    if args.total is None:
        if args.components is not None:
            raise OptionError(N_("--components goes with --total (the organ systems a typed "
                                 "total rests on)."))
        return None
    if not args.save:
        raise OptionError(N_("--total is a value to store: add --patient-id ID --save."))
    given = [f"--{n.replace('_', '-')}" for n in _CALCULATOR_OPTIONS
             if getattr(args, n) is not None] + (["--no-catecholamines"]
                                                 if args.no_catecholamines else [])
    if given:
        raise OptionError(N_("--total: give either a total or the calculator's values "
                             "({options}), not both."), options=", ".join(given))
    total = parse_count(args.total, 0, 24, N_("--total: '{value}' is not a SOFA total; give a "
                                              "whole number from {low} to {high}."))
    components = parse_count(args.components, 0, 6, N_(
        "--components: '{value}' is not a number of organ systems; give a whole number from "
        "{low} to {high}."))
    assert total is not None
    return total, 6 if components is None else components


def _save(store: Any, now: datetime, args: argparse.Namespace,
          place: tuple[int | None, date | None], total: tuple[int, int] | None
          ) -> dict[str, Any]:
    from desktop_app.services.scores import SofaEntry, read_scores, save_daily_sofa

    entry = (SofaEntry.typed_total(*total) if total is not None else
             SofaEntry.from_calculator(text_from_args(args), decimal_comma=args.decimal_comma))
    day, on = place
    record_id = save_daily_sofa(store, args.patient_id, entry, now=now, day=day, on=on,
                                corrects=args.corrects, reason=args.reason)
    stored = next(r for r in read_scores(store, args.patient_id).versions("daily_sofa")
                  if r.record_id == record_id)
    return {"record_id": record_id, "study_day": stored.values["study_day"],
            "date": stored.values["sofa_date"], "supersedes": args.corrects}


def _saved_text(saved: dict[str, Any], total: tuple[int, int] | None, tr: Translator) -> str:
    lines = []
    if total is not None:
        lines.append(tr("SOFA {total} (typed), resting on {n} of 6 organ systems.",
                        total=total[0], n=total[1]))
    lines.append(tr("Saved: daily SOFA record {id}, day {day} ({date}).",
                    id=saved["record_id"], day=saved["study_day"],
                    date=date.fromisoformat(saved["date"])))
    return "\n".join(lines)


def format_text(result: SofaResult, tr: Translator) -> str:
    """The score, each organ system with its reason, in ``tr``'s language."""
    from desktop_app.core.score_findings import Term
    from desktop_app.i18n.translation import sentence

    lines = [tr.finding(result.summary), ""]
    for c in result.components:
        points = "—" if c.points is None else c.points
        lines.append(sentence(tr("{organ}: {points}", organ=Term(c.organ.value),
                                 points=points)))
        lines.append(f"    {tr.finding(c.reason)}")
        lines += [f"    · {tr.finding(f)}" for f in c.criteria if f != c.reason]
        lines += [f"    {tr('Note: {text}', text=tr.finding(f))}" for f in c.notes]
        lines += [f"    {tr('Warning: {text}', text=tr.finding(f))}" for f in c.warnings]
    lines += ["", tr("Table: {version}.", version=result.version),
              tr("A missing input leaves its organ system 'not assessed'; it never counts as "
                 "0."), tr("Decision support only; the treating clinician decides.")]
    return "\n".join(lines)


