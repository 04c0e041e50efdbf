"""Strict parsing of numbers typed by people or exported by laboratory systems.

The grammar is deliberately narrow: ASCII digits, at most one decimal separator, an optional
leading comparator for censored results.  Everything else is refused with a message that names
the field and says what is needed, because every "helpful" reading of an odd string is a guess
(hazards H05-H10): ``float()`` accepts ``nan``, ``1e4``, ``4_420`` and non-ASCII digits, and
``4,420`` means 4420 in one country and 4.42 in the next.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum


class InputError(ValueError):
    """A value that cannot be read without guessing.  ``field`` names the input."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.code = code
        self.message = message


class Comparator(Enum):
    """How the reported number bounds the true value (censored results keep their bound)."""

    EQ = "="
    GT = ">"
    GE = ">="
    LT = "<"
    LE = "<="

    @property
    def symbol(self) -> str:
        """The symbol as printed on screen and in reports ('' for an exact value)."""
        return {"=": "", ">": ">", ">=": "≥", "<": "<", "<=": "≤"}[self.value]


@dataclass(frozen=True)
class ParsedValue:
    """A validated number: exact ``Decimal`` plus the comparator it was reported with."""

    comparator: Comparator
    value: Decimal
    text: str  # the original text, exactly as entered

    @property
    def is_censored(self) -> bool:
        return self.comparator is not Comparator.EQ

    def display(self) -> str:
        """Canonical text: comparator symbol and the number with a decimal point."""
        return f"{self.comparator.symbol}{format_decimal(self.value)}"


_COMPARATORS = (
    (">=", Comparator.GE), ("<=", Comparator.LE), ("≥", Comparator.GE), ("≤", Comparator.LE),
    (">", Comparator.GT), ("<", Comparator.LT),
)
_ASCII_SPACE = " \t\r\n"
_MAX_INT_DIGITS = 9
_MAX_FRACTION_DIGITS = 20
# 1-3 digits, separator, exactly 3 digits: "4,420" / "4.420" read as thousands in one locale
# and as a decimal in another.  A leading 0 cannot be a grouped number, so "0.125" is fine.
_AMBIGUOUS_GROUPING = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")
_EXPONENT = re.compile(r"[0-9.,]*[0-9][eE][+-]?[0-9]+")
_WORDS = {"nan": "NaN is not a number", "inf": "infinity is not a measurement",
          "infinity": "infinity is not a measurement"}


def format_decimal(value: Decimal) -> str:
    """Plain positional notation, never exponent form, trailing zeros as given."""
    text = format(value, "f")
    return text


def parse_value(text: str | None, *, field: str, decimal_comma: bool = False,
                allow_censored: bool = True) -> ParsedValue:
    """Read ``text`` as a non-negative decimal number, optionally censored (``>40000``).

    Parameters
    ----------
    text:
        The value as entered or exported.  Surrounding ASCII whitespace is ignored.
    field:
        Name of the input, used in every error message ("ferritin", "--hla-dr", ...).
    decimal_comma:
        ``True`` only when the caller has *declared* that ``,`` is the decimal separator.
        Then ``.`` is refused as a grouping separator; otherwise ``,`` is.
    allow_censored:
        Whether a leading comparator (``>``, ``>=``, ``≥``, ``<``, ``<=``, ``≤``) is accepted.

    Raises
    ------
    InputError
        With a code and a sentence that says what is wrong and what is needed.
    """
    if text is None or text.strip(_ASCII_SPACE) == "":
        raise InputError(field, "empty", "no value given; a number is required")
    raw = text
    body = text.strip(_ASCII_SPACE)
    comparator = Comparator.EQ
    for token, comp in _COMPARATORS:
        if body.startswith(token):
            if not allow_censored:
                raise InputError(field, "censored_not_allowed",
                                 f"'{raw.strip()}' is a censored value; an exact number is "
                                 "required")
            comparator = comp
            body = body[len(token):].lstrip(_ASCII_SPACE)
            break
    number = _parse_number(body, raw=raw.strip(), field=field, decimal_comma=decimal_comma)
    return ParsedValue(comparator, number, raw)


def _parse_number(body: str, *, raw: str, field: str, decimal_comma: bool) -> Decimal:
    if body == "":
        raise InputError(field, "empty", f"'{raw}' has a comparator but no number")
    for ch in body:
        if ord(ch) > 127:
            name = unicodedata.name(ch, "unnamed character")
            raise InputError(field, "non_ascii",
                             f"'{raw}' contains U+{ord(ch):04X} ({name}); only the ASCII digits "
                             "0-9 and one decimal separator are accepted")
    lowered = body.lower().lstrip("+-")
    if lowered in _WORDS:
        raise InputError(field, "not_a_number", f"'{raw}': {_WORDS[lowered]}; a number is required")
    if body.startswith("-"):
        raise InputError(field, "negative", f"'{raw}' is negative; a concentration cannot be")
    if body.startswith("+"):
        raise InputError(field, "sign", f"'{raw}' has a '+' sign; write the number without it")
    if _EXPONENT.fullmatch(body):
        raise InputError(field, "exponent",
                         f"'{raw}' uses exponent notation; write the number in full")
    if any(c.isalpha() for c in body):
        raise InputError(field, "not_a_number",
                         f"'{raw}' contains letters; enter only the number (the unit has its "
                         "own field)")
    if "_" in body:
        raise InputError(field, "underscore", f"'{raw}' contains '_'; write digits only")
    if any(c in body for c in " \t'"):
        raise InputError(field, "grouping",
                         f"'{raw}' contains a space or apostrophe used as a thousands separator; "
                         "write the number without grouping")
    decimal_sep, group_sep = (",", ".") if decimal_comma else (".", ",")
    if _AMBIGUOUS_GROUPING.fullmatch(body):
        raise InputError(field, "ambiguous_separator",
                         f"'{raw}' could be a thousands-grouped integer or a decimal number; "
                         "write it without grouping and with at most one decimal separator, "
                         "e.g. 4420 or 4.42")
    if group_sep in body:
        hint = ("decimal comma is on, so '.' is not accepted" if decimal_comma
                else "if ',' is your decimal separator, declare decimal comma")
        raise InputError(field, "grouping",
                         f"'{raw}' contains '{group_sep}'; thousands separators are not accepted "
                         f"({hint})")
    match = re.fullmatch(r"([0-9]+)(?:" + re.escape(decimal_sep) + r"([0-9]+))?", body)
    if match is None:
        raise InputError(field, "not_a_number",
                         f"'{raw}' is not a number; expected digits with an optional "
                         f"'{decimal_sep}' decimal separator, e.g. 4420{decimal_sep}5")
    whole, fraction = match.group(1), match.group(2) or ""
    if len(whole) > _MAX_INT_DIGITS or len(fraction) > _MAX_FRACTION_DIGITS:
        raise InputError(field, "too_long", f"'{raw}' has too many digits to be a lab result")
    return Decimal(f"{whole}.{fraction}" if fraction else whole)
