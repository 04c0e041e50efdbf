"""The ImmunoSep eligibility checklist (registry NCT04990232, reference §1.2)."""

from __future__ import annotations

import pytest

from desktop_app.core.eligibility import (
    BY_KEY,
    CRITERIA,
    Answer,
    Kind,
    Status,
    age_answers,
    evaluate,
    neutropenia_answer,
    phenotype_answer,
)
from desktop_app.core.phenotype import Phenotype
from desktop_app.core.score_serialize import eligibility_to_dict
from desktop_app.core.values import parse_value


def test_the_registered_criteria_in_order() -> None:
    inclusion = [c.key for c in CRITERIA if c.kind is Kind.INCLUSION]
    exclusion = [c.key for c in CRITERIA if c.kind is Kind.EXCLUSION]
    assert inclusion == ["age_18_or_over", "not_planning_pregnancy", "informed_consent",
                         "infection_type", "sepsis_3", "immune_phenotype", "within_72_hours"]
    assert exclusion == ["age_under_18", "consent_refused", "other_infection_site",
                         "stage_iv_malignancy", "neutropenia", "do_not_resuscitate",
                         "bacteraemia_contaminant"]
    assert [c.number for c in CRITERIA] == [1, 2, 3, 4, 5, 6, 7] * 2
    for c in CRITERIA:
        assert c.wording.message  # every criterion has its wording in the catalogue


@pytest.mark.parametrize(("key", "answer", "status"), [
    ("infection_type", Answer.YES, Status.MET), ("infection_type", Answer.NO, Status.FAILED),
    ("infection_type", Answer.UNKNOWN, Status.UNKNOWN),
    ("other_infection_site", Answer.YES, Status.FAILED),
    ("other_infection_site", Answer.NO, Status.MET),
    ("other_infection_site", Answer.UNKNOWN, Status.UNKNOWN),
])
def test_yes_meets_an_inclusion_and_fails_an_exclusion(key: str, answer: Answer,
                                                       status: Status) -> None:
    r = evaluate({key: answer})
    assert next(x for x in r.results if x.criterion.key == key).status is status


def test_unanswered_criteria_are_unknown_and_the_population_sentence_is_always_there() -> None:
    r = evaluate({})
    assert len(r.keys(Status.UNKNOWN)) == len(CRITERIA)
    assert r.summary.code == "eligibility_incomplete"
    codes = [s.code for s in r.statements]
    assert codes == ["eligibility_population", "eligibility_exclusions_truncated",
                     "eligibility_not_blocking"]
    assert "may not apply outside" in r.statements[0].message


def test_one_failed_criterion_puts_the_patient_outside_the_tested_population() -> None:
    answers = {c.key: Answer.YES if c.kind is Kind.INCLUSION else Answer.NO for c in CRITERIA}
    assert evaluate(answers).summary.code == "eligibility_all_listed_met"
    assert "does not prove" in evaluate(answers).summary.message
    answers["other_infection_site"] = Answer.YES  # intra-abdominal source
    r = evaluate(answers)
    assert r.summary.code == "eligibility_outside"
    assert r.keys(Status.FAILED) == ("other_infection_site",)
    assert "1 of 14 criteria not met" in r.summary.message


def test_unverified_criteria_are_flagged() -> None:
    flagged = [c.key for c in CRITERIA if c.caveat is not None]
    assert flagged == ["neutropenia"]
    assert "1500" in BY_KEY["neutropenia"].caveat.message  # type: ignore[union-attr]
    assert "1000" in BY_KEY["neutropenia"].caveat.message  # type: ignore[union-attr]
    assert "Unverified" in evaluate({}).statements[1].message


def test_an_unknown_criterion_key_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="no eligibility criterion"):
        evaluate({"pregnant": Answer.NO})
    with pytest.raises(ValueError, match="is about"):
        evaluate({"age_under_18": phenotype_answer(Phenotype.MALS)})


@pytest.mark.parametrize(("age", "inclusion", "exclusion"), [
    ("18", Answer.YES, Answer.NO), ("17.99", Answer.NO, Answer.YES),
    ("70", Answer.YES, Answer.NO), (">90", Answer.YES, Answer.NO),
    ("<20", Answer.UNKNOWN, Answer.UNKNOWN), ("<18", Answer.NO, Answer.YES),
])
def test_age_answers_both_age_criteria(age: str, inclusion: Answer, exclusion: Answer) -> None:
    answers = age_answers(parse_value(age, field="age"))
    assert answers["age_18_or_over"].answer is inclusion
    assert answers["age_under_18"].answer is exclusion
    assert answers["age_18_or_over"].basis is not None
    assert age_answers(None) == {}


@pytest.mark.parametrize(("phenotype", "answer"), [
    (Phenotype.MALS, Answer.YES), (Phenotype.IMMUNOPARALYSIS, Answer.YES),
    (Phenotype.UNCLASSIFIED, Answer.NO), (None, Answer.UNKNOWN),
])
def test_the_phenotype_answers_the_laboratory_criterion(phenotype: Phenotype | None,
                                                        answer: Answer) -> None:
    result = phenotype_answer(phenotype)
    assert result.answer is answer
    r = evaluate({"immune_phenotype": result})
    assert r.results[5].basis is not None and r.results[5].answer is answer


@pytest.mark.parametrize(("anc", "answer"), [
    ("999", Answer.YES), ("<1000", Answer.YES), ("1000", Answer.UNKNOWN),
    ("1499", Answer.UNKNOWN), ("1500", Answer.NO), ("4000", Answer.NO),
    (">1200", Answer.UNKNOWN), ("<1200", Answer.UNKNOWN), (">=1500", Answer.NO),
])
def test_neutropenia_answer_never_picks_one_of_the_disagreeing_thresholds(
        anc: str, answer: Answer) -> None:
    result = neutropenia_answer(parse_value(anc, field="ANC"))
    assert result.answer is answer
    assert result.basis is not None and "/mm³" in result.basis.message


def test_failing_every_criterion_still_only_informs() -> None:
    answers = {c.key: Answer.NO if c.kind is Kind.INCLUSION else Answer.YES for c in CRITERIA}
    r = evaluate(answers)
    assert len(r.keys(Status.FAILED)) == len(CRITERIA)
    assert "does not block a phenotype" in r.statements[2].message


def test_json_shape() -> None:
    data = eligibility_to_dict(evaluate({"infection_type": Answer.YES,
                                         "stage_iv_malignancy": Answer.YES}))
    assert data["criteria_met"] == ["infection_type"]
    assert data["criteria_failed"] == ["stage_iv_malignancy"]
    assert len(data["criteria_unknown"]) == 12
    neutropenia = next(c for c in data["criteria"] if c["key"] == "neutropenia")
    assert neutropenia["unverified"]["code"] == "criterion_neutropenia_unverified"
    assert data["summary"]["code"] == "eligibility_outside"
