"""``immunosep history --patient-id ID``: a patient's stored assessments, oldest first."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop_app.cli._store_args import add_store_options, open_from_args
from desktop_app.cli.common import fail, fail_input, print_json

if TYPE_CHECKING:
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
    add_store_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.core.identifiers import check_identifier
    from desktop_app.core.values import InputError
    from desktop_app.services.records import StoreError

    try:
        check_identifier(args.patient_id, field="--patient-id")
    except InputError as exc:
        return fail_input(exc)
    try:
        with open_from_args(args) as store:
            entries = store.history(args.patient_id)
            training = store.training
    except StoreError as exc:
        return fail(str(exc))
    if args.json:
        print_json({"patient_id": args.patient_id.strip(), "training": training,
                    "assessments": [e.to_dict() for e in entries]})
        return 0
    if training:
        print("TRAINING DATABASE — not clinical records")
    if not entries:
        print(f"No stored assessments for patient {args.patient_id.strip()}.")
        return 0
    print(f"Patient {args.patient_id.strip()}: {len(entries)} assessment(s), oldest first")
    for e in entries:
        print(format_entry(e))
    return 0


def _values(e: HistoryEntry) -> str:
    parts = []
    f, h = e.inputs.get("ferritin"), e.inputs.get("hla_dr")
    if f:
        parts.append(f"ferritin {f['entered']} {f['unit']}")
    if h:
        parts.append(f"HLA-DR {h['entered']} {h['unit']}")
    return ", ".join(parts) or "no values"


def format_entry(e: HistoryEntry) -> str:
    when = e.order_time.astimezone().strftime("%Y-%m-%d %H:%M")
    basis = "sampled" if e.sampled_at else "assessed"
    result = e.result.get("phenotype_label") or e.phenotype or e.status
    flags = e.version_notes()
    tail = f" [{'; '.join(flags)}]" if flags else ""
    return (f"#{e.assessment_id}  {when} ({basis})  {result}  ({_values(e)}; rule set "
            f"{e.ruleset_version}){tail}")
