"""One column of a wide-layout file read for every row at once: values, units, times, ids.

Each reader gives, per row, whether the cell is empty, usable or a problem, and the texts and
codes the sample table needs.  Cells in the narrow grammar of ``vectors`` are read column-wise;
every other cell goes through the scalar reader of its kind (``cells.ValueReader``,
``fields.AnalyteUnits``, ``times.TimeReader``, ``core.identifiers``) once per distinct text.  A
problem is only flagged here: the row's reasons are worded by ``wide.WideRows.read``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import cast

import numpy as np

from desktop_app.core.decision import analyte_facts, threshold_in_unit
from desktop_app.core.facts import SIGN_CODES, FactKind, FactLayout, FactValue, Sign, encode
from desktop_app.core.rules import RuleSet
from desktop_app.core.units import FerritinUnit
from desktop_app.core.values import Comparator, ParsedValue
from desktop_app.core.wording import ferritin_numbers
from desktop_app.lab_import.cells import CellProblem, ValueReader, cell_text
from desktop_app.lab_import.fields import AnalyteUnits
from desktop_app.lab_import.samples import COMPARATORS, FERRITIN_UNITS, HLA_DR_UNITS
from desktop_app.lab_import.times import TimeProblem, TimeReader
from desktop_app.lab_import.vectors import (
    PlainDecimals,
    canonical_text,
    compare,
    local_times,
    plain_decimals,
)

EMPTY, VALUE, PROBLEM, NOT_DETERMINED = 0, 1, 2, 3  # NOT_DETERMINED: "n.b.", "pending" ...
NO_TIME = np.iinfo(np.int64).min
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_SIGN_CODE = np.array([SIGN_CODES[s] for s in (Sign.BELOW, Sign.EQUAL, Sign.ABOVE)],
                      np.int8)  # index: sign + 1
_EQ = COMPARATORS.index(Comparator.EQ)
_COMPARATOR_CODE = {c: COMPARATORS.index(c) for c in COMPARATORS}


def all_text(cells: Sequence[object], known: bool = False) -> bool:
    """Are all cells strings?  ``known``: the caller knows (every cell of a text file is)."""
    return known or all(type(c) is str for c in cells)


def _texts(cells: Sequence[object]) -> list[str]:
    """A column known to hold strings, as such."""
    return cells  # type: ignore[return-value]


@dataclass
class Values:
    """One value column: ``state`` per row (EMPTY, VALUE, PROBLEM, NOT_DETERMINED), the
    comparator code, the cell as entered and the exact number (``format(Decimal, "f")``);
    ``plain`` marks the rows read column-wise and ``parsed`` holds the others'
    ``ParsedValue``; ``absent`` the laboratory's word of each NOT_DETERMINED row."""

    state: np.ndarray
    comparator: np.ndarray
    entered: list[str]
    value: list[str]
    plain: np.ndarray
    decimals: PlainDecimals | None
    parsed: dict[int, ParsedValue]
    absent: dict[int, str] = field(default_factory=dict)

    @property
    def given(self) -> np.ndarray:
        """Rows with a value or a result reported as not determined."""
        return (self.state == VALUE) | (self.state == NOT_DETERMINED)

    def words(self) -> list[str]:
        """The laboratory's word per row ("" where the value is not "not determined")."""
        out = [""] * len(self.state)
        for i, word in self.absent.items():
            out[i] = word
        return out


def read_values(cells: list[object], reader: ValueReader, *, text: bool = False,
                max_value: Decimal | None = None) -> Values:
    """Read a value column; ``max_value``: plain cells above it go to the scalar reader (the
    age's plausible range, which the scalar reader refuses with its message)."""
    n = len(cells)
    state = np.zeros(n, np.int8)
    comparator = np.zeros(n, np.int8)
    plain = np.zeros(n, bool)
    decimals: PlainDecimals | None = None
    entered: list[str]
    if all_text(cells, text):
        texts = _texts(cells)
        decimals = plain_decimals(texts, reader.decimal_comma)
        plain = decimals.plain.copy()
        if max_value is not None:
            above = compare(decimals, max_value)
            if above is not None:
                plain &= above <= 0
        state[plain] = VALUE
        comparator[plain] = _EQ
        entered = list(texts)
        value = list(entered)
        for i in np.flatnonzero(plain & ~decimals.canonical).tolist():
            value[i] = canonical_text(entered[i])
        scalar = np.flatnonzero(~plain & ~decimals.empty).tolist()
    else:
        entered = [""] * n
        value = [""] * n
        scalar = [i for i, c in enumerate(cells) if c is not None and c != ""]
    parsed: dict[int, ParsedValue] = {}
    absent: dict[int, str] = {}
    for i in scalar:
        word = reader.not_determined(cells[i])
        if word is not None:
            state[i] = NOT_DETERMINED
            absent[i] = word
            continue
        try:
            got = reader.read(cells[i])
        except CellProblem:
            state[i] = PROBLEM
            continue
        if got is None:
            entered[i] = value[i] = ""
            continue
        state[i] = VALUE
        comparator[i] = _COMPARATOR_CODE[got.comparator]
        entered[i] = got.text.strip()
        value[i] = format(got.value, "f")
        parsed[i] = got
    return Values(state, comparator, _blank_where(entered, state != VALUE),
                  _blank_where(value, state != VALUE), plain, decimals, parsed, absent)


