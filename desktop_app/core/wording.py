"""What an assessment's outputs show: its inputs as texts, and the parameters of its findings.

``texts_of`` turns the inputs of one assessment into ``InputTexts`` (values exactly as
classified; converted ferritin rounded only where that cannot cross a threshold);
``input_params`` makes the typed finding parameters from those texts, ``constant_params``
gives the rule set's thresholds and the options' limits, and ``finding`` picks, for one decided
finding, exactly the parameters its template names.  A batch holds the same texts in columns,
so a sentence, a results cell or a JSON value is the same on every route.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from decimal import Context, Decimal
from functools import lru_cache

from desktop_app.core.decision import FindingKey, fact_layout
from desktop_app.core.display import shown_number
from desktop_app.core.facts import RULE_UNITS
from desktop_app.core.findings import Finding, Hours, Instant, Param, Quantity, Text, placeholders
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.rules import DEFAULT_OPTIONS, IMMUNOSEP_RULESET, AssessmentOptions, RuleSet
from desktop_app.core.units import FerritinUnit, HlaDrUnit, ferritin_to_ng_per_ml
from desktop_app.core.values import Comparator

_WIDE = Context(prec=80)
_MICROSECONDS_PER_HOUR = Decimal(3_600_000_000)


@dataclass(frozen=True)
class InputTexts:
    """The inputs of one assessment as every output shows them: exact texts (values as
    classified, never rounded but for the threshold-safe ``f_shown``), and the few categories
    that decide how they are worded (units, comparators, whether a number is rounded).

    ``""`` is "not given".  ``f_value`` / ``h_value`` / ``a_value`` are ``format(Decimal, "f")``
    of the number, ``f_ng_ml`` ferritin in ng/mL exactly, ``f_shown`` ferritin in ng/mL as the
    sentences show it (``f_approximate``: rounded, never onto or across the threshold), times
    ISO 8601 with their offset, ``gap`` and ``delay`` hours.  ``f_not_determined`` /
    ``h_not_determined`` hold the laboratory's word for a result reported without a value
    (then ``f_sampled`` / ``h_sampled`` is that result's sample time, and the unit is None).
    """

    f_unit: FerritinUnit | None = None
    f_comparator: Comparator = Comparator.EQ
    f_entered: str = ""
    f_value: str = ""
    f_ng_ml: str = ""
    f_shown: str = ""
    f_approximate: bool = False
    f_sampled: str = ""
    h_unit: HlaDrUnit | None = None
    h_comparator: Comparator = Comparator.EQ
    h_entered: str = ""
    h_value: str = ""
    h_sampled: str = ""
    h_processed: str = ""
    a_comparator: Comparator | None = None
    a_entered: str = ""
    a_value: str = ""
    gap: str = ""
    gap_approximate: bool = False
    delay: str = ""
    delay_approximate: bool = False
    f_not_determined: str = ""
    h_not_determined: str = ""


TEXT_FIELDS = tuple(f.name for f in fields(InputTexts) if f.type == "str")


def ferritin_numbers(value: Decimal, unit: FerritinUnit,
                     ruleset: RuleSet = IMMUNOSEP_RULESET) -> tuple[str, str, bool]:
    """(exact ng/mL, ng/mL as the sentences show it, whether that is rounded) of a ferritin
    number in ``unit``."""
    ng_per_ml = ferritin_to_ng_per_ml(value, unit)[0]
    if unit in (FerritinUnit.NG_PER_ML, FerritinUnit.UG_PER_L):
        text = format(value, "f")
        return text, text, False
    shown, approximate = shown_number(ng_per_ml, ruleset.ferritin_threshold_ng_ml)
    return format(ng_per_ml, "f"), shown, approximate


def hours(delta: timedelta, threshold: timedelta | None = None) -> tuple[str, bool]:
    """A duration in hours as (digits, rounded): exact when short, else rounded without
    crossing ``threshold``."""
    value = _WIDE.divide(Decimal(delta // timedelta(microseconds=1)), _MICROSECONDS_PER_HOUR)
    limit = None if threshold is None else _WIDE.divide(
        Decimal(threshold // timedelta(microseconds=1)), _MICROSECONDS_PER_HOUR)
    return shown_number(value.normalize(_WIDE), limit, places=1)


def texts_of(inputs: PatientInputs, ruleset: RuleSet = IMMUNOSEP_RULESET,
             options: AssessmentOptions = DEFAULT_OPTIONS) -> InputTexts:
    f, h, age = inputs.ferritin, inputs.hla_dr, inputs.age_years
    out: dict[str, object] = {}
    if f is not None:
        ng_ml, shown, approximate = ferritin_numbers(f.value.value, f.unit, ruleset)
        out.update(f_unit=f.unit, f_comparator=f.value.comparator,
                   f_entered=f.value.text.strip(), f_value=format(f.value.value, "f"),
                   f_ng_ml=ng_ml, f_shown=shown, f_approximate=approximate,
                   f_sampled=_iso(f.sampled_at))
    if h is not None:
        out.update(h_unit=h.unit, h_comparator=h.value.comparator,
                   h_entered=h.value.text.strip(), h_value=format(h.value.value, "f"),
                   h_sampled=_iso(h.sampled_at), h_processed=_iso(h.processed_at))
        if h.sampled_at is not None and h.processed_at is not None:
            out["delay"], out["delay_approximate"] = hours(
                h.processed_at - h.sampled_at, options.max_hla_dr_processing_delay)
    if age is not None:
        out.update(a_comparator=age.comparator, a_entered=age.text.strip(),
                   a_value=format(age.value, "f"))
    fn, hn = inputs.ferritin_not_determined, inputs.hla_dr_not_determined
    if fn is not None:
        out.update(f_not_determined=fn.text.strip(), f_sampled=_iso(fn.sampled_at))
    if hn is not None:
        out.update(h_not_determined=hn.text.strip(), h_sampled=_iso(hn.sampled_at))
    if f is not None and h is not None and f.sampled_at and h.sampled_at:
        out["gap"], out["gap_approximate"] = hours(abs(f.sampled_at - h.sampled_at),
                                                   options.max_sample_interval)
    return InputTexts(**out)  # type: ignore[arg-type]


def _iso(when: datetime | None) -> str:
    return when.isoformat() if when is not None else ""


def input_params(t: InputTexts) -> dict[str, Param]:
    """The per-assessment parameters of findings by name (absent inputs have none)."""
    out: dict[str, Param] = {}
    if t.f_unit is not None:
        comp = t.f_comparator.value
        if t.f_unit in (FerritinUnit.NG_PER_ML, FerritinUnit.UG_PER_L):
            out["ferritin"] = Quantity(t.f_value, "ng/mL", comp)
        else:  # as entered, with the value in ng/mL beside it
            out["ferritin"] = Quantity(t.f_value, t.f_unit.value, comp, converted=Quantity(
                t.f_shown, "ng/mL", comp, t.f_approximate))
        out["ferritin_entered"] = Quantity(t.f_value, t.f_unit.value, comp)
        if t.f_sampled:
            out["ferritin_sampled"] = Instant(t.f_sampled)
    if t.h_unit is not None:
        out["hla_dr"] = Quantity(t.h_value, "AB/C", t.h_comparator.value)
        out["hla_dr_unit"] = Text(t.h_unit.value)
        if t.h_sampled:
            out["hla_dr_sampled"] = Instant(t.h_sampled)
        if t.h_processed:
            out["hla_dr_processed"] = Instant(t.h_processed)
    if t.f_not_determined:
        out["ferritin_not_determined"] = Text(t.f_not_determined)
    if t.h_not_determined:
        out["hla_dr_not_determined"] = Text(t.h_not_determined)
    if t.delay:
        out["processing_delay"] = Hours(t.delay, t.delay_approximate)
    if t.a_comparator is not None:
        out["age"] = Quantity(t.a_value, "", t.a_comparator.value)
    if t.gap:
        out["sample_gap"] = Hours(t.gap, t.gap_approximate)
    return out


@lru_cache(maxsize=64)
def _constants(ruleset: RuleSet, options: AssessmentOptions) -> tuple[tuple[str, Param], ...]:
    out: dict[str, Param] = {
        "ferritin_band": Quantity(format(options.ferritin_near_band_pct, "f"), "%"),
        "hla_dr_band": Quantity(format(options.hla_dr_near_band_pct, "f"), "%"),
        "max_interval": Hours(*hours(options.max_sample_interval)),
        "max_delay": Hours(*hours(options.max_hla_dr_processing_delay)),
    }
    for c in fact_layout(ruleset, options).comparisons:
        if c.param:
            unit = "" if c.analyte == "age" else RULE_UNITS[c.analyte]
            out[c.param] = Quantity(format(c.threshold, "f"), unit)
    return tuple(out.items())


def constant_params(ruleset: RuleSet = IMMUNOSEP_RULESET,
                    options: AssessmentOptions = DEFAULT_OPTIONS) -> dict[str, Param]:
    """Thresholds (each comparison's ``param``), bands and time limits by name."""
    return dict(_constants(ruleset, options))


@lru_cache(maxsize=256)
def _names(template_id: str) -> tuple[str, ...]:
    return placeholders(template_id)


def finding(key: FindingKey, values: Mapping[str, Param]) -> Finding:
    """The ``Finding`` of a decided ``(code, variant)`` with the parameters its template
    names, taken from ``values`` (``input_params`` and ``constant_params``)."""
    code, variant = key
    template_id = f"{code}.{variant}" if variant else code
    return Finding(code, tuple((n, values[n]) for n in _names(template_id)), variant)
