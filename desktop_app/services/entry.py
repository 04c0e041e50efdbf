"""From text as typed (CLI option, form field, spreadsheet cell) to validated core inputs.

Every surface goes through ``build_inputs`` so that a value is read the same way everywhere.
A lab value field holding a laboratory's "not determined" word ("n.b.", "pending") is that
state (``core.inputs.NotDetermined``), as in an imported file: no unit is needed for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop_app.core.findings import Text
from desktop_app.core.times import check_sample_time
from desktop_app.core.units import HlaDrUnit, parse_ferritin_unit, parse_hla_dr_unit
from desktop_app.core.values import (
    Comparator,
    InputError,
    not_determined_word,
    parse_age,
    parse_value,
)

if TYPE_CHECKING:
    from desktop_app.core.inputs import PatientInputs

PERCENT_MAX = Decimal(100)


@dataclass(frozen=True)
class EntryText:
    """Raw text of one assessment.  Empty or ``None`` fields mean "not available"."""

    ferritin: str | None = None
    ferritin_unit: str | None = "ng/mL"
    hla_dr: str | None = None
    hla_dr_unit: str | None = "AB/C"
    age: str | None = None
    ferritin_sampled: str | None = None
    hla_dr_sampled: str | None = None
    hla_dr_processed: str | None = None


@dataclass(frozen=True)
class FieldNames:
    """How each field is called in error messages (option names on the command line)."""

    ferritin: str = "ferritin"
    ferritin_unit: str = "ferritin unit"
    hla_dr: str = "HLA-DR"
    hla_dr_unit: str = "HLA-DR unit"
    age: str = "age"
    ferritin_sampled: str = "ferritin sample time"
    hla_dr_sampled: str = "HLA-DR sample time"
    hla_dr_processed: str = "HLA-DR processing time"


def _blank(text: str | None) -> bool:
    return text is None or text.strip() == ""


def parse_time(text: str | None, *, field: str, local_zone: tzinfo | None) -> datetime | None:
    """ISO 8601 date-time; a time without offset is taken in ``local_zone`` (the workstation's).

    A bare date is refused: the 24-h and 4-h checks need the time of day.  So is a time
    outside the years 1900-2999 or with an offset no clock uses (``core.times``), before any
    arithmetic could overflow.
    """
    if _blank(text):
        return None
    assert text is not None
    raw = text.strip()
    words = (("text", Text(raw)),)
    if len(raw) <= 10:
        raise InputError(field, "date_without_time", params=words)
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        raise InputError(field, "bad_time", params=words) from None
    check_sample_time(when.replace(tzinfo=None), field=field, text=raw)
    if when.tzinfo is None:
        when = when.replace(tzinfo=local_zone) if local_zone else when.astimezone()
    return check_sample_time(when, field=field, text=raw)


def build_inputs(text: EntryText, *, decimal_comma: bool = False,
                 names: FieldNames = FieldNames(),
                 local_zone: tzinfo | None = None) -> PatientInputs:
    """Validate every field; raise ``InputError`` naming the first field that is wrong.

    Use ``field_errors`` to collect all of them (for live validation in a form).
    """
    errors = field_errors(text, decimal_comma=decimal_comma, names=names, local_zone=local_zone)
    if errors:
        raise next(iter(errors.values()))
    return _build(text, decimal_comma, names, local_zone)


def field_errors(text: EntryText, *, decimal_comma: bool = False,
                 names: FieldNames = FieldNames(),
                 local_zone: tzinfo | None = None) -> dict[str, InputError]:
    """Every invalid field of ``text`` keyed by its ``EntryText`` attribute name."""
    errors: dict[str, InputError] = {}
    for attr in EntryText.__dataclass_fields__:
        try:
            _parse_field(attr, text, decimal_comma, names, local_zone)
        except InputError as exc:
            errors[attr] = exc
    return errors


def _parse_field(attr: str, text: EntryText, decimal_comma: bool, names: FieldNames,
                 local_zone: tzinfo | None) -> object:
    raw = getattr(text, attr)
    name = getattr(names, attr)
    if attr == "age":
        return None if _blank(raw) else parse_age(raw, field=name, decimal_comma=decimal_comma)
    if attr in ("ferritin", "hla_dr"):
        if _blank(raw):
            return None
        word = not_determined_word(raw)
        if word is not None:  # "n.b.", "pending": the laboratory reported no value
            from desktop_app.core.inputs import NotDetermined

            return NotDetermined(word)
        value = parse_value(raw, field=name, decimal_comma=decimal_comma)
        if attr == "hla_dr" and _is_percent(text.hla_dr_unit) and (
                value.value > PERCENT_MAX
                or (value.value == PERCENT_MAX and value.comparator is Comparator.GT)):
            raise InputError(name, "percent_over_100", params=(("text", Text(raw.strip())),))
        return value
    if attr == "ferritin_unit":
        return None if _no_value(text.ferritin) else parse_ferritin_unit(raw, field=name)
    if attr == "hla_dr_unit":
        return None if _no_value(text.hla_dr) else parse_hla_dr_unit(raw, field=name)
    return parse_time(raw, field=name, local_zone=local_zone)


def _no_value(value_text: str | None) -> bool:
    """Nothing, or a not-determined word: a unit is then neither needed nor read."""
    return _blank(value_text) or not_determined_word(value_text) is not None


def _is_percent(unit_text: str | None) -> bool:
    try:
        return parse_hla_dr_unit(unit_text) is HlaDrUnit.PERCENT_POSITIVE
    except InputError:
        return False


def _build(text: EntryText, decimal_comma: bool, names: FieldNames,
           local_zone: tzinfo | None) -> PatientInputs:
    # Here: the window paints its empty form without the inputs' classes.
    from desktop_app.core.inputs import Ferritin, HlaDr, NotDetermined, PatientInputs

    def get(attr: str):  # the parsed type varies with the field
        return _parse_field(attr, text, decimal_comma, names, local_zone)

    absent: dict[str, NotDetermined] = {}
    for attr in ("ferritin", "hla_dr"):
        value = None if _blank(getattr(text, attr)) else get(attr)
        if isinstance(value, NotDetermined):
            absent[f"{attr}_not_determined"] = NotDetermined(value.text, get(f"{attr}_sampled"))
    ferritin = None if _no_value(text.ferritin) else Ferritin(
        get("ferritin"), get("ferritin_unit"), get("ferritin_sampled"))
    hla_dr = None if _no_value(text.hla_dr) else HlaDr(
        get("hla_dr"), get("hla_dr_unit"), get("hla_dr_sampled"), get("hla_dr_processed"))
    return PatientInputs(ferritin, hla_dr, get("age"), **absent)
