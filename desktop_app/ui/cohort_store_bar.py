"""The choice after an import: "Store N assessments in the clinical records" or "View only".

Nothing from the file is stored before the user chooses (issue 12 point 5).  Storing runs on
the thread pool (``Store.record_import``: one transaction, progress between chunks, Cancel
leaves nothing stored) into the database of the mode the cohort was imported in (training
imports go to the training database; a window switched to the other mode meanwhile refuses).
Both choices are audited (``services.import_records``); closing the cohort without choosing
is audited as viewing only.  Cancel is never a default button: Enter does not stop storing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_app.services.cohort_source import CohortImport

Runner = Callable[..., Any]  # RecordsSession.run
logger = logging.getLogger(__name__)


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    button.setDefault(False)
    return button


class CohortStoreBar(QFrame):
    """See the module docstring.  ``state``: ``ask``, ``storing``, ``stored``, ``viewing``."""

    stored = Signal(object)  # ImportRecord
    chose_view_only = Signal()

    def __init__(self, cohort: CohortImport, *, training: bool, run: Runner,
                 evidence_version: str | None, clock: Callable[[], datetime],
                 import_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cohortStoreBar")
        self.setStyleSheet("#cohortStoreBar { background: #FFF4CE; border: 1px solid #8A6D00; }")
        self.cohort, self.training, self._run = cohort, training, run
        self._evidence_version, self._clock = evidence_version, clock
        self.state = "ask"
        self.task: Any = None
        n = cohort.result.assessments
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Storing this import"))
        self.store_button = _button(
            self.tr("&Store %n assessment(s) in the training records", "", n) if training
            else self.tr("&Store %n assessment(s) in the clinical records", "", n),
            self.tr("Store the assessments"))
        self.store_button.setEnabled(n > 0)
        self.store_button.clicked.connect(self.store)
        self.view_button = _button(self.tr("&View only"), self.tr("View only, store nothing"))
        self.view_button.clicked.connect(self.view_only)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Storing progress"))
        self.cancel_button = _button(self.tr("Cancel storing"), self.tr("Cancel storing"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.addWidget(self.message, 1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        row.addWidget(self.store_button)
        row.addWidget(self.view_button)
        if import_id is not None:
            self._show_stored(import_id)
        else:
            self._ask(self.tr("Nothing from this file has been stored. Store it in the "
                              "patients' records, or only view it?"))

    # -- the two choices ----------------------------------------------------------------------
    def store(self) -> None:
        from desktop_app.services.import_records import store_cohort

        if self.state != "ask":
            return
        self.state = "storing"
        self._buttons(choosing=False, running=True)
        self.progress.setRange(0, 0)
        self.message.setText(self.tr("Storing %n assessment(s)…", "",
                                     self.cohort.result.assessments))
        c = self.cohort

        def operation(store: Any, *, progress: Any, should_cancel: Any) -> Any:
            return store_cohort(store, c.result, c.path, evidence_version=self._evidence_version,
                                now=self._clock(), source_sha256=c.sha256, progress=progress,
                                should_cancel=should_cancel)

        self.task = self._run(operation, on_success=self._on_stored, on_error=self._on_failed,
                              pass_control=True, on_progress=self._on_progress,
                              on_cancelled=self._on_cancelled, training=self.training)

    def view_only(self, *, closed: bool = False) -> None:
        """Audit the choice (also when the cohort is closed before choosing)."""
        from desktop_app.services.import_records import record_view_only

        if self.state != "ask":
            return
        self.state = "viewing"
        self._buttons(choosing=False, running=False)
        self.message.setText(self.tr("Viewing only: nothing from this file is stored."))
        self.chose_view_only.emit()
        c = self.cohort

        def operation(store: Any) -> int:
            return record_view_only(store, c.result, c.path, now=self._clock(),
                                    source_sha256=c.sha256, closed=closed)

        def not_audited(sentence: str) -> None:
            if closed:  # the bar is gone; the log says that the choice was not audited
                logger.warning("a closed cohort's view-only choice was not audited")
                return
            self.message.setText(self.tr(
                "Viewing only: nothing from this file is stored. The choice could not be "
                "written to the audit trail: {reason}").format(reason=sentence))

        self._run(operation, on_success=lambda _seq: None, on_error=not_audited,
                  training=self.training)

    def cancel(self) -> None:
        if self.task is not None and self.state == "storing":
            self.task.cancel()

    def may_close(self) -> bool:
        """The cohort window is closing: a cohort never chosen for is audited as viewed only;
        while storing runs the window stays open (cancel first)."""
        if self.state == "storing":
            self.message.setText(self.tr("Storing is still running: wait for it to finish, or "
                                         "cancel it, before closing this window."))
            return False
        if self.state == "ask":
            self.view_only(closed=True)
        return True

    # -- outcomes -----------------------------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_stored(self, record: Any) -> None:
        self.task = None
        self._show_stored(record.import_id, len(record.assessment_ids))
        self.stored.emit(record)

    def _show_stored(self, import_id: int, count: int | None = None) -> None:
        self.state = "stored"
        self._buttons(choosing=False, running=False)
        if count is None:
            text = (self.tr("Stored in the training records as import #{id}.") if self.training
                    else self.tr("Stored in the clinical records as import #{id}."))
        elif self.training:
            text = self.tr("Stored in the training records as import #{id}: %n assessment(s).",
                           "", count)
        else:
            text = self.tr("Stored in the clinical records as import #{id}: %n assessment(s).",
                           "", count)
        self.message.setText(text.format(id=import_id))

    def _on_failed(self, sentence: str) -> None:
        self.task = None
        self._ask(self.tr("Not stored: {reason} Nothing from this file was stored.").format(
            reason=sentence))

    def _on_cancelled(self) -> None:
        self.task = None
        self._ask(self.tr("Storing cancelled: nothing from this file was stored."))

    def _ask(self, text: str) -> None:
        self.state = "ask"
        self.message.setText(text)
        self._buttons(choosing=True, running=False)

    def _buttons(self, *, choosing: bool, running: bool) -> None:
        self.store_button.setVisible(choosing)
        self.view_button.setVisible(choosing)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
