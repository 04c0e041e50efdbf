"""Serial measurements: order a patient's assessments, find phenotype transitions, and describe
the trend chart (a plain description that the screen and a report can both draw).

Pure and stdlib only.  Only *current* assessments count (not replaced by a correction, not marked
entered in error), and only classified ones carry a phenotype: a "cannot classify" between two
phenotypes is neither a transition nor a break in one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from desktop_app.core.rules import IMMUNOSEP_RULESET, RuleSet

SHORT_LABELS = {"mals": "MALS", "immunoparalysis": "immunoparalysis",
                "unclassified": "unclassified"}

# Day-15 reversal definitions of the trial (immunosep-reference §1.3, SAP p. 69).  They are
# outcome definitions, not treatment rules, and not the entry thresholds.
REVERSAL_NOTES = (
    "Trial day-15 reversal definitions (information only; outcome definitions, not treatment "
    "rules):",
    "Immunoparalysis reversal: HLA-DR > 8000 AB/C with ferritin < 4420 ng/mL. 8000 is not the "
    "entry threshold (5000 AB/C).",
    "MALS reversal: defined by a fall in ferritin with a 15 % threshold; the exact wording has "
    "not been verified against the trial's statistical analysis plan.",
)


# Shown with ``tr(text)`` where drawn (collected into the catalogues).
DISPLAY_TEXTS = (*SHORT_LABELS.values(), *REVERSAL_NOTES)


@dataclass(frozen=True)
class SerialAssessment:
    """What the trend needs from one stored assessment.  Values are the rule's units."""

    assessment_id: int
    when: datetime  # sample time where available, else time of assessment
    status: str  # "classified" | "cannot_classify"
    phenotype: str | None  # "mals" | "immunoparalysis" | "unclassified" | None
    ferritin_ng_ml: Decimal | None = None
    ferritin_comparator: str = "="
    ferritin_sampled_at: datetime | None = None
    hla_dr_ab_c: Decimal | None = None  # None when missing or not in AB/C
    hla_dr_comparator: str = "="
    hla_dr_sampled_at: datetime | None = None
    current: bool = True


@dataclass(frozen=True)
class Transition:
    before: str
    after: str
    at: datetime
    from_assessment_id: int
    to_assessment_id: int

    @property
    def label(self) -> str:
        return f"{SHORT_LABELS.get(self.before, self.before)} → " \
               f"{SHORT_LABELS.get(self.after, self.after)}"


@dataclass(frozen=True)
class TrendPoint:
    when: datetime
    value: float  # for drawing only; classification never uses it
    comparator: str  # "=", ">", ">=", "<", "<=": a censored value is drawn at its bound
    assessment_id: int


@dataclass(frozen=True)
class ThresholdLine:
    analyte: str  # "ferritin" | "hla_dr"
    value: float
    unit: str
    label: str


@dataclass(frozen=True)
class TrendChart:
    """Everything the trend chart shows, in order of time."""

    ferritin: tuple[TrendPoint, ...]  # ng/mL, drawn on a log axis
    hla_dr: tuple[TrendPoint, ...]  # AB/C
    thresholds: tuple[ThresholdLine, ...]
    transitions: tuple[Transition, ...]
    notes: tuple[str, ...]  # e.g. values that could not be drawn
    reversal_notes: tuple[str, ...] = REVERSAL_NOTES
    ferritin_unit: str = "ng/mL"
    hla_dr_unit: str = "AB/C"
    zero_ferritin: int = 0  # ferritin values of 0 that a log axis cannot draw (``notes``)

    @property
    def is_empty(self) -> bool:
        return not self.ferritin and not self.hla_dr


def _utc(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise ValueError("serial measurement times must carry a time zone")
    return when.astimezone(UTC)


def order_assessments(items: Iterable[SerialAssessment]) -> list[SerialAssessment]:
    """Oldest first by ``when``; ties keep the order of saving (assessment id)."""
    return sorted(items, key=lambda a: (_utc(a.when), a.assessment_id))


def phenotype_transitions(items: Iterable[SerialAssessment]) -> tuple[Transition, ...]:
    """Changes of phenotype between consecutive current, classified assessments."""
    out, previous = [], None
    for item in order_assessments(items):
        if not item.current or item.status != "classified" or item.phenotype is None:
            continue
        if previous is not None and previous.phenotype != item.phenotype:
            assert previous.phenotype is not None
            out.append(Transition(previous.phenotype, item.phenotype, item.when,
                                  previous.assessment_id, item.assessment_id))
        previous = item
    return tuple(out)


def build_trend_chart(items: Iterable[SerialAssessment], *,
                      ruleset: RuleSet = IMMUNOSEP_RULESET) -> TrendChart:
    """The chart of the current assessments: ferritin and HLA-DR series, thresholds, changes."""
    ordered = [a for a in order_assessments(items) if a.current]
    ferritin, hla, notes = [], [], []
    skipped_zero = 0
    for a in ordered:
        if a.ferritin_ng_ml is not None:
            if a.ferritin_ng_ml > 0:
                ferritin.append(TrendPoint(a.ferritin_sampled_at or a.when,
                                           float(a.ferritin_ng_ml), a.ferritin_comparator,
                                           a.assessment_id))
            else:
                skipped_zero += 1
        if a.hla_dr_ab_c is not None:
            hla.append(TrendPoint(a.hla_dr_sampled_at or a.when, float(a.hla_dr_ab_c),
                                  a.hla_dr_comparator, a.assessment_id))
    if skipped_zero:
        notes.append(f"{skipped_zero} ferritin value(s) of 0 ng/mL cannot be drawn on the "
                     "logarithmic axis.")
    ferritin.sort(key=lambda p: (_utc(p.when), p.assessment_id))
    hla.sort(key=lambda p: (_utc(p.when), p.assessment_id))
    f_thr, h_thr = ruleset.ferritin_threshold_ng_ml, ruleset.hla_dr_threshold_ab_c
    thresholds = (
        ThresholdLine("ferritin", float(f_thr), "ng/mL", f"MALS: ferritin > {f_thr} ng/mL"),
        ThresholdLine("hla_dr", float(h_thr), "AB/C",
                      f"Immunoparalysis: HLA-DR < {h_thr} AB/C"),
    )
    return TrendChart(tuple(ferritin), tuple(hla), thresholds, phenotype_transitions(ordered),
                      tuple(notes), zero_ferritin=skipped_zero)
