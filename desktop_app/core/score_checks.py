"""Input checks shared by the score modules: refusals for impossible values, warnings for values
that look like another unit.

Refusals (``InputError``, the value cannot be used) are limited to what cannot be a measurement:
an FiO2 outside 0.21-1, a GCS that is not a whole number 3-15, a body temperature outside
20-45 °C, a censored bound that leaves no possible value.  Values that are possible but more
likely typed in another unit (PaO2 12 mm Hg is probably kPa) are scored as entered and carry a
warning; the limits are this app's choice, not published figures (docs/scores.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.core.findings import Params, Quantity, Text
from desktop_app.core.score_findings import ScoreFinding, Term, finding
from desktop_app.core.score_units import ScoreUnit
from desktop_app.core.values import Comparator, InputError, ParsedValue, parse_value

FIO2_MIN, FIO2_MAX = Decimal("0.21"), Decimal(1)
GCS_MIN, GCS_MAX = 3, 15
TEMPERATURE_MIN_C, TEMPERATURE_MAX_C = Decimal(20), Decimal(45)


def _as_entered(value: ParsedValue) -> Params:
    return (("text", Text(value.text.strip())),)


def _range(value: ParsedValue, low: Decimal | int, high: Decimal | int, unit: str = "") -> Params:
    """The value as entered and the accepted range, for an input error's sentence."""
    return (*_as_entered(value), ("minimum", Quantity(format(Decimal(low), "f"), unit)),
            ("maximum", Quantity(format(Decimal(high), "f"), unit)))


def check_possible(value: ParsedValue | None, field: str) -> None:
    """``<0`` is a bound below every possible value."""
    if value is not None and value.comparator is Comparator.LT and value.value == 0:
        raise InputError(field, "impossible_bound", params=_as_entered(value))


def check_fio2(value: ParsedValue | None, field: str) -> None:
    if value is None:
        return
    v = value.value
    if Decimal(21) <= v <= Decimal(100):
        raise InputError(field, "fio2_percent", params=_range(value, FIO2_MIN, FIO2_MAX))
    if not FIO2_MIN <= v <= FIO2_MAX:
        raise InputError(field, "fio2_range", params=_range(value, FIO2_MIN, FIO2_MAX))


def check_gcs(value: ParsedValue | None, field: str) -> None:
    if value is None:
        return
    v = value.value
    if v != v.to_integral_value() or not GCS_MIN <= v <= GCS_MAX:
        raise InputError(field, "gcs_range", params=_range(value, GCS_MIN, GCS_MAX))


def check_temperature(value: ParsedValue | None, field: str) -> None:
    if value is None:
        return
    if not TEMPERATURE_MIN_C <= value.value <= TEMPERATURE_MAX_C:
        raise InputError(field, "temperature_range",
                         params=_range(value, TEMPERATURE_MIN_C, TEMPERATURE_MAX_C, "°C"))


def check_positive(value: ParsedValue | None, field: str) -> None:
    """PaO2 cannot be 0: the ratio would say nothing."""
    if value is not None and value.value == 0 and value.comparator in (
            Comparator.EQ, Comparator.LE):
        raise InputError(field, "zero", params=_as_entered(value))


@dataclass(frozen=True)
class UnitSuspicion:
    """A value of ``key`` entered in ``unit`` beyond ``limit`` is more likely ``other_unit``."""

    key: str
    unit: str  # the unit the value was entered in
    above: bool  # suspicious above the limit (else below)
    limit: Decimal
    other_unit: str


SUSPICIONS = (
    UnitSuspicion("pao2", "mmHg", False, Decimal(20), "kPa"),
    UnitSuspicion("pao2", "kPa", True, Decimal(90), "mmHg"),
    UnitSuspicion("bilirubin", "mg/dL", True, Decimal(50), "µmol/L"),
    UnitSuspicion("creatinine", "µmol/L", False, Decimal(10), "mg/dL"),
    UnitSuspicion("creatinine", "mg/dL", True, Decimal(30), "µmol/L"),
    UnitSuspicion("platelets", "×10³/µL", True, Decimal(2000), "/µL"),
    UnitSuspicion("dopamine", "µg/kg/min", True, Decimal(50), "µg/min"),
    UnitSuspicion("epinephrine", "µg/kg/min", True, Decimal(2), "µg/min"),
    UnitSuspicion("norepinephrine", "µg/kg/min", True, Decimal(2), "µg/min"),
    UnitSuspicion("triglycerides", "mmol/L", True, Decimal(30), "mg/dL"),
    UnitSuspicion("fibrinogen", "g/L", True, Decimal(15), "mg/dL"),
)


def unit_warnings(key: str, value: ParsedValue, unit: ScoreUnit | str
                  ) -> tuple[ScoreFinding, ...]:
    """Warnings for a value that looks like it was entered in another unit (never refused)."""
    symbol = unit if isinstance(unit, str) else unit.symbol
    v = value.value
    return tuple(
        finding("unit_suspect", criterion=Term(key), value=f"{value.display()} {symbol}",
                unit=symbol, other_unit=s.other_unit)
        for s in SUSPICIONS
        if s.key == key and s.unit == symbol and (v > s.limit if s.above else v < s.limit))


def parse_yes_no(text: str | None, field: str) -> bool | None:
    """``yes`` / ``no`` (any case); blank is "not known"; anything else is refused."""
    if text is None or not text.strip():
        return None
    answer = {"yes": True, "no": False}.get(text.strip().lower())
    if answer is None:
        raise InputError(field, "not_yes_no", params=(("text", Text(text.strip())),))
    return answer


Check = Callable[[ParsedValue | None, str], None]


def is_blank(text: str | None) -> bool:
    return text is None or text.strip() == ""


def read_number(raw: str | None, field: str, *, decimal_comma: bool, censored: bool,
                checks: Sequence[Check] = ()) -> ParsedValue | None:
    """One score input typed as text: ``None`` when blank, else the strict value grammar
    (``core.values``), then ``check_possible`` and ``checks``, each naming ``field``."""
    if is_blank(raw):
        return None
    value = parse_value(raw, field=field, decimal_comma=decimal_comma, allow_censored=censored)
    check_possible(value, field)
    for check in checks:
        check(value, field)
    return value
