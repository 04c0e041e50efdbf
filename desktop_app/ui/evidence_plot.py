"""Draws ``core.charts.EvidenceChart`` with pyqtgraph: responders with Wilson 95 % CIs.

Horizontal bars, so every bar's label (group and counts) is written out in full on the left
axis.  Treated bars are solid, placebo bars hatched, the patient's subgroup is boxed and named:
colour is never the only cue.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from desktop_app.core.charts import BarGroup, EvidenceChart

GROUP_STEP = 3.4  # vertical distance between groups; a group's title sits in the gap
BAR_HEIGHT = 0.8
X_MAX = 100.0


class EvidencePlot(pg.PlotWidget):
    """The evidence chart; ``show_chart`` redraws it from a description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setAccessibleName(self.tr("Evidence chart"))
        item = self.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setMenuEnabled(False)
        item.showGrid(x=True, alpha=0.2)
        for side in ("bottom", "left"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen("k"))
            axis.setTextPen(pg.mkPen("k"))
        self.description: EvidenceChart | None = None
        self.items: list[object] = []
        self.bar_values: list[tuple[str, float, float, float]] = []  # label, %, CI low, high
        self.highlight_label: str | None = None
        self.titles: list[pg.TextItem] = []
        item.getViewBox().sigResized.connect(self._wrap_titles)

    def show_chart(self, chart: EvidenceChart) -> None:
        if chart == self.description:
            return
        item = self.getPlotItem()
        for old in self.items:
            item.removeItem(old)
        self.items, self.bar_values, self.titles = [], [], []
        item.setLabel("bottom", chart.y_label, color="k")
        self.highlight_label = next((g.label for g in chart.groups if g.highlighted), None)
        ticks = []
        top = (len(chart.groups) - 1) * GROUP_STEP + 1
        for i, group in enumerate(chart.groups):
            base = top - i * GROUP_STEP  # treated bar at base, placebo at base - 1
            ticks += self._draw_group(group, base)
        item.getAxis("left").setTicks([ticks, []])
        # "100" fits at the right; a wrapped (two-line) title of the top group fits above it.
        item.setRange(xRange=(0, X_MAX + 8), yRange=(-0.7, top + 2.4), padding=0)
        self.description = chart
        self._wrap_titles()

    def _wrap_titles(self) -> None:
        """Group titles wrap inside the bars' width instead of running off the plot."""
        view = self.getPlotItem().getViewBox()
        width = max(80.0, view.width() * X_MAX / (X_MAX + 8) - 4)
        for title in self.titles:
            title.setTextWidth(width)

    def _draw_group(self, g: BarGroup, base: float) -> list[tuple[float, str]]:
        if g.highlighted:
            box = QGraphicsRectItem(QRectF(0, base - 1.55, X_MAX, 3.0))  # bars and title
            box.setBrush(QBrush(QColor("#EFEFEF")))
            box.setPen(QPen(QColor("#000000"), 0))
            box.setZValue(-10)
            self._add(box)
        title = self.tr("{group} (this patient)").format(group=g.label) if g.highlighted \
            else g.label
        text = pg.TextItem(title, color="k", anchor=(0, 1))
        text.setPos(0, base + 0.5)
        self.titles.append(text)
        self._add(text)
        ticks = []
        for offset, bar, hatched in ((0.0, g.treated, False), (1.0, g.control, True)):
            y = base - offset
            self._add(pg.BarGraphItem(x0=[0], y=[y], width=[bar.percent], height=BAR_HEIGHT,
                                      brush=QBrush(QColor(bar.colour)), pen=pg.mkPen("k")))
            if hatched:
                self._add(pg.BarGraphItem(x0=[0], y=[y], width=[bar.percent], height=BAR_HEIGHT,
                                          brush=QBrush(QColor("#000000"),
                                                       Qt.BrushStyle.BDiagPattern),
                                          pen=pg.mkPen("k")))
            self._add(pg.ErrorBarItem(x=np.array([bar.percent]), y=np.array([y]),
                                      left=np.array([bar.percent - bar.ci_low]),
                                      right=np.array([bar.ci_high - bar.percent]), beam=0.3,
                                      pen=pg.mkPen("k", width=1.5)))
            value = pg.TextItem(f"{bar.percent:.0f} %", color="k", anchor=(0, 0.5))
            value.setPos(bar.ci_high + 1, y)
            self._add(value)
            ticks.append((y, bar.label))
            self.bar_values.append((bar.label, bar.percent, bar.ci_low, bar.ci_high))
        return ticks

    def _add(self, obj: object) -> None:
        self.getPlotItem().addItem(obj)
        self.items.append(obj)
