"""Reading the mapped cells of one row: patient id, sample time, values with their units, age.

Shared by the wide and the long layout.  Every problem becomes a ``RowIssue`` naming the column;
nothing is defaulted (no unit is assumed, hazard H01; no day-first is assumed, H16).
"""

from __future__ import annotations

from datetime import datetime

from desktop_app.core.findings import Term
from desktop_app.core.identifiers import check_identifier
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import InputError, ParsedValue, ValueKind
from desktop_app.lab_import.cells import CellProblem, UnitReader, ValueReader, cell_text
from desktop_app.lab_import.columns import AGE_UNITS, ColumnMapping
from desktop_app.lab_import.model import RowIssue
from desktop_app.lab_import.times import TimeProblem, TimeReader

ANALYTE_LABEL = {"ferritin": Term("ferritin"), "hla_dr": Term("hla_dr")}
Unit = FerritinUnit | HlaDrUnit


class AnalyteUnits:
    """Where one analyte's unit comes from, in order: the user's override, a unit column,
    the header.  A unit column that contradicts the override or the header rejects the row,
    and so does a unit in AB/C for a column named "% HLA-DR positive monocytes" (``percent_name``,
    hazard H03: a percentage read as AB/C would fake immunoparalysis)."""

    def __init__(self, analyte: str, *, override: Unit | None, header_unit: Unit | None,
                 unit_column: int | None, unit_header: str | None,
                 percent_name: str | None = None) -> None:
        self.analyte = analyte
        self.percent_name = percent_name
        self.override = override
        self.header_unit = header_unit
        self.unit_column = unit_column
        self.unit_header = unit_header or "unit"
        self.reader = UnitReader(analyte)
        self.fixed = override or header_unit  # the unit when no unit cell says anything

    def resolve(self, cells: list[object]) -> Unit:
        """The unit for this row's value; raises ``CellProblem`` when unknown or contradictory."""
        cell = cells[self.unit_column] if self.unit_column is not None else ""
        return self.resolve_cell(cell)

    def resolve_cell(self, cell: object) -> Unit:
        """``resolve`` for the unit column's cell of a row (``""`` when there is none)."""
        text = cell_text(cell).strip()
        label = ANALYTE_LABEL[self.analyte]
        if not text:
            if self.fixed is None:
                raise CellProblem.worded("unit_missing", "unit_missing.row", analyte=label)
            unit = self.fixed
        else:
            unit = self.reader.read(text, self.unit_header)
            if self.fixed is not None and unit is not self.fixed:
                raise CellProblem.worded(
                    "unit_conflict", "unit_conflict.given" if self.override
                    else "unit_conflict.header", where=self.unit_header,
                    unit=unit.value, analyte=label, fixed=self.fixed.value)
        if self.percent_name and unit is HlaDrUnit.AB_PER_CELL:
            raise CellProblem.worded("test_conflict", "percent_test_ab_per_cell",
                                     test=self.percent_name)
        return unit


class RowFields:
    """Column indices and readers for the fields every layout shares."""

    def __init__(self, mapping: ColumnMapping, time_reader: TimeReader) -> None:
        self.mapping = mapping
        self.pid_col = mapping.index("patient_id")
        self.pid_header = mapping.header("patient_id") or "patient id"
        self.time_col = mapping.index("sampled_at")
        self.time_header = mapping.header("sampled_at") or "sample time"
        self.age_col = mapping.index("age")
        self.age_header = mapping.header("age") or "age"
        self.time_reader = time_reader
        self.age_reader = ValueReader("age", self.age_header, False, ValueKind.AGE)
        age_unit = mapping.header_units.get("age")
        self.age_unit_problem = None
        if age_unit and age_unit.strip().lower().rstrip(".") not in AGE_UNITS:
            self.age_unit_problem = RowIssue.worded(
                "age_unit", "age_unit", self.age_header, where=self.age_header,
                unit=repr(age_unit))

    def set_decimal_comma(self, decimal_comma: bool) -> None:
        self.age_reader = ValueReader("age", self.age_header, decimal_comma, ValueKind.AGE)

    def patient(self, cells: list[object]) -> tuple[str, str]:
        """(text as written, key used for matching: surrounding whitespace removed)."""
        raw = cell_text(cells[self.pid_col])  # type: ignore[index]
        return raw, raw.strip()

    def patient_issue(self, raw: str) -> RowIssue | None:
        """Why the patient id cell ``raw`` cannot identify a patient, or None
        (``core.identifiers.check_identifier``: empty, too long, invisible characters)."""
        try:
            check_identifier(raw, field=self.pid_header)
        except InputError as exc:
            if exc.code == "identifier_empty":
                return self.missing_patient()
            return RowIssue.of(exc, self.pid_header, where=self.pid_header)
        return None

    def time(self, cells: list[object], issues: list[RowIssue]) -> datetime | None:
        if self.time_col is None:
            return None
        try:
            return self.time_reader.read(cells[self.time_col])
        except TimeProblem as exc:
            issues.append(RowIssue.of(exc, self.time_header, where=self.time_header))
            return None

    def age(self, cells: list[object], issues: list[RowIssue]) -> ParsedValue | None:
        if self.age_col is None:
            return None
        try:
            value = self.age_reader.read(cells[self.age_col])
        except CellProblem as exc:
            issues.append(RowIssue.of(exc, self.age_header))
            return None
        if value is not None and self.age_unit_problem is not None:
            issues.append(self.age_unit_problem)
            return None
        return value

    def missing_patient(self) -> RowIssue:
        return RowIssue.worded("patient_id_missing", "patient_id_missing.row", self.pid_header,
                               where=self.pid_header)
