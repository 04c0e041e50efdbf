"""The ImmunoSep classification: a pure function from inputs to an explained result.

The GUI, the command line, batch import and the PDF report all render the ``Assessment`` built
here; none of them re-derives a phenotype, a criterion or a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import Enum

from desktop_app.core.display import show_converted
from desktop_app.core.inputs import Ferritin, PatientInputs
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
    f_thr = f"{ruleset.ferritin_threshold_ng_ml} ng/mL"
    h_thr = f"{ruleset.hla_dr_threshold_ab_c} AB/C"
    if inputs.ferritin is None:
        reasons.append(Finding("ferritin_missing",
                               f"Ferritin is needed: every ImmunoSep phenotype starts from "
                               f"ferritin (> {f_thr} is MALS)."))
    elif mals is None:
        reasons.append(Finding("ferritin_indeterminate",
                               f"Ferritin {rc.ferritin_entered} could be above or below {f_thr}; "
                               f"an exact value, or a bound that lies wholly on one side of "
                               f"{f_thr}, is needed."))
    elif mals:
        phenotype = Phenotype.MALS
        reasons.append(Finding("ferritin_above_threshold",
                               f"Ferritin {rc.ferritin_shown} is > {f_thr}: MALS criterion met."))
        if hla_low is True:
            reasons.append(Finding("both_criteria_met",
                                   f"HLA-DR < {h_thr} too: both criteria are met and MALS takes "
                                   "precedence, as in the trial."))
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
        reasons.append(Finding("internal_error", "The rule could not be applied to these inputs."))
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
        self.criteria: list[Criterion] = []
        f = inputs.ferritin
        self.ferritin_entered = (f"{f.value.display()} {f.unit.value}" if f else "not given")
        self.ferritin_shown = ""
        if f is not None:
            shown = f"{_ferritin_number(f, ruleset)} ng/mL"
            self.ferritin_shown = f"{self.ferritin_entered} ({shown})" if f.converts else shown

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

    def hla_dr_decision_reasons(self, hla_low: bool | None) -> list[Finding]:
        h = self.inputs.hla_dr
        f_thr = f"{self.ruleset.ferritin_threshold_ng_ml} ng/mL"
        h_thr = f"{self.ruleset.hla_dr_threshold_ab_c} AB/C"
        why = f"because ferritin {self.ferritin_shown} is ≤ {f_thr}"
        if h is None:
            return [Finding("hla_dr_missing",
                            f"HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed {why}.")]
        if not h.unit.is_quantitative:
            return [Finding("hla_dr_not_ab_per_cell",
                            f"HLA-DR was given as {h.unit.value}, which cannot be converted to "
                            f"antibodies bound per cell; HLA-DR in AB/C is needed {why}.")]
        shown = f"{h.value.display()} AB/C"
        if hla_low is None:
            return [Finding("hla_dr_indeterminate",
                            f"HLA-DR {shown} could be above or below {h_thr}; an exact value is "
                            f"needed {why}.")]
        ferritin_ok = Finding("ferritin_at_or_below_threshold",
                              f"Ferritin {self.ferritin_shown} is ≤ {f_thr}: MALS criterion "
                              "not met.")
        if hla_low:
            return [ferritin_ok, Finding("hla_dr_below_threshold",
                                         f"HLA-DR {shown} is < {h_thr}: immunoparalysis "
                                         "criteria met.")]
        return [ferritin_ok, Finding("hla_dr_at_or_above_threshold",
                                     f"HLA-DR {shown} is ≥ {h_thr}: neither phenotype; the "
                                     "ImmunoSep evidence does not apply.")]

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
            return [Finding("age_under_18",
                            f"Age {age.display()} years is under {minimum}: ImmunoSep enrolled "
                            "adults only, and HLA-DR differs in children.")]
        if under is None:
            return [Finding("age_indeterminate",
                            f"Age {age.display()} years could be under {minimum}; the exact age "
                            "is needed.")]
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
                out.append(Finding("sample_time_in_future",
                                   f"The {name} time {when.isoformat()} is in the future; "
                                   "check the date and time."))
        return out

    # -- warnings ---------------------------------------------------------------------------
    def warnings(self, mals: bool | None) -> list[Finding]:
        i, o, rs = self.inputs, self.options, self.ruleset
        out: list[Finding] = []
        f, h = i.ferritin, i.hla_dr
        if f is not None and f.value.comparator is Comparator.EQ and _near(
                f.ng_per_ml, rs.ferritin_threshold_ng_ml, o.ferritin_near_band_pct):
            out.append(Finding("ferritin_near_threshold",
                               f"Ferritin {self.ferritin_shown} is within "
                               f"{o.ferritin_near_band_pct} % of {rs.ferritin_threshold_ng_ml} "
                               "ng/mL; ferritin assays differ between methods, so a repeat "
                               "test may be wise."))
        hla_used = h is not None and h.unit.is_quantitative and mals is not True
        if hla_used and h is not None and h.value.comparator is Comparator.EQ and _near(
                h.value.value, rs.hla_dr_threshold_ab_c, o.hla_dr_near_band_pct):
            out.append(Finding("hla_dr_near_threshold",
                               f"HLA-DR {h.value.display()} AB/C is within "
                               f"{o.hla_dr_near_band_pct} % of {rs.hla_dr_threshold_ab_c} AB/C; "
                               "the inter-laboratory CV is 15-25 %, so a repeat test may be "
                               "wise."))
        if h is not None and h.unit.is_quantitative and h.value.value < 100 and (
                h.value.comparator in (Comparator.EQ, Comparator.GT, Comparator.GE)):
            out.append(Finding("hla_dr_implausibly_low",
                               f"HLA-DR {h.value.display()} AB/C is unusually low for "
                               "antibodies bound per cell; check that it is not % positive "
                               "monocytes or MFI."))
        if mals is True and h is not None and not h.unit.is_quantitative:
            out.append(Finding("hla_dr_unit_not_used",
                               f"HLA-DR given as {h.unit.value} was not used: it cannot be "
                               "converted to AB/C (not needed for MALS)."))
        if f and h and f.sampled_at and h.sampled_at:
            gap = abs(f.sampled_at - h.sampled_at)
            if gap > o.max_sample_interval:
                out.append(Finding("samples_far_apart",
                                   f"Ferritin and HLA-DR were sampled {_hours(gap)} apart "
                                   f"(more than {_hours(o.max_sample_interval)}); they may "
                                   "reflect different immune states."))
        if h and h.sampled_at and h.processed_at:
            delay = h.processed_at - h.sampled_at
            if delay.total_seconds() < 0:
                out.append(Finding("hla_dr_processed_before_sampled",
                                   "The HLA-DR processing time is before its sample time; "
                                   "check both times."))
            elif delay > o.max_hla_dr_processing_delay:
                out.append(Finding("hla_dr_processing_delay",
                                   f"HLA-DR was processed {_hours(delay)} after sampling (more "
                                   f"than {_hours(o.max_hla_dr_processing_delay)}); values may "
                                   "be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h)."))
        if i.age_years is None:
            out.append(Finding("age_not_given",
                               f"Age not given: ImmunoSep enrolled adults (≥ "
                               f"{rs.min_age_years} years) only."))
        return out

    # -- helpers ----------------------------------------------------------------------------
    def _times(self) -> list[tuple[str, datetime | None]]:
        f, h = self.inputs.ferritin, self.inputs.hla_dr
        return [("ferritin sample", f.sampled_at if f else None),
                ("HLA-DR sample", h.sampled_at if h else None),
                ("HLA-DR processing", h.processed_at if h else None)]

    def _row(self, *args: object) -> None:
        self.criteria.append(Criterion(*args))  # type: ignore[arg-type]


def _ferritin_number(f: Ferritin, ruleset: RuleSet) -> str:
    """Comparator and value in ng/mL: exact when no conversion, else threshold-safe rounding."""
    number = (show_converted(f.ng_per_ml, ruleset.ferritin_threshold_ng_ml) if f.converts
              else format(f.value.value, "f"))
    return f"{f.value.comparator.symbol}{number}"


def _near(value: Decimal, threshold: Decimal, band_pct: Decimal) -> bool:
    return abs(value - threshold) * 100 <= threshold * band_pct


def _hours(delta: timedelta) -> str:
    hours = Decimal(delta.total_seconds()) / 3600
    return f"{hours.quantize(Decimal('0.1')).normalize():f} h"
