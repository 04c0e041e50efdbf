"""Errors of the record store.  Every message says what is wrong and what to do."""

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


class RecordError(StoreError):
    """A record operation that is not allowed (unknown id, second correction, empty reason)."""
