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

from desktop_app.core import criteria_text
from desktop_app.core.decision import CriterionDecision, Decision, decide, facts_of, near_band
from desktop_app.core.findings import Finding, Param, Params, Quantity, Text
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.outcomes import (
    TRIAL_ARM,
    CriterionOutcome,
    Phenotype,
    Status,
    TreatmentArm,
)
from desktop_app.core.rules import DEFAULT_OPTIONS, IMMUNOSEP_RULESET, AssessmentOptions, RuleSet
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


_THRESHOLD_PARAM = {"ferritin_above_mals_threshold": "ferritin_threshold",
                    "hla_dr_below_threshold": "hla_dr_threshold", "age_adult": "min_age"}


def _criterion(c: CriterionDecision, inputs: PatientInputs, ruleset: RuleSet,
               values: dict[str, Param]) -> Criterion:
    """One row of the criteria table: typed params, and their English words
    (``criteria_text`` renders the same params in any language)."""
    analyte = criteria_text.analyte_of(c.key)
    params: dict[str, Param] = {"threshold": values[_THRESHOLD_PARAM[c.key]]}
    comparator = ""
    f, h, age = inputs.ferritin, inputs.hla_dr, inputs.age_years
    if analyte == "ferritin" and f is not None:
        comparator = f.value.comparator.symbol
        ferritin = values["ferritin"]
        assert isinstance(ferritin, Quantity)
        params.update(entered=values["ferritin_entered"],
                      as_entered=Text(f"{f.value.text.strip()} {f.unit.value}"),
                      converted=ferritin.converted or ferritin)
    elif analyte == "hla_dr" and h is not None:
        comparator = h.value.comparator.symbol
        params.update(entered=Quantity(format(h.value.value, "f"), h.unit.value,
                                       h.value.comparator.value),
                      as_entered=Text(f"{h.value.text.strip()} {h.unit.value}"))
        if h.unit.is_quantitative:
            params["converted"] = values["hla_dr"]
        else:
            params["unit"] = Text(h.unit.value)
    elif c.note == "not_determined":  # the laboratory's own word, e.g. "n.b."
        absent = inputs.ferritin_not_determined if analyte == "ferritin" else \
            inputs.hla_dr_not_determined
        if absent is not None:
            params["as_entered"] = Text(absent.text.strip())
    elif analyte == "age" and age is not None:
        comparator = age.comparator.symbol
        number = Quantity(format(age.value, "f"), "", age.comparator.value)
        params.update(entered=number, as_entered=Text(age.text.strip()), converted=number)
    return Criterion(
        c.key, criteria_text.label(c.key, params), analyte,
        criteria_text.value_text(analyte, params.get("as_entered")),
        criteria_text.value_text(analyte, params.get("converted")), comparator,
        criteria_text.threshold(c.key, params), c.outcome.met,
        criteria_text.note(c.key, c.note, c.needed, params), c.outcome, c.note, c.needed,
        tuple(params.items()))

