"""The laboratory inbox's ledger (schema 0006): messages imported once, results by key.

Queries and inserts run inside the caller's transaction (``Store.read_records`` /
``Store.write_records``); ``services.inbox_store`` decides what to write.  A result key
identifies one laboratory result across messages and files (``observation_rows``): the newest
ledger row of a key names the assessment that holds it, and that assessment's newest version
is the one a correction supersedes or a withdrawal marks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from desktop_app.core.inputs import PatientInputs
from desktop_app.store import audit, compact, content, records
from desktop_app.store.errors import RecordError
from desktop_app.store.tables import (
    assessments,
    error_marks,
    import_batches,
    inbox_messages,
    inbox_results,
    patients,
)

Row = dict[str, Any]
_CHUNK = 500  # patients per query (SQLite's limit on bound parameters)


def seen_messages(conn: Connection) -> dict[str, str]:
    """``message key -> digest`` of every message stored from the inbox (import once)."""
    return dict(conn.execute(select(inbox_messages.c.message_key, inbox_messages.c.digest))
                .tuples().all())


def newest_version(conn: Connection, assessment_id: int) -> int:
    """The newest version of the assessment's chain of corrections."""
    current = assessment_id
    while True:
        newer = conn.execute(select(assessments.c.id).where(
            assessments.c.supersedes_id == current)).scalar_one_or_none()
        if newer is None:
            return current
        current = int(newer)


def holder(conn: Connection, result_key: str) -> int | None:
    """The newest version of the stored assessment that used the result ``result_key``, or
    ``None`` when no stored assessment did."""
    found = conn.execute(
        select(inbox_results.c.assessment_id)
        .where(inbox_results.c.result_key == result_key,
               inbox_results.c.status != "withdrawal")
        .order_by(inbox_results.c.id.desc()).limit(1)).scalar_one_or_none()
    return None if found is None else newest_version(conn, int(found))


def owner(conn: Connection, assessment_id: int) -> int:
    return int(conn.execute(select(assessments.c.patient_id)
                            .where(assessments.c.id == assessment_id)).scalar_one())


def is_marked(conn: Connection, assessment_id: int) -> bool:
    return conn.execute(select(error_marks.c.id).where(
        error_marks.c.entity == "assessment",
        error_marks.c.entity_id == assessment_id)).first() is not None


@dataclass(frozen=True)
class HeldResult:
    """A result stored from the inbox and the assessment holding it now: ``assessment_id``
    is the newest version of the chain its ledger row names, ``inputs`` that version's
    inputs (exactly as stored), ``source`` where the result was received, in English words,
    and ``source_ref`` the same place as JSON (``SourceRef.to_json``; None when stored before
    schema 0007)."""

    result_key: str
    analyte: str
    source: str
    assessment_id: int
    inputs: PatientInputs
    source_ref: str | None = None


def held_results(conn: Connection, identifiers: Iterable[str]) -> list[HeldResult]:
    """The results stored from the inbox for the patients with these ward identifiers, each
    with the newest version holding it (as ``holder`` resolves it), in the order they were
    last used.

    Left out: a result whose newest ledger row is a withdrawal, one held by a version marked
    entered in error, and one held by a version a clinician typed (a correction in the
    window): its inputs are no longer the laboratory's.  Four queries per 500 patients,
    whatever the number of results."""
    wanted = set()
    for identifier in identifiers:
        try:
            wanted.add(records.clean_identifier(identifier))
        except RecordError:
            continue  # never a stored patient; storing the file refuses it with the reason
    newest_row: dict[str, Any] = {}  # result key -> its newest ledger row
    newer: dict[int, int] = {}  # assessment -> the version that supersedes it
    inputs_json: dict[int, str] = {}
    marked: set[int] = set()
    names = sorted(wanted)
    for start in range(0, len(names), _CHUNK):
        pids = list(conn.execute(select(patients.c.id).where(
            patients.c.identifier.in_(names[start:start + _CHUNK]))).scalars())
        if not pids:
            continue
        for row in conn.execute(
                select(inbox_results.c.id, inbox_results.c.result_key, inbox_results.c.analyte,
                       inbox_results.c.status, inbox_results.c.source,
                       inbox_results.c.source_ref, inbox_results.c.assessment_id)
                .where(inbox_results.c.patient_id.in_(pids)).order_by(inbox_results.c.id)):
            newest_row[row.result_key] = row  # a key names one patient: rows come in order
        for v in conn.execute(select(assessments.c.id, assessments.c.supersedes_id,
                                     assessments.c.inputs_json)
                              .where(assessments.c.patient_id.in_(pids))):
            inputs_json[v.id] = v.inputs_json
            if v.supersedes_id is not None:
                newer[v.supersedes_id] = v.id
        marked.update(conn.execute(
            select(error_marks.c.entity_id)
            .join(assessments, assessments.c.id == error_marks.c.entity_id)
            .where(error_marks.c.entity == "assessment",
                   assessments.c.patient_id.in_(pids))).scalars())
    out = []
    for key, row in sorted(newest_row.items(), key=lambda kv: kv[1].id):
        if row.status == "withdrawal" or row.assessment_id is None:
            continue
        current = int(row.assessment_id)
        while current in newer:
            current = newer[current]
        text = inputs_json.get(current)
        if current in marked or text is None or not compact.is_compact(text):
            continue
        out.append(HeldResult(key, row.analyte, row.source, current,
                              compact.decode_inputs(text), row.source_ref))
    return out


