"""Errors of the record store.  Every message says what is wrong and what to do.

``str(error)`` is the English sentence (the command line's "not saved: <sentence>" on stderr,
the log); the window shows "Not saved: <sentence>" in the reader's language with
``error.localized(tr)``.  An error carries a machine-readable ``code``, its first sentence as
an English ``template`` (marked with ``N_`` where it is written, so ``tools/i18n.py update``
collects it) with the values of its fields (``params``), and the whole sentences that follow it
(``then``: "Nothing of this operation was saved.", "Try again." — each its own catalogue entry,
the same wherever it is said).  Each sentence is translated whole; a language never joins
fragments.  A file path or a server is a field shown as it is; numbers and dates are written
the reader's way.

No message or field ever carries a patient identifier, a lab value or the SQL that failed:
driver messages are reduced to their primary text before they get here (``store.faults``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from desktop_app.i18n import Translator
    from desktop_app.i18n.translation import FindingLike


class StoreError(Exception):
    """The database cannot be used as asked; ``str()`` is the English sentence.

    Raise one with ``worded(code, N_("template {field}"), *then, field=value)``; a sentence of
    the clinical core (a refused identifier) with ``of_finding``.  An error made from a ready
    text (``StoreError("…")``) is English in every language.
    """

    def __init__(self, message: str, *, code: str = "store_error", template: str = "",
                 params: Mapping[str, object] | None = None, then: tuple[str, ...] = (),
                 finding: FindingLike | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.template = template
        self.params = dict(params or {})
        self.then = then
        self.finding = finding

    @classmethod
    def worded(cls, code: str, template: str, /, *then: str, **params: object) -> Self:
        """``template`` filled with ``params`` (a ``str`` shown as it is, an ``int``, ``date``
        … written the reader's way; another ``StoreError`` words itself), then the sentences
        ``then`` (texts without fields), each marked with ``N_`` where it is written."""
        message = " ".join((template.format(**params), *then))
        return cls(message, code=code, template=template, params=params, then=then)

    @classmethod
    def of_finding(cls, code: str, finding: FindingLike) -> Self:
        """The sentence of a core ``InputError`` (its ``code``, ``template_id``, ``params``;
        rendered by ``Translator.finding``)."""
        return cls(str(finding.message), code=code, finding=finding)

    @property
    def templates(self) -> tuple[str, ...]:
        """The English templates this error is said with (empty for a ready text)."""
        return (self.template, *self.then) if self.template else ()

    def localized(self, tr: Translator) -> str:
        """The sentence in the language of ``tr`` (a ``{reason}`` field of ``tr`` calls this)."""
        if self.finding is not None:
            return tr.finding(self.finding)
        if not self.template:
            return self.message
        return " ".join((tr(self.template, **self.params), *(tr(s) for s in self.then)))


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
