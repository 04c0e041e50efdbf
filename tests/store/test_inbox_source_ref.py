"""Where an inbox result was received, kept as a place (``inbox_results.source_ref``, schema
0007, issue 18) on SQLite and PostgreSQL: beside the English words of ``source`` the ledger
keeps the ``SourceRef``, so a result held from an earlier file is named in the reader's
language when a later file pairs with it; rows stored before 0007 keep their English words;
the audit chain covers the place (a changed one is found)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.findings import Sentence, Text
from desktop_app.i18n import pseudo_translator, translator
from desktop_app.lab_import.message_file import message_outcomes
from desktop_app.lab_import.model import ImportOptions
from desktop_app.lab_import.observation_rows import SourceRef, stored_source
from desktop_app.services.inbox_pairing import offered_results
from desktop_app.store import inbox_ledger

from ..inbox.messages import hl7_time, oru, write
from ..inbox.reasons import german
from .test_inbox_pairing import _put, _read
from .test_migrations import load_frozen, migrated

A_PLACE = "a.hl7, message 1 (M1), segment 4 (OBX)"


def test_the_ledger_keeps_the_place_beside_its_english_words(store, backend, tmp_path):
    _put(store, tmp_path, "a.hl7", oru("M1", "P1", ("ferritin", "300", "F"), order="O1"))
    ((source, ref),) = backend.query("SELECT source, source_ref FROM inbox_results")
    assert source == A_PLACE  # written as before: exports and the audit read it
    assert json.loads(ref) == {"file": "a.hl7", "message_number": 1, "message_id": "M1",
                               "segment": 4, "element": "OBX", "line": 4}
    place = SourceRef.stored(ref)
    assert place is not None and place.describe() == source
    (row,) = store.read_records(inbox_ledger.recent_results)
    assert SourceRef.stored(row.source_ref) == place
    for tr in (german(), pseudo_translator()):
        words = place.sentence().localized(tr)
        assert words != source and all(part in words for part in ("a.hl7", "M1", "OBX"))
    assert store.verify_audit().ok


def test_a_result_held_from_an_earlier_file_is_named_in_the_readers_language(store,
                                                                             tmp_path):
    """Two stored ferritins equally near a new HLA-DR: the tie note names both held results
    by their places, worded in the reader's language (never English inside German)."""
    _put(store, tmp_path, "a.hl7", oru("M1", "P1", ("ferritin", "300", "F"), order="O1",
                                       at=hl7_time(-2)))
    _put(store, tmp_path, "b.hl7", oru("M2", "P1", ("ferritin", "400", "F"), order="O2",
                                       at=hl7_time(2)))
    lab = _read(store, write(tmp_path, "c.hl7", oru("M3", "P1", ("hla_dr", "3000", "F"),
                                                    order="O3")))
    offered = store.read_records(lambda conn: offered_results(conn, lab.messages))
    assert [s.source for s in offered] == [SourceRef("a.hl7", 1, "M1", 4, "OBX", 4).sentence(),
                                           SourceRef("b.hl7", 1, "M2", 4, "OBX", 4).sentence()]
    samples, _, partners = message_outcomes(lab.messages, ImportOptions(), offered)
    (sample,) = samples
    (note,) = sample.notes
    assert note.code == "pairing_ambiguous" and partners == {}
    (place,) = [p for _, p in note.params if isinstance(p, Sentence)]
    assert place in [s.source for s in offered]
    assert place.message in note.message  # English, as before
    shown = german().finding(note)
    assert "Nicht gepaart" in shown and "Nachricht 1" in shown and "message" not in shown


def test_the_pairing_reason_names_the_place_as_a_sentence(store, backend, tmp_path):
    _put(store, tmp_path, "a.hl7", oru("M1", "P1", ("ferritin", "300", "F"), order="O1"))
    _put(store, tmp_path, "b.hl7", oru("M2", "P1", ("hla_dr", "3000", "F"), order="O2",
                                       at=hl7_time(3)))
    paired = max(store.history("P1"), key=lambda e: e.assessment_id).correction
    assert paired is not None and paired.code == "lab_version.paired"
    assert dict(paired.params)["source"] == SourceRef("b.hl7", 1, "M2", 4, "OBX",
                                                      4).sentence()
    english = paired.localized(translator("en"))
    assert english == paired.text
    shown = paired.localized(german())
    assert "b.hl7, Nachricht 1 (M2), Segment 4 (OBX)" in shown and "message" not in shown


# -- rows stored before 0007 -------------------------------------------------------------------
@pytest.fixture
def migrated_0006(backend, tmp_path: Path):
    """The frozen database of revision 0006 (inbox files, ledger rows in English words only),
    migrated to the head."""
    old = load_frozen(backend, "0006", tmp_path)
    migrated(old)
    return old


def test_rows_stored_before_0007_keep_their_english_words(migrated_0006, tmp_path):
    with migrated_0006.open() as store:
        rows = store.read_records(inbox_ledger.recent_results)
        assert rows and all(r.source_ref is None and SourceRef.stored(r.source_ref) is None
                            for r in rows)
        held = store.read_records(lambda c: inbox_ledger.held_results(c, ["LAB-3"]))
        assert held and all(h.source_ref is None for h in held)
        assert [stored_source(h.source, h.source_ref) for h in held] == [
            Text(h.source) for h in held]  # shown as stored, never parsed back
        assert store.verify_audit().ok
        # A file stored now keeps the place beside the old rows; the chain verifies.
        _put(store, tmp_path, "g.hl7", oru("MSG7", "LAB-9", ("ferritin", "450", "F")))
        newest = store.read_records(inbox_ledger.recent_results)[0]
        assert SourceRef.stored(newest.source_ref) is not None
        assert store.verify_audit().ok


def test_a_place_added_to_a_row_stored_before_0007_breaks_the_chain(migrated_0006):
    ref = SourceRef("x.hl7", 1).to_json()
    migrated_0006.tamper(f"UPDATE inbox_results SET source_ref = '{ref}' WHERE id = 1")
    with migrated_0006.open() as store:
        report = store.verify_audit()
    assert not report.ok


def test_a_changed_place_breaks_the_chain(store, backend, tmp_path):
    _put(store, tmp_path, "a.hl7", oru("M1", "P1", ("ferritin", "300", "F"), order="O1"))
    store.close()
    ref = SourceRef("x.hl7", 1).to_json()
    backend.tamper(f"UPDATE inbox_results SET source_ref = '{ref}'")
    with backend.open() as reopened:
        assert not reopened.verify_audit().ok


def test_a_reference_that_is_not_one_is_left_for_the_words():
    assert SourceRef.stored(None) is None
    for broken in ("", "not json", "[]", '{"file": "a.hl7"}', '{"file": 1, "message_number": 1}',
                   '{"file": "a.hl7", "message_number": "1"}'):
        assert SourceRef.stored(broken) is None, broken
    assert stored_source(A_PLACE, "not json") == Text(A_PLACE)
    place = SourceRef("a.hl7", 1, "M1", 4, "OBX", 4)
    assert SourceRef.stored(place.to_json()) == place
    assert SourceRef.from_dict(place.to_dict()) == place