def _blank_where(texts: list[str], mask: np.ndarray) -> list[str]:
    """``texts`` with "" where ``mask``."""
    if not mask.any():
        return texts
    out = np.array(texts, dtype=object)
    out[mask] = ""
    return cast(list[str], out.tolist())


def read_units(units: AnalyteUnits, table_columns: list[list[object]], n: int,
               analyte: str) -> tuple[np.ndarray, np.ndarray]:
    """(unit code per row, problem per row) for an analyte (codes into FERRITIN_UNITS /
    HLA_DR_UNITS).  A problem matters only where the row has a value."""
    decode = FERRITIN_UNITS if analyte == "ferritin" else HLA_DR_UNITS
    if units.unit_column is None:
        try:
            code = decode.index(units.resolve_cell(""))
        except CellProblem:
            return np.zeros(n, np.int8), np.ones(n, bool)
        return np.full(n, code, np.int8), np.zeros(n, bool)
    column = table_columns[units.unit_column]
    lookup: dict[object, int] = {}
    for cell in set(column):
        try:
            lookup[cell] = decode.index(units.resolve_cell(cell))
        except CellProblem:
            lookup[cell] = -1
    codes = np.fromiter((lookup[c] for c in column), np.int8, n)
    return np.maximum(codes, 0), codes < 0


def value_facts(values: Values, units: np.ndarray, analyte: str, layout: FactLayout,
                usable: np.ndarray) -> dict[str, np.ndarray]:
    """The fact codes of an analyte per row (0 where not given or not usable): the
    comparator, the usable flag (HLA-DR) and one sign per comparison."""
    n = len(values.state)
    given = values.state == VALUE
    out = {analyte: np.where(given, values.comparator, 0).astype(np.int8)}
    decode = FERRITIN_UNITS if analyte == "ferritin" else HLA_DR_UNITS
    if analyte == "hla_dr":
        out["hla_dr_usable"] = np.where(given, np.where(usable, 2, 1), 0).astype(np.int8)
    signs = {c.name: np.zeros(n, np.int8) for c in layout.of(analyte)}
    has_unit = np.ones(n, bool) if analyte == "age" else units > 0  # else: rejected anyway
    vector = given & values.plain & usable & has_unit
    cache: dict[tuple[Comparator, Decimal, int], dict[str, FactValue]] = {}
    for code in np.unique(units[vector]).tolist():
        rows = vector & (units == code)
        unit = decode[code] if analyte != "age" else None
        assert values.decimals is not None  # plain cells come from a text column
        for c in layout.of(analyte):
            got = compare(values.decimals, threshold_in_unit(c, unit))
            if got is None:  # a threshold the vectors cannot hold: the core compares
                for i in np.flatnonzero(rows).tolist():
                    values.parsed[i] = ParsedValue(Comparator.EQ, Decimal(values.value[i]),
                                                   values.entered[i])
                continue
            signs[c.name][rows] = _SIGN_CODE[got[rows] + 1]
    for i, parsed in values.parsed.items():
        if not (usable[i] and has_unit[i]):
            continue
        unit = decode[units[i]] if analyte != "age" else None
        key = (parsed.comparator, parsed.value, int(units[i]))  # Decimal: numeric equality
        facts = cache.get(key)
        if facts is None:
            facts = cache[key] = analyte_facts(layout, analyte, parsed, unit)
        for name in signs:
            signs[name][i] = encode(FactKind.SIGN, facts.get(name))
    out.update(signs)
    return out


