"""``Store.backup``: a consistent, complete, owner-only copy; never overwrites by accident."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime

import pytest

from desktop_app.services.records import StoreError, open_store

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _count(path) -> int:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM assessments").fetchone()[0]


def test_backup_is_a_complete_consistent_copy(store, make_assessment, tmp_path):
    for i in range(5):
        store.save_assessment(f"P{i}", make_assessment("100", "3000"), evidence_version=None,
                              now=T0)
    target = tmp_path / "backup.sqlite"
    assert store.backup(target, now=T0) == target
    assert _count(target) == 5  # includes rows still in the -wal file of the live database
    assert not (tmp_path / "backup.sqlite-wal").exists()
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # The copy is itself a valid clinical database with an intact audit trail ...
    restore_dir = tmp_path / "restore"
    restore_dir.mkdir()
    os.replace(target, restore_dir / "clinical.sqlite")
    with open_store(restore_dir, training=False) as restored:
        assert restored.patient_ids() == [f"P{i}" for i in range(5)]
        assert restored.verify_audit().ok
    # ... and the backup itself was audited as an export in the live one.
    assert store.verify_audit().entries == 11


def test_backup_refuses_to_overwrite_unless_forced(store, make_assessment, tmp_path):
    target = tmp_path / "backup.sqlite"
    target.write_bytes(b"precious")
    with pytest.raises(StoreError, match=r"already exists.*--force"):
        store.backup(target)
    assert target.read_bytes() == b"precious"
    store.save_assessment("P", make_assessment("100", "3000"), evidence_version=None, now=T0)
    store.backup(target, force=True)
    assert _count(target) == 1
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_backup_refuses_the_live_file_and_missing_folders(store, tmp_path):
    with pytest.raises(StoreError, match="over the database itself"):
        store.backup(store.path, force=True)
    with pytest.raises(StoreError, match="does not exist"):
        store.backup(tmp_path / "missing" / "b.sqlite")
