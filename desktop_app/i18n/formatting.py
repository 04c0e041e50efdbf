"""Numbers, dates and durations written the way each language reads them — on OUTPUT only.

What changes with the language:

* the decimal separator (``4420.5`` in English, ``4420,5`` in the six other languages);
* the date order (``2026-11-24`` in English, ``24.11.2026`` in German, ``24/11/2026`` …).

What never changes:

* no thousands separator in any language: ``4.420`` and ``4,420`` are the very ambiguity the
  entry fields refuse (hazard H08), and the published thresholds are written 4420 and 5000;
* digits are never rounded or padded here: a value prints with exactly the digits it has;
* times use the 24-hour clock everywhere (no a.m./p.m. in a clinical record; CLDR's Greek
  default would be 12-hour);
* years have four digits (CLDR's short Italian/Spanish/Greek dates have two);
* *input* rules: what the user types is read by ``core.values`` with the decimal separator
  declared in Settings, never with these formats or the computer's locale.

Dates keep the field order and separator of each language's CLDR short date (CLDR 49 via
Babel 2.19: de ``dd.MM.yy``, nl ``dd-MM-y``, fr ``dd/MM/y``, it ``dd/MM/yy``, es and el ``d/M/yy``)
with a four-digit year and zero-padded day and month, so columns align; English keeps ISO 8601,
the app's existing format (``tests/i18n/test_formatting.py`` checks the table against CLDR).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any


@dataclass(frozen=True)
class LocaleFormat:
    decimal: str
    date_pattern: str  # strftime with numeric fields only (locale-independent)
    time_pattern: str = "%H:%M"

    def number(self, value: int | float | Decimal, places: int | None = None) -> str:
        """``value`` with this language's decimal separator and no grouping.

        ``places``: digits after the separator (rounded half-even by ``format``); None keeps
        exactly the digits the value has (a Decimal ``4420.50`` prints ``4420.50``).
        """
        if isinstance(value, bool):
            raise TypeError("a bool is not a number to format")
        if places is not None:
            text = format(value, f".{places}f")
        elif isinstance(value, Decimal):
            text = format(value, "f")
        else:
            text = str(value)
        return self.decimal_text(text)

    def decimal_text(self, text: str) -> str:
        """A number already written in English (``"35.1"``, ``".002"``) with this language's
        separator; the digits stay exactly as printed (published figures)."""
        return text if self.decimal == "." else text.replace(".", self.decimal)

    def date_text(self, value: date) -> str:
        return value.strftime(self.date_pattern)

    def time_text(self, value: time | datetime) -> str:
        return value.strftime(self.time_pattern)

    def datetime_text(self, value: datetime, *, zone: bool = False) -> str:
        """Date and time; ``zone=True`` adds the UTC offset and the zone's name when known
        (``24.11.2026 10:15 +01:00 (CET)``): reports always say which clock a time is on."""
        text = f"{self.date_text(value)} {self.time_text(value)}"
        if not zone:
            return text
        offset = value.utcoffset()
        if offset is None:
            raise ValueError("a time shown with its zone must carry one")
        sign = "-" if offset < timedelta(0) else "+"
        minutes = abs(int(offset.total_seconds())) // 60
        name = value.tzname() or ""
        named = f" ({name})" if name and not name.startswith(("UTC+", "UTC-")) else ""
        return f"{text} {sign}{minutes // 60:02d}:{minutes % 60:02d}{named}"

    def hours(self, value: timedelta) -> str:
        """A duration in hours with at most one decimal, as the findings state gaps (``26.5 h``;
        ``h`` is the SI symbol, the same in every language)."""
        hours = (Decimal(value.total_seconds()) / 3600).quantize(Decimal("0.1")).normalize()
        return f"{self.number(hours)} h"


FORMATS: Mapping[str, LocaleFormat] = {
    "en": LocaleFormat(".", "%Y-%m-%d"),
    "de": LocaleFormat(",", "%d.%m.%Y"),
    "el": LocaleFormat(",", "%d/%m/%Y"),
    "nl": LocaleFormat(",", "%d-%m-%Y"),
    "fr": LocaleFormat(",", "%d/%m/%Y"),
    "it": LocaleFormat(",", "%d/%m/%Y"),
    "es": LocaleFormat(",", "%d/%m/%Y"),
}


class ValueFormatter(string.Formatter):
    """``str.format`` whose fields are written for one language.

    A field's value decides how it is written:

    * ``str``: verbatim — text as the user entered it, a unit, an identifier;
    * ``int`` / ``float`` / ``Decimal``: a number with the language's decimal separator (a format
      spec such as ``.1f`` applies first; grouping specs ``,`` and ``_`` are refused);
    * ``datetime`` / ``date`` / ``time``: the language's numeric date, 24-hour time;
    * ``timedelta``: hours (``26.5 h``);
    * an ``Enum`` member: its ``label`` (or value) through ``text``, i.e. translated;
    * a term — any object with a ``key`` and an English ``label`` (``core.score_findings.Term``):
      its word in this language, looked up by key through ``term``;
    * a tuple or list of such values: each written as above, joined with ", ";
    * anything with ``localized(translator) -> str``: whatever it writes (composite values such
      as "9932 pmol/L (≈ 4420.12 ng/mL)" render themselves from their parts).
    """

    def __init__(self, fmt: LocaleFormat, text: Callable[[str], str], owner: object,
                 term: Callable[[str, str], str] | None = None) -> None:
        super().__init__()
        self.fmt, self.text, self.owner = fmt, text, owner
        self.term = term or (lambda _key, english: text(english))

    def format_field(self, value: Any, format_spec: str) -> str:
        if hasattr(value, "localized"):
            return str(value.localized(self.owner))
        if isinstance(value, Enum):
            return self.text(str(getattr(value, "label", value.value)))
        if isinstance(getattr(value, "key", None), str) and isinstance(
                getattr(value, "label", None), str):
            return self.term(value.key, value.label)
        if isinstance(value, tuple | list):
            return ", ".join(self.format_field(v, format_spec) for v in value)
        if isinstance(value, bool):  # "True" is English: pass a translated word instead
            raise TypeError("a bool field has no wording in any language")
        if isinstance(value, int | float | Decimal):
            if "," in format_spec or "_" in format_spec:
                raise ValueError("no thousands separators in output (hazard H08)")
            text = format(value, format_spec) if format_spec else None
            return self.fmt.decimal_text(text) if text is not None else self.fmt.number(value)
        if isinstance(value, datetime):
            return self.fmt.datetime_text(value)
        if isinstance(value, date):
            return self.fmt.date_text(value)
        if isinstance(value, time):
            return self.fmt.time_text(value)
        if isinstance(value, timedelta):
            return self.fmt.hours(value)
        return super().format_field(value, format_spec)
