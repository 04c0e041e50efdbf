"""SQLAlchemy Core descriptions of the current schema, used to build dialect-neutral queries.

The DDL itself lives in the Alembic revisions of ``migrations/versions`` (the source of truth,
written per engine because triggers carry the immutability guarantee); ``tests/store`` checks
that the columns here match the migrated database on SQLite and PostgreSQL.  Times are ISO
8601 text with their UTC offset; the ``*_utc`` columns hold the same instant in UTC so that
text order is time order.  Decimal values are text so that 4420.0001 is never rounded.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text

metadata = MetaData()

store_meta = Table(
    "store_meta", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

import_batches = Table(
    "import_batches", metadata,
    Column("id", Integer, primary_key=True),
    Column("source_file", Text, nullable=False),
    Column("imported_at", Text, nullable=False),
    Column("decided_at", Text, nullable=False),  # the ``now`` the rows were classified with
    Column("os_user", Text, nullable=False),
    Column("app_version", Text, nullable=False),
    Column("ruleset_version", Text, nullable=False),
    Column("evidence_version", Text),
    Column("options_json", Text, nullable=False),  # warning options the rows were decided with
    Column("rows_read", Integer, nullable=False),
    Column("assessments", Integer, nullable=False),
    Column("lab_only_rows", Integer, nullable=False),
    Column("rows_without_values", Integer, nullable=False),
)

patients = Table(
    "patients", metadata,
    Column("id", Integer, primary_key=True),
    Column("identifier", Text, nullable=False, unique=True),
    Column("pseudonym", Text),
    Column("created_at", Text, nullable=False),
    Column("import_id", Integer, ForeignKey("import_batches.id")),
)

assessments = Table(
    "assessments", metadata,
    Column("id", Integer, primary_key=True),
    Column("patient_id", Integer, ForeignKey("patients.id"), nullable=False),
    Column("supersedes_id", Integer, ForeignKey("assessments.id")),
    Column("correction_reason", Text),
    Column("assessed_at", Text, nullable=False),
    Column("assessed_at_utc", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("phenotype", Text),
    Column("ruleset_version", Text, nullable=False),
    Column("evidence_version", Text),
    Column("app_version", Text, nullable=False),
    Column("os_user", Text, nullable=False),
    Column("inputs_json", Text, nullable=False),
    Column("result_json", Text, nullable=False),
    Column("source_kind", Text, nullable=False),
    Column("source_file", Text),
    Column("source_row", Integer),
    Column("sampled_at_utc", Text),
    Column("import_id", Integer, ForeignKey("import_batches.id")),
)

lab_results = Table(
    "lab_results", metadata,
    Column("id", Integer, primary_key=True),
    Column("patient_id", Integer, ForeignKey("patients.id"), nullable=False),
    Column("assessment_id", Integer, ForeignKey("assessments.id")),
    Column("analyte", Text, nullable=False),
    Column("value_text", Text, nullable=False),
    Column("comparator", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("unit", Text, nullable=False),
    Column("canonical_value", Text),
    Column("canonical_unit", Text),
    Column("sampled_at", Text),
    Column("recorded_at", Text, nullable=False),
    Column("source_kind", Text, nullable=False),
    Column("source_file", Text),
    Column("source_row", Integer),
    Column("import_id", Integer, ForeignKey("import_batches.id")),
)

error_marks = Table(
    "error_marks", metadata,
    Column("id", Integer, primary_key=True),
    Column("entity", Text, nullable=False),
    Column("entity_id", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    Column("marked_at", Text, nullable=False),
    Column("os_user", Text, nullable=False),
)

audit_log = Table(
    "audit_log", metadata,
    Column("seq", Integer, primary_key=True),
    Column("at", Text, nullable=False),
    Column("os_user", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("entity", Text),
    Column("entity_id", Integer),
    Column("patient_id", Integer),
    Column("detail", Text, nullable=False),
    Column("prev_hash", Text, nullable=False),
    Column("hash", Text, nullable=False),
    Column("content_hash", Text),  # store.content: the audited records' stored values
)
