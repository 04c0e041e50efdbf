"""The fast lane's decisions, and why each one is the core's.

A line is decided here only if all of this holds; otherwise it goes to the reference path:

- its patient id is plain (``grammar.identifiers``), so ``str.strip()`` leaves it unchanged;
- each value cell is empty or an exact decimal in the core's grammar with the file's decimal
  separator (``grammar.Values.exact_decimal``): no comparator, no spaces, no grouping, within
  the digit limits -- ``parse_value`` would return ``ParsedValue(EQ, Decimal(cell), cell)``;
- ferritin's unit is ng/mL or µg/L (the core does not convert these: ``ng_per_ml`` is the
  value itself) and HLA-DR's is AB/C, from the header, the option or a unit-column cell that
  ``AnalyteUnits.resolve`` accepts; age has no unit problem and is decided adult;
- the sample time is empty or ``YYYY-MM-DDTHH:MM[:SS]`` (``grammar.iso_times``) on a day whose
  UTC offset ``TimeReader`` fixes for the whole day (no DST change), and not in the future;
- at least one of ferritin and HLA-DR is given.

**Exactness.**  No threshold is decided with a float.  A value cell in the core's grammar
is ``whole[.fraction]`` with at most 9 integer digits, so the fast lane knows it exactly as
two numbers: the integer part ``w`` (an int64) and whether any fraction digit is non-zero
(``f``).  For a boundary ``b`` with integer part ``B = floor(b)``:

- ``w > B``, or ``w == B`` with ``f`` and ``b`` an integer: the value is > ``b``;
- ``w < B``: the value is < ``b``;
- otherwise (the value *is* ``b``, or shares the integer part of a fractional ``b``) nothing
  is decided here and the row goes to the reference path.

This is done for every boundary the core compares the value with: ferritin's threshold
(4420 ng/mL) and the two ends of its near band (3978 and 4862), HLA-DR's threshold
(5000 AB/C), its near band (4250 and 5750) and the implausibly-low limit (100), and the
minimum age (18).  So "4420" goes to the core, and "4420.0000000000001" is > 4420 (MALS)
here exactly as in the core, where ``float("4420.0000000000001") == 4420.0`` would have lied.
The band ends come from ``core.phenotype.near_band``, the function the core's own warning
uses; ferritin in ng/mL or µg/L and HLA-DR in AB/C are compared unconverted by the core too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_FLOOR, Decimal

import numpy as np

from desktop_app.core.phenotype import HLA_DR_IMPLAUSIBLY_LOW, near_band
from desktop_app.core.rules import IMMUNOSEP_RULESET, AssessmentOptions
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.lab_import.cells import CellProblem
from desktop_app.lab_import.columns import ColumnMapping
from desktop_app.lab_import.fast.grammar import (
    Identifiers,
    IsoTimes,
    Values,
    canonical,
    identifiers,
    iso_times,
    values,
)
from desktop_app.lab_import.fast.source import SplitCsv
from desktop_app.lab_import.fields import AnalyteUnits
from desktop_app.lab_import.reader import LabFile
from desktop_app.lab_import.times import EARLIEST_YEAR

FERRITIN_UNITS = (FerritinUnit.NG_PER_ML, FerritinUnit.UG_PER_L)  # index = unit code
HLA_DR_UNITS = (HlaDrUnit.AB_PER_CELL,)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)


@dataclass
class Cells:
    """The grammar classes of the mapped columns of every line (before any setting is known)."""

    split: SplitCsv
    mapping: ColumnMapping
    pid: Identifiers
    pid_text: list[bytes]
    ferritin: Values | None
    hla_dr: Values | None
    age: Values | None
    times: IsoTimes | None
    time_empty: np.ndarray
    dob_text: list[bytes]
    dob_plain: np.ndarray
    candidate: np.ndarray

    @classmethod
    def read(cls, split: SplitCsv, mapping: ColumnMapping, triggers: bytes) -> Cells:
        n = split.lines

        def vals(name: str) -> Values | None:
            j = mapping.index(name)
            return None if j is None else values(split.column(j), split.lengths(j))

        p = mapping.index("patient_id")
        assert p is not None
        pid = identifiers(split, p, triggers)
        f, h, a = vals("ferritin"), vals("hla_dr"), vals("age")
        t_col, dob_col = mapping.index("sampled_at"), mapping.index("date_of_birth")
        times = None if t_col is None else iso_times(split.column(t_col), split.lengths(t_col))
        time_empty = np.ones(n, bool) if t_col is None else split.lengths(t_col) == 0
        dob_text, dob_plain = [b""] * n, np.ones(n, bool)
        if dob_col is not None:
            dob_text = split.column(dob_col)
            dob_plain = identifiers(split, dob_col, b"").plain | (split.lengths(dob_col) == 0)
        ok = split.regular & pid.plain
        for v in (f, h, a):
            if v is not None:
                ok &= ~v.other
        if times is not None:
            ok &= times.valid | time_empty
        return cls(split, mapping, pid, split.column(p), f, h, a, times, time_empty, dob_text,
                   dob_plain, ok)

    def representatives(self) -> list[int]:
        """One candidate line per decimal-separator class of each value column: the
        reference's detection sees these for all the candidate lines it is not shown."""
        out = []
        for v in (self.ferritin, self.hla_dr, self.age):
            if v is None:
                continue
            for sep in (v.dot, v.comma):
                for kind in (sep & ~v.grouped, sep & v.grouped):
                    hit = np.flatnonzero(kind & self.candidate)
                    if len(hit):
                        out.append(int(hit[0]))
        return out


