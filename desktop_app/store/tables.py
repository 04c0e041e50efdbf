"""SQLAlchemy Core descriptions of the current schema, used to build dialect-neutral queries.

The DDL itself lives in the Alembic revisions of ``migrations/versions`` (the source of truth,
written per engine because triggers carry the immutability guarantee); ``tests/store`` checks
that the columns here match the migrated database on SQLite and PostgreSQL.  Times are ISO
8601 text with their UTC offset; the ``*_utc`` columns hold the same instant in UTC so that
text order is time order.  Decimal values are text so that 4420.0001 is never rounded.
"""

from __future__ import annotations

from typing import Any

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
    # A reason the app wrote (schema 0007, ``store.reasons``): template id and parameters.
    Column("correction_reason_code", Text),
    Column("correction_reason_params", Text),
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
    Column("reason_code", Text),  # schema 0007, as ``assessments.correction_reason_code``
    Column("reason_params", Text),
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

# -- scores around the phenotype (schema 0004, issue 17) ----------------------------------------
# Each kind of record has the columns every record has (patient, the version it corrects and
# why, when and by whom it was recorded, the app version) and its own; a correction is a new
# row naming the old one, "entered in error" is an ``error_marks`` row.


def _score_table(name: str, *columns: Column[Any]) -> Table:
    return Table(
        name, metadata,
        Column("id", Integer, primary_key=True),
        Column("patient_id", Integer, ForeignKey("patients.id"), nullable=False),
        Column("supersedes_id", Integer, ForeignKey(f"{name}.id")),
        Column("correction_reason", Text),
        Column("recorded_at", Text, nullable=False),
        Column("recorded_at_utc", Text, nullable=False),
        Column("os_user", Text, nullable=False),
        Column("app_version", Text, nullable=False),
        *columns,
    )


daily_sofa = _score_table(
    "daily_sofa",
    Column("study_day", Integer, nullable=False),  # 1 = the day of phenotyping
    Column("sofa_date", Text, nullable=False),  # the calendar day (YYYY-MM-DD, ward's zone)
    Column("total", Integer, nullable=False),
    Column("assessed_components", Integer, nullable=False),
    Column("method", Text, nullable=False),  # "calculator" | "total" (typed)
    Column("inputs_json", Text),  # calculator: the inputs as typed (core.sofa_entry.SofaText)
    Column("decimal_comma", Integer, nullable=False),  # how the typed numbers were read
    Column("result_json", Text),  # calculator: core.score_serialize.sofa_to_dict
    Column("sofa_version", Text, nullable=False),
)

deaths = _score_table(
    "deaths",
    Column("died_on", Text, nullable=False),  # YYYY-MM-DD
)

eligibility_checks = _score_table(
    "eligibility_checks",
    Column("assessment_id", Integer, ForeignKey("assessments.id"), nullable=False),
    Column("answers_json", Text, nullable=False),  # {criterion key: yes|no|unknown}
    Column("result_json", Text, nullable=False),  # core.score_serialize.eligibility_to_dict
    Column("criteria_met", Integer, nullable=False),
    Column("criteria_failed", Integer, nullable=False),
    Column("criteria_unknown", Integer, nullable=False),
    Column("eligibility_version", Text, nullable=False),
)

hscores = _score_table(
    "hscores",
    Column("assessment_id", Integer, ForeignKey("assessments.id"), nullable=False),
    Column("inputs_json", Text, nullable=False),  # core.hscore_entry.HScoreText
    Column("decimal_comma", Integer, nullable=False),
    Column("score", Integer, nullable=False),
    Column("probability_percent", Text, nullable=False),  # the table's cell as printed
    Column("result_json", Text, nullable=False),  # core.score_serialize.hscore_to_dict
    Column("hscore_version", Text, nullable=False),
)

SCORE_TABLES: dict[str, Table] = {  # audit entity -> table
    "daily_sofa": daily_sofa, "death": deaths, "eligibility": eligibility_checks,
    "hscore": hscores,
}

# -- the laboratory inbox's ledger (schema 0006, issue 14) --------------------------------------

inbox_messages = Table(
    "inbox_messages", metadata,
    Column("id", Integer, primary_key=True),
    Column("import_id", Integer, ForeignKey("import_batches.id"), nullable=False),
    Column("message_key", Text, nullable=False, unique=True),  # import once
    Column("digest", Text, nullable=False),  # the message's content (without its MSH)
    Column("file_sha256", Text, nullable=False),
    Column("source_file", Text, nullable=False),
    Column("message_number", Integer, nullable=False),
    Column("received_at", Text, nullable=False),
)

inbox_results = Table(
    "inbox_results", metadata,
    Column("id", Integer, primary_key=True),
    Column("import_id", Integer, ForeignKey("import_batches.id"), nullable=False),
    Column("message_id", Integer, ForeignKey("inbox_messages.id"), nullable=False),
    Column("result_key", Text, nullable=False),
    Column("analyte", Text, nullable=False),
    Column("status", Text, nullable=False),  # final | corrected | withdrawal
    Column("status_text", Text, nullable=False),  # as the laboratory sent it
    Column("patient_id", Integer, ForeignKey("patients.id")),
    Column("assessment_id", Integer, ForeignKey("assessments.id")),  # used in / withdrawn
    Column("error_mark_id", Integer, ForeignKey("error_marks.id")),  # a withdrawal's mark
    Column("source", Text, nullable=False),  # file, message and segment in words
    Column("source_ref", Text),  # the same as JSON (``SourceRef.to_dict``, schema 0007)
)
