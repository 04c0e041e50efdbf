"""What the store says about a failure: one whole sentence per failure and kind of place.

A failure concerns a place: the record database file (SQLite), the ward database server
(PostgreSQL) or a backup file.  Languages decline nouns and make articles and verbs agree with
them, so a place is never a phrase put into another sentence ("the disk holding {where}"):
each failure has its sentence for each kind of place it can concern, with the file or the
server as a field shown as it is.  The advice that follows ("Nothing of this operation was
saved.", "Try again.") is a sentence of its own, translated once and said the same everywhere.

``tools/i18n.py update`` collects every ``N_`` text here into the catalogues (context ``Text``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from desktop_app.i18n import N_
from desktop_app.store.errors import StoreError

DATABASE, WARD, BACKUP = "database", "ward", "backup"
PLACES = (DATABASE, WARD, BACKUP)


@dataclass(frozen=True)
class Place:
    """What a failure is about: ``kind`` (``DATABASE``, ``WARD``, ``BACKUP``) and its name, the
    file path or the ward server (``role@host:port/database``)."""

    kind: str
    name: str

    @classmethod
    def database(cls, path: Path | str) -> Place:
        return cls(DATABASE, str(path))

    @classmethod
    def ward(cls, display: str) -> Place:
        return cls(WARD, display)

    @classmethod
    def backup(cls, path: Path | str) -> Place:
        return cls(BACKUP, str(path))

    @property
    def fields(self) -> dict[str, str]:
        """The place as the field of its sentences: ``{server}`` or ``{file}``."""
        return {"server": self.name} if self.kind == WARD else {"file": self.name}


# -- sentences that follow a failure (no fields) ----------------------------------------------
NOTHING_SAVED = N_("Nothing of this operation was saved.")
NOTHING_WAS_SAVED = N_("Nothing was saved.")
NOTHING_CHANGED = N_("Nothing was changed.")
TRY_AGAIN = N_("Try again.")
FREE_DISK = N_("Free some disk space (or ask IT), then try again.")
CHECK_DISK = N_("Check the disk, then try again.")
ASK_WRITE_ACCESS = N_("Ask IT to give this account write access to the database file and its "
                      "folder.")
KEEP_FILE = N_("Keep the file for investigation and restore the latest backup.")
KEEP_FILE_BACKUP = N_("Keep the file for investigation and restore the latest backup "
                      "(immunosep db backup makes one).")
TELL_IT = N_("Tell IT.")
NO_LOCAL_COPY = N_("Nothing is stored on this computer instead; try again when the server is "
                   "back, or ask IT if this persists.")
CHECK_LOGIN = N_("Ask IT to check the database role and its password (OS keyring or .pgpass) "
                 "or Kerberos ticket.")
USE_NEWER_APP = N_("Use the newer version of the app that wrote it.")

# -- the failure itself, per kind of place ------------------------------------------------------
# Fields: {file} / {server} (the place), {detail} (the driver's primary message: names tables
# or constraints, never values), {reason} (the operating system's error text), {error} (an
# exception class name).
FAULTS: dict[str, dict[str, str]] = {
    "disk_full": {
        DATABASE: N_("The disk holding the database {file} is full."),
        BACKUP: N_("The disk holding the backup {file} is full."),
        WARD: N_("The disk holding the ward database {server} is full."),
    },
    "read_only": {
        DATABASE: N_("The database {file} is read-only for this user."),
        BACKUP: N_("The backup {file} is read-only for this user."),
    },
    "cannot_open": {
        DATABASE: N_("The database {file} cannot be opened (the file or its folder is missing "
                     "or not accessible)."),
        BACKUP: N_("The backup {file} cannot be opened (the file or its folder is missing or "
                   "not accessible)."),
    },
    "locked": {
        DATABASE: N_("The database {file} is busy: another program kept it locked for too "
                     "long."),
        BACKUP: N_("The backup {file} is busy: another program kept it locked for too long."),
    },
    "damaged": {
        DATABASE: N_("The database {file} is damaged or is not an ImmunoSep database "
                     "({detail})."),
        BACKUP: N_("The backup {file} is damaged or is not an ImmunoSep database ({detail})."),
    },
    "disk_error": {
        DATABASE: N_("A disk error stopped writing the database {file} ({detail})."),
        BACKUP: N_("A disk error stopped writing the backup {file} ({detail})."),
    },
    "unusable": {
        DATABASE: N_("The database {file} could not be used ({detail})."),
        BACKUP: N_("The backup {file} could not be used ({detail})."),
        WARD: N_("The ward database {server} could not be used ({detail})."),
    },
    "unusable_os": {
        DATABASE: N_("The database {file} could not be used: {reason}."),
        BACKUP: N_("The backup {file} could not be used: {reason}."),
        WARD: N_("The ward database {server} could not be used: {reason}."),
    },
    "not_writable": {
        DATABASE: N_("The database {file} cannot be written: {reason}."),
        BACKUP: N_("The backup {file} cannot be written: {reason}."),
        WARD: N_("The ward database {server} cannot be written: {reason}."),
    },
    "failed": {
        DATABASE: N_("The database {file} failed ({error})."),
        BACKUP: N_("The backup {file} failed ({error})."),
        WARD: N_("The ward database {server} failed ({error})."),
    },
    "login_refused": {
        WARD: N_("The ward database {server} refused the login ({detail})."),
    },
    "privilege_missing": {
        WARD: N_("The ward database {server} refused the operation: the database role lacks "
                 "a privilege ({detail})."),
    },
    "server_full": {
        WARD: N_("The server of the ward database {server} is out of disk space or memory "
                 "({detail})."),
    },
    "server_read_only": {
        WARD: N_("The ward database {server} accepts no writes at the moment (read-only "
                 "server)."),
    },
    "server_busy": {
        WARD: N_("The ward database {server} is busy ({detail})."),
    },
    "unreachable": {
        WARD: N_("The ward database {server} cannot be reached ({detail})."),
    },
    "schema_newer": {
        DATABASE: N_("The database {file} has schema {revision}, newer than this app "
                     "understands ({head})."),
        WARD: N_("The ward database {server} has schema {revision}, newer than this app "
                 "understands ({head})."),
    },
    "schema_version_newer": {
        DATABASE: N_("The database {file} has schema version {version}, newer than this app "
                     "understands."),
        WARD: N_("The ward database {server} has schema version {version}, newer than this "
                 "app understands."),
    },
}

# Failures that are not about a place.
RECORD_REFUSED = N_("The database refused the record ({detail}).")
NOT_UNICODE = N_("Some text given for the record is not valid Unicode (bytes that are not "
                 "UTF-8).")

E = TypeVar("E", bound=StoreError)


def said(cls: type[E], code: str, place: Place, *then: str, **params: object) -> E:
    """An error of class ``cls`` with the sentence of failure ``code`` about ``place`` (its
    file or server filled in), followed by the sentences ``then``."""
    return cls.worded(code, FAULTS[code][place.kind], *then, **place.fields, **params)
