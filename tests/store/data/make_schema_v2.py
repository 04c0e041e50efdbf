"""Regenerate ``schema_v2.sql``: a database as schema version 2 (the first wave) left it.

Ran once, at commit dc39ff6 (schema version 2 was the newest, written by the hand-written
migration runner), through the public ``Store`` API of that commit.  The SQL file is committed
and must not change afterwards: it stands for databases already in use.  This script no longer
runs against the current code (the runner it used was replaced by Alembic); it is kept to show
how the fixture was made.  The records cover every kind the first wave stored: typed
assessments (one corrected, one marked entered in error), an import with an assessed row, a
lab-only row and a rejected row, and an export entry.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.core.phenotype import classify
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.records import ImportedRow, open_store

T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
HERE = Path(__file__).parent


def _assessment(ferritin: str, hla_dr: str, day: int, unit: str = "ng/mL"):
    sampled = (T0 + timedelta(days=day)).isoformat()
    return classify(build_inputs(EntryText(
        ferritin=ferritin, ferritin_unit=unit, hla_dr=hla_dr, ferritin_sampled=sampled,
        hla_dr_sampled=sampled, age="71")), now=T0 + timedelta(days=30))


def main() -> None:
    data = Path(tempfile.mkdtemp())
    with open_store(data, training=False, os_user="v2user") as store:
        a1 = store.save_assessment("V2-A", _assessment("2000", "3000", 0), evidence_version="ev-1",
                                   now=T0 + timedelta(days=1))
        store.save_assessment("V2-A", _assessment("9932", "4000", 2, unit="pmol/L"),
                              evidence_version="ev-1", now=T0 + timedelta(days=3))
        a3 = store.correct_assessment(a1, _assessment("2100", "3000", 0), reason="typo",
                                      evidence_version="ev-1", now=T0 + timedelta(days=4))
        store.mark_entered_in_error(a3, reason="wrong tube", now=T0 + timedelta(days=5))
        imported = _assessment(">40000", "9000", 3)
        lab_only = _assessment("100", "3000", 3).inputs
        store.record_import("labs.csv", [ImportedRow(2, "V2-B", imported.inputs, imported),
                                         ImportedRow(3, "V2-B", lab_only),
                                         ImportedRow(4, "", None)],
                            evidence_version="ev-1", now=T0 + timedelta(days=6))
        store.audit("export", now=T0 + timedelta(days=7), patient_id="V2-A", entity="report",
                    detail={"format": "pdf"})
        assert store.verify_audit().ok
        path = store.path
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        dump = "\n".join(conn.iterdump()) + "\n"
    (HERE / "schema_v2.sql").write_text(dump, encoding="utf-8")


if __name__ == "__main__":
    main()
