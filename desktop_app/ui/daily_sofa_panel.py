"""Daily SOFA for the open patient, the day-9 measure, and the date of death.

A day's SOFA is the calculator's result (its inputs are stored as typed) or a total typed from
the chart, saved for a date: day 1 is the day of phenotyping, and once it is stored every other
date is its own study day (``services.scores`` checks it, inside the write).  Below: the
running day-9 measure (``sofa_course.SofaCourseView``), then every stored version, which can be
corrected (with the values entered above and a reason) or marked entered in error.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.response import study_day
from desktop_app.ui.language import Retranslating, text_translator
from desktop_app.ui.score_widgets import (
    ERROR_STYLE,
    NOTE_STYLE,
    ChoiceBox,
    bold,
    version_notes,
    wrapped,
)

if TYPE_CHECKING:
    from desktop_app.services.records import Store
    from desktop_app.services.scores import ScoreRecord, SofaEntry
    from desktop_app.ui.scores_window import ScoresWindow

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_date(text: str) -> date | None:
    raw = text.strip()
    if not ISO_DATE.fullmatch(raw):
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


class DailySofaPanel(Retranslating, QWidget):
    """Enter a day's SOFA, see the day-9 measure, manage the stored days and the death."""

    def __init__(self, host: ScoresWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.course = wrapped()
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText("YYYY-MM-DD")
        self.date_edit.setMaxLength(10)
        self.day_spin = QSpinBox()
        self.day_spin.setRange(1, 99)
        self.day_label = bold(QLabel())
        self.use_calculator = QRadioButton()
        self.use_total = QRadioButton()
        self.use_calculator.setChecked(True)
        self.calculator_text = wrapped(style=NOTE_STYLE)
        self.open_calculator = QPushButton()
        self.total_edit = QLineEdit()
        self.total_edit.setMaxLength(2)
        self.total_edit.setFixedWidth(self.fontMetrics().horizontalAdvance("000") + 16)
        self.total_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.components = ChoiceBox([str(n) for n in range(6, -1, -1)], name="",
                                    unknown_item=False)
        self.components.set_value("6")
        self.save_button = QPushButton()
        self.death_button = QPushButton()
        self.message = wrapped(style=ERROR_STYLE)
        self.view_box = QGroupBox()
        self.view_layout = QVBoxLayout(self.view_box)
        self.view: QWidget | None = None
        self.records = QTableWidget(0, 4)
        self.records.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.records.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.records.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.records.verticalHeader().setVisible(False)
        header = self.records.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.correct_button = QPushButton()
        self.error_button = QPushButton()
        self.shown: list[ScoreRecord] = []
        self._build()
        for signal in (self.date_edit.textChanged, self.total_edit.textChanged):
            signal.connect(lambda _t: self.refresh(reload_view=False))
        self.day_spin.valueChanged.connect(lambda _v: self.refresh(reload_view=False))
        self.use_calculator.toggled.connect(lambda _on: self.refresh(reload_view=False))
        self.components.chosen.connect(lambda: self.refresh(reload_view=False))
        self.open_calculator.clicked.connect(lambda: host.show_tab("calculator"))
        self.save_button.clicked.connect(self.save)
        self.death_button.clicked.connect(self.record_death)
        self.correct_button.clicked.connect(self.correct)
        self.error_button.clicked.connect(self.mark_in_error)
        self.records.itemSelectionChanged.connect(self._update_record_buttons)
        self.retranslate()

    def _build(self) -> None:
        entry = QGroupBox()
        self.entry_box = entry
        form = QFormLayout()
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        self.day_caption = QLabel()
        when.addWidget(self.day_caption)
        when.addWidget(self.day_spin)
        when.addWidget(self.day_label)
        when.addStretch(1)
        self.date_caption = QLabel()
        self.date_caption.setBuddy(self.date_edit)
        form.addRow(self.date_caption, when)
        calc = QHBoxLayout()
        calc.addWidget(self.use_calculator)
        calc.addWidget(self.open_calculator)
        calc.addStretch(1)
        typed = QHBoxLayout()
        typed.addWidget(self.use_total)
        typed.addWidget(self.total_edit)
        self.components_caption = QLabel()
        self.components_caption.setBuddy(self.components)
        typed.addWidget(self.components_caption)
        typed.addWidget(self.components)
        typed.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.death_button)
        buttons.addStretch(1)
        box = QVBoxLayout(entry)
        box.addWidget(self.course)
        box.addLayout(form)
        box.addLayout(calc)
        box.addWidget(self.calculator_text)
        box.addLayout(typed)
        box.addLayout(buttons)
        box.addWidget(self.message)
        self.records_box = QGroupBox()
        stored = QVBoxLayout(self.records_box)
        stored.addWidget(self.records)
        actions = QHBoxLayout()
        actions.addWidget(self.correct_button)
        actions.addWidget(self.error_button)
        actions.addStretch(1)
        stored.addLayout(actions)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(entry)
        column.addWidget(self.view_box)
        column.addWidget(self.records_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.date_edit)

    # -- state ----------------------------------------------------------------------------------
    def day1(self) -> date | None:
        scores = self.host.scores
        return None if scores is None else scores.day1_date

    def place(self) -> tuple[int | None, date | None, str]:
        """(study day, date, problem) of the SOFA being entered."""
        on = read_date(self.date_edit.text())
        if on is None:
            return None, None, self.tr("Enter the date as YYYY-MM-DD (for example 2026-11-24).")
        if on > self.host.today():
            return None, on, self.tr("{date} is after today; a SOFA is entered for a day that "
                                     "has begun.").format(date=on.isoformat())
        day1 = self.day1()
        if day1 is None:
            return self.day_spin.value(), on, ""
        day = study_day(day1, on)
        if day < 1:
            return None, on, self.tr("{date} is before day 1 ({day1}).").format(
                date=on.isoformat(), day1=day1.isoformat())
        return day, on, ""

    def entry(self) -> tuple[SofaEntry | None, str]:
        """What would be saved, or why nothing can be."""
        from desktop_app.services.scores import SofaEntry

        if self.use_calculator.isChecked():
            calculator = self.host.calculator
            result = calculator.result
            if result is None:
                return None, self.tr("The SOFA calculator has no total: correct its fields, or "
                                     "type the total.")
            if result.assessed_components == 0:
                return None, self.tr("Nothing is entered in the SOFA calculator yet.")
            return SofaEntry.from_calculator(calculator.sofa_text(),
                                             decimal_comma=calculator.decimal_comma), ""
        raw = self.total_edit.text().strip()
        if not (raw.isascii() and raw.isdigit() and int(raw) <= 24):
            return None, self.tr("Type the total as a whole number from 0 to 24.")
        return SofaEntry.typed_total(int(raw), int(self.components.value())), ""

    def problem(self) -> str:
        host = self.host
        if not host.patient:
            return self.tr("Enter the patient identifier in the main window first.")
        if host.scores is None:
            return host.load_problem or self.tr("Reading the patient's records…")
        day, _on, problem = self.place()
        if problem:
            return problem
        if any(r.values["study_day"] == day for r in host.scores.daily):
            return self.tr("Day {day} already has a SOFA: select it below and correct it."
                           ).format(day=day)
        return self.entry()[1]

    # -- refresh --------------------------------------------------------------------------------
    def refresh(self, *, reload_view: bool = True) -> None:
        if not self.date_edit.text():
            self.date_edit.setText(self.host.today().isoformat())
        day1 = self.day1()
        self.day_spin.setVisible(day1 is None)
        self.day_label.setVisible(day1 is not None)
        day, on, _problem = self.place()
        if day1 is not None and day is not None:
            self.day_label.setText(self.tr("day {day}").format(day=day))
        self._texts(day1, day, on)
        problem = self.problem()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.save_button.setEnabled(not problem)
        self.death_button.setEnabled(bool(self.host.patient) and self.host.scores is not None)
        self.total_edit.setEnabled(self.use_total.isChecked())
        self.components.setEnabled(self.use_total.isChecked())
        if reload_view:
            self._rebuild_view()
            self._fill_records()

    def _texts(self, day1: date | None, day: int | None, on: date | None) -> None:
        if day1 is None:
            self.course.setText(self.tr(
                "No SOFA is stored for this patient yet: the first one saved fixes day 1 (day "
                "1 is the day of phenotyping; choose its study day if the first SOFA stored is "
                "a later one)."))
        else:
            self.course.setText(self.tr("Day 1 (the day of phenotyping) of this course: "
                                        "{date}. The study day follows from the date.").format(
                date=day1.isoformat()))
        result = self.host.calculator.result
        tr = text_translator()
        self.calculator_text.setText(
            tr.finding(result.summary) if result is not None and result.assessed_components
            else self.tr("Nothing is entered in the calculator yet.") if result is not None
            else self.tr("The calculator has no total: a field there is marked in red."))
        death = self.host.scores.death if self.host.scores else None
        self.death_button.setText(self.tr("Correct the date of &death…") if death else
                                  self.tr("Record &death…"))
        if day is not None and on is not None:
            self.save_button.setText(self.tr("&Save SOFA for day {day} ({date})…").format(
                day=day, date=on.isoformat()))
        else:
            self.save_button.setText(self.tr("&Save SOFA…"))

    def _rebuild_view(self) -> None:
        from desktop_app.ui.sofa_course import SofaCourseView

        if self.view is not None:
            self.view_layout.removeWidget(self.view)
            self.view.hide()  # at once: deletion waits for the event loop
            self.view.deleteLater()
            self.view = None
        scores = self.host.scores
        if scores is None:
            return
        self.view = SofaCourseView(scores, scores.day_nine(self.host.today()))
        self.view_layout.addWidget(self.view)
        self.view.show()  # added to a shown window: not shown by itself

    def _fill_records(self) -> None:
        scores = self.host.scores
        self.shown = [] if scores is None else [
            *scores.versions("daily_sofa"), *scores.versions("death")]
        self.records.setRowCount(len(self.shown))
        self.records.setHorizontalHeaderLabels([self.tr("Record"), self.tr("What"),
                                                self.tr("Saved"), self.tr("Notes")])
        for row, r in enumerate(self.shown):
            v = r.values
            if r.kind == "death":
                what = self.tr("death on {date}").format(date=v["died_on"])
            else:
                how = (self.tr("calculator") if v["method"] == "calculator"
                       else self.tr("total typed"))
                what = self.tr("day {day} ({date}): SOFA {total}, {n} of 6 systems, {how}"
                               ).format(day=v["study_day"], date=v["sofa_date"],
                                        total=v["total"], n=v["assessed_components"], how=how)
            cells = (f"#{r.record_id}", what, self.tr("{when} by {user}").format(
                when=r.recorded_at.strftime("%Y-%m-%d %H:%M"), user=r.os_user),
                text_translator().join(version_notes(r)))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not r.is_current:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.records.setItem(row, col, item)
        self.records.resizeRowsToContents()
        rows = sum(self.records.rowHeight(r) for r in range(min(len(self.shown), 8)))
        self.records.setFixedHeight(self.records.horizontalHeader().sizeHint().height() + rows
                                    + 2 * self.records.frameWidth()
                                    + self.fontMetrics().height())
        self._update_record_buttons()

    def selected(self) -> ScoreRecord | None:
        rows = self.records.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows else None

    def _update_record_buttons(self) -> None:
        record = self.selected()
        current = record is not None and record.is_current
        self.error_button.setEnabled(current)
        self.correct_button.setEnabled(current and record is not None
                                       and record.kind == "daily_sofa"
                                       and self.entry()[0] is not None)

    # -- actions --------------------------------------------------------------------------------
    def save(self) -> None:
        from desktop_app.services.scores import save_daily_sofa

        problem = self.problem()
        entry, _ = self.entry()
        day, on, _ = self.place()
        if problem or entry is None or on is None:
            return
        patient, now = self.host.patient, self.host.main.current_time()
        first = self.day1() is None
        summary = [self.tr("Day {day} ({date}): SOFA {total}").format(
            day=day, date=on.isoformat(), total=self._total_text(entry))]
        if first:
            summary.append(self.tr("This SOFA fixes day 1 of the course: {date}.").format(
                date=(on - timedelta(days=(day or 1) - 1)).isoformat()))

        def write(store: Store) -> int:
            return save_daily_sofa(store, patient, entry, now=now, day=day, on=on)

        self.host.confirm_and_write(
            title=self.tr("Save daily SOFA"),
            question=(self.tr("Save this daily SOFA in the TRAINING records of patient:")
                      if self.host.training else
                      self.tr("Save this daily SOFA in the clinical records of patient:")),
            summary=summary, operation=write,
            done=self.tr("Daily SOFA saved for {patient}, day {day}.").format(
                patient=patient, day=day))

    def _total_text(self, entry: SofaEntry) -> str:
        values = entry.values()
        return self.tr("{total} from {n} of 6 organ systems ({how})").format(
            total=values["total"], n=values["assessed_components"],
            how=self.tr("calculator") if values["method"] == "calculator" else
            self.tr("total typed"))

    def correct(self) -> None:
        from desktop_app.services.scores import save_daily_sofa

        record, (entry, _) = self.selected(), self.entry()
        if record is None or entry is None:
            return
        patient, now = self.host.patient, self.host.main.current_time()
        self.host.ask_reason_and_write(
            title=self.tr("Correct a daily SOFA"),
            question=self.tr("Day {day} of {patient} will be stored again as SOFA {total}; the "
                             "old version (record #{id}) stays stored, marked as superseded."
                             ).format(day=record.values["study_day"], patient=patient,
                                      total=self._total_text(entry), id=record.record_id),
            action=self.tr("&Save correction"),
            operation=lambda store, reason: save_daily_sofa(
                store, patient, entry, now=now, corrects=record.record_id, reason=reason),
            done=self.tr("Correction saved for {patient}.").format(patient=patient))

    def mark_in_error(self) -> None:
        from desktop_app.services.scores import mark_score_in_error

        record = self.selected()
        if record is None:
            return
        patient, now = self.host.patient, self.host.main.current_time()
        self.host.ask_reason_and_write(
            title=self.tr("Mark entered in error"),
            question=self.tr("Record #{id} of {patient} will be marked as entered in error. It "
                             "stays stored and listed, and no longer counts.").format(
                id=record.record_id, patient=patient),
            action=self.tr("&Mark entered in error"),
            operation=lambda store, reason: mark_score_in_error(
                store, record.kind, record.record_id, reason=reason, now=now),
            done=self.tr("Record #{id} marked as entered in error.").format(
                id=record.record_id))

    def record_death(self) -> None:
        from desktop_app.services.scores import save_death

        scores = self.host.scores
        if scores is None:
            return
        existing = scores.death
        dialog = DeathDialog(self.host.patient, correcting=existing is not None,
                             today=self.host.today(), parent=self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        patient, now = self.host.patient, self.host.main.current_time()

        def store_it() -> None:
            died_on, reason = dialog.died_on, dialog.reason
            assert died_on is not None
            self.host.write(
                lambda store: save_death(
                    store, patient, died_on=died_on, now=now,
                    corrects=existing.record_id if existing else None,
                    reason=reason if existing else None),
                self.tr("Death recorded for {patient}.").format(patient=patient))

        dialog.accepted.connect(store_it)
        dialog.open()

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.entry_box.setTitle(self.tr("Enter a day's SOFA"))
        self.view_box.setTitle(self.tr("The trial's day-9 measure"))
        self.records_box.setTitle(self.tr("Stored daily SOFA and death records"))
        self.date_caption.setText(self.tr("Da&te:"))
        self.date_edit.setAccessibleName(self.tr("Date of this SOFA"))
        self.day_caption.setText(self.tr("study day:"))
        self.day_spin.setAccessibleName(self.tr("Study day of this SOFA"))
        self.use_calculator.setText(self.tr("From the SOFA &calculator:"))
        self.open_calculator.setText(self.tr("Open the calculator"))
        self.use_total.setText(self.tr("Total t&yped from the chart:"))
        self.total_edit.setAccessibleName(self.tr("SOFA total typed"))
        self.components_caption.setText(self.tr("resting on"))
        self.components.setAccessibleName(self.tr("Organ systems the typed total rests on"))
        self.components.set_texts([self.tr("{n} of 6 organ systems").format(n=n)
                                   for n in range(6, -1, -1)])
        self.correct_button.setText(self.tr("C&orrect with the values above…"))
        self.error_button.setText(self.tr("Mark e&ntered in error…"))
        self.records.setAccessibleName(self.tr("Stored daily SOFA and death records"))
        if self.host.scores is not None or self.host.patient:
            self.refresh()


class DeathDialog(QDialog):
    """The date of death (and, when correcting it, the reason)."""

    def __init__(self, patient: str, *, correcting: bool, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Correct the date of death") if correcting
                            else self.tr("Record death"))
        self.today = today
        self.correcting = correcting
        intro = wrapped(self.tr(
            "Patient {patient}. From the day of death every day of the day-9 measure counts "
            "SOFA 24 (the trial's statistical analysis plan).").format(patient=patient))
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText("YYYY-MM-DD")
        self.date_edit.setAccessibleName(self.tr("Date of death"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason for the correction"))
        self.message = wrapped(style=ERROR_STYLE)
        form = QFormLayout()
        date_label = QLabel(self.tr("&Date of death:"))
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)
        if correcting:
            reason_label = QLabel(self.tr("&Reason (required):"))
            reason_label.setBuddy(self.reason_edit)
            form.addRow(reason_label, self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("&Save"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        for edit in (self.date_edit, self.reason_edit):
            edit.textChanged.connect(lambda _t: self._check())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self._check()
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def died_on(self) -> date | None:
        return read_date(self.date_edit.text())

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _problem(self) -> str:
        died = self.died_on
        if died is None:
            return self.tr("Enter the date as YYYY-MM-DD.")
        if died > self.today:
            return self.tr("The date is after today.")
        if self.correcting and not self.reason:
            return self.tr("A correction needs a reason.")
        return ""

    def _check(self) -> None:
        problem = self._problem() if self.date_edit.text() else ""
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.ok_button.setEnabled(not self._problem())

    def _accept(self) -> None:
        if not self._problem():
            self.accept()
