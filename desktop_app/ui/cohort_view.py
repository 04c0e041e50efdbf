"""The cohort view: every imported data row in a sortable, filterable table, the cohort
phenotype map, counts per phenotype, and CSV/XLSX export.

Selecting a row whose sample was assessed emits ``assessment_selected(Assessment, patient id
as written)`` so the main window can open it; rejected rows show their reasons below the table.
The view only displays ``services.cohort`` results: it never classifies anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.charts import STYLES, MapPoint, PhenotypeMap, map_point, phenotype_map
from desktop_app.core.phenotype import Assessment, Phenotype
from desktop_app.lab_import import RejectedRow
from desktop_app.services.cohort import CohortResult, CohortRow
from desktop_app.ui.charts_panel import _configure_pyqtgraph
from desktop_app.ui.phenotype_map_plot import PhenotypeMapPlot
from desktop_app.ui.training_banner import TrainingBanner
from desktop_app.ui.workers import run_in_background

COLUMNS = ("Row", "Patient ID", "Status", "Phenotype", "Ferritin", "HLA-DR", "Sample time",
           "Reasons", "Warnings")
STATUS_FILTERS = ("All rows", "Classified", "Cannot classify", "Rejected", "MALS",
                  "Immunoparalysis", "Unclassified")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Line:
    """One table line: an assessment (``item``) or a rejected row (``rejected``)."""

    row: int
    cells: tuple[str, ...]
    item: CohortRow | None = None
    rejected: RejectedRow | None = None

    @property
    def status(self) -> str:
        return self.cells[2]

    @property
    def phenotype(self) -> str:
        return self.cells[3]


def _value(value: object, unit: object) -> str:
    return f"{value.text.strip()} {unit.value}"  # type: ignore[attr-defined]


def lines_of(result: CohortResult) -> list[Line]:
    """Assessments and rejections in row order, as the table shows them."""
    out = []
    for r in result.rows:
        a = r.assessment
        f, h = a.inputs.ferritin, a.inputs.hla_dr
        status = "classified" if a.phenotype is not None else "cannot classify"
        label = STYLES[a.phenotype].label
        when = r.sample.sampled_at.isoformat(sep=" ", timespec="minutes") \
            if r.sample.sampled_at else ""
        cells = ("+".join(str(n) for n in r.rows), r.patient_id, status, label,
                 _value(f.value, f.unit) if f else "", _value(h.value, h.unit) if h else "",
                 when, " | ".join(x.message for x in a.reasons),
                 " | ".join(x.message for x in r.findings))
        out.append(Line(r.row, cells, item=r))
    for rej in result.rejected_rows:
        reasons = " | ".join(i.message for i in rej.reasons)
        cells = (str(rej.row), rej.patient_id or "", "rejected", "", "", "", "", reasons, "")
        out.append(Line(rej.row, cells, rejected=rej))
    return sorted(out, key=lambda line: line.row)


class CohortTableModel(QAbstractTableModel):
    """Read-only table of ``Line``s; ``Qt.UserRole`` gives the sort key (numbers sort as such)."""

    def __init__(self, lines: list[Line], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        text = line.cells[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return line.row if index.column() == 0 else text.casefold()
        return None


class CohortFilter(QSortFilterProxyModel):
    """Filters by status/phenotype and by text in any column; sorts by the model's sort key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self._status = STATUS_FILTERS[0]
        self._text = ""

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        line: Line = self.sourceModel().lines[source_row]  # type: ignore[attr-defined]
        s = self._status
        if s in ("Classified", "Cannot classify", "Rejected") and line.status != s.lower():
            return False
        if s in ("MALS", "Immunoparalysis", "Unclassified") and line.phenotype != s:
            return False
        return not self._text or any(self._text in c.casefold() for c in line.cells)


