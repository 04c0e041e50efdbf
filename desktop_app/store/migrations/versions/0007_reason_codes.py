"""Reasons the app writes, kept as a template id with typed parameters (issue 18 point 2).

Revision ID: 0007
Revises: 0006

The laboratory inbox writes the reason of a new assessment version (a result corrected, sent
again or paired) and of an entered-in-error mark (a result withdrawn).  Two nullable columns
beside each reason hold its template id and parameters (JSON) so that the history words it in
the reader's language (``store.reasons``): ``assessments.correction_reason_code`` /
``correction_reason_params`` and ``error_marks.reason_code`` / ``reason_params``.  The English
sentence stays in ``correction_reason`` / ``reason``, as before: exports, older readers and
the audit content read it.  A CHECK keeps a code with its parameters and its sentence.

Only columns are added (``ALTER TABLE … ADD COLUMN``, at the end, on both engines): no row is
rewritten, so existing rows keep every value and the content hashes of the entries that
audit them (``store.content``: an entry of version ``c1`` requires the new columns empty,
entries from here on are ``c2`` and cover them).  Rows stored before keep their English
sentence only; nothing is parsed back.

The inbox ledger's ``inbox_results.source`` (where a result was received, in English words)
gains ``source_ref``: the same place as JSON (``SourceRef.to_dict``), so the Inbox and the
pairing of a result held from an earlier file word it in the reader's language.  Rows stored
before keep their English words only.
"""

from __future__ import annotations

from alembic import op

from desktop_app.store.ddl import run

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _columns(table: str, reason: str) -> list[str]:
    code, params = f"{reason}_code", f"{reason}_params"
    return [
        f"ALTER TABLE {table} ADD COLUMN {code} TEXT",
        # A column CHECK may name other columns on both engines; it is added with the last
        # column so that SQLite, which cannot add a table constraint, holds it too.
        f"ALTER TABLE {table} ADD COLUMN {params} TEXT CONSTRAINT {table}_{reason}_words "
        f"CHECK (({code} IS NULL AND {params} IS NULL) OR ({code} IS NOT NULL "
        f"AND length({code}) > 0 AND {params} IS NOT NULL AND {reason} IS NOT NULL))",
    ]


STATEMENTS = [*_columns("assessments", "correction_reason"), *_columns("error_marks", "reason"),
              "ALTER TABLE inbox_results ADD COLUMN source_ref TEXT"]


def upgrade() -> None:
    run(op.get_bind(), STATEMENTS)


def downgrade() -> None:
    raise NotImplementedError("records are never dropped; restore a backup instead")
