"""The ``view`` audit action: an import looked at without being stored (issue 12 point 5).

Revision ID: 0005
Revises: 0004

Nothing from an imported file is stored until the user chooses "Store" or "View only"; both
choices are audited.  Storing is audited by the batch's ``import`` entry; viewing only creates
no record, so it needs an action of its own (it is neither an export nor a record).  On
SQLite the action list is a CHECK constraint, so ``audit_log`` is rebuilt exactly as 0003
rebuilt it (nothing references it; every row, hash and sequence number is copied unchanged,
so the chain verifies as before); on PostgreSQL the constraint is replaced.
"""

from __future__ import annotations

from alembic import op

from desktop_app.store.ddl import is_sqlite, run, sqlite_guard

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

ACTIONS = ("('create', 'correct', 'classify', 'import', 'export', 'mark_in_error', "
           "'migrate', 'view')")
_COLUMNS = ("seq, at, os_user, action, entity, entity_id, patient_id, detail, prev_hash, hash, "
            "content_hash")

SQLITE = [
    f"""CREATE TABLE audit_log_0005 (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN {ACTIONS}),
        entity TEXT,
        entity_id INTEGER,
        patient_id INTEGER,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        content_hash TEXT)""",
    f"INSERT INTO audit_log_0005 ({_COLUMNS}) SELECT {_COLUMNS} FROM audit_log",
    "DROP TABLE audit_log",  # its triggers go with it; DROP fires no DELETE trigger
    "ALTER TABLE audit_log_0005 RENAME TO audit_log",
    *sqlite_guard("audit_log"),
    """CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log BEGIN
        INSERT OR REPLACE INTO store_meta (key, value)
        VALUES ('audit_head', NEW.seq || ' ' || NEW.hash); END""",
]

POSTGRESQL = [
    "ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check",
    f"ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN {ACTIONS})",
]


def upgrade() -> None:
    conn = op.get_bind()
    run(conn, SQLITE if is_sqlite(conn) else POSTGRESQL)


def downgrade() -> None:
    raise NotImplementedError("records are never dropped; restore a backup instead")
