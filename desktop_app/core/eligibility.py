"""The ImmunoSep eligibility criteria as a checklist: does this patient fit the tested population?

Criteria as registered (NCT04990232; immunosep-reference §1.2).  Each is answered yes / no /
unknown; the answer is to the criterion as written, so "yes" to an inclusion criterion meets
it and "yes" to an exclusion criterion fails it.  The result says which criteria are met,
failed or unknown and always that the evidence may not apply outside the tested population.
Nothing here blocks a phenotype: the checklist informs, the clinician decides.

Criteria the reference could not verify carry their caveat (``Criterion.caveat``): the neutropenia
threshold (registry < 1500/mm³, protocol transcription < 1000/mm³) and the exclusion list,
which every stored copy truncates after its seventh item.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from desktop_app.core.decision import is_less
from desktop_app.core.facts import compare
from desktop_app.core.phenotype import Phenotype
from desktop_app.core.score_findings import ScoreFinding, Term, finding
from desktop_app.core.values import ParsedValue

ELIGIBILITY_VERSION = "immunosep-eligibility-1.0 (NCT04990232 registry text)"
ELIGIBILITY_SOURCES = (
    "ClinicalTrials.gov NCT04990232 as copied at https://trials.co/clinical-trials-details/-/"
    "NCT04990232 and https://www.clinicaltrialexchange.com/clinical-trials/"
    "Personalized-Immunotherapy-in-Sepsis/NCT04990232 (immunosep-reference §1.2)",
)


class AnsweredTwice(ValueError):
    """Criteria (keys) answered although the data entered decide them; ``str()`` is English,
    the command line words it from ``criteria`` in the reader's language."""

    def __init__(self, criteria: tuple[str, ...]) -> None:
        super().__init__(f"{', '.join(criteria)}: answered from the data entered; do not answer "
                         "it as well")
        self.criteria = criteria


