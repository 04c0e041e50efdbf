"""Faults: every failure is a ``StoreError`` sentence, nothing is half-written, nothing leaks.

- the ward server unreachable at start: a clear error, and no local file instead;
- the connection lost in the middle of a save: the save fails, nothing of it is stored, and
  the next save reconnects; a server restart between two saves is not even noticed;
- a password from the OS keyring; a wrong one; a server that verify-full cannot verify;
- SQLite: disk full, read-only database, a data folder that cannot be created;
- driver messages never carry the statement's values (patient identifiers)."""

from __future__ import annotations

import socket
import sqlite3
import subprocess

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import event, insert

from desktop_app.services.records import open_store
from desktop_app.site_config import DatabaseConfig, SiteConfig
from desktop_app.store import audit
from desktop_app.store.errors import (
    AccessDeniedError,
    DatabaseUnavailableError,
    DataFolderError,
    DiskFullError,
    ReadOnlyDatabaseError,
    RecordError,
)
from desktop_app.store.tables import patients

from . import pg_cluster
from .conftest import T0, _site, new_postgres_database


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_server_is_a_clear_error_and_no_local_fallback(tmp_path):
    site = SiteConfig(database=DatabaseConfig(
        url=f"postgresql+psycopg://immunosep_app@127.0.0.1:{_closed_port()}/immunosep",
        connect_timeout=3))
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_store(tmp_path / "data", training=False, site=site)
    message = str(caught.value)
    assert "cannot be reached" in message and "Nothing is stored on this computer" in message
    assert caught.value.__suppress_context__
    assert not (tmp_path / "data" / "clinical.sqlite").exists()  # never a silent fork


@pytest.fixture
def ward(postgres, tmp_path):
    name = new_postgres_database(postgres)
    return postgres, name, _site(postgres, name)


def test_connection_lost_mid_save_keeps_nothing_and_the_next_save_reconnects(
        ward, tmp_path, make_assessment, monkeypatch):
    cluster, name, site = ward
    real = audit.append

    def cut_connection(conn, *args, **kwargs):  # the server goes away inside the save
        if kwargs.get("entity") == "assessment":
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            cluster.sql(f"SELECT pg_terminate_backend({pid})")
        return real(conn, *args, **kwargs)

    with open_store(tmp_path / "d", training=False, site=site) as store:
        monkeypatch.setattr(audit, "append", cut_connection)
        with pytest.raises(DatabaseUnavailableError, match=r"cannot be reached.*Nothing of "
                                                           r"this operation was saved"):
            store.save_assessment("BED-1", make_assessment("100", "3000"),
                                  evidence_version=None, now=T0)
        monkeypatch.setattr(audit, "append", real)
        assert cluster.sql("SELECT count(*) FROM patients", database=name).strip() == "0"
        assert cluster.sql("SELECT count(*) FROM assessments", database=name).strip() == "0"
        store.save_assessment("BED-1", make_assessment("100", "3000"), evidence_version=None,
                              now=T0)
        assert len(store.history("BED-1")) == 1 and store.verify_audit().ok


def test_server_restart_between_saves_reconnects(ward, tmp_path, make_assessment):
    cluster, _name, site = ward
    with open_store(tmp_path / "d", training=False, site=site) as store:
        store.save_assessment("BED-1", make_assessment("100", "3000"), evidence_version=None,
                              now=T0)
        cluster.restart()
        store.save_assessment("BED-1", make_assessment("200", "3000"), evidence_version=None,
                              now=T0)
        assert len(store.history("BED-1")) == 2 and store.verify_audit().ok


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_password_from_the_os_keyring(ward, tmp_path, memory_keyring):
    cluster, name, _ = ward
    role = f"nurse_station_{name}"
    cluster.sql(f"CREATE ROLE {role} LOGIN PASSWORD 'kept-in-keyring' IN ROLE "
                f"{pg_cluster.APP_ROLE}")  # no .pgpass line for this role
    site = _site(cluster, name, user=role)
    with pytest.raises((AccessDeniedError, DatabaseUnavailableError), match="password"):
        open_store(tmp_path / "a", training=False, site=site)
    memory_keyring.set_password("ImmunoSep Phenotyper", f"{role}@localhost/{name}", "wrong")
    with pytest.raises(AccessDeniedError, match="refused the login"):
        open_store(tmp_path / "a", training=False, site=site)
    memory_keyring.set_password("ImmunoSep Phenotyper", f"{role}@localhost/{name}",
                                "kept-in-keyring")
    with open_store(tmp_path / "a", training=False, site=site) as store:
        assert store.patient_ids() == []


