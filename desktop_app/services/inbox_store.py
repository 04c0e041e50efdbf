"""Storing one laboratory message file from the inbox: records and ledger in one transaction.

The file was read (``MessageLabFile``); here it is classified by the one pipeline
(``services.cohort.cohort_of``) together with the stored results its results may pair with
(``services.inbox_pairing``: results that came alone in earlier files), and its assessments
are stored as an import batch (``store.bulk.store_import``, exactly as a stored ``batch``
file) with the inbox's ledger (``store.inbox_ledger``, schema 0006):

- every message read for the first time (its key and digest: never imported again);
- every result used, by its result key, with the assessment it went into and where it was
  received (English words, and the place as JSON that is worded in the reader's language);
- a result whose key a stored assessment already used (a laboratory's corrected result, or a
  final result sent again) makes its assessment a **new version** of that stored assessment
  (the newest of its chain), with the reason -- never an overwrite; when the
  stored assessment paired two results, the new version holds the corrected one and the
  stored partner;
- a new result paired with a stored one makes its assessment a **new version** of the stored
  single-value assessment ("Paired with the HLA-DR result received in ...");
- a withdrawal (HL7 OBX-11 D/W/X, FHIR entered-in-error/cancelled) of a stored result marks
  the stored assessment that used it **entered in error** with the laboratory's reason -- it
  stays stored and listed, never deleted.

Each reason is stored as its template id and typed parameters with its English sentence
(``store.reasons.RecordReason``, ``core.record_reason_templates``), so the history words it
in the reader's language.

All of it is one write transaction: the file is stored whole or not at all, so a process
killed at any point leaves either nothing or everything of the file (``services.inbox``
moves the file only after the commit); and the stored results offered for pairing are read
under the store's write lock, so no other writer (the window, another workstation's inbox)
can correct, mark or pair them before the new versions are written.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from desktop_app import __version__
from desktop_app.core.findings import Text
from desktop_app.lab_import.message_fields import ANALYTE_LABEL
from desktop_app.lab_import.message_file import MessageLabFile
from desktop_app.lab_import.observation_rows import (
    CORRECTED,
    ObservationRow,
    Outcome,
    Withdrawal,
)
from desktop_app.lab_import.stored_results import StoredResult
from desktop_app.services.cohort import cohort_of
from desktop_app.services.import_records import imported_rows
from desktop_app.services.inbox_pairing import offered_results, pairing_reason
from desktop_app.services.records import Store
from desktop_app.store import audit, content, inbox_ledger, records
from desktop_app.store.bulk import BatchInfo, ImportedRow, store_import
from desktop_app.store.reasons import RecordReason


@dataclass(frozen=True)
class StoredFile:
    """What one inbox file added to the records."""

    import_id: int
    assessments: int
    phenotypes: Counter[str] = field(default_factory=Counter)
    new_messages: int = 0
    repeated_messages: int = 0  # read before: nothing of them stored again
    corrections: int = 0  # assessments stored as a new version of a stored one
    withdrawn: int = 0  # stored assessments marked entered in error
    paired: int = 0  # stored single-value assessments completed by a result of this file


def correction_reason(row: ObservationRow) -> RecordReason:
    """Why a new version was stored: "The laboratory corrected the ferritin result (status C)
    in lab.hl7, message 2 (M2), segment 4 (OBX)." (kept with the version, shown in the
    history in the reader's language)."""
    template = "lab_version.corrected" if row.status == CORRECTED else "lab_version.sent_again"
    return RecordReason.worded(template, test=ANALYTE_LABEL[row.analyte],
                               status=row.status_text, source=row.source.sentence())


def withdrawal_reason(w: Withdrawal) -> RecordReason:
    """Why a stored assessment was marked entered in error: "The laboratory withdrew the
    HLA-DR result (OBX-11 W: ...) in lab.hl7, message 3 (M3), segment 4 (OBX)." (kept with
    the mark, shown in the history in the reader's language)."""
    meaning = w.meaning_words or Text(w.meaning or w.status_text)
    return RecordReason.worded("lab_withdrawal", test=ANALYTE_LABEL[w.analyte],
                               meaning=meaning, source=w.source.sentence())