@dataclass
class Decided:
    """Per line: whether the fast lane decides it, and the decisions and texts it needs."""

    fast: np.ndarray
    f_present: np.ndarray
    h_present: np.ndarray
    a_present: np.ndarray
    f_unit: np.ndarray  # index into FERRITIN_UNITS
    mals: np.ndarray
    near_f: np.ndarray
    low: np.ndarray
    near_h: np.ndarray
    implausible: np.ndarray
    has_time: np.ndarray
    time_seconds: np.ndarray
    zone: np.ndarray  # index into zone_suffixes
    zone_suffixes: list[str]
    utc_us: np.ndarray
    f_text: list[bytes]
    f_norm: list[bytes]
    h_text: list[bytes]
    h_norm: list[bytes]
    a_norm: list[bytes]
    time_text: list[bytes]
    pid_formula: np.ndarray
    pid_comma: np.ndarray
    f_comma: np.ndarray
    h_comma: np.ndarray

    def __post_init__(self) -> None:
        # ``~`` on a Python bool is -1: every mask must be a numpy bool array.
        for name in ("fast", "f_present", "h_present", "a_present", "mals", "near_f", "low",
                     "near_h", "implausible", "has_time", "time_seconds", "pid_formula",
                     "pid_comma", "f_comma", "h_comma"):
            mask = getattr(self, name)
            if mask.dtype != np.bool_ or mask.shape != self.fast.shape:
                raise TypeError(f"{name}: not a boolean mask per line")


class _Value:
    """One value column read with the file's settings: which cells are exact decimals, and
    their exact position relative to the boundaries (see the module docstring)."""

    def __init__(self, v: Values | None, n: int, decimal_comma: bool) -> None:
        if v is None:
            self.present = self.exact = self.comma = self.renamed = np.zeros(n, bool)
            self.whole, self.fraction = np.zeros(n, np.int64), np.zeros(n, bool)
            return
        self.present = ~v.empty
        self.exact = v.exact_decimal(decimal_comma)
        self.comma = v.comma & self.exact
        self.renamed = self.exact & (v.leading_zero | v.comma)
        self.whole, self.fraction = v.whole, v.fraction

    def _split(self, b: Decimal) -> tuple[int, bool]:
        whole = int(b.to_integral_value(rounding=ROUND_FLOOR))
        return whole, b != whole

    def at(self, b: Decimal) -> np.ndarray:
        """Undecided against ``b``: equal to it, or in the same integer step as a
        fractional ``b``."""
        whole, fractional = self._split(b)
        if fractional:
            return self.whole == whole
        return (self.whole == whole) & ~self.fraction

    def above(self, b: Decimal) -> np.ndarray:
        """Value > ``b`` (meaningful where not ``at(b)``)."""
        whole, fractional = self._split(b)
        if fractional:
            return self.whole > whole
        return (self.whole > whole) | ((self.whole == whole) & self.fraction)

    def clear_of(self, *bounds: Decimal) -> np.ndarray:
        """An exact decimal decided against every boundary."""
        ok = self.exact.copy()
        for b in bounds:
            ok &= ~self.at(b)
        return ok

    def between(self, low: Decimal, high: Decimal) -> np.ndarray:
        """low <= value <= high, for values clear of both."""
        return self.above(low) & ~self.above(high)


def _units(units: AnalyteUnits, split: SplitCsv, accepted: tuple[object, ...]) -> np.ndarray:
    """Index into ``accepted`` of each line's unit (-1: another unit or a unit problem)."""
    n = split.lines
    if units.unit_column is None:
        code = accepted.index(units.fixed) if units.fixed in accepted else -1
        return np.full(n, code, np.int64)
    column = split.column(units.unit_column)
    lookup = {}
    for text in set(column):
        cells: list[object] = [""] * split.width
        cells[units.unit_column] = text.decode("utf-8")
        try:
            unit = units.resolve(cells)
        except CellProblem:
            unit = None
        lookup[text] = accepted.index(unit) if unit in accepted else -1
    return np.array([lookup[c] for c in column], np.int64)


def _names(cells: list[bytes], renamed: np.ndarray) -> list[bytes]:
    if not renamed.any():
        return cells
    out = list(cells)
    for i in np.flatnonzero(renamed).tolist():
        out[i] = canonical(cells[i])
    return out


