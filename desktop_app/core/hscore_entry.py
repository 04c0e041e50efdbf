"""From HScore inputs as typed (command-line option, form field) to ``HScoreInputs``.

Numbers go through ``core.values.parse_value``.  Laboratory values (ferritin, triglycerides,
fibrinogen, AST) may be censored (``>40000``); the temperature must be exact.  Ferritin takes the
units and the conversion of the phenotype (``core.units``); fibrinogen g/L or mg/dL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.core.findings import Text
from desktop_app.core.hscore import CYTOPENIA_POINTS, HScoreInputs, Organomegaly
from desktop_app.core.inputs import Ferritin
from desktop_app.core.score_checks import check_temperature, is_blank, read_number
from desktop_app.core.score_units import Analyte, Measurement, ScoreUnit, parse_score_unit
from desktop_app.core.units import FerritinUnit, parse_ferritin_unit
from desktop_app.core.values import InputError, ParsedValue


@dataclass(frozen=True)
class HScoreText:
    """Raw text of one HScore; ``None`` or blank means "not known"."""

    immunosuppression: bool | None = None
    temperature: str | None = None
    organomegaly: str | None = None  # none | hepatomegaly | splenomegaly | both
    cytopenias: str | None = None  # 0-3 lineages
    ferritin: str | None = None
    ferritin_unit: str | None = None
    triglycerides: str | None = None
    fibrinogen: str | None = None
    fibrinogen_unit: str | None = None
    ast: str | None = None
    haemophagocytosis: bool | None = None


@dataclass(frozen=True)
class HScoreFieldNames:
    temperature: str = "temperature"
    organomegaly: str = "organomegaly"
    cytopenias: str = "cytopenias"
    ferritin: str = "ferritin"
    ferritin_unit: str = "ferritin unit"
    triglycerides: str = "triglycerides"
    fibrinogen: str = "fibrinogen"
    fibrinogen_unit: str = "fibrinogen unit"
    ast: str = "AST"


_LAB = ("ferritin", "triglycerides", "fibrinogen", "ast")


def read_hscore(text: HScoreText, *, decimal_comma: bool = False,
                names: HScoreFieldNames = HScoreFieldNames()) -> HScoreInputs:
    """Validate every field; raise ``InputError`` for the first wrong one (in field order)."""
    errors = hscore_field_errors(text, decimal_comma=decimal_comma, names=names)
    if errors:
        raise next(iter(errors.values()))
    return _build(text, decimal_comma, names)


def hscore_field_errors(text: HScoreText, *, decimal_comma: bool = False,
                        names: HScoreFieldNames = HScoreFieldNames()) -> dict[str, InputError]:
    """Every invalid field keyed by its ``HScoreText`` attribute (for live forms)."""
    errors: dict[str, InputError] = {}
    checks: dict[str, Callable[[], object]] = {
        "temperature": lambda: _number("temperature", text, decimal_comma, names),
        "organomegaly": lambda: _organomegaly(text.organomegaly, names.organomegaly),
        "cytopenias": lambda: _cytopenias(text.cytopenias, names.cytopenias),
        "ferritin": lambda: _number("ferritin", text, decimal_comma, names),
        "ferritin_unit": lambda: _ferritin_unit(text, names),
        "triglycerides": lambda: _number("triglycerides", text, decimal_comma, names),
        "fibrinogen": lambda: _number("fibrinogen", text, decimal_comma, names),
        "fibrinogen_unit": lambda: _fibrinogen_unit(text, names),
        "ast": lambda: _number("ast", text, decimal_comma, names),
    }
    for key, check in checks.items():
        try:
            check()
        except InputError as exc:
            errors[key] = exc
    return errors


def _build(text: HScoreText, decimal_comma: bool, names: HScoreFieldNames) -> HScoreInputs:
    def number(name: str) -> ParsedValue | None:
        return _number(name, text, decimal_comma, names)

    ferritin_value, fibrinogen_value = number("ferritin"), number("fibrinogen")
    ferritin_unit, fibrinogen_unit = _ferritin_unit(text, names), _fibrinogen_unit(text, names)
    return HScoreInputs(
        immunosuppression=text.immunosuppression,
        temperature=number("temperature"),
        organomegaly=_organomegaly(text.organomegaly, names.organomegaly),
        cytopenias=_cytopenias(text.cytopenias, names.cytopenias),
        ferritin=None if ferritin_value is None or ferritin_unit is None else Ferritin(
            ferritin_value, ferritin_unit),
        triglycerides=number("triglycerides"),
        fibrinogen=None if fibrinogen_value is None or fibrinogen_unit is None else Measurement(
            fibrinogen_value, fibrinogen_unit),
        ast=number("ast"),
        haemophagocytosis=text.haemophagocytosis)


def _number(name: str, text: HScoreText, decimal_comma: bool, names: HScoreFieldNames
            ) -> ParsedValue | None:
    return read_number(getattr(text, name), getattr(names, name), decimal_comma=decimal_comma,
                       censored=name in _LAB,
                       checks=(check_temperature,) if name == "temperature" else ())


def _ferritin_unit(text: HScoreText, names: HScoreFieldNames) -> FerritinUnit | None:
    if is_blank(text.ferritin):
        return None
    return parse_ferritin_unit(text.ferritin_unit, field=names.ferritin_unit)


def _fibrinogen_unit(text: HScoreText, names: HScoreFieldNames) -> ScoreUnit | None:
    if is_blank(text.fibrinogen):
        return None
    return parse_score_unit(Analyte.FIBRINOGEN, text.fibrinogen_unit,
                            field=names.fibrinogen_unit)


def _organomegaly(raw: str | None, field: str) -> Organomegaly | None:
    if is_blank(raw):
        return None
    assert raw is not None
    for choice in Organomegaly:
        if raw.strip().lower() == choice.value:
            return choice
    raise InputError(field, "not_a_choice", variant="organomegaly", params=(
        ("text", Text(raw.strip())), ("choices", Text(", ".join(c.value for c in Organomegaly)))))


def _cytopenias(raw: str | None, field: str) -> int | None:
    if is_blank(raw):
        return None
    assert raw is not None
    count = raw.strip()
    if count not in {str(n) for n in CYTOPENIA_POINTS}:
        raise InputError(field, "not_a_choice", variant="cytopenias",
                         params=(("text", Text(count)),))
    return int(count)


def hscore_text_of(inputs: HScoreInputs) -> HScoreText:
    """The text each value was entered as, for a record; ``read_hscore`` with the same
    decimal-comma setting gives the same inputs back."""
    def text(value: ParsedValue | None) -> str | None:
        return None if value is None else value.text

    i = inputs
    return HScoreText(
        immunosuppression=i.immunosuppression, temperature=text(i.temperature),
        organomegaly=None if i.organomegaly is None else i.organomegaly.value,
        cytopenias=None if i.cytopenias is None else str(i.cytopenias),
        ferritin=None if i.ferritin is None else i.ferritin.value.text,
        ferritin_unit=None if i.ferritin is None else i.ferritin.unit.value,
        triglycerides=text(i.triglycerides),
        fibrinogen=None if i.fibrinogen is None else i.fibrinogen.value.text,
        fibrinogen_unit=None if i.fibrinogen is None else i.fibrinogen.unit.symbol,
        ast=text(i.ast), haemophagocytosis=i.haemophagocytosis)
