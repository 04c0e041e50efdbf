"""The patient list (Ctrl+L): find a stored patient and open them.

Recent patients first (newest assessment on top) with their last phenotype, its date and the
number of current assessments; typing in the search field (which has the focus) filters by
identifier, ignoring case.  ↓ moves into the list, Enter opens the selected patient in the main
window (after asking about unsaved values there), Alt+H opens their history as well.  Reads go
through the window's ``RecordsSession`` (off the GUI thread); a fault is said in words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.charts import STYLES
from desktop_app.core.phenotype import Phenotype
from desktop_app.ui.icons import icon
from desktop_app.ui.language import text_translator
from desktop_app.ui.patient_history import local_time

if TYPE_CHECKING:
    from desktop_app.services.records import PatientSummary
    from desktop_app.ui.main_window import MainWindow

SEARCH_DELAY_MS = 200
ICONS = {"mals": "mals", "immunoparalysis": "immunoparalysis", "unclassified": "unclassified",
         None: "cannot-classify"}


class PatientListDialog(QDialog):
    """Search field, table of patients, Open / Open with history / Close."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.patients: list[PatientSummary] = []
        self.setWindowTitle(self.tr("Patients — TRAINING database") if window.training
                            else self.tr("Patients"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("identifier, or part of it"))
        self.search.setAccessibleName(self.tr("Search patients by identifier"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Patient list status"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Patient"), self.tr("Last result"),
                                              self.tr("Last sampled (or assessed)"),
                                              self.tr("Assessments")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Stored patients, most recent first"))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("&Open patient"))
        self.history_button = QPushButton(self.tr("Open with &history"))
        for button in (self.open_button, self.history_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(lambda: self._open(with_history=False))
        self.history_button.clicked.connect(lambda: self._open(with_history=True))
        self.table.itemDoubleClicked.connect(lambda _item: self._open(with_history=False))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        box = QVBoxLayout(self)
        box.addWidget(search_label)
        box.addWidget(self.search)
        box.addWidget(self.status)
        box.addWidget(self.table, 1)
        box.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.installEventFilter(self)
        chars = self.fontMetrics().averageCharWidth()
        self.resize(chars * 96, self.fontMetrics().height() * 30)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def reload(self) -> None:
        term = self.search.text()
        self.status.setText(self.tr("Reading the records…"))

        def read(store):
            return store.patients_overview(term)

        def failed(sentence: str) -> None:
            self._fill([])
            self.status.setText(self.tr("The patient list cannot be shown: {reason}").format(
                reason=sentence))

        self.window_.records_session.run(read, on_success=self._fill, on_error=failed)

    def selected(self) -> PatientSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.patients[rows[0].row()] if rows else None

    def eventFilter(self, watched: object, event: object) -> bool:
        # ↓ or Enter in the search field moves into the list / opens the first match.
        if watched is self.search and isinstance(event, QKeyEvent) \
                and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.table.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._timer.stop()
                if self.selected() is not None:
                    self._open(with_history=False)
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._open(with_history=False)
            return
        super().keyPressEvent(event)

    # -- internals --------------------------------------------------------------------------
    def _fill(self, patients: list[PatientSummary]) -> None:
        self.patients = patients
        self.table.setRowCount(len(patients))
        for row, p in enumerate(patients):
            if p.last_status is None:
                result, when = self.tr("no current assessment"), "—"
            else:
                result = text_translator()(
                    STYLES[Phenotype(p.last_phenotype) if p.last_phenotype else None].label)
                when = local_time(p.last_date) if p.last_date else "—"
            cells = (p.identifier, result, when, str(p.assessments))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 1 and p.last_status is not None:
                    item.setIcon(icon(ICONS[p.last_phenotype]))
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if patients:
            self.table.selectRow(0)
        term = self.search.text().strip()
        if not patients:
            self.status.setText(self.tr("No stored patient matches “{term}”.").format(term=term)
                                if term else self.tr("No patients are stored yet: save an "
                                                     "assessment (Ctrl+S) to start a record."))
        else:
            self.status.setText(self.tr("%n patient(s), most recent first. ↓ to the list, "
                                        "Enter to open.", "", len(patients)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.history_button.setEnabled(chosen)

    def _open(self, *, with_history: bool) -> None:
        patient = self.selected()
        if patient is None:
            return
        window, identifier = self.window_, patient.identifier
        self.accept()

        def then() -> None:
            if with_history:
                from desktop_app.ui.history_window import open_patient_history

                open_patient_history(window, identifier)

        window.open_patient(identifier, then=then)


def open_patient_list(window: MainWindow) -> PatientListDialog:
    dialog = PatientListDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.reload()
    return dialog
