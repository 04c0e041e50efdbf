"""Golden HL7 v2 files written from the v2.5.1 segment definitions (chapter 2 MSH, chapter 3
PID, chapter 7 OBR/OBX, table 0085 result status) and LOINC (2276-4 ferritin mass
concentration, 20567-4 molar concentration): every message and OBX with its expected fate,
checked by hand, and the whole output against a reviewed snapshot."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.lab_import.hl7_reader import read_hl7_file

from .support import HL7, OPTIONS, check_accounting, check_snapshot, outcomes

USED, IGNORED, REJECTED = "used", "ignored", "rejected"

EXPECTED = {
    "oru_v251_two_patients.hl7": {
        (1, 5): (USED, "final"),  # LOINC 2276-4, 5120 ug/L, OBX-14 time; OBX-8 "H" plays no part
        (1, 6): (USED, "final"),  # local code MHLADR, {AB}/{cell} (UCUM) = AB/C, OBR-7 time
        (2, 4): (USED, "final"),  # LOINC 20567-4 with pmol/L
        (2, 5): (USED, "final"),  # unconfigured code, recognised by its name "HLA-DR on monocytes"
        (2, 6): (IGNORED, "other_test"),  # CRP (LOINC 1988-5)
    },
    "oru_v251_mllp_corrections.hl7": {
        (1, 4): (IGNORED, "superseded"),  # F 4300 replaced by the C 4500 of message 2
        (1, 5): (IGNORED, "superseded"),  # P 2900 replaced by the F 2950 of message 2
        (2, 4): (USED, "corrected"),
        (2, 5): (USED, "final"),
        (3, 4): (IGNORED, "duplicate_message"),  # message 1 sent again: imported once
        (3, 5): (IGNORED, "duplicate_message"),
        (4, 4): (IGNORED, "preliminary"),  # shown, not classified
    },
    "oru_v23_cancelled.hl7": {
        (1, 4): (IGNORED, "withdrawn"),  # deleted by OBX-11 D in message 2 (same order)
        (1, 5): (USED, "final"),  # OBX-14 with TS degree of precision M
        (2, 4): (USED, "withdrawal"),
        (3, 4): (USED, "withdrawal"),  # X: cannot be obtained (passed on for stored results)
        (3, 5): (REJECTED, "date_without_time"),  # 20250325^D
    },
    "oru_v24_preliminary_crlf.hl7": {
        (1, 4): (USED, "final"),  # SN >^40000: censored, comparator kept
        (1, 5): (USED, "final"),  # "HLA-DR positive monocytes" in %: HLA-DR, not usable for SIP
        (1, 6): (IGNORED, "preliminary"),
    },
    "oru_v251_rejections.hl7": {
        (1, 4): (REJECTED, "patient_id_ambiguous"),  # two PID-3 ids, neither MR
        (2, 4): (REJECTED, "unit_conflict"),  # 2276-4 (mass) with pmol/L (molar)
        (2, 5): (REJECTED, "ambiguous_separator"),  # 4,420
        (2, 6): (USED, "final"),  # ST "n.b.": not determined, the laboratory's word kept
        (2, 7): (REJECTED, "unit_missing"),
        (2, 8): (REJECTED, "unit_unknown"),  # "molecules"
        (2, 9): (REJECTED, "status_unknown"),  # OBX-11 empty
        (2, 10): (REJECTED, "date_without_time"),  # OBX-14 20250324
        (2, 11): (REJECTED, "time_imprecise"),  # OBX-14 2025032408
        (2, 12): (REJECTED, "range_or_ratio"),  # SN ^100^-^200
        (2, 13): (REJECTED, "test_conflict"),  # "% positive monocytes" with AB/C
        (2, 14): (REJECTED, "test_conflict"),  # LOINC ferritin code named "HLA-DR"
        (2, 15): (REJECTED, "value_type_unsupported"),  # CE
        (3, 4): (REJECTED, "version_unsupported"),  # 2.7
        (5, 4): (IGNORED, "test_message"),  # MSH-11 T
        (6, 4): (REJECTED, "message_id_missing"),
        (7, 4): (REJECTED, "conflicting_message_id"),  # MSG0502 again, other content
        (8, 3): (REJECTED, "patient_id_missing"),  # OBX without PID
    },
}
MESSAGES = {
    "oru_v251_two_patients.hl7": [USED, USED],
    "oru_v251_mllp_corrections.hl7": [IGNORED, USED, IGNORED, IGNORED],
    "oru_v23_cancelled.hl7": [USED, USED, USED],
    "oru_v24_preliminary_crlf.hl7": [USED],
    "oru_v251_rejections.hl7": [IGNORED, USED, REJECTED, IGNORED, IGNORED, REJECTED, REJECTED,
                                IGNORED],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_obx_has_its_expected_fate(name: str) -> None:
    result = read_hl7_file(HL7 / name, OPTIONS)
    check_accounting(result)
    assert outcomes(result) == EXPECTED[name]
    assert [m.outcome.value for m in result.messages] == MESSAGES[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_output_matches_the_reviewed_snapshot(name: str) -> None:
    check_snapshot(read_hl7_file(HL7 / name, OPTIONS),
                   HL7 / "expected" / name.replace(".hl7", ".json"))


def test_two_patients_values_units_and_times() -> None:
    rows = read_hl7_file(HL7 / "oru_v251_two_patients.hl7", OPTIONS).observations
    got = [(r.patient_id, r.assigning_authority, r.analyte, r.value.value, r.unit,
            r.sampled_at.isoformat(), r.time_field) for r in rows]
    assert got == [
        ("0012345", "GENHOSP", "ferritin", Decimal("5120"), FerritinUnit.UG_PER_L,
         "2025-03-24T08:30:00+01:00", "OBX-14"),
        ("0012345", "GENHOSP", "hla_dr", Decimal("3200"), HlaDrUnit.AB_PER_CELL,
         "2025-03-24T08:30:00+01:00", "OBR-7"),
        ("0067890", "GENHOSP", "ferritin", Decimal("9932"), FerritinUnit.PMOL_PER_L,
         "2025-03-24T09:15:00+01:00", "OBR-7"),
        ("0067890", "GENHOSP", "hla_dr", Decimal("7800"), HlaDrUnit.AB_PER_CELL,
         "2025-03-24T09:15:00+01:00", "OBR-7"),
    ]
    # The MR identifier is chosen over the national number in the same PID-3.
    assert {r.source.message_id for r in rows} == {"MSG0001", "MSG0002"}


def test_corrected_result_replaces_and_final_replaces_preliminary() -> None:
    result = read_hl7_file(HL7 / "oru_v251_mllp_corrections.hl7", OPTIONS)
    got = [(r.analyte, str(r.value.value), r.status, r.source.message_id)
           for r in result.observations]
    assert got == [("ferritin", "4500", "corrected", "MSG0102"),
                   ("hla_dr", "2950", "final", "MSG0102"),
                   ("hla_dr", "4100", "preliminary", "MSG0103")]
    assert [r.classifiable for r in result.observations] == [True, True, False]


def test_deleted_result_is_withdrawn_and_passed_on() -> None:
    result = read_hl7_file(HL7 / "oru_v23_cancelled.hl7", OPTIONS)
    assert [r.analyte for r in result.observations] == ["hla_dr"]
    deleted, cannot = result.withdrawals
    assert (deleted.status_text, deleted.analyte) == ("D", "ferritin")
    assert [s.segment for s in deleted.removed] == [4]
    assert (cannot.status_text, cannot.analyte, cannot.removed) == ("X", "hla_dr", ())
    # v2.3 times without offset are read in the workstation's zone (here Europe/Berlin).
    assert result.observations[0].sampled_at.isoformat() == "2025-03-24T08:45:00+01:00"


def test_censored_and_percent_values_keep_what_the_core_needs() -> None:
    rows = read_hl7_file(HL7 / "oru_v24_preliminary_crlf.hl7", OPTIONS).observations
    ferritin, percent, preliminary = rows
    assert (ferritin.value.display(), ferritin.value_text) == (">40000", ">40000")
    assert percent.unit is HlaDrUnit.PERCENT_POSITIVE and not percent.unit.is_quantitative
    assert preliminary.status == "preliminary"


def test_text_before_the_first_message_is_reported() -> None:
    result = read_hl7_file(HL7 / "oru_v251_rejections.hl7", OPTIONS)
    assert [i.code for i in result.outside_messages] == ["outside_message"]
    assert [(r.patient_id, r.not_determined, r.source.line) for r in result.observations] == [
        ("0055555", "n.b.", 11)]  # the only result that is read: "n.b." (line 11 of the file)
