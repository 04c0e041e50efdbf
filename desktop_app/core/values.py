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

from desktop_app.core.findings import Params, Text, render


class InputError(ValueError):
    """A value that cannot be read without guessing.

    ``field`` names the input (an option, a form field, a column header); ``code`` is the
    stable machine-readable reason, ``params`` its typed parameters and ``message`` the English
    sentence (rendered from ``findings.TEMPLATES[template_id]``).  A caller outside the core may
    still give a ready ``message`` instead of parameters.
    """

    def __init__(self, field: str, code: str, message: str | None = None, *,
                 params: Params = (), variant: str = "") -> None:
        self.field = field
        self.code = code
        self.params = params
        self.variant = variant
        self._message = message
        super().__init__(f"{field}: {self.message}")

    @property
    def template_id(self) -> str:
        return f"{self.code}.{self.variant}" if self.variant else self.code

    @property
    def message(self) -> str:
        if self._message is not None:
            return self._message
        return render(self.template_id, self.params)


class ValueKind(Enum):
    """What a number is, for the words of its error messages and its plausible range."""

    LAB = "lab"  # ferritin, HLA-DR: a unit field of its own
    AGE = "age"  # years; no unit field


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
_WORDS = {"nan": "nan", "inf": "infinity", "infinity": "infinity"}  # -> template variant


def format_decimal(value: Decimal) -> str:
    """Plain positional notation, never exponent form, trailing zeros as given."""
    text = format(value, "f")
    return text


def parse_value(text: str | None, *, field: str, decimal_comma: bool = False,
                allow_censored: bool = True, kind: ValueKind = ValueKind.LAB) -> ParsedValue:
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
    kind:
        ``ValueKind.AGE`` words the messages for an age (no unit field); ``parse_age`` also
        checks the plausible range.

    Raises
    ------
    InputError
        With a code, typed parameters and a sentence that says what is wrong and what is
        needed.
    """
    if text is None or text.strip(_ASCII_SPACE) == "":
        raise InputError(field, "empty")
    raw = text
    body = text.strip(_ASCII_SPACE)
    comparator = Comparator.EQ
    for token, comp in _COMPARATORS:
        if body.startswith(token):
            if not allow_censored:
                raise InputError(field, "censored_not_allowed", params=_text(raw))
            comparator = comp
            body = body[len(token):].lstrip(_ASCII_SPACE)
            break
    number = _parse_number(body, raw=raw.strip(), field=field, decimal_comma=decimal_comma,
                           kind=kind)
    return ParsedValue(comparator, number, raw)


# What laboratory systems write where a value was not (yet) determined: not a malformed number
# but a known state of the result (issue 14).  Compared after lower-casing and collapsing
# inner spaces; the laboratory's own word is kept for the reason.  German: "n.b." nicht
# bestimmt, "folgt" (follows), "storniert" (cancelled), "n.a." nicht auswertbar; English:
# "n.d." not done / not determined, "pending", "cancelled"; dashes for an empty result cell.
NOT_DETERMINED_WORDS = frozenset({
    "n.b.", "n.b", "nb", "n.d.", "n.d", "nd", "n.a.", "n.a", "pending", "folgt",
    "folgt.", "storniert", "nicht bestimmt", "not determined", "not done", "cancelled",
    "canceled", "in arbeit", "---", "--", "-", "–", "—",
})


def not_determined_word(text: str | None) -> str | None:
    """The laboratory's word (as written, surrounding spaces removed) when ``text`` says that
    the value was not determined (``NOT_DETERMINED_WORDS``), else None.  Such a value is
    neither a number nor a typing error: it ends as "cannot classify" with the word shown
    (``core.inputs.NotDetermined``)."""
    if text is None:
        return None
    word = text.strip()
    key = " ".join(word.lower().split())
    return word if key in NOT_DETERMINED_WORDS else None


# The oldest person whose age was verified lived 122 years and 164 days (Jeanne Calment,
# 1875-1997; Robine JM, Allard M. Science 1998;279:1834).  An age whose whole range lies
# above 125 years is a typing error, as is one whose whole range lies below 0.
MAX_PLAUSIBLE_AGE = Decimal(125)
OLDEST_RECORDED_AGE = "122"


def parse_age(text: str | None, *, field: str, decimal_comma: bool = False) -> ParsedValue:
    """``parse_value`` for an age in years, refusing what no age can be.

    Refused: an age whose whole interval lies above ``MAX_PLAUSIBLE_AGE`` (``200``, ``>130``)
    and ``<0`` (an empty interval).  Everything else is an age the rule can use (under 18 is
    the rule's business, not a typing error).
    """
    value = parse_value(text, field=field, decimal_comma=decimal_comma, kind=ValueKind.AGE)
    raw = _text((text or "").strip())
    low_bound = value.comparator in (Comparator.EQ, Comparator.GT, Comparator.GE)
    if low_bound and (value.value > MAX_PLAUSIBLE_AGE or (
            value.comparator is Comparator.GT and value.value == MAX_PLAUSIBLE_AGE)):
        raise InputError(field, "age_implausible",
                         params=(*raw, ("oldest_age", Text(OLDEST_RECORDED_AGE))))
    if value.comparator is Comparator.LT and value.value == 0:
        raise InputError(field, "age_below_zero", params=raw)
    return value


def _text(raw: str) -> Params:
    return (("text", Text(raw)),)


def _parse_number(body: str, *, raw: str, field: str, decimal_comma: bool,
                  kind: ValueKind) -> Decimal:
    text = _text(raw)
    if body == "":
        raise InputError(field, "empty", params=text, variant="comparator_only")
    for ch in body:
        if ord(ch) > 127:
            name = unicodedata.name(ch, "unnamed character")
            raise InputError(field, "non_ascii", params=(
                *text, ("character", Text(f"U+{ord(ch):04X}")),
                ("character_name", Text(name))))
    lowered = body.lower().lstrip("+-")
    if lowered in _WORDS:
        raise InputError(field, "not_a_number", params=text, variant=_WORDS[lowered])
    if body.startswith("-"):
        raise InputError(field, "negative", params=text,
                         variant="age" if kind is ValueKind.AGE else "")
    if body.startswith("+"):
        raise InputError(field, "sign", params=text)
    if _EXPONENT.fullmatch(body):
        raise InputError(field, "exponent", params=text)
    if any(c.isalpha() for c in body):
        raise InputError(field, "not_a_number", params=text,
                         variant="letters_age" if kind is ValueKind.AGE else "letters")
    if "_" in body:
        raise InputError(field, "underscore", params=text)
    if any(c in body for c in " \t'"):
        raise InputError(field, "grouping", params=text, variant="space")
    decimal_sep, group_sep = (",", ".") if decimal_comma else (".", ",")
    if _AMBIGUOUS_GROUPING.fullmatch(body):
        raise InputError(field, "ambiguous_separator", params=text)
    if group_sep in body:
        raise InputError(field, "grouping", params=(*text, ("separator", Text(group_sep))),
                         variant="decimal_comma" if decimal_comma else "")
    match = re.fullmatch(r"([0-9]+)(?:" + re.escape(decimal_sep) + r"([0-9]+))?", body)
    if match is None:
        raise InputError(field, "not_a_number", params=(
            *text, ("separator", Text(decimal_sep)),
            ("example", Text(f"4420{decimal_sep}5"))))
    whole, fraction = match.group(1), match.group(2) or ""
    if len(whole) > _MAX_INT_DIGITS or len(fraction) > _MAX_FRACTION_DIGITS:
        raise InputError(field, "too_long", params=text)
    return Decimal(f"{whole}.{fraction}" if fraction else whole)
