"""Schema migrations with Alembic: from every released schema (frozen databases of the first
wave, v1 and v2; frozen databases of this wave's revisions 0003-0006, on both engines),
atomicity, the released revisions unchanged, ``tables.py`` in step with the migrated schema on
both engines, and what PostgreSQL's application role may not do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from desktop_app.services.records import open_store
from desktop_app.site_config import SiteConfig
from desktop_app.store import content, schema, tables
from desktop_app.store.errors import AccessDeniedError, MigrationNeededError
from desktop_app.store.sqlite import make_engine

from . import pg_cluster
from .conftest import T0, _site

DATA = Path(__file__).parent / "data"
LEGACY = {1: DATA / "schema_v1.sql", 2: DATA / "schema_v2.sql"}
VERSION_TABLES = {"schema_migrations", "alembic_version"}


def _schema(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    return {(t, n, " ".join(sql.split())) for t, n, tbl, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        if tbl not in VERSION_TABLES}


def _load(path: Path, version: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.executescript(LEGACY[version].read_text(encoding="utf-8"))


def _rows(path: Path, table: str, columns: str = "*") -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT {columns} FROM {table} ORDER BY 1").fetchall()


def test_revision_list_matches_the_script_directory():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(schema.SCRIPT_LOCATION))
    script = ScriptDirectory.from_config(cfg)
    walked = [r.revision for r in script.walk_revisions()]
    assert list(reversed(walked)) == list(schema.REVISIONS)
    assert script.get_current_head() == schema.HEAD


@pytest.mark.parametrize("version", [1, 2])
def test_released_revisions_still_build_the_released_schema(tmp_path, version):
    path = tmp_path / "fresh.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        schema.upgrade(conn, now=T0, os_user="t", mode="clinical",
                       target=schema.LEGACY_REVISIONS[version])
    engine.dispose()
    with sqlite3.connect(path) as fresh, sqlite3.connect(":memory:") as old:
        old.executescript(LEGACY[version].read_text(encoding="utf-8"))
        assert _schema(fresh) == _schema(old)


@pytest.mark.parametrize("version", [1, 2])
def test_first_wave_database_is_converted_in_place_with_nothing_lost(data_dir, version,
                                                                      make_assessment):
    path = data_dir / "clinical.sqlite"
    _load(path, version)
    before = {t: _rows(path, t) for t in ("patients", "assessments", "lab_results",
                                          "error_marks")}
    entries = _rows(path, "audit_log")
    with open_store(data_dir, training=False, site=SiteConfig()) as store:
        assert store.migrated == (schema.LEGACY_REVISIONS[version], schema.HEAD)
        report = store.verify_audit()
        assert report.ok, report.problem
        # One seal entry covers every record that existed; old entries verify as they were.
        assert report.entries == len(entries) + 1
        patients = store.patient_ids()
        assert patients and all(store.history(p) for p in patients)
        new = store.save_assessment(patients[0], make_assessment("100", "3000", day=0),
                                    evidence_version=None, now=T0)
        assert new in {e.assessment_id for e in store.history(patients[0])}
        assert store.verify_audit().ok
    for table, rows in before.items():  # every old row, every old column, unchanged
        width = len(rows[0]) if rows else 0
        after = _rows(path, table)
        assert [r[:width] for r in after[:len(rows)]] == rows, table
    assert _rows(path, "audit_log")[:len(entries)] == [(*e, None) for e in entries]
    with sqlite3.connect(path) as conn:
        names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master")}
        assert "schema_migrations" not in names
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (schema.HEAD,)]
        seal = conn.execute("SELECT action, content_hash FROM audit_log "
                            "WHERE seq = ?", (len(entries) + 1,)).fetchone()
        assert seal[0] == "migrate" and content.version_of(seal[1]) == "c1"
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE assessments SET phenotype = NULL")


def test_v1_history_is_ordered_by_the_backfilled_sample_time(data_dir):
    _load(data_dir / "clinical.sqlite", 1)
    with open_store(data_dir, training=False, site=SiteConfig()) as store:
        history = store.history("V1-PATIENT")
    assert [e.assessment_id for e in history] == [2, 1]
    assert [e.phenotype for e in history] == ["immunoparalysis", "mals"]


def test_a_changed_first_wave_record_breaks_the_seal(data_dir):
    _load(data_dir / "clinical.sqlite", 2)
    open_store(data_dir, training=False, site=SiteConfig()).close()
    conn = sqlite3.connect(data_dir / "clinical.sqlite")
    conn.execute("DROP TRIGGER lab_results_no_update")
    conn.execute("UPDATE lab_results SET value_text = '1' WHERE id = 1")
    conn.commit()
    conn.close()
    with open_store(data_dir, training=False, site=SiteConfig()) as store:
        report = store.verify_audit()
    assert not report.ok and report.broken_seq == 10
    assert "no longer matches" in (report.problem or "")


def test_failed_migration_leaves_the_previous_version(data_dir, monkeypatch):
    path = data_dir / "clinical.sqlite"
    _load(path, 2)

    def explode(self: object) -> str:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(content.ContentHasher, "hexdigest", explode)  # fails in the seal
    with pytest.raises(RuntimeError, match="disk on fire"):
        open_store(data_dir, training=False, site=SiteConfig())
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone() == (2,)
        names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master")}
        assert "alembic_version" not in names and "import_batches" not in names
    monkeypatch.undo()
    with open_store(data_dir, training=False, site=SiteConfig()) as store:
        assert store.verify_audit().ok and store.schema_revision() == schema.HEAD


def test_tables_match_the_migrated_schema(backend):
    backend.open().close()
    for table in tables.metadata.sorted_tables:
        if backend.kind == "sqlite":
            with sqlite3.connect(backend.sqlite_path) as conn:
                columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table.name})")]
        else:
            columns = [c for (c,) in backend.query(
                "SELECT column_name FROM information_schema.columns "
                f"WHERE table_name = '{table.name}' ORDER BY ordinal_position")]
        assert columns == [c.name for c in table.columns], table.name


def test_application_role_cannot_migrate(postgres):
    postgres.create_database("ward_empty")
    site = _site(postgres, "ward_empty")
    with pytest.raises(MigrationNeededError, match="Ask IT to run 'immunosep db migrate"):
        open_store(None, training=False, site=site)
    with pytest.raises(AccessDeniedError, match="lacks a privilege"):
        open_store(None, training=False, site=site, migrate=True)
    # The owner can; then the application role works.
    open_store(None, training=False, site=site, migrate=True,
               db_user=pg_cluster.OWNER_ROLE).close()
    with open_store(None, training=False, site=site) as store:
        assert store.schema_revision() == schema.HEAD


def test_server_behind_the_app_is_refused_until_migrated(postgres):
    postgres.create_database("ward_behind")
    url = postgres.url(pg_cluster.OWNER_ROLE, "ward_behind").replace("localhost", "127.0.0.1")
    engine = create_engine(url, connect_args={"sslmode": "disable"})
    with engine.begin() as conn:
        schema.upgrade(conn, now=T0, os_user="it", mode="clinical", target="0002")
    engine.dispose()
    with pytest.raises(MigrationNeededError, match="has schema 0002, but this app needs"):
        open_store(None, training=False, site=_site(postgres, "ward_behind"))


RECORD_TABLES = ("patients", "assessments", "lab_results", "error_marks", "import_batches",
                 "audit_log")
# Databases as this wave's releases left them (``data/make_schema_0003_0006.py``); tables in
# the order their foreign keys need when their rows are copied to PostgreSQL.
FROZEN = {revision: DATA / f"schema_{revision}.sql"
          for revision in ("0003", "0004", "0005", "0006")}
COPY_ORDER = ("import_batches", "patients", "assessments", "lab_results", "error_marks",
              "daily_sofa", "deaths", "eligibility_checks", "hscores", "inbox_messages",
              "inbox_results", "audit_log")


@pytest.mark.parametrize("revision", FROZEN)
def test_released_revisions_still_build_the_schema_of_their_release(tmp_path, revision):
    path = tmp_path / "fresh.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        schema.upgrade(conn, now=T0, os_user="t", mode="clinical", target=revision)
    engine.dispose()
    with sqlite3.connect(path) as fresh, sqlite3.connect(":memory:") as old:
        old.executescript(FROZEN[revision].read_text(encoding="utf-8"))
        assert _schema(fresh) == _schema(old)


def load_frozen(backend, revision: str, tmp_path: Path):
    """``backend`` holding the records of the frozen database of ``revision``: on SQLite the
    file itself; on PostgreSQL a database migrated to that revision by IT with the same rows
    (ids, texts, audit entries and hashes copied unchanged, so its chain verifies as is)."""
    from .conftest import Backend

    dump = FROZEN[revision].read_text(encoding="utf-8")
    if backend.kind == "sqlite":
        backend.data_dir.mkdir(mode=0o700)
        with sqlite3.connect(backend.sqlite_path) as conn:
            conn.executescript(dump)
        conn.close()
        return backend
    cluster = backend.cluster
    name = f"{backend.database}_{revision}"
    cluster.create_database(name)
    url = cluster.url(pg_cluster.OWNER_ROLE, name).replace("localhost", "127.0.0.1")
    engine = create_engine(url, connect_args={"sslmode": "disable"})
    source = sqlite3.connect(":memory:")
    source.executescript(dump)
    present = {n for (n,) in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    with engine.begin() as conn:
        schema.upgrade(conn, now=T0, os_user="it", mode="clinical", target=revision)
        for table in (t for t in COPY_ORDER if t in present):
            cursor = source.execute(f"SELECT * FROM {table} ORDER BY 1")
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            if not rows:
                continue
            conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                 f"({', '.join(['%s'] * len(columns))})", rows)
            if columns[0] == "id":  # the identity continues after the copied ids
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"{max(r[0] for r in rows)})")
    engine.dispose()
    source.close()
    return Backend("postgresql", tmp_path / f"data{revision}", _site(cluster, name), cluster,
                   name)


def migrated(backend) -> None:
    """Bring ``backend`` to the head as its users would: SQLite at open; PostgreSQL by IT
    (workstations refuse a server at an earlier revision)."""
    if backend.kind == "sqlite":
        backend.open().close()
        return
    with pytest.raises(MigrationNeededError):
        backend.open()
    backend.open(migrate=True, db_user=pg_cluster.OWNER_ROLE).close()


@pytest.fixture(params=list(FROZEN))
def at_revision(request, backend, tmp_path):
    """A database of an earlier revision of this wave (0003: before the score tables; 0004:
    before the ``view`` action; 0005: before the inbox ledger; 0006: before the reasons'
    codes) holding every kind of record that release stored."""
    return load_frozen(backend, request.param, tmp_path), request.param


def test_an_earlier_revision_migrates_with_nothing_lost(at_revision, make_assessment):
    from desktop_app.services import scores

    backend, _revision = at_revision
    before = {t: backend.query(f"SELECT * FROM {t} ORDER BY 1") for t in RECORD_TABLES}
    migrated(backend)
    with backend.open() as store:
        assert store.schema_revision() == schema.HEAD
        report = store.verify_audit()
        assert report.ok, report.problem
        for table, rows in before.items():  # every old row, every old column, unchanged
            width = len(rows[0]) if rows else 0
            after = backend.query(f"SELECT * FROM {table} ORDER BY 1")
            assert [r[:width] for r in after[:len(rows)]] == rows, table
        # Every kind of record can now be stored, corrected and marked, and verifies.
        history = [e.assessment_id for e in store.history("R-A")]
        (imported,) = store.history("R-B")
        day1 = scores.save_daily_sofa(store, "R-B", scores.SofaEntry.typed_total(9), day=1,
                                      now=T0)
        scores.save_death(store, "R-B", died_on=T0.date(), now=T0)
        scores.save_eligibility(store, "R-B", scores.EligibilityEntry(), now=T0,
                                assessment_id=imported.assessment_id)
        scores.mark_score_in_error(store, "daily_sofa", day1, reason="test", now=T0)
        fixed = store.correct_assessment(imported.assessment_id,
                                         make_assessment("120", "9000", day=3),
                                         reason="typo", evidence_version="ev", now=T0)
        store.mark_entered_in_error(fixed, reason="wrong tube", now=T0)
        assert store.verify_audit().ok
        assert [e.assessment_id for e in store.history("R-A")] == history