class CohortView(QWidget):
    """A window over one ``CohortResult``; see the module docstring."""

    assessment_selected = Signal(object, str)  # Assessment, patient id as written

    def __init__(self, result: CohortResult, *, source_name: str = "",
                 training: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.result = result
        self.setWindowTitle(f"Cohort — {source_name}" if source_name else "Cohort")
        self.model = CohortTableModel(lines_of(result), self)
        self.proxy = CohortFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.status_filter = QComboBox()
        self.status_filter.addItems(STATUS_FILTERS)
        self.status_filter.setAccessibleName("Show rows")
        self.status_filter.currentTextChanged.connect(self.proxy.set_status)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter: patient id, phenotype, reason…")
        self.search.setAccessibleName("Filter rows")
        self.search.textChanged.connect(self.proxy.set_text)
        self.counts = QLabel(self.counts_text())
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName("Counts")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName("Selected row")
        self.export_button = QPushButton("Export results…")
        self.export_button.clicked.connect(self._ask_export_results)
        self.export_rejected_button = QPushButton("Export rejected rows…")
        self.export_rejected_button.clicked.connect(self._ask_export_rejected)
        self.export_rejected_button.setEnabled(bool(result.rejected_rows))
        self.pdf_button = QPushButton("Export PDF reports…")
        self.pdf_button.setToolTip("One PDF per patient row, a cohort summary and an index, "
                                   "rendered on every CPU core")
        self.pdf_button.clicked.connect(self._export_pdfs)
        self.pdf_button.setEnabled(bool(result.assessments))
        self._source_name, self._training = source_name, training
        self._pdf_task = None
        _configure_pyqtgraph()
        self.map_plot = CohortMapPlot()
        self.map_plot.show_cohort(result)
        self._build(training)
        self.last_export: Path | None = None

    # -- layout -----------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setAccessibleName("Cohort rows")
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        return table

    def _build(self, training: bool) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel("Show:"))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        box.addWidget(self.detail)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.map_plot)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counts, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.export_rejected_button)
        buttons.addWidget(self.pdf_button)
        top = QVBoxLayout(self)
        if training:
            self.banner = TrainingBanner()
            top.addWidget(self.banner)
        top.addLayout(buttons)
        top.addWidget(split, 1)
        self.resize(1200, 700)

    def counts_text(self) -> str:
        r = self.result
        per = r.phenotype_counts()
        labels = {p.value: STYLES[p].label for p in Phenotype}
        labels["cannot_classify"] = STYLES[None].label
        return (f"{r.rows_read} data rows: {r.classified} classified, {r.cannot_classify} "
                f"cannot classify, {r.rejected} rejected. {r.assessments} assessments: "
                + " · ".join(f"{labels[k]} {v}" for k, v in per.items()))

    # -- selection --------------------------------------------------------------------------
    def line_at(self, proxy_row: int) -> Line:
        return self.model.lines[self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()]

    def select_row(self, proxy_row: int) -> None:
        self.table.selectRow(proxy_row)

    def _on_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if not rows:
            self.map_plot.highlight(None)
            return
        line = self.line_at(min(rows))
        if line.rejected is not None:
            self.detail.setText(f"Row {line.row} was rejected: {line.cells[7]}")
            self.map_plot.highlight(None)
            return
        item = line.item
        assert item is not None
        a: Assessment = item.assessment
        self.detail.setText(f"Row {line.cells[0]} ({item.patient_id.strip()}): {a.headline}. "
                            f"{line.cells[7]}")
        self.map_plot.highlight(map_point(a))
        self.assessment_selected.emit(a, item.patient_id)

    # -- export -----------------------------------------------------------------------------
    def _ask_export_results(self) -> None:
        path = self._ask_path("Export results")
        if path is not None:
            self.export_results(path)

    def _ask_export_rejected(self) -> None:
        path = self._ask_path("Export rejected rows")
        if path is not None:
            self.export_rejected(path)

    def _ask_path(self, title: str) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(self, title, "",
                                                   "CSV (*.csv);;Excel workbook (*.xlsx)")
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx" if "xlsx" in chosen else ".csv")
        return path

    def export_results(self, path: Path, *, overwrite: bool = True) -> None:
        """Write every assessment with its reasons and warnings in words, as ``batch --out
        PATH --sentences`` does (the file dialog has asked before replacing a file)."""
        from functools import partial

        from desktop_app.services.cohort_export import write_results

        self._export(partial(write_results, sentences=True), self.result.rows, path, overwrite)

    def export_rejected(self, path: Path, *, overwrite: bool = True) -> None:
        from desktop_app.services.cohort_export import write_rejected

        self._export(write_rejected, self.result.rejected_rows, path, overwrite)

    def _export_pdfs(self) -> None:
        """The pharmacy batch (issue 5): progress and cancel live in its own dialog."""
        from desktop_app.ui.report_batch_export import export_cohort_reports

        self._pdf_task = export_cohort_reports(self, self.result, source_name=self._source_name,
                                               training=self._training)

    def _export(self, fn, rows, path: Path, overwrite: bool) -> None:  # type: ignore[no-untyped-def]
        self.export_button.setEnabled(False)
        self.detail.setText(f"Writing {path.name}…")

        def done(_: object) -> None:
            self.last_export = path
            self.detail.setText(f"Saved {path}")

        def failed(exc: BaseException) -> None:
            self.detail.setText(f"Not saved: {exc}")

        run_in_background(fn, list(rows), path, force=overwrite, on_success=done,
                          on_error=failed,
                          on_finished=lambda: self.export_button.setEnabled(True))