def add_ledger(conn: Connection, batch_id: int, messages: Sequence[Row],
               results: Sequence[Row], *, now: datetime, os_user: str,
               detail: dict[str, Any]) -> audit.Head:
    """Insert the ledger rows of one stored inbox file and the ``create`` entry that audits
    them.  ``results`` name their message by ``message_number``."""
    stored_messages: list[Row] = []
    ids: dict[int, int] = {}
    for m in messages:
        row = records.insert_row(conn, inbox_messages, {**m, "import_id": batch_id})
        ids[m["message_number"]] = row["id"]
        stored_messages.append(row)
    stored_results = [records.insert_row(conn, inbox_results, {
        **{k: v for k, v in r.items() if k != "message_number"},
        "import_id": batch_id, "message_id": ids[r["message_number"]]}) for r in results]
    return audit.append(conn, "create", at=now, os_user=os_user, entity="inbox_file",
                        entity_id=batch_id, detail=detail, content_hash=content.digest([
                            ("inbox_messages", stored_messages),
                            ("inbox_results", stored_results)]))


@dataclass(frozen=True)
class InboxResult:
    """One result stored from the inbox, as the window's Inbox lists it."""

    ledger_id: int
    patient_identifier: str | None
    analyte: str
    status: str  # final | corrected | withdrawal
    status_text: str
    assessment_id: int | None
    phenotype: str | None
    assessment_status: str | None
    sampled_at_utc: str | None
    source_file: str
    source: str  # where it was received, in English words
    received_at: str
    # the assessment it went into has a newer version (a correction, or a pairing with a
    # result that arrived later): its phenotype is no longer the current one
    superseded: bool = False
    source_ref: str | None = None  # ``source`` as JSON (``SourceRef.to_json``), since 0007


def recent_results(conn: Connection, *, after: int = 0, limit: int = 500
                   ) -> list[InboxResult]:
    """Ledger rows newer than ``after`` (a ``ledger_id``), newest first."""
    newer = assessments.alias("newer")
    superseded = select(newer.c.id).where(
        newer.c.supersedes_id == inbox_results.c.assessment_id).exists()
    query = (
        select(inbox_results.c.id, patients.c.identifier, inbox_results.c.analyte,
               inbox_results.c.status, inbox_results.c.status_text,
               inbox_results.c.assessment_id, assessments.c.phenotype,
               assessments.c.status.label("assessment_status"), assessments.c.sampled_at_utc,
               inbox_messages.c.source_file, inbox_results.c.source,
               inbox_results.c.source_ref, import_batches.c.imported_at,
               superseded.label("superseded"))
        .join(inbox_messages, inbox_messages.c.id == inbox_results.c.message_id)
        .join(import_batches, import_batches.c.id == inbox_results.c.import_id)
        .outerjoin(patients, patients.c.id == inbox_results.c.patient_id)
        .outerjoin(assessments, assessments.c.id == inbox_results.c.assessment_id)
        .where(inbox_results.c.id > after)
        .order_by(inbox_results.c.id.desc()).limit(limit))
    return [InboxResult(
        ledger_id=int(r.id), patient_identifier=r.identifier, analyte=r.analyte,
        status=r.status, status_text=r.status_text,
        assessment_id=None if r.assessment_id is None else int(r.assessment_id),
        phenotype=r.phenotype, assessment_status=r.assessment_status,
        sampled_at_utc=r.sampled_at_utc, source_file=r.source_file, source=r.source,
        received_at=r.imported_at, superseded=bool(r.superseded), source_ref=r.source_ref)
        for r in conn.execute(query)]


def newest_ledger_id(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(inbox_results.c.id), 0)))
               .scalar_one())