def test_verify_full_refuses_a_server_it_cannot_verify(ward, tmp_path):
    cluster, name, _ = ward
    other_ca = tmp_path / "other-ca.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=Someone else", "-keyout", str(tmp_path / "k"), "-out",
                    str(other_ca)], check=True, capture_output=True)
    site = SiteConfig(database=DatabaseConfig(url=cluster.url(pg_cluster.APP_ROLE, name),
                                              sslmode="verify-full",
                                              sslrootcert=str(other_ca)))
    with pytest.raises(DatabaseUnavailableError, match="certificate"):
        open_store(tmp_path / "d", training=False, site=site)


def test_server_messages_never_carry_identifiers(ward, tmp_path):
    _cluster, _name, site = ward
    with open_store(tmp_path / "d", training=False, site=site) as store:
        with store._db.write() as conn:
            conn.execute(insert(patients).values(identifier="BED-SECRET", created_at="x"))
        with pytest.raises(RecordError) as caught, store._db.write() as conn:
            conn.execute(insert(patients).values(identifier="BED-SECRET", created_at="x"))
    assert "BED-SECRET" not in str(caught.value) and caught.value.__suppress_context__
    assert "duplicate key" in str(caught.value)


# -- SQLite -------------------------------------------------------------------------------------

@pytest.fixture
def sqlite_store(data_dir):
    s = open_store(data_dir, training=False, site=SiteConfig())
    yield s
    s.close()


def _on_every_connection(store, pragma: str) -> None:
    engine = store._db.engine
    engine.dispose()
    event.listen(engine, "connect", lambda conn, _rec: conn.execute(pragma))


def test_sqlite_disk_full_is_a_clear_error_and_keeps_nothing(sqlite_store, make_assessment):
    sqlite_store.save_assessment("BED-1", make_assessment("1", "1"), evidence_version=None,
                                 now=T0)
    with sqlite3.connect(sqlite_store.path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    _on_every_connection(sqlite_store, f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match=r"is full\. Nothing of this operation was saved"):
        for i in range(200):
            sqlite_store.save_assessment(f"BED-NEW-{i}", make_assessment("1", "1"),
                                         evidence_version=None, now=T0)
    report = sqlite_store.verify_audit()
    assert report.ok and report.entries == 2 * (1 + i)


def test_sqlite_read_only_database_is_a_clear_error(sqlite_store, make_assessment):
    _on_every_connection(sqlite_store, "PRAGMA query_only = ON")
    with pytest.raises(ReadOnlyDatabaseError, match="read-only for this user") as caught:
        sqlite_store.save_assessment("BED-SECRET", make_assessment("1", "1"),
                                     evidence_version=None, now=T0)
    assert "BED-SECRET" not in str(caught.value)
    assert sqlite_store.history("BED-SECRET") == []  # reading still works


def test_data_folder_that_cannot_be_created(tmp_path):
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(DataFolderError, match="cannot be created"):
        open_store(tmp_path / "a-file" / "data", training=False, site=SiteConfig())


def test_identifier_that_is_not_utf8_is_refused(sqlite_store, make_assessment):
    with pytest.raises(RecordError, match="not valid UTF-8"):
        sqlite_store.save_assessment("BED-\udcff7", make_assessment("1", "1"),
                                     evidence_version=None, now=T0)
    assert sqlite_store.patient_ids() == []