def store_inbox_file(store: Store, lab: MessageLabFile, *, file_name: str, file_sha256: str,
                     now: datetime, evidence_version: str | None) -> StoredFile:
    """Classify ``lab`` (a message file, read) together with the stored results its results
    may pair with, and store it with its ledger rows -- all in one write transaction, so the
    stored results offered for pairing cannot change before the new versions are written."""

    def work(conn: Any) -> tuple[StoredFile, audit.Head]:
        paired_lab = lab.with_stored(offered_results(conn, lab.messages))
        result = cohort_of(paired_lab, now=now)
        messages = lab.messages
        by_row = {o.source.row: o for o in messages.observations}
        groups: dict[int, list[ObservationRow]] = {}  # first row -> the sample's new results
        if result.samples is not None:
            for i in range(result.samples.n):
                sample_rows = result.samples.rows_of(i)
                groups[sample_rows[0]] = [by_row[r] for r in sample_rows]
        rows, versions = _versions(conn, imported_rows(result), groups, paired_lab.partners)
        info = BatchInfo(source_file=file_name, now=now, decided_at=result.assessed_at or now,
                         os_user=store.os_user, app_version=__version__,
                         ruleset_version=result.ruleset.version,
                         evidence_version=evidence_version, options=result.options,
                         source_sha256=file_sha256)
        record, _ = store_import(conn, rows, info)
        ledger_results: list[dict[str, Any]] = []
        for first, members in groups.items():
            aid = record.assessment_ids[first]
            pid = inbox_ledger.owner(conn, aid)
            ledger_results += [_result_row(o, o.status, pid, aid) for o in members]
        withdrawn = 0
        for w in messages.withdrawals:
            target = inbox_ledger.holder(conn, w.result_key)
            mark_id: int | None = None
            holder_pid: int | None = None
            if target is not None:
                holder_pid = inbox_ledger.owner(conn, target)
                if not inbox_ledger.is_marked(conn, target):
                    mark_id = _withdraw(conn, store.os_user, target, holder_pid, now,
                                        withdrawal_reason(w))
                    withdrawn += 1
            ledger_results.append(dict(
                message_number=w.source.message_number, result_key=w.result_key,
                analyte=w.analyte, status="withdrawal", status_text=w.status_text,
                patient_id=holder_pid, assessment_id=target, error_mark_id=mark_id,
                source=w.source.describe(), source_ref=w.source.to_json()))
        new = [m for m in messages.messages
               if m.key and m.outcome is not Outcome.REJECTED
               and m.code != "duplicate_message"]
        ledger_messages = [dict(message_key=m.key, digest=m.digest, file_sha256=file_sha256,
                                source_file=file_name, message_number=m.source.message_number,
                                received_at=now.isoformat()) for m in new]
        head = inbox_ledger.add_ledger(
            conn, record.import_id, ledger_messages, ledger_results, now=now,
            os_user=store.os_user, detail={
                "file": file_name, "source_sha256": file_sha256,
                "messages": len(ledger_messages), "results": len(ledger_results),
                "corrections": versions.corrections, "paired": versions.paired,
                "withdrawn": withdrawn})
        repeated = sum(m.code == "duplicate_message" for m in messages.messages)
        return StoredFile(record.import_id, len(groups), Counter(result.phenotypes),
                          len(ledger_messages), repeated, versions.corrections, withdrawn,
                          versions.paired), head

    return store.write_records(work)


@dataclass(frozen=True)
class _Versions:
    corrections: int = 0
    paired: int = 0


def _versions(conn: Any, rows: list[ImportedRow], groups: dict[int, list[ObservationRow]],
              partners: dict[int, StoredResult]) -> tuple[list[ImportedRow], _Versions]:
    """``rows`` with each assessment that replaces a stored one made a new version of it:

    - a **correction**: a result whose key a stored assessment already used (corrected, or
      sent again) -- the newest version of that assessment;
    - a **pairing**: a new result paired with a stored one (``partners``, by first row) --
      the stored single-value assessment (the newest version, as offered).

    A correction wins over a pairing (the corrected value must not stay current).  A stored
    assessment is superseded at most once per file (a second sample of the file naming it is
    stored as new), and never one marked entered in error (its results were withdrawn)."""
    taken: set[int] = set()
    corrections = paired = 0
    out = []
    for row in rows:
        members = groups.get(row.row_number) if row.inputs is not None else None
        patient = records.find_patient(conn, row.patient_id) if members else None
        for obs in members or ():
            target = inbox_ledger.holder(conn, obs.result_key)
            if target is None or target in taken or inbox_ledger.is_marked(conn, target):
                continue
            if inbox_ledger.owner(conn, target) != patient:
                continue  # defensive: a key names its patient, so this cannot match another
            taken.add(target)
            corrections += 1
            row = replace(row, supersedes_id=target, correction_reason=correction_reason(obs))
            break
        partner = partners.get(row.row_number)
        if (members and row.supersedes_id is None and partner is not None
                and partner.holder not in taken
                and inbox_ledger.owner(conn, partner.holder) == patient):
            taken.add(partner.holder)
            paired += 1
            row = replace(row, supersedes_id=partner.holder,
                          correction_reason=pairing_reason(members[0]))
        out.append(row)
    return out, _Versions(corrections, paired)


def _result_row(o: ObservationRow, status: str, pid: int, aid: int) -> dict[str, Any]:
    return dict(message_number=o.source.message_number, result_key=o.result_key,
                analyte=o.analyte, status=status, status_text=o.status_text, patient_id=pid,
                assessment_id=aid, error_mark_id=None, source=o.source.describe(),
                source_ref=o.source.to_json())


def _withdraw(conn: Any, os_user: str, target: int, pid: int, now: datetime,
              reason: RecordReason) -> int:
    """Mark ``target`` entered in error, audited as the window's marks are."""
    mark = records.add_error_mark(conn, "assessment", target, reason=reason, at=now,
                                  os_user=os_user)
    audit.append(conn, "mark_in_error", at=now, os_user=os_user, entity="error_mark",
                 entity_id=mark["id"], patient_id=pid,
                 detail={"target": "assessment", "target_id": target, "source": "inbox"},
                 content_hash=content.digest([("error_marks", [mark])]))
    return int(mark["id"])