def decide(cells: Cells, lab: LabFile, *, now: datetime,
           options: AssessmentOptions) -> Decided:
    split, n, dc, rs = cells.split, cells.split.lines, lab.decimal_comma, IMMUNOSEP_RULESET
    f = _Value(cells.ferritin, n, dc)
    h = _Value(cells.hla_dr, n, dc)
    a = _Value(cells.age, n, dc)
    f_unit = _units(lab.units["ferritin"], split, FERRITIN_UNITS)
    h_unit = _units(lab.units["hla_dr"], split, HLA_DR_UNITS)
    f_lo, f_hi = near_band(rs.ferritin_threshold_ng_ml, options.ferritin_near_band_pct)
    h_lo, h_hi = near_band(rs.hla_dr_threshold_ab_c, options.hla_dr_near_band_pct)
    f_t, h_t, adult = rs.ferritin_threshold_ng_ml, rs.hla_dr_threshold_ab_c, rs.min_age_years
    f_ok = ~f.present | (f.clear_of(f_t, f_lo, f_hi) & (f_unit >= 0))
    h_ok = ~h.present | (h.clear_of(h_t, h_lo, h_hi, HLA_DR_IMPLAUSIBLY_LOW) & (h_unit >= 0))
    a_ok = ~a.present | (a.clear_of(adult) & a.above(adult)
                         & (lab.fields.age_unit_problem is None))
    mals, near_f = f.above(f_t), f.between(f_lo, f_hi)
    low, near_h = ~h.above(h_t), h.between(h_lo, h_hi)
    implausible = ~h.above(HLA_DR_IMPLAUSIBLY_LOW)
    t_ok, zone, suffixes, utc_us = _times(cells, lab, now, options)
    fast = cells.candidate & f_ok & h_ok & a_ok & t_ok & (f.present | h.present)
    m = cells.mapping

    def texts(name: str) -> list[bytes]:
        j = m.index(name)
        return [b""] * n if j is None else split.column(j)

    f_text, h_text, a_text = texts("ferritin"), texts("hla_dr"), texts("age")
    return Decided(
        fast, f.present, h.present, a.present, np.maximum(f_unit, 0), mals, near_f, low,
        near_h, implausible, ~cells.time_empty,
        cells.times.seconds if cells.times is not None else np.zeros(n, bool), zone, suffixes,
        utc_us, f_text, _names(f_text, f.renamed & fast), h_text, _names(h_text, h.renamed & fast),
        _names(a_text, a.renamed & fast), texts("sampled_at"), cells.pid.formula,
        cells.pid.comma, f.comma, h.comma)


def _times(cells: Cells, lab: LabFile, now: datetime, options: AssessmentOptions
           ) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
    """(usable, zone index, zone suffixes, UTC microseconds) of every line's sample time.

    Local times get the fixed UTC offset that ``TimeReader`` gives every time of their day;
    days on which the offset changes (DST) are left to the reference path.
    """
    n = cells.split.lines
    zone = np.zeros(n, np.int64)
    utc_us = np.zeros(n, np.int64)
    t = cells.times
    if t is None:
        return np.ones(n, bool), zone, [], utc_us
    usable = cells.time_empty.copy()
    valid = t.valid & cells.candidate
    if not valid.any():
        return usable, zone, [], utc_us
    first, last = int(t.day[valid].min()), int(t.day[valid].max())
    seen = np.zeros(last - first + 1, bool)
    seen[t.day[valid] - first] = True
    reader = lab.fields.time_reader
    offset_of = np.zeros(len(seen), np.int64)
    zone_of = np.zeros(len(seen), np.int64)
    ok_of = np.zeros(len(seen), bool)
    suffixes: list[str] = []
    suffix_of: dict[object, int] = {}
    for k in np.flatnonzero(seen).tolist():
        day = datetime(1970, 1, 1) + timedelta(days=first + k)
        if day.year < EARLIEST_YEAR:
            continue  # the reference path rejects these rows
        # The same call TimeReader._localise makes for a time of this day: one UTC offset
        # for 00:00-23:59:59 with both folds, else (a DST day) hour by hour -- left to it.
        fixed = reader._fixed_zone(day, (0, 0), (23, 59))
        if fixed is None:
            continue
        offset = fixed.utcoffset(None)
        if offset is None or offset % timedelta(seconds=1):
            continue
        if fixed not in suffix_of:
            suffix_of[fixed] = len(suffixes)
            suffixes.append(datetime(2000, 1, 1, tzinfo=fixed).isoformat()[19:])
        zone_of[k] = suffix_of[fixed]
        offset_of[k] = offset // timedelta(seconds=1)
        ok_of[k] = True
    k = np.clip(t.day - first, 0, len(seen) - 1)
    day_ok = valid & ok_of[k]
    utc_us = np.where(day_ok, (t.day * 86400 + t.second_of_day - offset_of[k]) * 1_000_000, 0)
    limit = (now + options.future_tolerance - _EPOCH) // _MICRO
    usable |= day_ok & (utc_us <= limit)
    zone = np.where(day_ok, zone_of[k], 0)
    return usable, zone, suffixes, utc_us
