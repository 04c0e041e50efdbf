"""One open record database, SQLite or PostgreSQL, behind the same two transaction kinds.

``Database.write()`` is a transaction that may append to the audit chain: SQLite takes the
write lock at ``BEGIN IMMEDIATE``, PostgreSQL takes the chain's advisory lock first.
``Database.read()`` is a read-only snapshot.  Both translate every driver or OS failure into
a ``StoreError`` sentence (``store.faults``) after the transaction was rolled back.

``open_sqlite`` / ``open_postgres`` check the database before anything uses it: a foreign,
damaged, newer or wrong-mode database is refused (SQLite files untouched); an older SQLite file
is migrated in place at open (one user, one file); a PostgreSQL database that is behind is
refused with "ask IT to run ``immunosep db migrate``" unless ``migrate=True`` (that command),
because the application role may not change the schema.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine

from desktop_app.i18n import N_
from desktop_app.store import postgres, schema, sqlite
from desktop_app.store.errors import MigrationNeededError, ModeMismatchError, SchemaError
from desktop_app.store.fault_words import NOTHING_WAS_SAVED, Place
from desktop_app.store.faults import translated
from desktop_app.store.location import create_private_file

logger = logging.getLogger(__name__)

CLINICAL, TRAINING = "clinical", "training"
Clock = Callable[[], datetime]


@dataclass
class Database:
    """An engine with its kind and the place its failures are said about."""

    kind: str  # "sqlite" | "postgresql"
    engine: Engine
    where: Place  # the database file, or the ward database server
    display: str  # the file path, or role@host:port/database
    path: Path | None = None  # the SQLite file
    database_id: str = ""
    migrated: tuple[str | None, str | None] | None = field(default=None)

    @property
    def is_sqlite(self) -> bool:
        return self.kind == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with translated(self.where), self.engine.begin() as conn:
            if not self.is_sqlite:
                postgres.lock_for_append(conn)
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        options = sqlite.READ_ONLY if self.is_sqlite else postgres.READ_ONLY
        with translated(self.where), self.engine.connect() as conn, \
                conn.execution_options(**options).begin():
            yield conn

    def revision(self) -> str | None:
        with self.read() as conn:
            return schema.current_revision(conn, self.where)

    def dispose(self) -> None:
        self.engine.dispose()


def open_sqlite(path: Path, *, training: bool, now: Clock, os_user: str) -> Database:
    """Create or open the SQLite file at ``path``; check it and migrate it in place."""
    where = Place.database(path)
    wanted = TRAINING if training else CLINICAL
    with translated(where):
        create_private_file(path)
        found = sqlite.probe(path)
    if not found.empty and not found.ours:
        raise SchemaError.worded(
            "not_immunosep", N_("{file} is an SQLite database but not an ImmunoSep database; "
                                "choose another data folder."),
            N_("The file was left as it was."), file=str(path))
    if found.ours and found.mode != wanted:
        raise _other_mode(path, found.mode)
    revision = found.revision or schema.legacy_revision(found.legacy_version, where)
    schema.check_known(revision, where)
    db = Database("sqlite", sqlite.make_engine(path), where, str(path), path)
    try:
        if found.empty or revision != schema.HEAD or found.legacy_version is not None:
            _migrate(db, now=now, os_user=os_user, mode=wanted)
        db.database_id = _database_id(db)
    except BaseException:
        db.dispose()
        raise
    return db


def open_postgres(target: postgres.PostgresTarget, *, now: Clock, os_user: str,
                  migrate: bool = False) -> Database:
    """Connect to the ward database; refuse it unless its schema is this app's (or migrate)."""
    where = Place.ward(target.display)
    with translated(where):
        engine = postgres.make_engine(target)
    db = Database("postgresql", engine, where, target.display)
    try:
        revision = db.revision()
        schema.check_known(revision, where)
        if revision != schema.HEAD:
            if not migrate:
                raise _migration_needed(target.display, revision)
            _migrate(db, now=now, os_user=os_user, mode=CLINICAL)
        with db.read() as conn:
            mode = schema.read_meta(conn, "mode")
        if mode != CLINICAL:
            raise _not_clinical(target.display, mode)
        db.database_id = _database_id(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _other_mode(path: Path, mode: str | None) -> ModeMismatchError:
    """A database of the other mode, or of none, never opens: one sentence per case (languages
    agree their words with "training" and "clinical")."""
    if mode == TRAINING:
        template = N_("{file} is a training database and cannot be opened as the clinical "
                      "database: training and clinical records are kept strictly apart.")
    elif mode == CLINICAL:
        template = N_("{file} is a clinical database and cannot be opened as the training "
                      "database: training and clinical records are kept strictly apart.")
    else:
        template = N_("{file} is marked neither as a clinical nor as a training database and "
                      "cannot be opened: training and clinical records are kept strictly "
                      "apart.")
    return ModeMismatchError.worded("mode_mismatch", template, file=str(path))


def _not_clinical(server: str, mode: str | None) -> ModeMismatchError:
    """The ward database is the clinical one, never a training or unmarked one (one sentence
    per case, as ``_other_mode``: no raw mode value inside a translated sentence)."""
    if mode == TRAINING:
        template = N_("The ward database {server} is a training database, not the clinical "
                      "database: training and clinical records are kept strictly apart.")
    else:
        template = N_("The ward database {server} is not marked as a clinical database and "
                      "cannot be used: training and clinical records are kept strictly apart.")
    return ModeMismatchError.worded("mode_mismatch", template, server=server)


def _migration_needed(server: str, revision: str | None) -> MigrationNeededError:
    """A ward database behind this app: IT migrates it, a workstation cannot."""
    ask_it = N_("Ask IT to run 'immunosep db migrate --db-user OWNER' (the database owner "
                "role) once; workstations cannot change the schema.")
    if revision is None:
        return MigrationNeededError.worded(
            "migration_needed", N_("The ward database {server} is empty, but this app needs "
                                   "schema {head}."),
            NOTHING_WAS_SAVED, ask_it, server=server, head=schema.HEAD)
    return MigrationNeededError.worded(
        "migration_needed", N_("The ward database {server} has schema {revision}, but this app "
                               "needs schema {head}."),
        NOTHING_WAS_SAVED, ask_it, server=server, revision=revision, head=schema.HEAD)


def _migrate(db: Database, *, now: Clock, os_user: str, mode: str) -> None:
    with db.write() as conn:
        before, after = schema.upgrade(conn, now=now(), os_user=os_user, mode=mode,
                                       where=db.where)
    if before != after:
        db.migrated = (before, after)
        logger.info("database schema migrated from %s to %s", before, after)


def _database_id(db: Database) -> str:
    with db.read() as conn:
        return schema.read_meta(conn, "database_id") or ""
