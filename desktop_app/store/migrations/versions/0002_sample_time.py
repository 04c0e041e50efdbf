"""Assessment sample time, for ordering a patient's history by when the blood was drawn.

Revision ID: 0002
Revises: 0001

Version 1 stored only the save time.  The backfill lifts the UPDATE guard of ``assessments``
inside the migration's transaction and restores it before the transaction ends.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from alembic import op
from sqlalchemy import Connection

from desktop_app.store.ddl import is_sqlite, run, sqlite_guard

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _utc(text: str) -> str:
    return datetime.fromisoformat(text).astimezone(UTC).isoformat()


def _earliest_sample_utc(inputs_json: str) -> str | None:
    """Earliest sample time among an assessment's inputs (the blood draw), as UTC ISO text."""
    inputs = json.loads(inputs_json)
    times = [_utc(t) for t in ((inputs.get("ferritin") or {}).get("sampled_at"),
                               (inputs.get("hla_dr") or {}).get("sampled_at")) if t]
    return min(times) if times else None


def _backfill(conn: Connection) -> None:
    rows = conn.exec_driver_sql("SELECT id, inputs_json FROM assessments").all()
    for row_id, inputs_json in rows:
        conn.exec_driver_sql("UPDATE assessments SET sampled_at_utc = %s WHERE id = %s"
                             if not is_sqlite(conn) else
                             "UPDATE assessments SET sampled_at_utc = ? WHERE id = ?",
                             (_earliest_sample_utc(inputs_json), row_id))


def upgrade() -> None:
    conn = op.get_bind()
    run(conn, ["ALTER TABLE assessments ADD COLUMN sampled_at_utc TEXT"])
    if is_sqlite(conn):
        run(conn, ["DROP TRIGGER assessments_no_update"])
        _backfill(conn)
        run(conn, sqlite_guard("assessments", update=True)[1:])
    else:
        run(conn, ["ALTER TABLE assessments DISABLE TRIGGER assessments_no_update"])
        _backfill(conn)
        run(conn, ["ALTER TABLE assessments ENABLE TRIGGER assessments_no_update"])
    run(conn, ["CREATE INDEX assessments_by_sample ON assessments(patient_id, sampled_at_utc)"])


def downgrade() -> None:
    raise NotImplementedError("records are never dropped; restore a backup instead")
