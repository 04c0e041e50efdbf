"""The audit trail: what is logged, and that altering or removing any entry is detected."""

from __future__ import annotations

import itertools
import json
import logging
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.services.records import ImportedRow, Store
from desktop_app.store.audit import GENESIS_HASH, entry_hash

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _fill(store: Store, make_assessment) -> None:
    """Entries: 1 create, 2 classify, 3 classify, 4 correct, 5 mark_in_error, 6 create,
    7 classify, 8 import, 9 export."""
    a1 = store.save_assessment("BED-7", make_assessment("2000", "3000", day=0),
                               evidence_version="ev", now=T0)
    store.save_assessment("BED-7", make_assessment("6000", "3000", day=1),
                          evidence_version="ev", now=T0 + timedelta(days=1))
    a3 = store.correct_assessment(a1, make_assessment("2100", "3000", day=0), reason="typo",
                                  evidence_version="ev", now=T0 + timedelta(days=2))
    store.mark_entered_in_error(a3, reason="wrong tube", now=T0 + timedelta(days=3))
    imported = make_assessment("100", "9000", day=2)
    store.record_import("labs.csv", [ImportedRow(5, "BED-9", imported.inputs, imported)],
                        evidence_version="ev", now=T0 + timedelta(days=4))
    store.audit("export", now=T0 + timedelta(days=5), patient_id="BED-7", entity="report",
                detail={"format": "pdf"})


def _rows(store: Store) -> list[sqlite3.Row]:
    with sqlite3.connect(store.path) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()


def _tamper(store: Store, *statements: str) -> None:
    conn = sqlite3.connect(store.path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_actions_and_chain(store, make_assessment):
    _fill(store, make_assessment)
    rows = _rows(store)
    assert [r["action"] for r in rows] == ["create", "classify", "classify", "correct",
                                           "mark_in_error", "create", "classify", "import",
                                           "export"]
    assert rows[0]["prev_hash"] == GENESIS_HASH
    for before, row in itertools.pairwise(rows):
        assert row["prev_hash"] == before["hash"]
    for row in rows:
        assert row["hash"] == entry_hash(row["seq"], row["at"], row["os_user"], row["action"],
                                         row["entity"], row["entity_id"], row["patient_id"],
                                         row["detail"], row["prev_hash"])
    assert {r["os_user"] for r in rows} == {"nurse1"}
    classify = json.loads(rows[1]["detail"])
    assert classify["ruleset_version"].startswith("immunosep-rule")
    assert classify["phenotype"] == "immunoparalysis" and classify["evidence_version"] == "ev"
    assert json.loads(rows[3]["detail"])["supersedes"] == rows[1]["entity_id"]
    report = store.verify_audit()
    assert report.ok and report.entries == 9 and report.head_hash == rows[-1]["hash"]


def test_no_identifiers_or_values_in_the_audit_or_the_log(store, make_assessment, caplog):
    caplog.set_level(logging.DEBUG)
    _fill(store, make_assessment)
    audit_text = json.dumps([dict(r) for r in _rows(store)])
    logged = caplog.text
    for secret in ("BED-7", "BED-9", "2000", "6000", "2100"):
        assert secret not in logged
    for secret in ("BED-7", "BED-9"):
        assert secret not in audit_text
    assert "assessment 1 saved" in logged


def test_altered_entry_is_detected(store, make_assessment):
    _fill(store, make_assessment)
    _tamper(store, "UPDATE audit_log SET os_user = 'someone-else' WHERE seq = 4")
    report = store.verify_audit()
    assert not report.ok and report.broken_seq == 4
    assert "altered" in (report.problem or "")


def test_altered_entry_with_recomputed_hash_breaks_the_next_link(store, make_assessment):
    _fill(store, make_assessment)
    row = _rows(store)[3]
    forged = entry_hash(row["seq"], row["at"], "someone-else", row["action"], row["entity"],
                        row["entity_id"], row["patient_id"], row["detail"], row["prev_hash"])
    _tamper(store, f"UPDATE audit_log SET os_user = 'someone-else', hash = '{forged}' "
                   "WHERE seq = 4")
    report = store.verify_audit()
    assert not report.ok and report.broken_seq == 5 and "link" in (report.problem or "")


def test_removed_entry_is_detected(store, make_assessment):
    _fill(store, make_assessment)
    _tamper(store, "DELETE FROM audit_log WHERE seq = 3")
    report = store.verify_audit()
    assert not report.ok and report.broken_seq == 3 and "missing" in (report.problem or "")


def test_removed_newest_entry_is_detected(store, make_assessment):
    _fill(store, make_assessment)
    _tamper(store, "DELETE FROM audit_log WHERE seq = 9")
    report = store.verify_audit()
    assert not report.ok and report.broken_seq == 9 and "removed" in (report.problem or "")


def test_record_without_its_entry_is_detected(store, make_assessment):
    store.save_assessment("BED-7", make_assessment("2000", "3000"), evidence_version=None,
                          now=T0)
    # Remove the whole tail (entry 2, the classify) and rewrite the recorded head to match.
    rows = _rows(store)
    _tamper(store, "DELETE FROM audit_log WHERE seq = 2",
            f"UPDATE store_meta SET value = '1 {rows[0]['hash']}' WHERE key = 'audit_head'")
    report = store.verify_audit()
    assert not report.ok and report.broken_seq is None
    assert "assessment record #1 has no audit entry" in (report.problem or "")


def test_unknown_action_is_refused(store):
    with pytest.raises(ValueError, match="unknown audit action"):
        store.audit("view", now=T0)
    assert store.verify_audit().entries == 0
