"""Identification columns of a lab file: patient name, record number, date of birth.

They identify the patient on a printed report and never enter the clinical decision.  Each
cell is checked on its own (names and record numbers by ``core.identifiers``' character rules,
dates of birth by the calendar rules below); a patient id whose rows give two different values
of one field is refused in every row (possibly two patients under one id), never resolved by
picking one.  A blank cell says nothing, so a patient's value, given in any of its rows, is
carried to all of its samples.

Dates of birth are read, never guessed: ISO ``YYYY-MM-DD`` (or ``YYYY/MM/DD``, ``YYYY.MM.DD``),
a spreadsheet date cell, or ``DD.MM.YYYY``-style numeric dates whose day/month order the column
itself shows (as for sample times: a first field above 12 and none in second place, or the
reverse).  Where the column does not show it, a row whose day and month could be swapped is
refused with its reason (a row like 05.05.1960 reads the same either way).

The whole module runs only for the fields a file has: an import without identification
columns does no work here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NoReturn

from desktop_app.core.findings import Text
from desktop_app.core.identifiers import check_identifier
from desktop_app.core.values import InputError
from desktop_app.lab_import.cells import cell_text
from desktop_app.lab_import.columns import ColumnMapping
from desktop_app.lab_import.model import IDENTITY_FIELDS, Problem, RowIssue

MAX_NAME_LENGTH = 128  # the report's box prints about this much on two lines
_LIMITS = {"patient_name": MAX_NAME_LENGTH, "record_number": 64}
_ISO = re.compile(r"^(\d{4})([-./])(\d{1,2})\2(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$")
_FIRST_PLAUSIBLE = date(1900, 3, 1)  # before it: Excel's 1900 artefact, or not a living patient


class IdentityProblem(Problem):
    """A name, record number or date of birth that cannot be used (a reason of its row)."""


@dataclass
class IdentityColumns:
    """What the identification columns say.

    ``issues`` maps a row index to the problems of its identification cells and, for every row
    of a patient id with two different values of a field, the conflict; ``by_key`` maps a
    patient key (id without surrounding whitespace) to its values (field -> text; a date of
    birth as YYYY-MM-DD).  ``fields`` are the identification fields the file has.
    """

    fields: tuple[str, ...]
    issues: dict[int, list[RowIssue]] = field(default_factory=dict)
    by_key: dict[str, dict[str, str]] = field(default_factory=dict)

    def of(self, key: str) -> dict[str, str]:
        """The identification of patient ``key``: every field of the file, "" where unknown."""
        known = self.by_key.get(key, {})
        return {f: known.get(f, "") for f in self.fields}

    def columns(self, keys: list[str]) -> dict[str, list[str]]:
        """Field -> the value of each patient key of ``keys`` ("" where unknown)."""
        out = {}
        for f in self.fields:
            values = {k: v[f] for k, v in self.by_key.items() if f in v}
            out[f] = [values.get(k, "") for k in keys]
        return out


def read_identity(columns: list[list[object]], mapping: ColumnMapping, pid_col: int | None,
                  row_numbers: list[int]) -> IdentityColumns | None:
    """The identification of every row, or None when the file has no identification column."""
    present = [(f, mapping.index(f), mapping.header(f) or f) for f in IDENTITY_FIELDS
               if mapping.index(f) is not None]
    if not present:
        return None
    assert pid_col is not None  # every layout requires the patient id column
    out = IdentityColumns(tuple(f for f, _, _ in present))
    keys = [cell_text(c).strip() for c in columns[pid_col]]
    for name, col, header in present:
        cells = columns[col]  # type: ignore[index]
        read = BirthDates(cells, header).read if name == "date_of_birth" else \
            _TextReader(name, header).read
        # A patient's rows repeat its values: each distinct cell is checked once.
        memo: dict[object, str | RowIssue] = {}
        seen: dict[str, dict[str, int]] = {}  # key -> value -> first row index
        for i, cell in enumerate(cells):
            # 1, 1.0 and True are equal keys; their texts differ
            seen_as = cell if type(cell) is str else (type(cell), cell)
            got = memo.get(seen_as)
            if got is None:
                try:
                    got = read(cell)
                except IdentityProblem as exc:
                    got = RowIssue.of(exc, header)
                memo[seen_as] = got
            if isinstance(got, RowIssue):
                out.issues.setdefault(i, []).append(got)
            elif got and keys[i]:
                seen.setdefault(keys[i], {}).setdefault(got, i)
        conflicts: dict[str, RowIssue] = {}
        for key, values in seen.items():
            if len(values) > 1:
                rows = ", ".join(str(n) for n in sorted(row_numbers[i] for i in values.values()))
                conflicts[key] = RowIssue.worded("identity_conflict",
                                                 f"identity_conflict.{name}", rows=rows)
            else:
                out.by_key.setdefault(key, {})[name] = next(iter(values))
        if conflicts:
            for i, key in enumerate(keys):
                if key in conflicts:
                    out.issues.setdefault(i, []).append(conflicts[key])
    return out


class _TextReader:
    """A name or record number: text as written (surrounding spaces removed), with the
    character rules of patient identifiers (no control or invisible format characters)."""

    def __init__(self, name: str, header: str) -> None:
        self.header, self.limit = header, _LIMITS[name]

    def read(self, cell: object) -> str:
        text = cell_text(cell)
        if not text.strip():
            return ""
        try:
            return check_identifier(text, field=self.header, limit=self.limit)
        except InputError as exc:
            # The identifier's own words would say "type the identifier again": a cell of an
            # export is corrected in the source system instead.
            template = {"identifier_too_long": "identity_text.too_long",
                        "identifier_control": "identity_text.control"}.get(
                exc.code, "identity_text.not_utf8")
            raise IdentityProblem(exc.code, template, (("where", Text(self.header)),
                                                       *exc.params)) from None


class BirthDates:
    """Reads the date-of-birth cells of one column (see the module's rules)."""

    def __init__(self, cells: list[object], header: str) -> None:
        self.header = header
        firsts, seconds, separators = [], [], set()
        for cell in cells:
            m = _NUMERIC.match(cell.strip()) if isinstance(cell, str) else None
            if m:
                firsts.append(int(m.group(1)))
                seconds.append(int(m.group(3)))
                separators.add(m.group(2))
        first_max, second_max = max(firsts, default=0), max(seconds, default=0)
        self.order: str | None = None
        self.mixed = len(separators) > 1 or (first_max > 12 and second_max > 12)
        if not self.mixed and first_max > 12:
            self.order = "DMY"
        elif not self.mixed and second_max > 12:
            self.order = "MDY"

    def read(self, cell: object) -> str:
        if isinstance(cell, datetime):
            cell = cell.date()
        if isinstance(cell, date):
            return self._checked(cell, cell.isoformat())
        text = cell_text(cell).strip()
        if not text:
            return ""
        if not isinstance(cell, str):
            self._fail("bad_birth_date", "birth_date.serial", text=text)
        m = _ISO.match(text)
        if m:
            return self._date(text, int(m.group(1)), int(m.group(3)), int(m.group(4)))
        m = _NUMERIC.match(text)
        if m is None:
            self._fail("bad_birth_date", "birth_date.not_a_date", text=text)
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if self.order == "DMY" or first == second:
            return self._date(text, year, second, first)
        if self.order == "MDY":
            return self._date(text, year, first, second)
        self._fail("ambiguous_date", "birth_date.order_mixed" if self.mixed
                   else "birth_date.order_unknown", text=text)

    def _date(self, text: str, year: int, month: int, day: int) -> str:
        try:
            when = date(year, month, day)
        except ValueError:
            variant = {"DMY": "day_first", "MDY": "month_first"}.get(self.order or "", "invalid")
            self._fail("bad_birth_date", f"birth_date.{variant}", text=text)
        return self._checked(when, text)

    def _checked(self, when: date, text: str) -> str:
        if when < _FIRST_PLAUSIBLE:
            self._fail("bad_birth_date", "birth_date.before_1900", text=text)
        return when.isoformat()

    def _fail(self, code: str, template_id: str, **params: str) -> NoReturn:
        raise IdentityProblem.worded(code, template_id, where=self.header, **params)