def ferritin_texts(values: Values, units: np.ndarray,
                   ruleset: RuleSet) -> tuple[list[str], list[str], np.ndarray]:
    """(exact ng/mL, ng/mL as the sentences show it, rounded?) per row; the value itself
    for ng/mL and µg/L, the core's conversion once per distinct value otherwise."""
    n = len(values.state)
    ng_ml, shown = list(values.value), list(values.value)
    approximate = np.zeros(n, bool)
    converts = (values.state == VALUE) & (units > 0) & ~np.isin(units, [FERRITIN_UNITS.index(
        FerritinUnit.NG_PER_ML), FERRITIN_UNITS.index(FerritinUnit.UG_PER_L)])
    cache: dict[tuple[str, int], tuple[str, str, bool]] = {}
    for i in np.flatnonzero(converts).tolist():
        key = (values.value[i], int(units[i]))
        got = cache.get(key)
        if got is None:
            unit = FERRITIN_UNITS[units[i]]
            assert unit is not None
            got = cache[key] = ferritin_numbers(Decimal(values.value[i]), unit, ruleset)
        ng_ml[i], shown[i], approximate[i] = got
    return ng_ml, shown, approximate


@dataclass
class Times:
    """Per row: UTC microseconds since 1970 (``NO_TIME`` when none), ISO 8601 text with the
    offset ("" when none) and whether the cell is a problem."""

    us: np.ndarray
    iso: list[str]
    problem: np.ndarray


def read_times(cells: list[object] | None, n: int, reader: TimeReader, *,
               text: bool = False) -> Times:
    us = np.full(n, NO_TIME, np.int64)
    iso = [""] * n
    problem = np.zeros(n, bool)
    if cells is None:
        return Times(us, iso, problem)
    scalar: list[int]
    if all_text(cells, text):
        lt = local_times(_texts(cells))
        vector = lt.valid & (lt.year >= 1900) & (lt.year <= 2999)
        rows = np.flatnonzero(vector)
        days, first, which = np.unique(lt.day[rows], return_index=True, return_inverse=True)
        offsets = np.zeros(len(days), np.int64)
        suffixes: list[str] = []
        fixed = np.ones(len(days), bool)
        for k, i in enumerate(rows[first].tolist()):
            zone = reader.day_zone(int(lt.year[i]), int(lt.month[i]), int(lt.day_of_month[i]))
            if zone is None:  # a daylight-saving change that day: cell by cell
                fixed[k] = False
                suffixes.append("")
                continue
            offset = zone.utcoffset(None)
            assert offset is not None
            offsets[k] = offset // _MICROSECOND
            suffixes.append(datetime(2000, 1, 1, tzinfo=zone).isoformat()[19:])
        which = which.reshape(-1)
        vector[rows[~fixed[which]]] = False
        rows, which = rows[fixed[which]], which[fixed[which]]
        us[rows] = (lt.day[rows] * 86400 + lt.second_of_day[rows]) * 1_000_000 - offsets[which]
        seconds = lt.seconds[rows].tolist()
        for i, k, has_seconds in zip(rows.tolist(), which.tolist(), seconds, strict=True):
            iso[i] = cells[i] + (suffixes[k] if has_seconds else ":00" + suffixes[k])
        scalar = np.flatnonzero(~vector).tolist()
    else:
        scalar = list(range(n))
    cache: dict[object, datetime | TimeProblem | None] = {}  # calamine's cells are hashable
    for i in scalar:
        cell = cells[i]
        if cell in cache:
            got = cache[cell]
        else:
            try:
                got = reader.read(cell)
            except TimeProblem as exc:
                got = exc
            cache[cell] = got
        if isinstance(got, TimeProblem):
            problem[i] = True
        elif got is not None:
            us[i] = (got - _EPOCH) // _MICROSECOND
            iso[i] = got.isoformat()
    return Times(us, iso, problem)


def read_ids(cells: list[object], issue_of: Callable[[str], object | None], *,
             text: bool = False) -> tuple[list[str], list[str], np.ndarray]:
    """(id as written, key: surrounding whitespace removed, problem) per row; the check runs
    once per distinct id."""
    raw = _texts(cells) if all_text(cells, text) else [cell_text(c) for c in cells]
    distinct = set(raw)
    key_of = {t: t.strip() for t in distinct}
    bad = {t for t in distinct if issue_of(t) is not None}
    keys = list(map(key_of.__getitem__, raw))
    problem = np.fromiter(map(bad.__contains__, raw), bool, len(raw)) if bad else \
        np.zeros(len(raw), bool)
    return raw, keys, problem
