"""Score records (issue 17): daily SOFA, death, eligibility checklist, HScore — write and read.

Kept like assessments: rows are immutable; a correction is a new row whose ``supersedes_id``
names the old one (only the newest version can be corrected, once); "entered in error" is an
``error_marks`` row with a reason.  Every write appends its audit entry — ``create``, or
``correct`` for a correction, entity = the kind — whose content hash covers the row exactly as
stored (``store.content``), inside the caller's write transaction.  Entries hold internal ids
and versions, never identifiers or values.

The kinds and their tables are ``tables.SCORE_TABLES``: ``daily_sofa``, ``death``,
``eligibility``, ``hscore``.  What goes into each kind's own columns is decided by the service
(``services/scores.py``); this module only stores, links and reads them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from desktop_app.i18n import N_
from desktop_app.store import audit, content
from desktop_app.store.errors import RecordError
from desktop_app.store.records import Row, add_error_mark, insert_row, require_text, utc_text
from desktop_app.store.tables import SCORE_TABLES, error_marks

KINDS = tuple(SCORE_TABLES)
_COMMON = frozenset({"id", "patient_id", "supersedes_id", "correction_reason", "recorded_at",
                     "recorded_at_utc", "os_user", "app_version"})
_JSON = frozenset({"inputs_json", "result_json", "answers_json"})

# What is said about a record, per kind: a language agrees its articles and endings with the
# noun, so each kind has its own whole sentence.
NO_RECORD = {
    "daily_sofa": N_("There is no daily SOFA #{id}."),
    "death": N_("There is no death record #{id}."),
    "eligibility": N_("There is no eligibility checklist #{id}."),
    "hscore": N_("There is no HScore #{id}."),
}
ALREADY_CORRECTED = {
    "daily_sofa": N_("The daily SOFA #{id} was already corrected by #{newer}; correct the "
                     "newest version."),
    "death": N_("The death record #{id} was already corrected by #{newer}; correct the newest "
                "version."),
    "eligibility": N_("The eligibility checklist #{id} was already corrected by #{newer}; "
                      "correct the newest version."),
    "hscore": N_("The HScore #{id} was already corrected by #{newer}; correct the newest "
                 "version."),
}
MARKED_IN_ERROR = {
    "daily_sofa": N_("The daily SOFA #{id} is marked as entered in error; enter a new one "
                     "instead."),
    "death": N_("The death record #{id} is marked as entered in error; enter a new one "
                "instead."),
    "eligibility": N_("The eligibility checklist #{id} is marked as entered in error; enter a "
                      "new one instead."),
    "hscore": N_("The HScore #{id} is marked as entered in error; enter a new one instead."),
}
REASON_TO_CORRECT = {
    "daily_sofa": N_("A reason is needed to correct a daily SOFA."),
    "death": N_("A reason is needed to correct a death record."),
    "eligibility": N_("A reason is needed to correct an eligibility checklist."),
    "hscore": N_("A reason is needed to correct an HScore."),
}
OTHER_PATIENT = {
    "daily_sofa": N_("The daily SOFA #{id} belongs to another patient."),
    "death": N_("The death record #{id} belongs to another patient."),
    "eligibility": N_("The eligibility checklist #{id} belongs to another patient."),
    "hscore": N_("The HScore #{id} belongs to another patient."),
}


@dataclass(frozen=True)
class ScoreRecord:
    """One stored version of a score record, with its links to other versions."""

    kind: str
    record_id: int
    recorded_at: datetime
    os_user: str
    app_version: str
    supersedes: int | None
    superseded_by: int | None
    correction_reason: str | None
    entered_in_error: bool
    error_reason: str | None
    values: dict[str, Any] = field(repr=False)  # the kind's own columns; JSON decoded

    @property
    def is_current(self) -> bool:
        """Neither replaced by a correction nor marked entered in error."""
        return self.superseded_by is None and not self.entered_in_error

    def to_dict(self) -> dict[str, Any]:
        return {"record_id": self.record_id, "kind": self.kind,
                "recorded_at": self.recorded_at.isoformat(), "os_user": self.os_user,
                "app_version": self.app_version, "supersedes": self.supersedes,
                "superseded_by": self.superseded_by,
                "correction_reason": self.correction_reason,
                "entered_in_error": self.entered_in_error, "error_reason": self.error_reason,
                "current": self.is_current, **self.values}


def add_score_record(conn: Connection, kind: str, patient_id: int, values: dict[str, Any], *,
                     at: datetime, os_user: str, app_version: str, version: str,
                     supersedes_id: int | None = None,
                     correction_reason: str | None = None) -> tuple[Row, audit.Head]:
    """Insert one record of ``kind`` and its audit entry; return the stored row and the entry.

    ``values`` are the kind's own columns exactly as they are to be stored (text, ``int``,
    ``None``: a ``bool`` would hash differently from the integer read back); ``version`` is the
    score's table or checklist version, named in the entry.
    """
    table = SCORE_TABLES[kind]
    for name, value in values.items():
        if isinstance(value, bool) or not (value is None or isinstance(value, str | int)):
            raise TypeError(f"{kind}.{name} must be stored as text or an integer")
        if isinstance(value, str):
            require_text(value, name.replace("_", " "))
    require_text(correction_reason, "correction reason")
    row = insert_row(conn, table, dict(
        patient_id=patient_id, supersedes_id=supersedes_id,
        correction_reason=correction_reason, recorded_at=at.isoformat(),
        recorded_at_utc=utc_text(at), os_user=os_user, app_version=app_version, **values))
    head = audit.append(
        conn, "correct" if supersedes_id is not None else "create", at=at, os_user=os_user,
        entity=kind, entity_id=row["id"], patient_id=patient_id,
        detail={"version": version, "app_version": app_version, "supersedes": supersedes_id},
        content_hash=content.digest([(table.name, [row])]))
    return row, head


def record_owner(conn: Connection, kind: str, record_id: int) -> int:
    """The patient of a record that may be corrected or marked now (its newest version, not
    marked entered in error); ``RecordError`` otherwise."""
    table = SCORE_TABLES[kind]
    patient = conn.execute(select(table.c.patient_id).where(table.c.id == record_id)
                           ).scalar_one_or_none()
    if patient is None:
        raise RecordError.worded("no_record", NO_RECORD[kind], id=record_id)
    newer = conn.execute(select(table.c.id).where(table.c.supersedes_id == record_id)
                         ).scalar_one_or_none()
    if newer is not None:
        raise RecordError.worded("already_corrected", ALREADY_CORRECTED[kind], id=record_id,
                                 newer=newer)
    if _marked(conn, kind, [record_id]):
        raise RecordError.worded("marked_in_error", MARKED_IN_ERROR[kind], id=record_id)
    return int(patient)


def mark_in_error(conn: Connection, kind: str, record_id: int, *, reason: str, at: datetime,
                  os_user: str) -> audit.Head:
    """Mark a record entered in error (it stays stored and listed), audited."""
    patient = record_owner(conn, kind, record_id)
    mark = add_error_mark(conn, kind, record_id, reason=reason, at=at, os_user=os_user)
    return audit.append(conn, "mark_in_error", at=at, os_user=os_user, entity="error_mark",
                        entity_id=mark["id"], patient_id=patient,
                        detail={"target": kind, "target_id": record_id},
                        content_hash=content.digest([("error_marks", [mark])]))


def score_records(conn: Connection, patient_id: int) -> dict[str, list[ScoreRecord]]:
    """Every version of every score record of the patient, per kind, oldest first."""
    out: dict[str, list[ScoreRecord]] = {}
    for kind, table in SCORE_TABLES.items():
        rows = conn.execute(select(table).where(table.c.patient_id == patient_id)
                            .order_by(table.c.id)).all()
        marks = _marked(conn, kind, [r.id for r in rows])
        newer = {r.supersedes_id: r.id for r in rows if r.supersedes_id is not None}
        out[kind] = [ScoreRecord(
            kind=kind, record_id=r.id, recorded_at=datetime.fromisoformat(r.recorded_at),
            os_user=r.os_user, app_version=r.app_version, supersedes=r.supersedes_id,
            superseded_by=newer.get(r.id), correction_reason=r.correction_reason,
            entered_in_error=r.id in marks, error_reason=marks.get(r.id),
            values={k: json.loads(v) if k in _JSON and v is not None else v
                    for k, v in r._mapping.items() if k not in _COMMON})
            for r in rows]
    return out


def _marked(conn: Connection, kind: str, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = conn.execute(select(error_marks.c.entity_id, error_marks.c.reason).where(
        error_marks.c.entity == kind, error_marks.c.entity_id.in_(ids))).all()
    return {int(entity_id): reason for entity_id, reason in rows}
