"""The Inbox (Ctrl+I): laboratory results that arrived in the drop folder, per patient.

One row per patient (newest first) with the newest result's phenotype, sample time and source
file; below it, each result (test, status, phenotype of the assessment it went into -- "earlier
version" when a correction, or a result that arrived later and was paired with it, made a new
version -- or "withdrawn by the laboratory").  Results the user has not seen yet are bold and
counted in the heading; "Mark all as seen" (or closing the window) clears the marker.  Enter
or a double click opens the patient's history.  Reads go through the window's
``RecordsSession``.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.charts import STYLES
from desktop_app.core.phenotype import Phenotype
from desktop_app.lab_import.observation_rows import SourceRef
from desktop_app.ui.language import text_translator
from desktop_app.ui.patient_history import local_time

if TYPE_CHECKING:
    from desktop_app.store.inbox_ledger import InboxResult
    from desktop_app.ui.inbox_watcher import InboxWatcher
    from desktop_app.ui.main_window import MainWindow

PATIENT_ROLE = Qt.ItemDataRole.UserRole


class InboxDialog(QDialog):
    def __init__(self, window: MainWindow, watcher: InboxWatcher,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_, self.watcher = window, watcher
        self.results: list[InboxResult] = []
        self._closed = False  # reads still under way are dropped after closing
        self.setWindowTitle(self.tr("Laboratory inbox — TRAINING database") if window.training
                            else self.tr("Laboratory inbox"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Inbox status"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("Patient / test"), self.tr("Result"),
                                   self.tr("Sampled"), self.tr("Source file"),
                                   self.tr("Received")])
        self.tree.setAccessibleName(self.tr("Laboratory results per patient, newest first"))
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Open &history"))
        self.seen_button = QPushButton(self.tr("Mark all as &seen"))
        for button in (self.open_button, self.seen_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_selected)
        self.seen_button.clicked.connect(self.mark_seen)
        self.tree.itemActivated.connect(lambda _item, _col: self.open_selected())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.tree, 1)
        box.addWidget(self.buttons)
        # Wide enough for "Cannot classify — earlier version" in the longest language (Greek),
        # within the screen at 150 % (a 1067-pixel logical width).
        chars = self.fontMetrics().averageCharWidth()
        screen = self.screen().availableGeometry()
        self.resize(min(chars * 165, int(screen.width() * 0.95)),
                    min(self.fontMetrics().height() * 28, int(screen.height() * 0.9)))
        watcher.new_results.connect(self._on_new_results)
        self._update_buttons()

    # -- reading ------------------------------------------------------------------------------
    def _on_new_results(self, _count: int) -> None:
        if not self._closed:
            self.reload()

    def reload(self) -> None:
        self.heading.setText(self.tr("Reading the records…"))

        def failed(sentence: str) -> None:
            if self._closed:
                return
            self._fill([])
            self.heading.setText(self.tr("The inbox cannot be shown: {reason}").format(
                reason=sentence))

        self.watcher.read_recent(self._fill, failed)

    def _fill(self, results: list[InboxResult]) -> None:
        if self._closed:
            return
        self.results = results
        seen = self.watcher.last_seen
        self.tree.clear()
        patients: dict[str, QTreeWidgetItem] = {}
        for r in results:  # newest first: a patient's first row is their newest result
            who = r.patient_identifier or self.tr("(no stored patient)")
            top = patients.get(who)
            if top is None:
                top = QTreeWidgetItem([who, self._result(r), self._sampled(r), r.source_file,
                                       self._received(r)])
                top.setData(0, PATIENT_ROLE, r.patient_identifier)
                patients[who] = top
                self.tree.addTopLevelItem(top)
            child = QTreeWidgetItem([self._test(r), self._result(r), self._sampled(r),
                                     r.source_file, self._received(r)])
            child.setData(0, PATIENT_ROLE, r.patient_identifier)
            child.setToolTip(3, self._source(r))
            top.addChild(child)
            if r.ledger_id > seen:
                for item in (top, child):
                    font = item.font(0)
                    font.setBold(True)
                    for col in range(self.tree.columnCount()):
                        item.setFont(col, font)
        for top in patients.values():
            top.setExpanded(True)
        unseen = sum(r.ledger_id > seen for r in results)
        if not results:
            self.heading.setText(self.tr("No laboratory results have arrived in the inbox "
                                         "yet.") + self._folder_note())
        else:
            self.heading.setText(" ".join((
                self.tr("%n new result(s) since you last looked (in bold).", "", unseen),
                self.tr("%n patient(s).", "", len(patients)),
                self.tr("Enter opens the patient's history."))) + self._folder_note())
        if patients:
            self.tree.setCurrentItem(next(iter(patients.values())))
        self._update_buttons()

    def _folder_note(self) -> str:
        w = self.watcher
        if w.folder is None:
            return " " + self.tr("No inbox folder is configured (site.toml, [inbox] folder).")
        if self.window_.training:
            return " " + self.tr("Training mode does not read the ward's inbox folder.")
        if w.problem:
            return " " + w.problem
        return " " + self.tr("Watching {folder}.").format(folder=str(w.folder))

    # -- cells --------------------------------------------------------------------------------
    def _result(self, r: InboxResult) -> str:
        if r.status == "withdrawal":
            return self.tr("Withdrawn by the laboratory ({status})").format(
                status=r.status_text)
        label = text_translator()(STYLES[Phenotype(r.phenotype) if r.phenotype else None].label)
        if r.superseded:  # corrected, or paired with a result that arrived later
            return self.tr("{label} — earlier version").format(label=label)
        if r.status == "corrected":
            return self.tr("{label} — corrected result").format(label=label)
        return label

    def _test(self, r: InboxResult) -> str:
        test = self.tr("Ferritin") if r.analyte == "ferritin" else self.tr("HLA-DR")
        return self.tr("{test} ({status})").format(test=test, status=r.status_text)

    def _source(self, r: InboxResult) -> str:
        """Where the result was received (file, message, segment) in the window's language;
        the stored English words for a result stored before the ledger kept the place."""
        ref = SourceRef.stored(r.source_ref)
        return r.source if ref is None else ref.sentence().localized(text_translator())

    def _sampled(self, r: InboxResult) -> str:
        return local_time(datetime.fromisoformat(r.sampled_at_utc)) if r.sampled_at_utc \
            else "—"

    def _received(self, r: InboxResult) -> str:
        return local_time(datetime.fromisoformat(r.received_at))

    # -- actions ------------------------------------------------------------------------------
    def selected_patient(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, PATIENT_ROLE)

    def open_selected(self) -> None:
        patient = self.selected_patient()
        if not patient:
            return
        from desktop_app.ui.history_window import open_patient_history

        open_patient_history(self.window_, patient)

    def mark_seen(self) -> None:
        if self.results:
            self.watcher.mark_seen(max(r.ledger_id for r in self.results))
        self._fill(self.results)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.tree.hasFocus():
            self.open_selected()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self._leave()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._leave()
        super().closeEvent(event)

    def _leave(self) -> None:
        if not self._closed:
            self.mark_seen()  # what was on screen has been seen
            self._closed = True

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.selected_patient()))
        self.seen_button.setEnabled(bool(self.results))


def open_inbox_view(window: MainWindow, watcher: InboxWatcher) -> InboxDialog:
    for dialog in window.findChildren(InboxDialog):
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            dialog.reload()
            return dialog
    dialog = InboxDialog(window, watcher)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.reload()
    return dialog
