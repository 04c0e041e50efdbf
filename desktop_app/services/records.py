"""Patient records, serial measurements and the audit trail: the API for the GUI and the CLI.

    store = open_store(None, training=False)          # data dir from --data-dir/env/default
    aid = store.save_assessment("BED-7", assessment, evidence_version="ev-1", now=now)
    store.history("BED-7")                            # oldest first, every version
    store.trend("BED-7")                              # core.trend.TrendChart
    store.verify_audit().ok

Every write is one ``BEGIN IMMEDIATE ... COMMIT`` that also appends its audit entry, so a
record and its audit entry are saved together or not at all; when a save method returns, the
record is on disk (WAL, ``synchronous=FULL``).  Times are passed in (``now``, time-zone aware).
Training mode uses its own database file; a ``Store`` opened with ``training=True`` never sees
clinical records and vice versa.  Diagnostic logs name internal ids only, never identifiers
or values.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.phenotype import Assessment
from desktop_app.core.trend import SerialAssessment, TrendChart, build_trend_chart
from desktop_app.core.units import ferritin_to_ng_per_ml, parse_ferritin_unit
from desktop_app.store import audit as audit_log
from desktop_app.store import records
from desktop_app.store.audit import AuditReport
from desktop_app.store.backup import backup_database
from desktop_app.store.engine import READ_ONLY, open_engine
from desktop_app.store.errors import RecordError, StoreError
from desktop_app.store.location import (
    database_file,
    ensure_private_dir,
    refuse_network_share,
    resolve_data_dir,
)
from desktop_app.store.records import HistoryEntry, Source

__all__ = ["AuditReport", "HistoryEntry", "ImportRecord", "ImportedRow", "PatientSummary",
           "RecordError", "Source", "Store", "StoreError", "open_store"]

logger = logging.getLogger(__name__)


def current_os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment or the user database
        return "unknown"


@dataclass(frozen=True)
class ImportedRow:
    """One row of an imported lab file, as the importer read it.

    ``row_number`` is the 1-based row in the file.  ``inputs`` is ``None`` for a rejected row
    (nothing usable was read; it is counted, not stored).  ``assessment`` is the
    classification of the row when one was made (classified or cannot classify).
    """

    row_number: int
    patient_id: str
    inputs: PatientInputs | None
    assessment: Assessment | None = None


@dataclass(frozen=True)
class PatientSummary:
    """One line of the window's patient list: counts and the newest result count only
    current assessments (not superseded by a correction, not marked entered in error)."""

    identifier: str
    assessments: int
    last_at: datetime | None  # sample time of the newest current assessment, else its time
    last_status: str | None
    last_phenotype: str | None


@dataclass(frozen=True)
class ImportRecord:
    """What ``record_import`` stored: ids by row number, and the audit entry."""

    assessment_ids: dict[int, int] = field(default_factory=dict)
    lab_result_ids: dict[int, list[int]] = field(default_factory=dict)
    rows_without_values: int = 0
    audit_seq: int = 0


class Store:
    """An open record database (use ``open_store``).  Safe to share between threads."""

    def __init__(self, engine: Any, path: Path, *, training: bool, os_user: str) -> None:
        self._engine, self.path, self.training, self.os_user = engine, path, training, os_user

    # -- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------------
    def save_assessment(self, patient_id: str, assessment: Assessment, *,
                        evidence_version: str | None, now: datetime,
                        source: Source | None = None, pseudonym: str | None = None) -> int:
        """Store ``assessment`` (and its lab values) for the patient with ward identifier
        ``patient_id``, creating the patient if new; return the assessment id."""
        with self._engine.begin() as conn:
            pid = self._patient(conn, patient_id, pseudonym, now)
            aid = self._add(conn, pid, assessment, evidence_version, source or Source(), now,
                            "classify")
        logger.info("assessment %d saved for patient #%d", aid, pid)
        return aid

    def correct_assessment(self, assessment_id: int, assessment: Assessment, *, reason: str,
                           evidence_version: str | None, now: datetime,
                           source: Source | None = None) -> int:
        """Store a corrected version that supersedes ``assessment_id``; return the new id.

        Only the newest version can be corrected; the old one stays, marked as superseded.
        """
        if not reason or not reason.strip():
            raise RecordError("A reason is needed to correct an assessment.")
        with self._engine.begin() as conn:
            pid, newer = records.assessment_owner(conn, assessment_id)
            if newer is not None:
                raise RecordError(f"Assessment #{assessment_id} was already corrected by "
                                  f"#{newer}; correct the newest version.")
            aid = self._add(conn, pid, assessment, evidence_version, source or Source(), now,
                            "correct",
                            supersedes=assessment_id, reason=reason.strip())
        logger.info("assessment %d corrected by %d", assessment_id, aid)
        return aid

    def mark_entered_in_error(self, assessment_id: int, *, reason: str, now: datetime) -> None:
        """Mark an assessment as entered in error (it stays stored and listed)."""
        with self._engine.begin() as conn:
            pid, _ = records.assessment_owner(conn, assessment_id)
            mark = records.add_error_mark(conn, "assessment", assessment_id, reason=reason,
                                          at=now, os_user=self.os_user)
            audit_log.append(conn, "mark_in_error", at=now, os_user=self.os_user,
                             entity="error_mark", entity_id=mark, patient_id=pid,
                             detail={"target": "assessment", "target_id": assessment_id})
        logger.info("assessment %d marked entered in error", assessment_id)

    def record_import(self, source_file: str, rows: Iterable[ImportedRow], *,
                      evidence_version: str | None, now: datetime) -> ImportRecord:
        """Store every row of an import in one transaction (all rows or none).

        Each row's values become lab results with source ``file`` + row number, and its
        assessment (if any) is stored like a typed one.  One ``import`` audit entry summarises
        the file; each assessment also gets its own ``classify`` entry.
        """
        ids: dict[int, int] = {}
        labs: dict[int, list[int]] = {}
        empty = 0
        with self._engine.begin() as conn:
            for row in rows:
                if row.inputs is None and row.assessment is None:
                    empty += 1
                    continue
                source = Source.from_file(source_file, row.row_number)
                pid = self._patient(conn, row.patient_id, None, now)
                if row.assessment is not None:
                    ids[row.row_number] = self._add(conn, pid, row.assessment, evidence_version,
                                                    source, now, "classify")
                else:
                    assert row.inputs is not None
                    labs[row.row_number] = records.add_lab_results(
                        conn, pid, row.inputs, assessment_id=None, source=source, at=now)
            seq = audit_log.append(conn, "import", at=now, os_user=self.os_user,
                                   detail={"file": source_file, "assessments": len(ids),
                                           "lab_only_rows": len(labs),
                                           "rows_without_values": empty})
        logger.info("import stored: %d assessments, %d lab-only rows, %d empty rows",
                    len(ids), len(labs), empty)
        return ImportRecord(ids, labs, empty, seq)

    def audit(self, action: str, *, now: datetime, patient_id: str | None = None,
              entity: str | None = None, entity_id: int | None = None,
              detail: Mapping[str, Any] | None = None) -> int:
        """Append an audit entry for an action done elsewhere (e.g. ``export`` of a PDF).

        ``detail`` must not hold patient identifiers or values; ``patient_id`` is the ward
        identifier and is stored as the internal patient id.  Returns the entry's number.
        """
        with self._engine.begin() as conn:
            pid = records.find_patient(conn, patient_id) if patient_id else None
            return audit_log.append(conn, action, at=now, os_user=self.os_user, entity=entity,
                                    entity_id=entity_id, patient_id=pid, detail=detail)

    # -- reading --------------------------------------------------------------------------------
    def history(self, patient_id: str) -> list[HistoryEntry]:
        """Every stored assessment of the patient (all versions), oldest first by sample time
        where available, else by assessment time.  Unknown patient: an empty list."""
        with self._engine.execution_options(**READ_ONLY).begin() as conn:
            pid = records.find_patient(conn, patient_id)
            return [] if pid is None else records.patient_history(conn, pid)

    def serial(self, patient_id: str) -> list[SerialAssessment]:
        """The history as ``core.trend`` input (current versions flagged)."""
        return [to_serial(e) for e in self.history(patient_id)]

    def trend(self, patient_id: str) -> TrendChart:
        return build_trend_chart(self.serial(patient_id))

    def patient_ids(self) -> list[str]:
        """Ward identifiers of every stored patient, sorted."""
        from sqlalchemy import select

        from desktop_app.store.tables import patients

        with self._engine.execution_options(**READ_ONLY).begin() as conn:
            return list(conn.execute(select(patients.c.identifier)
                                     .order_by(patients.c.identifier)).scalars())

    def patients_overview(self, search: str = "", *, limit: int = 500) -> list[PatientSummary]:
        """Stored patients, most recently assessed first (then those with no current
        assessment, by identifier); ``search`` keeps identifiers containing it, ignoring case."""
        from sqlalchemy import select

        from desktop_app.store.tables import assessments, error_marks, patients

        with self._engine.execution_options(**READ_ONLY).begin() as conn:
            matching = select(patients.c.id)
            if search.strip():
                matching = matching.where(patients.c.identifier.icontains(search.strip(),
                                                                          autoescape=True))
            people = dict(conn.execute(select(patients.c.id, patients.c.identifier).where(
                patients.c.id.in_(matching))).all())
            superseded = select(assessments.c.supersedes_id).where(
                assessments.c.supersedes_id.is_not(None))
            marked = select(error_marks.c.entity_id).where(error_marks.c.entity == "assessment")
            rows = conn.execute(select(
                assessments.c.patient_id, assessments.c.id, assessments.c.status,
                assessments.c.phenotype, assessments.c.sampled_at_utc,
                assessments.c.assessed_at_utc).where(
                assessments.c.patient_id.in_(matching),
                assessments.c.id.not_in(superseded), assessments.c.id.not_in(marked))).all()
        newest: dict[int, Any] = {}
        counts: dict[int, int] = {}
        for r in rows:
            counts[r.patient_id] = counts.get(r.patient_id, 0) + 1
            key = (r.sampled_at_utc or r.assessed_at_utc, r.assessed_at_utc, r.id)
            best = newest.get(r.patient_id)
            if best is None or key > best[0]:
                newest[r.patient_id] = (key, r)
        out = []
        for pid, identifier in people.items():
            last = newest.get(pid)
            row = last[1] if last else None
            out.append(PatientSummary(
                identifier, counts.get(pid, 0),
                datetime.fromisoformat(last[0][0]) if last else None,
                row.status if row else None, row.phenotype if row else None))
        out.sort(key=lambda p: (p.last_at is None,
                                -(p.last_at.timestamp() if p.last_at else 0), p.identifier))
        return out[:limit]

    def verify_audit(self) -> AuditReport:
        with self._engine.execution_options(**READ_ONLY).begin() as conn:
            return audit_log.verify(conn)

    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check`` rows: ``["ok"]`` for a sound file."""
        with self._engine.connect() as conn:
            return [str(r) for r in conn.exec_driver_sql("PRAGMA integrity_check").scalars()]

    def backup(self, target: Path, *, force: bool = False, now: datetime | None = None) -> Path:
        """Consistent copy via SQLite's online backup; with ``now``, audited as an export."""
        written = backup_database(self._engine, self.path, Path(target), force=force)
        if now is not None:
            self.audit("export", now=now, entity="database", detail={"kind": "backup"})
        return written

    # -- helpers --------------------------------------------------------------------------------
    def _patient(self, conn: Any, identifier: str, pseudonym: str | None, now: datetime) -> int:
        pid = records.find_patient(conn, identifier)
        if pid is None:
            pid = records.add_patient(conn, identifier, pseudonym=pseudonym, at=now)
            audit_log.append(conn, "create", at=now, os_user=self.os_user, entity="patient",
                             entity_id=pid, patient_id=pid)
        return pid

    def _add(self, conn: Any, pid: int, assessment: Assessment, evidence_version: str | None,
             source: Source, now: datetime, action: str, *, supersedes: int | None = None,
             reason: str | None = None) -> int:
        aid = records.add_assessment(conn, pid, assessment, evidence_version=evidence_version,
                                     app_version=__version__, os_user=self.os_user,
                                     source=source, at=now, supersedes_id=supersedes,
                                     correction_reason=reason)
        lab_ids = records.add_lab_results(conn, pid, assessment.inputs, assessment_id=aid,
                                          source=source, at=now)
        audit_log.append(conn, action, at=now, os_user=self.os_user, entity="assessment",
                         entity_id=aid, patient_id=pid, detail={
                             "status": assessment.status.value,
                             "phenotype": assessment.phenotype.value if assessment.phenotype
                             else None,
                             "ruleset_version": assessment.ruleset.version,
                             "evidence_version": evidence_version, "app_version": __version__,
                             "source": source.kind, "source_row": source.row,
                             "supersedes": supersedes, "lab_results": lab_ids})
        return aid


