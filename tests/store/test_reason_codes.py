"""The reasons the app writes are stored as template id + typed parameters (schema 0007, issue
18 point 2), on SQLite and PostgreSQL: the laboratory inbox's correction, pairing and
withdrawal reasons keep their English sentence and gain a code, so the history words them in
the reader's language, while a clinician's typed reason reads as typed; the audit chain
covers the codes (a changed one is found) and reasons stored before 0007 keep their English
sentence, their chain verifying as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import insert

from desktop_app.i18n import Translator, pseudo_translator, translator
from desktop_app.report.words import version_note
from desktop_app.store.errors import StoreError
from desktop_app.store.reasons import RecordReason
from desktop_app.store.tables import error_marks

from ..inbox.messages import hl7_time, oru
from ..inbox.reasons import german, store_file
from .conftest import T0, assessment
from .test_migrations import load_frozen, migrated

CORRECTED = ("The laboratory corrected the ferritin result (status C) in b.hl7, message 1 "
             "(MSG2), segment 4 (OBX).")
PAIRED = "Paired with the HLA-DR result received in f.hl7, message 1 (MSG6), segment 4 (OBX)."
WITHDRAWN = ("The laboratory withdrew the ferritin result (OBX-11 D: the result is deleted) in "
             "c.hl7, message 1 (MSG3), segment 4 (OBX).")


def _put(store, folder: Path, name: str, *messages: str):
    return store_file(store, folder, name, *messages, now=T0)


@pytest.fixture
def inbox_records(store, tmp_path: Path):
    """P100: stored, corrected by the laboratory, withdrawn; P1: a ferritin stored alone,
    paired with a later HLA-DR, then corrected and marked by a clinician."""
    _put(store, tmp_path, "a.hl7", oru("MSG1", "P100", ("ferritin", "5000", "F"),
                                       ("hla_dr", "20000", "F")))
    _put(store, tmp_path, "b.hl7", oru("MSG2", "P100", ("ferritin", "500", "C"),
                                       ("hla_dr", "20000", "F")))
    _put(store, tmp_path, "c.hl7", oru("MSG3", "P100", ("ferritin", "", "D")))
    _put(store, tmp_path, "e.hl7", oru("MSG5", "P1", ("ferritin", "300", "F"), order="O1"))
    _put(store, tmp_path, "f.hl7", oru("MSG6", "P1", ("hla_dr", "3000", "F"), order="O2",
                                       at=hl7_time(3)))
    paired = store.history("P1")[-1]
    typed = store.correct_assessment(paired.assessment_id, assessment("310", "3000"),
                                     reason="Röhrchen vertauscht", evidence_version="ev",
                                     now=T0)
    store.mark_entered_in_error(typed, reason="wrong bed", now=T0)
    return store


def _notes(store, patient: str, tr: Translator) -> list[str]:
    return [version_note(n, tr) for e in store.history(patient) for n in e.version_marks()]


def test_inbox_reasons_are_stored_with_their_code_and_parameters(inbox_records, backend):
    rows = backend.query("SELECT correction_reason, correction_reason_code, "
                         "correction_reason_params FROM assessments "
                         "WHERE correction_reason IS NOT NULL ORDER BY id")
    assert [(text, code) for text, code, _ in rows] == [
        (CORRECTED, "lab_version.corrected"), (PAIRED, "lab_version.paired"),
        ("Röhrchen vertauscht", None if backend.kind == "sqlite" else "")]
    params = json.loads(rows[0][2])
    assert params["test"] == {"type": "term", "value": "ferritin"}
    assert params["status"] == {"type": "text", "value": "C"}
    assert params["source"]["value"] == "source.segment_element"
    marks = backend.query("SELECT reason, reason_code FROM error_marks ORDER BY id")
    assert marks == [(WITHDRAWN, "lab_withdrawal"),
                     ("wrong bed", None if backend.kind == "sqlite" else "")]
    # The English sentence is the template's rendering, word for word as 0006 stored it.
    for text, code, stored in rows[:2]:
        assert RecordReason.stored(text, code, stored).localized(translator("en")) == text
    assert inbox_records.verify_audit().ok


def test_the_history_words_the_apps_reasons_in_the_readers_language(inbox_records):
    english = _notes(inbox_records, "P100", translator("en"))
    assert english == ["superseded by #2", f"corrects #1: {CORRECTED}",
                       f"ENTERED IN ERROR: {WITHDRAWN}"]
    assert _notes(inbox_records, "P100", german())[1:] == [
        "korrigiert #1: Das Labor hat das Ferritin-Ergebnis (Status C) in b.hl7, Nachricht 1 "
        "(MSG2), Segment 4 (OBX) korrigiert.",
        "FEHLEINGABE: Das Labor hat das Ferritin-Ergebnis (OBX-11 D: Das Ergebnis ist gelöscht) "
        "in c.hl7, Nachricht 1 (MSG3), Segment 4 (OBX) zurückgezogen."]
    pseudo = _notes(inbox_records, "P100", pseudo_translator())
    assert CORRECTED not in pseudo[1] and WITHDRAWN not in pseudo[2]  # the reasons too
    assert pseudo[1] == pseudo_translator()("corrects #{id}: {reason}", id=1, reason=(
        pseudo_translator()(CORRECTED)))  # the English sentence, pseudo-translated whole
    # P1: the pairing in German; a clinician's reasons exactly as typed in every language.
    for tr in (german(), pseudo_translator(), translator("el")):
        notes = _notes(inbox_records, "P1", tr)
        assert any("Röhrchen vertauscht" in n for n in notes)
        assert any("wrong bed" in n for n in notes)
    assert any("Gepaart mit dem HLA-DR-Ergebnis aus f.hl7, Nachricht 1 (MSG6), Segment 4 (OBX)."
               in n for n in _notes(inbox_records, "P1", german()))


def test_json_keeps_the_english_sentence_and_adds_the_code(inbox_records):
    entries = {e.assessment_id: e.to_dict() for e in inbox_records.history("P100")}
    corrected = entries[2]
    assert corrected["correction_reason"] == CORRECTED
    assert corrected["correction_reason_code"] == "lab_version.corrected"
    assert corrected["correction_reason_params"]["status"] == {"type": "text", "value": "C"}
    assert corrected["error_reason"] == WITHDRAWN
    assert corrected["error_reason_code"] == "lab_withdrawal"
    typed = [e.to_dict() for e in inbox_records.history("P1")][-1]
    assert (typed["correction_reason"], typed["correction_reason_code"],
            typed["correction_reason_params"]) == ("Röhrchen vertauscht", None, None)
    assert (typed["error_reason"], typed["error_reason_code"]) == ("wrong bed", None)


@pytest.mark.parametrize(("change", "entity"), [
    ("UPDATE assessments SET correction_reason_code = 'lab_version.sent_again' "
     "WHERE correction_reason_code = 'lab_version.corrected'", "import batch"),
    ("UPDATE assessments SET correction_reason_params = "
     "replace(correction_reason_params, 'b.hl7', 'z.hl7') "
     "WHERE correction_reason_code = 'lab_version.corrected'", "import batch"),
    ("UPDATE error_marks SET reason_code = 'lab_version.paired' "
     "WHERE reason_code = 'lab_withdrawal'", "error mark"),
])
def test_a_changed_code_or_parameter_breaks_the_chain(inbox_records, backend, change, entity):
    backend.tamper(change)
    report = inbox_records.verify_audit()
    assert not report.ok and entity in (report.problem or "")
    assert "no longer matches" in (report.problem or "")


def test_a_code_needs_its_parameters_and_its_sentence(store):
    def work(conn):
        conn.execute(insert(error_marks).values(
            entity="assessment", entity_id=1, reason="x", reason_code="lab_withdrawal",
            marked_at=T0.isoformat(), os_user="nurse1"))
        raise AssertionError("the CHECK let a code without parameters in")

    with pytest.raises(StoreError):
        store.write_records(work)


def test_a_stored_code_this_app_cannot_word_leaves_the_sentence():
    source = '{"type":"text","value":"x.hl7"}'
    assert RecordReason.stored("as stored", "no_such_template", "{}").code is None
    missing = RecordReason.stored("as stored", "lab_version.paired",
                                  '{"test":{"type":"term","value":"ferritin"}}')
    assert missing is not None and missing.code is None
    assert missing.localized(pseudo_translator()) == "as stored"
    whole = RecordReason.stored("as stored", "lab_version.paired",
                                '{"test":{"type":"term","value":"hla_dr"},"source":' + source
                                + "}")
    assert whole is not None and whole.code == "lab_version.paired"
    assert whole.localized(translator("en")) == "Paired with the HLA-DR result received in x.hl7."


# -- reasons stored before 0007 ---------------------------------------------------------------
@pytest.fixture
def migrated_0006(backend, tmp_path: Path):
    """The frozen database of revision 0006 (inbox corrections, a withdrawal and a pairing with
    English reasons only), migrated to the head."""
    old = load_frozen(backend, "0006", tmp_path)
    migrated(old)
    return old


def test_reasons_stored_before_0007_keep_their_english_sentence(migrated_0006, tmp_path):
    with migrated_0006.open() as store:
        assert store.verify_audit().ok
        for patient, text in (("LAB-1", "The laboratory corrected the ferritin result"),
                              ("LAB-2", "The laboratory withdrew the HLA-DR result"),
                              ("LAB-3", "Paired with the HLA-DR result received in f.hl7")):
            marks = [n for e in store.history(patient) for n in e.version_marks()
                     if n.reason is not None]
            assert marks and all(n.reason.code is None for n in marks)
            stored = marks[0].reason.text
            assert stored.startswith(text)
            for tr in (german(), pseudo_translator()):
                assert stored in version_note(marks[0], tr)  # shown as stored, not parsed
        # A correction arriving now is stored with its code beside the old versions.
        _put(store, tmp_path, "g.hl7", oru("MSG7", "LAB-1", ("ferritin", "450", "C"),
                                           ("hla_dr", "20000", "F"), order="O1",
                                           authority="GENHOSP"))
        newest = max(store.history("LAB-1"), key=lambda e: e.assessment_id)
        assert newest.supersedes is not None and newest.correction is not None
        assert newest.correction.code == "lab_version.corrected"
        assert store.verify_audit().ok


def test_a_code_added_to_a_reason_stored_before_0007_breaks_the_chain(migrated_0006):
    params = json.dumps({"test": {"type": "term", "value": "hla_dr"},
                         "source": {"type": "text", "value": "x.hl7"}})
    migrated_0006.tamper(f"UPDATE assessments SET correction_reason_code = 'lab_version.paired', "
                         f"correction_reason_params = '{params}' "
                         "WHERE correction_reason LIKE 'The laboratory corrected%'")
    with migrated_0006.open() as store:
        report = store.verify_audit()
    assert not report.ok and "import batch" in (report.problem or "")
