"""From one cell to the core's types: values through ``parse_value``, units through the core's
unit parsers.  Results are cached per distinct text: a cohort repeats the same units and many
values, and the parsed objects are immutable, so a cached result is the same answer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, time, timedelta
from typing import cast

from desktop_app.core.findings import Finding
from desktop_app.core.units import FerritinUnit, HlaDrUnit, parse_ferritin_unit, parse_hla_dr_unit
from desktop_app.core.values import (
    InputError,
    ParsedValue,
    ValueKind,
    not_determined_word,
    parse_age,
    parse_value,
)
from desktop_app.lab_import.model import Problem

_COMP = r"^\s*(?:[<>]=?|[≤≥])?\s*"
_COMMA_DECIMAL = re.compile(_COMP + r"\d+,\d+\s*$")
_DOT_DECIMAL = re.compile(_COMP + r"\d+\.\d+\s*$")
# 1-3 digits, separator, exactly 3 digits: thousands in one locale, decimal in another.
_GROUPED = re.compile(_COMP + r"[1-9]\d{0,2}[.,]\d{3}\s*$")
_CACHE_LIMIT = 200_000


class CellProblem(Problem):
    """A cell that cannot be used; it becomes one of the row's reasons (``RowIssue.of``)."""


def cell_text(cell: object) -> str:
    """Text of an identifier cell as the user sees it (Excel integers without '.0')."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        if math.isfinite(cell) and cell.is_integer():
            return str(int(cell))
        return repr(cell)
    if isinstance(cell, date | time):
        return cell.isoformat()
    return str(cell)


def number_text(cell: float | int) -> str:
    """A spreadsheet number as decimal text: shortest repr, never exponent for whole numbers."""
    if isinstance(cell, int):
        return str(cell)
    if not math.isfinite(cell):
        raise CellProblem.worded("not_a_number", "cell_not_a_number", text=str(cell))
    if cell.is_integer():
        return str(int(cell))
    return repr(cell)


class ValueReader:
    """Parse value cells of one field with the core's strict grammar, caching per text
    (``ValueKind.AGE``: ``core.values.parse_age``, with its plausible range)."""

    def __init__(self, field: str, header: str, decimal_comma: bool,
                 kind: ValueKind = ValueKind.LAB) -> None:
        self.field = field
        self.header = header
        self.decimal_comma = decimal_comma
        self.kind = kind
        self._text_cache: dict[str, ParsedValue | CellProblem] = {}
        self._number_cache: dict[str, ParsedValue | CellProblem] = {}

    def not_determined(self, cell: object) -> str | None:
        """The laboratory's word when a lab value cell says the value was not determined
        ("n.b.", "pending", "---": ``core.values.not_determined_word``), else None.  Ask this
        before ``read``, which refuses such a cell as not a number.  Ages have no such state."""
        if self.kind is ValueKind.LAB and isinstance(cell, str):
            return not_determined_word(cell)
        return None

    def read(self, cell: object) -> ParsedValue | None:
        """None for an empty cell; raises ``CellProblem`` for anything unusable."""
        if isinstance(cell, str):
            if not cell or cell.isspace():
                return None
            return self._cached(cell, self._text_cache, self.decimal_comma)
        if cell is None:
            return None
        if isinstance(cell, bool):
            raise CellProblem.worded("not_a_number", "cell_not_a_number.in_column",
                                     where=self.header, text=cell_text(cell))
        if isinstance(cell, float | int):
            # Typed spreadsheet numbers carry no separator question: always a decimal point.
            return self._cached(number_text(cell), self._number_cache, False)
        if isinstance(cell, date | time | timedelta):
            raise CellProblem.worded("not_a_number", "cell_date_not_value", where=self.header,
                                     text=cell_text(cell))
        raise CellProblem.worded("not_a_number", "cell_unreadable", where=self.header)

    def _cached(self, text: str, cache: dict[str, ParsedValue | CellProblem],
                decimal_comma: bool) -> ParsedValue:
        hit = cache.get(text)
        if hit is None:
            try:
                if self.kind is ValueKind.AGE:
                    hit = parse_age(text, field=self.field, decimal_comma=decimal_comma)
                else:
                    hit = parse_value(text, field=self.field, decimal_comma=decimal_comma)
            except InputError as exc:
                hit = CellProblem.of(exc, where=self.header)
            if len(cache) > _CACHE_LIMIT:
                cache.clear()
            cache[text] = hit
        if isinstance(hit, CellProblem):
            raise CellProblem(hit.code, hit.template_id, hit.params)
        return hit


class UnitReader:
    """Parse unit texts of one analyte with the core's unit parser, caching per text."""

    def __init__(self, analyte: str) -> None:
        self.analyte = analyte
        self._cache: dict[str, FerritinUnit | HlaDrUnit | CellProblem] = {}

    def read(self, text: str, where: str) -> FerritinUnit | HlaDrUnit:
        key = text.strip()
        hit = self._cache.get(key)
        if hit is None:
            try:
                if self.analyte == "ferritin":
                    hit = parse_ferritin_unit(key, field="ferritin unit")
                else:
                    hit = parse_hla_dr_unit(key, field="HLA-DR unit")
            except InputError as exc:
                hit = CellProblem.of(exc, where=where)
            self._cache[key] = hit
        if isinstance(hit, CellProblem):
            raise CellProblem(hit.code, hit.template_id, hit.params)
        return hit


def detect_decimal_comma(columns: Iterable[list[object]],
                         text: bool = False) -> tuple[bool | None, Finding]:
    """Decide the decimal separator from value cells only when the file is unambiguous.

    Returns (True, note) when some cell is a plain decimal with ',' (e.g. ``5120,5``) and none
    is one with '.'; (False, note) for the reverse; (None, note) when both styles appear or
    nothing decides (then '.' applies and cells with ',' are rejected with a hint).  Each
    question stops at the first cell that answers it.  ``text``: every cell is a string.
    """
    comma = dot = grouped = False
    for cells in columns:
        texts = cast(list[str], cells) if text else [c for c in cells if isinstance(c, str)]
        joined = "".join(texts)
        if not comma and "," in joined:
            for c in texts:
                if "," in c:
                    if _COMMA_DECIMAL.match(c) and not _GROUPED.match(c):
                        comma = True
                        break
                    if "." in c or _GROUPED.match(c):
                        grouped = True
        if not dot and "." in joined:
            for c in texts:
                if "." in c and "," not in c:
                    if _DOT_DECIMAL.match(c) and not _GROUPED.match(c):
                        dot = True
                        break
                    if _GROUPED.match(c):
                        grouped = True
    if comma and not dot:
        return True, Finding("decimal_comma_detected")
    if dot and not comma:
        return False, Finding("decimal_point_detected")
    if comma and dot:
        return None, Finding("decimal_separators_mixed")
    if grouped:
        return None, Finding("decimal_grouping_ambiguous")
    return None, Finding("no_decimal_separator")
