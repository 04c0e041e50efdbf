"""Turning driver and OS failures into ``StoreError`` sentences, without leaking data.

The sentences themselves, one per failure and kind of place, are in ``store.fault_words``.

SQLAlchemy's ``DBAPIError`` text includes the failed SQL *and its parameters* (a patient
identifier, a lab value), and PostgreSQL's error detail repeats key values ("Key
(identifier)=(BED-7) already exists").  So only the error *class* and the driver's primary
message reach the user, never the statement, the parameters or the detail; the original
exception is dropped (``from None``) so no traceback can print it either.

Every failure here happens inside a transaction that is then rolled back: a ``StoreError`` from
a write always means "nothing of this operation was stored".
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from desktop_app.store.errors import (
    AccessDeniedError,
    CorruptDatabaseError,
    DatabaseUnavailableError,
    DataFolderError,
    DiskFullError,
    ReadOnlyDatabaseError,
    RecordError,
    StoreError,
)
from desktop_app.store.fault_words import (
    ASK_WRITE_ACCESS,
    CHECK_DISK,
    CHECK_LOGIN,
    FREE_DISK,
    KEEP_FILE,
    NO_LOCAL_COPY,
    NOT_UNICODE,
    NOTHING_SAVED,
    RECORD_REFUSED,
    TELL_IT,
    TRY_AGAIN,
    WARD,
    Place,
    said,
)

logger = logging.getLogger(__name__)

# Primary SQLite result codes (sqlite3.h); Python 3.11+ exposes them as ``sqlite_errorcode``.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_CONSTRAINT, _SQLITE_NOTADB = 19, 26


@contextmanager
def translated(where: Place) -> Iterator[None]:
    """Run a database operation; re-raise any failure as a ``StoreError`` about ``where``
    (the database file, the ward database server or a backup file)."""
    try:
        yield
    except StoreError:
        raise
    except DBAPIError as exc:
        error = translate(exc.orig if exc.orig is not None else exc, where,
                          lost=bool(exc.connection_invalidated))
        logger.warning("database operation failed: %s", type(error).__name__)
        raise error from None
    except (sqlite3.Error, OSError, UnicodeError) as exc:
        error = translate(exc, where)
        logger.warning("database operation failed: %s", type(error).__name__)
        raise error from None
    except Exception as exc:
        if _is_psycopg_error(exc):
            error = translate(exc, where)
            logger.warning("database operation failed: %s", type(error).__name__)
            raise error from None
        raise


def translate(exc: BaseException, where: Place, *, lost: bool = False) -> StoreError:
    """The ``StoreError`` (with its sentence) for a driver or OS exception."""
    if isinstance(exc, sqlite3.Error) and where.kind != WARD:
        return _sqlite(exc, where)
    if isinstance(exc, OSError):
        return _os(exc, where)
    if isinstance(exc, UnicodeError):
        return RecordError.worded("not_unicode", NOT_UNICODE, NOTHING_SAVED)
    if _is_psycopg_error(exc) and where.kind == WARD:
        return _postgres(exc, where, lost=lost)
    return said(StoreError, "failed", where, NOTHING_SAVED, error=type(exc).__name__)


def _sqlite(exc: sqlite3.Error, where: Place) -> StoreError:
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).strip()  # SQLite messages name tables/constraints, never bound values
    if code == _SQLITE_FULL or "database or disk is full" in text:
        return said(DiskFullError, "disk_full", where, NOTHING_SAVED, FREE_DISK)
    if code in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly database" in text:
        return said(ReadOnlyDatabaseError, "read_only", where, NOTHING_SAVED, ASK_WRITE_ACCESS)
    if code == _SQLITE_CANTOPEN:
        return said(DataFolderError, "cannot_open", where)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return said(DatabaseUnavailableError, "locked", where, NOTHING_SAVED, TRY_AGAIN)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return said(CorruptDatabaseError, "damaged", where, KEEP_FILE, detail=text)
    if code == _SQLITE_IOERR:
        return said(StoreError, "disk_error", where, NOTHING_SAVED, CHECK_DISK, detail=text)
    if code == _SQLITE_CONSTRAINT or isinstance(exc, sqlite3.IntegrityError):
        return RecordError.worded("record_refused", RECORD_REFUSED, NOTHING_SAVED, detail=text)
    return said(StoreError, "unusable", where, NOTHING_SAVED, detail=text)


def _os(exc: OSError, where: Place) -> StoreError:
    reason = exc.strerror or type(exc).__name__
    if exc.errno == errno.ENOSPC:
        return said(DiskFullError, "disk_full", where, NOTHING_SAVED, FREE_DISK)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return said(ReadOnlyDatabaseError, "not_writable", where, NOTHING_SAVED, reason=reason)
    return said(StoreError, "unusable_os", where, NOTHING_SAVED, reason=reason)


def _is_psycopg_error(exc: BaseException) -> bool:
    return type(exc).__module__.startswith("psycopg")


def _primary(exc: BaseException) -> str:
    """The primary message only: PostgreSQL's DETAIL can repeat key values (identifiers)."""
    diag = getattr(exc, "diag", None)
    text = getattr(diag, "message_primary", None) or str(exc).split("\nDETAIL:")[0]
    return " ".join(str(text).split())[:300]


# libpq reports a refused login while connecting without an SQLSTATE; these phrases say so.
_LOGIN_REFUSED = ("password authentication failed", "no password supplied",
                  "authentication failed", "does not exist", "no pg_hba.conf entry",
                  "permission denied for database")


def _postgres(exc: BaseException, where: Place, *, lost: bool) -> StoreError:
    state = getattr(exc, "sqlstate", None) or ""
    text = _primary(exc)
    if state in ("28000", "28P01", "3D000") or (
            not state and any(p in text for p in _LOGIN_REFUSED)):
        return said(AccessDeniedError, "login_refused", where, CHECK_LOGIN, detail=text)
    if state == "42501":
        return said(AccessDeniedError, "privilege_missing", where, NOTHING_SAVED, detail=text)
    if state.startswith("53"):
        return said(DiskFullError, "server_full", where, NOTHING_SAVED, TELL_IT, detail=text)
    if state == "25006":
        return said(ReadOnlyDatabaseError, "server_read_only", where, NOTHING_SAVED)
    if state in ("40001", "40P01", "55P03", "57014"):
        return said(DatabaseUnavailableError, "server_busy", where, NOTHING_SAVED, TRY_AGAIN,
                    detail=text)
    if state.startswith("23") or state == "P0001":
        return RecordError.worded("record_refused", RECORD_REFUSED, NOTHING_SAVED, detail=text)
    if lost or not state or state.startswith("08") or state.startswith("57P"):
        return said(DatabaseUnavailableError, "unreachable", where, NOTHING_SAVED,
                    NO_LOCAL_COPY, detail=text)
    return said(StoreError, "unusable", where, NOTHING_SAVED, detail=text)
