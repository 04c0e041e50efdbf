"""The window's two arrangements: three columns when wide, stacked when narrow.

Wide (the usual 1366-px ward screen at 100 %): entry | result above evidence | charts, separated
by splitters whose sizes are remembered.  Narrow (a 150 % laptop, a half screen, presenter
zoom): entry | one scrolling column with the result, the evidence and the charts stacked, each
at a readable height, so nothing is squeezed until values or labels are cut.  The choice is
made from the width in characters of the window's font, so zoom and scaling count.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.qt_namespace import set_properties

# Characters of the window font needed for three columns: entry ~44, result ~72, charts ~56.
WIDE_CHARS = 172
SCROLL_BAR = 20


def char_width(widget: QWidget) -> float:
    """The mean width of a lowercase letter in ``widget``'s font (``averageCharWidth`` of
    DejaVu Sans says 6 px where text needs 6.8)."""
    return widget.fontMetrics().horizontalAdvance("abcdefghijklmnopqrstuvwxyz") / 26


def scroll(widget: QWidget | None = None) -> QScrollArea:
    area = QScrollArea()
    if widget is not None:
        area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class WindowLayout(QStackedWidget):
    """Holds the four parts and shows them in the arrangement that fits."""

    def __init__(self, entry: QWidget, result: QWidget, evidence: QWidget, charts: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry, self.result, self.evidence, self.charts = entry, result, evidence, charts
        self.entry_scroll = scroll(entry)
        self.result_scroll = scroll(result)
        self.middle = QSplitter()
        set_properties(self.middle, orientation="Vertical")
        self.middle.setChildrenCollapsible(False)
        self.splitter = QSplitter()  # the wide arrangement (a splitter is horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.stacked_splitter = QSplitter()
        self.stacked_splitter.setChildrenCollapsible(False)
        self.column = QWidget()
        self.column.setObjectName("stackedColumn")
        self.column_box = QVBoxLayout(self.column)
        self.column_box.setContentsMargins(0, 0, 4, 0)
        self.column_scroll = scroll(self.column)
        set_properties(self.column_scroll, horizontalScrollBarPolicy="ScrollBarAlwaysOff")
        self.addWidget(self.splitter)
        self.addWidget(self.stacked_splitter)
        self.stacked: bool | None = None
        self._wide_sizes: list[int] = []
        self.saved_wide_state: QByteArray | None = None  # from the settings, applied when wide
        self._stacked_sizes: list[int] = []
        char = round(char_width(entry))
        self._wide_sizes = [char * 44, char * 78, char * 60]  # until a saved state exists
        # No arrangement yet: the window calls ``fit`` once its size is known, so the parts
        # are placed once, not placed and then moved.

    def arrange(self, *, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        # Remember the user's splitter positions, but only ones that were on screen.
        if self.stacked is False and self.splitter.isVisible():
            self._wide_sizes = self.splitter.sizes()
        elif self.stacked and self.stacked_splitter.isVisible():
            self._stacked_sizes = self.stacked_splitter.sizes()
        self.stacked = stacked
        if stacked:
            self.result_scroll.takeWidget()
            self.stacked_splitter.insertWidget(0, self.entry_scroll)
            self.stacked_splitter.insertWidget(1, self.column_scroll)
            for part in (self.result, self.evidence, self.charts):
                self.column_box.addWidget(part)
            self._set_stacked_heights(True)
            char = round(char_width(self.entry))
            self.stacked_splitter.setSizes(self._stacked_sizes or [char * 44, char * 110])
            self.setCurrentWidget(self.stacked_splitter)
        else:
            for part in (self.result, self.evidence, self.charts):
                self.column_box.removeWidget(part)
            self.result_scroll.setWidget(self.result)
            self.middle.insertWidget(0, self.result_scroll)
            self.middle.insertWidget(1, self.evidence)
            self.middle.setStretchFactor(0, 5)
            self.middle.setStretchFactor(1, 3)
            for index, part in enumerate((self.entry_scroll, self.middle, self.charts)):
                self.splitter.insertWidget(index, part)
                self.splitter.setStretchFactor(index, (3, 5, 4)[index])
            self._set_stacked_heights(False)
            state, self.saved_wide_state = self.saved_wide_state, None
            if state is None or not self.splitter.restoreState(state):
                self.splitter.setSizes(self._wide_sizes)
            self.setCurrentWidget(self.splitter)
        self.result.show()
        self.evidence.show()
        self.charts.show()

    def fit(self, width: int) -> None:
        """Choose the arrangement for ``width`` pixels of the window's font."""
        bar = SCROLL_BAR  # no QStyle query on the start-up path
        self.entry_scroll.setMinimumWidth(self.entry.minimumSizeHint().width() + bar + 4)
        self.arrange(stacked=width < WIDE_CHARS * char_width(self))

    def _set_stacked_heights(self, on: bool) -> None:
        line = self.fontMetrics().height()
        self.evidence.setMinimumHeight(line * 24 if on else 0)
        self.charts.setMinimumHeight(line * 44 if on else 0)
