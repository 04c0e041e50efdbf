"""From SOFA inputs as typed (command-line option, form field) to ``SofaInputs``.

Numbers go through the strict grammar of ``core.values.parse_value`` (decimal comma only when
declared).  Laboratory values (platelets, bilirubin, creatinine, urine output) may be censored
(``<5``); bedside values and doses must be exact.  A unit is required with every PaO2, bilirubin
and creatinine value: kPa and mm Hg, µmol/L and mg/dL differ by factors of 7.5 to 88, so a
default would be a guess.  Every error names the field as the caller calls it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.core.findings import Text
from desktop_app.core.score_checks import (
    Check,
    check_fio2,
    check_gcs,
    check_positive,
    is_blank,
    read_number,
)
from desktop_app.core.score_units import Analyte, Measurement, parse_score_unit
from desktop_app.core.sofa import SofaInputs
from desktop_app.core.values import Comparator, InputError, ParsedValue, parse_value


@dataclass(frozen=True)
class SofaText:
    """Raw text of one SOFA assessment; ``None`` or blank means "not known"."""

    pao2: str | None = None
    pao2_unit: str | None = None
    fio2: str | None = None
    ventilated: bool | None = None  # respiratory support
    platelets: str | None = None
    bilirubin: str | None = None
    bilirubin_unit: str | None = None
    map: str | None = None
    dopamine: str | None = None
    dobutamine: bool | None = None
    epinephrine: str | None = None
    norepinephrine: str | None = None
    gcs: str | None = None
    creatinine: str | None = None
    creatinine_unit: str | None = None
    urine_output: str | None = None
    no_catecholamines: bool = False  # "none running": dopamine, epinephrine... 0, dobutamine no


@dataclass(frozen=True)
class SofaFieldNames:
    """How each field is called in messages (the command line passes its option names)."""

    pao2: str = "PaO2"
    pao2_unit: str = "PaO2 unit"
    fio2: str = "FiO2"
    ventilated: str = "respiratory support"
    platelets: str = "platelets"
    bilirubin: str = "bilirubin"
    bilirubin_unit: str = "bilirubin unit"
    map: str = "MAP"
    dopamine: str = "dopamine"
    dobutamine: str = "dobutamine"
    epinephrine: str = "epinephrine"
    norepinephrine: str = "norepinephrine"
    gcs: str = "GCS"
    creatinine: str = "creatinine"
    creatinine_unit: str = "creatinine unit"
    urine_output: str = "urine output"
    no_catecholamines: str = "no catecholamines"


_NUMBERS = ("pao2", "fio2", "platelets", "bilirubin", "map", "dopamine", "epinephrine",
            "norepinephrine", "gcs", "creatinine", "urine_output")
_CENSORED_ALLOWED = ("platelets", "bilirubin", "creatinine", "urine_output")
_DOSES = ("dopamine", "epinephrine", "norepinephrine")
_MEASURED = {"pao2": Analyte.PAO2, "bilirubin": Analyte.BILIRUBIN,
             "creatinine": Analyte.CREATININE}


def read_sofa(text: SofaText, *, decimal_comma: bool = False,
              names: SofaFieldNames = SofaFieldNames()) -> SofaInputs:
    """Validate every field; raise ``InputError`` for the first wrong one (in field order)."""
    errors = sofa_field_errors(text, decimal_comma=decimal_comma, names=names)
    if errors:
        raise next(iter(errors.values()))
    values = {name: _field(name, text, decimal_comma, names) for name in _NUMBERS}
    measured = {name: _measurement(name, text, values[name], names) for name in _MEASURED}
    doses = {name: values[name] for name in _DOSES}
    dobutamine = text.dobutamine
    if text.no_catecholamines:
        zero = ParsedValue(Comparator.EQ, Decimal(0), "0")
        doses = {name: dose if dose is not None else zero for name, dose in doses.items()}
        dobutamine = False if dobutamine is None else dobutamine
    return SofaInputs(
        pao2=measured["pao2"], fio2=values["fio2"], respiratory_support=text.ventilated,
        platelets=values["platelets"], bilirubin=measured["bilirubin"], map=values["map"],
        dopamine=doses["dopamine"], dobutamine=dobutamine, epinephrine=doses["epinephrine"],
        norepinephrine=doses["norepinephrine"], gcs=values["gcs"],
        creatinine=measured["creatinine"], urine_output=values["urine_output"])


def sofa_field_errors(text: SofaText, *, decimal_comma: bool = False,
                      names: SofaFieldNames = SofaFieldNames()) -> dict[str, InputError]:
    """Every invalid field of ``text`` keyed by its ``SofaText`` attribute (for live forms)."""
    errors: dict[str, InputError] = {}
    for name in _NUMBERS:
        try:
            value = _field(name, text, decimal_comma, names)
            if name in _MEASURED:
                _measurement(name, text, value, names)
        except InputError as exc:
            key = f"{name}_unit" if exc.field == getattr(names, f"{name}_unit", None) else name
            errors[key] = exc
    conflict = _catecholamine_conflict(text, decimal_comma, names)
    if conflict is not None:
        errors.setdefault("no_catecholamines", conflict)
    return errors


_CHECKS: dict[str, tuple[Check, ...]] = {
    "fio2": (check_fio2,), "gcs": (check_gcs,), "pao2": (check_positive,)}


def _field(name: str, text: SofaText, decimal_comma: bool, names: SofaFieldNames
           ) -> ParsedValue | None:
    return read_number(getattr(text, name), getattr(names, name), decimal_comma=decimal_comma,
                       censored=name in _CENSORED_ALLOWED, checks=_CHECKS.get(name, ()))


def _measurement(name: str, text: SofaText, value: ParsedValue | None, names: SofaFieldNames
                 ) -> Measurement | None:
    if value is None:
        return None
    unit = parse_score_unit(_MEASURED[name], getattr(text, f"{name}_unit"),
                            field=getattr(names, f"{name}_unit"))
    return Measurement(value, unit)


def _catecholamine_conflict(text: SofaText, decimal_comma: bool, names: SofaFieldNames
                            ) -> InputError | None:
    """"None running" together with a dose above 0 or dobutamine yes contradicts itself."""
    if not text.no_catecholamines:
        return None
    running = [getattr(names, n) for n in _DOSES
               if not is_blank(getattr(text, n)) and _nonzero(getattr(text, n), decimal_comma)]
    if text.dobutamine:
        running.append(names.dobutamine)
    if not running:
        return None
    return InputError(names.no_catecholamines, "contradiction",
                      params=(("running", Text(", ".join(running))),))


def _nonzero(raw: str, decimal_comma: bool) -> bool:
    try:
        return parse_value(raw, field="", decimal_comma=decimal_comma).value != 0
    except InputError:
        return False  # reported under its own field


def sofa_text_of(inputs: SofaInputs) -> SofaText:
    """The text each value was entered as (``ParsedValue.text``) and its unit symbol: what a
    record keeps, next to the decimal-comma setting it was read with; ``read_sofa`` with that
    setting gives the same inputs back."""
    def text(value: ParsedValue | Measurement | None) -> str | None:
        if value is None:
            return None
        return (value.value if isinstance(value, Measurement) else value).text

    def unit(value: Measurement | None) -> str | None:
        return None if value is None else value.unit.symbol

    i = inputs
    return SofaText(
        pao2=text(i.pao2), pao2_unit=unit(i.pao2), fio2=text(i.fio2),
        ventilated=i.respiratory_support, platelets=text(i.platelets),
        bilirubin=text(i.bilirubin), bilirubin_unit=unit(i.bilirubin), map=text(i.map),
        dopamine=text(i.dopamine), dobutamine=i.dobutamine, epinephrine=text(i.epinephrine),
        norepinephrine=text(i.norepinephrine), gcs=text(i.gcs),
        creatinine=text(i.creatinine), creatinine_unit=unit(i.creatinine),
        urine_output=text(i.urine_output))
