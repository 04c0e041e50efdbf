"""Storing an import: every row of a lab file in one transaction, in seconds.

One ``import_batches`` row holds what the rows share (file, time, user, versions, the warning
options and the time the rows were decided); each assessment row holds its patient, exact
inputs and decision codes (``store.compact``); patients new to the database and lab-only rows
name the batch too.  One ``import`` audit entry's content hash covers the batch row and every
row it created, so changing any of them breaks ``audit verify`` — without 100 000 entries.

Rows are inserted in chunks with ``INSERT … RETURNING`` (multi-row VALUES on both engines);
between chunks ``should_cancel`` is asked and ``progress`` told.  A cancel or any failure rolls
the whole transaction back: nothing of the import is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, Table, insert, select

from desktop_app.core.inputs import PatientInputs
from desktop_app.core.phenotype import Assessment
from desktop_app.core.rules import AssessmentOptions
from desktop_app.store import audit, compact, content, records
from desktop_app.store.errors import ImportCancelledError, RecordError
from desktop_app.store.tables import assessments, import_batches, lab_results, patients

CHUNK = 2000
Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass(frozen=True)
class ImportedRow:
    """One row (or paired rows) of an imported lab file, independent of how it was read.

    ``row_number`` is the 1-based row in the file (the first, when ``source_rows`` pairs two);
    ``inputs`` is ``None`` for a rejected row (nothing usable: it is only counted).  The
    decision is either a full ``assessment`` or just its ``outcome`` codes (a batch path that
    decides per combination of comparison outcomes need not build an ``Assessment`` per row);
    a row with inputs and neither is stored as lab results only.
    """

    row_number: int
    patient_id: str
    inputs: PatientInputs | None
    assessment: Assessment | None = None
    outcome: compact.Outcome | None = None
    source_rows: tuple[int, ...] = ()

    def decision(self) -> compact.Outcome | None:
        if self.assessment is not None:
            return compact.Outcome.of(self.assessment)
        return self.outcome

    def values(self) -> PatientInputs | None:
        return self.assessment.inputs if self.assessment is not None else self.inputs


@dataclass(frozen=True)
class ImportRecord:
    """What ``record_import`` stored: ids by row number, the batch and its audit entry."""

    assessment_ids: dict[int, int] = field(default_factory=dict)
    lab_result_ids: dict[int, list[int]] = field(default_factory=dict)
    rows_without_values: int = 0
    audit_seq: int = 0
    import_id: int = 0
    patients_created: int = 0


@dataclass(frozen=True)
class BatchInfo:
    source_file: str
    now: datetime
    decided_at: datetime
    os_user: str
    app_version: str
    ruleset_version: str
    evidence_version: str | None
    options: AssessmentOptions


def store_import(conn: Connection, rows: Sequence[ImportedRow], info: BatchInfo, *,
                 progress: Progress | None = None,
                 should_cancel: ShouldCancel | None = None) -> tuple[ImportRecord, audit.Head]:
    """Store ``rows`` inside the caller's write transaction; raise ``ImportCancelledError``
    (the caller rolls back) when ``should_cancel`` says so."""
    total = len(rows)

    def step(done: int) -> None:
        if should_cancel is not None and should_cancel():
            raise ImportCancelledError("The import was cancelled; nothing from it was stored.")
        if progress is not None:
            progress(done, total)

    step(0)
    valued = [r for r in rows if r.values() is not None]
    decided = [r for r in valued if r.decision() is not None]
    lab_only = [r for r in valued if r.decision() is None]
    now_text = info.now.isoformat()
    batch = records.insert_row(conn, import_batches, dict(
        source_file=info.source_file, imported_at=now_text,
        decided_at=info.decided_at.isoformat(), os_user=info.os_user,
        app_version=info.app_version, ruleset_version=info.ruleset_version,
        evidence_version=info.evidence_version, options_json=compact.options_json(info.options),
        rows_read=total, assessments=len(decided), lab_only_rows=len(lab_only),
        rows_without_values=total - len(valued)))
    bid = batch["id"]
    owners, new_patients = _patients(conn, valued, bid, now_text)
    done = total - len(valued)
    step(done)

    a_rows = []
    for r in decided:
        inputs, outcome = r.values(), r.decision()
        assert inputs is not None and outcome is not None
        sampled = records.earliest_sample(inputs)
        a_rows.append(dict(
            patient_id=owners[r.patient_id], supersedes_id=None, correction_reason=None,
            assessed_at=now_text, assessed_at_utc=records.utc_text(info.now),
            status=outcome.status, phenotype=outcome.phenotype,
            ruleset_version=info.ruleset_version, evidence_version=info.evidence_version,
            app_version=info.app_version, os_user=info.os_user,
            inputs_json=compact.encode_inputs(inputs, r.source_rows),
            result_json=outcome.codes_json(), source_kind="file",
            source_file=info.source_file, source_row=r.row_number,
            sampled_at_utc=records.utc_text(sampled) if sampled else None, import_id=bid))
    a_ids: list[int] = []
    for start in range(0, len(a_rows), CHUNK):
        a_ids += _insert_many(conn, assessments, a_rows[start:start + CHUNK])
        done += min(CHUNK, len(a_rows) - start)
        step(done)

    lab_ids: dict[int, list[int]] = {}
    stored_labs = []
    for r in lab_only:
        source = records.Source.from_file(info.source_file, r.row_number)
        values = [dict(patient_id=owners[r.patient_id], assessment_id=None,
                       recorded_at=now_text, source_kind="file", source_file=source.file,
                       source_row=source.row, import_id=bid, **lab)
                  for lab in records.lab_rows(r.values())]  # type: ignore[arg-type]
        ids = _insert_many(conn, lab_results, values) if values else []
        lab_ids[r.row_number] = ids
        stored_labs += [{**v, "id": i} for v, i in zip(values, ids, strict=True)]
    step(total)

    stored = [{**v, "id": i} for v, i in zip(a_rows, a_ids, strict=True)]
    digest = content.digest([
        ("import_batches", [batch]),
        ("patients", sorted(new_patients, key=_id)),
        ("assessments", sorted(stored, key=_id)),
        ("lab_results", sorted(stored_labs, key=_id)),
    ])
    head = audit.append(conn, "import", at=info.now, os_user=info.os_user,
                        entity="import_batch", entity_id=bid, content_hash=digest, detail={
                            "file": info.source_file, "rows_read": total,
                            "assessments": len(decided), "lab_only_rows": len(lab_only),
                            "rows_without_values": total - len(valued),
                            "patients_created": len(new_patients),
                            "ruleset_version": info.ruleset_version,
                            "evidence_version": info.evidence_version})
    record = ImportRecord(
        assessment_ids={r.row_number: i for r, i in zip(decided, a_ids, strict=True)},
        lab_result_ids=lab_ids, rows_without_values=total - len(valued), audit_seq=head.seq,
        import_id=bid, patients_created=len(new_patients))
    return record, head


def _id(row: dict[str, object]) -> int:
    return int(row["id"])  # type: ignore[call-overload]


def _insert_many(conn: Connection, table: Table, values: list[dict[str, object]]) -> list[int]:
    """Multi-row INSERT … RETURNING id, ids in the order of ``values``."""
    result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                          values)
    return [int(i) for i in result.scalars()]


def _patients(conn: Connection, rows: Sequence[ImportedRow], batch_id: int, now_text: str
              ) -> tuple[dict[str, int], list[dict[str, object]]]:
    """Patient id for every identifier in ``rows`` (keyed by the text as given), creating the
    patients new to the database as part of the batch."""
    cleaned: dict[str, str] = {}
    for r in rows:
        if r.patient_id not in cleaned:
            records.require_text(r.patient_id, "patient identifier")
            try:
                cleaned[r.patient_id] = records.clean_identifier(r.patient_id)
            except RecordError as exc:
                raise RecordError(f"Row {r.row_number}: {exc} Nothing from this file was "
                                  "stored.") from None
    wanted = sorted(set(cleaned.values()))
    known: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        known.update(conn.execute(select(patients.c.identifier, patients.c.id)
                                  .where(patients.c.identifier.in_(chunk))).tuples().all())
    new = [dict(identifier=i, pseudonym=None, created_at=now_text, import_id=batch_id)
           for i in wanted if i not in known]
    created: list[dict[str, object]] = []
    for start in range(0, len(new), CHUNK):
        part = new[start:start + CHUNK]
        ids = _insert_many(conn, patients, part)
        created += [{**v, "id": i} for v, i in zip(part, ids, strict=True)]
        known.update({str(v["identifier"]): i for v, i in zip(part, ids, strict=True)})
    return {given: known[clean] for given, clean in cleaned.items()}, created
