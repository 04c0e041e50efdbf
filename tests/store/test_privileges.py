"""Least privilege: records can be added and read, never changed or removed (the score tables
of issue 17 included).

SQLite: triggers refuse UPDATE and DELETE.  PostgreSQL: the application role (what every
workstation logs in as) has no UPDATE, DELETE or TRUNCATE privilege, and cannot write the
schema version or the meta table; triggers refuse the same statements for the owner too."""

from __future__ import annotations

import sqlite3

import pytest

from . import pg_cluster
from .conftest import T0

TABLES = ("patients", "assessments", "lab_results", "error_marks", "audit_log",
          "import_batches", "daily_sofa", "deaths", "eligibility_checks", "hscores")
CHANGES = {
    "patients": "UPDATE patients SET identifier = 'X'",
    "assessments": "UPDATE assessments SET phenotype = 'mals'",
    "lab_results": "UPDATE lab_results SET value_text = '1'",
    "error_marks": "UPDATE error_marks SET reason = 'x'",
    "audit_log": "UPDATE audit_log SET os_user = 'x'",
    "import_batches": "UPDATE import_batches SET source_file = 'x'",
    "daily_sofa": "UPDATE daily_sofa SET total = 0",
    "deaths": "UPDATE deaths SET died_on = '2026-01-01'",
    "eligibility_checks": "UPDATE eligibility_checks SET criteria_met = 0",
    "hscores": "UPDATE hscores SET score = 0",
}


def _fill(store, make_assessment) -> None:
    from desktop_app.core.hscore_entry import HScoreText
    from desktop_app.services import scores
    from desktop_app.services.records import ImportedRow

    aid = store.save_assessment("P6", make_assessment("100", "3000"), evidence_version=None,
                                now=T0)
    scores.save_daily_sofa(store, "P6", scores.SofaEntry.typed_total(9), day=1, now=T0)
    scores.save_death(store, "P6", died_on=T0.date(), now=T0)
    scores.save_eligibility(store, "P6", scores.EligibilityEntry(), now=T0)
    scores.save_hscore(store, "P6", scores.HScoreEntry(HScoreText(
        immunosuppression=False, temperature="39", organomegaly="none", cytopenias="1",
        ferritin="100", ferritin_unit="ng/mL", triglycerides="1", fibrinogen="3",
        fibrinogen_unit="g/L", ast="10", haemophagocytosis=False)), now=T0)
    store.mark_entered_in_error(aid, reason="test", now=T0)
    a = make_assessment("6000", "3000")
    store.record_import("f.csv", [ImportedRow(2, "P7", a.inputs, a)], evidence_version=None,
                        now=T0)


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("verb", ["UPDATE", "DELETE"])
def test_sqlite_triggers_refuse_changes(data_dir, make_assessment, table, verb):
    from desktop_app.services.records import open_store
    from desktop_app.site_config import SiteConfig

    with open_store(data_dir, training=False, site=SiteConfig()) as store:
        _fill(store, make_assessment)
    statement = CHANGES[table] if verb == "UPDATE" else f"DELETE FROM {table}"
    with sqlite3.connect(data_dir / "clinical.sqlite") as conn, \
            pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(statement)


@pytest.fixture
def ward(postgres, tmp_path, make_assessment):
    from desktop_app.services.records import open_store

    from .conftest import _site, new_postgres_database

    name = new_postgres_database(postgres)
    with open_store(tmp_path / "d", training=False, site=_site(postgres, name)) as store:
        _fill(store, make_assessment)
    return postgres, name


@pytest.mark.parametrize("table", TABLES)
def test_application_role_cannot_update_delete_or_truncate(ward, table):
    cluster, name = ward
    for statement in (CHANGES[table], f"DELETE FROM {table}", f"TRUNCATE {table} CASCADE"):
        with pytest.raises(RuntimeError, match="permission denied"):
            cluster.sql(statement, database=name, user=pg_cluster.APP_ROLE)
    assert int(cluster.sql(f"SELECT count(*) FROM {table}", database=name,
                           user=pg_cluster.APP_ROLE)) > 0  # it may read


@pytest.mark.parametrize("statement", [
    "INSERT INTO store_meta (key, value) VALUES ('mode', 'training')",
    "INSERT INTO alembic_version VALUES ('9999')",
    "UPDATE store_meta SET value = '0 x' WHERE key = 'audit_head'",
    "CREATE TABLE extra (x int)",
    "DROP TRIGGER assessments_no_update ON assessments",
])
def test_application_role_cannot_touch_schema_or_meta(ward, statement):
    cluster, name = ward
    with pytest.raises(RuntimeError, match=r"permission denied|must be owner"):
        cluster.sql(statement, database=name, user=pg_cluster.APP_ROLE)


@pytest.mark.parametrize("table", TABLES)
def test_triggers_refuse_changes_even_for_the_owner(ward, table):
    cluster, name = ward
    for statement in (CHANGES[table], f"DELETE FROM {table}", f"TRUNCATE {table} CASCADE"):
        with pytest.raises(RuntimeError, match="append-only"):
            cluster.sql(statement, database=name, user=pg_cluster.OWNER_ROLE)
