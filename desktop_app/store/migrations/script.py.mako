"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
"""

from __future__ import annotations

from alembic import op

from desktop_app.store.ddl import is_sqlite, run

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade() -> None:
    conn = op.get_bind()
    # Write the DDL for both engines; keep records immutable (store/ddl.py guards).
    run(conn, [] if is_sqlite(conn) else [])


def downgrade() -> None:
    raise NotImplementedError("records are never dropped; restore a backup instead")
