"""Storing an import: every row of a lab file in one transaction, in seconds.

One ``import_batches`` row holds what the rows share (file, time, user, versions, the warning
options and the time the rows were decided); each assessment row holds its patient, exact
inputs and decision codes (``store.compact``); patients new to the database and lab-only rows
name the batch too.  One ``import`` audit entry's content hash covers the batch row and every
row it created, so changing any of them breaks ``audit verify`` — without 100 000 entries.

Ids are reserved up front (the caller's write transaction holds the store's write lock: SQLite
``BEGIN IMMEDIATE``, the PostgreSQL advisory lock plus ``nextval``), so rows go in with plain
``executemany`` in chunks — the driver's fast path on both engines — and are hashed from the
values inserted.  Between chunks ``should_cancel`` is asked and ``progress`` told.  A cancel or
any failure rolls the whole transaction back: nothing of the import is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, func, select

from desktop_app.core.inputs import PatientInputs
from desktop_app.core.phenotype import Assessment
from desktop_app.core.rules import AssessmentOptions
from desktop_app.i18n import N_
from desktop_app.store import audit, compact, content, records
from desktop_app.store.errors import ImportCancelledError, RecordError
from desktop_app.store.reasons import RecordReason
from desktop_app.store.tables import assessments, import_batches, lab_results, patients

CHUNK = 2000
_NO_REASON: dict[str, str | None] = dict.fromkeys(
    ("correction_reason", "correction_reason_code", "correction_reason_params"))
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
    # A new version of a stored assessment (a laboratory's corrected result, issue 14): the
    # version it supersedes (the newest of its chain) and why (the app's reason, with its code).
    supersedes_id: int | None = None
    correction_reason: RecordReason | None = None

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
    source_sha256: str | None = None  # the file's content, named in the audit entry


def store_import(conn: Connection, rows: Sequence[ImportedRow], info: BatchInfo, *,
                 progress: Progress | None = None,
                 should_cancel: ShouldCancel | None = None) -> tuple[ImportRecord, audit.Head]:
    """Store ``rows`` inside the caller's write transaction; raise ``ImportCancelledError``
    (the caller rolls back) when ``should_cancel`` says so."""
    total = len(rows)

    def step(done: int) -> None:
        if should_cancel is not None and should_cancel():
            raise ImportCancelledError.worded(
                "import_cancelled", N_("The import was cancelled; nothing from it was stored."))
        if progress is not None:
            progress(done, total)

    step(0)
    valued = [r for r in rows if r.values() is not None]
    decisions = [(r, r.decision()) for r in valued]
    decided = [(r, d) for r, d in decisions if d is not None]
    lab_only = [r for r, d in decisions if d is None]
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

    # Tuples in the hashed column order (store.content): inserted and hashed as they are.
    a_rows: list[tuple[object, ...]] = []
    assessed_utc = records.utc_text(info.now)
    a_ids = _reserve_ids(conn, assessments, len(decided))
    utc, sample_time, encode = records.utc_text, records.earliest_sample, compact.encode_inputs
    codes: dict[compact.Outcome, str] = {}  # rows share a few distinct decisions
    for (r, outcome), new_id in zip(decided, a_ids, strict=True):
        inputs = r.values()
        assert inputs is not None
        sampled = sample_time(inputs)
        why = (r.correction_reason.columns("correction_reason") if r.correction_reason
               else _NO_REASON)
        a_rows.append((
            new_id, owners[r.patient_id], r.supersedes_id, why["correction_reason"], now_text,
            assessed_utc, outcome.status,
            outcome.phenotype, info.ruleset_version, info.evidence_version, info.app_version,
            info.os_user, encode(inputs, r.source_rows),
            codes.get(outcome) or codes.setdefault(outcome, outcome.codes_json()), "file",
            info.source_file, r.row_number, utc(sampled) if sampled else None, bid,
            why["correction_reason_code"], why["correction_reason_params"]))
    for start in range(0, len(a_rows), CHUNK):
        _insert_many(conn, "assessments", a_rows[start:start + CHUNK])
        done += min(CHUNK, len(a_rows) - start)
        step(done)

    lab_ids: dict[int, list[int]] = {}
    stored_labs: list[tuple[object, ...]] = []
    for r in lab_only:
        source = records.Source.from_file(info.source_file, r.row_number)
        labs = records.lab_rows(r.values())  # type: ignore[arg-type]
        ids = _reserve_ids(conn, lab_results, len(labs))
        values = [_ordered("lab_results", dict(
            id=i, patient_id=owners[r.patient_id], assessment_id=None, recorded_at=now_text,
            source_kind="file", source_file=source.file, source_row=source.row,
            import_id=bid, **lab)) for i, lab in zip(ids, labs, strict=True)]
        _insert_many(conn, "lab_results", values)
        lab_ids[r.row_number] = ids
        stored_labs += values
    step(total)

    digest = content.digest([  # ids were reserved in ascending order: the verifier's order
        ("import_batches", [batch]),
        ("patients", new_patients),
        ("assessments", a_rows),
        ("lab_results", stored_labs),
    ])
    head = audit.append(conn, "import", at=info.now, os_user=info.os_user,
                        entity="import_batch", entity_id=bid, content_hash=digest, detail={
                            "file": info.source_file, "rows_read": total,
                            "assessments": len(decided), "lab_only_rows": len(lab_only),
                            "rows_without_values": total - len(valued),
                            "patients_created": len(new_patients),
                            "ruleset_version": info.ruleset_version,
                            "evidence_version": info.evidence_version,
                            **({"source_sha256": info.source_sha256}
                               if info.source_sha256 else {})})
    record = ImportRecord(
        assessment_ids={r.row_number: i for (r, _d), i in zip(decided, a_ids, strict=True)},
        lab_result_ids=lab_ids, rows_without_values=total - len(valued), audit_seq=head.seq,
        import_id=bid, patients_created=len(new_patients))
    return record, head


def _reserve_ids(conn: Connection, table: Table, count: int) -> list[int]:
    """``count`` new ids for ``table``, ascending; the write lock is held by the caller."""
    if count == 0:
        return []
    if conn.dialect.name == "postgresql":  # the identity's sequence: no other writer can use them
        ids = conn.exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
            f"FROM generate_series(1, {int(count)})").scalars().all()
        return sorted(int(i) for i in ids)
    top = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    return list(range(int(top) + 1, int(top) + 1 + count))


def _ordered(table: str, row: dict[str, object]) -> tuple[object, ...]:
    return tuple(row[name] for name in content.COLUMNS[content.VERSION][table])


def _insert_many(conn: Connection, table: str, rows: list[tuple[object, ...]]) -> None:
    """The driver's bulk path, no per-row statement compilation: SQLite's ``executemany``
    C loop; PostgreSQL's ``COPY … FROM STDIN`` on the transaction's own connection."""
    if not rows:
        return
    names = ", ".join(content.COLUMNS[content.VERSION][table])
    if conn.dialect.name == "postgresql":
        raw: Any = conn.connection.driver_connection
        with raw.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" * len(rows[0]))
    conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def _patients(conn: Connection, rows: Sequence[ImportedRow], batch_id: int, now_text: str
              ) -> tuple[dict[str, int], list[tuple[object, ...]]]:
    """Patient id for every identifier in ``rows`` (keyed by the text as given), creating the
    patients new to the database as part of the batch."""
    cleaned: dict[str, str] = {}
    for r in rows:
        if r.patient_id not in cleaned:
            records.require_text(r.patient_id, "patient identifier")
            try:
                cleaned[r.patient_id] = records.clean_identifier(r.patient_id)
            except RecordError as exc:
                #: {row}: a row of the imported file; {error}: why its patient identifier
                #: was refused (a whole sentence)
                raise RecordError.worded(exc.code, N_("Row {row}: {error}"),
                                         N_("Nothing from this file was stored."),
                                         row=r.row_number, error=exc) from None
    wanted = sorted(set(cleaned.values()))
    known: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        known.update(conn.execute(select(patients.c.identifier, patients.c.id)
                                  .where(patients.c.identifier.in_(chunk))).tuples().all())
    names = [i for i in wanted if i not in known]
    ids = _reserve_ids(conn, patients, len(names))
    created: list[tuple[object, ...]] = [(new_id, name, None, now_text, batch_id)  # hashed order
               for name, new_id in zip(names, ids, strict=True)]
    for start in range(0, len(created), CHUNK):
        _insert_many(conn, "patients", created[start:start + CHUNK])
    known.update(zip(names, ids, strict=True))
    return {given: known[clean] for given, clean in cleaned.items()}, created
