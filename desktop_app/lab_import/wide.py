"""Wide layout: one row per sample, with ferritin and/or HLA-DR columns -- one row at a time.

``WideRows.read(i)`` validates a single row with the scalar readers and returns its inputs or
every issue found, worded for the user.  The file as a whole is read column-wise by
``wide_columns.read_wide``, which asks ``read`` only for the rows it flags (a cell it cannot
use, a duplicate) so that each rejection lists all its reasons, in the order they occur in the
row.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import datetime

from desktop_app.core.inputs import Ferritin, HlaDr, NotDetermined, PatientInputs
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import ParsedValue
from desktop_app.lab_import.cells import CellProblem, ValueReader
from desktop_app.lab_import.fields import AnalyteUnits, RowFields
from desktop_app.lab_import.model import RowIssue
from desktop_app.lab_import.raw_table import RawTable
from desktop_app.lab_import.times import TimeProblem


class WideRows:
    def __init__(self, table: RawTable, fields: RowFields, *, decimal_comma: bool,
                 ferritin_units: AnalyteUnits, hla_dr_units: AnalyteUnits) -> None:
        m = fields.mapping
        self.table = table
        self.fields = fields
        self.f_col, self.h_col = m.index("ferritin"), m.index("hla_dr")
        self.f_reader = ValueReader("ferritin", m.header("ferritin") or "ferritin",
                                    decimal_comma)
        self.h_reader = ValueReader("HLA-DR", m.header("hla_dr") or "HLA-DR", decimal_comma)
        self.f_units, self.h_units = ferritin_units, hla_dr_units
        self.f_header = m.header("ferritin")
        self.h_header = m.header("hla_dr")
        fields.set_decimal_comma(decimal_comma)

    def time_of(self, i: int) -> datetime | TimeProblem | None:
        """Row ``i``'s sample time or its problem."""
        col = self.fields.time_col
        if col is None:
            return None
        try:
            return self.fields.time_reader.read(self.table.columns[col][i])
        except TimeProblem as exc:
            return exc

    # -- one row ----------------------------------------------------------------------------
    def read(self, i: int) -> PatientInputs | list[RowIssue]:
        """The inputs of row ``i`` or its issues (all of them, not just the first)."""
        issues: list[RowIssue] = []
        f = self.fields
        cells = self.table.row(i)
        pid_issue = f.patient_issue(f.patient(cells)[0])
        if pid_issue is not None:
            issues.append(pid_issue)
        when = self.time_of(i)
        if isinstance(when, TimeProblem):
            issues.append(RowIssue.of(when, f.time_header, where=f.time_header))
            when = None
        ferritin = hla_dr = f_nd = h_nd = None
        if self.f_col is not None:
            f_nd = self._absent(self.f_reader, cells[self.f_col], when)
            value = None if f_nd else self._value(self.f_reader, cells[self.f_col],
                                                  self.f_header, issues)
            if value is not None:
                unit = self._unit(self.f_units, cells, self.f_header, issues)
                if unit is not None:
                    ferritin = Ferritin(value, unit, when)  # type: ignore[arg-type]
        if self.h_col is not None:
            h_nd = self._absent(self.h_reader, cells[self.h_col], when)
            value = None if h_nd else self._value(self.h_reader, cells[self.h_col],
                                                  self.h_header, issues)
            if value is not None:
                unit = self._unit(self.h_units, cells, self.h_header, issues)
                if unit is not None:
                    hla_dr = HlaDr(value, unit, when)  # type: ignore[arg-type]
        age = f.age(cells, issues)
        if issues:
            return issues
        if ferritin is None and hla_dr is None and f_nd is None and h_nd is None:
            return [RowIssue.worded("no_values", "no_values")]
        return PatientInputs(ferritin, hla_dr, age, f_nd, h_nd)

    @staticmethod
    def _absent(reader: ValueReader, cell: object,
                when: datetime | None) -> NotDetermined | None:
        """A value cell that says "not determined" ("n.b.", "pending"): a result without a
        value (no unit needed), never a malformed number."""
        word = reader.not_determined(cell)
        return None if word is None else NotDetermined(word, when)

    @staticmethod
    def _value(reader: ValueReader, cell: object, header: str | None,
               issues: list[RowIssue]) -> ParsedValue | None:
        try:
            return reader.read(cell)
        except CellProblem as exc:
            issues.append(RowIssue.of(exc, header))
            return None

    @staticmethod
    def _unit(units: AnalyteUnits, cells: list[object], header: str | None,
              issues: list[RowIssue]) -> FerritinUnit | HlaDrUnit | None:
        try:
            return units.resolve(cells)
        except CellProblem as exc:
            column = units.unit_header if units.unit_column is not None else header
            issues.append(RowIssue.of(exc, column))
            return None

    def signature(self, i: int) -> Hashable | None:
        """Row ``i``'s values for the duplicate check; None when it is rejected anyway."""
        got = self.read(i)
        return None if isinstance(got, list) else value_signature(got)


def value_signature(inputs: PatientInputs) -> Hashable:
    """Equal for rows with the same results (4420 and 4420.0 are the same result)."""
    f, h, a = inputs.ferritin, inputs.hla_dr, inputs.age_years
    fn, hn = inputs.ferritin_not_determined, inputs.hla_dr_not_determined
    return (
        (f.value.comparator, f.value.value, f.unit) if f else fn and fn.text,
        (h.value.comparator, h.value.value, h.unit) if h else hn and hn.text,
        (a.comparator, a.value) if a else None,
    )
