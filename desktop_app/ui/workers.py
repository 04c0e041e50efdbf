"""Run slow work (import, PDF batch) off the GUI thread: one helper for the whole app.

Usage::

    from desktop_app.ui.workers import run_in_background

    task = run_in_background(
        read_lab_table, path,                 # fn(*args, **kwargs), called on a pool thread
        pass_control=True,                    # also pass progress= and should_cancel= (below)
        on_success=self._on_import_done,      # (result) -> None, GUI thread
        on_error=self._on_import_failed,      # (exception) -> None, GUI thread
        on_progress=None,                     # (done, total) -> None, GUI thread
        on_cancelled=None,                    # () -> None, GUI thread
        on_finished=None,                     # () -> None, GUI thread, always last
        parent=self, label="Reading lab results…")   # optional progress dialog (see below)
    task.cancel()                             # asks fn to stop; see should_cancel

The function
    runs on ``QThreadPool.globalInstance()`` (PySide wraps ``task.run`` in a ``QRunnable`` that
    the pool deletes after it ran).  It must never touch a widget or a pyqtgraph item;
    results come back only through the callbacks.  With ``pass_control=True`` it is called as
    ``fn(*args, progress=progress, should_cancel=should_cancel, **kwargs)`` where
    ``progress(done: int, total: int)`` may be called from the worker as often as wanted
    (delivery is queued to the GUI thread), and ``should_cancel() -> bool`` reads a
    ``threading.Event`` set by ``task.cancel()``.  This is the keyword-only convention of the
    core/io/report functions (architecture §9.4); the helper adds no other protocol.

Outcomes
    exactly one of ``on_success(result)``, ``on_error(exc)`` or ``on_cancelled()`` runs, then
    ``on_finished()``.  Cancelled means ``cancel()`` was called before ``fn`` returned or raised:
    its result (or exception) is then dropped, because the user no longer wants it.  An
    exception is logged with its type only (messages may contain patient data, H31) and passed
    to ``on_error``; without ``on_error`` it is re-raised on the GUI thread (so pytest-qt and
    the app's exception hook see it; nothing fails silently, H27).

Lifetime
    The task is kept in a module-level set until ``finished`` has been delivered, and its Qt
    objects are children of the application object, deleted with ``deleteLater`` on the GUI
    thread after that: a signals object garbage-collected early, or deleted from the pool
    thread, is a classic PySide crash.  ``running_tasks()`` lists the tasks still running
    (tests assert it empties).

Signals
    ``task.signals`` is a ``TaskSignals`` living on the GUI thread with ``progress(int, int)``,
    ``succeeded(object)``, ``failed(object)``, ``cancelled()`` and ``finished()``.  The task
    starts at once, so a slot connected after ``run_in_background`` returns can miss a fast
    task's signals: prefer the callbacks.  In tests, wait with
    ``qtbot.waitUntil(lambda: not running_tasks())`` or on a callback's effect.

Progress dialog
    With ``parent`` and ``label``, a window-modal ``QProgressDialog`` appears only if the work
    takes longer than ``PROGRESS_DELAY_MS`` (500 ms); its Cancel button calls ``task.cancel()``
    and is never a default button (Enter does not cancel; Escape and a click do).
    It shows a busy indicator until the first ``progress`` call gives a total.

One operation at a time per screen: call ``cancel()`` on the previous task before starting the
next one (as Orange's ``ConcurrentMixin`` does); the helper does not queue on your behalf.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

logger = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500
_RUNNING: set[BackgroundTask] = set()


class TaskSignals(QObject):
    """Signals of one task; created on (and living in) the GUI thread."""

    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # always last


class BackgroundTask:
    """One call of ``fn`` on the global thread pool; see the module docstring.

    Ownership: the Qt objects (``signals`` and the callback relay) are children of the
    application object and are deleted with ``deleteLater`` on the GUI thread after
    ``finished``; this Python object may be released on either thread, which is harmless
    because it owns no Qt object itself.
    """

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                 *, pass_control: bool) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("run_in_background needs a QApplication")
        self.signals = TaskSignals(app)
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._pass_control = pass_control
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the function to stop (it must poll ``should_cancel``); drops its result."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # pool thread
        signals = self.signals
        kwargs = dict(self._kwargs)
        if self._pass_control:
            kwargs.update(progress=signals.progress.emit, should_cancel=self._cancel.is_set)
        try:
            result = self._fn(*self._args, **kwargs)
        except BaseException as exc:  # every failure must reach the GUI thread
            if self._cancel.is_set():
                signals.cancelled.emit()
            else:
                logger.error("background task %s failed: %s", _name(self._fn),
                             type(exc).__name__)
                signals.failed.emit(exc)
        else:
            if self._cancel.is_set():
                signals.cancelled.emit()
            else:
                signals.succeeded.emit(result)
        finally:
            signals.finished.emit()


class _Callbacks(QObject):
    """Receives the task's signals on the GUI thread (queued) and calls the user's callbacks."""

    def __init__(self, task: BackgroundTask, on_success: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None,
                 on_progress: Callable[[int, int], None] | None,
                 on_cancelled: Callable[[], None] | None,
                 on_finished: Callable[[], None] | None,
                 dialog: QProgressDialog | None) -> None:
        super().__init__(task.signals.parent())
        self.task = task
        self._success, self._error, self._progress = on_success, on_error, on_progress
        self._cancelled, self._finished, self._dialog = on_cancelled, on_finished, dialog
        s = task.signals
        s.progress.connect(self._on_progress)
        s.succeeded.connect(self._on_succeeded)
        s.failed.connect(self._on_failed)
        s.cancelled.connect(self._on_cancelled)
        s.finished.connect(self._on_finished)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is not None and total > 0:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))
        if self._progress is not None:
            self._progress(done, total)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        if self._success is not None:
            self._success(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        if self._error is None:
            raise exc  # type: ignore[misc]
        self._error(exc)  # type: ignore[arg-type]

    @Slot()
    def _on_cancelled(self) -> None:
        if self._cancelled is not None:
            self._cancelled()

    @Slot()
    def _on_finished(self) -> None:
        try:
            if self._dialog is not None:
                self._dialog.reset()
                self._dialog.deleteLater()
                self._dialog = None
            if self._finished is not None:
                self._finished()
        finally:
            _RUNNING.discard(self.task)
            self.task.signals.deleteLater()
            self.deleteLater()


def run_in_background(fn: Callable[..., Any], /, *args: Any,
                      on_success: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_progress: Callable[[int, int], None] | None = None,
                      on_cancelled: Callable[[], None] | None = None,
                      on_finished: Callable[[], None] | None = None,
                      pass_control: bool = False,
                      parent: QWidget | None = None, label: str | None = None,
                      **kwargs: Any) -> BackgroundTask:
    """Start ``fn(*args, **kwargs)`` on the global thread pool; see the module docstring."""
    task = BackgroundTask(fn, args, kwargs, pass_control=pass_control)
    dialog = None
    if parent is not None and label:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        # Enter must never cancel running work: the Cancel button is neither the default
        # nor an auto-default button (a dialog gives Enter to a focused auto-default button).
        cancel = QPushButton(QCoreApplication.translate("Workers", "Cancel"))
        cancel.setAutoDefault(False)
        cancel.setDefault(False)
        dialog.setCancelButton(cancel)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(task.cancel)
        dialog.setValue(0)  # starts the minimum-duration timer
    _Callbacks(task, on_success, on_error, on_progress, on_cancelled, on_finished, dialog)
    _RUNNING.add(task)
    QThreadPool.globalInstance().start(task.run)
    return task


def running_tasks() -> frozenset[BackgroundTask]:
    """Tasks whose ``finished`` has not been delivered yet."""
    return frozenset(_RUNNING)


def _name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__qualname__", type(fn).__name__)
