"""``immunosep death --patient-id ID --date YYYY-MM-DD``: record a patient's death.

For the day-9 SOFA measure (``immunosep response``), which counts SOFA 24 from the day of death
(the SAP).  A record like any other: audited, corrected with ``--corrects ID --reason TEXT``,
never deleted.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from desktop_app.cli._score_records import (
    add_patient_options,
    check_patient_options,
    parse_iso_date,
    with_store,
)
from desktop_app.cli.common import OptionError, add_lang_option, diagnostics, print_json
from desktop_app.i18n import N_


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "death", help="record the date of a patient's death (for the day-9 SOFA measure)",
        description="Store the date of death in the patient's record: from that day the day-9 "
                    "SOFA measure counts 24 (ImmunoSep SAP). Exit 0 when stored, 2 when not "
                    "(the reason is printed).")
    p.add_argument("--date", metavar="YYYY-MM-DD", required=True, help="the day of death")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_lang_option(p)
    add_patient_options(p, save=False)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    diag = diagnostics(args)
    if not (args.patient_id or "").strip():
        return diag.error(N_("--patient-id ID is needed: the patient whose death is recorded."))
    try:
        check_patient_options(args, saving=True)  # this command only stores
        died_on = parse_iso_date(args.date, "--date")
    except OptionError as exc:
        return diag.error_of(exc)
    saved, code = with_store(args, lambda store, now: _save(store, now, args, died_on),
                             saving=True)
    if saved is None:
        return code or 2
    if args.json:
        print_json(saved)
    else:
        print(diag.tr("Saved: death record {id} ({date}).", id=saved["record_id"],
                      date=died_on))
    return 0


def _save(store: Any, now: datetime, args: argparse.Namespace, died_on: date
          ) -> dict[str, Any]:
    from desktop_app.services.scores import save_death

    record_id = save_death(store, args.patient_id, died_on=died_on, now=now,
                           corrects=args.corrects, reason=args.reason)
    return {"patient_id": args.patient_id.strip(), "record_id": record_id,
            "died_on": died_on.isoformat(), "supersedes": args.corrects}
