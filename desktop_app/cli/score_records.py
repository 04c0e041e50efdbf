"""``immunosep score-records --patient-id ID``: every stored version of a patient's scores.

Daily SOFAs, death, eligibility checklists and HScores with their record ids (what
``--corrects`` takes), corrections and "entered in error" marks; ``--mark-in-error KIND ID
--reason TEXT`` marks one (it stays stored and listed, and no longer counts).
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from desktop_app.cli._score_records import add_patient_options, with_store
from desktop_app.cli.common import add_lang_option, diagnostics, print_json
from desktop_app.i18n import N_

if TYPE_CHECKING:
    from desktop_app.i18n import Translator
    from desktop_app.services.scores import PatientScores, ScoreRecord

KINDS = ("daily_sofa", "death", "eligibility", "hscore")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "score-records", help="list a patient's stored SOFA, death, checklist and HScore "
                              "records; mark one entered in error",
        description="Every stored version of the patient's score records, oldest first, with "
                    "record ids, corrections and entered-in-error marks.")
    p.add_argument("--mark-in-error", nargs=2, metavar=("KIND", "RECORD"),
                   help=f"mark a record entered in error (KIND: {', '.join(KINDS)}); needs "
                        "--reason")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_lang_option(p)
    add_patient_options(p, save=False, corrections=False)
    p.add_argument("--reason", metavar="TEXT", help="why the record is marked")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    diag = diagnostics(args)
    if not (args.patient_id or "").strip():
        return diag.error(N_("--patient-id ID is needed: the patient whose records are "
                             "listed."))
    mark = None
    if args.mark_in_error is not None:
        kind, raw = args.mark_in_error
        if kind not in KINDS:
            return diag.error(N_("--mark-in-error: '{kind}' is not a kind of score record; use "
                                 "one of {kinds}."), kind=kind, kinds=", ".join(KINDS))
        if not (raw.isascii() and raw.isdigit()):
            return diag.error(N_("--mark-in-error: '{value}' is not a record id (a whole "
                                 "number, as listed by this command)."), value=raw)
        if not (args.reason or "").strip():
            return diag.error(N_("--mark-in-error needs --reason TEXT: a mark says why."))
        mark = (kind, int(raw))
    elif args.reason is not None:
        return diag.error(N_("--reason goes with --mark-in-error KIND RECORD."))

    def work(store: Any, now: datetime) -> tuple[PatientScores, bool]:
        from desktop_app.services.scores import mark_score_in_error, read_scores

        if mark is not None:
            mark_score_in_error(store, mark[0], mark[1], reason=args.reason, now=now)
        return read_scores(store, args.patient_id), store.training

    found, code = with_store(args, work, saving=mark is not None)
    if found is None:
        return code or 2
    scores, training = found
    if args.json:
        print_json({"patient_id": scores.patient_id, "training": training,
                    "records": {k: [r.to_dict() for r in scores.versions(k)] for k in KINDS}})
        return 0
    print(format_text(scores, training, diag.tr, marked=mark))
    return 0


def format_text(scores: PatientScores, training: bool, tr: Translator, *,
                marked: tuple[str, int] | None = None) -> str:
    """Every stored version, oldest first, in ``tr``'s language."""
    lines = [tr("TRAINING DATABASE — not clinical records")] if training else []
    titles = {"daily_sofa": tr("Daily SOFA"), "death": tr("Death"),
              "eligibility": tr("Eligibility checklists"), "hscore": tr("HScores")}
    if marked is not None:
        lines.append(tr("Marked entered in error: {kind}, record {id}.",
                        kind=titles[marked[0]], id=marked[1]))
    for kind in KINDS:
        versions = scores.versions(kind)
        lines.append(tr("{title}: {n} stored", title=titles[kind], n=len(versions)))
        lines += [f"  {_line(tr, r)}" for r in versions]
    return "\n".join(lines)


def _line(tr: Translator, r: ScoreRecord) -> str:
    v = r.values
    what = {
        "daily_sofa": lambda: tr("day {day} ({date}): SOFA {total}, {n} of 6 organ systems",
                                 day=v["study_day"], date=date.fromisoformat(v["sofa_date"]),
                                 total=v["total"], n=v["assessed_components"]),
        "death": lambda: tr("died on {date}", date=date.fromisoformat(v["died_on"])),
        "eligibility": lambda: tr("with assessment {id}: {met} met, {failed} not met, "
                                  "{unknown} unknown", id=v["assessment_id"],
                                  met=v["criteria_met"], failed=v["criteria_failed"],
                                  unknown=v["criteria_unknown"]),
        "hscore": lambda: tr("with assessment {id}: HScore {score}, probability {p} %",
                             id=v["assessment_id"], score=v["score"],
                             p=tr.decimal_text(v["probability_percent"])),
    }[r.kind]()
    notes = []
    if r.supersedes is not None:
        notes.append(tr("corrects record {id}: {reason}", id=r.supersedes,
                        reason=r.correction_reason))
    if r.superseded_by is not None:
        notes.append(tr("superseded by record {id}", id=r.superseded_by))
    if r.entered_in_error:
        notes.append(tr("ENTERED IN ERROR: {reason}", reason=r.error_reason))
    tail = f" [{'; '.join(notes)}]" if notes else ""
    return tr("record {id}, saved {when} by {user}: {what}", id=r.record_id,
              when=r.recorded_at, user=r.os_user, what=what) + tail
