"""Canonical content of stored records, hashed into the audit entries that create them.

An audit entry's ``content_hash`` is SHA-256 over the exact stored values of the record(s) it
audits: the patient row for ``create``; the assessment row and its lab-result rows for
``classify``/``correct``; the error mark for ``mark_in_error``; the batch row and every
patient, assessment and lab-result row of the batch for ``import``; every record that existed
at the conversion for the ``migrate`` seal.  ``audit verify`` recomputes it from the rows, so a
phenotype, a lab value, an identifier or the owning patient changed directly in the database
breaks the entry that audits it.

The column lists are versioned (``c1``): a later schema that adds a column adds a new version
for new entries, and old entries keep verifying against the columns they were made with.
Values are encoded unambiguously by type (NULL, integer, text as its UTF-8 bytes with a
length), so ``"12"`` and ``12`` or ``("a", "bc")`` and ``("ab", "c")`` never collide.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, ColumnElement, LargeBinary, Table, Text, cast

from desktop_app.store import tables as t

VERSION = "c1"

# Frozen per version: never edit a released list (add "c2" instead).
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "c1": {
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
    },
}

TABLES: dict[str, Table] = {
    "patients": t.patients, "assessments": t.assessments, "lab_results": t.lab_results,
    "error_marks": t.error_marks, "import_batches": t.import_batches,
}


def encode(value: Any) -> bytes:
    """One stored value, typed and length-prefixed (text as its exact bytes)."""
    if value is None:
        return b"n"
    if isinstance(value, bool):
        raise TypeError("booleans are not stored")
    if isinstance(value, int):
        return b"i" + str(value).encode("ascii") + b";"
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogateescape")
    elif isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
    else:
        data = str(value).encode("utf-8", "surrogateescape")  # never matches a text row
        return b"?" + str(len(data)).encode("ascii") + b":" + data
    return b"s" + str(len(data)).encode("ascii") + b":" + data


class ContentHasher:
    """SHA-256 over sections of rows: ``add(table, rows)`` in a fixed order, then ``hexdigest``."""

    def __init__(self, version: str = VERSION) -> None:
        self.version = version
        self._hash = hashlib.sha256(version.encode("ascii"))

    def add(self, table: str, rows: Iterable[Mapping[str, Any] | Sequence[Any]]) -> None:
        names = COLUMNS[self.version][table]
        self._hash.update(b"T" + table.encode("ascii") + b"\n")
        for row in rows:
            values = (row.get(n) for n in names) if isinstance(row, Mapping) else row
            self._hash.update(b"R" + b"".join(encode(v) for v in values))

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
