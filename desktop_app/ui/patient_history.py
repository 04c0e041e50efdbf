"""The patient view: every stored assessment (oldest first) and the ferritin / HLA-DR trend.

The widgets take their data in the constructor (a list of ``HistoryEntry`` and a
``core.trend.TrendChart``); ``PatientHistoryDialog.from_store`` reads both from a ``Store``.
Ferritin is drawn on a log axis.  pyqtgraph places items that are not log-aware at 10**value,
so only ``PlotDataItem`` (via ``plot()``) carries data, and the horizontal threshold line gets
``log10(4420)`` explicitly (ecosystem §5).  Vertical transition lines only use x, which is linear.

pyqtgraph and the store (SQLAlchemy) are imported only when a view is built; the menu action
lives in ``patient_history_action.py`` so the main window starts without this module.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.charts import BLACK, BLUE, GREY, VERMILLION
from desktop_app.core.trend import TrendChart, TrendPoint

if TYPE_CHECKING:
    import pyqtgraph as pg

    from desktop_app.services.records import HistoryEntry, Store
    from desktop_app.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

TRAINING_TEXT = "TRAINING DATABASE — synthetic records, not for clinical use"
COLUMNS = ("Time", "Result", "Ferritin", "HLA-DR", "Rule set", "Record")
# Marker for censored values: drawn at the bound, pointing the way the true value lies.
CENSOR_SYMBOLS = {">": "t1", ">=": "t1", "<": "t", "<=": "t"}


def _local(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _value_text(part: dict | None) -> str:
    if not part:
        return "—"
    return f"{part['entered']} {part['unit']}"


def _record_text(e: HistoryEntry) -> str:
    notes = e.version_notes()
    return f"#{e.assessment_id}" + (f" ({'; '.join(notes)})" if notes else "")


class HistoryTable(QTableWidget):
    """One row per stored assessment, oldest first; replaced or erroneous ones are greyed."""

    def __init__(self, entries: list[HistoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(len(entries), len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(COLUMNS)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setAccessibleName("Stored assessments, oldest first")
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        for row, e in enumerate(entries):
            basis = "sampled" if e.sampled_at else "assessed"
            result = e.result.get("phenotype_label") or e.phenotype or "Cannot classify"
            cells = (f"{_local(e.order_time)} ({basis})", result,
                     _value_text(e.inputs.get("ferritin")), _value_text(e.inputs.get("hla_dr")),
                     e.ruleset_version, _record_text(e))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not e.is_current:
                    font = QFont(item.font())
                    font.setStrikeOut(e.entered_in_error)
                    item.setFont(font)
                    item.setForeground(QBrush(QColor(GREY)))
                self.setItem(row, col, item)


def _x(when: datetime) -> float:
    return when.timestamp()  # DateAxisItem reads POSIX seconds


class TrendChartWidget(QWidget):
    """Ferritin (log axis) above HLA-DR, sharing a date axis; thresholds and transitions."""

    def __init__(self, chart: TrendChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self.chart = chart
        self.ferritin_plot = self._plot("Ferritin", chart.ferritin_unit)
        self.hla_dr_plot = self._plot("HLA-DR", chart.hla_dr_unit)
        self.hla_dr_plot.setXLink(self.ferritin_plot)
        self.ferritin_plot.setLogMode(x=False, y=True)
        self.threshold_lines: dict[str, pg.InfiniteLine] = {}
        self.transition_lines: list[pg.InfiniteLine] = []
        self._series(self.ferritin_plot, chart.ferritin, VERMILLION)
        self._series(self.hla_dr_plot, chart.hla_dr, BLUE)
        for line in chart.thresholds:
            plot = self.ferritin_plot if line.analyte == "ferritin" else self.hla_dr_plot
            pos = math.log10(line.value) if line.analyte == "ferritin" else line.value
            item = pg.InfiniteLine(pos=pos, angle=0, movable=False,
                                   pen=pg.mkPen(BLACK, width=1, style=Qt.PenStyle.DashLine),
                                   label=line.label,
                                   labelOpts={"position": 0.02, "color": BLACK,
                                              "anchors": [(0, 1), (0, 1)]})
            plot.addItem(item)
            self.threshold_lines[line.analyte] = item
        for t in chart.transitions:
            for plot in (self.ferritin_plot, self.hla_dr_plot):
                item = pg.InfiniteLine(pos=_x(t.at), angle=90, movable=False,
                                       pen=pg.mkPen(GREY, width=2, style=Qt.PenStyle.DotLine),
                                       label=t.label if plot is self.ferritin_plot else None,
                                       labelOpts={"position": 0.92, "color": BLACK,
                                                  "anchors": [(0, 0.5), (0, 0.5)]})
                plot.addItem(item)
                if plot is self.ferritin_plot:
                    self.transition_lines.append(item)
        self._fit(self.ferritin_plot, chart.ferritin, chart, "ferritin", log=True)
        self._fit(self.hla_dr_plot, chart.hla_dr, chart, "hla_dr", log=False)
        self.empty_label = QLabel("No values to draw yet." if chart.is_empty else "")
        self.empty_label.setVisible(chart.is_empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.ferritin_plot, 1)
        layout.addWidget(self.hla_dr_plot, 1)

    def _plot(self, title: str, unit: str) -> pg.PlotWidget:
        import pyqtgraph as pg

        plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
        plot.setBackground("w")
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.setLabel("left", f"{title} ({unit})")
        plot.setAccessibleName(f"{title} trend")
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setPen(pg.mkPen(BLACK))
            plot.getAxis(axis).setTextPen(pg.mkPen(BLACK))
        return plot

    def _series(self, plot: pg.PlotWidget, points: tuple[TrendPoint, ...], colour: str) -> None:
        import pyqtgraph as pg

        if not points:
            return
        xs = [_x(p.when) for p in points]
        plot.plot(xs, [p.value for p in points], pen=pg.mkPen(colour, width=2), symbol="o",
                  symbolBrush=colour, symbolPen=colour, symbolSize=8)
        for comparator, symbol in CENSOR_SYMBOLS.items():
            censored = [p for p in points if p.comparator == comparator]
            if censored:
                plot.plot([_x(p.when) for p in censored], [p.value for p in censored], pen=None,
                          symbol=symbol, symbolSize=14, symbolBrush=None,
                          symbolPen=pg.mkPen(BLACK, width=2))

    @staticmethod
    def _fit(plot: pg.PlotWidget, points: tuple[TrendPoint, ...], chart: TrendChart,
             analyte: str, *, log: bool) -> None:
        """Y range covering the values and the threshold, so the cut-off is always in view."""
        values = [p.value for p in points]
        values += [t.value for t in chart.thresholds if t.analyte == analyte]
        if log:
            values = [math.log10(v) for v in values if v > 0]
        low, high = min(values), max(values)
        pad = max((high - low) * 0.1, 0.1 if log else 100.0)
        plot.setYRange(low - pad, high + pad, padding=0)

    def data_items(self, analyte: str) -> list[pg.PlotDataItem]:
        import pyqtgraph as pg

        plot = self.ferritin_plot if analyte == "ferritin" else self.hla_dr_plot
        return [i for i in plot.getPlotItem().listDataItems() if isinstance(i, pg.PlotDataItem)]


class PatientHistoryView(QWidget):
    """The list of assessments above the trend chart, with the reversal definitions."""

    def __init__(self, patient_id: str, entries: list[HistoryEntry], chart: TrendChart, *,
                 training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patient_id, self.training = patient_id, training
        self.banner = QLabel(TRAINING_TEXT)
        self.banner.setStyleSheet("QLabel { background: #E69F00; color: black; "
                                  "font-weight: bold; padding: 4px; }")
        self.banner.setVisible(training)
        count = len(entries)
        self.title = QLabel(f"Patient {patient_id}: {count} stored assessment"
                            f"{'' if count == 1 else 's'}, oldest first")
        self.title.setStyleSheet("QLabel { font-weight: bold; }")
        self.table = HistoryTable(entries)
        self.trend = TrendChartWidget(chart)
        transitions = ", ".join(f"{t.label} ({_local(t.at)})" for t in chart.transitions)
        self.transitions_label = QLabel(f"Phenotype changes: {transitions or 'none'}")
        self.transitions_label.setWordWrap(True)
        info = [*chart.notes, *chart.reversal_notes]
        self.reversal_label = QLabel("\n".join(info))
        self.reversal_label.setWordWrap(True)
        self.reversal_label.setAccessibleName("Day-15 reversal definitions")
        self.reversal_label.setStyleSheet("QLabel { color: #333333; }")
        legend = QLabel("Dashed lines: entry thresholds (MALS: ferritin > 4420 ng/mL; "
                        "immunoparalysis: HLA-DR < 5000 AB/C). Dotted lines: phenotype "
                        "changes. Open triangles: censored values drawn at their bound. "
                        "Only current versions are drawn.")
        legend.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.trend)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        for widget in (self.banner, self.title):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)
        for widget in (self.transitions_label, legend, self.reversal_label):
            layout.addWidget(widget)


class PatientHistoryDialog(QDialog):
    """A window around ``PatientHistoryView`` (opened from the main window's menu)."""

    def __init__(self, view: PatientHistoryView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        mode = " — TRAINING" if view.training else ""
        self.setWindowTitle(f"Patient history — {view.patient_id}{mode}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        self.resize(900, 760)

    @classmethod
    def from_store(cls, store: Store, patient_id: str,
                   parent: QWidget | None = None) -> PatientHistoryDialog:
        """Read the patient's history and trend from ``store`` (raises ``StoreError``)."""
        entries = store.history(patient_id)
        view = PatientHistoryView(patient_id.strip(), entries, store.trend(patient_id),
                                  training=store.training)
        return cls(view, parent)


def open_patient_history(window: MainWindow) -> PatientHistoryDialog | None:
    """Show the history of the patient whose identifier is in the form, from the database of
    the window's mode (training or clinical).  Non-modal; ``None`` if nothing could be shown."""
    from desktop_app.services.records import StoreError, open_store

    identifier = window.patient_identifier.strip()
    if not identifier:
        window.statusBar().showMessage(
            "Patient history: enter the patient identifier first.", 8000)
        return None
    try:
        with open_store(window.data_dir, training=window.training) as store:
            dialog = PatientHistoryDialog.from_store(store, identifier, parent=window)
    except StoreError as exc:
        logger.warning("patient history not shown: %s", type(exc).__name__)
        box = QMessageBox(QMessageBox.Icon.Warning, "Patient history", str(exc),
                          QMessageBox.StandardButton.Ok, window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
