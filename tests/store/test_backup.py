"""Backups: a consistent, complete, owner-only copy that restores to a verifying database;
never overwrites by accident; a killed backup leaves nothing hidden behind."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.services.records import StoreError, open_store
from desktop_app.site_config import SiteConfig

from . import pg_cluster
from .conftest import T0, _site

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(data_dir):
    s = open_store(data_dir, training=False, os_user="nurse1", site=SiteConfig())
    yield s
    s.close()


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
    with open_store(restore_dir, training=False, site=SiteConfig()) as restored:
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


KILLED_BACKUP = """
import sys, time
from pathlib import Path
from desktop_app.services.records import open_store
from desktop_app.site_config import SiteConfig
store = open_store(sys.argv[1], training=False, site=SiteConfig())
orig = store._db.engine.raw_connection
def raw():  # a copy that takes seconds: one page per step, then a pause
    c = orig()
    inner = c.driver_connection
    class Slow:
        def __getattr__(self, n): return getattr(inner, n)
        def backup(self, dest, pages):
            print("copying", flush=True)
            inner.backup(dest, pages=1, progress=lambda *a: time.sleep(0.05))
    class Wrap:
        driver_connection = Slow()
        def close(self): c.close()
    return Wrap()
store._db.engine.raw_connection = raw
store.backup(Path(sys.argv[2]))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX kill")
def test_killed_backup_leaves_no_hidden_copy_and_a_retry_cleans_up(store, make_assessment,
                                                                   tmp_path):
    for i in range(60):
        store.save_assessment(f"P{i}", make_assessment("100", "3000"), evidence_version=None,
                              now=T0)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".copy.sqlite.partial-4242").write_bytes(b"first-wave leftover")
    target = out / "copy.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(store.data_dir),
                             str(target)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.stdout is not None and proc.stdout.readline().strip() == "copying"
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    left = sorted(p.name for p in out.iterdir())
    assert "copy.sqlite" not in left
    assert not [n for n in left if n.startswith(".") and n != ".copy.sqlite.partial-4242"]
    partial = out / "copy.sqlite.partial"
    assert partial.exists() and stat.S_IMODE(partial.stat().st_mode) == 0o600  # visible
    store.backup(target)  # the retry removes every leftover before writing
    assert sorted(p.name for p in out.iterdir()) == ["copy.sqlite"]
    assert _count(target) == 60


def test_postgres_backup_restores_to_a_verifying_database(postgres, tmp_path,
                                                          make_assessment):
    from .conftest import new_postgres_database

    name = new_postgres_database(postgres)
    with open_store(tmp_path / "a", training=False, site=_site(postgres, name)) as store:
        for i in range(3):
            store.save_assessment(f"P{i}", make_assessment("6000", "3000"),
                                  evidence_version=None, now=T0)
        head = store.verify_audit().head_hash  # printed by `db backup` before copying
        dump = store.backup(tmp_path / "ward.dump", now=T0)
    assert dump.stat().st_size > 0 and stat.S_IMODE(dump.stat().st_mode) == 0o600
    postgres.create_database("ward_restored")
    subprocess.run([str(postgres.bindir / "pg_restore"), "--exit-on-error",
                    "--single-transaction", "--no-owner", "--dbname",
                    postgres.dsn(pg_cluster.OWNER_ROLE, "ward_restored"), str(dump)],
                   check=True, capture_output=True, env={**os.environ, **postgres.env()})
    with open_store(tmp_path / "b", training=False,
                    site=_site(postgres, "ward_restored")) as restored:
        assert restored.patient_ids() == ["P0", "P1", "P2"]
        report = restored.verify_audit(expect=head)
        assert report.ok and report.expected_at == 6 and report.entries == 6
