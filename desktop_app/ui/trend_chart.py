"""The history's trend: ferritin (log scale) above HLA-DR, sharing a time axis.

Drawn from ``core.trend.TrendChart`` (the same description the PDF draws).  Readable and never
cut: the time axis is labelled at the sample times themselves ("24 Nov 08:00", thinned when
crowded); the ferritin axis is log10 positions laid out here with plain-number ticks (100,
1 000, 4420, 10 000 — never "1e4"), so no item depends on pyqtgraph's log mode (ecosystem §5);
HLA-DR has no SI-prefix scaling; every point carries its phenotype's marker (shape and colour,
as on the map); the thresholds are dashed lines named on their axis; phenotype changes are
dotted lines, listed in words under the chart rather than as labels that a plot edge could cut.
An empty history is said in words instead of drawing axes around nothing.

pyqtgraph is imported only when a chart is built (the history opens after start-up).
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.core.charts import BLACK, GREY, STYLES
from desktop_app.core.phenotype import Phenotype
from desktop_app.core.trend import TrendChart, TrendPoint

MAX_TIME_TICKS = 8
OPEN_FOR_CENSORED = {">", ">=", "<", "<="}


def time_tick(when: float) -> str:
    """A sample time as its axis label: day, month and time of day, in the local zone, with
    the month's name in the window's language (never the computer's)."""
    from desktop_app.ui.language import current_language

    moment = QDateTime.fromSecsSinceEpoch(round(when))
    return QLocale(current_language()).toString(moment, "d MMM HH:mm")


def plain(value: float) -> str:
    """10 → "10", 10000 → "10 000": plain digits, a thin space between thousands."""
    whole = f"{round(value):,d}"
    return whole.replace(",", " ") if value >= 10_000 else whole.replace(",", "")


def _x(when: datetime) -> float:
    return when.timestamp()


def _padding(first: float, last: float) -> float:
    """Room either side, so the first and last points and their time labels are not cut."""
    return max((last - first) * 0.1, 6 * 3600.0)


def _thin(xs: list[float]) -> list[float]:
    """At most ``MAX_TIME_TICKS`` sample times to label, none closer than a sixteenth of the
    visible span: the labels of samples minutes apart printed over each other (every point
    is still drawn)."""
    unique = sorted(set(xs))
    if len(unique) > MAX_TIME_TICKS:
        step = (len(unique) - 1) / (MAX_TIME_TICKS - 1)
        unique = [unique[round(i * step)] for i in range(MAX_TIME_TICKS)]
    span = unique[-1] - unique[0]
    gap = (span + 2 * _padding(unique[0], unique[-1])) / (2 * MAX_TIME_TICKS)
    kept = unique[:1]
    for x in unique[1:]:
        if x - kept[-1] >= gap:
            kept.append(x)
    if len(kept) > 1 and kept[-1] != unique[-1]:
        kept[-1] = unique[-1]  # the newest sample keeps its label (and bounds the range)
    return kept


class TrendChartWidget(QWidget):
    """Both plots with their titles; ``empty_label`` instead when nothing can be drawn."""

    def __init__(self, chart: TrendChart, phenotypes: dict[int, str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.phenotypes = phenotypes  # assessment id -> phenotype value (None: cannot classify)
        self.threshold_lines: dict[str, object] = {}
        self.transition_lines: list[object] = []
        self.ferritin_plot = self.hla_dr_plot = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(self.tr(
            "No values to draw yet: the trend appears here once an assessment with ferritin or "
            "HLA-DR has been saved for this patient."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("Trend"))
        layout.addWidget(self.empty_label)
        self.empty_label.setVisible(chart.is_empty)
        if chart.is_empty:
            return
        ticks = [(x, time_tick(x)) for x in _thin(
            [_x(p.when) for p in (*chart.ferritin, *chart.hla_dr)])]
        self.ferritin_plot = self._plot(self.tr("Ferritin, ng/mL (logarithmic scale)"), ticks)
        self.hla_dr_plot = self._plot(self.tr("Monocyte HLA-DR, AB/C"), ticks)
        self.hla_dr_plot.setXLink(self.ferritin_plot)
        self._draw(self.ferritin_plot, chart.ferritin, log=True)
        self._draw(self.hla_dr_plot, chart.hla_dr, log=False)
        for line in chart.thresholds:
            plot = self.ferritin_plot if line.analyte == "ferritin" else self.hla_dr_plot
            self.threshold_lines[line.analyte] = self._hline(
                plot, math.log10(line.value) if line.analyte == "ferritin" else line.value)
        for t in chart.transitions:
            for plot in (self.ferritin_plot, self.hla_dr_plot):
                item = self._vline(plot, _x(t.at))
                if plot is self.ferritin_plot:
                    self.transition_lines.append(item)
        self._ferritin_axis()
        self._fit_hla_dr()
        for title, plot in ((self.tr("Ferritin, ng/mL (logarithmic scale)"), self.ferritin_plot),
                            (self.tr("Monocyte HLA-DR, AB/C"), self.hla_dr_plot)):
            label = QLabel(title)
            label.setWordWrap(True)
            label.setStyleSheet("font-weight: bold;")
            layout.addWidget(label)
            layout.addWidget(plot, 1)

    # -- building ---------------------------------------------------------------------------
    def _plot(self, name: str, ticks: list[tuple[float, str]]):
        import pyqtgraph as pg

        plot = pg.PlotWidget(background="w")
        plot.setAccessibleName(name)
        item = plot.getPlotItem()
        item.setMenuEnabled(False)
        item.showGrid(x=True, y=True, alpha=0.2)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(BLACK))
            axis.setTextPen(pg.mkPen(BLACK))
            axis.enableAutoSIPrefix(False)  # 10000, not "10 (x1e+03)"
        item.getAxis("bottom").setTicks([ticks, []])
        item.getAxis("left").setWidth(self.fontMetrics().horizontalAdvance("100 000") + 12)
        first, last = ticks[0][0], ticks[-1][0]
        pad = _padding(first, last)
        item.setXRange(first - pad, last + pad, padding=0)
        return plot

    def _draw(self, plot, points: tuple[TrendPoint, ...], *, log: bool) -> None:
        import pyqtgraph as pg

        if not points:
            return
        ys = [math.log10(p.value) if log else p.value for p in points]
        xs = [_x(p.when) for p in points]
        plot.plot(xs, ys, pen=pg.mkPen(GREY, width=2))
        for point, x, y in zip(points, xs, ys, strict=True):
            value = self.phenotypes.get(point.assessment_id)
            style = STYLES[Phenotype(value) if value else None]
            censored = point.comparator in OPEN_FOR_CENSORED
            plot.plot([x], [y], pen=None, symbol=style.symbol, symbolSize=13,
                      symbolBrush=None if censored else style.colour,
                      symbolPen=pg.mkPen(style.colour if not censored else BLACK, width=2),
                      name=style.label)

    def _hline(self, plot, y: float):
        import pyqtgraph as pg

        item = pg.InfiniteLine(pos=y, angle=0, movable=False,
                               pen=pg.mkPen(BLACK, width=1, style=Qt.PenStyle.DashLine))
        plot.addItem(item)
        return item

    def _vline(self, plot, x: float):
        import pyqtgraph as pg

        item = pg.InfiniteLine(pos=x, angle=90, movable=False,
                               pen=pg.mkPen(GREY, width=2, style=Qt.PenStyle.DotLine))
        plot.addItem(item)
        return item

    def _ferritin_axis(self) -> None:
        """Decade ticks in plain digits plus the threshold, over values and threshold."""
        threshold = next(t.value for t in self.chart.thresholds if t.analyte == "ferritin")
        values = [p.value for p in self.chart.ferritin if p.value > 0] + [threshold]
        low = math.floor(math.log10(min(values)) - 0.15)
        high = math.ceil(math.log10(max(values)) + 0.15)
        ticks = [(float(k), plain(10.0 ** k)) for k in range(low, high + 1)]
        ticks.append((math.log10(threshold), plain(threshold)))
        plot = self.ferritin_plot
        assert plot is not None
        plot.getPlotItem().getAxis("left").setTicks([sorted(ticks), []])
        plot.setYRange(math.log10(min(values)) - 0.25, math.log10(max(values)) + 0.25,
                       padding=0)

    def _fit_hla_dr(self) -> None:
        threshold = next(t.value for t in self.chart.thresholds if t.analyte == "hla_dr")
        values = [p.value for p in self.chart.hla_dr] + [threshold]
        low, high = min(values), max(values)
        pad = max((high - low) * 0.12, 500.0)
        plot = self.hla_dr_plot
        assert plot is not None
        plot.setYRange(max(0.0, low - pad), high + pad, padding=0)

    # -- for tests --------------------------------------------------------------------------
    def data_items(self, analyte: str) -> list[object]:
        import pyqtgraph as pg

        plot = self.ferritin_plot if analyte == "ferritin" else self.hla_dr_plot
        if plot is None:
            return []
        return [i for i in plot.getPlotItem().listDataItems() if isinstance(i, pg.PlotDataItem)]
