"""``immunosep audit verify``: check the audit chain and the records it audits."""

from __future__ import annotations

import argparse

from desktop_app.cli._store_args import add_store_options, open_from_args
from desktop_app.cli.common import diagnostics

EXIT_BROKEN = 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="check the audit trail",
                       description="Audit trail commands.")
    actions = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = actions.add_parser("verify", help="verify the audit chain and the records it audits",
                           description="Recompute every entry's hash and link, and every "
                                       "audited record's content hash; check the head against "
                                       "this workstation's head file and, with --expect, a "
                                       "head printed earlier. Exit 0 when intact, 1 with the "
                                       "first broken entry when anything was altered or "
                                       "removed, 2 when the database cannot be opened.")
    v.add_argument("--expect", metavar="HASH",
                   help="an entry hash printed earlier (by 'audit verify' or 'db backup') "
                        "that must still be in the chain: detects entries cut off the end")
    add_store_options(v)
    v.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from desktop_app.services.records import StoreError

    try:
        with open_from_args(args) as store:
            report = store.verify_audit(expect=args.expect)
            where = store.location
    except StoreError as exc:
        return diagnostics(args).error_of(exc)
    if report.ok:
        print(f"Audit trail intact: {report.entries} entries in {where}; "
              f"head {report.head_hash}")
        print(f"Records checked against their entries: {report.records_checked}")
        if report.anchor is not None:
            print(f"Matches this workstation's record of entry {report.anchor.seq}.")
        else:
            print("This workstation has recorded no head of this database yet.")
        if report.expected_at is not None:
            print(f"The expected entry is entry {report.expected_at}.")
        return 0
    where_broken = f" at entry {report.broken_seq}" if report.broken_seq is not None else ""
    print(f"Audit trail BROKEN{where_broken}: {report.problem}. "
          f"({report.entries} entries read in {where})")
    return EXIT_BROKEN
