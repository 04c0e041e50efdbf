"""``immunosep history --patient-id ID``: a patient's stored assessments, oldest first."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop_app.cli._store_args import add_store_options, open_from_args
from desktop_app.cli.common import add_lang_option, diagnostics, print_json

if TYPE_CHECKING:
    from desktop_app.i18n import Translator
    from desktop_app.services.records import HistoryEntry


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("history", help="list a patient's stored assessments, oldest first",
                       description="List every stored assessment of one patient, oldest first "
                                   "(by sample time where available, else assessment time), "
                                   "including corrected versions and those marked entered in "
                                   "error.")
    p.add_argument("--patient-id", metavar="ID", required=True,
                   help="the patient identifier used when saving")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_lang_option(p)
    add_store_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.core.identifiers import check_identifier
    from desktop_app.core.values import InputError
    from desktop_app.services.records import StoreError

    diag = diagnostics(args)
    try:
        check_identifier(args.patient_id, field="--patient-id")
    except InputError as exc:
        return diag.input_error(exc)
    try:
        with open_from_args(args) as store:
            entries = store.history(args.patient_id)
            training = store.training
    except StoreError as exc:  # English until StoreError words itself (localized)
        return diag.error_of(exc)
    if args.json:
        print_json({"patient_id": args.patient_id.strip(), "training": training,
                    "assessments": [e.to_dict() for e in entries]})
        return 0
    print(format_text(args.patient_id.strip(), entries, training, diag.tr))
    return 0


def format_text(patient: str, entries: list[HistoryEntry], training: bool,
                tr: Translator) -> str:
    """The assessments, oldest first, in ``tr``'s language (values as entered)."""
    lines = [tr("TRAINING DATABASE — not clinical records")] if training else []
    if not entries:
        lines.append(tr("No stored assessments for patient {patient}.", patient=patient))
    else:
        lines.append(tr.plural("Patient {patient}: {n} assessment, oldest first",
                               "Patient {patient}: {n} assessments, oldest first",
                               len(entries), patient=patient))
        lines += [format_entry(e, tr) for e in entries]
    return "\n".join(lines)


def _values(e: HistoryEntry, tr: Translator) -> str:
    f, h = e.inputs.get("ferritin"), e.inputs.get("hla_dr")
    parts = []
    if f:
        parts.append(tr("ferritin {value} {unit}", value=f["entered"], unit=f["unit"]))
    if h:
        parts.append(tr("HLA-DR {value} {unit}", value=h["entered"], unit=h["unit"]))
    return ", ".join(parts) or tr("no values")


def format_entry(e: HistoryEntry, tr: Translator) -> str:
    from desktop_app.core.charts import STYLES
    from desktop_app.core.outcomes import Phenotype
    from desktop_app.report.words import version_note

    result = tr(Phenotype(e.phenotype).label) if e.phenotype else tr(STYLES[None].label)
    fields = {"id": e.assessment_id, "when": e.order_time.astimezone(), "result": result,
              "values": _values(e, tr), "ruleset": e.ruleset_version}
    line = (tr("#{id}  {when} (sampled)  {result}  ({values}; rule set {ruleset})", **fields)
            if e.sampled_at else
            tr("#{id}  {when} (assessed)  {result}  ({values}; rule set {ruleset})", **fields))
    notes = [version_note(n, tr) for n in e.version_marks()]
    #: a stored assessment's line followed by its corrections / entered-in-error marks
    return tr("{entry} [{notes}]", entry=line, notes=tr.join(notes)) if notes else line
