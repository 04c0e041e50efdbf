"""Wide layout: one row per sample, with ferritin and/or HLA-DR columns.

Two passes over the rows already in memory: the first reads only patient ids and sample times
to find duplicate/conflicting rows and identity conflicts anywhere in the file; the second
validates each row and yields its outcome in row order, so a caller can classify and write
results while reading (bounded memory for a million rows).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from datetime import datetime

from desktop_app.core.inputs import Ferritin, HlaDr, PatientInputs
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import ParsedValue
from desktop_app.lab_import.cells import CellProblem, ValueReader
from desktop_app.lab_import.duplicates import KeyIndex, identity_conflicts, resolve_groups
from desktop_app.lab_import.fields import AnalyteUnits, RowFields
from desktop_app.lab_import.model import ImportCancelled, RejectedRow, RowIssue, Sample
from desktop_app.lab_import.raw_table import CANCEL_CHECK_EVERY, Progress, RawTable, ShouldCancel
from desktop_app.lab_import.times import TimeProblem

_NO_VALUES = "no ferritin or HLA-DR value in this row"


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
        self._times: list[datetime | TimeProblem | None] | None = None

    def times(self) -> list[datetime | TimeProblem | None]:
        """Every row's sample time (or its problem), parsed once for both passes."""
        if self._times is None:
            f, read = self.fields, self.fields.time_reader.read
            col = f.time_col
            out: list[datetime | TimeProblem | None] = []
            if col is None:
                out = [None] * len(self.table.rows)
            else:
                for cells in self.table.rows:
                    try:
                        out.append(read(cells[col]))
                    except TimeProblem as exc:
                        out.append(exc)
            self._times = out
        return self._times

    # -- one row ----------------------------------------------------------------------------
    def read(self, i: int) -> PatientInputs | list[RowIssue]:
        """The inputs of row ``i`` or its issues (all of them, not just the first)."""
        issues: list[RowIssue] = []
        f = self.fields
        cells = self.table.rows[i]
        if not f.patient(cells)[1]:
            issues.append(f.missing_patient())
        when = self.times()[i]
        if isinstance(when, TimeProblem):
            issues.append(RowIssue(when.code, f"{f.time_header}: {when.message}",
                                   f.time_header))
            when = None
        ferritin = hla_dr = None
        if self.f_col is not None:
            value = self._value(self.f_reader, cells[self.f_col], self.f_header, issues)
            if value is not None:
                unit = self._unit(self.f_units, cells, self.f_header, issues)
                if unit is not None:
                    ferritin = Ferritin(value, unit, when)  # type: ignore[arg-type]
        if self.h_col is not None:
            value = self._value(self.h_reader, cells[self.h_col], self.h_header, issues)
            if value is not None:
                unit = self._unit(self.h_units, cells, self.h_header, issues)
                if unit is not None:
                    hla_dr = HlaDr(value, unit, when)  # type: ignore[arg-type]
        age = f.age(cells, issues)
        if issues:
            return issues
        if ferritin is None and hla_dr is None:
            return [RowIssue("no_values", _NO_VALUES)]
        return PatientInputs(ferritin, hla_dr, age)

    @staticmethod
    def _value(reader: ValueReader, cell: object, header: str | None,
               issues: list[RowIssue]) -> ParsedValue | None:
        try:
            return reader.read(cell)
        except CellProblem as exc:
            issues.append(RowIssue(exc.code, exc.message, header))
            return None

    @staticmethod
    def _unit(units: AnalyteUnits, cells: list[object], header: str | None,
              issues: list[RowIssue]) -> FerritinUnit | HlaDrUnit | None:
        try:
            return units.resolve(cells)
        except CellProblem as exc:
            column = units.unit_header if units.unit_column is not None else header
            issues.append(RowIssue(exc.code, exc.message, column))
            return None

    # -- the whole table --------------------------------------------------------------------
    def precheck(self) -> dict[int, RowIssue]:
        """Pass 1: duplicate/conflicting rows and identity conflicts, by row index."""
        f, rows = self.fields, self.table.rows
        index = KeyIndex()
        dobs: dict[str, dict[str, int]] = {}
        times = self.times()
        for i, cells in enumerate(rows):
            key = f.patient(cells)[1]
            when = times[i]
            if not key or isinstance(when, TimeProblem):
                continue
            index.add((key, when), i)
            if f.dob_col is not None:
                dob = f.dob(cells)
                if dob:
                    dobs.setdefault(key, {}).setdefault(dob, i)
        index.release()
        numbers = self.table.row_numbers

        def signature(i: int) -> Hashable | None:
            got = self.read(i)
            return None if isinstance(got, list) else _value_signature(got)

        issues = resolve_groups(index.groups, signature, numbers.__getitem__, "sample time")
        conflicts = identity_conflicts(dobs, numbers.__getitem__)
        if conflicts:
            for i, cells in enumerate(rows):
                hit = conflicts.get(f.patient(cells)[1])
                if hit is not None:
                    issues[i] = hit
        return issues

    def outcomes(self, *, progress: Progress | None = None,
                 should_cancel: ShouldCancel | None = None) -> Iterator[Sample | RejectedRow]:
        """Pass 2: one outcome per data row, in row order."""
        table = self.table
        pre = self.precheck()
        shape = table.shape_issues
        total = len(table.rows)
        numbers = table.row_numbers
        for i, cells in enumerate(table.rows):
            if i % CANCEL_CHECK_EVERY == 0:
                if should_cancel is not None and should_cancel():
                    raise ImportCancelled()
                if progress is not None:
                    progress(i, total)
            raw_pid = self.fields.patient(cells)[0]
            got = self.read(i)
            extra = [x for x in (shape.get(i), pre.get(i)) if x is not None]
            if isinstance(got, list) or extra:
                reasons = tuple(extra + (got if isinstance(got, list) else []))
                yield RejectedRow(numbers[i], raw_pid if raw_pid.strip() else None, reasons)
                continue
            when = (got.ferritin or got.hla_dr).sampled_at  # type: ignore[union-attr]
            yield Sample((numbers[i],), raw_pid, got, when)
        self._times = None
        if progress is not None:
            progress(total, total)


def _value_signature(inputs: PatientInputs) -> Hashable:
    """Equal for rows with the same results (4420 and 4420.0 are the same result)."""
    f, h, a = inputs.ferritin, inputs.hla_dr, inputs.age_years
    return (
        (f.value.comparator, f.value.value, f.unit) if f else None,
        (h.value.comparator, h.value.value, h.unit) if h else None,
        (a.comparator, a.value) if a else None,
    )
