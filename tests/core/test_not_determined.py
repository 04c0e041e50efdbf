"""A laboratory result without a value ("n.b.", "pending", a FHIR dataAbsentReason) is one
explicit state of the core: it is recognised by one function, decided by the one decision
table (a fact, never a rejection) and explained with the laboratory's own word (issue 14)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from desktop_app.core.decision import facts_of
from desktop_app.core.inputs import Ferritin, HlaDr, NotDetermined, PatientInputs
from desktop_app.core.outcomes import CriterionOutcome, Phenotype, Status
from desktop_app.core.phenotype import classify
from desktop_app.core.serialize import assessment_to_dict
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import Comparator, ParsedValue, not_determined_word

T = datetime(2025, 3, 24, 8, 30, tzinfo=UTC)


def _f(v: str) -> Ferritin:
    return Ferritin(ParsedValue(Comparator.EQ, Decimal(v), v), FerritinUnit.NG_PER_ML, T)


def _h(v: str, unit: HlaDrUnit = HlaDrUnit.AB_PER_CELL) -> HlaDr:
    return HlaDr(ParsedValue(Comparator.EQ, Decimal(v), v), unit, T)


@pytest.mark.parametrize("text", ["n.b.", " N.B. ", "n.d.", "pending", "Pending", "folgt",
                                  "storniert", "---", "nicht  bestimmt", "Not determined",
                                  "–"])
def test_the_laboratory_words_are_recognised_and_kept_as_written(text):
    assert not_determined_word(text) == text.strip()


@pytest.mark.parametrize("text", ["", "4420", "<5", "n.b.x", "nbsp", "ND1", "positive",
                                  "4,420", None])
def test_anything_else_is_not_a_not_determined_state(text):
    assert not_determined_word(text) is None


def test_ferritin_not_determined_cannot_classify_with_the_word():
    a = classify(PatientInputs(None, _h("3000"), ferritin_not_determined=NotDetermined(
        "n.b.", T)))
    assert a.status is Status.CANNOT_CLASSIFY and a.phenotype is None
    assert a.reason_codes() == ("ferritin_not_determined",)
    assert a.reasons[0].message.startswith('Ferritin not determined ("n.b."): the laboratory '
                                           "reported no value")
    assert dict(a.reasons[0].params)["ferritin_not_determined"].value == "n.b."
    crit = a.criteria[0]
    assert crit.outcome is CriterionOutcome.NOT_EVALUATED
    assert (crit.note_code, crit.entered) == ("not_determined", "n.b.")


def test_hla_dr_not_determined_blocks_only_where_hla_dr_is_needed():
    low = classify(PatientInputs(_f("1000"), None, hla_dr_not_determined=NotDetermined(
        "folgt", T)))
    assert low.reason_codes() == ("hla_dr_not_determined",)
    assert '"folgt"' in low.reasons[0].message
    mals = classify(PatientInputs(_f("5000"), None, hla_dr_not_determined=NotDetermined(
        "folgt", T)))
    assert mals.phenotype is Phenotype.MALS  # HLA-DR is not needed for MALS
    assert mals.criteria[1].note_code == "not_determined" and not mals.criteria[1].needed


def test_the_state_is_a_fact_and_its_time_is_never_compared():
    inputs = PatientInputs(_f("1000"), None, hla_dr_not_determined=NotDetermined(
        "pending", datetime(2999, 1, 1, tzinfo=UTC)))
    facts = facts_of(inputs, now=T)
    assert facts["hla_dr_not_determined"] is True and facts["hla_dr"] is None
    assert facts["hla_dr_sampled_vs_now"] is None  # the time of a missing value decides nothing
    assert classify(inputs, now=T).reason_codes() == ("hla_dr_not_determined",)


def test_without_the_state_a_missing_value_is_still_missing():
    assert classify(PatientInputs(None, _h("3000"))).reason_codes() == ("ferritin_missing",)


def test_json_keeps_the_codes_and_adds_the_word():
    a = classify(PatientInputs(None, _h("3000"), ferritin_not_determined=NotDetermined(
        "n.b.", T)))
    d = assessment_to_dict(a, evidence_version=None)
    assert d["inputs"]["ferritin"] is None
    assert d["inputs"]["ferritin_not_determined"] == {"entered": "n.b.",
                                                      "sampled_at": T.isoformat()}
    assert d["reasons"][0]["code"] == "ferritin_not_determined"
    assert d["reasons"][0]["params"]["ferritin_not_determined"] == {"type": "text",
                                                                    "value": "n.b."}


def test_a_value_and_its_not_determined_state_never_come_together():
    with pytest.raises(ValueError):
        PatientInputs(_f("1000"), None, ferritin_not_determined=NotDetermined("n.b."))
    with pytest.raises(ValueError):
        NotDetermined("  ")
