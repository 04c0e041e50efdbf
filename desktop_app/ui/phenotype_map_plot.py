"""Draws ``core.charts.PhenotypeMap`` with pyqtgraph: log-log axes, regions, thresholds, point.

pyqtgraph's log mode only transforms log-aware items (``PlotDataItem``).  Everything else here
(region rectangles, text, arrow heads, axis ticks) is placed at ``log10`` coordinates by this
module, and the threshold lines are ``PlotDataItem`` segments in natural units (ecosystem.md §5).
The threshold values label their own ticks on the axes.
A censored value is an open marker with an arrow in the censored direction.
"""

from __future__ import annotations

import math
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from desktop_app.core.charts import STYLES, MapPoint, PhenotypeMap

ARROW_FACTOR = 3.0  # a censor arrow spans ×3 along its log axis (the view clips the rest)
REGION_ALPHA = 46  # of 255: the shading stays light enough for black text on top
LABEL_FILL = (255, 255, 255, 170)  # keeps a label readable where a line or arrow crosses it


def _log(v: float) -> float:
    return math.log10(v)


class MapAxis(pg.AxisItem):
    """A log axis labelled by ``set_log_ticks``; a label overlapping an earlier one is dropped.

    The threshold values are the first tick level, so they always win over a decade label.
    """

    def set_log_ticks(self, low: float, high: float, thresholds: list[float]) -> None:
        first, last = math.ceil(_log(low) - 1e-9), math.floor(_log(high) + 1e-9)
        decades = [(float(k), str(10 ** k)) for k in range(first, last + 1)]
        minor = [(_log(m * 10.0 ** k), "") for k in range(first - 1, last + 1)
                 for m in range(2, 10) if low <= m * 10.0 ** k <= high]
        self.setTicks([[(_log(t), _n(t)) for t in thresholds], decades, minor])

    def generateDrawSpecs(self, p):  # type: ignore[no-untyped-def]
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis, ticks, texts = specs
        kept: list[tuple[object, ...]] = []
        for spec in texts:
            if not any(spec[0].intersects(other[0]) for other in kept):
                kept.append(spec)
        return axis, ticks, kept


