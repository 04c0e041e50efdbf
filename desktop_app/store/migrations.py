"""Versioned schema: an ordered list of migrations keyed by the ``schema_migrations`` table.

Why not Alembic: it would add Mako plus an ``env.py``/versions folder that PyInstaller must be
told about, and ~100 ms of imports at every start, to do what 1 table and a list do here.  Each
migration is a list of SQL statements run inside the caller's ``BEGIN IMMEDIATE`` transaction
(SQLite DDL is transactional), so a crash mid-migration leaves the previous version intact.

Rules: a released migration is never edited (tests compare version 1 with a frozen fixture);
changes go in a new, higher-numbered migration.  Records are immutable, guarded by triggers;
a migration that must backfill a column lifts a guard and restores it in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection

from desktop_app.store.errors import SchemaError


def _guard(table: str, *, update: bool = True) -> list[str]:
    """Triggers that make ``table`` append-only (no DELETE; no UPDATE unless ``update=False``)."""
    out = [f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
           f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows are never deleted'); END"]
    if update:
        out.append(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows are never "
                   "changed'); END")
    return out


_SOURCE_COLUMNS = """
    source_kind TEXT NOT NULL CHECK (source_kind IN ('typed', 'file')),
    source_file TEXT,
    source_row INTEGER,
    CHECK ((source_kind = 'typed' AND source_file IS NULL AND source_row IS NULL)
        OR (source_kind = 'file' AND source_file IS NOT NULL))"""

V1_INITIAL = [
    "CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        identifier TEXT NOT NULL UNIQUE CHECK (length(trim(identifier)) > 0),
        pseudonym TEXT,
        created_at TEXT NOT NULL)""",
    f"""CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        supersedes_id INTEGER REFERENCES assessments(id),
        correction_reason TEXT,
        assessed_at TEXT NOT NULL,
        assessed_at_utc TEXT NOT NULL,
        status TEXT NOT NULL,
        phenotype TEXT,
        ruleset_version TEXT NOT NULL,
        evidence_version TEXT,
        app_version TEXT NOT NULL,
        os_user TEXT NOT NULL,
        inputs_json TEXT NOT NULL,
        result_json TEXT NOT NULL,{_SOURCE_COLUMNS})""",
    # A version is corrected at most once, so the versions of a record form one chain.
    "CREATE UNIQUE INDEX assessments_one_correction ON assessments(supersedes_id) "
    "WHERE supersedes_id IS NOT NULL",
    "CREATE INDEX assessments_by_patient ON assessments(patient_id, assessed_at_utc)",
    f"""CREATE TABLE lab_results (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        assessment_id INTEGER REFERENCES assessments(id),
        analyte TEXT NOT NULL CHECK (analyte IN ('ferritin', 'hla_dr')),
        value_text TEXT NOT NULL,
        comparator TEXT NOT NULL,
        value TEXT NOT NULL,
        unit TEXT NOT NULL,
        canonical_value TEXT,
        canonical_unit TEXT,
        sampled_at TEXT,
        recorded_at TEXT NOT NULL,{_SOURCE_COLUMNS})""",
    "CREATE INDEX lab_results_by_patient ON lab_results(patient_id)",
    """CREATE TABLE error_marks (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL CHECK (entity IN ('assessment', 'lab_result')),
        entity_id INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        marked_at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        UNIQUE (entity, entity_id))""",
    """CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN
            ('create', 'correct', 'classify', 'import', 'export', 'mark_in_error')),
        entity TEXT,
        entity_id INTEGER,
        patient_id INTEGER,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE)""",
    *_guard("patients"), *_guard("assessments"), *_guard("lab_results"),
    *_guard("error_marks"), *_guard("audit_log"),
]


def _utc(text: str) -> str:
    return datetime.fromisoformat(text).astimezone(UTC).isoformat()


def _earliest_sample_utc(inputs_json: str) -> str | None:
    """Earliest sample time among an assessment's inputs (the blood draw), as UTC ISO text."""
    inputs = json.loads(inputs_json)
    times = [_utc(t) for t in ((inputs.get("ferritin") or {}).get("sampled_at"),
                               (inputs.get("hla_dr") or {}).get("sampled_at")) if t]
    return min(times) if times else None


def _v2_backfill(conn: Connection) -> None:
    rows = conn.exec_driver_sql("SELECT id, inputs_json FROM assessments").all()
    for row_id, inputs_json in rows:
        conn.exec_driver_sql("UPDATE assessments SET sampled_at_utc = ? WHERE id = ?",
                             (_earliest_sample_utc(inputs_json), row_id))


V2_SAMPLE_TIME = [
    # History is ordered by when the blood was drawn, which v1 did not store separately.
    "ALTER TABLE assessments ADD COLUMN sampled_at_utc TEXT",
    "DROP TRIGGER assessments_no_update",
    _v2_backfill,
    *_guard("assessments", update=True)[1:],
    "CREATE INDEX assessments_by_sample ON assessments(patient_id, sampled_at_utc)",
]

Step = str | Callable[[Connection], None]


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    steps: Sequence[Step]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial records and audit trail", V1_INITIAL),
    Migration(2, "assessment sample time for ordering", V2_SAMPLE_TIME),
)
SCHEMA_VERSION = MIGRATIONS[-1].version

_BOOTSTRAP = ("CREATE TABLE IF NOT EXISTS schema_migrations "
              "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, app_version TEXT NOT NULL)")


def current_version(conn: Connection) -> int:
    """Schema version of the open database; 0 for an empty one."""
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).first()
    if not has_table:
        return 0
    return int(conn.exec_driver_sql(
        "SELECT coalesce(max(version), 0) FROM schema_migrations").scalar_one())


def migrate(conn: Connection, *, app_version: str, target: int = SCHEMA_VERSION) -> list[int]:
    """Apply every migration above the current version up to ``target``; return those applied.

    Must run inside a write transaction.  Refuses a database newer than this app.
    """
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"This database has schema version {version}, newer than this app understands "
            f"({SCHEMA_VERSION}). Use the newer version of the app that created it.")
    conn.exec_driver_sql(_BOOTSTRAP)
    applied = []
    for migration in MIGRATIONS:
        if version < migration.version <= target:
            for step in migration.steps:
                if isinstance(step, str):
                    conn.exec_driver_sql(step)
                else:
                    step(conn)
            conn.exec_driver_sql(
                "INSERT INTO schema_migrations (version, name, app_version) VALUES (?, ?, ?)",
                (migration.version, migration.name, app_version))
            applied.append(migration.version)
    return applied
