"""The embedded engine: one SQLite file in the user's data folder (the default).

- ``journal_mode=WAL`` + ``synchronous=FULL``: a transaction whose COMMIT returned survives an
  application crash, OS crash or power loss (if the disk honours fsync) (hazards §1.8).
- The driver's implicit transactions are off; writes start with ``BEGIN IMMEDIATE`` (the write
  lock is taken up front, so writers queue on ``busy_timeout`` instead of failing half-way and
  the audit chain is appended by one writer at a time), reads with ``BEGIN`` (a snapshot).
- Before anything changes the file, ``probe`` looks at it through a *read-only* connection:
  quick_check, whose file it is, which schema and mode.  A foreign or damaged file is refused
  exactly as it was found — never switched to WAL first.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from desktop_app.i18n import N_
from desktop_app.store.errors import CorruptDatabaseError, ReadOnlyDatabaseError, StoreError
from desktop_app.store.fault_words import (
    ASK_WRITE_ACCESS,
    KEEP_FILE_BACKUP,
    NOTHING_CHANGED,
    NOTHING_WAS_SAVED,
    Place,
    said,
)
from desktop_app.store.faults import translate

_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26

BUSY_TIMEOUT_MS = 10_000
READ_ONLY = {"immunosep_read_only": True}
_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")


def _configure(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError.worded("no_wal", N_("SQLite refused WAL journal mode (got {mode})."),
                                mode=repr(mode))
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA trusted_schema = OFF")  # triggers/views may not call unsafe functions
    cur.close()


def _begin(conn: Connection) -> None:
    read_only = conn.get_execution_options().get("immunosep_read_only", False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    """An engine for ``path`` with the pragmas and explicit transactions set up."""
    target = str(path)

    def connect() -> sqlite3.Connection:
        # No URI parsing: a path containing '?' or '#' is a path.
        return sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    # QueuePool, as SQLAlchemy chooses for a file: the path-less URL would otherwise get the
    # in-memory database's SingletonThreadPool, which closes the connections of other
    # threads once more than five threads have used it — under a query still running there
    # ("Cannot operate on a closed database", a crash in SQLite).  Each checkout is exclusive.
    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", _configure)
    event.listen(engine, "begin", _begin)
    return engine


def read_only_uri(path: Path) -> str:
    """``file:`` URI opening ``path`` read-only (percent-encoded, so '?' and '#' stay path)."""
    text = path.absolute().as_posix()
    if not text.startswith("/"):  # a Windows drive path: file:///C:/...
        text = "/" + text
    quoted = "".join(chr(b) if b in _URI_SAFE or (b == ord(":") and i == 2) else f"%{b:02X}"
                     for i, b in enumerate(text.encode("utf-8")))
    return f"file://{quoted}?mode=ro"


@dataclass(frozen=True)
class Probe:
    """What is in a database file, read without changing it."""

    empty: bool  # no tables at all (a new or zero-length file)
    ours: bool  # made by this app (has its version table)
    revision: str | None  # Alembic revision, None before the conversion to Alembic
    legacy_version: int | None  # version of the first wave's hand-written runner
    mode: str | None  # "clinical" / "training"


def probe(path: Path) -> Probe:
    """Inspect ``path`` read-only: quick_check, then whose file and which schema it is.

    Raises ``CorruptDatabaseError`` for a damaged file or one that is not SQLite at all.
    """
    if path.stat().st_size == 0:
        return Probe(True, False, None, None, None)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise _failure(path, exc) from None
    try:
        check = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
        if check != ["ok"]:
            raise unreadable(path, "quick_check: " + "; ".join(check[:3]))
        names = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        if not names:
            return Probe(True, False, None, None, None)
        revision = legacy = mode = None
        if "alembic_version" in names:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if "schema_migrations" in names:
            legacy = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
        if "store_meta" in names:
            row = conn.execute("SELECT value FROM store_meta WHERE key = 'mode'").fetchone()
            mode = row[0] if row else None
        ours = "alembic_version" in names or "schema_migrations" in names
        return Probe(False, ours, revision, legacy, mode)
    except sqlite3.DatabaseError as exc:
        raise _failure(path, exc) from None
    finally:
        conn.close()


def _failure(path: Path, exc: sqlite3.Error) -> StoreError:
    """Damage is reported as damage; a file that cannot be opened or is locked is not."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or not isinstance(
            exc, sqlite3.OperationalError):
        return unreadable(path, str(exc))
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return ReadOnlyDatabaseError.worded(
            "read_only", N_("The database {file} cannot be opened: it or its folder is "
                            "read-only for this user."),
            NOTHING_WAS_SAVED, ASK_WRITE_ACCESS, file=str(path))
    return translate(exc, Place.database(path))


def unreadable(path: Path, detail: str) -> CorruptDatabaseError:
    return said(CorruptDatabaseError, "damaged", Place.database(path), NOTHING_CHANGED,
                KEEP_FILE_BACKUP, detail=detail)


def integrity_check(engine: Engine) -> list[str]:
    """``PRAGMA integrity_check`` rows: ``["ok"]`` for a sound file."""
    with engine.connect() as conn:
        return [str(r) for r in conn.exec_driver_sql("PRAGMA integrity_check").scalars()]
