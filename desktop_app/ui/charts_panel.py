"""Both charts, created after the window's first paint so pyqtgraph is off the startup path.

Until ``load_plots()`` runs (the window calls it right after its first paint) the panel shows
placeholders and keeps the latest descriptions; they are drawn as soon as the plots exist, so
what is on screen is always the current description (hazard H25).  The empty window's first
description also comes after its first paint: until then each slot shows its chart's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop_app.ui.language import Retranslating
from desktop_app.ui.qt_namespace import set_properties

if TYPE_CHECKING:
    from desktop_app.core.charts import EvidenceChart, PhenotypeMap

_configured = False


def _configure_pyqtgraph() -> None:
    """Global pyqtgraph options, once per process (it is imported here, not at startup)."""
    global _configured
    if not _configured:
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        _configured = True


class _ChartSlot(QWidget):
    """A placeholder that becomes a plot, with the description's note below it."""

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        set_properties(self.title, wordWrap=True, alignment="AlignCenter")
        self.title.setStyleSheet("font-weight: bold;")
        self.placeholder = QLabel()
        set_properties(self.placeholder, alignment="AlignCenter")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #404040;")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(self.title)
        self.box.addWidget(self.placeholder, 1)
        self.box.addWidget(self.note)

    def set_name(self, name: str) -> None:
        """The chart's name in the window's language (its title comes with the description)."""
        if not self.title.text():
            self.title.setText(name)
        self.title.setAccessibleName(self.tr("{name} title").format(name=name))
        self.placeholder.setText(self.tr("{name}: loading…").format(name=name))
        self.note.setAccessibleName(self.tr("{name} note").format(name=name))

    def put(self, plot: QWidget) -> None:
        self.box.replaceWidget(self.placeholder, plot)
        self.placeholder.deleteLater()
        self.box.setStretchFactor(plot, 1)


class ChartsPanel(Retranslating, QSplitter):
    """Phenotype map above the evidence chart."""

    loaded = Signal()  # the plots exist and show the current descriptions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)  # by keyword: a positional argument makes PySide
        set_properties(self, orientation="Vertical")  # test it against Qt.Orientation
        self.map_slot = _ChartSlot()
        self.evidence_slot = _ChartSlot()
        self.addWidget(self.map_slot)
        self.addWidget(self.evidence_slot)
        self.setChildrenCollapsible(False)
        self.map_plot = None  # PhenotypeMapPlot once loaded
        self.evidence_plot = None  # EvidencePlot once loaded
        self.map_description: PhenotypeMap | None = None
        self.evidence_description: EvidenceChart | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """The slots' names; the charts themselves come again with the window's next
        descriptions (``show_charts``), already in the new language."""
        self.map_slot.set_name(self.tr("Phenotype map"))
        self.evidence_slot.set_name(self.tr("Evidence chart"))

    @property
    def is_loaded(self) -> bool:
        return self.map_plot is not None

    def load_plots(self) -> None:
        """Import pyqtgraph, create both plots and draw the current descriptions."""
        if self.is_loaded:
            return
        _configure_pyqtgraph()
        from desktop_app.ui.evidence_plot import EvidencePlot
        from desktop_app.ui.phenotype_map_plot import PhenotypeMapPlot

        self.map_plot = PhenotypeMapPlot()
        self.evidence_plot = EvidencePlot()
        self.map_slot.put(self.map_plot)
        self.evidence_slot.put(self.evidence_plot)
        self._draw()
        self.loaded.emit()

    def show_charts(self, phenotype_map: PhenotypeMap, evidence: EvidenceChart) -> None:
        first = self.map_description is None
        self.map_description, self.evidence_description = phenotype_map, evidence
        self.map_slot.title.setText(phenotype_map.title)
        self.map_slot.note.setText(phenotype_map.note)
        self.evidence_slot.title.setText(evidence.title)
        self.evidence_slot.note.setText(evidence.note)
        if first and self.isVisible():
            # Laid out before it had titles and notes: divide the height by the slots' size
            # hints now, as the splitter does when it is first shown with them.
            self.setSizes([s.sizeHint().height() for s in (self.map_slot, self.evidence_slot)])
        self._draw()

    def _draw(self) -> None:
        if self.map_plot is not None and self.map_description is not None:
            self.map_plot.show_map(self.map_description)
        if self.evidence_plot is not None and self.evidence_description is not None:
            self.evidence_plot.show_chart(self.evidence_description)
