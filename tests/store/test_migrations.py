"""Schema migrations: from an empty file, from the previous version (a frozen v1 fixture),
atomicity, and agreement between the migrated schema and ``tables.py``."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.services.records import open_store
from desktop_app.store import migrations, tables
from desktop_app.store.engine import make_engine

V1_DUMP = Path(__file__).parent / "data" / "schema_v1.sql"
T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _schema(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    return {(t, n, " ".join(sql.split())) for t, n, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")}


def _load_v1(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.executescript(V1_DUMP.read_text(encoding="utf-8"))


def _versions(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [v for (v,) in conn.execute("SELECT version FROM schema_migrations "
                                           "ORDER BY version")]


def test_released_migration_1_is_unchanged(tmp_path):
    # Migration 1 must still build exactly the schema that version-1 databases have.
    engine = make_engine(tmp_path / "fresh.sqlite")
    with engine.begin() as conn:
        migrations.migrate(conn, app_version="test", target=1)
    engine.dispose()
    with sqlite3.connect(tmp_path / "fresh.sqlite") as fresh, sqlite3.connect(":memory:") as old:
        old.executescript(V1_DUMP.read_text(encoding="utf-8"))
        assert _schema(fresh) == _schema(old)


def test_migrate_from_empty(data_dir):
    with open_store(data_dir, training=False) as store:
        assert store.verify_audit().entries == 0
    path = data_dir / "clinical.sqlite"
    assert _versions(path) == [m.version for m in migrations.MIGRATIONS]
    assert migrations.SCHEMA_VERSION == 2
    with sqlite3.connect(path) as conn:
        for table in tables.metadata.sorted_tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table.name})")]
            assert columns == [c.name for c in table.columns], table.name


def test_migrate_from_previous_version(data_dir, make_assessment):
    path = data_dir / "clinical.sqlite"
    _load_v1(path)
    assert _versions(path) == [1]
    with open_store(data_dir, training=False) as store:
        history = store.history("V1-PATIENT")
        # Backfilled sample times now order the history (v1 only knew the save time).
        assert [e.assessment_id for e in history] == [2, 1]
        assert [e.sampled_at for e in history] == [
            datetime(2026, 6, 2, 8, tzinfo=UTC), datetime(2026, 6, 3, 8, tzinfo=UTC)]
        assert [e.phenotype for e in history] == ["immunoparalysis", "mals"]
        assert store.verify_audit().ok and store.verify_audit().entries == 3
        new = store.save_assessment("V1-PATIENT", make_assessment("100", "3000", day=0),
                                    evidence_version=None, now=T0)
        assert store.history("V1-PATIENT")[-1].assessment_id == new
        assert store.verify_audit().ok
    assert _versions(path) == [1, 2]
    with sqlite3.connect(path) as conn, pytest.raises(sqlite3.IntegrityError,
                                                      match="append-only"):
        conn.execute("UPDATE assessments SET sampled_at_utc = NULL")  # guard is back


def test_failed_migration_leaves_the_previous_version(data_dir, monkeypatch):
    path = data_dir / "clinical.sqlite"
    _load_v1(path)

    def explode(conn: object) -> None:
        raise RuntimeError("disk on fire")

    broken = migrations.Migration(2, "broken", [*migrations.V2_SAMPLE_TIME, explode])
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    with pytest.raises(RuntimeError, match="disk on fire"):
        open_store(data_dir, training=False)
    assert _versions(path) == [1]
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(assessments)")]
    assert "sampled_at_utc" not in columns
    monkeypatch.undo()
    with open_store(data_dir, training=False) as store:
        assert len(store.history("V1-PATIENT")) == 2
    assert _versions(path) == [1, 2]
