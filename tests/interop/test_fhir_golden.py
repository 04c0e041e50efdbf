"""Golden FHIR R4 files (Bundles with Patient resources, with contained references, a single
Observation): every entry with its expected fate, checked by hand, and a reviewed snapshot."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.lab_import.fhir_reader import read_fhir_file

from .support import FHIR, OPTIONS, check_accounting, check_snapshot, outcomes

USED, IGNORED, REJECTED = "used", "ignored", "rejected"
EXPECTED = {
    "bundle_with_patients.json": {
        (1, 1): (IGNORED, "patient_context"),
        (1, 2): (USED, "final"),  # 2276-4, 5120 ug/L, subject by urn:uuid fullUrl
        (1, 3): (USED, "final"),  # local HLA-DR code, UCUM {AB}/{cell}, value 3200.0 as written
        (1, 4): (IGNORED, "other_test"),  # CRP
        (1, 5): (IGNORED, "patient_context"),
        (1, 6): (USED, "final"),  # 20567-4 pmol/L, subject "Patient/p2" against the server base
        (1, 7): (USED, "final"),  # no coding: "HLA-DR on monocytes" by name, unit text AB/C
        (1, 8): (IGNORED, "not_an_observation"),  # DiagnosticReport
    },
    "bundle_contained_statuses.json": {
        (1, 1): (IGNORED, "superseded"),  # final 4300, replaced by the corrected 4500 (o3)
        (1, 2): (IGNORED, "superseded"),  # preliminary 2900, replaced by the final 2950 (o4)
        (1, 3): (USED, "corrected"),
        (1, 4): (USED, "final"),
        (1, 5): (IGNORED, "withdrawn"),  # entered-in-error (o6) withdraws it
        (1, 6): (USED, "withdrawal"),
        (1, 7): (USED, "withdrawal"),  # cancelled: nothing earlier in this file
        (1, 8): (USED, "final"),  # dataAbsentReason: not determined, the laboratory's words kept
        (1, 9): (REJECTED, "unit_missing"),  # valueString "<5": no unit
        (1, 10): (REJECTED, "status_unknown"),  # "bogus" passes the model; we refuse it
        (1, 11): (REJECTED, "date_without_time"),
        (1, 12): (REJECTED, "unit_conflict"),  # 2276-4 with pmol/L
        (1, 13): (USED, "final"),  # HLA-DR in %
        (1, 14): (USED, "final"),  # > 40000 ug/L, comparator kept
        (1, 15): (REJECTED, "comparator_unknown"),  # "ad"
        (1, 16): (REJECTED, "unit_conflict"),  # unit ng/mL but UCUM code ug/L
        (1, 17): (REJECTED, "invalid_fhir"),  # dateTime with a time but no zone
        (1, 18): (REJECTED, "subject_unresolved"),
        (1, 19): (REJECTED, "no_resource"),
    },
    "single_observation.json": {(1, 1): (USED, "final")},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_entry_has_its_expected_fate(name: str) -> None:
    result = read_fhir_file(FHIR / name, OPTIONS)
    check_accounting(result)
    assert outcomes(result) == EXPECTED[name]
    assert [m.outcome.value for m in result.messages] == [USED]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_output_matches_the_reviewed_snapshot(name: str) -> None:
    check_snapshot(read_fhir_file(FHIR / name, OPTIONS), FHIR / "expected" / name)


def test_patients_resolved_in_the_bundle() -> None:
    rows = read_fhir_file(FHIR / "bundle_with_patients.json", OPTIONS).observations
    mrn = "http://genhosp.example.org/fhir/sid/mrn"
    assert [(r.patient_id, r.assigning_authority, r.analyte, r.value.text, r.unit) for r in
            rows] == [
        ("0012345", mrn, "ferritin", "5120", FerritinUnit.UG_PER_L),
        ("0012345", mrn, "hla_dr", "3200.0", HlaDrUnit.AB_PER_CELL),
        ("0067890", mrn, "ferritin", "9932", FerritinUnit.PMOL_PER_L),
        ("0067890", mrn, "hla_dr", "7800", HlaDrUnit.AB_PER_CELL),
    ]


def test_contained_patient_statuses_and_withdrawals() -> None:
    result = read_fhir_file(FHIR / "bundle_contained_statuses.json", OPTIONS)
    assert [(r.source.element, r.status, r.value.display() if r.value else r.not_determined)
            for r in result.observations] == [
        ("Observation/o3", "corrected", "4500"), ("Observation/o4", "final", "2950"),
        ("Observation/o8", "final", "n.b. (haemolysed sample)"),
        ("Observation/o13", "final", "45"), ("Observation/o14", "final", ">40000")]
    assert [(w.status_text, [s.element for s in w.removed]) for w in result.withdrawals] == [
        ("entered-in-error", ["Observation/o5"]), ("cancelled", [])]


def test_single_observation_keeps_the_number_as_written() -> None:
    (row,) = read_fhir_file(FHIR / "single_observation.json", OPTIONS).observations
    assert (row.value.text, row.value.value) == ("9931.70", Decimal("9931.70"))
    assert (row.patient_id, row.time_field) == ("0044444", "effectivePeriod.start")
    assert row.sampled_at.isoformat() == "2025-03-26T07:00:00+01:00"
