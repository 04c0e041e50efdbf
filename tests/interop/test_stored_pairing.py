"""A message file settled together with results stored from earlier files
(``message_outcomes(..., stored)``, ADR 0015): stored results pair by the one rule, never
appear as rows of the file, and a new result rejected because of a stored one names it."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import Comparator, ParsedValue
from desktop_app.lab_import.hl7_reader import read_hl7_bytes
from desktop_app.lab_import.message_file import message_outcomes
from desktop_app.lab_import.model import ImportOptions
from desktop_app.lab_import.stored_results import StoredResult

from ..inbox.messages import SAMPLED, hl7_time, oru
from .support import OPTIONS

EARLIER = "a.hl7, message 1 (M1), segment 4 (OBX)"


def stored(analyte: str, value: str, hours: float = 0, *, holder: int = 7,
           authority: str | None = "GENHOSP") -> StoredResult:
    unit = FerritinUnit.NG_PER_ML if analyte == "ferritin" else HlaDrUnit.AB_PER_CELL
    return StoredResult(
        result_key=f'["hl7","GENHOSP","P1","O{holder}","{analyte}"]', patient_id="P1",
        assigning_authority=authority, analyte=analyte,
        sampled_at=SAMPLED + timedelta(hours=hours),
        value=ParsedValue(Comparator.EQ, Decimal(value), value), unit=unit,
        not_determined=None, source=EARLIER, holder=holder)


def settle(message: str, *offered: StoredResult):
    result = read_hl7_bytes(message.encode(), "b.hl7", OPTIONS)
    return message_outcomes(result, ImportOptions(), tuple(offered))


def test_a_new_result_pairs_with_a_stored_one_and_keeps_only_its_own_row() -> None:
    samples, rejected, partners = settle(
        oru("M2", "P1", ("hla_dr", "3000", "F"), order="O2", at=hl7_time(3)),
        stored("ferritin", "300"))
    (sample,) = samples
    assert rejected == [] and sample.rows == (4,)  # the OBX line of this file only
    assert sample.inputs.ferritin is not None and sample.inputs.hla_dr is not None
    assert sample.inputs.ferritin.value.text == "300"
    assert partners == {4: stored("ferritin", "300")}


def test_stored_results_that_pair_with_nothing_new_are_not_samples() -> None:
    samples, rejected, partners = settle(
        oru("M2", "P1", ("hla_dr", "3000", "F"), order="O2", at=hl7_time(30)),
        stored("ferritin", "300"), stored("ferritin", "400", 60, holder=8))
    assert [s.rows for s in samples] == [(4,)] and rejected == [] and partners == {}
    assert samples[0].inputs.ferritin is None


def test_another_issuer_is_another_patient() -> None:
    samples, _, partners = settle(oru("M2", "P1", ("hla_dr", "3000", "F"), order="O2"),
                                  stored("ferritin", "300", authority="OTHERHOSP"))
    assert partners == {} and samples[0].inputs.ferritin is None


def test_a_tie_with_a_stored_result_is_left_unpaired_and_named_by_its_source() -> None:
    samples, _, partners = settle(
        oru("M2", "P1", ("ferritin", "300", "F"), order="O2", at=hl7_time(-2)),
        stored("hla_dr", "3000", 0, holder=7), stored("hla_dr", "2000", -4, holder=8))
    assert partners == {}
    (sample,) = samples
    (note,) = sample.notes
    assert note.code == "pairing_ambiguous"
    assert EARLIER in note.message and "-1" not in note.message


def test_a_new_result_equal_to_a_stored_one_is_the_duplicate() -> None:
    """Same patient, test, time and value: counted once, in the stored result, which then
    pairs with the new HLA-DR as it would within one file."""
    samples, rejected, partners = settle(
        oru("M2", "P1", ("ferritin", "300", "F"), ("hla_dr", "3000", "F"), order="O2"),
        stored("ferritin", "300"))
    (dup,) = rejected
    assert dup.row == 4 and dup.reasons[0].code == "duplicate_result"
    assert dup.reasons[0].message == ("the same ferritin result, for the same patient and "
                                      f"time, was stored from {EARLIER} (counted once, there)")
    assert [s.rows for s in samples] == [(5,)] and partners == {5: stored("ferritin", "300")}


def test_a_new_result_conflicting_with_a_stored_one_is_rejected_naming_it() -> None:
    samples, rejected, partners = settle(
        oru("M2", "P1", ("ferritin", "6000", "F"), ("hla_dr", "3000", "F"), order="O2"),
        stored("ferritin", "300"))
    (conflict,) = rejected
    assert conflict.reasons[0].code == "conflicting_results"
    assert EARLIER in conflict.reasons[0].message and "-1" not in conflict.reasons[0].message
    # as within one file: neither ferritin is used, the HLA-DR stays alone
    assert partners == {} and [s.rows for s in samples] == [(5,)]
    assert samples[0].inputs.ferritin is None
