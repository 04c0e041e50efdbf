"""Regenerate ``schema_v1.sql``: a database as schema version 1 left it, with records.

Ran once when version 1 was the newest (``python tests/store/data/make_schema_v1.py``, with
the first wave's hand-written runner, since replaced by Alembic: this script no longer runs
and is kept to show how the fixture was made).  The SQL file is committed and must not change
afterwards, because it stands for databases already in use.  Rows are written with version-1
columns only (no ``sampled_at_utc``), and are saved in an order that differs from their
sample order so that the migration's backfill matters.
"""
# ruff: noqa: I001  (imports of modules that no longer exist: see above)

from __future__ import annotations

import json
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.core.phenotype import classify
from desktop_app.core.serialize import assessment_to_dict, inputs_to_dict
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.store import audit, migrations
from desktop_app.store.engine import make_engine

T0 = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
HERE = Path(__file__).parent


def main() -> None:
    path = Path(tempfile.mkdtemp()) / "v1.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        migrations.migrate(conn, app_version="0.0.9", target=1)
        conn.exec_driver_sql("INSERT INTO store_meta VALUES ('mode', 'clinical')")
        conn.exec_driver_sql("INSERT INTO patients VALUES (1, 'V1-PATIENT', NULL, ?)",
                             (T0.isoformat(),))
        audit.append(conn, "create", at=T0, os_user="v1user", entity="patient", entity_id=1,
                     patient_id=1)
        # Saved on day 3 and day 4, sampled on day 2 and day 1: sample order is reversed.
        for aid, (sample_day, saved_day, ferritin) in enumerate(((2, 3, "6000"),
                                                                 (1, 4, "2000")), start=1):
            sampled = (T0 + timedelta(days=sample_day)).isoformat()
            saved = T0 + timedelta(days=saved_day)
            a = classify(build_inputs(EntryText(ferritin=ferritin, hla_dr="3000",
                                                ferritin_sampled=sampled,
                                                hla_dr_sampled=sampled, age="50")), now=saved)
            conn.exec_driver_sql(
                "INSERT INTO assessments (id, patient_id, assessed_at, assessed_at_utc, status, "
                "phenotype, ruleset_version, evidence_version, app_version, os_user, "
                "inputs_json, result_json, source_kind) "
                "VALUES (?, 1, ?, ?, ?, ?, ?, 'ev-0', '0.0.9', 'v1user', ?, ?, 'typed')",
                (aid, saved.isoformat(), saved.isoformat(), a.status.value,
                 a.phenotype.value if a.phenotype else None, a.ruleset.version,
                 json.dumps(inputs_to_dict(a.inputs)),
                 json.dumps(assessment_to_dict(a, evidence_version="ev-0"))))
            conn.exec_driver_sql(
                "INSERT INTO lab_results (patient_id, assessment_id, analyte, value_text, "
                "comparator, value, unit, canonical_value, canonical_unit, sampled_at, "
                "recorded_at, source_kind) VALUES (1, ?, 'ferritin', ?, '=', ?, 'ng/mL', ?, "
                "'ng/mL', ?, ?, 'typed')",
                (aid, ferritin, ferritin, ferritin, sampled, saved.isoformat()))
            audit.append(conn, "classify", at=saved, os_user="v1user", entity="assessment",
                         entity_id=aid, patient_id=1, detail={"status": a.status.value})
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        dump = "\n".join(conn.iterdump()) + "\n"
    (HERE / "schema_v1.sql").write_text(dump, encoding="utf-8")


if __name__ == "__main__":
    main()
