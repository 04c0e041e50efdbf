"""Canonical content of stored records, hashed into the audit entries that create them.

An audit entry's ``content_hash`` is SHA-256 over the exact stored values of the record(s) it
audits: the patient row for ``create``; the assessment row and its lab-result rows for
``classify``/``correct``; a score record (daily SOFA, death, eligibility checklist, HScore) for
its ``create``/``correct``; the error mark for ``mark_in_error``; the batch row and every
patient, assessment and lab-result row of the batch for ``import``; the inbox ledger rows of a
batch for its ``create`` entry of entity ``inbox_file``; every record that existed
at the conversion for the ``migrate`` seal.  ``audit verify`` recomputes it from the rows, so a
phenotype, a lab value, an identifier or the owning patient changed directly in the database
breaks the entry that audits it.

The column lists are versioned: a later schema that adds a column adds a new version for new
entries, and old entries keep verifying against the columns they were made with -- and, as
their records were written before the column existed, require it empty (``as_version``), so
a value put there around the app is found too.  ``c1``: revisions 0003-0006; ``c2``: 0007
added the reasons' template ids and parameters (``store.reasons``) and the inbox results'
``source_ref``.
Each row is encoded as a JSON array of its values (ASCII-escaped, no spaces): unambiguous by
type (``null``, ``12``, ``"12"``) and by boundary (``["a","bc"]`` vs ``["ab","c"]``), and
encoded by the C JSON encoder, one call per row, so hashing 100 000 imported rows takes a
fraction of a second.  Text read as raw bytes (SQLite) that is not valid UTF-8 is decoded with
``surrogateescape``: it then encodes differently from any valid text, so it never matches.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, ColumnElement, LargeBinary, Table, Text, cast

from desktop_app.store import tables as t

VERSION = "c2"

# Frozen per version: never edit a released list (add a version instead; new columns go at
# the end of a table's list, where ``ALTER TABLE ... ADD COLUMN`` puts them).  A table new to
# the schema joins the current version with its complete column list (revision 0004: the
# score tables), which no earlier entry can have hashed.
_RECORD = ("id", "patient_id", "supersedes_id", "correction_reason", "recorded_at",
           "recorded_at_utc", "os_user", "app_version")
_C1: dict[str, tuple[str, ...]] = {
    "patients": ("id", "identifier", "pseudonym", "created_at", "import_id"),
    "assessments": (
        "id", "patient_id", "supersedes_id", "correction_reason", "assessed_at",
        "assessed_at_utc", "status", "phenotype", "ruleset_version", "evidence_version",
        "app_version", "os_user", "inputs_json", "result_json", "source_kind",
        "source_file", "source_row", "sampled_at_utc", "import_id"),
    "lab_results": (
        "id", "patient_id", "assessment_id", "analyte", "value_text", "comparator",
        "value", "unit", "canonical_value", "canonical_unit", "sampled_at", "recorded_at",
        "source_kind", "source_file", "source_row", "import_id"),
    "error_marks": ("id", "entity", "entity_id", "reason", "marked_at", "os_user"),
    "import_batches": (
        "id", "source_file", "imported_at", "decided_at", "os_user", "app_version",
        "ruleset_version", "evidence_version", "options_json", "rows_read",
        "assessments", "lab_only_rows", "rows_without_values"),
    "daily_sofa": (*_RECORD, "study_day", "sofa_date", "total", "assessed_components",
                   "method", "inputs_json", "decimal_comma", "result_json",
                   "sofa_version"),
    "deaths": (*_RECORD, "died_on"),
    "eligibility_checks": (*_RECORD, "assessment_id", "answers_json", "result_json",
                           "criteria_met", "criteria_failed", "criteria_unknown",
                           "eligibility_version"),
    "hscores": (*_RECORD, "assessment_id", "inputs_json", "decimal_comma", "score",
                "probability_percent", "result_json", "hscore_version"),
    "inbox_messages": ("id", "import_id", "message_key", "digest", "file_sha256",
                       "source_file", "message_number", "received_at"),
    "inbox_results": ("id", "import_id", "message_id", "result_key", "analyte", "status",
                      "status_text", "patient_id", "assessment_id", "error_mark_id",
                      "source"),
}
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "c1": _C1,
    "c2": {**_C1,
           "assessments": (*_C1["assessments"], "correction_reason_code",
                           "correction_reason_params"),
           "error_marks": (*_C1["error_marks"], "reason_code", "reason_params"),
           "inbox_results": (*_C1["inbox_results"], "source_ref")},
}

TABLES: dict[str, Table] = {
    "patients": t.patients, "assessments": t.assessments, "lab_results": t.lab_results,
    "error_marks": t.error_marks, "import_batches": t.import_batches,
    **{table.name: table for table in t.SCORE_TABLES.values()},
    "inbox_messages": t.inbox_messages, "inbox_results": t.inbox_results,
}


_ENCODER = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), allow_nan=False)


def _text(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "surrogateescape")
    if value is None or isinstance(value, str) or type(value) is int:
        return value
    return repr(value)  # a type the app never stores: can only mismatch


def encode(rows: list[list[Any]]) -> bytes:
    """Rows as canonical JSON arrays joined by commas (ASCII): the same bytes however the rows
    are split into calls, so long sections are encoded in chunks by the C encoder."""
    try:
        text = _ENCODER.encode(rows)
    except (TypeError, ValueError):
        text = _ENCODER.encode([[_text(v) for v in row] for row in rows])
    return text[1:-1].encode("ascii")


class ContentHasher:
    """SHA-256 over sections of rows: ``add(table, rows)`` in a fixed order, then ``hexdigest``."""

    def __init__(self, version: str = VERSION) -> None:
        self.version = version
        self._hash = hashlib.sha256(version.encode("ascii"))

    def add(self, table: str, rows: Iterable[Mapping[str, Any] | Sequence[Any]]) -> None:
        names = COLUMNS[self.version][table]
        self._hash.update(b"T" + table.encode("ascii") + b"\n")
        chunk: list[list[Any]] = []
        first = True
        for row in rows:
            chunk.append([row.get(n) for n in names] if isinstance(row, Mapping)
                         else list(row))
            if len(chunk) == 5000:
                self._update(chunk, first)
                chunk, first = [], False
        if chunk:
            self._update(chunk, first)

    def _update(self, chunk: list[list[Any]], first: bool) -> None:
        if not first:
            self._hash.update(b",")
        self._hash.update(encode(chunk))

    def hexdigest(self) -> str:
        return f"{self.version}:{self._hash.hexdigest()}"


def digest(sections: Iterable[tuple[str, Iterable[Mapping[str, Any] | Sequence[Any]]]],
           version: str = VERSION) -> str:
    """Content hash of ``(table, rows)`` sections, in the order given."""
    hasher = ContentHasher(version)
    for table, rows in sections:
        hasher.add(table, rows)
    return hasher.hexdigest()


def version_of(content_hash: str) -> str | None:
    prefix, _, rest = content_hash.partition(":")
    return prefix if prefix in COLUMNS and len(rest) == 64 else None


def as_version(table: str, rows: Iterable[Sequence[Any]], version: str
               ) -> list[Sequence[Any]] | None:
    """``rows`` of ``table`` read with the current columns (``raw_columns``), narrowed to the
    columns ``version`` hashed; None when a column added since holds a value: the entry was
    written before that column existed, so only a change around the app can have filled it."""
    current, hashed = COLUMNS[VERSION][table], COLUMNS[version][table]
    if current == hashed:
        return list(rows)
    if current[:len(hashed)] != hashed:
        raise ValueError(f"{table}: version {version} is not a prefix of {VERSION}")
    width, out = len(hashed), []
    for row in rows:
        if any(value is not None for value in row[width:]):
            return None
        out.append(row[:width])
    return out


def raw_columns(table: str, *, sqlite: bool, version: str = VERSION
                ) -> list[ColumnElement[Any]]:
    """The hashed columns of ``table`` for a SELECT, text read as its stored bytes on SQLite.

    SQLite keeps whatever bytes were written; reading text as BLOB lets a row holding invalid
    UTF-8 (written around the app) be hashed — and found changed — instead of crashing the
    driver's decoder.  PostgreSQL validates UTF-8 itself, so text is read as text.
    """
    tbl = TABLES[table]
    out: list[ColumnElement[Any]] = []
    for name in COLUMNS[version][table]:
        col: Column[Any] = tbl.c[name]
        out.append(cast(col, LargeBinary).label(name)
                   if sqlite and isinstance(col.type, Text) else col)
    return out
