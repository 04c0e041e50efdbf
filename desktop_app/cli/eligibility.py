"""``immunosep eligibility``: the ImmunoSep inclusion and exclusion criteria as a checklist.

Each criterion is answered yes / no / unknown *to the criterion as written* (``--answer
KEY=yes``); the age, the phenotype and a neutrophil count answer their criteria themselves.
With ``--patient-id ID --save`` the checklist is stored with the patient's newest current
assessment (or ``--assessment-id N``), whose age and phenotype then decide those criteria.
The checklist informs; it never blocks a phenotype.
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
from desktop_app.core.eligibility import CRITERIA, Answer, AnsweredTwice, Kind
from desktop_app.core.values import InputError
from desktop_app.i18n import N_

if TYPE_CHECKING:
    from desktop_app.core.eligibility import EligibilityResult
    from desktop_app.i18n import Translator
    from desktop_app.services.scores import EligibilityEntry

PHENOTYPES = ("mals", "immunoparalysis", "unclassified", "cannot-classify")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from desktop_app.core.score_messages import MESSAGES

    keys = "\n".join(f"  {c.key:<26} {c.kind.value} {c.number}: "
                     f"{MESSAGES['criterion_' + c.key]}" for c in CRITERIA)
    p = sub.add_parser(
        "eligibility", help="the ImmunoSep trial's eligibility criteria as a checklist",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Which registered inclusion and exclusion criteria of the ImmunoSep trial "
                    "(NCT04990232) the patient meets, fails or leaves unknown. The evidence "
                    "may not apply outside the tested population; nothing here blocks a "
                    "phenotype. Exit 0 with the checklist, 2 on invalid input.",
        epilog=f"criteria (KEY for --answer):\n{keys}")
    p.add_argument("--answer", metavar="KEY=yes|no|unknown", action="append", default=[],
                   help="answer one criterion as written (repeat for each); a criterion not "
                        "answered is unknown")
    p.add_argument("--age", metavar="YEARS",
                   help="age in years: answers both age criteria (from the assessment with "
                        "--save)")
    p.add_argument("--phenotype", metavar="|".join(PHENOTYPES),
                   help="the phenotype: answers the laboratory criterion (from the assessment "
                        "with --save)")
    p.add_argument("--anc", metavar="PER_MM3",
                   help="absolute neutrophil count per mm³ (= per µL): answers the "
                        "neutropenia criterion where the two published limits agree")
    p.add_argument("--decimal-comma", action="store_true",
                   help="read ',' as the decimal separator (then '.' is refused)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_lang_option(p)
    add_patient_options(p)
    add_assessment_option(p, "checklist")
    p.set_defaults(handler=run)


def entry_from_args(args: argparse.Namespace) -> EligibilityEntry:
    from desktop_app.services.scores import EligibilityEntry

    keys = {c.key for c in CRITERIA}
    answers: dict[str, Answer] = {}
    for item in args.answer:
        key, sep, value = item.partition("=")
        key, value = key.strip(), value.strip().lower()
        if not sep or key not in keys:
            #: yes, no and unknown are the answers --answer takes: keep them
            raise OptionError(N_("--answer: '{value}' does not name a criterion; write KEY=yes, "
                                 "KEY=no or KEY=unknown with a KEY from {help}."), value=item,
                              help="'immunosep eligibility --help'")
        if value not in {a.value for a in Answer}:
            #: yes, no and unknown are the answers --answer takes: keep them
            raise OptionError(N_("--answer: '{value}' is not answered yes, no or unknown."),
                              value=item)
        if key in answers:
            raise OptionError(N_("--answer: {key} is answered twice; keep one answer."), key=key)
        answers[key] = Answer(value)
    if args.save and (args.age is not None or args.phenotype is not None):
        raise OptionError(N_("--age and --phenotype come from the stored assessment when the "
                             "checklist is saved; leave them out with --save."))
    phenotype = (args.phenotype or "").strip().lower() or None
    if phenotype is not None and phenotype not in PHENOTYPES:
        raise OptionError(N_("--phenotype: '{value}' is not one of {choices}."),
                          value=args.phenotype, choices=", ".join(PHENOTYPES))
    from desktop_app.core.values import parse_value

    age = None
    if args.age is not None:
        parse_value(args.age, field="--age", decimal_comma=args.decimal_comma)
        age = args.age.strip().replace(",", ".") if args.decimal_comma else args.age.strip()
    return EligibilityEntry(
        answers, anc=args.anc, decimal_comma=args.decimal_comma, age=age,
        phenotype=None if phenotype in (None, "cannot-classify") else phenotype,
        cannot_classify=phenotype == "cannot-classify")


def run(args: argparse.Namespace) -> int:
    diag = diagnostics(args)
    tr = diag.tr
    try:
        check_patient_options(args, saving=args.save)
        entry = entry_from_args(args)
        result = entry.result()
    except OptionError as exc:
        return diag.error_of(exc)
    except InputError as exc:
        return diag.input_error(exc, "--anc" if exc.field == "neutrophils" else None)
    except AnsweredTwice as exc:
        return diag.error(N_("--answer: {criteria}: answered from the data entered; do not "
                             "answer it as well."), criteria=", ".join(exc.criteria))
    saved: dict[str, Any] = {}
    if args.save:
        record, code = with_store(args, lambda store, now: _save(store, now, args, entry),
                                  saving=True)
        if record is None:
            return code or 2
        saved, result = record
    elif args.patient_id:
        diag.note(N_("not saved (add --save to store it)"))
    if args.json:
        from desktop_app.core.score_serialize import eligibility_to_dict

        print_json({**eligibility_to_dict(result), **saved})
    else:
        print(format_text(result, tr))
        if saved:
            print(tr("Saved: eligibility checklist record {id}, with assessment {assessment}.",
                     id=saved["record_id"], assessment=saved["assessment_id"]))
    return 0


def _save(store: Any, now: datetime, args: argparse.Namespace, entry: EligibilityEntry
          ) -> tuple[dict[str, Any], EligibilityResult]:
    from desktop_app.services.scores import read_scores, save_eligibility

    record_id = save_eligibility(store, args.patient_id, entry, now=now,
                                 assessment_id=args.assessment_id, corrects=args.corrects,
                                 reason=args.reason)
    stored = next(r for r in read_scores(store, args.patient_id).versions("eligibility")
                  if r.record_id == record_id)
    from desktop_app.services.scores import EligibilityEntry

    used = EligibilityEntry.from_json(stored.values["answers_json"])
    return ({"record_id": record_id, "assessment_id": stored.values["assessment_id"],
             "supersedes": args.corrects}, used.result())


def format_text(result: EligibilityResult, tr: Translator) -> str:
    """The checklist, each criterion with its status and basis, in ``tr``'s language."""
    status = {Kind.INCLUSION: {"met": tr("met"), "failed": tr("not met"),
                               "unknown": tr("unknown")},
              Kind.EXCLUSION: {"met": tr("absent"), "failed": tr("present: excludes"),
                               "unknown": tr("unknown")}}
    lines = [tr.finding(result.summary), ""]
    for kind, title in ((Kind.INCLUSION, tr("Inclusion criteria (use only if…)")),
                        (Kind.EXCLUSION, tr("Exclusion criteria"))):
        lines.append(title)
        for r in (r for r in result.results if r.criterion.kind is kind):
            lines.append(tr("  {number}. [{status}] {criterion}", number=r.criterion.number,
                            status=status[kind][r.status.value],
                            criterion=tr.finding(r.criterion.wording)))
            if r.basis is not None:
                lines.append(f"       {tr.finding(r.basis)}")
            if r.criterion.caveat is not None:
                lines.append(f"       {tr.finding(r.criterion.caveat)}")
    lines.append("")
    lines += [tr.finding(s) for s in result.statements]
    lines.append(tr("Checklist: {version}.", version=result.version))
    return "\n".join(lines)
