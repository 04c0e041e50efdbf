"""The patient's history: every stored assessment (oldest first), the trend, and what to do.

From the table (Enter or Alt+O) a past assessment opens in the main window, read-only and
marked as past; Correct… and Mark entered in error… act on the selected assessment (its newest
version); Export PDF… writes a one-page history (table and trend, ``report/history.py``).  The
window stays open beside the main window and reloads whenever this patient's records change
(a save, a correction, an error mark), so a new point appears at once.

Below the list, in tabs: the trend, the daily SOFA with the trial's day-9 measure
(``sofa_course.py``), and the stored eligibility checklists and HScores (``history_scores.py``;
issue 17).  The view takes its data in the constructor (a list of ``HistoryEntry``, a
``core.trend.TrendChart`` and the patient's score records, or the sentence saying why they
cannot be read); ``open_patient_history`` reads them through the window's ``RecordsSession``
(off the GUI thread).  pyqtgraph and SQLAlchemy are imported only here.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.charts import GREY, STYLES
from desktop_app.core.phenotype import Phenotype
from desktop_app.core.trend import TrendChart
from desktop_app.report import words
from desktop_app.ui.icons import icon
from desktop_app.ui.language import text_translator
from desktop_app.ui.records_session import fault_sentence
from desktop_app.ui.trend_chart import TrendChartWidget

if TYPE_CHECKING:
    from desktop_app.services.records import HistoryEntry, StoreError
    from desktop_app.services.scores import PatientScores

logger = logging.getLogger(__name__)

PHENOTYPE_ICON = {"mals": "mals", "immunoparalysis": "immunoparalysis",
                  "unclassified": "unclassified", None: "cannot-classify"}


def local_time(when: datetime) -> str:
    """Date and time in the workstation's zone, written the window language's way."""
    return text_translator().datetime(when.astimezone())


def _value_text(part: dict | None) -> str:
    if not part:
        return "—"
    return f"{part['entered']} {part['unit']}"


class HistoryTable(QTableWidget):
    """One row per stored assessment, oldest first; replaced or erroneous ones are greyed."""

    def __init__(self, entries: list[HistoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(len(entries), 5, parent)
        self.entries = entries
        self.setHorizontalHeaderLabels([self.tr("Sampled (or assessed)"), self.tr("Result"),
                                        self.tr("Ferritin"), self.tr("HLA-DR"),
                                        self.tr("Record")])
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Stored assessments, oldest first"))
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for row, e in enumerate(entries):
            tr = text_translator()
            label = tr(STYLES[Phenotype(e.phenotype) if e.phenotype else None].label)
            basis = self.tr("sampled") if e.sampled_at else self.tr("assessed")
            notes = [words.version_note(n, tr) for n in e.version_marks()]
            record = f"#{e.assessment_id}" + (f" — {'; '.join(notes)}" if notes else "")
            cells = (self.tr("{when} ({basis})").format(when=local_time(e.order_time),
                                                        basis=basis),
                     label, _value_text(e.inputs.get("ferritin")),
                     _value_text(e.inputs.get("hla_dr")), record)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == 1:
                    item.setIcon(icon(PHENOTYPE_ICON[e.phenotype]))
                if not e.is_current:
                    font = QFont(item.font())
                    font.setStrikeOut(e.entered_in_error)
                    item.setFont(font)
                    item.setForeground(QBrush(QColor("#666666")))
                self.setItem(row, col, item)
        self.resizeRowsToContents()
        if entries:
            self.selectRow(len(entries) - 1)  # the newest: what is usually opened or corrected

    def selected_entry(self) -> HistoryEntry | None:
        rows = self.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None


class PatientHistoryView(QWidget):
    """The list of assessments, the actions, the trend chart and the reversal definitions."""

    def __init__(self, patient_id: str, entries: list[HistoryEntry], chart: TrendChart, *,
                 training: bool, scores: PatientScores | None = None,
                 today: date | None = None, scores_problem: str | StoreError = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patient_id, self.training = patient_id, training
        # For the PDF: the scores as read (or why they could not be: the store's error, worded
        # in the report's language) and the day they are for.
        self.scores, self.scores_problem, self.today = scores, scores_problem, today
        problem = scores_problem if isinstance(scores_problem, str) else \
            fault_sentence(scores_problem)
        self.banner = QLabel(self.tr("TRAINING DATABASE — synthetic records, not for clinical "
                                     "use"))
        self.banner.setStyleSheet("QLabel { background: #E69F00; color: black; "
                                  "font-weight: bold; padding: 4px; border: 2px solid black; }")
        self.banner.setVisible(training)
        count = len(entries)
        self.title = QLabel(self.tr("Patient {patient}: %n stored assessment(s), oldest first",
                                    "", count).format(patient=patient_id) if count else
                            self.tr("Patient {patient}: no stored assessments yet. Save one "
                                    "from the main window (Ctrl+S).").format(patient=patient_id))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("QLabel { font-weight: bold; }")
        self.table = HistoryTable(entries)
        self.table.setVisible(bool(entries))
        self.open_button = QPushButton(self.tr("&Open in main window"))
        self.correct_button = QPushButton(self.tr("Co&rrect…"))
        self.error_button = QPushButton(self.tr("Mark entered in &error…"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.correct_button, self.error_button,
                       self.pdf_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        phenotypes = {e.assessment_id: e.phenotype for e in entries}
        self.trend = TrendChartWidget(chart, phenotypes)
        tr = text_translator()
        changes = tr.join(self.tr("{change} ({when})").format(
            change=words.transition(t, tr), when=local_time(t.at)) for t in chart.transitions)
        self.transitions_label = QLabel(self.tr("Phenotype changes: {changes}").format(
            changes=changes or self.tr("none")))
        self.transitions_label.setWordWrap(True)
        legend = QLabel(self.tr(
            "Markers: ▼ MALS, ■ immunoparalysis, ● unclassified, ✕ cannot classify; open "
            "markers are censored values drawn at their bound. Dashed lines: entry thresholds "
            "(MALS: ferritin > 4420 ng/mL; immunoparalysis: HLA-DR < 5000 AB/C). Dotted lines: "
            "phenotype changes. Only current versions are drawn."))
        legend.setWordWrap(True)
        self.reversal_label = QLabel("\n".join(words.trend_notes(chart, tr)))
        self.reversal_label.setWordWrap(True)
        self.reversal_label.setAccessibleName(self.tr("Day-15 reversal definitions"))
        self.reversal_label.setStyleSheet(f"QLabel {{ color: #333333; border-top: 1px solid "
                                          f"{GREY}; padding-top: 4px; }}")
        upper = QWidget()
        top = QVBoxLayout(upper)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.table, 1)
        top.addLayout(buttons)
        # Below the list: the ferritin / HLA-DR trend, then the stored scores (issue 17): the
        # daily SOFA with the day-9 measure, the eligibility checklists, the HScores.
        self.below = QTabWidget()
        self.below.addTab(self.trend, self.tr("Ferritin and HLA-DR trend"))
        self.sofa = self._sofa_course(scores, today, problem)
        self.below.addTab(self.sofa, self.tr("Daily SOFA and day 9"))
        from desktop_app.ui.history_scores import EligibilityHistoryView, HScoreHistoryView

        self.eligibility = EligibilityHistoryView(scores, problem)
        self.below.addTab(self.eligibility, self.tr("Eligibility"))
        self.hscore = HScoreHistoryView(scores, problem)
        self.below.addTab(self.hscore, self.tr("HScore"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.below)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        for widget in (self.transitions_label, legend, self.reversal_label):
            layout.addWidget(widget)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _sofa_course(self, scores: PatientScores | None, today: date | None,
                     problem: str) -> QWidget:
        """The stored daily SOFA course and the day-9 measure as of today, or why not."""
        if problem or scores is None or today is None or not scores.daily:
            label = QLabel(self.tr("The score records cannot be read: {reason}").format(
                reason=problem) if problem else
                self.tr("No daily SOFA is stored for this patient. Patient ▸ SOFA and the "
                        "day-9 response (Ctrl+Shift+S) enters one."))
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        from desktop_app.ui.sofa_course import SofaCourseView

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(SofaCourseView(scores, scores.day_nine(today)))
        return scroll

    def _update_buttons(self) -> None:
        entry = self.table.selected_entry()
        self.open_button.setEnabled(entry is not None)
        current = entry is not None and entry.is_current
        self.correct_button.setEnabled(current)
        self.error_button.setEnabled(current)
        self.pdf_button.setEnabled(bool(self.table.entries))


class PatientHistoryDialog(QDialog):
    """A window around ``PatientHistoryView``; non-modal, beside the main window."""

    def __init__(self, view: PatientHistoryView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: PatientHistoryView = view
        self.patient_id = view.patient_id
        self.training = view.training
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(view, 1)
        self._set_title()
        view.close_button.clicked.connect(self.close)
        self.resize(self.fontMetrics().averageCharWidth() * 130,
                    self.fontMetrics().height() * 48)
        self._focus_first()

    def replace_view(self, view: PatientHistoryView) -> None:
        """New data for the same patient (after a save elsewhere): swap the view in place."""
        old = self.view
        self._layout.replaceWidget(old, view)
        old.deleteLater()
        view.show()  # a widget added to a shown window appears only when shown
        self.view = view
        view.close_button.clicked.connect(self.close)
        self._set_title()
        self._focus_first()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.table.hasFocus():
            self.view.open_button.click()
            return
        super().keyPressEvent(event)

    def _set_title(self) -> None:
        title = self.tr("Patient history — {patient} — TRAINING") if self.training else \
            self.tr("Patient history — {patient}")
        self.setWindowTitle(title.format(patient=self.patient_id))

    def _focus_first(self) -> None:
        first = self.view.table if self.view.table.entries else self.view.close_button
        first.setFocus(Qt.FocusReason.OtherFocusReason)


def build_view(patient_id: str, entries: list[HistoryEntry], chart: TrendChart, *,
               training: bool, scores: PatientScores | None = None,
               today: date | None = None,
               scores_problem: str | StoreError = "") -> PatientHistoryView:
    return PatientHistoryView(patient_id, entries, chart, training=training, scores=scores,
                              today=today, scores_problem=scores_problem)
