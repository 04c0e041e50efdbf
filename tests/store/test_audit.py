"""The audit trail: what is logged, and that changing records or entries around the app is
detected (hazard H41), on SQLite and PostgreSQL alike."""

from __future__ import annotations

import itertools
import json
import logging
from datetime import timedelta

import pytest

from desktop_app.services.records import ImportedRow, Store
from desktop_app.store import content
from desktop_app.store.audit import GENESIS_HASH, entry_hash

from .conftest import T0

COLUMNS = ("seq", "at", "os_user", "action", "entity", "entity_id", "patient_id", "detail",
           "prev_hash", "hash", "content_hash")


def _fill(store: Store, make_assessment) -> dict[str, int]:
    """Entries: 1 create BED-7, 2 classify, 3 classify, 4 correct, 5 mark_in_error,
    6 import (creates BED-9), 7 export."""
    a1 = store.save_assessment("BED-7", make_assessment("2000", "3000", day=0),
                               evidence_version="ev", now=T0)
    a2 = store.save_assessment("BED-7", make_assessment("6000", "3000", day=1),
                               evidence_version="ev", now=T0 + timedelta(days=1))
    a3 = store.correct_assessment(a1, make_assessment("2100", "3000", day=0), reason="typo",
                                  evidence_version="ev", now=T0 + timedelta(days=2))
    store.mark_entered_in_error(a3, reason="wrong tube", now=T0 + timedelta(days=3))
    imported = make_assessment("100", "9000", day=2)
    record = store.record_import("labs.csv", [ImportedRow(5, "BED-9", imported.inputs,
                                                          imported)],
                                 evidence_version="ev", now=T0 + timedelta(days=4))
    store.audit("export", now=T0 + timedelta(days=5), patient_id="BED-7", entity="report",
                detail={"format": "pdf"})
    return {"a1": a1, "a2": a2, "a3": a3, "imported": record.assessment_ids[5]}