def _n(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


class PhenotypeMapPlot(pg.PlotWidget):
    """The phenotype map; ``show_map`` redraws it from a description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w",
                         axisItems={"bottom": MapAxis("bottom"), "left": MapAxis("left")})
        self.setAccessibleName(self.tr("Phenotype map"))
        item = self.getPlotItem()
        item.setLogMode(x=True, y=True)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setMenuEnabled(False)
        for side in ("bottom", "left"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen("k"))
            axis.setTextPen(pg.mkPen("k"))
        self.description: PhenotypeMap | None = None
        self._static_key: object = None
        self.region_items: list[QGraphicsRectItem] = []
        self.line_items: list[pg.PlotDataItem] = []
        self.text_items: list[pg.TextItem] = []
        self.point_items: list[pg.PlotDataItem] = []
        self.arrow_items: list[pg.GraphicsObject] = []

    def show_map(self, m: PhenotypeMap) -> None:
        key = (m.title, m.x_label, m.y_label, m.x_range, m.y_range, m.regions, m.lines)
        if key != self._static_key:
            self._draw_static(m)
            self._static_key = key
        self._draw_points(m)
        self.description = m

    # -- static part: axes, regions, thresholds ----------------------------------------------
    def _draw_static(self, m: PhenotypeMap) -> None:
        item = self.getPlotItem()
        for old in (*self.region_items, *self.line_items, *self.text_items):
            item.removeItem(old)
        self.region_items, self.line_items, self.text_items = [], [], []
        # The title is the panel's label above the plot (it wraps; a plot title does not).
        # Axis labels are HTML: escape, and break before the unit so a short plot fits them.
        for side, text in (("bottom", m.x_label), ("left", m.y_label)):
            item.setLabel(side, escape(text).replace(" (", "<br>(") if side == "left" else
                          escape(text), color="k")
        (x0, x1), (y0, y1) = m.x_range, m.y_range
        for side, axis_name in (("bottom", "x"), ("left", "y")):
            low, high = (x0, x1) if axis_name == "x" else (y0, y1)
            item.getAxis(side).set_log_ticks(
                low, high, [line.value for line in m.lines if line.axis == axis_name])
        # Padding keeps a marker on the edge (no HLA-DR in AB/C) fully visible.
        item.setRange(xRange=(_log(x0), _log(x1)), yRange=(_log(y0), _log(y1)), padding=0.06)
        for r in m.regions:
            rect = QGraphicsRectItem(QRectF(_log(r.x_min), _log(r.y_min),
                                            _log(r.x_max) - _log(r.x_min),
                                            _log(r.y_max) - _log(r.y_min)))
            colour = QColor(r.colour)
            colour.setAlpha(REGION_ALPHA)
            rect.setBrush(QBrush(colour))
            rect.setPen(QPen(Qt.PenStyle.NoPen))
            rect.setZValue(-10)
            item.addItem(rect)
            self.region_items.append(rect)
            # Labels sit in the region's top outer corner: points on the bottom edge (no
            # HLA-DR in AB/C) and censored arrows then rarely cover them.
            right = r.x_max >= x1
            label = pg.TextItem(r.label, color="k", anchor=(1 if right else 0, 0),
                                fill=LABEL_FILL)
            label.setPos(_log(r.x_max if right else r.x_min), _log(r.y_max))
            self._add_text(label)
        for line in m.lines:
            xs, ys = ([line.value, line.value], [line.start, line.end]) if line.axis == "x" \
                else ([line.start, line.end], [line.value, line.value])
            segment = pg.PlotDataItem(xs, ys, pen=pg.mkPen("k", width=2,
                                                             style=Qt.PenStyle.DashLine))
            item.addItem(segment)
            self.line_items.append(segment)
        # Each threshold is labelled on its axis (4420, 5000: ticks of their own, set above)
        # instead of inside the plot, where labels collided with regions and points.

    def _add_text(self, text: pg.TextItem) -> None:
        self.getPlotItem().addItem(text, ignoreBounds=True)
        self.text_items.append(text)

    # -- the patient's point(s) ---------------------------------------------------------------
    def _draw_points(self, m: PhenotypeMap) -> None:
        item = self.getPlotItem()
        for old in (*self.point_items, *self.arrow_items):
            item.removeItem(old)
        self.point_items, self.arrow_items = [], []
        for p in m.points:
            self._draw_point(p, m)

    def _draw_point(self, p: MapPoint, m: PhenotypeMap) -> None:
        style = STYLES[p.phenotype]
        y = p.y if p.y is not None else m.y_range[0]  # no usable HLA-DR: on the bottom edge
        censored = bool(p.x_censor or p.y_censor) or p.y is None
        pen = pg.mkPen("k" if not censored else style.colour, width=3 if censored else 1.5)
        brush = None if censored else pg.mkBrush(style.colour)
        for axis, direction in (("x", p.x_censor), ("y", p.y_censor)):
            if direction:
                self._draw_arrow(p.x, y, axis, direction, style.colour)
        point = pg.PlotDataItem([p.x], [y], pen=None, symbol=style.symbol, symbolSize=18,
                                symbolPen=pen, symbolBrush=brush if brush else pg.mkBrush(None))
        point.setZValue(10)
        item = self.getPlotItem()
        item.addItem(point)
        self.point_items.append(point)
        if p.label:  # a single patient's point needs no caption; a cohort's points do
            text = pg.TextItem(p.label, color="k", anchor=(0.5, 1.5))
            text.setPos(_log(p.x), _log(y))
            item.addItem(text, ignoreBounds=True)
            self.arrow_items.append(text)

    def _draw_arrow(self, x: float, y: float, axis: str, direction: str, colour: str) -> None:
        factor = ARROW_FACTOR if direction == ">" else 1 / ARROW_FACTOR
        end_x, end_y = (x * factor, y) if axis == "x" else (x, y * factor)
        shaft = pg.PlotDataItem([x, end_x], [y, end_y], pen=pg.mkPen(colour, width=3))
        # ArrowItem: angle 0 points left; y grows upwards in the view.
        angle = {("x", ">"): 180, ("x", "<"): 0, ("y", ">"): 90, ("y", "<"): -90}[(axis, direction)]
        head = pg.ArrowItem(pos=(_log(end_x), _log(end_y)), angle=angle, headLen=16,
                            tailLen=0, pen=pg.mkPen(colour), brush=pg.mkBrush(colour))
        item = self.getPlotItem()
        item.addItem(shaft)
        item.addItem(head, ignoreBounds=True)
        self.arrow_items += [shaft, head]
