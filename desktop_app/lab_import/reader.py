"""Open a lab file, detect how to read it, and produce one outcome per data row."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.decision import fact_layout
from desktop_app.core.findings import Finding, Term, Text
from desktop_app.core.rules import DEFAULT_OPTIONS, IMMUNOSEP_RULESET, AssessmentOptions, RuleSet
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.i18n import N_
from desktop_app.lab_import.cells import CellProblem, UnitReader, cell_text, detect_decimal_comma
from desktop_app.lab_import.columns import ColumnMapping, is_percent_name, map_columns
from desktop_app.lab_import.csv_table import read_csv_table
from desktop_app.lab_import.fields import AnalyteUnits, RowFields
from desktop_app.lab_import.limits import (
    ZIP_KINDS,
    check_size,
    check_zip_container,
    file_kind,
    spreadsheet_kind,
)
from desktop_app.lab_import.model import (
    IDENTITY_FIELDS,
    ImportOptions,
    ImportResult,
    ImportSettings,
    LabFileError,
    RejectedRow,
    Sample,
    UnitChoice,
)
from desktop_app.lab_import.raw_table import Progress, RawTable, ShouldCancel
from desktop_app.lab_import.samples import SampleTable, from_samples
from desktop_app.lab_import.times import TimeReader, detect_order, midnight_dates_are_times
from desktop_app.lab_import.wide_columns import read_wide

if TYPE_CHECKING:
    from desktop_app.lab_import.long import LongRows
    from desktop_app.lab_import.message_file import MessageLabFile

Outcome = Sample | RejectedRow


def merge_by_row(samples: Iterator[Sample], rejected: Iterator[RejectedRow]
                 ) -> Iterator[Outcome]:
    """Two row-ordered streams as one, by first row."""
    s, r = next(samples, None), next(rejected, None)
    while s is not None or r is not None:
        if r is None or (s is not None and s.rows[0] < r.row):
            yield s  # type: ignore[misc]
            s = next(samples, None)
        else:
            yield r
            r = next(rejected, None)


def _when(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class LabFile:
    """An opened lab file: the raw rows, the column mapping and every detected setting.

    Opening reads the whole file (bounded by the size and row caps) but validates nothing;
    ``outcomes()`` then validates and yields one ``Sample`` or ``RejectedRow`` per data row (in
    long layout a ``Sample`` may cover two rows), in row order.  The source file is only read.
    """

    def __init__(self, path: Path, table: RawTable, options: ImportOptions) -> None:
        self.path = path
        self.table = table
        self.options = options
        self.mapping: ColumnMapping = map_columns(table.headers, options.column_map,
                                                  options.layout)
        notes = list(table.notes)
        self.decimal_comma, dc_source = self._decimal_comma(notes)
        time_col = self.mapping.index("sampled_at")
        time_cells = table.columns[time_col] if time_col is not None else []
        time_format: str | None
        if options.time_format is not None:
            order, time_format, ambiguous = None, options.time_format, False
        else:
            detection = detect_order(time_cells)
            order, ambiguous = detection.order, detection.ambiguous
            time_format = order.format if order else None
            if detection.note:
                notes.append(detection.note)
        # Only spreadsheets have typed date cells.
        midnight = table.kind != "csv" and midnight_dates_are_times(time_cells)
        if midnight:
            notes.append(Finding("midnight_dates"))
        del time_cells
        try:
            times = TimeReader(explicit_format=options.time_format, order=order,
                               ambiguous=ambiguous, local_zone=options.local_zone,
                               spreadsheet_midnight=midnight)
        except ValueError as exc:  # its text is marked N_ where it is raised
            raise LabFileError.worded("bad_option", str(exc)) from None
        self.fields = RowFields(self.mapping, times)
        units = {a: self._units(a, notes) for a in ("ferritin", "hla_dr")}
        self.units = units
        if self.mapping.layout == "wide" and time_col is None:
            notes.append(Finding("no_sample_time_column"))
        self.settings = ImportSettings(
            kind=table.kind, layout=self.mapping.layout, columns=self.mapping.choices,
            units=tuple(self._unit_choice(a) for a in ("ferritin", "hla_dr")),
            decimal_comma=self.decimal_comma, decimal_comma_source=dc_source,
            time_format=time_format, encoding=table.encoding, delimiter=table.delimiter,
            sheet=table.sheet, sheets=table.sheets, headers=tuple(table.headers),
            unused_headers=self.mapping.unused, notes=tuple(notes))

    @property
    def rows_read(self) -> int:
        return self.table.n_rows

    @property
    def blank_rows(self) -> int:
        return self.table.blank_rows

    def preview(self, rows: int = 20) -> list[tuple[int, list[str]]]:
        """The first data rows as text, with their row numbers (for the import dialog)."""
        t = self.table
        return [(t.row_numbers[i], [cell_text(c) for c in t.row(i)])
                for i in range(min(rows, t.n_rows))]

    def outcomes(self, *, progress: Progress | None = None,
                 should_cancel: ShouldCancel | None = None) -> Iterator[Outcome]:
        """One ``Sample`` or ``RejectedRow`` per data row (two rows per paired sample in long
        layout), in row order."""
        if self.mapping.layout == "wide":
            table, rejected = read_wide(self, ruleset=IMMUNOSEP_RULESET, options=DEFAULT_OPTIONS,
                                        now=None, progress=progress,
                                        should_cancel=should_cancel)
            samples = (Sample(table.rows_of(i), table.patient_id[i], table.inputs(i),
                              _when(table.sampled_at[i])) for i in range(table.n))
            if table.identity:
                samples = (s.identified(table.identity_of(i)) for i, s in enumerate(samples))
            return merge_by_row(samples, iter(rejected))
        return self._long_rows().outcomes(progress=progress, should_cancel=should_cancel)

    def read_samples(self, *, ruleset: RuleSet = IMMUNOSEP_RULESET,
                     options: AssessmentOptions = DEFAULT_OPTIONS, now: datetime | None = None,
                     progress: Progress | None = None, should_cancel: ShouldCancel | None = None
                     ) -> tuple[SampleTable, list[RejectedRow]]:
        """Every sample (with its facts for ``ruleset``, ``options`` and ``now``) and every
        rejected row, each in row order: wide layout column-wise, long layout sample by
        sample."""
        if self.mapping.layout == "wide":
            return read_wide(self, ruleset=ruleset, options=options, now=now,
                             progress=progress, should_cancel=should_cancel)
        samples: list[Sample] = []
        rejected: list[RejectedRow] = []
        for outcome in self._long_rows().outcomes(progress=progress,
                                                  should_cancel=should_cancel):
            (samples if isinstance(outcome, Sample) else rejected).append(outcome)  # type: ignore[arg-type]
        layout = fact_layout(ruleset, options)
        return from_samples(samples, ruleset=ruleset, options=options, now=now,
                            layout=layout, identity_fields=self.identity_fields), rejected

    @property
    def identity_fields(self) -> tuple[str, ...]:
        """The identification fields (``IDENTITY_FIELDS``) this file has a column for."""
        return tuple(f for f in IDENTITY_FIELDS if self.mapping.index(f) is not None)

    def _long_rows(self) -> LongRows:
        from desktop_app.lab_import.long import LongRows  # long layout only

        return LongRows(self.table, self.fields, decimal_comma=self.decimal_comma,
                        units=self.units, max_interval=self.options.max_interval)

    # -- detection helpers ------------------------------------------------------------------
    def _decimal_comma(self, notes: list[Finding]) -> tuple[bool, str]:
        given = self.options.decimal_comma
        if given is not None:
            return given, "given"
        cols = [self.mapping.index(f) for f in ("ferritin", "hla_dr", "value", "age")]
        found, note = detect_decimal_comma(
            (self.table.columns[c] for c in cols if c is not None),
            text=self.table.kind == "csv")
        notes.append(note)
        return (found, "detected") if found is not None else (False, "default")

    def _units(self, analyte: str, notes: list[Finding]) -> AnalyteUnits:
        opt = self.options.ferritin_unit if analyte == "ferritin" else self.options.hla_dr_unit
        override = None
        if opt is not None:
            label = "ferritin unit" if analyte == "ferritin" else "HLA-DR unit"
            try:
                override = UnitReader(analyte).read(opt, label)
            except CellProblem as exc:
                raise LabFileError.of("bad_option", exc) from None
        header_unit = None
        text = self.mapping.header_units.get(analyte)
        if text and self.mapping.layout == "wide":
            try:
                header_unit = UnitReader(analyte).read(text, self.mapping.header(analyte) or "")
            except CellProblem:
                notes.append(Finding("header_unit_ignored", (
                    ("header", Text(repr(self.mapping.header(analyte)))),
                    ("text", Text(repr(text))), ("analyte", Term(analyte)))))
        unit_field = "ferritin_unit" if analyte == "ferritin" else "hla_dr_unit"
        percent_name = None
        if self.mapping.layout == "long":
            unit_field = "unit"  # a test named "% positive monocytes" is checked per row
        elif analyte == "hla_dr" and is_percent_name(header := self.mapping.header("hla_dr")
                                                     or ""):
            percent_name = header
        return AnalyteUnits(analyte, override=override, header_unit=header_unit,
                            unit_column=self.mapping.index(unit_field),
                            unit_header=self.mapping.header(unit_field),
                            percent_name=percent_name)

    def _unit_choice(self, analyte: str) -> UnitChoice:
        u = self.units[analyte]
        fixed: FerritinUnit | HlaDrUnit | None = u.fixed
        if u.override is not None:
            return UnitChoice(analyte, u.override.value, "given")
        if u.unit_column is not None:
            return UnitChoice(analyte, fixed.value if fixed else None, "unit column")
        if fixed is not None:
            return UnitChoice(analyte, fixed.value, "header")
        return UnitChoice(analyte, None, "missing")


FORMATS = ("csv", "excel", "hl7", "fhir")


def open_lab_file(path: str | os.PathLike[str], options: ImportOptions | None = None, *,
                  should_cancel: ShouldCancel | None = None) -> LabFile | MessageLabFile:
    """Read ``path`` (CSV/TSV/TXT, XLSX/XLSM/XLSB/XLS/ODS, HL7 v2 or FHIR JSON) and detect
    its settings.  HL7 and FHIR are recognised by their content (``options.format``
    overrides), a table by its extension (``format`` "csv" or "excel" overrides).

    Raises ``LabFileError`` when the file as a whole cannot be read (too large, damaged, no
    patient id column, ambiguous delimiter ...) and ``ImportCancelled`` when cancelled.
    """
    path = Path(path)
    options = options or ImportOptions()
    if options.format is not None and options.format not in FORMATS:
        raise LabFileError.worded(
            "bad_option", N_("format must be one of {formats}, not {format!r}"),
            formats=", ".join(FORMATS), format=options.format)
    check_size(path, options.max_bytes)
    from desktop_app.lab_import.message_file import MessageLabFile, sniff_format

    fmt = options.format if options.format in ("hl7", "fhir") else (
        sniff_format(path) if options.format is None else None)
    if fmt is not None:
        return MessageLabFile(path, fmt, options)
    kind = file_kind(path) if options.format != "excel" else spreadsheet_kind(path)
    if options.format == "csv":
        kind = "csv"
    if kind == "csv":
        table = read_csv_table(path, None, encoding=options.encoding,
                               delimiter=options.delimiter, max_rows=options.max_rows,
                               should_cancel=should_cancel)
    else:
        if kind in ZIP_KINDS or kind == "xlsb":
            check_zip_container(path, options.max_bytes)
        from desktop_app.lab_import.excel_table import read_excel_table  # spreadsheets only

        table = read_excel_table(path, kind, sheet=options.sheet, max_rows=options.max_rows,
                                 should_cancel=should_cancel)
    return LabFile(path, table, options)


def read_lab_file(path: str | Path, options: ImportOptions | None = None, *,
                  progress: Progress | None = None,
                  should_cancel: ShouldCancel | None = None) -> ImportResult:
    """Read and validate a whole lab file into memory.

    Parameters
    ----------
    path:
        The export to read; it is opened read-only and never modified.
    options:
        ``ImportOptions``; the default detects everything and refuses what is ambiguous.
    progress:
        Called as ``progress(rows_done, rows_total)`` from the calling thread.
    should_cancel:
        Polled every few thousand rows; when it returns True, ``ImportCancelled`` is raised.

    Returns
    -------
    ImportResult
        ``settings`` (what was detected or given), ``samples`` (validated core inputs, each
        with its source rows and the patient id as written), ``rejected`` (row number, patient
        id when readable, reasons with column), ``rows_read`` and ``blank_rows``.  Every data
        row is in exactly one sample or one rejection.

    Raises
    ------
    LabFileError
        The file cannot be read at all (``code`` and a one-sentence ``message``).
    ImportCancelled
        ``should_cancel()`` returned True.
    """
    lab = open_lab_file(path, options, should_cancel=should_cancel)
    result = ImportResult(lab.settings, rows_read=lab.rows_read, blank_rows=lab.blank_rows)
    for outcome in lab.outcomes(progress=progress, should_cancel=should_cancel):
        if isinstance(outcome, Sample):
            result.samples.append(outcome)
        else:
            result.rejected.append(outcome)
    return result
