"""The ImmunoSep decision: the one place where facts become a phenotype, reasons, warnings and
criteria outcomes.

``facts_of`` computes every fact of an assessment (``core.facts``); ``decide`` reads only those
facts.  Every route of the app -- the window, ``assess``, ``batch`` in every output format,
``report-batch``, stored imports -- gets its decision from ``decide``: one call per assessment
(``classify``) or one call per distinct combination of facts (a batch).  A new comparison or
warning is added here (or, for an extension, to a rule set's ``extra_comparisons`` /
``extra_warnings``) and reaches every route at once.

The rule (immunosep-reference §1.3): ferritin > 4420 ng/mL (strict) is MALS whatever HLA-DR is;
otherwise HLA-DR < 5000 AB/C (strict) is immunoparalysis and HLA-DR >= 5000 unclassified.
Anything the facts do not decide -- a missing value, a value the laboratory reported as not
determined ("n.b.", "pending": the reason names its word), a censored interval that spans a
threshold, HLA-DR not in AB/C when it is needed, age under 18 or possibly under 18, a sample
time after now -- is CANNOT_CLASSIFY with reasons, never a phenotype.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Context, Decimal
from functools import lru_cache

from desktop_app.core.facts import (
    Comparison,
    FactLayout,
    Facts,
    FactValue,
    Sign,
    WarningRule,
    compare,
)
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.outcomes import CriterionOutcome, Phenotype, Status
from desktop_app.core.rules import DEFAULT_OPTIONS, IMMUNOSEP_RULESET, AssessmentOptions, RuleSet
from desktop_app.core.units import FerritinUnit, HlaDrUnit, ng_per_ml_in_unit
from desktop_app.core.values import Comparator, ParsedValue

_WIDE = Context(prec=80)


def near_band(threshold: Decimal, band_pct: Decimal) -> tuple[Decimal, Decimal]:
    """The closed interval of values "near" ``threshold``: |value - threshold| <= band %,
    computed exactly (an explicit wide context, whatever the caller's context is)."""
    delta = _WIDE.divide(_WIDE.multiply(threshold, band_pct), Decimal(100))
    return _WIDE.subtract(threshold, delta), _WIDE.add(threshold, delta)


@lru_cache(maxsize=64)
def fact_layout(ruleset: RuleSet = IMMUNOSEP_RULESET,
                options: AssessmentOptions = DEFAULT_OPTIONS) -> FactLayout:
    """Every comparison of ``ruleset`` with ``options``, named (the facts' layout)."""
    f_low, f_high = near_band(ruleset.ferritin_threshold_ng_ml, options.ferritin_near_band_pct)
    h_low, h_high = near_band(ruleset.hla_dr_threshold_ab_c, options.hla_dr_near_band_pct)
    return FactLayout((
        Comparison("ferritin_vs_threshold", "ferritin", ruleset.ferritin_threshold_ng_ml,
                   "ferritin_threshold"),
        Comparison("ferritin_vs_near_band_low", "ferritin", f_low),
        Comparison("ferritin_vs_near_band_high", "ferritin", f_high),
        Comparison("hla_dr_vs_threshold", "hla_dr", ruleset.hla_dr_threshold_ab_c,
                   "hla_dr_threshold"),
        Comparison("hla_dr_vs_near_band_low", "hla_dr", h_low),
        Comparison("hla_dr_vs_near_band_high", "hla_dr", h_high),
        Comparison("hla_dr_vs_implausibly_low", "hla_dr", options.hla_dr_implausibly_low_ab_c),
        Comparison("age_vs_adult", "age", ruleset.min_age_years, "min_age"),
        *ruleset.extra_comparisons,
    ))


def threshold_in_unit(c: Comparison, unit: object) -> Decimal:
    """``c``'s threshold in the unit a value was entered in (exact; see
    ``units.ng_per_ml_in_unit``).  HLA-DR and age are compared in their only unit."""
    if c.analyte == "ferritin":
        assert isinstance(unit, FerritinUnit)
        return ng_per_ml_in_unit(c.threshold, unit)
    return c.threshold


def facts_of(inputs: PatientInputs, *, ruleset: RuleSet = IMMUNOSEP_RULESET,
             options: AssessmentOptions = DEFAULT_OPTIONS,
             now: datetime | None = None) -> Facts:
    """Every fact of ``inputs``: comparators, the HLA-DR unit flag, each comparison's ``Sign``
    (value as entered against the threshold in that unit), and the time facts."""
    layout = fact_layout(ruleset, options)
    f, h, age = inputs.ferritin, inputs.hla_dr, inputs.age_years
    values: dict[str, FactValue] = {}
    if f is not None:
        values.update(analyte_facts(layout, "ferritin", f.value, f.unit))
    if h is not None:
        values.update(analyte_facts(layout, "hla_dr", h.value, h.unit))
    if age is not None:
        values.update(analyte_facts(layout, "age", age, None))
    if inputs.ferritin_not_determined is not None:
        values["ferritin_not_determined"] = True
    if inputs.hla_dr_not_determined is not None:
        values["hla_dr_not_determined"] = True
    f_time = f.sampled_at if f else None
    h_time = h.sampled_at if h else None
    h_done = h.processed_at if h else None
    if now is not None:
        if now.tzinfo is None:
            raise ValueError("now must carry a time zone")
        limit = now + options.future_tolerance
        for name, when in (("ferritin_sampled_vs_now", f_time), ("hla_dr_sampled_vs_now", h_time),
                           ("hla_dr_processed_vs_now", h_done)):
            if when is not None:
                values[name] = _compare_times(when - limit, timedelta(0))
    if f_time is not None and h_time is not None:
        values["sample_gap_vs_max_interval"] = _compare_times(abs(f_time - h_time),
                                                              options.max_sample_interval)
    if h_time is not None and h_done is not None:
        delay = h_done - h_time
        values["processing_delay_vs_zero"] = _compare_times(delay, timedelta(0))
        values["processing_delay_vs_max_delay"] = _compare_times(
            delay, options.max_hla_dr_processing_delay)
    return layout.facts(values)


def analyte_facts(layout: FactLayout, analyte: str, value: ParsedValue,
                  unit: FerritinUnit | HlaDrUnit | None) -> dict[str, FactValue]:
    """The facts of one given value: its comparator, for HLA-DR whether its unit is usable,
    and the sign of every comparison of its analyte (none for HLA-DR not in AB/C)."""
    out: dict[str, FactValue] = {analyte: value.comparator}
    if isinstance(unit, HlaDrUnit):
        out["hla_dr_usable"] = unit.is_quantitative
        if not unit.is_quantitative:
            return out
    for c in layout.of(analyte):
        out[c.name] = compare(value.value, threshold_in_unit(c, unit))
    return out


def _compare_times(a: timedelta, b: timedelta) -> Sign:
    return Sign.ABOVE if a > b else Sign.BELOW if a < b else Sign.EQUAL


# -- interval semantics of a censored value ---------------------------------------------------
# A censored value is an interval: ">3000" is (3000, inf), "<=15" is [0, 15].  With s the sign
# of (reported number - threshold), and 0 < threshold, each comparison is decided only when
# the whole interval lies on one side; otherwise None ("undecided").

def is_greater(comp: Comparator, s: Sign) -> bool | None:
    """Is the true value > threshold?"""
    if comp is Comparator.EQ:
        return s is Sign.ABOVE
    if comp is Comparator.GT:
        return True if s is not Sign.BELOW else None
    if comp is Comparator.GE:
        return True if s is Sign.ABOVE else None
    if comp is Comparator.LT:
        return False if s is not Sign.ABOVE else None
    return False if s is not Sign.ABOVE else None  # LE: [0, v] with v <= threshold


def is_less(comp: Comparator, s: Sign) -> bool | None:
    """Is the true value < threshold?"""
    if comp is Comparator.EQ:
        return s is Sign.BELOW
    if comp in (Comparator.GT, Comparator.GE):
        return False if s is not Sign.BELOW else None
    if comp is Comparator.LT:
        return True if s is not Sign.ABOVE else None
    return True if s is Sign.BELOW else None  # LE


def _within(facts: Facts, low: str, high: str) -> bool:
    lo, hi = facts.sign(low), facts.sign(high)
    return lo is not None and hi is not None and lo >= Sign.EQUAL and hi <= Sign.EQUAL


def _mals(facts: Facts) -> bool | None:
    comp = facts.comparator("ferritin")
    s = facts.sign("ferritin_vs_threshold")
    return None if comp is None or s is None else is_greater(comp, s)


def _hla_dr_low(facts: Facts) -> bool | None:
    comp = facts.comparator("hla_dr")
    s = facts.sign("hla_dr_vs_threshold")
    return None if comp is None or s is None else is_less(comp, s)


def _exact(facts: Facts, analyte: str) -> bool:
    return facts.comparator(analyte) is Comparator.EQ


WARNINGS: tuple[WarningRule, ...] = (
    WarningRule("ferritin_near_threshold", lambda f: _exact(f, "ferritin") and _within(
        f, "ferritin_vs_near_band_low", "ferritin_vs_near_band_high")),
    # Only when HLA-DR decides: under MALS its band says nothing about the result.
    WarningRule("hla_dr_near_threshold", lambda f: _mals(f) is not True and _exact(
        f, "hla_dr") and _within(f, "hla_dr_vs_near_band_low", "hla_dr_vs_near_band_high")),
    # A lower bound (or exact value) below the limit: "<50" is not suspicious, ">50" is.
    WarningRule("hla_dr_implausibly_low", lambda f: f.comparator("hla_dr") in (
        Comparator.EQ, Comparator.GT, Comparator.GE)
        and f.sign("hla_dr_vs_implausibly_low") is Sign.BELOW),
    WarningRule("hla_dr_unit_not_used", lambda f: _mals(f) is True
                and f["hla_dr_usable"] is False),
    WarningRule("samples_far_apart",
                lambda f: f.sign("sample_gap_vs_max_interval") is Sign.ABOVE),
    WarningRule("hla_dr_processed_before_sampled",
                lambda f: f.sign("processing_delay_vs_zero") is Sign.BELOW),
    WarningRule("hla_dr_processing_delay",
                lambda f: f.sign("processing_delay_vs_zero") is not Sign.BELOW
                and f.sign("processing_delay_vs_max_delay") is Sign.ABOVE),
    WarningRule("age_not_given", lambda f: f.comparator("age") is None),
)

# Reasons that still hold when something else blocks the classification (age, future time).
_UNDECIDED_DATA = ("ferritin_missing", "ferritin_not_determined", "ferritin_indeterminate",
                   "hla_dr_missing", "hla_dr_not_determined", "hla_dr_not_ab_per_cell",
                   "hla_dr_indeterminate")
_FUTURE = (("ferritin_sampled_vs_now", "ferritin_sample"),
           ("hla_dr_sampled_vs_now", "hla_dr_sample"),
           ("hla_dr_processed_vs_now", "hla_dr_processing"))

FindingKey = tuple[str, str]  # (code, variant)


@dataclass(frozen=True)
class CriterionDecision:
    """One criterion row: ``key``, its outcome, why (``note``: met, not_met, undecided,
    not_given, not_available, not_determined, unit_not_usable) and whether it was needed
    for the result."""

    key: str  # "ferritin_above_mals_threshold" | "hla_dr_below_threshold" | "age_adult"
    outcome: CriterionOutcome
    note: str
    needed: bool = True


@dataclass(frozen=True)
class Decision:
    """Everything decided for one combination of facts."""

    status: Status
    phenotype: Phenotype | None
    reasons: tuple[FindingKey, ...]
    warnings: tuple[FindingKey, ...]
    criteria: tuple[CriterionDecision, ...]

    @property
    def reason_codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.reasons)

    @property
    def warning_codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.warnings)


