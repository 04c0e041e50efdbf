"""The daily SOFA course and the day-9 measure: chart, table and the arithmetic, in words.

Shown in the scores window (Daily SOFA and day 9) and in the patient's history.  What it shows
comes from ``services.scores`` (``PatientScores.day_nine`` → ``core.response``; the rows from
``course_days``): the measure is never recomputed here.  It says plainly, always, that this is
the trial's research endpoint and not a treatment target, and marks it provisional until
day 9.  The chart draws each day's SOFA (filled: entered; open: carried forward or pending;
a cross at 24: death), the day-1 value less 1.4 (dashed: the mean of days 2–9 must fall below
it) and the mean so far (dotted); the lines are explained in words under the chart, where no
plot edge can cut them.  pyqtgraph is imported when the chart is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.charts import BLACK, GREY
from desktop_app.core.response import RESPONSE_THRESHOLD, show
from desktop_app.ui.language import Retranslating, text_translator
from desktop_app.ui.score_widgets import NOTE_STYLE, WARN_STYLE, bold, wrapped

if TYPE_CHECKING:
    from desktop_app.services.scores import CourseDay, DayNine, PatientScores

PROVISIONAL_STYLE = ("QLabel { background: #FFF1CC; color: #000000; border: 2px solid #B07A00; "
                     "padding: 2px 6px; font-weight: bold; }")
FINAL_STYLE = ("QLabel { background: #FFFFFF; color: #000000; border: 2px solid #000000; "
               "padding: 2px 6px; font-weight: bold; }")
ENTERED = "#0072B2"  # Okabe-Ito blue


def short_date(when: object) -> str:
    from PySide6.QtCore import QDate, QLocale

    d = QDate(when.year, when.month, when.day)  # type: ignore[attr-defined]
    return QLocale().toString(d, "d MMM yyyy")


class SofaCourseView(Retranslating, QWidget):
    """The measure as of a day: verdict, arithmetic, statements, table of days 1-9, chart."""

    def __init__(self, scores: PatientScores, nine: DayNine, *, chart: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop_app.services.scores import course_days

        self.scores, self.nine = scores, nine
        self.days: list[CourseDay] = course_days(scores, nine)
        self.title = bold(QLabel())
        self.badge = QLabel()
        self.verdict = bold(wrapped())
        self.arithmetic = wrapped()
        self.statements = wrapped(style=NOTE_STYLE)
        self.warnings = wrapped(style=WARN_STYLE)
        self.table = QTableWidget(len(self.days), 5)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVisible(bool(self.days))
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.plot = None
        self.chart_note = wrapped(style=NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.badge, self.verdict, self.arithmetic, self.warnings,
                       self.statements, self.table):
            layout.addWidget(widget)
        if chart and self.days:
            self.plot = self._chart()
            layout.addWidget(self.plot, 1)
            layout.addWidget(self.chart_note)
        else:
            self.chart_note.setVisible(False)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        tr = text_translator()
        nine, r = self.nine, self.nine.result
        self.title.setText(self.tr("Day-9 SOFA response (ImmunoSep primary endpoint)"))
        for label, name in ((self.badge, self.tr("Day-9 status")),
                            (self.verdict, self.tr("Day-9 verdict")),
                            (self.arithmetic, self.tr("Day-9 arithmetic")),
                            (self.statements, self.tr("About this measure")),
                            (self.warnings, self.tr("Day-9 warnings"))):
            label.setAccessibleName(name)
        self.table.setAccessibleName(self.tr("Daily SOFA, days 1 to 9"))
        if r is None:
            self.badge.setText(self.tr("NO MEASURE YET"))
            self.badge.setStyleSheet(PROVISIONAL_STYLE)
            self.verdict.setText(self.problem_text())
            for label in (self.arithmetic, self.warnings):
                label.setVisible(False)
            self.statements.setText(self.tr(
                "This is the ImmunoSep trial's research endpoint (day-1 SOFA minus the mean "
                "SOFA of days 2–9 > 1.4 points), not a treatment target."))
            return
        day = nine.current_day
        if r.provisional:
            self.badge.setText(self.tr("PROVISIONAL — today is day {day}; final once day 9 "
                                       "has a value or is over").format(day=day))
            self.badge.setStyleSheet(PROVISIONAL_STYLE)
        else:
            self.badge.setText(self.tr("FINAL (day 9 reached)") if r.died_on_day is None
                               else self.tr("FINAL (death recorded)"))
            self.badge.setStyleSheet(FINAL_STYLE)
        self.verdict.setText(tr.finding(r.verdict))
        self.arithmetic.setText(self.tr("Day 1 minus the mean of days 2–9: {arithmetic}"
                                        ).format(arithmetic=r.arithmetic))
        self.arithmetic.setVisible(True)
        self.warnings.setText("\n".join("⚠ " + tr.finding(w) for w in r.warnings))
        self.warnings.setVisible(bool(r.warnings))
        self.statements.setText("\n".join(tr.finding(s) for s in r.statements))
        self._fill_table()
        self.chart_note.setText(self.tr(
            "Filled dots: SOFA entered; open dots: carried forward (a missing day, or a day not "
            "over yet); crosses at 24: from the day of death. Dashed line: day-1 SOFA − 1.4 = "
            "{limit}; the mean of days 2–9 (dotted line, now {mean}) must be below it for a "
            "response.").format(limit=show(r.day1 - RESPONSE_THRESHOLD),
                                mean=show(r.mean_days_2_9)))

    def problem_text(self) -> str:
        """Why there is no measure yet, in words."""
        problem = self.nine.problem
        code = problem.code if problem is not None else ""
        if code == "day1_missing":
            return self.tr("No measure yet: the SOFA of day 1 (the day of phenotyping) is "
                           "needed; the measure starts from it.")
        if code == "day_out_of_range":
            return self.tr("No measure: today is before day 1 of the SOFA course.")
        return self.tr("No measure: {reason}").format(reason=problem.message if problem else "")

    def _fill_table(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Date"), self.tr("SOFA"), self.tr("Organ systems"),
            self.tr("How the day counts")])
        for row, d in enumerate(self.days):
            how = {
                "entered": self.tr("entered (record #{id})").format(id=d.record_id),
                "carried_forward": self.tr("missing: day {day} carried forward").format(
                    day=d.carried_from),
                "pending": self.tr("not over yet: day {day} carried forward for now").format(
                    day=d.carried_from),
                "death": self.tr("death: counted 24"),
            }[d.source]
            if d.day == 1:
                how = self.tr("day of phenotyping (record #{id})").format(id=d.record_id)
            parts = self.tr("{n} of 6").format(n=d.assessed_components) \
                if d.assessed_components is not None else "—"
            cells = (str(d.day), short_date(d.on), str(d.sofa), parts, how)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col in (0, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if d.source != "entered":
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        # Nine short rows: the whole table is shown, never a scrolled window onto it.
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setFixedHeight(height)

    # -- chart --------------------------------------------------------------------------------
    def _chart(self):
        import pyqtgraph as pg

        r = self.nine.result
        assert r is not None
        plot = pg.PlotWidget(background="w")
        plot.setAccessibleName(self.tr("Daily SOFA chart"))
        plot.setMinimumHeight(self.fontMetrics().height() * 12)
        item = plot.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=False, y=True, alpha=0.2)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(BLACK))
            axis.setTextPen(pg.mkPen(BLACK))
        item.setLabel("bottom", self.tr("study day (1 = phenotyping)"))
        item.setLabel("left", self.tr("SOFA"))
        item.getAxis("bottom").setTicks([[(d.day, str(d.day)) for d in self.days], []])
        item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 25, 4)], []])
        xs = [d.day for d in self.days]
        ys = [d.sofa for d in self.days]
        plot.plot(xs, ys, pen=pg.mkPen(GREY, width=2))
        for d in self.days:
            if d.source == "death":
                plot.plot([d.day], [d.sofa], pen=None, symbol="x", symbolSize=14,
                          symbolPen=pg.mkPen(BLACK, width=2), symbolBrush=BLACK)
            else:
                filled = d.source == "entered"
                plot.plot([d.day], [d.sofa], pen=None, symbol="o", symbolSize=12,
                          symbolBrush=ENTERED if filled else None,
                          symbolPen=pg.mkPen(ENTERED if filled else GREY, width=2))
        for value, style in ((float(r.day1 - RESPONSE_THRESHOLD), Qt.PenStyle.DashLine),
                             (float(r.mean_days_2_9), Qt.PenStyle.DotLine)):
            plot.addItem(pg.InfiniteLine(pos=value, angle=0, movable=False,
                                         pen=pg.mkPen(BLACK, width=1, style=style)))
        item.setXRange(0.5, max(xs) + 0.5, padding=0)
        item.setYRange(0, 25, padding=0)
        return plot
