"""The inbox ledger (schema 0006) on SQLite and PostgreSQL: a message is stored once, a
corrected result supersedes the stored one as a new version, a withdrawal marks it entered in
error with the laboratory's reason, and every ledger row is covered by ``audit verify``."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.lab_import.message_fields import MessageReadOptions
from desktop_app.lab_import.message_file import MessageLabFile
from desktop_app.lab_import.model import ImportOptions
from desktop_app.services.inbox_store import store_inbox_file
from desktop_app.store import inbox_ledger
from desktop_app.store.errors import StoreError

from ..inbox.messages import INBOX, oru, write
from . import pg_cluster
from .conftest import T0, Backend

FIRST = oru("MSG1", "P100", ("ferritin", "5000", "F"), ("hla_dr", "20000", "F"))


def _store(store, path: Path, sha: str = "0" * 64):
    seen = store.read_records(inbox_ledger.seen_messages)
    lab = MessageLabFile(path, "hl7", ImportOptions(), read_options=MessageReadOptions.from_site(
        INBOX, seen_messages=seen))
    return store_inbox_file(store, lab, file_name=path.name, file_sha256=sha, now=T0,
                            evidence_version="ev-1")


def test_a_message_is_stored_once(store, tmp_path: Path) -> None:
    first = _store(store, write(tmp_path, "a.hl7", FIRST))
    again = _store(store, write(tmp_path, "b.hl7", FIRST))
    assert (first.assessments, first.new_messages) == (1, 1)
    assert (again.assessments, again.new_messages, again.repeated_messages) == (0, 0, 1)
    assert [e.phenotype for e in store.history("P100")] == ["mals"]
    assert store.verify_audit().ok


def test_a_corrected_result_supersedes_the_stored_one(store, tmp_path: Path) -> None:
    _store(store, write(tmp_path, "a.hl7", FIRST))
    corrected = _store(store, write(tmp_path, "b.hl7", oru(
        "MSG2", "P100", ("ferritin", "500", "C"), ("hla_dr", "20000", "F"))))
    assert corrected.corrections == 1
    history = store.history("P100")
    assert len(history) == 2
    old, new = sorted(history, key=lambda e: e.assessment_id)
    assert not old.is_current and new.is_current
    assert new.phenotype != "mals"  # 500 ng/mL is no longer above the MALS threshold
    assert "corrected the ferritin result (status C)" in (new.correction_reason or "")
    assert store.verify_audit().ok


def test_a_result_sent_again_in_a_new_message_is_a_version_not_a_duplicate(store, tmp_path
                                                                            ) -> None:
    _store(store, write(tmp_path, "a.hl7", FIRST))
    again = _store(store, write(tmp_path, "b.hl7", oru(
        "MSG9", "P100", ("ferritin", "5000", "F"), ("hla_dr", "20000", "F"))))
    assert again.corrections == 1
    current = [e for e in store.history("P100") if e.is_current]
    assert len(current) == 1
    assert "sent the ferritin result again (status F)" in (current[0].correction_reason or "")


def test_a_withdrawal_marks_the_stored_result_entered_in_error(store, tmp_path: Path) -> None:
    _store(store, write(tmp_path, "a.hl7", FIRST))
    withdrawn = _store(store, write(tmp_path, "b.hl7", oru(
        "MSG3", "P100", ("ferritin", "", "D"))))
    assert withdrawn.withdrawn == 1
    (entry,) = store.history("P100")
    assert entry.error_reason and "withdrew the ferritin result" in entry.error_reason
    rows = store.read_records(lambda c: inbox_ledger.recent_results(c))
    assert [r.status for r in rows] == ["withdrawal", "final", "final"]
    assert rows[0].assessment_id == entry.assessment_id
    assert store.verify_audit().ok


def test_a_withdrawal_after_a_correction_marks_the_newest_version(store, tmp_path) -> None:
    _store(store, write(tmp_path, "a.hl7", FIRST))
    _store(store, write(tmp_path, "b.hl7", oru("MSG2", "P100", ("ferritin", "6000", "C"))))
    _store(store, write(tmp_path, "c.hl7", oru("MSG3", "P100", ("hla_dr", "", "W"))))
    old, new = sorted(store.history("P100"), key=lambda e: e.assessment_id)
    assert new.supersedes == old.assessment_id
    assert new.error_reason and old.error_reason is None
    assert store.verify_audit().ok


@pytest.mark.parametrize("statement", [
    "UPDATE inbox_messages SET digest = 'x'",
    "UPDATE inbox_results SET status_text = 'F' WHERE status = 'withdrawal'",
    "DELETE FROM inbox_results",
])
def test_ledger_rows_are_immutable_and_audited(backend: Backend, tmp_path: Path,
                                               statement: str) -> None:
    with backend.open() as store:
        _store(store, write(tmp_path, "a.hl7", FIRST))
        _store(store, write(tmp_path, "b.hl7", oru("MSG3", "P100", ("ferritin", "", "D"))))
        with pytest.raises(StoreError):  # PostgreSQL: no privilege; SQLite: the trigger
            store.write_records(lambda c: (c.exec_driver_sql(statement), None))
    if backend.cluster is not None:  # the triggers hold for the owner too
        with pytest.raises(RuntimeError, match="append-only"):
            backend.cluster.sql(statement, database=backend.database,
                                user=pg_cluster.OWNER_ROLE)
    backend.tamper(statement)
    with backend.open() as store:
        report = store.verify_audit()
    assert not report.ok
    assert "inbox" in (report.problem or "") or report.broken_seq is not None
