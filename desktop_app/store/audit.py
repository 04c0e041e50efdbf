"""The audit trail: an append-only, hash-chained log of who did what, when — and to what.

Each entry stores SHA-256 over its canonical fields, the previous entry's hash and (from schema
0003 on) the ``content_hash`` of the records it audits (``store.content``), so altering a
record, altering or removing an entry, or cutting entries off the end breaks verification
(``store.audit_verify``).  Triggers refuse UPDATE and DELETE; a trigger keeps the newest
``(seq, hash)`` in ``store_meta.audit_head``; each workstation keeps the head it last wrote in
a file outside the database (``store.anchor``).

Appends are serialised by the caller's write transaction (SQLite ``BEGIN IMMEDIATE``; a
PostgreSQL transaction-scoped advisory lock), so concurrent writers extend one chain.

Entries hold internal ids, actions and rule versions, never patient identifiers or lab values.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, insert, select

from desktop_app.store.tables import audit_log

GENESIS_HASH = "0" * 64
ACTIONS = frozenset({"create", "correct", "classify", "import", "export", "mark_in_error",
                     "migrate", "view"})  # view: an import seen without storing (0005)
# Actions that create records; from schema 0003 on their entries carry a content hash.
RECORD_ACTIONS = frozenset({"create", "correct", "classify", "import", "mark_in_error"})


class Head(NamedTuple):
    """An entry's place in the chain: its sequence number and hash."""

    seq: int
    hash: str


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(seq: int, at: str, os_user: str, action: str, entity: str | None,
               entity_id: int | None, patient_id: int | None, detail: str,
               prev_hash: str, content_hash: str | None = None) -> str:
    """SHA-256 (hex) of the canonical JSON array of an entry's fields and the previous hash.

    Entries without a content hash (written before schema 0003) keep their original
    nine-field form, so they still verify.
    """
    fields: list[Any] = [seq, at, os_user, action, entity, entity_id, patient_id, detail,
                         prev_hash]
    if content_hash is not None:
        fields.append(content_hash)
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


def last_entry(conn: Connection) -> Head | None:
    row = conn.execute(select(audit_log.c.seq, audit_log.c.hash)
                       .order_by(audit_log.c.seq.desc()).limit(1)).first()
    return Head(int(row.seq), row.hash) if row else None


def append(conn: Connection, action: str, *, at: datetime, os_user: str,
           entity: str | None = None, entity_id: int | None = None,
           patient_id: int | None = None, detail: Mapping[str, Any] | None = None,
           content_hash: str | None = None) -> Head:
    """Add one entry inside the caller's write transaction; return its place in the chain."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if at.tzinfo is None:
        raise ValueError("audit times must carry a time zone")
    if action in RECORD_ACTIONS and entity is not None and content_hash is None:
        raise ValueError(f"a {action!r} entry must carry the content hash of its records")
    last = last_entry(conn)
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS_HASH)
    at_text, detail_text = at.isoformat(), canonical_json(dict(detail or {}))
    digest = entry_hash(seq, at_text, os_user, action, entity, entity_id, patient_id,
                        detail_text, prev, content_hash)
    conn.execute(insert(audit_log).values(
        seq=seq, at=at_text, os_user=os_user, action=action, entity=entity,
        entity_id=entity_id, patient_id=patient_id, detail=detail_text, prev_hash=prev,
        hash=digest, content_hash=content_hash))
    return Head(seq, digest)
