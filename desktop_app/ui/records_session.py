"""The window's connection to the record store: opened off the GUI thread, faults in words.

One ``RecordsSession`` per main window.  The store of the current mode (clinical or training,
two separate databases) is opened lazily on a pool thread, right after the first paint, so
SQLAlchemy stays off the start-up path.  Every operation (``run``) executes on a pool thread
with the open store; its outcome comes back on the GUI thread.

Faults never become tracebacks: a ``StoreError`` carries its own sentence for the user, said
in the window's language (``StoreError.localized``); an ``OSError`` (a data folder that cannot
be created, a read-only disk) and anything unexpected are put in words here.  After a fault the
store is closed and marked unavailable with that sentence, and the next operation tries to open
it again (a restarted server is picked up by the next action; clinical data never fall back to
another file).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.ui.language import text_translator

if TYPE_CHECKING:
    from desktop_app.services.records import Store

logger = logging.getLogger(__name__)


def open_records(data_dir: Path, *, training: bool) -> Store:
    """The one place the window opens its store (the composition root of the store area may
    replace this with the site's configured database)."""
    from desktop_app.services.records import open_store

    return open_store(data_dir, training=training)


class StoreFault(Exception):
    """A store operation failed; ``str()`` is the sentence shown after "Not saved:"."""


def fault_sentence(exc: BaseException) -> str:
    """What the user reads for ``exc`` (never a traceback, never a patient value)."""
    from desktop_app.services.records import StoreError

    if isinstance(exc, StoreError):
        return exc.localized(text_translator())
    if isinstance(exc, StoreFault):
        return str(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "RecordsSession", "the record database cannot be opened or written ({reason})."
        ).format(reason=exc.strerror or type(exc).__name__)
    return QCoreApplication.translate(
        "RecordsSession", "an unexpected error occurred in the record database ({kind}); "
        "nothing was changed.").format(kind=type(exc).__name__)


class RecordsSession(QObject):
    """Opens, reuses and closes the store of the window's current mode."""

    availability_changed = Signal()  # ``unavailable_reason`` changed
    changed = Signal(str)  # records of this patient identifier were written

    def __init__(self, data_dir: Path, *, training: bool,
                 opener: Callable[..., Store] = open_records,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.training = training
        self._opener = opener
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._running = 0  # operations on pool threads using the store
        self._close_pending = False
        self._fault: BaseException | None = None  # why the store cannot be used now
        self.checked = False  # an open has been attempted since the last mode switch

    # -- lifecycle ----------------------------------------------------------------------------
    def switch(self, training: bool) -> None:
        """Use the other mode's database from now on (the current one is closed)."""
        if training == self.training:
            return
        self.close()
        self.training = training
        self.checked = False
        self._set_fault(None)

    def check(self) -> None:
        """Open the store in the background, so the window can say at once if it cannot."""
        self.run(lambda _store: None, on_success=lambda _r: None, on_error=lambda _m: None)

    def close(self) -> None:
        """Close the store now, or, while an operation still uses it on a pool thread, as
        soon as the last one ends (closing a connection under a running query can crash the
        database driver)."""
        with self._lock:
            if self._running:
                self._close_pending = True
                return
            store, self._store = self._store, None
        if store is not None:
            store.close()

    # -- operations ---------------------------------------------------------------------------
    def run(self, operation: Callable[..., Any], *, on_success: Callable[[Any], None],
            on_error: Callable[[str], None], parent: Any = None, label: str | None = None,
            changed_patient: str | None = None, pass_control: bool = False,
            on_progress: Callable[[int, int], None] | None = None,
            on_cancelled: Callable[[], None] | None = None,
            training: bool | None = None) -> Any:
        """``operation(store)`` on a pool thread; ``on_success(result)`` or
        ``on_error(sentence)`` on the GUI thread.  ``changed_patient``: emit ``changed`` with
        this identifier after a successful write.  ``pass_control``: the operation is called
        as ``operation(store, progress=, should_cancel=)`` (``ui.workers``), with
        ``on_progress`` and ``on_cancelled``.  ``training``: refuse (``on_error``) unless the
        session is in that mode.  Returns the ``BackgroundTask``."""
        from desktop_app.ui.workers import run_in_background

        mode = self.training
        if training is not None and training != mode:
            on_error(QCoreApplication.translate(
                "RecordsSession", "the window has switched between training and clinical mode "
                "since this was opened; switch back to store it."))
            return None

        def work(**control: Any) -> Any:
            with self._lock:
                self._running += 1
            try:
                return operation(self._open(mode), **control)
            finally:
                with self._lock:
                    self._running -= 1
                    last = self._running == 0 and self._close_pending
                    if last:
                        self._close_pending = False
                if last:
                    self.close()

        def succeeded(result: Any) -> None:
            self.checked = True
            self._set_fault(None)
            on_success(result)
            if changed_patient is not None:
                self.changed.emit(changed_patient)

        def failed(exc: BaseException) -> None:
            self.checked = True
            sentence = fault_sentence(exc)
            if not _is_refusal(exc):  # a refused operation says nothing about the database
                self.close()
                self._set_fault(exc)
            on_error(sentence)

        return run_in_background(work, on_success=succeeded, on_error=failed, parent=parent,
                                 label=label, pass_control=pass_control,
                                 on_progress=on_progress, on_cancelled=on_cancelled)

    def _open(self, training: bool) -> Store:
        with self._lock:
            if self._store is None or self._store.training != training:
                self._store = self._opener(self.data_dir, training=training)
            return self._store

    @property
    def unavailable_reason(self) -> str | None:
        """Why the store cannot be used now, in the window's current language (so a language
        switch re-words it); ``None`` when it can."""
        return None if self._fault is None else fault_sentence(self._fault)

    def _set_fault(self, fault: BaseException | None) -> None:
        before = self.unavailable_reason
        self._fault = fault
        if self.unavailable_reason != before:
            self.availability_changed.emit()


def _is_refusal(exc: BaseException) -> bool:
    """A record operation the store refused (second correction, empty reason, unknown id)."""
    from desktop_app.services.records import RecordError

    return isinstance(exc, RecordError)
