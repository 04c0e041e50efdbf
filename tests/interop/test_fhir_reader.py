"""FHIR reader behaviour beyond the golden files: JSON strictness, references, identifiers,
times, values and units, statuses, repeated files."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from desktop_app.lab_import.fhir_reader import looks_like_fhir, read_fhir_bytes
from desktop_app.lab_import.model import LabFileError

from .support import OPTIONS, check_accounting, outcomes

LOINC, UCUM = "http://loinc.org", "http://unitsofmeasure.org"
MRN = "http://hosp.example.org/mrn"


def observation(**changes: Any) -> dict[str, Any]:
    obs: dict[str, Any] = {
        "resourceType": "Observation", "id": "f1", "status": "final",
        "code": {"coding": [{"system": LOINC, "code": "2276-4"}]},
        "subject": {"identifier": {"system": MRN, "value": "0012345"}},
        "effectiveDateTime": "2025-03-24T08:30:00+01:00",
        "valueQuantity": {"value": 5120, "unit": "µg/L", "system": UCUM, "code": "ug/L"}}
    for key, value in changes.items():
        if value is None:
            obs.pop(key, None)
        else:
            obs[key] = value
    return obs


def bundle(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "collection", "entry": list(entries)}


def read(doc: dict[str, Any] | str | bytes, **options: object):  # type: ignore[no-untyped-def]
    data = (doc if isinstance(doc, bytes) else doc.encode() if isinstance(doc, str)
            else json.dumps(doc).encode())
    result = read_fhir_bytes(data, "test.json", replace(OPTIONS, **options))
    check_accounting(result)
    return result


def first(result) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    return outcomes(result)[(1, 1)]


# -- files -------------------------------------------------------------------------------------
@pytest.mark.parametrize("data, code", [
    (b"", "not_json"), (b"{", "not_json"), (b"[]", "not_fhir_results"),
    (b'{"resourceType": "Patient", "id": "p"}', "not_fhir_results"),
    (b'{"resourceType": "Observation", "status": "final", "status": "final"}',
     "duplicate_key"),
    ("{\"resourceType\": \"Observation\", \"x\": \"\xb5\"}".encode("latin-1"), "not_utf8"),
    (b'{"resourceType": "Bundle", "entry": {"resource": {}}}', "invalid_fhir"),
    (b'{"resourceType": "Bundle", "type": "collection", "entry": [{"fullUrl": 5}]}',
     "invalid_fhir"),
    (b"[" * 100_000, "not_json"),
])
def test_files_that_are_not_fhir_results_are_refused(data: bytes, code: str) -> None:
    with pytest.raises(LabFileError) as err:
        read_fhir_bytes(data, "x.json", OPTIONS)
    assert err.value.code == code


def test_sniffing() -> None:
    assert looks_like_fhir(b'\xef\xbb\xbf {\n "resourceType": "Bundle"')
    assert not looks_like_fhir(b"MSH|^~\\&|")
    assert not looks_like_fhir(b'{"foo": 1}')


def test_an_empty_bundle_is_one_message_without_results() -> None:
    result = read({"resourceType": "Bundle", "type": "collection"})
    assert [(m.outcome.value, m.code) for m in result.messages] == [("ignored", "no_results")]


def test_a_file_read_before_is_imported_once() -> None:
    doc = bundle({"resource": observation()})
    seen = {m.key: m.digest for m in read(doc).messages if m.key}
    again = read(doc, seen_messages=seen)
    assert again.observations == [] and first(again) == ("ignored", "duplicate_message")
    # The same content with other whitespace or key order is the same message.
    text = json.dumps(doc, indent=4, sort_keys=True)
    assert read(text, seen_messages=seen).messages[0].code == "duplicate_message"
    # A corrected version is new content (and replaces the result through its key).
    corrected = bundle({"resource": observation(status="corrected")})
    assert read(corrected, seen_messages=seen).observations[0].status == "corrected"


# -- values ------------------------------------------------------------------------------------
@pytest.mark.parametrize("literal, display", [
    ("4420.0000000000001", "4420.0000000000001"), ("4420.50", "4420.50"), ("4420", "4420"),
])
def test_numbers_reach_the_core_as_written(literal: str, display: str) -> None:
    text = json.dumps(observation()).replace('"value": 5120', f'"value": {literal}')
    assert read(text).observations[0].value.display() == display


@pytest.mark.parametrize("value, code", [
    ('"5120"', "invalid_fhir"), ("1e4", "exponent"), ("-5", "negative"),
    ("null", "invalid_fhir"),
])
def test_values_that_are_refused(value: str, code: str) -> None:
    text = json.dumps(observation()).replace('"value": 5120', f'"value": {value}')
    assert first(read(text))[1] == code


@pytest.mark.parametrize("quantity, unit", [
    ({"value": 1, "unit": "ng/mL"}, "ng/mL"),
    ({"value": 1, "code": "ug/dL", "system": UCUM}, "µg/dL"),
    ({"value": 1, "unit": "microgram per litre", "code": "ug/L", "system": UCUM}, "µg/L"),
    ({"value": 1, "unit": "ug/L", "code": "xyz", "system": "http://local"}, "µg/L"),
])
def test_units(quantity: dict[str, Any], unit: str) -> None:
    assert read(observation(valueQuantity=quantity)).observations[0].unit.value == unit


@pytest.mark.parametrize("quantity, code", [
    ({"value": 1}, "unit_missing"), ({"value": 1, "unit": "mg/L"}, "unit_unknown"),
    ({"value": 1, "unit": "ng/mL", "code": "pmol/L", "system": UCUM}, "unit_conflict"),
    ({"unit": "ng/mL"}, "value_missing"),
])
def test_units_refused(quantity: dict[str, Any], code: str) -> None:
    assert first(read(observation(valueQuantity=quantity)))[1] == code


def test_other_value_types_and_no_value() -> None:
    coded = observation(valueQuantity=None, valueCodeableConcept={"text": "high"})
    assert first(read(coded)) == ("rejected", "value_type_unsupported")
    assert first(read(observation(valueQuantity=None))) == ("rejected", "value_missing")


def test_hla_dr_codes_and_names() -> None:
    local = {"coding": [{"system": "http://lab/codes", "code": "Q1", "display": "Marker"}]}
    quantity = {"value": 3000, "unit": "AB/C"}
    assert first(read(observation(code=local, valueQuantity=quantity)))[1] == "other_test"
    configured = read(observation(code=local, valueQuantity=quantity),
                      hla_dr_codes=frozenset({"Q1"}))
    assert configured.observations[0].analyte == "hla_dr"
    named = read(observation(code={"text": "mHLA-DR"}, valueQuantity=quantity))
    assert named.observations[0].analyte == "hla_dr"
    percent = read(observation(code={"text": "HLA-DR positive monocytes"},
                               valueQuantity={"value": 45, "unit": "%", "code": "%",
                                              "system": UCUM}))
    assert percent.observations[0].unit.value == "% positive"
    conflict = {"coding": [{"system": LOINC, "code": "2276-4"}], "text": "HLA-DR"}
    assert first(read(observation(code=conflict))) == ("rejected", "test_conflict")


# -- times -------------------------------------------------------------------------------------
@pytest.mark.parametrize("changes, expected", [
    ({"effectiveDateTime": "2025-03-24T07:30:00Z"}, "2025-03-24T07:30:00+00:00"),
    ({"effectiveDateTime": None, "effectiveInstant": "2025-03-24T07:30:00.5+00:00"},
     "2025-03-24T07:30:00.500000+00:00"),
])
def test_times(changes: dict[str, Any], expected: str) -> None:
    assert read(observation(**changes)).observations[0].sampled_at.isoformat() == expected


@pytest.mark.parametrize("changes, code", [
    ({"effectiveDateTime": "2025-03"}, "date_without_time"),
    ({"effectiveDateTime": "1850-03-24T08:30:00Z"}, "implausible_time"),
    ({"effectiveDateTime": None}, "time_missing"),
    ({"effectiveDateTime": None, "effectiveTiming": {"event": ["2025-03-24T08:30:00Z"]}},
     "time_missing"),
])
def test_times_refused(changes: dict[str, Any], code: str) -> None:
    assert first(read(observation(**changes)))[1] == code


# -- patients ----------------------------------------------------------------------------------
def patient(pid: str = "p1", *identifiers: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "Patient", "id": pid,
            "identifier": list(identifiers) or [{"system": MRN, "value": "0012345"}]}


def test_relative_reference_resolved_by_type_and_id() -> None:
    doc = bundle({"resource": patient()},
                 {"resource": observation(subject={"reference": "Patient/p1"})})
    assert read(doc).observations[0].patient_id == "0012345"


def test_two_entries_with_one_type_and_id_are_not_guessed_between() -> None:
    doc = bundle({"fullUrl": "urn:uuid:1", "resource": patient()},
                 {"fullUrl": "urn:uuid:2", "resource": patient()},
                 {"resource": observation(subject={"reference": "Patient/p1"})})
    assert outcomes(read(doc))[(1, 3)] == ("rejected", "subject_unresolved")


def test_reference_that_names_another_resource_type() -> None:
    doc = bundle({"resource": {"resourceType": "Group", "id": "g", "type": "person",
                               "actual": True}},
                 {"resource": observation(subject={"reference": "Group/g"})})
    assert outcomes(read(doc))[(1, 2)] == ("rejected", "subject_not_patient")


def test_invalid_patient_rejects_its_observations() -> None:
    bad = patient()
    bad["gender"] = 5
    doc = bundle({"resource": bad}, {"resource": observation(subject={"reference": "Patient/p1"})})
    assert outcomes(read(doc))[(1, 2)] == ("rejected", "invalid_fhir")


def test_several_identifiers() -> None:
    mr = {"system": MRN, "value": "0012345",
          "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                               "code": "MR"}]}}
    national = {"system": "http://nat.example/id", "value": "999"}
    plain = {"system": "http://other.example/id", "value": "777"}
    with_mr = bundle({"resource": patient("p1", national, mr)},
                     {"resource": observation(subject={"reference": "Patient/p1"})})
    assert read(with_mr).observations[0].patient_id == "0012345"
    without = bundle({"resource": patient("p1", national, plain)},
                     {"resource": observation(subject={"reference": "Patient/p1"})})
    assert outcomes(read(without))[(1, 2)] == ("rejected", "patient_id_ambiguous")
    chosen = read(without, patient_id_authority="http://nat.example/id").observations[0]
    assert (chosen.patient_id, chosen.assigning_authority) == ("999", "http://nat.example/id")


def test_no_subject() -> None:
    assert first(read(observation(subject=None))) == ("rejected", "patient_id_missing")


# -- statuses and keys -------------------------------------------------------------------------
@pytest.mark.parametrize("status, expected", [
    ("final", ("used", "final")), ("amended", ("used", "corrected")),
    ("corrected", ("used", "corrected")), ("preliminary", ("ignored", "preliminary")),
    ("entered-in-error", ("used", "withdrawal")), ("cancelled", ("used", "withdrawal")),
    ("registered", ("ignored", "no_result")), ("unknown", ("rejected", "status_unknown")),
])
def test_statuses(status: str, expected: tuple[str, str]) -> None:
    assert first(read(observation(status=status))) == expected


def test_correction_matched_by_resource_id_without_identifier() -> None:
    doc = bundle({"resource": observation()},
                 {"resource": observation(status="amended", valueQuantity={
                     "value": 4000, "unit": "ug/L"})})
    result = read(doc)
    assert [(r.status, r.value.text) for r in result.observations] == [("corrected", "4000")]


def test_results_of_two_patients_never_supersede_each_other() -> None:
    other = {"identifier": {"system": MRN, "value": "0099999"}}
    doc = bundle({"resource": observation()},
                 {"resource": observation(status="entered-in-error", subject=other)})
    result = read(doc)
    assert [r.patient_id for r in result.observations] == ["0012345"]
    assert result.withdrawals[0].removed == ()
