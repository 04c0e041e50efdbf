"""Opening the SQLite database: pragmas, explicit transactions, permissions, checks, refusals."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.services.records import open_store
from desktop_app.site_config import SiteConfig
from desktop_app.store import location
from desktop_app.store.errors import (
    CorruptDatabaseError,
    ModeMismatchError,
    NetworkShareError,
    SchemaError,
)

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def store(data_dir):
    s = open_store(data_dir, training=False, os_user="nurse1", site=SiteConfig())
    yield s
    s.close()


def test_pragmas(store):
    with store._db.engine.connect() as conn:
        def pragma(name: str) -> object:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 10_000
        assert pragma("foreign_keys") == 1


def test_writes_take_the_lock_at_begin(store):
    # BEGIN IMMEDIATE: another writer is locked out before the first statement runs.
    other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
    with store._db.write(), pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


@posix_only
def test_data_dir_and_files_are_owner_only(tmp_path, make_assessment):
    data_dir = tmp_path / "nested" / "data"
    old = os.umask(0o022)
    try:
        with open_store(data_dir, training=False) as store:
            store.save_assessment("P", make_assessment("1"), evidence_version=None, now=T0)
            files = [p for p in data_dir.iterdir()]
            assert {p.name for p in files} >= {"clinical.sqlite", "clinical.sqlite-wal"}
            for path in files:
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    finally:
        os.umask(old)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def test_data_dir_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv(location.DATA_DIR_ENV, str(tmp_path / "env"))
    assert location.resolve_data_dir(tmp_path / "opt") == tmp_path / "opt"
    assert location.resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv(location.DATA_DIR_ENV)
    assert location.resolve_data_dir(None) == location.default_data_dir()
    with open_store(tmp_path / "opt", training=True) as s:
        assert s.path == tmp_path / "opt" / "training.sqlite"


def test_env_var_is_used_by_open_store(tmp_path, monkeypatch):
    monkeypatch.setenv(location.DATA_DIR_ENV, str(tmp_path / "env"))
    with open_store(None, training=False) as s:
        assert s.path == tmp_path / "env" / "clinical.sqlite"


def test_training_file_cannot_be_opened_as_clinical(data_dir):
    open_store(data_dir, training=True).close()
    os.replace(data_dir / "training.sqlite", data_dir / "clinical.sqlite")
    with pytest.raises(ModeMismatchError, match="is a training database and cannot be "
                                                "opened as the clinical"):
        open_store(data_dir, training=False)


def test_clinical_file_cannot_be_opened_as_training(data_dir):
    open_store(data_dir, training=False).close()
    os.replace(data_dir / "clinical.sqlite", data_dir / "training.sqlite")
    with pytest.raises(ModeMismatchError):
        open_store(data_dir, training=True)


def test_garbage_file_gives_a_clear_error(data_dir):
    data_dir.mkdir()
    (data_dir / "clinical.sqlite").write_bytes(b"this is not a database" * 500)
    with pytest.raises(CorruptDatabaseError, match="damaged or is not an ImmunoSep database"):
        open_store(data_dir, training=False)


def test_damaged_pages_give_a_clear_error(data_dir, make_assessment):
    with open_store(data_dir, training=False) as store:
        for i in range(40):
            store.save_assessment(f"P{i}", make_assessment("100", "3000"),
                                  evidence_version=None, now=T0)
    path = data_dir / "clinical.sqlite"
    size = path.stat().st_size
    with path.open("r+b") as fh:  # overwrite a b-tree page in the middle of the file
        fh.seek((size // 4096 // 2) * 4096)
        fh.write(b"\xff" * 4096)
    with pytest.raises(CorruptDatabaseError, match=r"damaged.*restore the latest backup"):
        open_store(data_dir, training=False)


def test_foreign_database_is_refused_and_left_untouched(data_dir):
    data_dir.mkdir()
    path = data_dir / "clinical.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE something (x)")
    before = path.read_bytes()
    with pytest.raises(SchemaError, match=r"not an ImmunoSep database.*left as it was"):
        open_store(data_dir, training=False)
    # Not switched to WAL first: same bytes (header bytes 18-19 still say rollback journal).
    assert path.read_bytes() == before and before[18:20] == b"\x01\x01"
    assert sorted(p.name for p in data_dir.iterdir()) == ["clinical.sqlite"]


def test_newer_schema_is_refused(data_dir):
    open_store(data_dir, training=False).close()
    with sqlite3.connect(data_dir / "clinical.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(SchemaError, match="newer"):
        open_store(data_dir, training=False)


# -- network shares ------------------------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/nfs nfs4 rw 0 0
//server/share /mnt/smb\\040share cifs rw 0 0
user@host:/home /mnt/sshfs fuse.sshfs rw 0 0
/dev/sdb1 /mnt/nfs/local ext4 rw 0 0
"""


@pytest.mark.parametrize(("path", "fstype"), [
    ("/home/user/data", "ext4"), ("/mnt/nfs/x/y", "nfs4"), ("/mnt/nfs", "nfs4"),
    ("/mnt/smb share/db", "cifs"), ("/mnt/sshfs/db", "fuse.sshfs"),
    ("/mnt/nfs/local/db", "ext4"), ("/mnt/nfsother", "ext4"),
])
def test_linux_mount_lookup(path, fstype):
    assert location.linux_fs_type(Path(path), MOUNTS) == fstype


@pytest.mark.parametrize(("path", "remote"), [
    (r"\\server\share\data", True), ("//server/share/data", True),
    (r"\\?\UNC\server\share\data", True), (r"\\?\C:\Users\me\data", False),
    (r"C:\Users\me\data", False), (r"Z:\data", True),
])
def test_windows_network_paths(path, remote):
    def drive_type(root: str) -> int:
        return location.DRIVE_REMOTE if root.upper() == "Z:\\" else 3  # 3: DRIVE_FIXED

    assert location.windows_is_network_path(path, drive_type) is remote


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/mounts")
def test_network_mount_is_refused_with_explanation(tmp_path, monkeypatch):
    monkeypatch.setattr(location, "read_linux_mounts",
                        lambda: f"server:/x {tmp_path} nfs4 rw 0 0\n")
    with pytest.raises(NetworkShareError, match=r"network file system \(nfs4\).*local|own disk"):
        open_store(tmp_path / "data", training=False)
    assert not (tmp_path / "data").exists()


def test_unc_path_is_refused(monkeypatch, tmp_path):
    monkeypatch.setattr(location.sys, "platform", "win32")
    monkeypatch.setattr(location, "_windows_drive_type", lambda root: 3)
    with pytest.raises(NetworkShareError, match="network drive or UNC share"):
        location.refuse_network_share(Path(r"\\server\share\immunosep"))
    location.refuse_network_share(tmp_path)  # a local path passes
