"""Vectorised cell grammars: which cells the fast lane reads itself, and what they say.

Every test here is deliberately narrower than the reference reader: a cell the fast lane does
not recognise simply sends its row to the reference path (``core.values.parse_value``,
``times.TimeReader``), which decides it.  All tests work on the UTF-8 bytes of the cells.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.lab_import.fast.source import SplitCsv

_ZERO, _NINE, _DOT, _COMMA = 48, 57, 46, 44
_MAX_INT_DIGITS, _MAX_FRACTION_DIGITS = 9, 20  # as core.values
_MAX_VALUE_BYTES = _MAX_INT_DIGITS + 1 + _MAX_FRACTION_DIGITS
_MAX_ID_BYTES = 64


def _matrix(cells: list[bytes], lengths: np.ndarray, cap: int) -> tuple[np.ndarray, int]:
    """Cells as a zero-padded uint8 matrix of width min(longest, cap) (longer cells cut)."""
    width = max(1, min(int(lengths.max(initial=0)), cap))
    packed = np.array(cells, dtype=f"S{width}")
    return packed.view(np.uint8).reshape(len(cells), width), width


def _columns(m: np.ndarray) -> np.ndarray:
    """The matrix transposed and contiguous: one contiguous vector per character position."""
    return np.ascontiguousarray(m.T)


@dataclass
class Values:
    """Classes of the cells of one value column (ferritin, HLA-DR or age).

    ``plain_int``: ASCII digits only.  ``dot``/``comma``: digits, one ``.``/``,``, digits.
    ``grouped``: ``[1-9][0-9]{0,2}[.,][0-9]{3}``, refused by the core as ambiguous.
    ``other``: not empty and none of these (the reference decides).  ``too_long``: more integer
    or fraction digits than the core accepts.  ``leading_zero``: the integer part has a
    superfluous leading 0, so the core's canonical text differs from the cell.
    ``whole``: the integer part's value (exact; meaningful where not ``too_long``), and
    ``fraction``: some fraction digit is not 0 -- together the exact value's position
    relative to any integer.
    """

    empty: np.ndarray
    plain_int: np.ndarray
    dot: np.ndarray
    comma: np.ndarray
    grouped: np.ndarray
    other: np.ndarray
    too_long: np.ndarray
    leading_zero: np.ndarray
    whole: np.ndarray
    fraction: np.ndarray

    def exact_decimal(self, decimal_comma: bool) -> np.ndarray:
        """Cells the core reads as an exact decimal with this separator (no error, no
        comparator): digits with at most one separator, within the digit limits, not
        ambiguous."""
        sep = self.comma if decimal_comma else self.dot
        return (self.plain_int | sep) & ~self.grouped & ~self.too_long


def values(cells: list[bytes], lengths: np.ndarray) -> Values:
    m, width = _matrix(cells, lengths, _MAX_VALUE_BYTES + 1)
    n = len(cells)
    chars_ok = lengths <= width
    seen = np.zeros(n, bool)  # a separator so far
    twice = np.zeros(n, bool)  # two separators so far
    # int32: a valid integer part has at most 9 digits; a longer one is too long, whatever
    # value wrapped here.
    whole = np.zeros(n, np.int32)
    int_len = np.zeros(n, np.int8)
    fraction = np.zeros(n, bool)
    for c, col in enumerate(_columns(m)):
        digit = col - np.uint8(_ZERO)  # uint8 wraps below '0'
        is_digit = digit < 10
        is_sep = (col | 2) == _DOT  # '.' or ','
        # Cells hold no NUL (the source refuses files with NUL), so 0 is padding.
        chars_ok &= is_digit | is_sep | (col == 0)
        in_whole = is_digit & ~seen
        if c <= _MAX_INT_DIGITS:
            whole = np.where(in_whole, whole * 10 + digit, whole)
        int_len += in_whole
        fraction |= seen & (digit - np.uint8(1) < 9)  # '1'..'9' after the separator
        twice |= seen & is_sep
        seen |= is_sep
    rows = np.arange(n)
    last = m[rows, np.clip(lengths - 1, 0, width - 1)]
    ends_digit = ((m[:, 0] - _ZERO) < 10) & ((last - _ZERO) < 10)
    empty = lengths == 0
    plain_int = chars_ok & ~seen & ~empty
    one_sep = chars_ok & seen & ~twice & ends_digit
    sep_at = np.where(one_sep, int_len.astype(np.int64), lengths)
    dot = one_sep & (m[rows, np.minimum(sep_at, width - 1)] == _DOT)
    comma = one_sep & ~dot
    digits_after = np.where(one_sep, lengths - sep_at - 1, 0)
    first_zero = m[:, 0] == _ZERO
    grouped = one_sep & ~first_zero & (sep_at <= 3) & (digits_after == 3)
    other = ~empty & ~plain_int & ~one_sep
    too_long = (sep_at > _MAX_INT_DIGITS) | (digits_after > _MAX_FRACTION_DIGITS)
    leading_zero = (plain_int | one_sep) & first_zero & (sep_at > 1)
    return Values(empty, plain_int, dot, comma, grouped, other, too_long, leading_zero,
                  whole.astype(np.int64), fraction)


def canonical(cell: bytes) -> bytes:
    """``format(Decimal(cell), "f")`` for a digits[sep digits] cell: '.' as separator and no
    superfluous leading zeros ("0012,50" -> "12.50", "000" -> "0")."""
    text = cell.replace(b",", b".")
    whole, dot, fraction = text.partition(b".")
    return (whole.lstrip(b"0") or b"0") + dot + fraction


@dataclass
class IsoTimes:
    """Cells ``YYYY-MM-DDTHH:MM:SS`` or ``YYYY-MM-DDTHH:MM`` with valid fields, as
    ``datetime.fromisoformat`` reads them, split into numbers."""

    valid: np.ndarray
    seconds: np.ndarray  # the cell has seconds (19 bytes) rather than 16
    day: np.ndarray  # days since 1970-01-01 (proleptic Gregorian)
    second_of_day: np.ndarray
    year: np.ndarray
    month: np.ndarray
    day_of_month: np.ndarray


_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], np.int64)


_ISO = b"0000-00-00T00:00:00"  # '0': a digit; anything else: that byte
# byte - base <= limit (uint8 arithmetic) holds exactly for a digit where _ISO has '0' and
# for the byte itself elsewhere.
_BASE_S = np.frombuffer(_ISO, np.uint8)
_LIMIT_S = np.where(_BASE_S == _ZERO, 9, 0).astype(np.uint8)


def iso_times(cells: list[bytes], lengths: np.ndarray) -> IsoTimes:
    m, width = _matrix(cells, lengths, 19)
    if width < 19:
        m = np.pad(m, ((0, 0), (0, 19 - width)))
    cols = _columns(m)
    head = np.ones(len(cells), bool)  # "YYYY-MM-DDTHH:MM"
    for c in range(16):
        head &= (cols[c] - _BASE_S[c]) <= _LIMIT_S[c]
    seconds, minutes = (lengths == 19) & head, (lengths == 16) & head
    for c in range(16, 19):
        seconds &= (cols[c] - _BASE_S[c]) <= _LIMIT_S[c]
        minutes &= cols[c] == 0

    digit = cols - np.uint8(_ZERO)  # every field below is at most 4 digits: int16 is enough

    def number(a: int, b: int) -> np.ndarray:
        out = digit[a].astype(np.int16)
        for c in range(a + 1, b):
            out = out * 10 + digit[c]
        return out

    year, month, mday = number(0, 4), number(5, 7), number(8, 10)
    hour, minute = number(11, 13), number(14, 16)
    second = np.where(seconds, number(17, 19), 0)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_ok = (month >= 1) & (month <= 12)
    dim = _DAYS_IN_MONTH[np.where(month_ok, month, 0)] + ((month == 2) & leap)
    valid = (seconds | minutes) & (year >= 1) & month_ok & (mday >= 1) & (mday <= dim) \
        & (hour <= 23) & (minute <= 59) & (second <= 59)
    day = _days_from_civil(year.astype(np.int32), month.astype(np.int32),
                           mday.astype(np.int32)).astype(np.int64)
    second_of_day = hour.astype(np.int64) * 3600 + minute * 60 + second
    return IsoTimes(valid, seconds, day, second_of_day, year, month, mday)


def _days_from_civil(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 (H. Hinnant's algorithm; exact integer arithmetic)."""
    y = y - (m <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + np.where(m > 2, -3, 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


@dataclass
class Identifiers:
    """Patient-id (or date-of-birth) cells whose text ``str.strip()`` leaves unchanged.

    ``plain``: non-empty, first and last byte printable ASCII other than space, at most
    64 bytes (the middle may hold anything).  ``formula``: starts with a spreadsheet formula
    trigger.  ``comma``: contains ',' (needs quoting in the results CSV).
    """

    plain: np.ndarray
    formula: np.ndarray
    comma: np.ndarray


def identifiers(split: SplitCsv, j: int, triggers: bytes) -> Identifiers:
    first, last = split.edges(j)
    lengths = split.lengths(j)
    plain = (lengths >= 1) & (lengths <= _MAX_ID_BYTES) & (first > 32) & (first < 127) \
        & (last > 32) & (last < 127)
    formula = np.zeros(len(lengths), bool)
    for t in triggers:
        formula |= first == t
    comma = np.zeros(len(lengths), bool)
    if split.delimiter != ",":
        m, _ = _matrix(split.column(j), lengths, _MAX_ID_BYTES)
        comma = np.any(m == _COMMA, axis=1)
    return Identifiers(plain, formula & plain, comma & plain)
