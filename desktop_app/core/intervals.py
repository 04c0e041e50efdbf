"""Deciding a threshold comparison for exact and censored values.

A censored result is an interval: ``>3000`` is (3000, ∞), ``<=15`` is [0, 15].  A comparison is
decided only when the whole interval lies on one side of the threshold; otherwise the answer is
``None`` (undetermined) and the caller must refuse to classify rather than guess.
"""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.values import Comparator

_ZERO = Decimal(0)


def _bounds(comp: Comparator, v: Decimal) -> tuple[Decimal, bool, Decimal | None, bool]:
    """(low, low inclusive, high or None for unbounded, high inclusive)."""
    return {
        Comparator.EQ: (v, True, v, True),
        Comparator.GT: (v, False, None, False),
        Comparator.GE: (v, True, None, False),
        Comparator.LT: (_ZERO, True, v, False),
        Comparator.LE: (_ZERO, True, v, True),
    }[comp]


def is_greater(comp: Comparator, v: Decimal, threshold: Decimal) -> bool | None:
    """Is the true value > threshold?  ``None`` when the interval straddles it."""
    low, low_incl, high, _ = _bounds(comp, v)
    if low > threshold or (low == threshold and not low_incl):
        return True
    if high is not None and high <= threshold:
        return False
    return None


def is_less(comp: Comparator, v: Decimal, threshold: Decimal) -> bool | None:
    """Is the true value < threshold?  ``None`` when the interval straddles it."""
    low, _, high, high_incl = _bounds(comp, v)
    if high is not None and (high < threshold or (high == threshold and not high_incl)):
        return True
    if low >= threshold:
        return False
    return None
