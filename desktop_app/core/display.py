"""Showing numbers without ever making them disagree with the classification (hazard H06)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_MAX_PLACES = 12


def show_converted(value: Decimal, threshold: Decimal | None = None, places: int = 2) -> str:
    """A converted value for display: exact when short, otherwise '≈' and rounded.

    Rounding never lands on or across ``threshold``: more places are shown until the displayed
    number compares with the threshold as the exact value does (4420.0001 is never "4420").
    """
    if -value.as_tuple().exponent <= places:  # type: ignore[operator]
        return format(value, "f")
    for p in range(places, _MAX_PLACES + 1):
        rounded = value.quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_UP)
        if threshold is None or _side(rounded, threshold) == _side(value, threshold):
            return ("" if rounded == value else "≈") + format(rounded, "f")
    return format(value, "f")


def _side(x: Decimal, t: Decimal) -> int:
    return (x > t) - (x < t)
