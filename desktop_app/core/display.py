"""Showing numbers without ever making them disagree with the classification (hazard H06)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_MAX_PLACES = 12


def shown_number(value: Decimal, threshold: Decimal | None = None,
                 places: int = 2) -> tuple[str, bool]:
    """A converted value for display as (digits, approximate): exact when short, otherwise
    rounded (``approximate``).

    Rounding never lands on or across ``threshold``: more places are shown until the displayed
    number compares with the threshold as the exact value does (4420.0001 is never "4420").
    """
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int), "a finite number"
    if -exponent <= places:
        return format(value, "f"), False
    for p in range(places, _MAX_PLACES + 1):
        rounded = value.quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_UP)
        if threshold is None or _side(rounded, threshold) == _side(value, threshold):
            return format(rounded, "f"), rounded != value
    return format(value, "f"), False


def show_converted(value: Decimal, threshold: Decimal | None = None, places: int = 2) -> str:
    """``shown_number`` as text: the digits, with a leading '≈' when rounded."""
    digits, approximate = shown_number(value, threshold, places)
    return ("≈" if approximate else "") + digits


def _side(x: Decimal, t: Decimal) -> int:
    return (x > t) - (x < t)
