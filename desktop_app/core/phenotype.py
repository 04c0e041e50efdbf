"""The ImmunoSep classification: a pure function from inputs to an explained result.

The GUI, the command line, batch import and the PDF report all render the ``Assessment`` built
here; none of them re-derives a phenotype, a criterion or a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Context, Decimal
from enum import Enum

from desktop_app.core.display import show_converted
from desktop_app.core.inputs import Ferritin, HlaDr, PatientInputs
from desktop_app.core.intervals import is_greater, is_less
from desktop_app.core.rules import DEFAULT_OPTIONS, IMMUNOSEP_RULESET, AssessmentOptions, RuleSet
from desktop_app.core.units import FerritinUnit
from desktop_app.core.values import Comparator


class Status(Enum):
    CLASSIFIED = "classified"
    CANNOT_CLASSIFY = "cannot_classify"


class Phenotype(Enum):
    MALS = "mals"
    IMMUNOPARALYSIS = "immunoparalysis"
    UNCLASSIFIED = "unclassified"

    @property
    def label(self) -> str:
        return {
            "mals": "MALS (macrophage activation-like syndrome)",
            "immunoparalysis": "Immunoparalysis (sepsis-induced)",
            "unclassified": "Unclassified (neither ImmunoSep phenotype)",
        }[self.value]


class TreatmentArm(Enum):
    ANAKINRA = "anakinra"
    INTERFERON_GAMMA = "interferon_gamma"

    @property
    def label(self) -> str:
        return {"anakinra": "anakinra", "interferon_gamma": "recombinant interferon-γ"}[self.value]


TRIAL_ARM = {Phenotype.MALS: TreatmentArm.ANAKINRA,
             Phenotype.IMMUNOPARALYSIS: TreatmentArm.INTERFERON_GAMMA}

# Every reason and warning sentence, keyed by its code: the one place these texts live.
# ``classify`` fills them in; the batch import's fast lane (lab_import/fast) splits the same
# templates around their per-row fields, so the two can never word a finding differently.
# Constant fields come from ``message_constants``; per-row fields: ``ferritin`` (ferritin as
# shown, e.g. "249.4 ng/mL" or "9932 pmol/L (≈4420.12 ng/mL)"), ``ferritin_entered``,
# ``hla_dr`` (e.g. "3669.0 AB/C"), ``hla_dr_unit``, ``age``, ``name``, ``when``, ``gap``,
# ``delay``.
MESSAGES: dict[str, str] = {
    # reasons
    "ferritin_missing": "Ferritin is needed: every ImmunoSep phenotype starts from ferritin "
                        "(> {f_thr} is MALS).",
    "ferritin_indeterminate": "Ferritin {ferritin_entered} could be above or below {f_thr}; an "
                              "exact value, or a bound that lies wholly on one side of {f_thr}, "
                              "is needed.",
    "ferritin_above_threshold": "Ferritin {ferritin} is > {f_thr}: MALS criterion met.",
    "both_criteria_met": "HLA-DR < {h_thr} too: both criteria are met and MALS takes "
                         "precedence, as in the trial.",
    "hla_dr_missing": "HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because "
                      "ferritin {ferritin} is ≤ {f_thr}.",
    "hla_dr_not_ab_per_cell": "HLA-DR was given as {hla_dr_unit}, which cannot be converted to "
                              "antibodies bound per cell; HLA-DR in AB/C is needed because "
                              "ferritin {ferritin} is ≤ {f_thr}.",
    "hla_dr_indeterminate": "HLA-DR {hla_dr} could be above or below {h_thr}; an exact value "
                            "is needed because ferritin {ferritin} is ≤ {f_thr}.",
    "ferritin_at_or_below_threshold": "Ferritin {ferritin} is ≤ {f_thr}: MALS criterion not "
                                      "met.",
    "hla_dr_below_threshold": "HLA-DR {hla_dr} is < {h_thr}: immunoparalysis criteria met.",
    "hla_dr_at_or_above_threshold": "HLA-DR {hla_dr} is ≥ {h_thr}: neither phenotype; the "
                                    "ImmunoSep evidence does not apply.",
    "age_under_18": "Age {age} years is under {min_age}: ImmunoSep enrolled adults only, and "
                    "HLA-DR differs in children.",
    "age_indeterminate": "Age {age} years could be under {min_age}; the exact age is needed.",
    "sample_time_in_future": "The {name} time {when} is in the future; check the date and "
                             "time.",
    "internal_error": "The rule could not be applied to these inputs.",
    # warnings
    "ferritin_near_threshold": "Ferritin {ferritin} is within {f_band} % of {f_threshold} "
                               "ng/mL; ferritin assays differ between methods, so a repeat test "
                               "may be wise.",
    "hla_dr_near_threshold": "HLA-DR {hla_dr} is within {h_band} % of {h_thr}; the "
                             "inter-laboratory CV is 15-25 %, so a repeat test may be wise.",
    "hla_dr_implausibly_low": "HLA-DR {hla_dr} is unusually low for antibodies bound per cell; "
                              "check that it is not % positive monocytes or MFI.",
    "hla_dr_unit_not_used": "HLA-DR given as {hla_dr_unit} was not used: it cannot be converted "
                            "to AB/C (not needed for MALS).",
    "samples_far_apart": "Ferritin and HLA-DR were sampled {gap} apart (more than "
                         "{max_interval}); they may reflect different immune states.",
    "hla_dr_processed_before_sampled": "The HLA-DR processing time is before its sample time; "
                                       "check both times.",
    "hla_dr_processing_delay": "HLA-DR was processed {delay} after sampling (more than "
                               "{max_delay}); values may be unreliable (QuantiBRITE: EDTA, on "
                               "ice, stain within 4 h).",
    "age_not_given": "Age not given: ImmunoSep enrolled adults (≥ {min_age} years) only.",
}

# HLA-DR below this many AB/C is more likely % positive or MFI typed into the AB/C field.
HLA_DR_IMPLAUSIBLY_LOW = Decimal(100)


def message_constants(ruleset: RuleSet = IMMUNOSEP_RULESET,
                      options: AssessmentOptions = DEFAULT_OPTIONS) -> dict[str, str]:
    """The fields of ``MESSAGES`` that are the same for every patient."""
    return {
        "f_thr": f"{ruleset.ferritin_threshold_ng_ml} ng/mL",
        "h_thr": f"{ruleset.hla_dr_threshold_ab_c} AB/C",
        "f_threshold": f"{ruleset.ferritin_threshold_ng_ml}",
        "f_band": f"{options.ferritin_near_band_pct}",
        "h_band": f"{options.hla_dr_near_band_pct}",
        "min_age": f"{ruleset.min_age_years}",
        "max_interval": _hours(options.max_sample_interval),
        "max_delay": _hours(options.max_hla_dr_processing_delay),
    }


def finding(code: str, words: dict[str, str], **fields: str) -> Finding:
    """The ``Finding`` for ``code``: its ``MESSAGES`` template filled with ``words`` (the
    constants) and the per-patient ``fields``."""
    return Finding(code, MESSAGES[code].format(**words, **fields))


def near_band(threshold: Decimal, band_pct: Decimal) -> tuple[Decimal, Decimal]:
    """The closed interval of values "near" ``threshold``: |value - threshold| <= band %.

    Computed in an explicit exact context, so neither the result nor a warning depends on the
    caller's decimal context.
    """
    delta = _WIDE.divide(_WIDE.multiply(threshold, band_pct), Decimal(100))
    return _WIDE.subtract(threshold, delta), _WIDE.add(threshold, delta)


_WIDE = Context(prec=80)


@dataclass(frozen=True)
class Finding:
    """A machine-readable code with the sentence a clinician reads."""

    code: str
    message: str


@dataclass(frozen=True)
class Criterion:
    """One row of the criteria table."""

    key: str  # "ferritin_above_mals_threshold" | "hla_dr_below_threshold" | "age_adult"
    label: str  # e.g. "Ferritin > 4420 ng/mL (MALS)"
    analyte: str
    entered: str | None  # value and unit exactly as entered, None when not available
    converted: str | None  # value in the rule's unit (ng/mL, AB/C, years), None if not usable
    comparator: str  # "", ">", "≥", "<", "≤" of a censored value
    threshold: str  # e.g. "> 4420 ng/mL"
    met: bool | None  # None: not available, not evaluable or undecided
    note: str  # why met is what it is, in words


@dataclass(frozen=True)
class Assessment:
    status: Status
    phenotype: Phenotype | None
    reasons: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    criteria: tuple[Criterion, ...]
    inputs: PatientInputs
    ruleset: RuleSet = field(repr=False)

    @property
    def treatment_arm(self) -> TreatmentArm | None:
        return TRIAL_ARM.get(self.phenotype) if self.phenotype else None

    @property
    def headline(self) -> str:
        if self.phenotype is None:
            return "Cannot classify"
        return self.phenotype.label

    def reason_codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.reasons)

    def warning_codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.warnings)


def classify(inputs: PatientInputs, *, ruleset: RuleSet = IMMUNOSEP_RULESET,
             options: AssessmentOptions = DEFAULT_OPTIONS,
             now: datetime | None = None) -> Assessment:
    """Apply the ImmunoSep rule to ``inputs``.

    Ferritin > threshold (ng/mL, strict) is MALS whatever HLA-DR is; otherwise HLA-DR < threshold
    (AB/C, strict) is immunoparalysis and HLA-DR >= threshold is unclassified.  Anything the data
    do not decide (missing, a censored interval spanning a threshold, HLA-DR not in AB/C when it
    is needed, age < 18, a sample time in the future of ``now``) gives ``CANNOT_CLASSIFY`` with
    reasons, never a phenotype.
    """
    rc = _RuleContext(inputs, ruleset, options)
    blocking: list[Finding] = []
    blocking += rc.check_age()
    blocking += rc.check_times(now)
    mals = rc.ferritin_criterion()
    hla_low = rc.hla_dr_criterion(needed=mals is not True)
    warnings = rc.warnings(mals)

    phenotype: Phenotype | None = None
    reasons: list[Finding] = []
    say = rc.say
    if inputs.ferritin is None:
        reasons.append(say("ferritin_missing"))
    elif mals is None:
        reasons.append(say("ferritin_indeterminate", ferritin_entered=rc.ferritin_entered))
    elif mals:
        phenotype = Phenotype.MALS
        reasons.append(say("ferritin_above_threshold", ferritin=rc.ferritin_shown))
        if hla_low is True:
            reasons.append(say("both_criteria_met"))
    else:
        reasons += rc.hla_dr_decision_reasons(hla_low)
        if hla_low is True:
            phenotype = Phenotype.IMMUNOPARALYSIS
        elif hla_low is False:
            phenotype = Phenotype.UNCLASSIFIED
    if blocking:
        phenotype = None
        reasons = [r for r in reasons if r.code in _CANNOT_CODES] + blocking
    if phenotype is None and not reasons:  # defensive: a refusal always says why
        reasons.append(say("internal_error"))
    status = Status.CLASSIFIED if phenotype is not None else Status.CANNOT_CLASSIFY
    criteria = tuple(sorted(rc.criteria, key=lambda c: _ROW_ORDER[c.key]))
    return Assessment(status, phenotype, tuple(reasons), tuple(warnings), criteria, inputs,
                      ruleset)


_ROW_ORDER = {"ferritin_above_mals_threshold": 0, "hla_dr_below_threshold": 1, "age_adult": 2}


_CANNOT_CODES = {"ferritin_missing", "ferritin_indeterminate", "hla_dr_missing",
                 "hla_dr_not_ab_per_cell", "hla_dr_indeterminate"}


class _RuleContext:
    """Evaluates each criterion once and remembers the table rows."""

    def __init__(self, inputs: PatientInputs, ruleset: RuleSet, options: AssessmentOptions):
        self.inputs, self.ruleset, self.options = inputs, ruleset, options
        self.words = _constants(ruleset, options)
        self.criteria: list[Criterion] = []
        f = inputs.ferritin
        self.ferritin_entered = (f"{f.value.display()} {f.unit.value}" if f else "not given")
        self.ferritin_shown = ferritin_shown(f, ruleset) if f is not None else ""

    # -- criteria ---------------------------------------------------------------------------
    def ferritin_criterion(self) -> bool | None:
        f, thr = self.inputs.ferritin, self.ruleset.ferritin_threshold_ng_ml
        label = f"Ferritin > {thr} ng/mL (MALS)"
        if f is None:
            self._row("ferritin_above_mals_threshold", label, "ferritin", None, None, "",
                      f"> {thr} ng/mL", None, "not available")
            return None
        met = is_greater(f.value.comparator, f.ng_per_ml, thr)
        note = {True: "met", False: "not met",
                None: f"undecided: {self.ferritin_entered} spans {thr} ng/mL"}[met]
        conv = f"{_ferritin_number(f, self.ruleset)} ng/mL"
        if f.unit is not FerritinUnit.NG_PER_ML:
            number = show_converted(f.ng_per_ml, thr)
            note += f"; converted: {f.conversion.describe(f.value.display(), number)}"
        self._row("ferritin_above_mals_threshold", label, "ferritin",
                  f"{f.value.text.strip()} {f.unit.value}", conv, f.value.comparator.symbol,
                  f"> {thr} ng/mL", met, note)
        return met

    def hla_dr_criterion(self, *, needed: bool) -> bool | None:
        h, thr = self.inputs.hla_dr, self.ruleset.hla_dr_threshold_ab_c
        label = f"HLA-DR < {thr} AB/C (immunoparalysis)"
        suffix = "" if needed else " (not needed: MALS is decided by ferritin)"
        if h is None:
            self._row("hla_dr_below_threshold", label, "hla_dr", None, None, "",
                      f"< {thr} AB/C", None, "not available" + suffix)
            return None
        entered = f"{h.value.text.strip()} {h.unit.value}"
        if not h.unit.is_quantitative:
            self._row("hla_dr_below_threshold", label, "hla_dr", entered, None,
                      h.value.comparator.symbol, f"< {thr} AB/C", None,
                      f"not evaluable: {h.unit.value} cannot be converted to antibodies bound "
                      f"per cell{suffix}")
            return None
        met = is_less(h.value.comparator, h.value.value, thr)
        note = {True: "met", False: "not met",
                None: f"undecided: {h.value.display()} AB/C spans {thr} AB/C"}[met]
        self._row("hla_dr_below_threshold", label, "hla_dr", entered,
                  f"{h.value.display()} AB/C", h.value.comparator.symbol, f"< {thr} AB/C", met,
                  note + suffix)
        return met

    def say(self, code: str, **fields: str) -> Finding:
        return finding(code, self.words, **fields)

    def hla_dr_decision_reasons(self, hla_low: bool | None) -> list[Finding]:
        h, ferritin = self.inputs.hla_dr, self.ferritin_shown
        if h is None:
            return [self.say("hla_dr_missing", ferritin=ferritin)]
        if not h.unit.is_quantitative:
            return [self.say("hla_dr_not_ab_per_cell", hla_dr_unit=h.unit.value,
                             ferritin=ferritin)]
        shown = hla_dr_shown(h)
        if hla_low is None:
            return [self.say("hla_dr_indeterminate", hla_dr=shown, ferritin=ferritin)]
        ferritin_ok = self.say("ferritin_at_or_below_threshold", ferritin=ferritin)
        if hla_low:
            return [ferritin_ok, self.say("hla_dr_below_threshold", hla_dr=shown)]
        return [ferritin_ok, self.say("hla_dr_at_or_above_threshold", hla_dr=shown)]

    def check_age(self) -> list[Finding]:
        age, minimum = self.inputs.age_years, self.ruleset.min_age_years
        label = f"Age ≥ {minimum} years (trial population)"
        if age is None:
            self._row("age_adult", label, "age", None, None, "", f"≥ {minimum} years", None,
                      "not given")
            return []
        under = is_less(age.comparator, age.value, minimum)
        adult = None if under is None else not under
        self._row("age_adult", label, "age", f"{age.text.strip()} years",
                  f"{age.display()} years", age.comparator.symbol, f"≥ {minimum} years", adult,
                  {True: "met", False: "not met", None: "undecided"}[adult])
        if under:
            return [self.say("age_under_18", age=age.display())]
        if under is None:
            return [self.say("age_indeterminate", age=age.display())]
        return []

    def check_times(self, now: datetime | None) -> list[Finding]:
        if now is None:
            return []
        if now.tzinfo is None:
            raise ValueError("now must carry a time zone")
        limit = now + self.options.future_tolerance
        out = []
        for name, when in self._times():
            if when is not None and when > limit:
                out.append(self.say("sample_time_in_future", name=name, when=when.isoformat()))
        return out

    # -- warnings ---------------------------------------------------------------------------
    def warnings(self, mals: bool | None) -> list[Finding]:
        i, o, rs = self.inputs, self.options, self.ruleset
        out: list[Finding] = []
        f, h = i.ferritin, i.hla_dr
        if f is not None and f.value.comparator is Comparator.EQ and _near(
                f.ng_per_ml, rs.ferritin_threshold_ng_ml, o.ferritin_near_band_pct):
            out.append(self.say("ferritin_near_threshold", ferritin=self.ferritin_shown))
        hla_used = h is not None and h.unit.is_quantitative and mals is not True
        if hla_used and h is not None and h.value.comparator is Comparator.EQ and _near(
                h.value.value, rs.hla_dr_threshold_ab_c, o.hla_dr_near_band_pct):
            out.append(self.say("hla_dr_near_threshold", hla_dr=hla_dr_shown(h)))
        if h is not None and h.unit.is_quantitative and \
                h.value.value < HLA_DR_IMPLAUSIBLY_LOW and (
                h.value.comparator in (Comparator.EQ, Comparator.GT, Comparator.GE)):
            out.append(self.say("hla_dr_implausibly_low", hla_dr=hla_dr_shown(h)))
        if mals is True and h is not None and not h.unit.is_quantitative:
            out.append(self.say("hla_dr_unit_not_used", hla_dr_unit=h.unit.value))
        if f and h and f.sampled_at and h.sampled_at:
            gap = abs(f.sampled_at - h.sampled_at)
            if gap > o.max_sample_interval:
                out.append(self.say("samples_far_apart", gap=_hours(gap)))
        if h and h.sampled_at and h.processed_at:
            delay = h.processed_at - h.sampled_at
            if delay.total_seconds() < 0:
                out.append(self.say("hla_dr_processed_before_sampled"))
            elif delay > o.max_hla_dr_processing_delay:
                out.append(self.say("hla_dr_processing_delay", delay=_hours(delay)))
        if i.age_years is None:
            out.append(self.say("age_not_given"))
        return out

    # -- helpers ----------------------------------------------------------------------------
    def _times(self) -> list[tuple[str, datetime | None]]:
        f, h = self.inputs.ferritin, self.inputs.hla_dr
        return [("ferritin sample", f.sampled_at if f else None),
                ("HLA-DR sample", h.sampled_at if h else None),
                ("HLA-DR processing", h.processed_at if h else None)]

    def _row(self, *args: object) -> None:
        self.criteria.append(Criterion(*args))  # type: ignore[arg-type]


def ferritin_shown(f: Ferritin, ruleset: RuleSet = IMMUNOSEP_RULESET) -> str:
    """Ferritin as the sentences show it (the ``ferritin`` field of ``MESSAGES``): in ng/mL,
    with the value as entered first when it was converted."""
    shown = f"{_ferritin_number(f, ruleset)} ng/mL"
    return f"{f.value.display()} {f.unit.value} ({shown})" if f.converts else shown


def hla_dr_shown(h: HlaDr) -> str:
    """HLA-DR as the sentences show it (the ``hla_dr`` field of ``MESSAGES``)."""
    return f"{h.value.display()} AB/C"


def _ferritin_number(f: Ferritin, ruleset: RuleSet) -> str:
    """Comparator and value in ng/mL: exact when no conversion, else threshold-safe rounding."""
    number = (show_converted(f.ng_per_ml, ruleset.ferritin_threshold_ng_ml) if f.converts
              else format(f.value.value, "f"))
    return f"{f.value.comparator.symbol}{number}"


def _near(value: Decimal, threshold: Decimal, band_pct: Decimal) -> bool:
    low, high = near_band(threshold, band_pct)
    return low <= value <= high


_CONSTANTS: dict[tuple[RuleSet, AssessmentOptions], dict[str, str]] = {}


def _constants(ruleset: RuleSet, options: AssessmentOptions) -> dict[str, str]:
    # Both are frozen dataclasses; a batch classifies every row with the same pair.
    key = (ruleset, options)
    words = _CONSTANTS.get(key)
    if words is None:
        if len(_CONSTANTS) > 64:
            _CONSTANTS.clear()
        words = _CONSTANTS[key] = message_constants(ruleset, options)
    return words


def _hours(delta: timedelta) -> str:
    hours = Decimal(delta.total_seconds()) / 3600
    return f"{hours.quantize(Decimal('0.1')).normalize():f} h"