def decide(facts: Facts, ruleset: RuleSet = IMMUNOSEP_RULESET) -> Decision:
    """The decision table: phenotype, reasons, warnings and criteria from ``facts`` alone."""
    mals, hla_low = _mals(facts), _hla_dr_low(facts)
    f_comp, h_comp = facts.comparator("ferritin"), facts.comparator("hla_dr")
    usable = facts["hla_dr_usable"] is True
    blocking: list[FindingKey] = []
    age_comp, age_sign = facts.comparator("age"), facts.sign("age_vs_adult")
    under = None if age_comp is None or age_sign is None else is_less(age_comp, age_sign)
    if age_comp is not None:
        if under is True:
            blocking.append(("age_under_18", ""))
        elif under is None:
            blocking.append(("age_indeterminate", ""))
    blocking += [("sample_time_in_future", variant) for name, variant in _FUTURE
                 if facts.sign(name) is Sign.ABOVE]

    phenotype: Phenotype | None = None
    reasons: list[FindingKey] = []
    if f_comp is None:
        reasons.append(("ferritin_not_determined", "") if facts["ferritin_not_determined"]
                       else ("ferritin_missing", ""))
    elif mals is None:
        reasons.append(("ferritin_indeterminate", ""))
    elif mals:
        phenotype = Phenotype.MALS
        reasons.append(("ferritin_above_threshold", ""))
        if hla_low is True:
            reasons.append(("both_criteria_met", ""))
    elif h_comp is None:
        reasons.append(("hla_dr_not_determined", "") if facts["hla_dr_not_determined"]
                       else ("hla_dr_missing", ""))
    elif not usable:
        reasons.append(("hla_dr_not_ab_per_cell", ""))
    elif hla_low is None:
        reasons.append(("hla_dr_indeterminate", ""))
    else:
        reasons.append(("ferritin_at_or_below_threshold", ""))
        if hla_low:
            phenotype = Phenotype.IMMUNOPARALYSIS
            reasons.append(("hla_dr_below_threshold", ""))
        else:
            phenotype = Phenotype.UNCLASSIFIED
            reasons.append(("hla_dr_at_or_above_threshold", ""))
    if blocking:
        phenotype = None
        reasons = [r for r in reasons if r[0] in _UNDECIDED_DATA] + blocking
    if phenotype is None and not reasons:  # defensive: a refusal always says why
        reasons.append(("internal_error", ""))
    warnings = tuple((w.code, w.variant) for w in WARNINGS + ruleset.extra_warnings
                     if w.applies(facts))
    status = Status.CLASSIFIED if phenotype is not None else Status.CANNOT_CLASSIFY
    criteria = (
        _criterion("ferritin_above_mals_threshold", f_comp is not None, True, mals, True,
                   absent=_absent(facts, "ferritin")),
        _criterion("hla_dr_below_threshold", h_comp is not None, usable, hla_low,
                   mals is not True, absent=_absent(facts, "hla_dr")),
        _criterion("age_adult", age_comp is not None, True,
                   None if under is None else not under, True, absent="not_given"),
    )
    return Decision(status, phenotype, tuple(reasons), warnings, criteria)


def _absent(facts: Facts, analyte: str) -> str:
    """Why a lab criterion has no value: reported as not determined, or not available."""
    return "not_determined" if facts[f"{analyte}_not_determined"] else "not_available"


def _criterion(key: str, given: bool, usable: bool, met: bool | None, needed: bool, *,
               absent: str = "not_available") -> CriterionDecision:
    if not given:
        return CriterionDecision(key, CriterionOutcome.NOT_EVALUATED, absent, needed)
    if not usable:
        return CriterionDecision(key, CriterionOutcome.NOT_EVALUATED, "unit_not_usable", needed)
    if met is None:
        return CriterionDecision(key, CriterionOutcome.NOT_EVALUATED, "undecided", needed)
    outcome = CriterionOutcome.MET if met else CriterionOutcome.NOT_MET
    return CriterionDecision(key, outcome, outcome.value, needed)
