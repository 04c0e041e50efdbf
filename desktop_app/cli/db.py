"""``immunosep db migrate | check | backup``: database maintenance for hospital IT."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.cli._store_args import add_store_options, open_from_args
from desktop_app.cli.common import diagnostics, print_json
from desktop_app.i18n import N_

EXIT_PROBLEMS = 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="database maintenance (migrate, check, backup)",
                       description="Database maintenance. The clinical database is the one "
                                   "site.toml names (the ward's PostgreSQL server), else the "
                                   "SQLite file in the data folder.")
    actions = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)

    m = actions.add_parser("migrate", help="bring the database schema up to date",
                           description="Apply every pending schema migration in one "
                                       "transaction. On PostgreSQL run it as the database "
                                       "owner role (--db-user), once per app update; "
                                       "workstations cannot change the schema.")
    _user_option(m)
    add_store_options(m)
    m.set_defaults(handler=run_migrate)

    c = actions.add_parser("check", help="schema version, audit chain and record counts",
                           description="Report the schema version, the file's integrity "
                                       "(SQLite), the audit chain (as 'audit verify') and the "
                                       "number of records. Exit 0 when all is well, 1 when a "
                                       "check fails, 2 when the database cannot be opened.")
    c.add_argument("--json", action="store_true", help="machine-readable output")
    _user_option(c)
    add_store_options(c)
    c.set_defaults(handler=run_check)

    b = actions.add_parser("backup", help="write a consistent copy of the database",
                           description="Copy the database: SQLite's online backup (safe while "
                                       "the app is running), or pg_dump of the ward server "
                                       "(custom format; restore with pg_restore). Refuses to "
                                       "overwrite an existing file unless --force. Prints the "
                                       "audit head the copy contains.")
    b.add_argument("path", metavar="PATH", type=Path, help="the backup file to write")
    b.add_argument("--force", action="store_true", help="replace PATH if it exists")
    _user_option(b)
    add_store_options(b)
    b.set_defaults(handler=run_backup)


def _user_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db-user", metavar="ROLE",
                   help="PostgreSQL: log in as ROLE instead of the role in site.toml (the "
                        "owner role for migrate); its password comes from the OS keyring or "
                        ".pgpass")


def run_migrate(args: argparse.Namespace) -> int:
    from desktop_app.services.records import StoreError
    from desktop_app.store.schema import HEAD, describe

    try:
        with open_from_args(args, migrate=True) as store:
            migrated, where = store.migrated, store.location
    except StoreError as exc:
        return diagnostics(args).error_of(exc)
    if migrated is None:
        print(f"Database {where} is at schema {HEAD}; nothing to do.")
    else:
        print(f"Database {where}: {describe(migrated[0])} -> schema {migrated[1]}.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from desktop_app.services.records import StoreError
    from desktop_app.store.schema import HEAD

    try:
        with open_from_args(args) as store:
            revision = store.schema_revision()
            integrity = store.integrity_check()
            report = store.verify_audit()
            counts = store.counts()
            where, shared = store.location, store.is_shared
    except StoreError as exc:
        return diagnostics(args).error_of(exc)
    ok = revision == HEAD and integrity in (None, ["ok"]) and report.ok
    result: dict[str, Any] = {
        "ok": ok, "location": where, "engine": "postgresql" if shared else "sqlite",
        "schema": revision, "schema_current": revision == HEAD, "integrity": integrity,
        "audit": {"ok": report.ok, "entries": report.entries, "head_hash": report.head_hash,
                  "broken_seq": report.broken_seq, "problem": report.problem},
        "counts": counts,
    }
    if args.json:
        print_json(result)
        return 0 if ok else EXIT_PROBLEMS
    print(f"Database: {where} ({'PostgreSQL' if shared else 'SQLite'})")
    print(f"Schema: {revision} ({'current' if revision == HEAD else f'this app needs {HEAD}'})")
    if integrity is None:
        print("File integrity: checked by the database server")
    else:
        print(f"File integrity: {'ok' if integrity == ['ok'] else '; '.join(integrity[:5])}")
    if report.ok:
        print(f"Audit trail: intact, {report.entries} entries, head {report.head_hash}")
    else:
        at = f" at entry {report.broken_seq}" if report.broken_seq is not None else ""
        print(f"Audit trail: BROKEN{at}: {report.problem}")
    print(f"Records: {counts['patients']} patients, {counts['assessments']} assessments "
          f"({counts['corrections']} corrections), {counts['error_marks']} marked entered in "
          f"error, {counts['lab_results']} lab results, {counts['import_batches']} imports")
    print(f"Scores: {counts['daily_sofa']} daily SOFA, {counts['deaths']} deaths, "
          f"{counts['eligibility_checks']} eligibility checklists, {counts['hscores']} HScores")
    return 0 if ok else EXIT_PROBLEMS


def run_backup(args: argparse.Namespace) -> int:
    from desktop_app.services.records import StoreError

    try:
        with open_from_args(args) as store:
            head = store.audit_head()
            written = store.backup(args.path, force=args.force,
                                   now=datetime.now().astimezone())
    except StoreError as exc:
        return diagnostics(args).error_of(exc)
    except OSError as exc:
        return diagnostics(args).error(N_("the backup could not be written: {reason}"),
                                       reason=str(exc.strerror or exc))
    print(f"Backup written: {written}")
    if head is not None:
        print(f"Audit head in the backup: entry {head.seq}, {head.hash} (keep it; check a "
              f"restored copy with: immunosep audit verify --expect {head.hash})")
    return 0