class CohortMapPlot(PhenotypeMapPlot):
    """The phenotype map with every assessed patient: one log-aware ``PlotDataItem`` per
    phenotype (fast for large cohorts), censored values as open markers, and a ring on the
    selected row's point.  Regions, thresholds and ranges come from ``core.charts``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group_sizes: dict[tuple[str, bool], int] = {}
        self.ring = pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=22,
                                    symbolPen=pg.mkPen("k", width=3),
                                    symbolBrush=pg.mkBrush(None))
        self.ring.setZValue(20)
        self.getPlotItem().addItem(self.ring)

    def show_cohort(self, result: CohortResult) -> None:
        points = tuple(p for r in result.rows if (p := map_point(r.assessment)) is not None)
        self.show_map(phenotype_map(points, title="Cohort phenotype map"))

    def _draw_points(self, m: PhenotypeMap) -> None:
        item = self.getPlotItem()
        for old in (*self.point_items, *self.arrow_items):
            item.removeItem(old)
        self.point_items, self.arrow_items = [], []
        groups: dict[tuple[Phenotype | None, bool], tuple[list[float], list[float]]] = {}
        for p in m.points:
            open_marker = bool(p.x_censor or p.y_censor) or p.y is None
            xs, ys = groups.setdefault((p.phenotype, open_marker), ([], []))
            xs.append(p.x)
            ys.append(p.y if p.y is not None else m.y_range[0])  # no HLA-DR: bottom edge
        self.group_sizes = {}
        for (phenotype, open_marker), (xs, ys) in groups.items():
            style = STYLES[phenotype]
            points = pg.PlotDataItem(
                xs, ys, pen=None, symbol=style.symbol, symbolSize=10,
                symbolPen=pg.mkPen(style.colour if open_marker else "k", width=1.5),
                symbolBrush=pg.mkBrush(None) if open_marker else pg.mkBrush(style.colour))
            points.setZValue(10)
            item.addItem(points)
            self.point_items.append(points)
            self.group_sizes[(style.label, open_marker)] = len(xs)

    def highlight(self, point: MapPoint | None) -> None:
        if point is None or self.description is None:
            self.ring.setData([], [])
            return
        y = point.y if point.y is not None else self.description.y_range[0]
        self.ring.setData([point.x], [y])