def to_serial(entry: HistoryEntry) -> SerialAssessment:
    """Rule-unit values of a stored assessment for the trend (HLA-DR only when in AB/C)."""
    f, h = entry.inputs.get("ferritin"), entry.inputs.get("hla_dr")
    ferritin = f_when = hla = h_when = None
    if f:
        ferritin = ferritin_to_ng_per_ml(Decimal(f["value"]), parse_ferritin_unit(f["unit"]))[0]
        f_when = datetime.fromisoformat(f["sampled_at"]) if f.get("sampled_at") else None
    if h and h.get("usable"):
        hla = Decimal(h["value"])
        h_when = datetime.fromisoformat(h["sampled_at"]) if h.get("sampled_at") else None
    return SerialAssessment(
        assessment_id=entry.assessment_id, when=entry.order_time, status=entry.status,
        phenotype=entry.phenotype, ferritin_ng_ml=ferritin,
        ferritin_comparator=f["comparator"] if f else "=", ferritin_sampled_at=f_when,
        hla_dr_ab_c=hla, hla_dr_comparator=h["comparator"] if h else "=",
        hla_dr_sampled_at=h_when, current=entry.is_current)


def open_store(data_dir: Path | str | None, *, training: bool,
               os_user: str | None = None) -> Store:
    """Open (creating if needed) the clinical or training database in the data directory.

    ``data_dir`` is ``--data-dir`` (wins), else ``IMMUNOSEP_DATA_DIR``, else the per-user
    data folder.  Raises ``StoreError`` (subclasses: network share, corrupt file, wrong mode,
    unknown schema) with a sentence for the user.
    """
    folder = resolve_data_dir(data_dir)
    refuse_network_share(folder)
    ensure_private_dir(folder)
    path = database_file(folder, training=training)
    try:
        engine = open_engine(path, training=training, app_version=__version__)
    except PermissionError as exc:
        raise StoreError(f"The database {path} cannot be opened: {exc.strerror}.") from None
    return Store(engine, path, training=training, os_user=os_user or current_os_user())
