"""The cohort phenotype map: 100 000 points as one scatter over ``services.cohort_map`` arrays.

Kept apart from ``phenotype_map_plot`` so the main window's charts do not import the cohort
services.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from desktop_app.core.charts import STYLES
from desktop_app.services.cohort import PHENOTYPE_ORDER
from desktop_app.services.cohort_map import MapColumns
from desktop_app.ui.phenotype_map_plot import PhenotypeMapPlot


class CohortMapPlot(PhenotypeMapPlot):
    """The phenotype map of a whole cohort: every assessment with ferritin as **one** scatter
    (a log-aware ``PlotDataItem`` over ``services.cohort_map.MapColumns`` arrays, one symbol,
    pen and brush per point, shared objects so pyqtgraph's symbol atlas holds eight
    pictures), censored values and points without a usable HLA-DR as open markers, and a ring
    on the selected assessment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: MapColumns | None = None
        self.scatter: pg.PlotDataItem | None = None
        self.ring = pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=22,
                                    symbolPen=pg.mkPen("k", width=3),
                                    symbolBrush=pg.mkBrush(None))
        self.ring.setZValue(20)
        self.getPlotItem().addItem(self.ring)

    def show_columns(self, columns: MapColumns) -> None:
        self.columns = columns
        self.show_map(columns.description)
        item = self.getPlotItem()
        if self.scatter is not None:
            item.removeItem(self.scatter)
            self.scatter = None
        if not columns.n:
            return
        # Eight styles (phenotype x open), each pen/brush one object shared by its points.
        pens, brushes, symbols = [], [], []
        for phenotype in PHENOTYPE_ORDER:
            style = STYLES[phenotype]
            for opened in (False, True):
                pens.append(pg.mkPen(style.colour if opened else "k",
                                     width=2 if opened else 1))
                brushes.append(pg.mkBrush(None) if opened else pg.mkBrush(style.colour))
                symbols.append(style.symbol)
        key = columns.phenotype.astype(np.int64) * 2 + columns.open
        size = 10 if columns.n <= 2000 else 6
        self.scatter = pg.PlotDataItem(
            columns.x, columns.y, pen=None, symbol=np.array(symbols, object)[key].tolist(),
            symbolSize=size, symbolPen=np.array(pens, object)[key],
            symbolBrush=np.array(brushes, object)[key], antialias=columns.n <= 2000)
        self.scatter.setZValue(10)
        item.addItem(self.scatter)

    def point_count(self) -> int:
        return 0 if self.scatter is None else len(self.scatter.scatter.data)

    def highlight(self, assessment: int | None) -> None:
        """Ring the point of assessment ``assessment`` (nothing if it has none)."""
        c = self.columns
        k = -1 if c is None or assessment is None else int(np.searchsorted(c.index, assessment))
        if c is None or not 0 <= k < c.n or c.index[k] != assessment:
            self.ring.setData([], [])
            return
        self.ring.setData([float(c.x[k])], [float(c.y[k])])
