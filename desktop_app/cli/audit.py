"""``immunosep audit verify``: check the hash chain of the audit trail."""

from __future__ import annotations

import argparse

from desktop_app.cli._store_args import add_store_options, open_from_args
from desktop_app.cli.common import fail

EXIT_BROKEN = 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="check the audit trail",
                       description="Audit trail commands.")
    actions = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = actions.add_parser("verify", help="verify the hash chain of the audit trail",
                           description="Recompute every entry's hash and link. Exit 0 when the "
                                       "chain is intact, 1 with the first broken entry when "
                                       "an entry was altered or removed, 2 when the database "
                                       "cannot be opened.")
    add_store_options(v)
    v.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from desktop_app.services.records import StoreError

    try:
        with open_from_args(args) as store:
            report = store.verify_audit()
            path = store.path
    except StoreError as exc:
        return fail(str(exc))
    if report.ok:
        print(f"Audit trail intact: {report.entries} entries in {path}; "
              f"head {report.head_hash}")
        return 0
    where = f" at entry {report.broken_seq}" if report.broken_seq is not None else ""
    print(f"Audit trail BROKEN{where}: {report.problem}. "
          f"({report.entries} entries read in {path})")
    return EXIT_BROKEN
