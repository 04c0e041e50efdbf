"""Schema versions with Alembic, on SQLite and PostgreSQL.

The revisions live in ``store/migrations/versions`` (an Alembic script directory loaded by
path; PyInstaller must ship it as data).  ``upgrade`` runs them on the caller's connection,
inside the caller's transaction, so a failed migration leaves the previous version intact
(both engines have transactional DDL).

Databases of the first wave carry a ``schema_migrations`` table (the hand-written runner,
versions 1 and 2) instead of ``alembic_version``; ``upgrade`` converts them in place: it stamps
the matching revision, drops the old table, then upgrades as usual.

Opening a database reads its revision with plain SQL and compares it with ``HEAD``; Alembic
itself is imported only when a migration has to run.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, inspect, select

from desktop_app.store.errors import SchemaError
from desktop_app.store.fault_words import USE_NEWER_APP, Place, said
from desktop_app.store.tables import store_meta

# In order; tests check the scripts.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
HEAD = REVISIONS[-1]
LEGACY_REVISIONS = {1: "0001", 2: "0002"}  # first-wave runner version -> revision
SCRIPT_LOCATION = Path(__file__).with_name("migrations")


def describe(revision: str | None) -> str:
    return "empty" if revision is None else f"schema {revision}"


def check_known(revision: str | None, where: Place) -> None:
    """Refuse a database made by a newer app (a revision this app does not know)."""
    if revision is not None and revision not in REVISIONS:
        raise said(SchemaError, "schema_newer", where, USE_NEWER_APP, revision=revision,
                   head=HEAD)


def legacy_revision(version: int | None, where: Place) -> str | None:
    if version is None or version == 0:
        return None
    if version not in LEGACY_REVISIONS:
        raise said(SchemaError, "schema_version_newer", where, USE_NEWER_APP, version=version)
    return LEGACY_REVISIONS[version]


def place_of(conn: Connection) -> Place:
    """The place a connection's failures are said about, when the caller names none."""
    url = conn.engine.url
    if conn.dialect.name == "sqlite":
        return Place.database(url.database or "")
    return Place.ward(url.render_as_string(hide_password=True))


def current_revision(conn: Connection, where: Place | None = None) -> str | None:
    """The revision of the open database (legacy versions mapped), ``None`` when empty."""
    names = set(inspect(conn).get_table_names())
    if "alembic_version" in names:
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None
    if "schema_migrations" in names:
        version = conn.exec_driver_sql("SELECT max(version) FROM schema_migrations").scalar()
        return legacy_revision(version, where or place_of(conn))
    return None


def read_meta(conn: Connection, key: str) -> str | None:
    if not inspect(conn).has_table("store_meta"):
        return None
    return conn.execute(select(store_meta.c.value)
                        .where(store_meta.c.key == key)).scalar_one_or_none()


def _config(conn: Connection, **attributes: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    cfg.attributes["connection"] = conn
    cfg.attributes.update(attributes)
    return cfg


def upgrade(conn: Connection, *, now: datetime, os_user: str, mode: str,
            target: str = HEAD, where: Place | None = None) -> tuple[str | None, str | None]:
    """Bring the schema to ``target`` inside the caller's write transaction.

    Returns ``(before, after)`` revisions.  Marks a new database with ``mode`` ("clinical" or
    "training").  On PostgreSQL, also withdraws any UPDATE/DELETE/TRUNCATE privilege on the
    records from every role but the owner (least privilege, re-asserted at every migration).
    """
    from alembic import command

    where = where or place_of(conn)
    before = current_revision(conn, where)
    check_known(before, where)
    cfg = _config(conn, now=now, os_user=os_user)
    if "schema_migrations" in inspect(conn).get_table_names() and before is not None:
        command.stamp(cfg, before)  # the first wave's runner -> Alembic, in place
        conn.exec_driver_sql("DROP TABLE schema_migrations")
    if before != target:
        command.upgrade(cfg, target)
    if read_meta(conn, "mode") is None:
        conn.execute(store_meta.insert().values(key="mode", value=mode))
    if conn.dialect.name == "postgresql":
        _least_privilege(conn)
    return before, current_revision(conn, where)


def _least_privilege(conn: Connection) -> None:
    """Only the owner may change or remove rows, or write the version and meta tables."""
    grants = conn.exec_driver_sql(
        "SELECT DISTINCT grantee, table_name, privilege_type "
        "FROM information_schema.role_table_grants "
        "WHERE table_schema = current_schema() AND grantee <> current_user "
        "AND (privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE') "
        "     OR (privilege_type = 'INSERT' "
        "         AND table_name IN ('store_meta', 'alembic_version')))").all()
    for grantee, table, privilege in grants:
        who = "PUBLIC" if grantee == "PUBLIC" else _quote(grantee)
        conn.exec_driver_sql(f"REVOKE {privilege} ON {_quote(table)} FROM {who}")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
