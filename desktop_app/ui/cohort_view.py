"""The cohort view: every imported data row in a table over the result columns, the full
assessment of the selected row, the cohort phenotype map, counts, exports, and the choice to
store the import or only view it.

The table is ``ui.cohort_model`` (cells rendered on demand, sorting and filtering on numpy
columns: a 100 000-row cohort appears well within two seconds and the window never freezes);
the map is a few shared-style scatters drawn in steps (``ui.cohort_map_plot``), and the cohort
is kept out of the cycle collector's passes while the window is open (``ui.cohort_collector``).
Selecting a row shows its full ``Assessment`` (``CohortResult.assessment(i)``, rebuilt and
checked against the batch's decision); "Open in the main window" (Enter, double-click) emits
``assessment_opened`` and the main window asks before it replaces unsaved values.  Nothing is
stored until the user chooses (``ui.cohort_store_bar``).  The view only displays
``services.cohort`` results: it never classifies anything itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.phenotype import Phenotype
from desktop_app.services.cohort import CohortResult
from desktop_app.services.cohort_map import MapColumns, map_columns
from desktop_app.services.cohort_table import FILTERS, CohortLines
from desktop_app.ui.charts_panel import _configure_pyqtgraph
from desktop_app.ui.cohort_collector import freeze_while_open, thaw
from desktop_app.ui.cohort_map_plot import CohortMapPlot
from desktop_app.ui.cohort_model import CohortTableModel
from desktop_app.ui.language import text_translator
from desktop_app.ui.result_card import ResultCard
from desktop_app.ui.training_banner import TrainingBanner
from desktop_app.ui.workers import run_in_background


class CohortView(QWidget):
    """A window over one ``CohortResult``; see the module docstring.  ``map_data`` (from
    ``services.cohort_map.map_columns``, computed off the GUI thread by the import) saves
    the view computing it."""

    assessment_opened = Signal(object, str)  # Assessment, patient id as written
    line_selected = Signal(int)  # the selected line (``cohort_table`` numbering), -1: none

    def __init__(self, result: CohortResult, *, source_name: str = "",
                 training: bool = False, map_data: MapColumns | None = None,
                 evidence_version: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        freeze_while_open(self)  # before anything allocates: see ui.cohort_collector
        self.result = result
        self._source_name, self._training = source_name, training
        self._evidence_version = evidence_version
        self.setWindowTitle(self.tr("Cohort — {file}").format(file=source_name)
                            if source_name else self.tr("Cohort"))
        self.lines = CohortLines(result, status_words=self.status_words(),
                                 phenotype_words=self.phenotype_words(),
                                 sentence=text_translator().finding)
        self.model = CohortTableModel(self.lines, self.column_titles(), self)
        self.table = self._make_table()
        self.model.view_changed.connect(self._restore_selection)
        self.model.busy_changed.connect(self._show_busy)
        self.selected_line: int | None = None
        self.status_filter = QComboBox()
        self.status_filter.addItems(self.filter_words())
        self.status_filter.setAccessibleName(self.tr("Show rows"))
        self.status_filter.currentIndexChanged.connect(
            lambda i: self.model.set_filter(filter_key=FILTERS[i]))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter: patient id, phenotype, reason…"))
        self.search.setAccessibleName(self.tr("Filter rows"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(lambda: self.model.set_filter(text=self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.busy_label = QLabel()
        self.busy_label.setAccessibleName(self.tr("Table status"))
        self.counts = QLabel(self.counts_text())
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(self.tr("Counts"))
        self.detail = QLabel(self.tr("Select a row to see its full assessment."))
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("Selected row"))
        self.card = ResultCard(result.ruleset)
        self.card.setVisible(False)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("Import notes"))
        self.open_button = QPushButton(self.tr("&Open in the main window"))
        self.open_button.setToolTip(self.tr("Show this assessment in the main window (Enter); "
                                            "asks first if typed values are not saved"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(self.tr("Export results…"))
        self.export_button.clicked.connect(self._ask_export_results)
        self.export_rejected_button = QPushButton(self.tr("Export rejected rows…"))
        self.export_rejected_button.clicked.connect(self._ask_export_rejected)
        self.export_rejected_button.setEnabled(bool(result.rejected_rows))
        self.pdf_button = QPushButton(self.tr("Export PDF reports…"))
        self.pdf_button.setToolTip(self.tr("One PDF per patient row, a cohort summary and an "
                                           "index, rendered on every CPU core"))
        self.pdf_button.clicked.connect(self._export_pdfs)
        self.pdf_button.setEnabled(bool(result.assessments))
        self._pdf_task = None
        _configure_pyqtgraph()
        self.map_plot = CohortMapPlot()
        self.map_plot.show_columns(map_data if map_data is not None else map_columns(
            result, title=self.tr("Cohort phenotype map")))
        self.map_note = QLabel(self.map_plot.columns.description.note
                               if self.map_plot.columns else "")
        self.map_note.setWordWrap(True)
        self.store_bar: QWidget | None = None
        self._build(training)
        self.last_export: Path | None = None
        self.table.installEventFilter(self)  # Enter opens the selected row
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

    # -- words --------------------------------------------------------------------------------
    def status_words(self) -> tuple[str, str, str]:
        return self.tr("classified"), self.tr("cannot classify"), self.tr("rejected")

    def phenotype_words(self) -> tuple[str, ...]:
        words = {Phenotype.MALS: self.tr("MALS"),
                 Phenotype.IMMUNOPARALYSIS: self.tr("Immunoparalysis"),
                 Phenotype.UNCLASSIFIED: self.tr("Unclassified")}
        return (*(words[p] for p in Phenotype), self.tr("Cannot classify"), "")

    def filter_words(self) -> list[str]:
        return [self.tr("All rows"), self.tr("Classified"), self.tr("Cannot classify"),
                self.tr("Rejected"), self.tr("MALS"), self.tr("Immunoparalysis"),
                self.tr("Unclassified")]

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Row"), self.tr("Patient ID"), self.tr("Status"), self.tr("Phenotype"),
                self.tr("Ferritin"), self.tr("HLA-DR"), self.tr("Sample time"),
                self.tr("Reasons"), self.tr("Warnings"))

    def counts_text(self) -> str:
        r = self.result
        per = r.phenotype_counts()
        parts = [self.tr("Data rows: {n}").format(n=r.rows_read),
                 self.tr("classified: {n}").format(n=r.classified),
                 self.tr("cannot classify: {n}").format(n=r.cannot_classify),
                 self.tr("rejected: {n}").format(n=r.rejected),
                 self.tr("assessments: {n}").format(n=r.assessments)]
        words = dict(zip([p.value for p in Phenotype] + ["cannot_classify"],
                         self.phenotype_words(), strict=False))
        phenotypes = [self.tr("{phenotype} {n}").format(phenotype=words[k], n=v)
                      for k, v in per.items()]
        return " · ".join(parts) + " — " + " · ".join(phenotypes)

    # -- layout -------------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setAccessibleName(self.tr("Cohort rows"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # the model's sort: cached or on the thread pool
        table.verticalHeader().setVisible(False)  # the Row column holds the file's numbers
        metrics = table.fontMetrics()
        for column, chars in enumerate((8, 12, 14, 14, 13, 13, 22, 40)):
            table.setColumnWidth(column, metrics.horizontalAdvance("0" * chars))
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        return table

    def _build(self, training: bool) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.busy_label)
        detail = QWidget()
        box = QVBoxLayout(detail)
        box.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.detail, 1)
        head.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)
        box.addWidget(self.card)
        box.addWidget(self.notes)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        scroll.setAccessibleName(self.tr("Full assessment of the selected row"))
        left = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        tb = QVBoxLayout(table_box)
        tb.setContentsMargins(0, 0, 0, 0)
        tb.addLayout(filters)
        tb.addWidget(self.table, 1)
        left.addWidget(table_box)
        left.addWidget(scroll)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        right = QWidget()
        rb = QVBoxLayout(right)
        rb.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(self.map_plot, 1)
        rb.addWidget(self.map_note)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counts, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.export_rejected_button)
        buttons.addWidget(self.pdf_button)
        self._top = QVBoxLayout(self)
        if training:
            self.banner = TrainingBanner()
            self._top.addWidget(self.banner)
        self._top.addLayout(buttons)
        self._top.addWidget(split, 1)
        self.resize(1200, 700)

    def set_store_bar(self, bar: QWidget) -> None:
        """Place the store-or-view-only choice above the table (``ui.cohort_store_bar``)."""
        self.store_bar = bar
        self._top.insertWidget(1 if self._training else 0, bar)

    # -- selection ----------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        """Select the visible row ``row`` (tests, keyboard)."""
        self.table.selectRow(row)

    def line_at(self, row: int) -> int:
        return self.model.line_at(row)

    def _on_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if not rows:
            return
        self.show_line(self.model.line_at(min(rows)))

    def show_line(self, line: int) -> None:
        """Show ``line``'s full assessment (or why its row was rejected) and ring its point."""
        self.selected_line = line
        self.line_selected.emit(line)
        index = self.lines.assessment_index(line)
        cells = self.lines.cells(line)
        if index is None:
            self.detail.setText(self.tr("Row {row} was rejected: {reasons}").format(
                row=cells[0], reasons=cells[7]))
            self.card.setVisible(False)
            self.notes.setText("")
            self.open_button.setEnabled(False)
            self.map_plot.highlight(None)
            return
        a = self.result.assessment(index)
        patient = self.result.samples.patient_id[index].strip()  # type: ignore[union-attr]
        self.detail.setText(self.tr("Row {row}, patient {patient}").format(row=cells[0],
                                                                           patient=patient))
        self.card.show_assessment(a, identity=self.tr("Imported row {row} — {patient}").format(
            row=cells[0], patient=patient), evidence_version=self._evidence_version)
        self.card.setVisible(True)
        notes = self.result.samples.notes.get(index, ())  # type: ignore[union-attr]
        tr = text_translator()
        self.notes.setText("\n".join(f"• {tr.finding(n)}" for n in notes))
        self.open_button.setEnabled(True)
        self.map_plot.highlight(index)

    def open_selected(self) -> None:
        """Enter, double-click, "Open in the main window": hand the selected assessment to
        the main window (which asks before replacing unsaved values)."""
        line = self.selected_line
        index = None if line is None else self.lines.assessment_index(line)
        if index is None:
            return
        self.assessment_opened.emit(self.result.assessment(index),
                                    self.result.samples.patient_id[index])  # type: ignore[union-attr]

    def _restore_selection(self) -> None:
        if self.selected_line is None:
            return
        row = self.model.row_of_line(self.selected_line)
        if row is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
            self.table.scrollTo(self.model.index(row, 0))

    def _show_busy(self, what: str) -> None:
        self.busy_label.setText({"sort": self.tr("Sorting…"),
                                 "search": self.tr("Preparing the search…")}.get(what, ""))

    # -- export -------------------------------------------------------------------------------
    def _ask_export_results(self) -> None:
        path = self._ask_path(self.tr("Export results"))
        if path is not None:
            self.export_results(path)

    def _ask_export_rejected(self) -> None:
        path = self._ask_path(self.tr("Export rejected rows"))
        if path is not None:
            self.export_rejected(path)

    def _ask_path(self, title: str) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(
            self, title, "", self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"))
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

        self._export(partial(write_results, sentences=True), self.result, path, overwrite)

    def export_rejected(self, path: Path, *, overwrite: bool = True) -> None:
        from desktop_app.services.cohort_export import write_rejected

        self._export(write_rejected, list(self.result.rejected_rows), path, overwrite)

    def _export_pdfs(self) -> None:
        """The pharmacy batch (issue 5): progress and cancel live in its own dialog."""
        from desktop_app.ui.report_batch_export import export_cohort_reports

        self._pdf_task = export_cohort_reports(self, self.result, source_name=self._source_name,
                                               training=self._training)

    def _export(self, fn: Any, rows: Any, path: Path, overwrite: bool) -> None:
        self.export_button.setEnabled(False)
        self.busy_label.setText(self.tr("Writing {file}…").format(file=path.name))

        def done(_: object) -> None:
            self.last_export = path
            self.busy_label.setText(self.tr("Saved {path}").format(path=path))

        def failed(exc: BaseException) -> None:
            self.busy_label.setText(self.tr("Not saved: {reason}").format(reason=exc))

        run_in_background(fn, rows, path, force=overwrite, on_success=done, on_error=failed,
                          on_finished=lambda: self.export_button.setEnabled(True))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # type: ignore[attr-defined]
            self.open_selected()
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: Any) -> None:
        bar = self.store_bar
        if bar is not None and hasattr(bar, "may_close") and not bar.may_close():
            event.ignore()
            return
        self.model.cancel()
        thaw(self)
        super().closeEvent(event)
