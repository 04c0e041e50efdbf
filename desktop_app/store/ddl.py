"""DDL pieces shared by the released Alembic revisions (``store/migrations/versions``).

Frozen: released revisions call these, and ``tests/store/test_migrations.py`` compares what
they build with the schema of real databases of each released version (``tests/store/data``).
Never change what a function here emits; add a new function for a new revision instead.

Records are immutable on both engines: SQLite triggers ``RAISE(ABORT)`` on UPDATE and DELETE;
PostgreSQL triggers raise on UPDATE, DELETE and TRUNCATE (a second line behind the
application role's missing privileges, and a guard against the owner's mistakes).
"""

from __future__ import annotations

from sqlalchemy import Connection


def run(conn: Connection, statements: list[str]) -> None:
    """Execute DDL text as is (no bind-parameter parsing of ':' or '%')."""
    for statement in statements:
        conn.exec_driver_sql(statement)


def sqlite_guard(table: str, *, update: bool = True) -> list[str]:
    """Triggers that make ``table`` append-only (no DELETE; no UPDATE unless ``update=False``)."""
    out = [f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
           f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows are never deleted'); END"]
    if update:
        out.append(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows are never "
                   "changed'); END")
    return out


PG_REFUSE_FUNCTION = """
CREATE FUNCTION immunosep_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only: rows are never '
        || CASE TG_OP WHEN 'UPDATE' THEN 'changed' WHEN 'DELETE' THEN 'deleted'
                      ELSE 'truncated' END;
END $$"""


def pg_guard(table: str, *, update: bool = True) -> list[str]:
    """PostgreSQL triggers refusing DELETE, TRUNCATE and (unless ``update=False``) UPDATE."""
    refuse = "EXECUTE FUNCTION immunosep_refuse_change()"
    out = [f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} FOR EACH ROW {refuse}",
           f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
           f"FOR EACH STATEMENT {refuse}"]
    if update:
        out.append(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                   f"FOR EACH ROW {refuse}")
    return out


def is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"
