"""The window's laboratory inbox: watch the drop folder while the window is open.

When IT configured ``[inbox] folder`` and the window is in clinical mode, a
``QFileSystemWatcher`` on the folder (a change starts a pass shortly after) and a timer (files
still being written settle between two looks; a watcher misses changes on some network
shares) run ``services.inbox.InboxRunner.run_pass`` on a pool thread through the window's
``RecordsSession`` -- one pass at a time, never on the GUI thread.  Stored results raise the
count of new results on Patient ▸ Laboratory inbox… (Ctrl+I) and say so in the status bar; the
Inbox dialog (``inbox_view``) lists them.  Training mode never reads the ward's folder (its
results are clinical); ``immunosep inbox run --demo --folder DIR`` fills the training inbox.

"Seen" is this workstation's: the newest ledger row the user has looked at
(``inbox/last_seen`` in the settings file).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QAction

from desktop_app.ui.qt_namespace import set_shortcut

if TYPE_CHECKING:
    from desktop_app.services.inbox import InboxRunner, PassResult
    from desktop_app.site_config import InboxConfig
    from desktop_app.store.inbox_ledger import InboxResult
    from desktop_app.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

POLL_MS = 3000  # a file is read about 2-5 s after its last change
CHANGE_DELAY_MS = 300
SEEN_KEY = "inbox/last_seen"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Inbox", text)


class InboxWatcher(QObject):
    """Runs inbox passes for one main window and keeps the count of unseen results."""

    new_results = Signal(int)  # results not yet seen, after a pass stored something

    def __init__(self, window: MainWindow, inbox: InboxConfig) -> None:
        super().__init__(window)
        self.window_ = window
        self.inbox = inbox
        self.unseen = 0
        self.problem = ""  # why the last pass was skipped or could not store, in words
        self._runner: InboxRunner | None = None
        self._busy = self._again = self._stopped = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(CHANGE_DELAY_MS)
        self._soon.timeout.connect(self.run_pass)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._soon.start())
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.run_pass)
        self.action = QAction(self)
        set_shortcut(self.action, "Ctrl+I")
        tip = _tr("Laboratory results that arrived in the inbox folder, per patient")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.triggered.connect(self.open_view)
        window.patient_menu.addAction(self.action)
        self._label()
        window.training_mode_changed.connect(lambda _on: self.restart())

    @property
    def folder(self) -> Any:
        return self.inbox.folder

    @property
    def active(self) -> bool:
        return self._poll.isActive()

    @property
    def busy(self) -> bool:
        """A pass is running on a pool thread."""
        return self._busy

    def restart(self) -> None:
        """Watch in clinical mode when a folder is configured; stop otherwise."""
        self._halt()
        self._stopped = False
        self._runner = None  # the folder or its settings may have changed
        if self.folder is None or self.window_.training:
            return
        self._watcher.addPath(str(self.folder))  # False for a missing folder: the pass says so
        self._poll.start()
        self.run_pass()
        self.refresh_count()

    def stop(self) -> None:
        """The window is closing: no more passes; a running one's outcome is dropped."""
        self._stopped = True
        self._halt()

    def _halt(self) -> None:
        self._poll.stop()
        self._soon.stop()
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())

    # -- passes -------------------------------------------------------------------------------
    def run_pass(self) -> None:
        if self._stopped:
            return
        if self._busy:
            self._again = True
            return
        if self.folder is None or self.window_.training:
            return
        self._busy = True
        runner = self._runner_for()

        def work(store: Any) -> PassResult:
            return runner.run_pass(store)

        self.window_.records_session.run(work, on_success=self._done, on_error=self._failed,
                                         training=False)

    def _runner_for(self) -> InboxRunner:
        if self._runner is None:
            from pathlib import Path

            from desktop_app.services.inbox import InboxRunner

            self._runner = InboxRunner(Path(self.folder), self.inbox,
                                       clock=self.window_.current_time,
                                       evidence_version=self.window_.evidence.version)
        return self._runner

    def _done(self, result: PassResult) -> None:
        self._finish()
        if self._stopped:
            return
        from desktop_app.ui.language import text_translator

        tr = text_translator()  # the services' reasons are codes with values
        problems = [result.skipped_why.localized(tr)] if result.skipped_why else []
        problems += [_tr("{file}: not stored yet ({reason})").format(
            file=f.name, reason=f.why.localized(tr) if f.why else "")
            for f in result.files if f.outcome == "retry"]
        self.problem = " ".join(problems)
        failed = [f.name for f in result.files if f.outcome == "failed"]
        if failed:
            self.window_.statusBar().showMessage(self.tr(
                "Inbox: %n file(s) could not be read and were moved to failed/ with the "
                "reason.", "", len(failed)), 10000)
        if result.stored:
            self.refresh_count(announce=True)

    def _failed(self, sentence: str) -> None:
        self._finish()
        self.problem = sentence

    def _finish(self) -> None:
        self._busy = False
        if self._again and not self._stopped:
            self._again = False
            self._soon.start()

    # -- what is new --------------------------------------------------------------------------
    @property
    def last_seen(self) -> int:
        return int(self.window_.settings.value(SEEN_KEY))

    def mark_seen(self, newest: int) -> None:
        if newest > self.last_seen:
            self.window_.settings.set_value(SEEN_KEY, newest)
        self.refresh_count()

    def read_recent(self, on_success: Any, on_error: Any) -> None:
        """The newest inbox results of the window's database (newest first)."""
        from desktop_app.store.inbox_ledger import recent_results

        self.window_.records_session.run(
            lambda store: store.read_records(lambda conn: recent_results(conn, limit=500)),
            on_success=on_success, on_error=on_error)

    def refresh_count(self, *, announce: bool = False) -> None:
        seen = self.last_seen

        def counted(rows: list[InboxResult]) -> None:
            if self._stopped:
                return
            self.unseen = sum(r.ledger_id > seen for r in rows)
            self._label()
            if announce and self.unseen:
                self.window_.statusBar().showMessage(self.tr(
                    "Inbox: %n new laboratory result(s). Ctrl+I shows them.", "",
                    self.unseen), 15000)
                self.new_results.emit(self.unseen)

        self.read_recent(counted, lambda _sentence: None)

    def _label(self) -> None:
        # Qt's numerus forms need self.tr (lupdate marks translate(ctx, text, "", n) singular).
        self.action.setText(self.tr("Laboratory &inbox (%n new)…", "", self.unseen)
                            if self.unseen else _tr("Laboratory &inbox…"))

    def open_view(self) -> None:
        from desktop_app.ui.inbox_view import open_inbox_view

        open_inbox_view(self.window_, self)


def install_inbox(window: MainWindow) -> InboxWatcher:
    """Patient ▸ Laboratory inbox… (Ctrl+I); the window starts the watch (``restart``) with
    the rest of its start-up, after the first paint."""
    from desktop_app.site_config import InboxConfig, SiteConfigError, load_site_config

    try:
        inbox = load_site_config().inbox
    except SiteConfigError:  # the store's own check says what is wrong with site.toml
        inbox = InboxConfig()
    return InboxWatcher(window, inbox)
