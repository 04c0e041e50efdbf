"""The import dialog: preview a lab export, check and edit what was detected, then classify.

Reading and classifying run on the thread pool (``ui.workers``); the dialog shows a progress
bar and a Cancel button.  Every setting starts as "detect" and shows what was detected; the
user can fix any of them and every column mapping, and the file is read again.  Nothing is
guessed: what cannot be detected is reported (red message) until the user decides.

``open_import(window)`` is the main window's File ▸ Open / import (Ctrl+O): choose a file,
run this dialog, then show the ``CohortView``; selecting a row there loads it into the form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.lab_import import (
    DEFAULT_MAX_INTERVAL,
    FIELDS,
    ImportOptions,
    LabFile,
    LabFileError,
)
from desktop_app.lab_import.message_file import MessageLabFile
from desktop_app.services.cohort import CohortResult
from desktop_app.services.cohort_source import CohortImport, import_cohort, open_fingerprinted
from desktop_app.ui.cohort_collector import quietly, thaw_unheld
from desktop_app.ui.language import text_translator
from desktop_app.ui.translate_marks import QT_TRANSLATE_NOOP
from desktop_app.ui.workers import BackgroundTask, run_in_background

# Shown through ``self.tr`` (context "ImportDialog"); the combo boxes' choices are read by
# index, never by their (translated) text.
DETECT = QT_TRANSLATE_NOOP("ImportDialog", "(detect)")
NOT_USED = QT_TRANSLATE_NOOP("ImportDialog", "(not used)")
PREVIEW_ROWS = 20
# The cohort window keeps ~0.4 kB per assessment and shows 100 000 rows within two seconds;
# beyond this the batch command (which streams to a file) is the tool.  See docs/import.md.
GUI_MAX_ROWS = 200_000
FILE_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "Lab exports (*.csv *.tsv *.txt *.xlsx *.xlsm "
                                                "*.xlsb *.xls *.ods);;All files (*)")
ENCODINGS = (DETECT, "utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16")
DELIMITERS = {DETECT: None, QT_TRANSLATE_NOOP("ImportDialog", "comma ,"): ",",
              QT_TRANSLATE_NOOP("ImportDialog", "semicolon ;"): ";",
              QT_TRANSLATE_NOOP("ImportDialog", "tab"): "\t",
              QT_TRANSLATE_NOOP("ImportDialog", "pipe |"): "|"}
DECIMALS = {DETECT: None, QT_TRANSLATE_NOOP("ImportDialog", "decimal point (4420.5)"): False,
            QT_TRANSLATE_NOOP("ImportDialog", "decimal comma (4420,5)"): True}
LAYOUTS = {DETECT: None, QT_TRANSLATE_NOOP("ImportDialog", "wide: one row per sample"): "wide",
           QT_TRANSLATE_NOOP("ImportDialog", "long: one row per test"): "long"}
# What was detected, as the "(detect: …)" choice names it.
DETECTED_WORDS = {
    ",": QT_TRANSLATE_NOOP("ImportDialog", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportDialog", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ImportDialog", "tab"),
    "|": QT_TRANSLATE_NOOP("ImportDialog", "pipe"),
    "wide": QT_TRANSLATE_NOOP("ImportDialog", "wide"),
    "long": QT_TRANSLATE_NOOP("ImportDialog", "long"),
    "decimal_comma": QT_TRANSLATE_NOOP("ImportDialog", "comma"),
    "decimal_point": QT_TRANSLATE_NOOP("ImportDialog", "point"),
}
# Where a unit came from (``UnitChoice.source``).
UNIT_SOURCES = {
    "given": QT_TRANSLATE_NOOP("ImportDialog", "given"),
    "header": QT_TRANSLATE_NOOP("ImportDialog", "header"),
    "unit column": QT_TRANSLATE_NOOP("ImportDialog", "unit column"),
    "missing": QT_TRANSLATE_NOOP("ImportDialog", "missing"),
}
FERRITIN_UNITS = (DETECT, "ng/mL", "µg/L", "pmol/L", "µg/dL")
HLA_DR_UNITS = (DETECT, "AB/C", "% positive", "MFI")
FIELD_LABELS = {
    "patient_id": QT_TRANSLATE_NOOP("ImportDialog", "Patient id"),
    "ferritin": QT_TRANSLATE_NOOP("ImportDialog", "Ferritin"),
    "ferritin_unit": QT_TRANSLATE_NOOP("ImportDialog", "Ferritin unit"),
    "hla_dr": QT_TRANSLATE_NOOP("ImportDialog", "HLA-DR"),
    "hla_dr_unit": QT_TRANSLATE_NOOP("ImportDialog", "HLA-DR unit"),
    "sampled_at": QT_TRANSLATE_NOOP("ImportDialog", "Sample time"),
    "age": QT_TRANSLATE_NOOP("ImportDialog", "Age"),
    "test": QT_TRANSLATE_NOOP("ImportDialog", "Test name"),
    "test_code": QT_TRANSLATE_NOOP("ImportDialog", "LOINC code"),
    "value": QT_TRANSLATE_NOOP("ImportDialog", "Value"),
    "unit": QT_TRANSLATE_NOOP("ImportDialog", "Unit"),
    "patient_name": QT_TRANSLATE_NOOP("ImportDialog", "Patient name"),
    "record_number": QT_TRANSLATE_NOOP("ImportDialog", "Record number"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportDialog", "Date of birth"),
}


def _open(path: Path, options: ImportOptions, *, progress: Any = None,
          should_cancel: Callable[[], bool] | None = None) -> tuple[LabFile | MessageLabFile, str]:
    return open_fingerprinted(path, options, should_cancel=should_cancel)


class ImportDialog(QDialog):
    """Preview, settings, mapping, progress; ``result`` holds the cohort after ``accept()``."""

    cohort_ready = Signal(object)  # CohortResult

    def __init__(self, path: Path | None = None, *,
                 clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import lab results"))
        self.clock = clock
        self.path: Path | None = None
        self.lab: LabFile | MessageLabFile | None = None
        self.sha256 = ""  # of the file's content when it was read for the preview
        self.cohort: CohortImport | None = None
        self.result: CohortResult | None = None
        self.task: BackgroundTask | None = None
        self._mapping: dict[str, str] = {}  # field -> header chosen by the user
        self._build()
        if path is not None:
            self.load(Path(path))

    # -- widgets ----------------------------------------------------------------------------
    def _combo(self, items: Any, name: str, *, words: bool = False) -> QComboBox:
        """A setting: "(detect)" first, then its choices (``words``: shown translated; units
        and encodings are shown as they are written in files)."""
        combo = QComboBox()
        combo.addItems([self.tr(item) if words or item == DETECT else item
                        for item in items])
        combo.setAccessibleName(name)
        combo.currentIndexChanged.connect(self._on_setting_changed)
        return combo

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.setAutoDefault(False)  # focused, it would take Enter and open a file dialog
        choose.clicked.connect(self._choose_file)
        self.encoding = self._combo(ENCODINGS, self.tr("Encoding"))
        self.delimiter = self._combo(DELIMITERS, self.tr("Delimiter"), words=True)
        self.sheet = self._combo([], self.tr("Sheet"))
        self.layout_box = self._combo(LAYOUTS, self.tr("Layout"), words=True)
        self.decimal = self._combo(DECIMALS, self.tr("Decimal separator"), words=True)
        self.ferritin_unit = self._combo(FERRITIN_UNITS, self.tr("Ferritin unit"))
        self.hla_dr_unit = self._combo(HLA_DR_UNITS, self.tr("HLA-DR unit"))
        self.time_format = QLineEdit()
        self.time_format.setPlaceholderText(self.tr("ISO 8601 or detected; e.g. %d.%m.%Y %H:%M"))
        self.time_format.setAccessibleName(self.tr("Time format"))
        self.time_format.editingFinished.connect(self._on_setting_changed)
        self.window_hours = QDoubleSpinBox()
        self.window_hours.setRange(0.5, 168)
        self.window_hours.setValue(DEFAULT_MAX_INTERVAL.total_seconds() / 3600)
        self.window_hours.setSuffix(self.tr(" h"))
        self.window_hours.setAccessibleName(self.tr("Pairing interval"))
        self.window_hours.editingFinished.connect(self._on_setting_changed)
        settings = QGroupBox(self.tr("How the file is read (detected unless you choose)"))
        form = QFormLayout(settings)
        for label, widget in ((self.tr("Encoding"), self.encoding),
                              (self.tr("Delimiter"), self.delimiter),
                              (self.tr("Sheet"), self.sheet),
                              (self.tr("Layout"), self.layout_box),
                              (self.tr("Decimal separator"), self.decimal),
                              (self.tr("Sample time format"), self.time_format),
                              (self.tr("Ferritin unit"), self.ferritin_unit),
                              (self.tr("HLA-DR unit"), self.hla_dr_unit),
                              (self.tr("Pair ferritin and HLA-DR within"), self.window_hours)):
            form.addRow(label, widget)
        self.mapping_box = QGroupBox(self.tr("Columns"))
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("Detected settings"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020; font-weight: bold;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import and classify"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        # Enter never cancels and never opens the file chooser: neither Cancel nor "Choose
        # file…" is a default or auto-default button (a focused auto-default button becomes
        # the default and takes Enter in a dialog); Import is the default.
        for button in (choose, self.cancel_button, *self.buttons.buttons()):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        side = QVBoxLayout()
        side.addWidget(settings)
        side.addWidget(self.mapping_box)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(side)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview (row numbers as in the spreadsheet):")))
        right.addWidget(self.preview, 1)
        right.addWidget(self.notes)
        middle.addLayout(right, 1)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(middle, 1)
        box.addWidget(self.error)
        box.addLayout(running)
        box.addWidget(self.buttons)
        self.resize(1100, 680)

    # -- options from the widgets -----------------------------------------------------------
    def options(self) -> ImportOptions:
        """``ImportOptions`` from the current choices ("(detect)" leaves a setting to detection)."""
        def pick(combo: QComboBox) -> str | None:
            return None if combo.currentIndex() <= 0 else combo.currentText()

        return ImportOptions(
            sheet=self.sheet.currentText() or None, columns=tuple(self._mapping.items()),
            ferritin_unit=pick(self.ferritin_unit), hla_dr_unit=pick(self.hla_dr_unit),
            decimal_comma=list(DECIMALS.values())[max(self.decimal.currentIndex(), 0)],
            encoding=pick(self.encoding),
            delimiter=list(DELIMITERS.values())[max(self.delimiter.currentIndex(), 0)],
            time_format=self.time_format.text().strip() or None,
            layout=list(LAYOUTS.values())[max(self.layout_box.currentIndex(), 0)],
            max_interval=timedelta(hours=self.window_hours.value()))

    # -- reading ----------------------------------------------------------------------------
    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import lab results"), "",
                                              self.tr(FILE_FILTER))
        if name:
            self._mapping = {}
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read ``path`` with the current options (in the background) and show the preview."""
        self.path = path
        self.file_label.setText(str(path))
        self.reload()

    def reload(self) -> None:
        if self.path is None:
            return
        self.cancel()
        self.lab = None
        self.import_button.setEnabled(False)
        self.error.setText("")
        self.notes.setText(self.tr("Reading the file…"))
        self._run(_open, self.path, self.options(), on_success=self._on_opened)

    def _on_opened(self, opened: tuple[LabFile | MessageLabFile, str]) -> None:
        lab, self.sha256 = opened
        self.lab = lab
        s = lab.settings
        self._show_detected(lab)
        self._show_mapping(lab)
        self._show_preview(lab)
        layout = self.tr(DETECTED_WORDS.get(s.layout, s.layout))
        parts = [self.tr("{kind}, {layout} layout, %n data row(s)", "", lab.rows_read).format(
            kind=s.kind.upper(), layout=layout) if not lab.blank_rows else
            self.tr("{kind}, {layout} layout, %n data row(s) ({blank} blank skipped)", "",
                    lab.rows_read).format(kind=s.kind.upper(), layout=layout,
                                          blank=lab.blank_rows)]
        tr = text_translator()  # lab_import's detection notes: codes with typed values
        parts += [f"• {tr.finding(n)}" for n in s.notes]
        for u in s.units:
            source = self.tr(UNIT_SOURCES.get(u.source, u.source))
            parts.append("• " + (
                self.tr("{analyte} unit: {unit} ({source})") if u.unit else
                self.tr("{analyte} unit: per row ({source})")).format(
                analyte=self.tr(FIELD_LABELS[u.field]), unit=u.unit, source=source))
        if s.unused_headers:
            parts.append("• " + self.tr("columns not used: {headers}").format(
                headers=", ".join(s.unused_headers)))
        self.notes.setText("\n".join(parts))
        missing = {u.field for u in s.units if u.source == "missing"}
        if missing:
            self.error.setText(
                self.tr("No unit for ferritin and HLA-DR: values will be rejected until you "
                        "choose the units (a unit is never assumed).")
                if len(missing) > 1 else
                self.tr("No unit for ferritin: values will be rejected until you choose the "
                        "unit (a unit is never assumed).") if "ferritin" in missing else
                self.tr("No unit for HLA-DR: values will be rejected until you choose the "
                        "unit (a unit is never assumed)."))
        if lab.rows_read > GUI_MAX_ROWS:
            self.error.setText(self.tr(
                "%n data row(s) are more than the window shows ({limit}); use the command "
                "line: immunosep batch FILE --out results.xlsx", "", lab.rows_read).format(
                limit=GUI_MAX_ROWS))
        self.import_button.setEnabled(0 < lab.rows_read <= GUI_MAX_ROWS)

    def _on_failed(self, exc: BaseException) -> None:
        thaw_unheld()
        self.notes.setText("")
        if isinstance(exc, LabFileError):
            self.error.setText(self.tr("Cannot read this file: {reason}").format(
                reason=exc.localized(text_translator())))
        else:
            self.error.setText(self.tr("Cannot read this file ({error}).").format(
                error=type(exc).__name__))

    def _show_detected(self, lab: LabFile | MessageLabFile) -> None:
        s = lab.settings
        self._set_detect_text(self.encoding, s.encoding)
        delimiter = DETECTED_WORDS.get(s.delimiter or "")
        self._set_detect_text(self.delimiter, self.tr(delimiter) if delimiter else None)
        self._set_detect_text(self.layout_box, self.tr(DETECTED_WORDS.get(s.layout, s.layout)))
        self._set_detect_text(self.decimal, self.tr(
            DETECTED_WORDS["decimal_comma" if s.decimal_comma else "decimal_point"]))
        for combo, choice in zip((self.ferritin_unit, self.hla_dr_unit), s.units, strict=True):
            if choice.source != "given":
                combo.setItemText(0, {
                    "header": self.tr("(from the header: {unit})").format(unit=choice.unit),
                    "unit column": self.tr("(from the unit column)"),
                    "missing": self.tr("(none in the file: choose)")}[choice.source])
        self.encoding.setEnabled(s.kind == "csv")
        self.delimiter.setEnabled(s.kind == "csv")
        self.sheet.blockSignals(True)
        current = self.sheet.currentText()
        self.sheet.clear()
        self.sheet.addItems(list(s.sheets))
        if s.sheet:
            self.sheet.setCurrentText(current if current in s.sheets else s.sheet)
        self.sheet.setEnabled(len(s.sheets) > 1)
        self.sheet.blockSignals(False)
        if s.time_format and not self.time_format.text():
            self.time_format.setPlaceholderText(self.tr("detected: {format}").format(
                format=s.time_format))

    def _set_detect_text(self, combo: QComboBox, detected: str | None) -> None:
        combo.setItemText(0, self.tr("(detect: {detected})").format(detected=detected)
                          if detected else self.tr(DETECT))

    def _show_mapping(self, lab: LabFile | MessageLabFile) -> None:
        while self.mapping_grid.count():
            widget = self.mapping_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.mapping_combos = {}
        s = lab.settings
        from desktop_app.lab_import.columns import RELEVANT_FIELDS

        shown = [f for f in FIELDS if f in RELEVANT_FIELDS[s.layout]]
        for n, field in enumerate(shown):
            combo = QComboBox()
            combo.addItems([self.tr(NOT_USED), *s.headers])
            chosen = s.column_for(field)
            combo.setCurrentIndex(s.headers.index(chosen.header) + 1
                                  if chosen and chosen.header in s.headers else 0)
            label = self.tr(FIELD_LABELS[field])
            combo.setAccessibleName(self.tr("Column for {field}").format(field=label))
            combo.currentIndexChanged.connect(lambda _i, f=field: self._on_mapping_changed(f))
            self.mapping_grid.addWidget(QLabel(label), n, 0)
            self.mapping_grid.addWidget(combo, n, 1)
            self.mapping_combos[field] = combo

    def _show_preview(self, lab: LabFile | MessageLabFile) -> None:
        rows = lab.preview(PREVIEW_ROWS)
        headers = list(lab.settings.headers)
        used = {c.index: c.field for c in lab.settings.columns}
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(
            [f"{h}\n→ {self.tr(FIELD_LABELS[used[i]])}" if i in used
             else f"{h}\n{self.tr(NOT_USED)}" for i, h in enumerate(headers)])
        self.preview.setVerticalHeaderLabels([str(number) for number, _ in rows])
        for r, (_, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(text))

    def _on_setting_changed(self, *_: object) -> None:
        if self.path is not None and self.sender() is not None:
            self.reload()

    def _on_mapping_changed(self, field: str) -> None:
        # Every field is then given explicitly, so the mapping on screen is exactly what is read.
        self._mapping = {f: ("" if c.currentIndex() <= 0 else c.currentText())
                         for f, c in self.mapping_combos.items()}
        self.reload()

    # -- importing --------------------------------------------------------------------------
    def start_import(self) -> None:
        """Classify every row of the file read for the preview (no second read), and prepare
        the map, in the background; accept when done."""
        if self.path is None or self.lab is None:
            return
        self.cancel()
        self.error.setText("")
        self.import_button.setEnabled(False)
        self._run(quietly, import_cohort, self.lab, self.sha256, now=self.clock(),
                  map_title=self.tr("Cohort phenotype map"), tr=text_translator(),
                  on_progress=self._on_progress,
                  on_success=self._on_imported, on_cancelled=self._on_cancelled)

    def _run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """One background operation at a time; a superseded one's results are dropped."""
        self._busy(True)
        holder: list[BackgroundTask] = []

        def finished() -> None:
            if self.task is None or self.task is holder[0]:
                self._busy(False)
                self.task = None

        task = run_in_background(fn, *args, pass_control=True, on_error=self._on_failed,
                                 on_finished=finished, **kwargs)
        holder.append(task)
        self.task = task

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_imported(self, cohort: CohortImport) -> None:
        self.cohort, self.result = cohort, cohort.result
        self.cohort_ready.emit(cohort.result)
        self.accept()

    def _on_cancelled(self) -> None:
        thaw_unheld()
        self.error.setText(self.tr("Import cancelled: nothing was imported."))
        self.import_button.setEnabled(self.lab is not None)

    def cancel(self) -> None:
        """Stop the running read or import (its result is dropped)."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
            self._busy(False)

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        if on:
            self.progress.setRange(0, 0)  # busy until the first progress report

    def reject(self) -> None:
        self.cancel()
        thaw_unheld()
        super().reject()


def open_import(window: Any, path: Path | None = None) -> None:
    """File ▸ Open / import lab results: choose, preview, classify, then the cohort view
    (``ui.cohort_window.show_cohort``: nothing is stored until the user chooses)."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("ImportDialog", "Import lab results"), "",
            QCoreApplication.translate("ImportDialog", FILE_FILTER))
        if not name:
            return
        path = Path(name)
    dialog = ImportDialog(path, parent=window)
    if dialog.exec() and dialog.cohort is not None:
        from desktop_app.ui.cohort_window import show_cohort

        show_cohort(window, dialog.cohort)