class Answer(Enum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Kind(Enum):
    INCLUSION = "inclusion"
    EXCLUSION = "exclusion"


class Status(Enum):
    MET = "met"  # inclusion answered yes, or exclusion answered no
    FAILED = "failed"  # inclusion answered no, or exclusion answered yes
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Criterion:
    """One registered criterion; its wording is ``criterion_<key>`` in the message catalogue."""

    key: str
    kind: Kind
    number: int  # its number in the registry list
    trial_procedure: bool = False  # about taking part in the trial, not about the patient
    unverified: bool = False  # the reference could not confirm it: ``criterion_<key>_unverified``

    @property
    def wording(self) -> ScoreFinding:
        return finding(f"criterion_{self.key}")

    @property
    def caveat(self) -> ScoreFinding | None:
        return finding(f"criterion_{self.key}_unverified") if self.unverified else None


CRITERIA: tuple[Criterion, ...] = (
    Criterion("age_18_or_over", Kind.INCLUSION, 1),
    Criterion("not_planning_pregnancy", Kind.INCLUSION, 2, trial_procedure=True),
    Criterion("informed_consent", Kind.INCLUSION, 3, trial_procedure=True),
    Criterion("infection_type", Kind.INCLUSION, 4),
    Criterion("sepsis_3", Kind.INCLUSION, 5),
    Criterion("immune_phenotype", Kind.INCLUSION, 6),
    Criterion("within_72_hours", Kind.INCLUSION, 7),
    Criterion("age_under_18", Kind.EXCLUSION, 1),
    Criterion("consent_refused", Kind.EXCLUSION, 2, trial_procedure=True),
    Criterion("other_infection_site", Kind.EXCLUSION, 3),
    Criterion("stage_iv_malignancy", Kind.EXCLUSION, 4),
    Criterion("neutropenia", Kind.EXCLUSION, 5, unverified=True),
    Criterion("do_not_resuscitate", Kind.EXCLUSION, 6),
    Criterion("bacteraemia_contaminant", Kind.EXCLUSION, 7),
)
BY_KEY = {c.key: c for c in CRITERIA}


@dataclass(frozen=True)
class CriterionResult:
    criterion: Criterion
    answer: Answer
    basis: ScoreFinding | None = None  # how a derived answer was reached (age, ANC, phenotype)

    @property
    def status(self) -> Status:
        if self.answer is Answer.UNKNOWN:
            return Status.UNKNOWN
        met = (self.answer is Answer.YES) == (self.criterion.kind is Kind.INCLUSION)
        return Status.MET if met else Status.FAILED


@dataclass(frozen=True)
class EligibilityResult:
    results: tuple[CriterionResult, ...]  # in ``CRITERIA`` order
    version: str = ELIGIBILITY_VERSION

    def keys(self, status: Status) -> tuple[str, ...]:
        return tuple(r.criterion.key for r in self.results if r.status is status)

    @property
    def summary(self) -> ScoreFinding:
        met, failed, unknown = (len(self.keys(s)) for s in Status)
        code = ("eligibility_outside" if failed else
                "eligibility_incomplete" if unknown else "eligibility_all_listed_met")
        return finding(code, met=met, failed=failed, unknown=unknown, total=len(self.results))

    @property
    def statements(self) -> tuple[ScoreFinding, ...]:
        """Always shown with the checklist."""
        return (finding("eligibility_population"), finding("eligibility_exclusions_truncated"),
                finding("eligibility_not_blocking"))


def evaluate(answers: Mapping[str, Answer | CriterionResult]) -> EligibilityResult:
    """The checklist with ``answers`` by criterion key; a criterion not answered is unknown.

    A ``CriterionResult`` (from ``age_answer`` ...) keeps the basis of a derived answer.
    """
    unknown_keys = set(answers) - set(BY_KEY)
    if unknown_keys:
        raise ValueError(f"no eligibility criterion {sorted(unknown_keys)}")
    results = []
    for c in CRITERIA:
        given = answers.get(c.key, Answer.UNKNOWN)
        if isinstance(given, CriterionResult) and given.criterion is not c:
            raise ValueError(f"the answer given for {c.key} is about {given.criterion.key}")
        results.append(given if isinstance(given, CriterionResult) else CriterionResult(c, given))
    return EligibilityResult(tuple(results))


def age_answers(age_years: ParsedValue | None) -> dict[str, CriterionResult]:
    """Inclusion 1 and exclusion 1 from the age entered with the phenotype (18 exact)."""
    if age_years is None:
        return {}
    under = is_less(age_years.comparator, compare(age_years.value, Decimal(18)))
    answer = Answer.UNKNOWN if under is None else Answer.NO if under else Answer.YES
    basis = finding("eligibility_from_age", age=age_years.display())
    return {"age_18_or_over": CriterionResult(BY_KEY["age_18_or_over"], answer, basis),
            "age_under_18": CriterionResult(BY_KEY["age_under_18"], _negate(answer), basis)}


def phenotype_answer(phenotype: Phenotype | None) -> CriterionResult:
    """Inclusion 6 from the classification: MALS or immunoparalysis meets it, unclassified
    fails it, "cannot classify" leaves it unknown."""
    answer = (Answer.UNKNOWN if phenotype is None else
              Answer.NO if phenotype is Phenotype.UNCLASSIFIED else Answer.YES)
    basis = (finding("eligibility_from_no_phenotype") if phenotype is None else
             finding("eligibility_from_phenotype", phenotype=Term(phenotype.value)))
    return CriterionResult(BY_KEY["immune_phenotype"], answer, basis)


NEUTROPENIA_REGISTRY = Decimal(1500)  # per mm³
NEUTROPENIA_PROTOCOL = Decimal(1000)  # per mm³, transcription of the protocol


def neutropenia_answer(anc_per_mm3: ParsedValue) -> CriterionResult:
    """Exclusion 5 from an absolute neutrophil count (per mm³ = per µL).

    Below 1000 both sources exclude; from 1500 neither does; in between the sources disagree,
    so the answer is unknown (never a guess at which one the trial used).
    """
    comparator, value = anc_per_mm3.comparator, anc_per_mm3.value
    below_protocol = is_less(comparator, compare(value, NEUTROPENIA_PROTOCOL))
    below_registry = is_less(comparator, compare(value, NEUTROPENIA_REGISTRY))
    if below_protocol:
        answer, code = Answer.YES, "eligibility_anc_below_both"
    elif below_registry is False:
        answer, code = Answer.NO, "eligibility_anc_above_both"
    else:
        answer, code = Answer.UNKNOWN, "eligibility_anc_between"
    return CriterionResult(BY_KEY["neutropenia"], answer, finding(
        code, anc=f"{anc_per_mm3.display()}/mm³"))


def checklist(answers: Mapping[str, Answer], *, age_years: ParsedValue | None = None,
              phenotype: Phenotype | None = None, cannot_classify: bool = False,
              anc_per_mm3: ParsedValue | None = None) -> EligibilityResult:
    """The checklist from the answers given and the data already entered.

    The age decides both age criteria; the assessment's phenotype (or ``cannot_classify``: its
    values could not be classified) the laboratory criterion; a neutrophil count the
    neutropenia criterion.  A criterion they decide may not be answered as well (``AnsweredTwice``
    naming it): one answer per criterion, each derived one with its basis.
    """
    derived: dict[str, CriterionResult] = {}
    if age_years is not None:
        derived |= age_answers(age_years)
    if phenotype is not None or cannot_classify:
        derived["immune_phenotype"] = phenotype_answer(phenotype)
    if anc_per_mm3 is not None:
        derived["neutropenia"] = neutropenia_answer(anc_per_mm3)
    both = tuple(sorted(set(answers) & set(derived)))
    if both:
        raise AnsweredTwice(both)
    return evaluate({**answers, **derived})


def _negate(answer: Answer) -> Answer:
    return {Answer.YES: Answer.NO, Answer.NO: Answer.YES}.get(answer, Answer.UNKNOWN)
