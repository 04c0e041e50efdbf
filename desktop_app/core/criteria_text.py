"""The words of the criteria table, from codes and typed parameters, in any language.

A ``Criterion`` (``core.phenotype``) carries its ``key``, ``note_code``, whether it was
``needed`` and typed ``params`` (``threshold``, ``entered``; ``converted`` and ``as_entered``
where there is a value, ``unit`` of an HLA-DR value that is not in AB/C).  Its label, threshold,
note and the value columns are rendered here from ``CRITERION_TEMPLATES`` through ``Words``
(``core.words``) — English for the JSON fields ``label``/``note``/``threshold``, or a
translator (``desktop_app.i18n.Translator``), which looks each template up by its id.
One table, one composition, every language.

Standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.core.findings import SYMBOLS, Param, Quantity, Text
from desktop_app.core.units import FerritinUnit, conversion_of
from desktop_app.core.words import ENGLISH, Words

# Every text of the criteria table, by template id (a translation catalogue translates them by
# id, context "Finding").  Placeholders are whole typed parameters of the criterion.
CRITERION_TEMPLATES: dict[str, str] = {
    "criterion.ferritin_above_mals_threshold": "Ferritin > {threshold} (MALS)",
    "criterion.hla_dr_below_threshold": "HLA-DR < {threshold} (immunoparalysis)",
    "criterion.age_adult": "Age ≥ {threshold} years (trial population)",
    "criterion_threshold.ferritin_above_mals_threshold": "> {threshold}",
    "criterion_threshold.hla_dr_below_threshold": "< {threshold}",
    "criterion_threshold.age_adult": "≥ {threshold} years",
    "criterion_value.age": "{age} years",
    "criterion_note.met": "met",
    "criterion_note.not_met": "not met",
    "criterion_note.undecided": "undecided",
    "criterion_note.undecided_range": "undecided: {entered} spans {threshold}",
    "criterion_note.not_available": "not available",
    "criterion_note.not_given": "not given",
    "criterion_note.not_determined": "not determined by the laboratory",
    "criterion_note.unit_not_usable": "not evaluable: {unit} cannot be converted to antibodies "
                                      "bound per cell",
    "criterion_note.converted": "{note}; converted: {conversion}",
    "criterion_note.not_needed": "{note} (not needed: MALS is decided by ferritin)",
    "conversion.none": "{entered} ng/mL (no conversion)",
}

_THRESHOLD_OF = {"ferritin_above_mals_threshold": "ferritin", "hla_dr_below_threshold": "hla_dr",
                 "age_adult": "age"}


def _t(w: Words, key: str, **params: Any) -> str:
    return w.template(key, CRITERION_TEMPLATES[key], **params)


def analyte_of(key: str) -> str:
    """``ferritin``, ``hla_dr`` or ``age`` for a criterion key."""
    return _THRESHOLD_OF[key]


def label(key: str, params: Mapping[str, Param], w: Words = ENGLISH) -> str:
    """E.g. "Ferritin > 4420 ng/mL (MALS)"."""
    return _t(w, f"criterion.{key}", threshold=params["threshold"])


def threshold(key: str, params: Mapping[str, Param], w: Words = ENGLISH) -> str:
    """E.g. "> 4420 ng/mL"."""
    return _t(w, f"criterion_threshold.{key}", threshold=params["threshold"])


def value_text(analyte: str, value: Param | None, w: Words = ENGLISH) -> str | None:
    """A value column (as entered, or as used by the rule); None when there is none.  Text as
    entered stays exactly as typed; an age reads "{age} years"."""
    if value is None:
        return None
    if analyte == "age":
        return _t(w, "criterion_value.age", age=value)
    return value.localized(w)


def note(key: str, note_code: str, needed: bool, params: Mapping[str, Param],
         w: Words = ENGLISH) -> str:
    """Why the criterion is met, not met or not evaluated, e.g. "undecided: >3000 ng/mL spans
    4420 ng/mL"; a ferritin converted from another unit adds its conversion."""
    analyte = analyte_of(key)
    if note_code == "undecided" and analyte != "age" and "entered" in params:
        text = _t(w, "criterion_note.undecided_range", entered=params["entered"],
                  threshold=params["threshold"])
    elif note_code == "unit_not_usable":
        text = _t(w, "criterion_note.unit_not_usable", unit=params.get("unit", Text("")))
    else:
        text = _t(w, f"criterion_note.{note_code}")
    entered, converted = params.get("entered"), params.get("converted")
    if analyte == "ferritin" and isinstance(entered, Quantity) and isinstance(
            converted, Quantity) and entered.unit != FerritinUnit.NG_PER_ML.value:
        text = _t(w, "criterion_note.converted", note=text,
                  conversion=Text(conversion(entered, converted, w)))
    if not needed:
        text = _t(w, "criterion_note.not_needed", note=text)
    return text


def conversion(entered: Quantity, converted: Quantity, w: Words = ENGLISH) -> str:
    """How a ferritin value became ng/mL, e.g. "9932 pmol/L ÷ 2.247 ≈ 4420.12 ng/mL" (numbers
    with the writer's decimal separator; the rest is notation, the same in every language)."""
    number = f"{SYMBOLS[entered.comparator]}{entered.value}"
    unit = FerritinUnit(entered.unit)
    if unit is FerritinUnit.NG_PER_ML:
        return _t(w, "conversion.none", entered=Text(w.decimal_text(number)))
    shown = ("≈" if converted.approximate else "") + converted.value
    return w.decimal_text(conversion_of(unit).describe(number, shown))
