"""Patient records, serial measurements and the audit trail: the API for the GUI and the CLI.

    store = open_store(None, training=False)          # site.toml / data dir decide where
    aid = store.save_assessment("BED-7", assessment, evidence_version="ev-1", now=now)
    store.history("BED-7")                            # oldest first, every version
    store.trend("BED-7")                              # core.trend.TrendChart
    store.patients_overview()                         # the patient list
    store.verify_audit().ok

The clinical records live where IT's site configuration says (``[database] url``: the ward's
PostgreSQL server, or an SQLite file), else in ``clinical.sqlite`` in the user data folder;
training records always in the data folder's own ``training.sqlite``.  The two never mix.

Every write is one transaction that also appends its audit entry, so a record and its entry
are saved together or not at all; when a save method returns, the record is durable.  Any
failure raises a ``StoreError`` whose text is a sentence for the user ("Not saved: …"), after
the transaction was rolled back.  Times are passed in (``now``, time-zone aware).
Diagnostic logs name internal ids only, never identifiers or values.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from desktop_app import __version__
from desktop_app.core import rules
from desktop_app.core.phenotype import Assessment
from desktop_app.core.rules import DEFAULT_OPTIONS, AssessmentOptions
from desktop_app.core.trend import SerialAssessment, TrendChart, build_trend_chart
from desktop_app.core.units import ferritin_to_ng_per_ml, parse_ferritin_unit
from desktop_app.i18n import N_
from desktop_app.site_config import SiteConfig
from desktop_app.store import audit as audit_log
from desktop_app.store import content, records
from desktop_app.store.anchor import AnchorError, advance_anchor, anchor_path, read_anchor
from desktop_app.store.audit_verify import AuditReport, verify
from desktop_app.store.bulk import BatchInfo, ImportedRow, ImportRecord, store_import
from desktop_app.store.compact import Outcome
from desktop_app.store.database import Database
from desktop_app.store.errors import RecordError, StoreError
from desktop_app.store.overview import PatientSummary, patients_overview, table_counts
from desktop_app.store.postgres import PostgresTarget
from desktop_app.store.records import HistoryEntry, Source

__all__ = ["AuditReport", "HistoryEntry", "ImportRecord", "ImportedRow", "Outcome",
           "PatientSummary", "RecordError", "Source", "Store", "StoreError", "open_store"]

logger = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
T = TypeVar("T")


def current_os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment or the user database
        return "unknown"


class Store:
    """An open record database (use ``open_store``).  Safe to share between threads; keep
    one for the life of a window rather than opening one per action."""

    def __init__(self, db: Database, *, training: bool, os_user: str,
                 data_dir: Path | None, target: PostgresTarget | None = None) -> None:
        self._db, self.training, self.os_user = db, training, os_user
        self._target = target  # PostgresTarget, for pg_dump
        self.data_dir = data_dir
        self.anchor_file = (anchor_path(data_dir, db.database_id)
                            if data_dir is not None and db.database_id else None)

    @property
    def path(self) -> Path | None:
        """The SQLite file, ``None`` on a PostgreSQL server."""
        return self._db.path

    @property
    def location(self) -> str:
        """Where the records are, for messages: a file path or ``role@host:port/database``."""
        return self._db.display

    @property
    def is_shared(self) -> bool:
        return not self._db.is_sqlite

    @property
    def migrated(self) -> tuple[str | None, str | None] | None:
        """``(from, to)`` revisions when opening migrated the schema."""
        return self._db.migrated

    # -- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        self._db.dispose()

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
        with self._db.write() as conn:
            pid = self._patient(conn, patient_id, pseudonym, now)
            aid, head = self._add(conn, pid, assessment, evidence_version, source or Source(),
                                  now, "classify")
        self._anchor(head)
        logger.info("assessment %d saved for patient #%d", aid, pid)
        return aid

    def correct_assessment(self, assessment_id: int, assessment: Assessment, *, reason: str,
                           evidence_version: str | None, now: datetime,
                           source: Source | None = None) -> int:
        """Store a corrected version that supersedes ``assessment_id``; return the new id.

        Only the newest version can be corrected; the old one stays, marked as superseded.
        """
        if not reason or not reason.strip():
            raise RecordError.worded("reason_needed", N_("A reason is needed to correct an "
                                                         "assessment."))
        with self._db.write() as conn:
            pid, newer = records.assessment_owner(conn, assessment_id)
            if newer is not None:
                raise RecordError.worded("already_corrected", N_(
                    "Assessment #{id} was already corrected by #{newer}; correct the newest "
                    "version."), id=assessment_id, newer=newer)
            aid, head = self._add(conn, pid, assessment, evidence_version, source or Source(),
                                  now, "correct", supersedes=assessment_id,
                                  reason=reason.strip())
        self._anchor(head)
        logger.info("assessment %d corrected by %d", assessment_id, aid)
        return aid

    def mark_entered_in_error(self, assessment_id: int, *, reason: str, now: datetime) -> None:
        """Mark an assessment as entered in error (it stays stored and listed)."""
        with self._db.write() as conn:
            pid, _ = records.assessment_owner(conn, assessment_id)
            mark = records.add_error_mark(conn, "assessment", assessment_id, reason=reason,
                                          at=now, os_user=self.os_user)
            head = audit_log.append(
                conn, "mark_in_error", at=now, os_user=self.os_user, entity="error_mark",
                entity_id=mark["id"], patient_id=pid,
                detail={"target": "assessment", "target_id": assessment_id},
                content_hash=content.digest([("error_marks", [mark])]))
        self._anchor(head)
        logger.info("assessment %d marked entered in error", assessment_id)

    def record_import(self, source_file: str, rows: Iterable[ImportedRow], *,
                      evidence_version: str | None, now: datetime,
                      decided_at: datetime | None = None,
                      options: AssessmentOptions = DEFAULT_OPTIONS,
                      progress: Progress | None = None,
                      should_cancel: Callable[[], bool] | None = None,
                      source_sha256: str | None = None) -> ImportRecord:
        """Store every row of an import in one transaction (all rows or none).

        Assessed rows are stored compactly (exact inputs + decision codes, ``store.compact``)
        under one import batch and one ``import`` audit entry that hashes them all; rows with
        values but no decision become lab results; rows without values are counted.
        ``decided_at`` is the ``now`` the rows were classified with (default ``now``) and
        ``options`` the warning options used: both are kept so any row re-renders exactly.
        ``progress(done, total)`` is called between chunks; ``should_cancel()`` returning
        true raises ``ImportCancelledError`` with nothing stored.  ``source_sha256``, the
        SHA-256 of the file's content, goes into the ``import`` audit entry (which file was
        stored, checked when an import is reopened).
        """
        info = BatchInfo(source_file=source_file, now=now, decided_at=decided_at or now,
                         os_user=self.os_user, app_version=__version__,
                         ruleset_version=rules.IMMUNOSEP_RULESET.version,  # at call time
                         evidence_version=evidence_version, options=options,
                         source_sha256=source_sha256)
        rows = list(rows)
        for r in rows:
            if r.assessment is not None and r.assessment.ruleset.version != info.ruleset_version:
                raise RecordError.worded("other_ruleset", N_("An imported row was classified "
                                                             "with another rule set; import "
                                                             "the file again."))
        with self._db.write() as conn:
            record, head = store_import(conn, rows, info, progress=progress,
                                        should_cancel=should_cancel)
        self._anchor(head)
        logger.info("import stored: batch %d, %d assessments, %d lab-only rows, %d empty rows",
                    record.import_id, len(record.assessment_ids), len(record.lab_result_ids),
                    record.rows_without_values)
        return record

    def audit(self, action: str, *, now: datetime, patient_id: str | None = None,
              entity: str | None = None, entity_id: int | None = None,
              detail: Mapping[str, Any] | None = None) -> int:
        """Append an audit entry for an action done elsewhere (e.g. ``export`` of a PDF).

        ``detail`` must not hold patient identifiers or values; ``patient_id`` is the ward
        identifier and is stored as the internal patient id.  Returns the entry's number.
        Actions that create records are audited by the methods that create them.
        """
        if action in audit_log.RECORD_ACTIONS or action == "migrate":
            raise ValueError(f"audit action {action!r} is written by the store itself")
        with self._db.write() as conn:
            pid = records.find_patient(conn, patient_id) if patient_id else None
            head = audit_log.append(conn, action, at=now, os_user=self.os_user, entity=entity,
                                    entity_id=entity_id, patient_id=pid, detail=detail)
        self._anchor(head)
        return head.seq

    # -- reading --------------------------------------------------------------------------------
    def history(self, patient_id: str) -> list[HistoryEntry]:
        """Every stored assessment of the patient (all versions), oldest first by sample time
        where available, else by assessment time.  Unknown patient: an empty list."""
        with self._db.read() as conn:
            pid = records.find_patient(conn, patient_id)
            return [] if pid is None else records.patient_history(conn, pid)

    def serial(self, patient_id: str) -> list[SerialAssessment]:
        """The history as ``core.trend`` input (current versions flagged)."""
        return [to_serial(e) for e in self.history(patient_id)]

    def trend(self, patient_id: str) -> TrendChart:
        return build_trend_chart(self.serial(patient_id))

    def patient_ids(self) -> list[str]:
        """Ward identifiers of every stored patient, sorted."""
        return sorted(p.identifier for p in self.patients_overview(limit=None))

    def patients_overview(self, search: str = "", *,
                          limit: int | None = 500) -> list[PatientSummary]:
        """The patient list, most recently assessed first (patients without a current
        assessment last, by identifier): identifier, number of current assessments and the
        newest current assessment's id, status, phenotype and date.  ``search`` keeps the
        identifiers that contain it, ignoring case; ``limit`` caps the rows."""
        with self._db.read() as conn:
            return patients_overview(conn, search, limit=limit)

    def counts(self) -> dict[str, int]:
        with self._db.read() as conn:
            return table_counts(conn)

    def verify_audit(self, *, expect: str | None = None) -> AuditReport:
        """Check the chain, the audited records' content and the head (``audit_verify``),
        against this workstation's anchor file and, if given, an expected entry hash."""
        try:
            anchor = read_anchor(self.anchor_file) if self.anchor_file else None
        except AnchorError as exc:
            return AuditReport(0, audit_log.GENESIS_HASH, None, str(exc))
        with self._db.read() as conn:
            return verify(conn, sqlite=self._db.is_sqlite, anchor=anchor, expect=expect)

    def audit_head(self) -> audit_log.Head | None:
        """The newest audit entry (``None`` for an empty log)."""
        with self._db.read() as conn:
            return audit_log.last_entry(conn)

    def integrity_check(self) -> list[str] | None:
        """``PRAGMA integrity_check`` rows (``["ok"]`` for a sound file); ``None`` on
        PostgreSQL, which checks its own pages."""
        if not self._db.is_sqlite:
            return None
        from desktop_app.store.faults import translated
        from desktop_app.store.sqlite import integrity_check

        with translated(self._db.where):
            return integrity_check(self._db.engine)

    def schema_revision(self) -> str | None:
        return self._db.revision()

    def backup(self, target: Path, *, force: bool = False, now: datetime | None = None) -> Path:
        """Consistent copy (SQLite online backup, or ``pg_dump`` of the ward database); with
        ``now``, audited as an export."""
        from desktop_app.store.backup import backup_postgres, backup_sqlite
        from desktop_app.store.fault_words import Place
        from desktop_app.store.faults import translated

        with translated(Place.backup(target)):
            if self._db.path is not None:
                written = backup_sqlite(self._db.engine, self._db.path, Path(target),
                                        force=force)
            else:
                assert self._target is not None
                written = backup_postgres(self._target, Path(target), force=force)
        if now is not None:
            self.audit("export", now=now, entity="database", detail={"kind": "backup"})
        return written

    # -- for services that keep records of their own (services/scores.py) --------------------
    def write_records(self, work: Callable[[Any], tuple[T, audit_log.Head]]) -> T:
        """``work(conn)`` in one write transaction (the store's write lock held, so what it
        reads cannot change before it writes); it returns its result and the audit entry it
        appended last, which this workstation's head file then records."""
        with self._db.write() as conn:
            result, head = work(conn)
        self._anchor(head)
        return result

    def read_records(self, work: Callable[[Any], T]) -> T:
        """``work(conn)`` in one read-only snapshot."""
        with self._db.read() as conn:
            return work(conn)

    def patient_key(self, conn: Any, identifier: str, *, now: datetime | None = None
                    ) -> int | None:
        """The internal id of the patient with ward identifier ``identifier`` inside
        ``conn``'s transaction; with ``now``, the patient is created (and audited) if new."""
        if now is None:
            return records.find_patient(conn, identifier)
        return self._patient(conn, identifier, None, now)

    # -- helpers --------------------------------------------------------------------------------
    def _anchor(self, head: audit_log.Head) -> None:
        if self.anchor_file is not None:
            advance_anchor(self.anchor_file, head)

    def _patient(self, conn: Any, identifier: str, pseudonym: str | None, now: datetime) -> int:
        pid = records.find_patient(conn, identifier)
        if pid is None:
            row = records.add_patient(conn, identifier, pseudonym=pseudonym, at=now)
            pid = row["id"]
            audit_log.append(conn, "create", at=now, os_user=self.os_user, entity="patient",
                             entity_id=pid, patient_id=pid,
                             content_hash=content.digest([("patients", [row])]))
        return pid

    def _add(self, conn: Any, pid: int, assessment: Assessment, evidence_version: str | None,
             source: Source, now: datetime, action: str, *, supersedes: int | None = None,
             reason: str | None = None) -> tuple[int, audit_log.Head]:
        row = records.add_assessment(conn, pid, assessment, evidence_version=evidence_version,
                                     app_version=__version__, os_user=self.os_user,
                                     source=source, at=now, supersedes_id=supersedes,
                                     correction_reason=reason)
        aid = row["id"]
        labs = records.add_lab_results(conn, pid, assessment.inputs, assessment_id=aid,
                                       source=source, at=now)
        head = audit_log.append(
            conn, action, at=now, os_user=self.os_user, entity="assessment", entity_id=aid,
            patient_id=pid, content_hash=content.digest([("assessments", [row]),
                                                         ("lab_results", labs)]),
            detail={"status": assessment.status.value,
                    "phenotype": assessment.phenotype.value if assessment.phenotype else None,
                    "ruleset_version": assessment.ruleset.version,
                    "evidence_version": evidence_version, "app_version": __version__,
                    "source": source.kind, "source_row": source.row,
                    "supersedes": supersedes, "lab_results": [lab["id"] for lab in labs]})
        return aid, head


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


def open_store(data_dir: Path | str | None, *, training: bool, os_user: str | None = None,
               site: SiteConfig | None = None, clock: Callable[[], datetime] | None = None,
               migrate: bool = False, db_user: str | None = None) -> Store:
    """Open the clinical or training records.

    ``data_dir`` is ``--data-dir`` (wins), else ``IMMUNOSEP_DATA_DIR``, else the per-user data
    folder; it holds the training database, the SQLite clinical database when the site names
    no server, and this workstation's audit-head file.  ``site`` is the ``SiteConfig`` (read
    from ``site.toml`` when ``None``).  ``migrate``/``db_user`` are for ``db migrate`` (IT,
    the database owner role).  Raises ``StoreError`` (subclasses: network share, corrupt
    file, wrong mode, unknown schema, server unreachable, …) with a sentence for the user.
    """
    from desktop_app.services.store_target import open_database

    user = os_user or current_os_user()
    db, folder, target = open_database(data_dir, training=training, os_user=user, site=site,
                                       clock=clock, migrate=migrate, db_user=db_user)
    return Store(db, training=training, os_user=user, data_dir=folder, target=target)
