"""Turning driver and OS failures into ``StoreError`` sentences, without leaking data.

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

logger = logging.getLogger(__name__)

# Primary SQLite result codes (sqlite3.h); Python 3.11+ exposes them as ``sqlite_errorcode``.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_CONSTRAINT, _SQLITE_NOTADB = 19, 26

NOTHING_SAVED = "Nothing of this operation was saved."


@contextmanager
def translated(where: str) -> Iterator[None]:
    """Run a database operation; re-raise any failure as a ``StoreError`` about ``where``
    (e.g. "the database /home/…/clinical.sqlite" or "the ward database db.icu:5432/immunosep")."""
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


def translate(exc: BaseException, where: str, *, lost: bool = False) -> StoreError:
    """The ``StoreError`` (with its sentence) for a driver or OS exception."""
    if isinstance(exc, sqlite3.Error):
        return _sqlite(exc, where)
    if isinstance(exc, OSError):
        return _os(exc, where)
    if isinstance(exc, UnicodeError):
        return RecordError("Some text given for the record is not valid Unicode (bytes that "
                           f"are not UTF-8). {NOTHING_SAVED}")
    if _is_psycopg_error(exc):
        return _postgres(exc, where, lost=lost)
    return StoreError(f"{_cap(where)} failed ({type(exc).__name__}). {NOTHING_SAVED}")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sqlite(exc: sqlite3.Error, where: str) -> StoreError:
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).strip()  # SQLite messages name tables/constraints, never bound values
    if code == _SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError(f"The disk holding {where} is full. {NOTHING_SAVED} Free some "
                             "disk space (or ask IT), then try again.")
    if code in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly database" in text:
        return ReadOnlyDatabaseError(
            f"{_cap(where)} is read-only for this user. {NOTHING_SAVED} Ask IT to give this "
            "account write access to the database file and its folder.")
    if code == _SQLITE_CANTOPEN:
        return DataFolderError(f"{_cap(where)} cannot be opened (the file or its folder is "
                               "missing or not accessible).")
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return DatabaseUnavailableError(
            f"{_cap(where)} is busy: another program kept it locked for too long. "
            f"{NOTHING_SAVED} Try again.")
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return CorruptDatabaseError(
            f"{_cap(where)} is damaged or is not an ImmunoSep database ({text}). Keep the file "
            "for investigation and restore the latest backup.")
    if code == _SQLITE_IOERR:
        return StoreError(f"A disk error stopped writing {where} ({text}). {NOTHING_SAVED} "
                          "Check the disk, then try again.")
    if code == _SQLITE_CONSTRAINT or isinstance(exc, sqlite3.IntegrityError):
        return RecordError(f"The database refused the record ({text}). {NOTHING_SAVED}")
    return StoreError(f"{_cap(where)} could not be used ({text}). {NOTHING_SAVED}")


def _os(exc: OSError, where: str) -> StoreError:
    reason = exc.strerror or type(exc).__name__
    if exc.errno == errno.ENOSPC:
        return DiskFullError(f"The disk holding {where} is full. {NOTHING_SAVED} Free some "
                             "disk space (or ask IT), then try again.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyDatabaseError(f"{_cap(where)} cannot be written: {reason}. "
                                     f"{NOTHING_SAVED}")
    return StoreError(f"{_cap(where)} could not be used: {reason}. {NOTHING_SAVED}")


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


def _postgres(exc: BaseException, where: str, *, lost: bool) -> StoreError:
    state = getattr(exc, "sqlstate", None) or ""
    text = _primary(exc)
    if state in ("28000", "28P01", "3D000") or (
            not state and any(p in text for p in _LOGIN_REFUSED)):
        return AccessDeniedError(
            f"{_cap(where)} refused the login ({text}). Ask IT to check the database role and "
            "its password (OS keyring or .pgpass) or Kerberos ticket.")
    if state == "42501":
        return AccessDeniedError(f"{_cap(where)} refused the operation: the database role "
                                 f"lacks a privilege ({text}). {NOTHING_SAVED}")
    if state.startswith("53"):
        return DiskFullError(f"The server of {where} is out of disk space or memory ({text}). "
                             f"{NOTHING_SAVED} Tell IT.")
    if state == "25006":
        return ReadOnlyDatabaseError(f"{_cap(where)} accepts no writes at the moment (read-only "
                                     f"server). {NOTHING_SAVED}")
    if state in ("40001", "40P01", "55P03", "57014"):
        return DatabaseUnavailableError(f"{_cap(where)} is busy ({text}). {NOTHING_SAVED} "
                                        "Try again.")
    if state.startswith("23") or state == "P0001":
        return RecordError(f"The database refused the record ({text}). {NOTHING_SAVED}")
    if lost or not state or state.startswith("08") or state.startswith("57P"):
        return DatabaseUnavailableError(
            f"{_cap(where)} cannot be reached ({text}). {NOTHING_SAVED} Nothing is stored on "
            "this computer instead; try again when the server is back, or ask IT if this "
            "persists.")
    return StoreError(f"{_cap(where)} could not be used ({text}). {NOTHING_SAVED}")
