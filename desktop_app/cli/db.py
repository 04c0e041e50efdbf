"""``immunosep db backup PATH``: a consistent copy of the record database."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from desktop_app.cli._store_args import add_store_options, open_from_args
from desktop_app.cli.common import fail


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="database maintenance (backup)",
                       description="Database maintenance.")
    actions = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    b = actions.add_parser("backup", help="write a consistent copy of the database",
                           description="Copy the database with SQLite's online backup (safe "
                                       "while the app is running). Refuses to overwrite an "
                                       "existing file unless --force.")
    b.add_argument("path", metavar="PATH", type=Path, help="the backup file to write")
    b.add_argument("--force", action="store_true", help="replace PATH if it exists")
    add_store_options(b)
    b.set_defaults(handler=run_backup)


def run_backup(args: argparse.Namespace) -> int:
    from desktop_app.services.records import StoreError

    try:
        with open_from_args(args) as store:
            written = store.backup(args.path, force=args.force,
                                   now=datetime.now().astimezone())
    except StoreError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"the backup could not be written: {exc}")
    print(f"Backup written: {written}")
    return 0
