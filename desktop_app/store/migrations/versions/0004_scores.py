"""Scores around the phenotype: daily SOFA, death, eligibility checklist, HScore (issue 17).

Revision ID: 0004
Revises: 0003

Four record tables, immutable like the others (triggers refuse UPDATE, DELETE and, on
PostgreSQL, TRUNCATE; the application role gets only SELECT and INSERT through the default
privileges of ``postgresql-setup.sql``).  Each row is audited by a ``create`` entry (a
correction: ``correct``) whose content hash covers the row (``store.content``); a correction is
a new row naming the old one (at most once, a unique index), "entered in error" is an
``error_marks`` row — whose entity list grows by the four kinds.  On SQLite the entity list is a
CHECK constraint, so ``error_marks`` is rebuilt (nothing references it; its rows and ids are
copied unchanged, so the content hashes that cover them still match).
"""

from __future__ import annotations

from alembic import op

from desktop_app.store.ddl import is_sqlite, pg_guard, run, sqlite_guard

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

KINDS = ("daily_sofa", "deaths", "eligibility_checks", "hscores")
ENTITIES = ("('assessment', 'lab_result', 'daily_sofa', 'death', 'eligibility', "
            "'hscore')")


def _record(name: str, id_type: str, ref_type: str) -> str:
    """The columns every score record has: patient, correction link and reason, who, when."""
    return f"""
        id {id_type},
        patient_id {ref_type} NOT NULL REFERENCES patients(id),
        supersedes_id {ref_type} REFERENCES {name}(id),
        correction_reason TEXT,
        recorded_at TEXT NOT NULL,
        recorded_at_utc TEXT NOT NULL,
        os_user TEXT NOT NULL,
        app_version TEXT NOT NULL,"""


# A correction says why (the columns of ``_record``; table constraints come last in SQLite).
_REASON = """,
        CHECK (supersedes_id IS NULL OR (correction_reason IS NOT NULL
                                         AND length(trim(correction_reason)) > 0))"""


def _tables(id_type: str, ref_type: str) -> list[str]:
    date = "CHECK ({} LIKE '____-__-__')"
    return [
        f"""CREATE TABLE daily_sofa ({_record("daily_sofa", id_type, ref_type)}
        study_day INTEGER NOT NULL CHECK (study_day >= 1),
        sofa_date TEXT NOT NULL {date.format("sofa_date")},
        total INTEGER NOT NULL CHECK (total BETWEEN 0 AND 24),
        assessed_components INTEGER NOT NULL CHECK (assessed_components BETWEEN 0 AND 6),
        method TEXT NOT NULL CHECK (method IN ('calculator', 'total')),
        inputs_json TEXT,
        decimal_comma INTEGER NOT NULL CHECK (decimal_comma IN (0, 1)),
        result_json TEXT,
        sofa_version TEXT NOT NULL,
        CHECK ((method = 'calculator' AND inputs_json IS NOT NULL AND result_json IS NOT NULL)
            OR (method = 'total' AND inputs_json IS NULL AND result_json IS NULL)){_REASON})""",
        f"""CREATE TABLE deaths ({_record("deaths", id_type, ref_type)}
        died_on TEXT NOT NULL {date.format("died_on")}{_REASON})""",
        f"""CREATE TABLE eligibility_checks ({_record("eligibility_checks", id_type, ref_type)}
        assessment_id {ref_type} NOT NULL REFERENCES assessments(id),
        answers_json TEXT NOT NULL,
        result_json TEXT NOT NULL,
        criteria_met INTEGER NOT NULL CHECK (criteria_met >= 0),
        criteria_failed INTEGER NOT NULL CHECK (criteria_failed >= 0),
        criteria_unknown INTEGER NOT NULL CHECK (criteria_unknown >= 0),
        eligibility_version TEXT NOT NULL{_REASON})""",
        f"""CREATE TABLE hscores ({_record("hscores", id_type, ref_type)}
        assessment_id {ref_type} NOT NULL REFERENCES assessments(id),
        inputs_json TEXT NOT NULL,
        decimal_comma INTEGER NOT NULL CHECK (decimal_comma IN (0, 1)),
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 337),
        probability_percent TEXT NOT NULL,
        result_json TEXT NOT NULL,
        hscore_version TEXT NOT NULL{_REASON})""",
        *(statement for table in KINDS for statement in (
            # A version is corrected at most once, so the versions of a record form one chain.
            f"CREATE UNIQUE INDEX {table}_one_correction ON {table}(supersedes_id) "
            "WHERE supersedes_id IS NOT NULL",
            f"CREATE INDEX {table}_by_patient ON {table}(patient_id)")),
    ]


SQLITE = [
    *_tables("INTEGER PRIMARY KEY", "INTEGER"),
    *(statement for table in KINDS for statement in sqlite_guard(table)),
    f"""CREATE TABLE error_marks_0004 (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL CHECK (entity IN {ENTITIES}),
        entity_id INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        marked_at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        UNIQUE (entity, entity_id))""",
    "INSERT INTO error_marks_0004 (id, entity, entity_id, reason, marked_at, os_user) "
    "SELECT id, entity, entity_id, reason, marked_at, os_user FROM error_marks",
    "DROP TABLE error_marks",  # its triggers go with it; DROP fires no DELETE trigger
    "ALTER TABLE error_marks_0004 RENAME TO error_marks",
    *sqlite_guard("error_marks"),
]

POSTGRESQL = [
    *_tables("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "BIGINT"),
    *(statement for table in KINDS for statement in pg_guard(table)),
    "ALTER TABLE error_marks DROP CONSTRAINT error_marks_entity_check",
    f"ALTER TABLE error_marks ADD CONSTRAINT error_marks_entity_check CHECK (entity IN "
    f"{ENTITIES})",
]


def upgrade() -> None:
    conn = op.get_bind()
    run(conn, SQLITE if is_sqlite(conn) else POSTGRESQL)


def downgrade() -> None:
    raise NotImplementedError("records are never dropped; restore a backup instead")
