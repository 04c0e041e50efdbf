"""The ImmunoSep classification: a pure function from inputs to an explained result.

``classify`` computes the facts of the inputs (``decision.facts_of``), takes the decision from
the one decision table (``decision.decide``) and words it (``wording``).  The GUI, the command
line, batch import and the PDF report all render the ``Assessment`` built here or a batch's
columns built from the same decision; none of them re-derives a phenotype, a criterion or a
warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop_app.core.decision import CriterionDecision, Decision, decide, facts_of, near_band
from desktop_app.core.display import show_converted
from desktop_app.core.findings import Finding, Param, Params, Quantity
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.outcomes import (
    TRIAL_ARM,
    CriterionOutcome,
    Phenotype,
    Status,
    TreatmentArm,
)
from desktop_app.core.rules import DEFAULT_OPTIONS, IMMUNOSEP_RULESET, AssessmentOptions, RuleSet
from desktop_app.core.units import FerritinUnit
from desktop_app.core.wording import constant_params, finding, input_params, texts_of

__all__ = ["TRIAL_ARM", "Assessment", "Criterion", "CriterionOutcome", "Finding", "Phenotype",
           "Status", "TreatmentArm", "assessment_of", "classify", "near_band"]


@dataclass(frozen=True)
class Criterion:
    """One row of the criteria table.

    ``outcome`` is met / not met / not evaluated; ``note_code`` says why (``met``, ``not_met``,
    ``undecided``: a censored interval spans the threshold, ``not_available`` / ``not_given``:
    no value, ``not_determined``: the laboratory reported no value (``entered`` is its
    word), ``unit_not_usable``: HLA-DR in % or MFI) and ``needed`` whether the result
    depended on it (HLA-DR under MALS does not).  ``params`` are the typed values of the row
    (``entered``, ``threshold``).  ``label``, ``note`` and the text fields are the English
    rendering.
    """

    key: str  # "ferritin_above_mals_threshold" | "hla_dr_below_threshold" | "age_adult"
    label: str  # e.g. "Ferritin > 4420 ng/mL (MALS)"
    analyte: str
    entered: str | None  # value and unit exactly as entered, None when not available
    converted: str | None  # value in the rule's unit (ng/mL, AB/C, years), None if not usable
    comparator: str  # "", ">", "≥", "<", "≤" of a censored value
    threshold: str  # e.g. "> 4420 ng/mL"
    met: bool | None  # None: not evaluated (see ``outcome`` and ``note_code``)
    note: str  # why met is what it is, in words
    outcome: CriterionOutcome = CriterionOutcome.NOT_EVALUATED
    note_code: str = ""
    needed: bool = True
    params: Params = ()


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
    """Apply the ImmunoSep rule to ``inputs`` (see ``core.decision`` for the rule).

    ``now`` (time-zone aware) is the time sample times are checked against; without it no
    sample time counts as future.
    """
    facts = facts_of(inputs, ruleset=ruleset, options=options, now=now)
    return assessment_of(inputs, decide(facts, ruleset), ruleset=ruleset, options=options)


def assessment_of(inputs: PatientInputs, decision: Decision, *,
                  ruleset: RuleSet = IMMUNOSEP_RULESET,
                  options: AssessmentOptions = DEFAULT_OPTIONS) -> Assessment:
    """The ``Assessment`` of ``inputs`` for a ``decision`` already taken on their facts."""
    texts = texts_of(inputs, ruleset, options)
    values = {**constant_params(ruleset, options), **input_params(texts)}
    reasons = tuple(finding(k, values) for k in decision.reasons)
    warnings = tuple(finding(k, values) for k in decision.warnings)
    criteria = tuple(_criterion(c, inputs, ruleset, values) for c in decision.criteria)
    return Assessment(decision.status, decision.phenotype, reasons, warnings, criteria, inputs,
                      ruleset)


_LABELS = {
    "ferritin_above_mals_threshold": ("ferritin", "Ferritin > {ferritin_threshold} (MALS)",
                                      "> {ferritin_threshold}", "ferritin_threshold"),
    "hla_dr_below_threshold": ("hla_dr", "HLA-DR < {hla_dr_threshold} (immunoparalysis)",
                               "< {hla_dr_threshold}", "hla_dr_threshold"),
    "age_adult": ("age", "Age ≥ {min_age} years (trial population)", "≥ {min_age} years",
                  "min_age"),
}
_NOTES = {"met": "met", "not_met": "not met", "undecided": "undecided",
          "not_available": "not available", "not_given": "not given",
          "not_determined": "not determined by the laboratory",
          "unit_not_usable": "not evaluable: {unit} cannot be converted to antibodies bound "
                             "per cell"}
_NOT_NEEDED = " (not needed: MALS is decided by ferritin)"


def _criterion(c: CriterionDecision, inputs: PatientInputs, ruleset: RuleSet,
               values: dict[str, Param]) -> Criterion:
    analyte, label_template, threshold_template, threshold_param = _LABELS[c.key]
    words = {k: v.english() for k, v in values.items()}
    label = label_template.format_map(words)
    threshold = threshold_template.format_map(words)
    params: list[tuple[str, Param]] = [("threshold", values[threshold_param])]
    entered = converted = None
    comparator = ""
    note = _NOTES[c.note].format(unit=words.get("hla_dr_unit", ""))
    f, h, age = inputs.ferritin, inputs.hla_dr, inputs.age_years
    if analyte == "ferritin" and f is not None:
        entered = f"{f.value.text.strip()} {f.unit.value}"
        comparator = f.value.comparator.symbol
        number = show_converted(f.ng_per_ml, ruleset.ferritin_threshold_ng_ml) \
            if f.converts else format(f.value.value, "f")
        converted = f"{comparator}{number} ng/mL"
        if c.note == "undecided":
            note += f": {words['ferritin_entered']} spans {words['ferritin_threshold']}"
        if f.unit is not FerritinUnit.NG_PER_ML:
            shown = show_converted(f.ng_per_ml, ruleset.ferritin_threshold_ng_ml)
            note += f"; converted: {f.conversion.describe(f.value.display(), shown)}"
        params.append(("entered", values["ferritin_entered"]))
    elif analyte == "hla_dr" and h is not None:
        entered = f"{h.value.text.strip()} {h.unit.value}"
        comparator = h.value.comparator.symbol
        if h.unit.is_quantitative:
            converted = f"{h.value.display()} AB/C"
        if c.note == "undecided":
            note += f": {words['hla_dr']} spans {words['hla_dr_threshold']}"
        params.append(("entered", Quantity(format(h.value.value, "f"), h.unit.value,
                                           h.value.comparator.value)))
    elif c.note == "not_determined":
        absent = inputs.ferritin_not_determined if analyte == "ferritin" else \
            inputs.hla_dr_not_determined
        entered = absent.text.strip() if absent is not None else None
    elif analyte == "age" and age is not None:
        entered = f"{age.text.strip()} years"
        converted = f"{age.display()} years"
        comparator = age.comparator.symbol
        params.append(("entered", Quantity(format(age.value, "f"), "years",
                                           age.comparator.value)))
    if not c.needed:
        note += _NOT_NEEDED
    return Criterion(c.key, label, analyte, entered, converted, comparator, threshold,
                     c.outcome.met, note, c.outcome, c.note, c.needed, tuple(params))

