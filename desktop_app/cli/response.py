"""``immunosep response --patient-id ID``: the trial's day-9 SOFA response from the stored course.

Day 1 minus the mean SOFA of days 2–9 (deaths 24 from the day of death, missing days carried
forward, > 1.4 = response), with each day's value and where it came from, provisional until
day 9 (``core.response``; the SAP's definition, docs/scores.md).  The ImmunoSep trial's
research endpoint, not a treatment target: every output says so.
"""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from desktop_app.cli._score_records import (
    add_patient_options,
    parse_iso_date,
    with_store,
)
from desktop_app.cli.common import OptionError, add_lang_option, diagnostics, print_json
from desktop_app.i18n import N_

if TYPE_CHECKING:
    from desktop_app.i18n import Translator
    from desktop_app.services.scores import DayNine, PatientScores


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "response", help="the ImmunoSep day-9 SOFA response of a patient (research endpoint)",
        description="Day-1 SOFA minus the mean SOFA of days 2-9 from the daily SOFAs stored "
                    "for the patient (immunosep sofa ... --save), deaths counted 24 and missing "
                    "days carried forward; > 1.4 points is a response. Provisional until day "
                    "9. The trial's research endpoint, not a treatment target. Exit 0 with the "
                    "measure (or why there is none yet), 2 when the records cannot be read.")
    p.add_argument("--on", metavar="YYYY-MM-DD",
                   help="compute as of this day (default: today)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_lang_option(p)
    add_patient_options(p, save=False, corrections=False)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    diag = diagnostics(args)
    if not (args.patient_id or "").strip():
        return diag.error(N_("--patient-id ID is needed: the patient whose SOFA course is "
                             "read."))
    try:
        on = parse_iso_date(args.on, "--on") if args.on is not None else None
    except OptionError as exc:
        return diag.error_of(exc)

    def read(store: Any, now: Any) -> tuple[PatientScores, DayNine, bool]:
        from desktop_app.services.scores import read_scores

        scores = read_scores(store, args.patient_id)
        return scores, scores.day_nine(on or now.date()), store.training

    found, code = with_store(args, read, saving=False)
    if found is None:
        return code or 2
    scores, nine, training = found
    if args.json:
        print_json({"patient_id": args.patient_id.strip(), "training": training,
                    **response_json(scores, nine)})
    else:
        print(format_text(args.patient_id.strip(), scores, nine, training, diag.tr))
    return 0


def response_json(scores: PatientScores, nine: DayNine) -> dict[str, Any]:
    """The contract keys (``day1``, ``days``, ``mean_days_2_9``, ``decrease``, ``responder``,
    ``provisional``) and, added: dates, record ids, death, what is missing."""
    from desktop_app.core.score_serialize import response_to_dict

    base = {"as_of": nine.today.isoformat(),
            "day1_date": None if nine.day1_date is None else nine.day1_date.isoformat(),
            "died_on": None if scores.died_on is None else scores.died_on.isoformat(),
            "records": [_slim(r) for kind in ("daily_sofa", "death")
                        for r in scores.versions(kind)]}
    if nine.result is None:
        assert nine.problem is not None
        return {"day1": None, "days": [], "mean_days_2_9": None, "decrease": None,
                "responder": None, "provisional": True,
                "problem": {"code": nine.problem.code, "message": nine.problem.message},
                **base}
    data = response_to_dict(nine.result)
    records = {r.values["study_day"]: r.record_id for r in scores.daily}
    assert nine.day1_date is not None
    for d in data["days"]:
        d["date"] = (nine.day1_date + timedelta(d["day"] - 1)).isoformat()
        d["record_id"] = records.get(d["day"]) if d["source"] == "entered" else None
    data["day1_record_id"] = records.get(1)
    return {**data, **base}


_SLIM = ("study_day", "sofa_date", "total", "assessed_components", "method", "died_on")


def _slim(record: Any) -> dict[str, Any]:
    """A stored version as listed: ids, links, the values the measure uses."""
    out = {k: v for k, v in record.to_dict().items() if k in _SLIM or not k.endswith("_json")}
    return {k: v for k, v in out.items() if k not in ("decimal_comma", "sofa_version")}


def format_text(patient: str, scores: PatientScores, nine: DayNine, training: bool,
                tr: Translator) -> str:
    """The day-9 measure, day by day with where each value came from, in ``tr``'s language."""
    lines = [tr("TRAINING DATABASE — not clinical records")] if training else []
    lines.append(tr("Day-9 SOFA response (ImmunoSep primary endpoint) of patient {patient}, "
                    "as of {date}.", patient=patient, date=nine.today))
    r = nine.result
    if r is None:
        assert nine.problem is not None
        lines.append(tr("No measure yet: {reason}", reason=_problem(tr, nine)))
        return "\n".join(lines)
    from desktop_app.services.scores import course_days

    first, *later = course_days(scores, nine)
    lines.append(tr("Day 1 ({date}): SOFA {sofa}.", date=first.on, sofa=first.sofa))
    for d in later:
        if d.source == "carried_forward":
            how = tr("missing, carried forward from day {day}", day=d.carried_from)
        elif d.source == "pending":
            how = tr("not yet entered, day {day} carried forward for now", day=d.carried_from)
        else:
            how = tr("death: counted 24") if d.source == "death" else tr("entered")
        lines.append(tr("Day {day} ({date}): {sofa} — {how}.", day=d.day, date=d.on,
                        sofa=d.sofa, how=how))
    lines.append(tr("Day 1 minus the mean of days 2–9: {arithmetic}",
                    arithmetic=tr.decimal_text(r.arithmetic)))
    lines.append(tr.finding(r.verdict))
    lines += [tr.finding(w) for w in r.warnings]
    lines += [tr.finding(s) for s in r.statements]
    return "\n".join(lines)


def _problem(tr: Translator, nine: DayNine) -> str:
    """Why there is no measure, in words: the core's ``ResponseError`` is a code with an English
    sentence, so each code has its sentence here (the English one is the fallback for a code
    added later)."""
    assert nine.problem is not None
    texts = {
        "day1_missing": tr("the SOFA of day 1 (the day of phenotyping) is needed; store it with "
                           "'immunosep sofa … --patient-id ID --day 1 --save'."),
        "day_out_of_range": tr("the day asked for is before day 1 of the SOFA course."),
        "future_day": tr("a stored SOFA is dated after the day asked for; give a later --on."),
        "death_day_out_of_range": tr("the recorded death is after the day asked for; give a "
                                     "later --on."),
        "duplicate_day": tr("two stored SOFA values share one day; mark one entered in error "
                            "('immunosep score-records --mark-in-error')."),
        "sofa_out_of_range": tr("a stored SOFA total is outside 0 to 24."),
        "components_out_of_range": tr("a stored SOFA rests on an impossible number of organ "
                                      "systems."),
    }
    return texts.get(nine.problem.code, nine.problem.message)
