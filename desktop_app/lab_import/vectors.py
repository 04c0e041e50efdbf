"""Column-wise reading of the two kinds of cells that fill a large export: plain decimals and
ISO 8601 local date-times.

Deliberately narrower than the core's grammar: a cell recognised here is one that
``core.values.parse_value`` reads as ``ParsedValue(EQ, Decimal(cell), cell)`` (or that
``TimeReader`` reads as that local date-time); every other cell is left to those scalar readers
(one call per distinct text).  The only comparison made here is the exact comparison of such a
decimal with a threshold (``compare``): the cell's value is held exactly as three integers
(integer part, fraction digits 1-10, fraction digits 11-20), so the sign is exactly
``core.facts.compare``'s.  The tests prove both against the scalar readers and ``Decimal``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

_ZERO, _NINE, _DOT, _COMMA, _T, _COLON, _DASH = (ord(c) for c in "09.,T:-")
MAX_INT_DIGITS, MAX_FRACTION_DIGITS = 9, 20  # core.values
_MAX_CELL = MAX_INT_DIGITS + 1 + MAX_FRACTION_DIGITS
_HALF = 10 ** 10


def _lengths(cells: Sequence[str]) -> np.ndarray:
    return np.fromiter(map(len, cells), np.int64, len(cells))


def _matrix(cells: Sequence[str], lengths: np.ndarray, width: int) -> np.ndarray:
    """Code points of the first ``width`` characters of each cell, zero-padded: one row per
    cell (cells longer than ``width`` are left empty; callers reject them by length)."""
    if len(cells) == 0:
        return np.zeros((0, width), np.uint32)
    if int(lengths.max()) > width:
        cells = [c if n <= width else "" for c, n in zip(cells, lengths.tolist(), strict=True)]
    return np.array(cells, dtype=f"U{width}").view(np.uint32).reshape(len(cells), width)


_CHUNK = 1 << 16
_POW10 = 10 ** np.arange(19, dtype=np.int64)


@dataclass
class PlainDecimals:
    """The cells of one text column that are exact decimals in the core's grammar.

    ``plain``: digits, optionally one decimal separator of the file's kind followed by digits,
    at most 9 integer and 20 fraction digits, not a possibly thousands-grouped number
    (``4.420``), nothing else (no comparator, sign, space or letter).  ``empty``: no text.
    For plain cells the value is ``whole + frac_hi / 10**10 + frac_lo / 10**20`` exactly, and
    ``canonical`` tells whether ``format(Decimal(cell), "f")`` is the cell itself (no
    superfluous leading zero, a decimal point).
    """

    plain: np.ndarray
    empty: np.ndarray
    whole: np.ndarray
    frac_hi: np.ndarray
    frac_lo: np.ndarray
    canonical: np.ndarray


def plain_decimals(cells: Sequence[str], decimal_comma: bool) -> PlainDecimals:
    n = len(cells)
    parts = [_plain_chunk(cells[a:a + _CHUNK], decimal_comma) for a in range(0, n, _CHUNK)]
    if not parts:
        parts = [_plain_chunk([], decimal_comma)]
    return PlainDecimals(*(np.concatenate([getattr(p, f) for p in parts])
                           for f in PlainDecimals.__dataclass_fields__))


def _plain_chunk(cells: Sequence[str], decimal_comma: bool) -> PlainDecimals:
    n = len(cells)
    lengths = _lengths(cells)
    width = max(1, min(int(lengths.max(initial=0)), _MAX_CELL))
    columns = np.ascontiguousarray(_matrix(cells, lengths, width).T)  # one row per position
    sep_code = _COMMA if decimal_comma else _DOT
    ok = (lengths >= 1) & (lengths <= _MAX_CELL)
    seps = np.zeros(n, np.int64)
    sep_at = np.full(n, -1, np.int64)
    for c in range(width):
        col = columns[c]
        inside = c < lengths
        is_sep = (col == sep_code) & inside
        ok &= ((col - _ZERO) <= 9) | is_sep | ~inside  # uint32: below '0' wraps to large
        sep_at[is_sep & (seps == 0)] = c
        seps += is_sep
    has_sep = seps > 0
    int_len = np.where(has_sep, sep_at, lengths)
    frac_len = np.where(has_sep, lengths - sep_at - 1, 0)
    ok &= (seps <= 1) & (int_len >= 1) & (int_len <= MAX_INT_DIGITS)
    ok &= ~has_sep | ((frac_len >= 1) & (frac_len <= MAX_FRACTION_DIGITS))
    first = columns[0]
    ok &= ~(has_sep & (first != _ZERO) & (int_len <= 3) & (frac_len == 3))  # 4.420: grouped?
    whole = np.zeros(n, np.int64)
    frac_hi = np.zeros(n, np.int64)
    frac_lo = np.zeros(n, np.int64)
    for c in range(width):
        digit = columns[c].astype(np.int64) - _ZERO
        digit[~ok | (digit < 0) | (digit > 9) | (c >= lengths)] = 0
        in_int = c < int_len
        whole = np.where(in_int, whole * 10 + digit, whole)
        k = c - sep_at  # 1 = the first fraction digit
        fraction = has_sep & (k >= 1)
        frac_hi += np.where(fraction & (k <= 10), digit * _POW10[np.clip(10 - k, 0, 18)], 0)
        frac_lo += np.where(fraction & (k > 10), digit * _POW10[np.clip(20 - k, 0, 18)], 0)
    canonical = ok & ((first != _ZERO) | (int_len == 1)) & (~has_sep | (not decimal_comma))
    return PlainDecimals(ok, lengths == 0, whole, frac_hi, frac_lo, canonical)


def canonical_text(cell: str) -> str:
    """``format(Decimal(cell), "f")`` of a plain cell ("0012,50" -> "12.50", "000" -> "0")."""
    whole, _, fraction = cell.replace(",", ".").partition(".")
    return (whole.lstrip("0") or "0") + ("." + fraction if fraction else "")


def split_threshold(threshold: Decimal) -> tuple[int, int, int] | None:
    """``threshold`` as (whole, fraction digits 1-10, 11-20), or None when it has more than
    20 fraction digits or an integer part beyond int64 (then compare with the core)."""
    if threshold < 0 or not threshold.is_finite():
        return None
    whole = int(threshold)  # truncates: the floor of a non-negative number
    scaled = (threshold - whole).scaleb(MAX_FRACTION_DIGITS)
    if scaled != scaled.to_integral_value() or whole >= 2 ** 62:
        return None
    fraction = int(scaled)
    return whole, fraction // _HALF, fraction % _HALF


def compare(d: PlainDecimals, threshold: Decimal) -> np.ndarray | None:
    """sign(cell - threshold) as int8 (-1, 0, 1), exact for every plain cell (meaningless for
    the others); None when ``threshold`` cannot be split (see ``split_threshold``)."""
    parts = split_threshold(threshold)
    if parts is None:
        return None
    tw, th, tl = parts
    out = np.sign(d.whole - tw)
    tie = out == 0
    out[tie] = np.sign(d.frac_hi[tie] - th)
    tie = out == 0
    out[tie] = np.sign(d.frac_lo[tie] - tl)
    return out.astype(np.int8)


@dataclass
class LocalTimes:
    """Cells ``YYYY-MM-DDTHH:MM`` or ``YYYY-MM-DDTHH:MM:SS`` (no offset) with valid fields, as
    ``datetime.fromisoformat`` reads them."""

    valid: np.ndarray
    seconds: np.ndarray  # the cell has seconds (19 characters) rather than 16
    day: np.ndarray  # days since 1970-01-01 (proleptic Gregorian)
    second_of_day: np.ndarray
    year: np.ndarray
    month: np.ndarray
    day_of_month: np.ndarray


_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], np.int64)
_PATTERN = "0000-00-00T00:00:00"  # '0': a digit; anything else: that character


def local_times(cells: Sequence[str]) -> LocalTimes:
    lengths = _lengths(cells)
    m = _matrix(cells, lengths, 19)
    head = np.ones(len(cells), bool)
    for c in range(16):
        head &= _fits(m[:, c], _PATTERN[c])
    seconds, minutes = (lengths == 19) & head, (lengths == 16) & head
    for c in range(16, 19):
        seconds &= _fits(m[:, c], _PATTERN[c])
    digit = m.astype(np.int64) - _ZERO

    def number(a: int, b: int) -> np.ndarray:
        out = digit[:, a].copy()
        for c in range(a + 1, b):
            out = out * 10 + digit[:, c]
        return out

    year, month, mday = number(0, 4), number(5, 7), number(8, 10)
    hour, minute = number(11, 13), number(14, 16)
    second = np.where(seconds, number(17, 19), 0)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_ok = (month >= 1) & (month <= 12)
    dim = _DAYS_IN_MONTH[np.where(month_ok, month, 0)] + ((month == 2) & leap)
    valid = (seconds | minutes) & (year >= 1) & month_ok & (mday >= 1) & (mday <= dim) \
        & (hour <= 23) & (minute <= 59) & (second <= 59)
    day = _days_from_civil(np.where(valid, year, 1970), np.where(valid, month, 1),
                           np.where(valid, mday, 1))
    return LocalTimes(valid, seconds, day, hour * 3600 + minute * 60 + second, year, month,
                      mday)


def _fits(col: np.ndarray, pattern: str) -> np.ndarray:
    if pattern == "0":
        return (col - _ZERO) <= 9
    return col == ord(pattern)


def _days_from_civil(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 (H. Hinnant's algorithm; exact integer arithmetic)."""
    y = y - (m <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + np.where(m > 2, -3, 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def unique_rows(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the distinct rows of a 2-D array of small non-negative integers, the index of each
    row's distinct row): ``np.unique(axis=0)``, through one integer key per row when the
    rows fit (mixed radix over each column's range), which sorts far faster."""
    n, k = matrix.shape
    if n == 0:
        return matrix[:0], np.zeros(0, np.int64)
    if (matrix < 0).any():
        raise ValueError("codes must not be negative")
    bases = matrix.max(axis=0).astype(np.int64) + 1
    if float(np.prod(bases.astype(np.float64))) >= 2.0 ** 62:
        distinct, inverse = np.unique(matrix, axis=0, return_inverse=True)
        return distinct, inverse.reshape(-1)
    key = np.zeros(n, np.int64)
    for j in range(k):  # one column at a time: no int64 copy of the whole matrix
        key *= bases[j]
        key += matrix[:, j]
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return matrix[first], inverse.reshape(-1)
