"""FHIR export of assessments: valid R4 (parsed back with fhir.resources R4B), exact numbers,
the phenotype coded, the rule-set version as method, inputs as derivedFrom and components,
the PDF as a DocumentReference, and a round trip through the FHIR reader to the same
phenotype."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from desktop_app.core.inputs import Ferritin, HlaDr, PatientInputs
from desktop_app.core.phenotype import classify
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import parse_value
from desktop_app.lab_import.fhir_reader import read_fhir_bytes
from desktop_app.lab_import.message_fields import MessageReadOptions
from desktop_app.services.atomic import TargetExistsError
from desktop_app.services.fhir_export import (
    CONCEPTS,
    DISCLAIMER,
    RULE_SETS,
    FhirExportError,
    PatientRef,
    assessment_bundle,
    assessment_count,
    history_bundle,
    to_json,
    write_bundle,
)
from desktop_app.services.records import open_store

TZ = timezone(timedelta(hours=1))
SAMPLED = datetime(2025, 3, 24, 8, 30, tzinfo=TZ)
NOW = datetime(2025, 3, 24, 10, 0, tzinfo=TZ)
PATIENT = PatientRef("0012345", "http://hosp.example.org/mrn")
PDF = b"%PDF-1.7\n% a report\n%%EOF\n"


def counter():  # type: ignore[no-untyped-def]
    n = iter(range(10_000))
    return lambda: f"00000000-0000-4000-8000-{next(n):012d}"


def assess(ferritin: str | None, f_unit: FerritinUnit = FerritinUnit.NG_PER_ML,
           hla: str | None = None, h_unit: HlaDrUnit = HlaDrUnit.AB_PER_CELL,
           age: str | None = "64", when: datetime | None = SAMPLED):  # type: ignore[no-untyped-def]
    inputs = PatientInputs(
        Ferritin(parse_value(ferritin, field="ferritin"), f_unit, when) if ferritin else None,
        HlaDr(parse_value(hla, field="hla"), h_unit, when) if hla else None,
        parse_value(age, field="age") if age else None)
    return classify(inputs, now=NOW)


CASES = {
    "mals": assess("5120", FerritinUnit.UG_PER_L, "3200"),
    "immunoparalysis": assess("9931.7", FerritinUnit.PMOL_PER_L, "<100"),
    "unclassified": assess("300", hla="12000", age=None, when=None),
    "cannot_classify_percent": assess("300", hla="45", h_unit=HlaDrUnit.PERCENT_POSITIVE),
    "cannot_classify_censored": assess(">3000"),  # spans 4420 ng/mL
    "boundary": assess("4420.0000000000001"),
}


def export(a, **kw: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return assessment_bundle(a, PATIENT, assessed_at=NOW, now=NOW, new_id=counter(), **kw)


def parsed(doc: dict[str, Any]) -> dict[str, Any]:
    """The file as a receiver reads it: JSON text, numbers as Decimal, validated as R4."""
    text = to_json(doc).decode("utf-8")
    Bundle.model_validate_json(text)
    return json.loads(text, parse_float=Decimal)


def by_url(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["fullUrl"]: e["resource"] for e in doc["entry"]}


def phenotype_observation(doc: dict[str, Any]) -> dict[str, Any]:
    return next(e["resource"] for e in doc["entry"] if e["resource"]["resourceType"] ==
                "Observation" and e["resource"]["code"]["coding"][0]["code"] ==
                "immunosep-phenotype")


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_export_is_valid_r4(name: str) -> None:
    doc = parsed(export(CASES[name], pdf=PDF))
    assert doc["type"] == "collection"
    assert [e["resource"]["resourceType"] for e in doc["entry"]][-1] == "DocumentReference"
    assert assessment_count(doc) == 1


@pytest.mark.parametrize("name, code", [
    ("mals", "mals"), ("immunoparalysis", "immunoparalysis"), ("unclassified", "unclassified"),
    ("cannot_classify_percent", "cannot-classify"), ("cannot_classify_censored",
                                                     "cannot-classify")])
def test_phenotype_rule_set_inputs_and_disclaimer(name: str, code: str) -> None:
    a = CASES[name]
    doc = parsed(export(a))
    obs = phenotype_observation(doc)
    assert obs["valueCodeableConcept"]["coding"] == [{"system": CONCEPTS, "code": code,
                                                      "display": obs["valueCodeableConcept"]
                                                      ["coding"][0]["display"]}]
    assert obs["method"]["coding"][0] == {"system": RULE_SETS, "code": a.ruleset.version,
                                          "display": f"ImmunoSep phenotype rule "
                                                     f"{a.ruleset.version}"}
    assert obs["note"][0]["text"] == DISCLAIMER
    assert obs["subject"] == {"identifier": {"value": "0012345",
                                             "system": "http://hosp.example.org/mrn"}}
    assert [i["coding"][0]["code"] for i in obs["interpretation"]] == list(a.reason_codes())
    assert [i["text"] for i in obs["interpretation"]] == [f.message for f in a.reasons]
    warnings = {n["text"] for n in obs["note"]}
    assert {w.message for w in a.warnings} <= warnings
    inputs = [by_url(doc)[ref["reference"]] for ref in obs["derivedFrom"]]
    expected = ["ferritin"] + (["hla_dr"] if a.inputs.hla_dr else [])
    assert len(inputs) == len(expected)
    assert all(i["status"] == "final" and i["subject"] == obs["subject"] for i in inputs)
    assert len(obs["component"]) == len(expected) + (1 if a.inputs.age_years else 0)


def test_ferritin_codes_follow_the_unit_dimension() -> None:
    mass = phenotype_observation(parsed(export(CASES["mals"])))["component"][0]
    molar = phenotype_observation(parsed(export(CASES["immunoparalysis"])))["component"][0]
    assert mass["code"]["coding"][0]["code"] == "2276-4"
    assert mass["valueQuantity"]["code"] == "ug/L"
    assert molar["code"]["coding"][0]["code"] == "20567-4"
    assert molar["valueQuantity"] == {"value": Decimal("9931.7"), "unit": "pmol/L",
                                      "system": "http://unitsofmeasure.org", "code": "pmol/L"}
    assert "converted: 9931.7 pmol/L ÷ 2.247" in molar["interpretation"][0]["text"]


def test_numbers_are_written_exactly() -> None:
    text = to_json(export(CASES["boundary"])).decode()
    assert '"value": 4420.0000000000001' in text
    censored = phenotype_observation(parsed(export(CASES["immunoparalysis"])))["component"][1]
    assert censored["valueQuantity"]["comparator"] == "<"
    assert censored["valueQuantity"]["value"] == Decimal("100")


@pytest.mark.parametrize("name", ["mals", "immunoparalysis", "boundary",
                                  "cannot_classify_percent"])
def test_round_trip_through_the_reader_gives_the_same_phenotype(name: str) -> None:
    a = CASES[name]
    data = to_json(export(a))
    result = read_fhir_bytes(data, "export.json", MessageReadOptions())
    rows = {r.analyte: r for r in result.observations}
    assert set(rows) == {"ferritin"} | ({"hla_dr"} if a.inputs.hla_dr else set())
    f = rows["ferritin"]
    original = a.inputs.ferritin
    assert (f.value.comparator, f.value.value, f.unit) == (
        original.value.comparator, original.value.value, original.unit)
    h = rows.get("hla_dr")
    again = classify(PatientInputs(
        Ferritin(f.value, f.unit, f.sampled_at if a.inputs.ferritin.sampled_at else None),
        HlaDr(h.value, h.unit, h.sampled_at) if h else None, a.inputs.age_years), now=NOW)
    assert (again.status, again.phenotype, again.reason_codes()) == (
        a.status, a.phenotype, a.reason_codes())
    # The assessment Observation itself is not a laboratory result: it is read as another test.
    assert "other_test" in {r.code for r in result.results}


def test_inputs_without_sample_time_are_not_imported_back() -> None:
    result = read_fhir_bytes(to_json(export(CASES["unclassified"])), "x.json",
                             MessageReadOptions())
    assert result.observations == []
    assert sorted(r.code for r in result.results) == ["other_test", "time_missing",
                                                      "time_missing"]


def test_pdf_is_attached_to_the_assessment() -> None:
    doc = parsed(export(CASES["mals"], pdf=PDF))
    ref = next(e["resource"] for e in doc["entry"]
               if e["resource"]["resourceType"] == "DocumentReference")
    attachment = ref["content"][0]["attachment"]
    assert base64.b64decode(attachment["data"]) == PDF
    assert attachment["contentType"] == "application/pdf" and attachment["size"] == len(PDF)
    assert base64.b64decode(attachment["hash"]) == hashlib.sha1(PDF).digest()
    assert by_url(doc)[ref["context"]["related"][0]["reference"]] is not None
    assert by_url(doc)[ref["context"]["related"][0]["reference"]]["code"]["coding"][0][
        "code"] == "immunosep-phenotype"
    with pytest.raises(FhirExportError):
        export(CASES["mals"], pdf=b"<html>not a pdf</html>")


def test_training_exports_are_labelled_on_every_resource() -> None:
    doc = parsed(export(CASES["mals"], pdf=PDF, training=True))
    for resource in (doc, *(e["resource"] for e in doc["entry"])):
        assert resource["meta"]["security"][0]["code"] == "HTEST"
    assert phenotype_observation(doc)["note"][0]["text"].startswith("TRAINING")
    assert "meta" not in parsed(export(CASES["mals"]))


def test_same_ids_same_bytes() -> None:
    assert to_json(export(CASES["mals"], pdf=PDF)) == to_json(export(CASES["mals"], pdf=PDF))


def test_missing_patient_identifier_is_refused() -> None:
    with pytest.raises(FhirExportError):
        assessment_bundle(CASES["mals"], PatientRef("  "), assessed_at=NOW, now=NOW)


def test_history_versions(tmp_path: Path) -> None:
    with open_store(tmp_path, training=False, os_user="tester") as store:
        first = store.save_assessment("BED-7", CASES["mals"], evidence_version="ev", now=NOW)
        second = store.save_assessment("BED-7", CASES["unclassified"], evidence_version="ev",
                                       now=NOW)
        corrected = store.correct_assessment(second, CASES["immunoparalysis"], reason="typo",
                                             evidence_version="ev", now=NOW)
        wrong = store.save_assessment("BED-7", CASES["boundary"], evidence_version="ev", now=NOW)
        store.mark_entered_in_error(wrong, reason="other patient", now=NOW)
        doc = parsed(history_bundle(store.history("BED-7"), PatientRef("BED-7"), now=NOW,
                                    pdf=PDF, new_id=counter()))
    observations = [e["resource"] for e in doc["entry"]
                    if e["resource"]["resourceType"] == "Observation"
                    and e["resource"]["code"]["coding"][0].get("code") == "immunosep-phenotype"]
    got = {int(o["identifier"][0]["value"]): (o["status"], o["valueCodeableConcept"]["coding"]
                                              [0]["code"]) for o in observations}
    assert got == {first: ("final", "mals"), corrected: ("corrected", "immunoparalysis"),
                   wrong: ("entered-in-error", "mals")}  # the superseded version is left out
    notes = {n["text"] for o in observations for n in o["note"]}
    assert f"corrects #{second}: typo" in notes
    # The PDF belongs to the newest current assessment, never to one entered in error.
    ref = next(e["resource"] for e in doc["entry"]
               if e["resource"]["resourceType"] == "DocumentReference")
    related = by_url(doc)[ref["context"]["related"][0]["reference"]]
    assert related["status"] != "entered-in-error"
    with pytest.raises(FhirExportError):
        history_bundle([], PatientRef("BED-7"), now=NOW)


def test_written_atomically_never_over_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    doc = export(CASES["mals"])
    write_bundle(target, doc)
    with pytest.raises(TargetExistsError):
        write_bundle(target, doc)
    write_bundle(target, doc, overwrite=True)
    Bundle.model_validate_json(target.read_text(encoding="utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
