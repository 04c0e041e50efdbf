"""The audit trail: an append-only, hash-chained log of who did what, when.

Each entry stores SHA-256 over its canonical fields plus the previous entry's hash, so altering
or removing any entry breaks every later link.  SQLite triggers refuse UPDATE and DELETE; the
newest (seq, hash) is also kept in ``store_meta`` so that cutting off the tail is noticed, and
every record must be named by an entry.  This is tamper-*evident*, not tamper-proof: someone
who can rewrite the whole file can rewrite the chain (hazards §4.4).

Entries hold internal ids, actions and rule versions, never patient identifiers or lab values.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from desktop_app.store.tables import assessments, audit_log, error_marks, patients, store_meta

GENESIS_HASH = "0" * 64
ACTIONS = frozenset({"create", "correct", "classify", "import", "export", "mark_in_error"})
_HEAD_KEY = "audit_head"


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(seq: int, at: str, os_user: str, action: str, entity: str | None,
               entity_id: int | None, patient_id: int | None, detail: str,
               prev_hash: str) -> str:
    """SHA-256 (hex) of the canonical JSON array of an entry's fields and the previous hash."""
    fields = [seq, at, os_user, action, entity, entity_id, patient_id, detail, prev_hash]
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


def append(conn: Connection, action: str, *, at: datetime, os_user: str,
           entity: str | None = None, entity_id: int | None = None,
           patient_id: int | None = None, detail: Mapping[str, Any] | None = None) -> int:
    """Add one entry inside the caller's write transaction; return its sequence number."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if at.tzinfo is None:
        raise ValueError("audit times must carry a time zone")
    last = conn.execute(select(audit_log.c.seq, audit_log.c.hash)
                        .order_by(audit_log.c.seq.desc()).limit(1)).first()
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS_HASH)
    at_text, detail_text = at.isoformat(), canonical_json(dict(detail or {}))
    digest = entry_hash(seq, at_text, os_user, action, entity, entity_id, patient_id,
                        detail_text, prev)
    conn.execute(insert(audit_log).values(
        seq=seq, at=at_text, os_user=os_user, action=action, entity=entity,
        entity_id=entity_id, patient_id=patient_id, detail=detail_text, prev_hash=prev,
        hash=digest))
    head = f"{seq} {digest}"
    updated = conn.execute(store_meta.update().where(store_meta.c.key == _HEAD_KEY)
                           .values(value=head)).rowcount
    if not updated:
        conn.execute(insert(store_meta).values(key=_HEAD_KEY, value=head))
    return seq


@dataclass(frozen=True)
class AuditReport:
    """Result of ``verify``: ``broken_seq`` is the first entry that fails, with the reason
    (``None`` when a record has no entry at all)."""

    entries: int
    head_hash: str
    broken_seq: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(conn: Connection) -> AuditReport:
    """Check the whole chain, the recorded head, and that every record has its entry."""
    prev, expected, count = GENESIS_HASH, 1, 0
    for row in conn.execute(select(audit_log).order_by(audit_log.c.seq)):
        count += 1
        if row.seq != expected:
            return AuditReport(count, prev, expected,
                               f"entry {expected} is missing (the next entry is {row.seq})")
        if row.prev_hash != prev:
            return AuditReport(count, prev, row.seq,
                               "its link to the previous entry is broken (an earlier entry "
                               "was altered or removed)")
        digest = entry_hash(row.seq, row.at, row.os_user, row.action, row.entity,
                            row.entity_id, row.patient_id, row.detail, row.prev_hash)
        if digest != row.hash:
            return AuditReport(count, prev, row.seq,
                               "its content no longer matches its hash (the entry was altered)")
        prev, expected = row.hash, expected + 1
    head = conn.execute(select(store_meta.c.value)
                        .where(store_meta.c.key == _HEAD_KEY)).scalar_one_or_none()
    if head is not None and head != f"{count} {prev}":
        recorded = int(head.split()[0])
        return AuditReport(count, prev, recorded if recorded > count else count,
                           f"the newest entry was recorded as {head.split()[0]}, but the log "
                           f"ends at {count} (entries were removed or altered)")
    missing = _unaudited_record(conn)
    if missing:  # its entry was cut off with the tail, and the head rewritten to match
        return AuditReport(count, prev, None, f"{missing} has no audit entry")
    return AuditReport(count, prev)


def _unaudited_record(conn: Connection) -> str | None:
    """The first record whose creating audit entry is absent, described by internal id."""
    checks = [
        ("patient", patients.c.id, ("create",), "patient"),
        ("assessment", assessments.c.id, ("classify", "correct"), "assessment"),
        ("error mark", error_marks.c.id, ("mark_in_error",), "error_mark"),
    ]
    for label, id_col, actions, entity in checks:
        audited = (select(audit_log.c.entity_id)
                   .where(audit_log.c.entity == entity, audit_log.c.action.in_(actions)))
        first = conn.execute(select(id_col).where(id_col.not_in(audited))
                             .order_by(id_col).limit(1)).scalar_one_or_none()
        if first is not None:
            return f"{label} record #{first}"
    return None
