"""Consistent copies: SQLite's online backup API, PostgreSQL's ``pg_dump``.

The copy is written to ``PATH.partial`` beside the target, checked, flushed and renamed into
place, so ``PATH`` is either absent or complete.  The partial file has a fixed, visible name
and is owner-only: if the process is killed mid-way, it is plainly there, and the next backup
to the same ``PATH`` removes it first (the first wave's hidden ``.PATH.partial-PID`` copies
are removed too).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import Engine

from desktop_app.i18n import N_
from desktop_app.store.errors import StoreError
from desktop_app.store.location import create_private_file
from desktop_app.store.postgres import PostgresTarget, keyring_password

SQLITE_STEP_PAGES = 1024  # pages per backup step: writers are not held up for long


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _prepare(target: Path, *, force: bool, source: Path | None = None) -> tuple[Path, Path]:
    """Check ``target``; remove leftovers of killed backups; return (target, partial)."""
    target = target.expanduser().absolute()
    if target.exists() or target.is_symlink():
        if not force:
            raise StoreError.worded("backup_exists", N_("{file} already exists; choose a new file "
                                                        "name or use --force to replace it."),
                                    file=str(target))
        if target.is_dir():
            raise StoreError.worded("backup_is_folder", N_("{file} is a folder; give a file "
                                                           "name for the backup."),
                                    file=str(target))
    if source is not None and target.resolve() == source.resolve():
        raise StoreError.worded("backup_over_database",
                                N_("The backup cannot be written over the database itself."))
    if not target.parent.is_dir():
        raise StoreError.worded("backup_folder_missing", N_("The folder {folder} does not "
                                                            "exist."),
                                folder=str(target.parent))
    partial = target.with_name(target.name + ".partial")
    for stale in [partial, *target.parent.glob(f".{target.name}.partial-*")]:
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    return target, partial


def _finish(partial: Path, target: Path) -> Path:
    with open(partial, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, target)
    _fsync_dir(target.parent)
    return target


def backup_sqlite(engine: Engine, source: Path, target: Path, *, force: bool = False) -> Path:
    """Copy the database behind ``engine`` to ``target``; refuse to overwrite unless ``force``."""
    target, partial = _prepare(target, force=force, source=source)
    create_private_file(partial)
    try:
        raw = engine.raw_connection()
        try:
            dest = sqlite3.connect(str(partial))
            try:
                raw.driver_connection.backup(dest, pages=SQLITE_STEP_PAGES)  # type: ignore[union-attr]
                check = dest.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise StoreError.worded("backup_check_failed",
                                            N_("The backup copy failed its check ({detail})."),
                                            detail=str(check))
                # A standalone copy: no -wal file needed beside it.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            raw.close()
        return _finish(partial, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise


def pg_dump_command(target: PostgresTarget, out: Path) -> list[str]:
    """The documented ``pg_dump`` invocation (custom format, restorable with pg_restore)."""
    url = target.sqlalchemy_url()
    parts = {"host": url.host, "port": url.port, "dbname": url.database, "user": url.username,
             "sslmode": target.sslmode, "sslrootcert": target.sslrootcert,
             "sslcert": target.sslcert, "sslkey": target.sslkey}
    conninfo = " ".join(f"{k}={_conninfo_value(v)}" for k, v in parts.items() if v)
    return ["pg_dump", "--format=custom", "--no-owner", "--file", str(out),
            "--dbname", conninfo]


def _conninfo_value(value: object) -> str:
    text = str(value)
    if text and all(c.isalnum() or c in "._-/:@" for c in text):
        return text
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def backup_postgres(target: PostgresTarget, out: Path, *, force: bool = False) -> Path:
    """``pg_dump`` the ward database to ``out`` (the password, if kept in the OS keyring, is
    handed over in a temporary owner-only password file, never on the command line)."""
    out, partial = _prepare(out, force=force)
    command = pg_dump_command(target, partial)
    program = shutil.which("pg_dump")
    if program is None:
        shown = " ".join(pg_dump_command(target, out))
        raise StoreError.worded("no_pg_dump", N_("pg_dump is not installed on this computer "
                                                 "(package postgresql-client). Run instead, "
                                                 "where it is: {command}"), command=shown)
    command[0] = program
    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="immunosep-backup-") as tmp:
        password = keyring_password(target)
        if password:
            passfile = Path(tmp) / "pgpass"
            fd = os.open(passfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            escaped = password.replace("\\", "\\\\").replace(":", "\\:")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(f"*:*:*:*:{escaped}\n")
            env["PGPASSFILE"] = str(passfile)
        create_private_file(partial)
        try:
            result = subprocess.run(command, env=env, capture_output=True, text=True,
                                    check=False, stdin=subprocess.DEVNULL)
            if result.returncode != 0:
                detail = (result.stderr.strip().splitlines() or ["no message"])[0]
                raise StoreError.worded("pg_dump_failed", N_("pg_dump failed ({detail}); no "
                                                             "backup was written."),
                                        detail=detail[:300])
            return _finish(partial, out)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
            raise
