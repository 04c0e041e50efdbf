"""Pairing laboratory results across inbox files (issue 14 pt 3, ADR 0015), on SQLite and
PostgreSQL: a ferritin stored alone and the HLA-DR of the same sample arriving in a later file
become one assessment with a phenotype -- a new version of the ferritin-only one -- by the
rule that pairs within a file (nearest in time, within 24 h inclusive, ties unpaired, the
patient's identifier *and* issuer); a correction of one of two paired results keeps its
partner; a withdrawal marks the paired version; what a clinician changed meanwhile is never
superseded."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core.phenotype import classify
from desktop_app.lab_import.message_fields import MessageReadOptions
from desktop_app.lab_import.message_file import MessageLabFile
from desktop_app.lab_import.model import ImportOptions
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.inbox_store import store_inbox_file
from desktop_app.store import inbox_ledger
from desktop_app.store.tables import inbox_results

from ..inbox.messages import INBOX, MRN, fhir_observation, hl7_time, oru, write
from .conftest import T0

FERRITIN = oru("M1", "P1", ("ferritin", "300", "F"), order="O1")


def _read(store, path: Path) -> MessageLabFile:
    seen = store.read_records(inbox_ledger.seen_messages)
    return MessageLabFile(path, "fhir" if path.suffix == ".json" else "hl7", ImportOptions(),
                          read_options=MessageReadOptions.from_site(INBOX, seen_messages=seen))


def _put(store, folder: Path, name: str, *messages: str):
    lab = _read(store, write(folder, name, *messages))
    return store_inbox_file(store, lab, file_name=name, file_sha256="0" * 64, now=T0,
                            evidence_version="ev-1")


def _current(store, patient: str = "P1") -> list[tuple[str, str, str]]:
    """(phenotype, ferritin as entered, HLA-DR as entered; "" for none) of each current
    assessment."""
    return sorted((e.phenotype or "", (e.inputs.get("ferritin") or {}).get("entered") or "",
                   (e.inputs.get("hla_dr") or {}).get("entered") or "")
                  for e in store.history(patient) if e.is_current)


def test_an_hla_dr_arriving_later_completes_the_stored_ferritin(store, tmp_path) -> None:
    first = _put(store, tmp_path, "a.hl7", FERRITIN)
    assert (first.assessments, first.paired, first.phenotypes["cannot_classify"]) == (1, 0, 1)
    later = _put(store, tmp_path, "b.hl7", oru("M2", "P1", ("hla_dr", "3000", "F"),
                                               order="O2", at=hl7_time(3)))
    assert (later.assessments, later.paired, later.corrections) == (1, 1, 0)
    old, new = sorted(store.history("P1"), key=lambda e: e.assessment_id)
    assert new.supersedes == old.assessment_id and new.is_current and not old.is_current
    assert new.phenotype == "immunoparalysis"  # 300 ng/mL <= 4420, 3000 AB/C < 5000
    assert (new.inputs["ferritin"]["entered"], new.inputs["hla_dr"]["entered"]) == ("300",
                                                                                   "3000")
    assert new.correction_reason == ("Paired with the HLA-DR result received in b.hl7, "
                                     "message 1 (M2), segment 4 (OBX).")
    assert old.status == "cannot_classify" and old.phenotype is None  # kept, as it was
    # both results are now held by the paired version: a later withdrawal marks it
    holders = store.read_records(lambda c: [inbox_ledger.holder(c, key) for key in c.execute(
        select(inbox_results.c.result_key)).scalars()])
    assert set(holders) == {new.assessment_id}
    assert store.verify_audit().ok


def test_a_stored_hla_dr_is_completed_by_a_later_ferritin(store, tmp_path) -> None:
    _put(store, tmp_path, "a.hl7", oru("M1", "P1", ("hla_dr", "3000", "F"), order="O1"))
    later = _put(store, tmp_path, "b.hl7", oru("M2", "P1", ("ferritin", "6000", "F"),
                                               order="O2", at=hl7_time(-5)))
    assert later.paired == 1
    assert _current(store) == [("mals", "6000", "3000")]


@pytest.mark.parametrize(("hours", "paired"), [(24, True), (24 + 1 / 60, False), (30, False)])
def test_only_within_the_pairing_interval(store, tmp_path, hours: float, paired: bool) -> None:
    _put(store, tmp_path, "a.hl7", FERRITIN)
    later = _put(store, tmp_path, "b.hl7", oru("M2", "P1", ("hla_dr", "3000", "F"),
                                               order="O2", at=hl7_time(hours)))
    assert later.paired == int(paired)
    assert _current(store) == ([("immunoparalysis", "300", "3000")] if paired else
                               [("", "", "3000"), ("", "300", "")])


def test_two_stored_ferritins_equally_near_leave_the_hla_dr_unpaired(store, tmp_path) -> None:
    _put(store, tmp_path, "a.hl7", oru("M1", "P1", ("ferritin", "300", "F"), order="O1",
                                       at=hl7_time(-2)))
    _put(store, tmp_path, "b.hl7", oru("M2", "P1", ("ferritin", "400", "F"), order="O2",
                                       at=hl7_time(2)))
    tie = _put(store, tmp_path, "c.hl7", oru("M3", "P1", ("hla_dr", "3000", "F"),
                                             order="O3"))
    assert tie.paired == 0
    assert _current(store) == [("", "", "3000"), ("", "300", ""), ("", "400", "")]


def test_the_same_number_from_another_issuer_is_another_patient(store, tmp_path) -> None:
    _put(store, tmp_path, "a.hl7", FERRITIN)
    other = _put(store, tmp_path, "b.hl7", oru("M2", "P1", ("hla_dr", "3000", "F"),
                                               order="O2", authority="OTHERHOSP"))
    assert other.paired == 0
    # (the ward's records know patients by identifier only: both are listed under P1)
    assert _current(store) == [("", "", "3000"), ("", "300", "")]


def test_a_fhir_observation_pairs_with_an_earlier_hl7_result(store, tmp_path) -> None:
    """HL7 names the issuer by its universal id (PID-3.4.2), FHIR by ``identifier.system``:
    the same text, so the same patient."""
    _put(store, tmp_path, "a.hl7", oru("M1", "P1", ("ferritin", "300", "F"), order="O1",
                                       authority=f"&{MRN}&URI"))
    fhir = _put(store, tmp_path, "b.json",
                fhir_observation("obs-7", "P1", "hla_dr", "2999", "2025-03-24T11:30:00+01:00"))
    assert fhir.paired == 1
    assert _current(store) == [("immunoparalysis", "300", "2999")]
    (new,) = [e for e in store.history("P1") if e.is_current]
    assert new.correction_reason == ("Paired with the HLA-DR result received in b.json, "
                                     "message 1 (obs-7), entry 1 (Observation/obs-7).")


def test_a_corrected_ferritin_after_pairing_keeps_the_hla_dr(store, tmp_path) -> None:
    _put(store, tmp_path, "a.hl7", FERRITIN)
    _put(store, tmp_path, "b.hl7", oru("M2", "P1", ("hla_dr", "3000", "F"), order="O2",
                                       at=hl7_time(3)))
    corrected = _put(store, tmp_path, "c.hl7", oru("M3", "P1", ("ferritin", "6000", "C"),
                                                   order="O1"))
    assert (corrected.corrections, corrected.paired) == (1, 0)
    assert _current(store) == [("mals", "6000", "3000")]  # re-classified with both
    versions = sorted(store.history("P1"), key=lambda e: e.assessment_id)
    assert [v.supersedes for v in versions] == [None, versions[0].assessment_id,
                                                versions[1].assessment_id]
    assert "corrected the ferritin result (status C)" in (versions[2].correction_reason or "")
    assert store.verify_audit().ok


def test_a_correction_of_one_of_two_results_paired_in_one_file_keeps_the_other(store,
                                                                              tmp_path) -> None:
    _put(store, tmp_path, "a.hl7", oru("M1", "P1", ("ferritin", "300", "F"),
                                       ("hla_dr", "3000", "F")))
    _put(store, tmp_path, "b.hl7", oru("M2", "P1", ("hla_dr", "9000", "C")))
    assert _current(store) == [("unclassified", "300", "9000")]


def test_a_withdrawal_of_the_hla_dr_after_pairing_marks_the_paired_version(store,
                                                                          tmp_path) -> None:
    _put(store, tmp_path, "a.hl7", FERRITIN)
    _put(store, tmp_path, "b.hl7", oru("M2", "P1", ("hla_dr", "3000", "F"), order="O2"))
    withdrawn = _put(store, tmp_path, "c.hl7", oru("M3", "P1", ("hla_dr", "", "W"),
                                                   order="O2"))
    assert withdrawn.withdrawn == 1
    first, paired = sorted(store.history("P1"), key=lambda e: e.assessment_id)
    assert paired.entered_in_error and "withdrew the HLA-DR result" in (paired.error_reason
                                                                        or "")
    assert not first.entered_in_error and first.superseded_by == paired.assessment_id
    assert _current(store) == []
    # the ferritin, held by a version marked in error, is never offered for pairing again
    again = _put(store, tmp_path, "d.hl7", oru("M4", "P1", ("hla_dr", "2000", "F"),
                                               order="O4"))
    assert again.paired == 0 and _current(store) == [("", "", "2000")]


def test_a_file_read_twice_pairs_once(store, tmp_path) -> None:
    _put(store, tmp_path, "a.hl7", FERRITIN)
    hla_dr = oru("M2", "P1", ("hla_dr", "3000", "F"), order="O2")
    _put(store, tmp_path, "b.hl7", hla_dr)
    again = _put(store, tmp_path, "b2.hl7", hla_dr)
    assert (again.assessments, again.paired, again.repeated_messages) == (0, 0, 1)
    assert len(store.history("P1")) == 2 and _current(store) == [
        ("immunoparalysis", "300", "3000")]


@pytest.mark.parametrize("meanwhile", ["corrected", "marked"])
def test_what_a_clinician_changed_after_the_file_was_read_is_not_superseded(
        store, tmp_path, meanwhile: str) -> None:
    """The stored results offered for pairing are read in the write transaction: a window
    save between reading the file and storing it is seen, never overwritten."""
    _put(store, tmp_path, "a.hl7", FERRITIN)
    lab = _read(store, write(tmp_path, "b.hl7", oru("M2", "P1", ("hla_dr", "3000", "F"),
                                             order="O2")))
    (stored,) = store.history("P1")
    if meanwhile == "corrected":  # typed in the window: no longer the laboratory's inputs
        typed = classify(build_inputs(EntryText(ferritin="350", ferritin_unit="ng/mL",
                                                ferritin_sampled="2025-03-24T08:30+01:00")),
                         now=T0)
        store.correct_assessment(stored.assessment_id, typed, reason="typo", now=T0,
                                 evidence_version="ev-1")
    else:
        store.mark_entered_in_error(stored.assessment_id, reason="wrong patient", now=T0)
    done = store_inbox_file(store, lab, file_name="b.hl7", file_sha256="0" * 64, now=T0,
                            evidence_version="ev-1")
    assert (done.assessments, done.paired) == (1, 0)
    newest = max(store.history("P1"), key=lambda e: e.assessment_id)
    assert newest.supersedes is None and newest.phenotype is None  # the HLA-DR alone
    assert store.verify_audit().ok


def test_a_not_determined_result_is_rebuilt_with_the_laboratorys_word(store, tmp_path) -> None:
    _put(store, tmp_path, "a.hl7", oru("M1", "P1", ("ferritin", "n.b.", "F"), order="O1"))
    later = _put(store, tmp_path, "b.hl7", oru("M2", "P1", ("hla_dr", "3000", "F"),
                                               order="O2", at=hl7_time(2)))
    assert later.paired == 1
    (new,) = [e for e in store.history("P1") if e.is_current]
    assert new.phenotype is None and new.supersedes is not None
    assert new.inputs["hla_dr"]["entered"] == "3000"
    assert new.inputs["ferritin_not_determined"]["entered"] == "n.b."
    assert any('Ferritin not determined ("n.b.")' in r["message"]
               for r in new.result["reasons"])


def test_a_censored_value_is_rebuilt_with_its_comparator(store, tmp_path) -> None:
    censored = oru("M1", "P1", ("hla_dr", "<^100", "F"), order="O1").replace(
        "|NM|MHLADR", "|SN|MHLADR")
    _put(store, tmp_path, "a.hl7", censored)
    _put(store, tmp_path, "b.hl7", oru("M2", "P1", ("ferritin", "300", "F"), order="O2",
                                       at=hl7_time(-1)))
    (new,) = [e for e in store.history("P1") if e.is_current]
    assert new.phenotype == "immunoparalysis"
    assert (new.inputs["hla_dr"]["comparator"], new.inputs["hla_dr"]["entered"]) == ("<",
                                                                                    "<100")
