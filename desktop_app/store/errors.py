"""Errors of the record store.  Every message says what is wrong and what to do.

``str(error)`` is a sentence for the user (the window shows "Not saved: <sentence>", the command
line "not saved: <sentence>").  No message ever carries a patient identifier, a lab value or
the SQL that failed: driver messages are reduced to their primary text before they get here.
"""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be used as asked; ``str()`` is a sentence for the user."""


class NetworkShareError(StoreError):
    """The database would live on a network file system, where SQLite locking is unreliable."""


class CorruptDatabaseError(StoreError):
    """The file is not an SQLite database, or fails ``PRAGMA quick_check``."""


class ModeMismatchError(StoreError):
    """A training database opened as the clinical one, or the reverse."""


class SchemaError(StoreError):
    """Unknown or newer schema: the file was not made by (this version of) the app."""


class MigrationNeededError(SchemaError):
    """A shared database whose schema is older than the app: IT must run ``db migrate``."""


class RecordError(StoreError):
    """A record operation that is not allowed (unknown id, second correction, empty reason)."""


class DataFolderError(StoreError):
    """The data folder cannot be created or written (permissions, a file in the way)."""


class DatabaseUnavailableError(StoreError):
    """The database server cannot be reached, or the connection was lost mid-operation.

    Nothing was written by the failed operation; the next operation reconnects.  The app never
    falls back to a local file instead (clinical records must not fork)."""


class AccessDeniedError(StoreError):
    """The server refused the login or the statement (role, password, privileges)."""


class DiskFullError(StoreError):
    """The disk (or the server's disk) is full; the transaction was rolled back."""


class ReadOnlyDatabaseError(StoreError):
    """The database file or server accepts no writes for this user."""


class ImportCancelledError(StoreError):
    """An import was cancelled before it was stored; nothing from it was kept."""