def _entries(backend) -> list[dict]:
    rows = backend.query(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY seq")
    out = []
    for r in rows:
        e = dict(zip(COLUMNS, (None if v == "" else v for v in r), strict=True))
        for key in ("seq", "entity_id", "patient_id"):
            e[key] = int(e[key]) if e[key] is not None else None
        out.append(e)
    return out


def test_actions_chain_and_content_hashes(store, backend, make_assessment):
    _fill(store, make_assessment)
    rows = _entries(backend)
    assert [r["action"] for r in rows] == ["create", "classify", "classify", "correct",
                                           "mark_in_error", "import", "export"]
    assert rows[0]["prev_hash"] == GENESIS_HASH
    for before, row in itertools.pairwise(rows):
        assert row["prev_hash"] == before["hash"]
    for row in rows:
        assert row["hash"] == entry_hash(row["seq"], row["at"], row["os_user"], row["action"],
                                         row["entity"], row["entity_id"], row["patient_id"],
                                         row["detail"], row["prev_hash"], row["content_hash"])
    assert {r["os_user"] for r in rows} == {"nurse1"}
    assert all(content.version_of(r["content_hash"]) == "c2" for r in rows[:6])
    assert rows[6]["content_hash"] is None  # an export creates no record
    classify = json.loads(rows[1]["detail"])
    assert classify["ruleset_version"].startswith("immunosep-rule")
    assert classify["phenotype"] == "immunoparalysis" and classify["evidence_version"] == "ev"
    assert json.loads(rows[3]["detail"])["supersedes"] == rows[1]["entity_id"]
    imported = json.loads(rows[5]["detail"])
    assert (imported["assessments"], imported["patients_created"]) == (1, 1)
    report = store.verify_audit()
    assert report.ok and report.entries == 7 and report.head_hash == rows[-1]["hash"]
    assert report.records_checked >= 8 and report.anchor == (7, rows[-1]["hash"])


def test_no_identifiers_or_values_in_the_audit_or_the_log(store, backend, make_assessment,
                                                          caplog):
    caplog.set_level(logging.DEBUG)
    _fill(store, make_assessment)
    audit_text = json.dumps(_entries(backend))
    logged = caplog.text
    for secret in ("BED-7", "BED-9", "2000", "6000", "2100"):
        assert secret not in logged
    for secret in ("BED-7", "BED-9"):
        assert secret not in audit_text
    assert "assessment 1 saved" in logged


# -- records changed around the app (H41) --------------------------------------------------------

def _broken_at(store: Store) -> tuple[int | None, str]:
    report = store.verify_audit()
    assert not report.ok, "the change was not detected"
    return report.broken_seq, report.problem or ""


@pytest.mark.parametrize(("change", "seq"), [
    # stored phenotype of a typed assessment (its classify entry is 3)
    ("UPDATE assessments SET phenotype = 'immunoparalysis' WHERE id = {a2}", 3),
    # a lab value of a typed assessment
    ("UPDATE lab_results SET value_text = '600', value = '600' WHERE assessment_id = {a2} "
     "AND analyte = 'ferritin'", 3),
    # the value inside a typed assessment's inputs
    ("UPDATE assessments SET inputs_json = replace(inputs_json, '6000', '600') "
     "WHERE id = {a2}", 3),
    # the patient an assessment belongs to
    ("UPDATE assessments SET patient_id = 2 WHERE id = {a2}", 3),
    # the patient identifier
    ("UPDATE patients SET identifier = 'BED-8' WHERE identifier = 'BED-7'", 1),
    # an imported assessment's phenotype, value and patient, and an imported patient
    ("UPDATE assessments SET phenotype = 'mals' WHERE id = {imported}", 6),
    ("UPDATE assessments SET inputs_json = replace(inputs_json, '\"9000\"', '\"900\"') "
     "WHERE id = {imported}", 6),
    ("UPDATE assessments SET patient_id = 1 WHERE id = {imported}", 6),
    ("UPDATE patients SET identifier = 'BED-10' WHERE identifier = 'BED-9'", 6),
    # an entered-in-error reason
    ("UPDATE error_marks SET reason = 'none'", 5),
])
def test_changed_record_is_detected(store, backend, make_assessment, change, seq):
    ids = _fill(store, make_assessment)
    backend.tamper(change.format(**ids))
    broken, problem = _broken_at(store)
    assert broken == seq and "no longer matches what was recorded" in problem


def test_deleted_record_is_detected(store, backend, make_assessment):
    ids = _fill(store, make_assessment)
    backend.tamper(f"DELETE FROM lab_results WHERE assessment_id = {ids['a2']}",
                   f"DELETE FROM assessments WHERE id = {ids['a2']}")
    assert _broken_at(store) == (3, "the assessment it audits (#2) is missing from the "
                                    "database")


def test_added_record_without_entry_is_detected(store, backend, make_assessment):
    _fill(store, make_assessment)
    backend.tamper("INSERT INTO patients (id, identifier, created_at) "
                   "VALUES (99, 'GHOST', '2026-01-01')")
    assert _broken_at(store) == (None, "patient record #99 has no audit entry")


# -- entries changed, removed, cut off -------------------------------------------------------------

def test_altered_entry_is_detected(store, backend, make_assessment):
    _fill(store, make_assessment)
    backend.tamper("UPDATE audit_log SET os_user = 'someone-else' WHERE seq = 4")
    broken, problem = _broken_at(store)
    assert broken == 4 and "altered" in problem


def test_altered_entry_with_recomputed_hash_breaks_the_next_link(store, backend,
                                                                 make_assessment):
    _fill(store, make_assessment)
    row = _entries(backend)[3]
    forged = entry_hash(row["seq"], row["at"], "someone-else", row["action"], row["entity"],
                        row["entity_id"], row["patient_id"], row["detail"], row["prev_hash"],
                        row["content_hash"])
    backend.tamper(f"UPDATE audit_log SET os_user = 'someone-else', hash = '{forged}' "
                   "WHERE seq = 4")
    broken, problem = _broken_at(store)
    assert broken == 5 and "link" in problem


def test_removed_entry_is_detected(store, backend, make_assessment):
    _fill(store, make_assessment)
    backend.tamper("DELETE FROM audit_log WHERE seq = 3")
    broken, problem = _broken_at(store)
    assert broken == 3 and "missing" in problem


def test_removed_newest_entry_is_detected(store, backend, make_assessment):
    _fill(store, make_assessment)
    backend.tamper("DELETE FROM audit_log WHERE seq = 7")
    broken, problem = _broken_at(store)
    assert broken == 7 and "removed" in problem


def test_deleted_head_row_is_detected(store, backend, make_assessment):
    _fill(store, make_assessment)
    backend.tamper("DELETE FROM store_meta WHERE key = 'audit_head'")
    broken, problem = _broken_at(store)
    assert broken == 7 and "audit_head) is missing" in problem


def _cut_newest_assessment(store, backend, make_assessment) -> str:
    """Save one more assessment, then remove it with its entry and rewrite the head to
    match: everything inside the database agrees again.  Returns the removed entry's hash."""
    _fill(store, make_assessment)
    aid = store.save_assessment("BED-7", make_assessment("7000", "3000", day=3),
                                evidence_version="ev", now=T0 + timedelta(days=6))
    rows = _entries(backend)
    last, before = rows[-1], rows[-2]
    backend.tamper(f"DELETE FROM lab_results WHERE assessment_id = {aid}",
                   f"DELETE FROM assessments WHERE id = {aid}",
                   f"DELETE FROM audit_log WHERE seq = {last['seq']}",
                   f"UPDATE store_meta SET value = '{before['seq']} {before['hash']}' "
                   "WHERE key = 'audit_head'")
    return last["hash"]


def test_cut_off_tail_is_detected_by_this_workstations_anchor(store, backend,
                                                              make_assessment):
    _cut_newest_assessment(store, backend, make_assessment)
    broken, problem = _broken_at(store)
    assert broken == 8 and "the newest entries were removed" in problem


def test_cut_off_tail_is_detected_by_an_expected_hash(store, backend, make_assessment):
    removed = _cut_newest_assessment(store, backend, make_assessment)
    store.anchor_file.unlink()  # the attacker removed the anchor file too
    assert store.verify_audit().ok  # inside the database everything agrees ...
    report = store.verify_audit(expect=removed)  # ... but the printed head is gone
    assert not report.ok and "is not in the chain" in (report.problem or "")


def test_expected_hash_found(store, make_assessment):
    _fill(store, make_assessment)
    head = store.verify_audit().head_hash
    store.save_assessment("BED-7", make_assessment("1", "1"), evidence_version=None, now=T0)
    report = store.verify_audit(expect=head.upper())
    assert report.ok and report.expected_at == 7


def test_rewritten_chain_is_detected_by_the_anchor(store, backend, make_assessment):
    _fill(store, make_assessment)
    rows = _entries(backend)
    # Rewrite the last entry and its head consistently: only the anchor still knows.
    last = rows[-1]
    forged = entry_hash(last["seq"], last["at"], "intruder", last["action"], last["entity"],
                        last["entity_id"], last["patient_id"], last["detail"],
                        last["prev_hash"], last["content_hash"])
    backend.tamper(f"UPDATE audit_log SET os_user = 'intruder', hash = '{forged}' "
                   f"WHERE seq = {last['seq']}",
                   f"UPDATE store_meta SET value = '{last['seq']} {forged}' "
                   "WHERE key = 'audit_head'")
    broken, problem = _broken_at(store)
    assert broken == 7 and "rewritten" in problem


def test_altered_anchor_file_is_reported(store, make_assessment):
    _fill(store, make_assessment)
    store.anchor_file.write_text("not a head\n")
    report = store.verify_audit()
    assert not report.ok and "altered" in (report.problem or "")


def test_a_workstation_without_anchor_verifies_inside_the_database(store, make_assessment):
    _fill(store, make_assessment)
    store.anchor_file.unlink()
    report = store.verify_audit()
    assert report.ok and report.anchor is None


def test_late_seal_is_refused(store, backend, make_assessment):
    # A "migrate" seal appended after content-hashed entries would cover any change: refused.
    from desktop_app.store import audit

    _fill(store, make_assessment)
    with store._db.write() as conn:
        audit.append(conn, "migrate", at=T0, os_user="x", entity="database",
                     detail={"sealed": {}}, content_hash=content.digest([]))
    broken, problem = _broken_at(store)
    assert broken == 8 and "seal" in problem


def test_invalid_utf8_in_an_entry_is_reported_not_a_crash(store, backend, make_assessment):
    if backend.kind != "sqlite":
        pytest.skip("PostgreSQL refuses invalid UTF-8 itself")
    _fill(store, make_assessment)
    backend.tamper("UPDATE audit_log SET os_user = CAST(X'6E75727365FF31' AS TEXT) "
                   "WHERE seq = 2")
    broken, problem = _broken_at(store)
    assert broken == 2 and "not valid UTF-8" in problem


def test_invalid_utf8_in_a_record_is_reported_not_a_crash(store, backend, make_assessment):
    if backend.kind != "sqlite":
        pytest.skip("PostgreSQL refuses invalid UTF-8 itself")
    _fill(store, make_assessment)
    backend.tamper("UPDATE patients SET identifier = CAST(X'4245442DFF37' AS TEXT) WHERE id = 1")
    broken, problem = _broken_at(store)
    assert broken == 1 and "no longer matches" in problem


def test_store_refuses_record_actions_from_outside(store):
    with pytest.raises(ValueError, match="unknown audit action"):
        store.audit("browse", now=T0)
    with pytest.raises(ValueError, match="written by the store itself"):
        store.audit("classify", now=T0)
    assert store.verify_audit().entries == 0
