"""Published score tables as data: the bands of one quantity and the points each band gives.

A ``BandTable`` partitions [0, ∞) into bands with explicit inclusive/exclusive edges; its
constructor refuses gaps and overlaps, so a table with a hole (SOFA's printed "6.0-11.9" and
"> 12.0" leave 12.0 unscored) cannot be written down without choosing a convention.

Values are compared as exact ``Fraction``s (a converted value such as 34 µmol/L ÷ 17.1 or a
ratio PaO2/FiO2 stays exact), and a censored value (``>40000``) is an interval: it gets points
only when the whole interval lies in one band (the same principle as ``core.intervals``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal
from fractions import Fraction

from desktop_app.core.display import show_converted
from desktop_app.core.values import Comparator, format_decimal

_WIDE = Context(prec=60)


@dataclass(frozen=True)
class Band:
    """Values between ``low`` and ``high`` score ``points``; ``None`` is an open end (0 or ∞)."""

    points: int
    low: Decimal | None = None
    low_inclusive: bool = True
    high: Decimal | None = None
    high_inclusive: bool = False

    def contains(self, x: Fraction) -> bool:
        if self.low is not None and (x < self.low or (x == self.low and not self.low_inclusive)):
            return False
        return self.high is None or x < self.high or (x == self.high and self.high_inclusive)

    def comparison(self, shown: str) -> str:
        """The band as an inequality around the value shown, e.g. ``"50 ≤ 85 < 100"``."""
        if self.low is not None and self.low == self.high:
            return f"{shown} = {format_decimal(self.low)}"
        left = "" if self.low is None else (
            f"{format_decimal(self.low)} {'≤' if self.low_inclusive else '<'} ")
        right = "" if self.high is None else (
            f" {'≤' if self.high_inclusive else '<'} {format_decimal(self.high)}")
        return f"{left}{shown}{right}"


@dataclass(frozen=True)
class BandTable:
    """One column of a published table: the bands of ``unit``, lowest values first."""

    unit: str
    bands: tuple[Band, ...]

    def __post_init__(self) -> None:
        first, last = self.bands[0], self.bands[-1]
        if not (first.low is None or (first.low == 0 and first.low_inclusive)):
            raise ValueError(f"{self.unit}: the first band must start at 0")
        if last.high is not None:
            raise ValueError(f"{self.unit}: the last band must be open above")
        for lower, upper in zip(self.bands, self.bands[1:], strict=False):
            if lower.high is None or lower.high != upper.low:
                raise ValueError(f"{self.unit}: gap or overlap between {lower} and {upper}")
            if lower.high_inclusive == upper.low_inclusive:
                raise ValueError(f"{self.unit}: edge {lower.high} belongs to both or neither band")

    @property
    def edges(self) -> tuple[Decimal, ...]:
        return tuple(b.high for b in self.bands if b.high is not None)

    def band_of(self, x: Fraction) -> Band:
        """The one band holding the exact value ``x`` (a partition always has one)."""
        if x < 0:
            raise ValueError("score inputs are non-negative")
        return next(b for b in self.bands if b.contains(x))

    def candidates(self, comparator: Comparator, x: Fraction) -> tuple[Band, ...]:
        """Every band the true value may lie in: one for an exact value, more for a bound."""
        if comparator is Comparator.EQ:
            return (self.band_of(x),)
        found = tuple(b for b in self.bands if _meets(b, comparator, x))
        if not found:
            raise ValueError(f"{comparator.value}{x} leaves no possible value")
        return found

    def nearest_edge(self, x: Fraction) -> Decimal | None:
        return min(self.edges, key=lambda e: abs(Fraction(e) - x), default=None)

    def show(self, x: Fraction) -> str:
        """``x`` for display, exact when short, never rounded onto or across a band edge."""
        return show_fraction(x, self.nearest_edge(x))


def show_fraction(x: Fraction, near: Decimal | None = None) -> str:
    """An exact rational as decimal text; '≈' and rounding only where it cannot mislead.

    ``core.display.show_converted`` does the rounding (exact up to two places, never onto or
    across ``near``).  The expansion it starts from has 60 significant digits; inputs have at
    most 29, so that expansion already lies on the same side of ``near`` as ``x``.
    """
    return show_converted(_WIDE.divide(Decimal(x.numerator), Decimal(x.denominator)), near)


def _meets(band: Band, comparator: Comparator, x: Fraction) -> bool:
    """Does the interval of a censored value (``>x``, ``<=x`` ...) overlap ``band``?"""
    zero = Fraction(0)
    if comparator in (Comparator.GT, Comparator.GE):
        lo, lo_in, hi, hi_in = x, comparator is Comparator.GE, None, False
    else:
        lo, lo_in, hi, hi_in = zero, True, x, comparator is Comparator.LE
    b_lo = zero if band.low is None else Fraction(band.low)
    b_lo_in = band.low is None or band.low_inclusive
    b_hi = None if band.high is None else Fraction(band.high)
    # The overlap starts at the larger lower end and stops at the smaller upper end.
    start, start_in = (lo, lo_in) if lo > b_lo else (b_lo, b_lo_in) if b_lo > lo else (
        lo, lo_in and b_lo_in)
    if hi is None and b_hi is None:
        return True
    if hi is None or (b_hi is not None and b_hi < hi):
        stop, stop_in = b_hi, band.high_inclusive
    elif b_hi is None or hi < b_hi:
        stop, stop_in = hi, hi_in
    else:
        stop, stop_in = hi, hi_in and band.high_inclusive
    assert stop is not None
    return start < stop or (start == stop and start_in and stop_in)


@dataclass(frozen=True)
class Reading:
    """Where one value (exact or censored) falls in a table, ready to be said."""

    low: int  # fewest points the value allows
    high: int  # most points the value allows (= low when decided)
    shown: str  # the number in the table's unit, e.g. "85" or "≈1.99" (no comparator)
    comparison: str  # "50 ≤ 85 < 100", ">40000 > 6000"; undecided: just "<178.14"

    @property
    def decided(self) -> bool:
        return self.low == self.high


def read(table: BandTable, comparator: Comparator, x: Fraction) -> Reading:
    """Place ``x`` (a bound when ``comparator`` is not ``EQ``) in ``table``."""
    bands = table.candidates(comparator, x)
    points = [b.points for b in bands]
    shown = table.show(x)
    bare = f"{comparator.symbol}{shown.removeprefix('≈')}"
    low, high = min(points), max(points)
    if low != high:
        return Reading(low, high, shown, bare)
    if comparator is Comparator.EQ:
        return Reading(low, high, shown, bands[0].comparison(bare))
    first, last = bands[0], bands[-1]
    if comparator in (Comparator.LT, Comparator.LE) and last.high is not None:
        edge = f"{'≤' if last.high_inclusive else '<'} {format_decimal(last.high)}"
    elif comparator in (Comparator.GT, Comparator.GE) and first.low is not None:
        edge = f"{'≥' if first.low_inclusive else '>'} {format_decimal(first.low)}"
    else:
        return Reading(low, high, shown, bare)
    return Reading(low, high, shown, f"{bare} {edge}")
