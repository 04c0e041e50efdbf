"""The cohort table's Qt model: a ``QAbstractTableModel`` over ``services.cohort_table`` lines.

No proxy model and no item per cell: the model holds the visible lines as one numpy array
(the current sort order, filtered by a mask) and renders a cell when the view paints it.  A
sort order not computed yet is computed on the thread pool (the header shows the new order
at once; the rows follow when it is ready), and so is the free-text search's index, so the
GUI thread never waits for 100 000 rows.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from desktop_app.services.cohort_table import COLUMNS, CohortLines
from desktop_app.ui.workers import BackgroundTask, run_in_background

_Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class CohortTableModel(QAbstractTableModel):
    """Visible lines of a ``CohortLines`` in the current order and filter.

    ``sorted_by`` is the order shown, ``(column key, descending)``; ``busy`` tells whether a
    sort or the search index is being computed; ``view_changed`` is emitted after every
    reordering or filtering (the view restores its selection then).
    """

    view_changed = Signal()
    busy_changed = Signal(str)  # "" when idle, else what is being prepared ("sort", "search")

    def __init__(self, lines: CohortLines, titles: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.titles = tuple(titles)
        self.sorted_by: tuple[str, bool] = ("row", False)
        self.filter_key, self.text = "all", ""
        self._mask = np.ones(lines.count, bool)
        self.visible = lines.base
        self._sort_task: BackgroundTask | None = None
        self._search_task: BackgroundTask | None = None
        self.busy = ""

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.lines.cells(int(self.visible[index.row()]))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if COLUMNS[index.column()] == "row" else LEFT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view's header: reorder now if the order is known, else compute it on
        the thread pool and reorder when it is ready (a later click wins)."""
        key = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self.sorted_by = key
        if self.lines.is_ordered(key[0], descending=key[1]):
            self._apply()
            return
        if self._sort_task is not None:
            self._sort_task.cancel()

        def ready(_: object) -> None:
            if self.sorted_by == key:
                self._apply()

        self._set_busy("sort")
        task = run_in_background(self.lines.order, key[0], descending=key[1],
                                 on_success=ready, on_finished=lambda: self._done(task))
        self._sort_task = task

    # -- filtering ----------------------------------------------------------------------------
    def set_filter(self, filter_key: str | None = None, text: str | None = None) -> None:
        """Show only the lines of ``filter_key`` (``cohort_table.FILTERS``) containing
        ``text``; the search index is built in the background the first time text is given."""
        if filter_key is not None:
            self.filter_key = filter_key
        if text is not None:
            self.text = text
        mask = self.lines.mask(self.filter_key, self.text)
        if mask is None:
            self._build_search()
            return
        self._mask = mask
        self._apply()

    def _build_search(self) -> None:
        if self._search_task is not None:
            return

        def ready(texts: list[str]) -> None:
            self.lines.search_texts = texts
            self.set_filter()

        self._set_busy("search")
        task = run_in_background(self.lines.build_search_texts, pass_control=True,
                                 on_success=ready, on_finished=lambda: self._done(task))
        self._search_task = task

    # -- applying -----------------------------------------------------------------------------
    def _apply(self) -> None:
        column, descending = self.sorted_by
        if not self.lines.is_ordered(column, descending=descending):
            return  # the sort's task applies when it is ready
        order = self.lines.order(column, descending=descending)
        self.beginResetModel()
        self.visible = order[self._mask[order]]
        self.endResetModel()
        self.view_changed.emit()

    def row_of_line(self, line: int) -> int | None:
        """The visible row showing ``line``, or None when it is filtered out."""
        hits = np.flatnonzero(self.visible == line)
        return int(hits[0]) if len(hits) else None

    def line_at(self, row: int) -> int:
        return int(self.visible[row])

    def _done(self, task: BackgroundTask) -> None:
        if task is self._sort_task:
            self._sort_task = None
        if task is self._search_task:
            self._search_task = None
        self._set_busy("sort" if self._sort_task else "search" if self._search_task else "")

    def _set_busy(self, what: str) -> None:
        if what != self.busy:
            self.busy = what
            self.busy_changed.emit(what)

    def cancel(self) -> None:
        """Stop background work (the window is closing)."""
        for task in (self._sort_task, self._search_task):
            if task is not None:
                task.cancel()
