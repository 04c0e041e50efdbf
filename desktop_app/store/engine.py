"""Opening the SQLite file safely: pragmas, explicit transactions, checks, migrations, mode.

- ``journal_mode=WAL`` + ``synchronous=FULL``: a transaction whose COMMIT returned survives an
  application crash, OS crash or power loss (if the disk honours fsync) (hazards §1.8).
- The driver's implicit transactions are switched off (``isolation_level=None``) and every
  transaction starts with an explicit ``BEGIN IMMEDIATE`` (writes) or ``BEGIN`` (reads), so the
  write lock is taken up front and two writers wait on ``busy_timeout`` instead of failing
  half-way with SQLITE_BUSY.
- ``PRAGMA quick_check`` at open: a damaged file is reported, never silently used.
- ``store_meta.mode`` records "clinical" or "training": one can never be opened as the other.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from desktop_app.store import migrations
from desktop_app.store.errors import (
    CorruptDatabaseError,
    ModeMismatchError,
    SchemaError,
    StoreError,
)
from desktop_app.store.location import create_private_file

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
READ_ONLY = {"immunosep_read_only": True}
CLINICAL, TRAINING = "clinical", "training"


def _configure(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(f"SQLite refused WAL journal mode (got {mode!r}).")
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

    engine = create_engine("sqlite+pysqlite://", creator=connect)
    event.listen(engine, "connect", _configure)
    event.listen(engine, "begin", _begin)
    return engine


def _unreadable(path: Path, detail: str) -> CorruptDatabaseError:
    return CorruptDatabaseError(
        f"The database {path} is damaged or is not an ImmunoSep database ({detail}). Nothing "
        "was changed. Keep the file for investigation and restore the latest backup "
        "(immunosep db backup makes one).")


def open_engine(path: Path, *, training: bool, app_version: str) -> Engine:
    """Create or open the database at ``path``, check it and bring its schema up to date.

    Raises ``CorruptDatabaseError``, ``ModeMismatchError`` or ``SchemaError`` with a sentence
    that says what to do; never returns an engine on a file that failed a check.
    """
    create_private_file(path)
    engine = make_engine(path)
    wanted = TRAINING if training else CLINICAL
    try:
        with engine.connect() as conn:
            result = conn.exec_driver_sql("PRAGMA quick_check").scalars().all()
            if result != ["ok"]:
                raise _unreadable(path, "quick_check: " + "; ".join(map(str, result[:3])))
        with engine.begin() as conn:
            _check_identity(conn, path, wanted)
            applied = migrations.migrate(conn, app_version=app_version)
            if migrations.current_version(conn) and not _mode(conn):
                conn.exec_driver_sql("INSERT INTO store_meta (key, value) VALUES ('mode', ?)",
                                     (wanted,))
    except DBAPIError as exc:
        engine.dispose()
        if isinstance(exc.orig, sqlite3.DatabaseError) and not isinstance(
                exc.orig, sqlite3.OperationalError):
            raise _unreadable(path, str(exc.orig)) from None
        raise StoreError(f"The database {path} could not be opened: {exc.orig}") from None
    except BaseException:
        engine.dispose()
        raise
    if applied:
        logger.info("database schema migrated: %s", applied)
    return engine


def _mode(conn: Connection) -> str | None:
    row = conn.exec_driver_sql("SELECT value FROM store_meta WHERE key = 'mode'").first()
    return row[0] if row else None


def _check_identity(conn: Connection, path: Path, wanted: str) -> None:
    version = migrations.current_version(conn)
    if version == 0:
        tables = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").scalar_one()
        if tables:
            raise SchemaError(f"{path} is an SQLite database but not an ImmunoSep database; "
                              "choose another data folder.")
        return
    mode = _mode(conn)
    if mode != wanted:
        raise ModeMismatchError(
            f"{path} is a {mode or 'unmarked'} database and cannot be opened as the {wanted} "
            "database: training and clinical records are kept strictly apart.")
