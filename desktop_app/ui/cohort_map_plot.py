"""The cohort phenotype map: 100 000 points drawn as a few scatters over ``services.cohort_map``
arrays, without freezing the window.

Kept apart from ``phenotype_map_plot`` so the main window's charts do not import the cohort
services.

Why scatters per look and not one item with a style per point: a marker's look depends only on
(phenotype, open), so there are at most eight.  Handed per-point symbol/pen/brush arrays,
pyqtgraph does Python work per point (``setPen``/``setBrush``/``updateSpots``: ~5 s for 100 000
points on the shared 2-core VM) even though it caches the rendered symbols; one
``ScatterPlotItem`` per look with a single shared pen, brush and symbol, fed numpy arrays, costs
about a tenth of that.  Even that, in one go, would freeze the window for longer than the
100 ms a user notices, and growing one item with ``addPoints`` re-copies its records each time;
so each look is split into items of ``BLOCK`` points, made from a zero-interval timer with
``STEP_BUDGET_S`` of GUI-thread time per step after the window's first paint, and shown
together when all are in (one paint, not one per block).  Figures: docs/import.md, "The cohort
window".
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core.charts import STYLES
from desktop_app.services.cohort import PHENOTYPE_ORDER
from desktop_app.services.cohort_map import MapColumns
from desktop_app.ui.phenotype_map_plot import PhenotypeMapPlot

BLOCK = 4_000  # points per ScatterPlotItem (~10-20 ms to build on a loaded 2-core machine)
STEP_BUDGET_S = 0.015  # GUI-thread time per timer step before the window gets a turn
SMALL = 2_000  # up to this many points: larger, antialiased markers, drawn at once


class CohortMapPlot(PhenotypeMapPlot):
    """The phenotype map of a whole cohort: every assessment with ferritin as scatters per
    marker look (phenotype × open, at most eight looks; ``ScatterPlotItem``s of up to
    ``BLOCK`` points, each look's with one shared symbol, pen and brush, at ``log10``
    coordinates), censored values and points without a usable HLA-DR as open markers drawn
    above the filled ones, and a ring on the selected assessment.  ``drawing`` is true while
    points are still being handed to pyqtgraph; ``drawn`` is emitted when the map is
    complete."""

    drawn = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: MapColumns | None = None
        self.groups: list[pg.ScatterPlotItem] = []
        self._pending: list[tuple[dict[str, object], np.ndarray, np.ndarray, int]] = []
        self._waiting: MapColumns | None = None  # columns whose drawing has not started
        self._feeder = QTimer(self, interval=0)
        self._feeder.timeout.connect(self._feed)
        self.ring = pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=22,
                                    symbolPen=pg.mkPen("k", width=3),
                                    symbolBrush=pg.mkBrush(None))
        self.ring.setZValue(20)
        self.getPlotItem().addItem(self.ring)

    @property
    def drawing(self) -> bool:
        return self._waiting is not None or bool(self._pending)

    def show_columns(self, columns: MapColumns) -> None:
        """Draw ``columns``: at once up to ``SMALL`` points, else in steps from the next turn
        of the event loop (the window paints first)."""
        self.columns = columns
        self._feeder.stop()
        item = self.getPlotItem()
        for old in self.groups:
            item.removeItem(old)
        self.groups, self._pending = [], []
        self._waiting = columns
        if columns.n <= SMALL:
            self.show_map(columns.description)
            self._prepare()
            self._feed(budget=None)
        else:
            self._feeder.start()

    def _prepare(self) -> None:
        """The blocks of points to hand to pyqtgraph."""
        columns, self._waiting = self._waiting, None
        if columns is None:
            return
        small = columns.n <= SMALL
        # log10 here: a ScatterPlotItem is not log-aware (ecosystem.md §5); x, y > 0 always
        # (services.cohort_map puts what a log axis cannot show on the axis edge).
        lx, ly = np.log10(columns.x), np.log10(columns.y)
        key = columns.phenotype.astype(np.int64) * 2 + columns.open
        for code, phenotype in enumerate(PHENOTYPE_ORDER):
            style = STYLES[phenotype]
            for opened in (False, True):
                chosen = np.flatnonzero(key == code * 2 + opened)
                look = dict(
                    symbol=style.symbol, size=10 if small else 6,
                    pen=pg.mkPen(style.colour if opened else "k", width=2 if opened else 1),
                    brush=pg.mkBrush(None) if opened else pg.mkBrush(style.colour),
                    antialias=small, pxMode=True)
                for start in range(0, len(chosen), BLOCK):
                    block = chosen[start:start + BLOCK]
                    self._pending.append((look, lx[block], ly[block], 11 if opened else 10))

    def _feed(self, budget: float | None = STEP_BUDGET_S) -> None:
        """One step: the map's fixed part, or the blocks, or the next blocks' scatters until
        ``budget`` seconds have gone (None: all)."""
        waiting = self._waiting
        if waiting is not None:
            if self.description is not waiting.description:
                self.show_map(waiting.description)  # ~45 ms of regions, labels, axes
            else:
                self._prepare()
            return
        start, item = time.perf_counter(), self.getPlotItem()
        while self._pending and (budget is None or time.perf_counter() - start < budget):
            look, xs, ys, z = self._pending.pop(0)
            group = pg.ScatterPlotItem(x=xs, y=ys, **look)
            group.setZValue(z)  # censored markers (z 11) stay visible above filled ones
            group.setVisible(False)  # one paint when all are in, not one per block
            item.addItem(group)
            self.groups.append(group)
        if not self._pending:
            self._feeder.stop()
            for group in self.groups:
                group.setVisible(True)
            self.drawn.emit()

    def point_count(self) -> int:
        return sum(len(group.data) for group in self.groups)

    def highlight(self, assessment: int | None) -> None:
        """Ring the point of assessment ``assessment`` (nothing if it has none)."""
        c = self.columns
        k = -1 if c is None or assessment is None else int(np.searchsorted(c.index, assessment))
        if c is None or not 0 <= k < c.n or c.index[k] != assessment:
            self.ring.setData([], [])
            return
        self.ring.setData([float(c.x[k])], [float(c.y[k])])
