"""Writing and reading records inside one transaction: patients, lab results, assessments.

Records are immutable: a correction is a new assessment whose ``supersedes_id`` names the old
one, and "entered in error" is a separate mark with a reason.  Callers pass every time in; each
function takes an open ``Connection`` so that a save is one transaction.  Writers return the
stored row (id included) so that its audit entry can hash exactly what was stored
(``store.content``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, insert, select

from desktop_app.core.identifiers import check_identifier
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.phenotype import Assessment
from desktop_app.core.serialize import assessment_to_dict, inputs_to_dict
from desktop_app.core.values import InputError
from desktop_app.i18n import N_
from desktop_app.store import compact
from desktop_app.store.errors import RecordError
from desktop_app.store.reasons import RecordReason
from desktop_app.store.tables import (
    assessments,
    error_marks,
    import_batches,
    lab_results,
    patients,
)

Row = dict[str, Any]


@dataclass(frozen=True)
class Source:
    """Where values came from: typed in, or a file and its 1-based row number."""

    kind: str = "typed"  # "typed" | "file"
    file: str | None = None
    row: int | None = None

    @classmethod
    def typed(cls) -> Source:
        return cls()

    @classmethod
    def from_file(cls, file: str, row: int | None) -> Source:
        return cls("file", file, row)

    def __post_init__(self) -> None:
        if self.kind not in ("typed", "file"):
            raise ValueError(f"unknown source kind {self.kind!r}")
        if (self.kind == "file") != (self.file is not None):
            raise ValueError("a file source needs a file name; a typed source has none")

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "file": self.file, "row": self.row}


def utc_text(when: datetime) -> str:
    if when.tzinfo is None:
        raise ValueError("times must carry a time zone")
    return when.astimezone(UTC).isoformat()


# Text that cannot be stored, by what it is (a language agrees its words with the noun).
NOT_UTF8 = {
    "patient identifier": N_("The patient identifier contains bytes that are not valid UTF-8 "
                             "text; type it again."),
    "pseudonym": N_("The pseudonym contains bytes that are not valid UTF-8 text; type it "
                    "again."),
    "correction reason": N_("The correction reason contains bytes that are not valid UTF-8 "
                            "text; type it again."),
    "reason": N_("The reason contains bytes that are not valid UTF-8 text; type it again."),
}
#: {field}: the name of a stored column, shown as it is
NOT_UTF8_FIELD = N_("The {field} contains bytes that are not valid UTF-8 text; type it again.")
REASON_TO_MARK = N_("A reason is needed to mark a record as entered in error.")


def require_text(text: str | None, what: str) -> None:
    """Refuse text that cannot be stored as UTF-8 (undecodable bytes from a command line)."""
    try:
        (text or "").encode("utf-8")
    except UnicodeEncodeError:
        if what in NOT_UTF8:
            raise RecordError.worded("text_not_utf8", NOT_UTF8[what]) from None
        raise RecordError.worded("text_not_utf8", NOT_UTF8_FIELD, field=what) from None


def insert_row(conn: Connection, table: Table, values: Row) -> Row:
    """Insert ``values``; return the stored row (every column, the new id included)."""
    new_id = int(conn.execute(insert(table).values(values)).inserted_primary_key[0])
    return {**{c.name: None for c in table.columns}, **values, "id": new_id}


def clean_identifier(identifier: str) -> str:
    """The ward identifier, stripped (``core.identifiers.check_identifier``: refuses empty,
    over-long, control and invisible format characters)."""
    try:
        return check_identifier(identifier)
    except InputError as exc:
        if exc.code == "identifier_empty":
            raise RecordError.worded("identifier_empty", N_("A patient identifier is needed to "
                                                            "save an assessment.")) from None
        raise RecordError.of_finding(exc.code, exc) from None


def find_patient(conn: Connection, identifier: str) -> int | None:
    require_text(identifier, "patient identifier")
    return conn.execute(select(patients.c.id).where(
        patients.c.identifier == clean_identifier(identifier))).scalar_one_or_none()


def add_patient(conn: Connection, identifier: str, *, pseudonym: str | None,
                at: datetime) -> Row:
    require_text(identifier, "patient identifier")
    require_text(pseudonym, "pseudonym")
    return insert_row(conn, patients, dict(identifier=clean_identifier(identifier),
                                           pseudonym=pseudonym, created_at=at.isoformat()))


def lab_rows(inputs: PatientInputs) -> list[Row]:
    """One row per analyte present: value as entered, comparator, unit and canonical value."""
    rows = []
    f, h = inputs.ferritin, inputs.hla_dr
    if f is not None:
        rows.append(dict(analyte="ferritin", value_text=f.value.text.strip(),
                         comparator=f.value.comparator.value, value=format(f.value.value, "f"),
                         unit=f.unit.value, canonical_value=format(f.ng_per_ml, "f"),
                         canonical_unit="ng/mL",
                         sampled_at=f.sampled_at.isoformat() if f.sampled_at else None))
    if h is not None:
        usable = h.unit.is_quantitative
        rows.append(dict(analyte="hla_dr", value_text=h.value.text.strip(),
                         comparator=h.value.comparator.value, value=format(h.value.value, "f"),
                         unit=h.unit.value,
                         canonical_value=format(h.value.value, "f") if usable else None,
                         canonical_unit="AB/C" if usable else None,
                         sampled_at=h.sampled_at.isoformat() if h.sampled_at else None))
    return rows


def add_lab_results(conn: Connection, patient_id: int, inputs: PatientInputs, *,
                    assessment_id: int | None, source: Source, at: datetime) -> list[Row]:
    return [insert_row(conn, lab_results, dict(
        patient_id=patient_id, assessment_id=assessment_id, recorded_at=at.isoformat(),
        source_kind=source.kind, source_file=source.file, source_row=source.row, **row))
        for row in lab_rows(inputs)]


def earliest_sample(inputs: PatientInputs) -> datetime | None:
    times = [t for t in (inputs.ferritin and inputs.ferritin.sampled_at,
                         inputs.hla_dr and inputs.hla_dr.sampled_at) if t]
    return min(times) if times else None


def add_assessment(conn: Connection, patient_id: int, assessment: Assessment, *,
                   evidence_version: str | None, app_version: str, os_user: str,
                   source: Source, at: datetime, supersedes_id: int | None = None,
                   correction_reason: str | RecordReason | None = None) -> Row:
    """``correction_reason``: a clinician's words, or the app's reason with its code."""
    reason = (correction_reason if isinstance(correction_reason, RecordReason)
              else None if correction_reason is None else RecordReason(correction_reason))
    require_text(reason.text if reason else None, "correction reason")
    sampled = earliest_sample(assessment.inputs)
    return insert_row(conn, assessments, dict(
        patient_id=patient_id, supersedes_id=supersedes_id,
        **(reason.columns("correction_reason") if reason else {}),
        assessed_at=at.isoformat(), assessed_at_utc=utc_text(at),
        sampled_at_utc=utc_text(sampled) if sampled else None,
        status=assessment.status.value,
        phenotype=assessment.phenotype.value if assessment.phenotype else None,
        ruleset_version=assessment.ruleset.version, evidence_version=evidence_version,
        app_version=app_version, os_user=os_user, source_kind=source.kind,
        source_file=source.file, source_row=source.row,
        inputs_json=json.dumps(inputs_to_dict(assessment.inputs), ensure_ascii=False),
        result_json=json.dumps(assessment_to_dict(assessment, evidence_version=evidence_version),
                               ensure_ascii=False)))


def assessment_owner(conn: Connection, assessment_id: int) -> tuple[int, int | None]:
    """(patient id, id of the version that already supersedes it or None)."""
    row = conn.execute(select(assessments.c.patient_id).where(
        assessments.c.id == assessment_id)).first()
    if row is None:
        raise RecordError.worded("no_record", N_("There is no assessment #{id}."),
                                 id=assessment_id)
    newer = conn.execute(select(assessments.c.id).where(
        assessments.c.supersedes_id == assessment_id)).scalar_one_or_none()
    return int(row.patient_id), newer


def add_error_mark(conn: Connection, entity: str, entity_id: int, *,
                   reason: str | RecordReason, at: datetime, os_user: str) -> Row:
    """``reason``: a clinician's words, or the app's reason with its code (the inbox's)."""
    words = reason if isinstance(reason, RecordReason) else None
    reason = words.text if words else str(reason)
    require_text(reason, "reason")
    if not reason or not reason.strip():
        raise RecordError.worded("reason_needed", REASON_TO_MARK)
    if conn.execute(select(error_marks.c.id).where(
            error_marks.c.entity == entity, error_marks.c.entity_id == entity_id)).first():
        raise RecordError.worded("already_marked", N_("Assessment #{id} is already marked as "
                                                      "entered in error.")
                                 if entity == "assessment" else
                                 N_("Record #{id} is already marked as entered in error."),
                                 id=entity_id)
    return insert_row(conn, error_marks, dict(
        entity=entity, entity_id=entity_id, marked_at=at.isoformat(), os_user=os_user,
        **(words or RecordReason(reason.strip())).columns("reason")))


# How each mark of a stored assessment reads (translated where shown: ``tr(template, ...)``).
VERSION_NOTE_TEMPLATES = {
    "corrects": N_("corrects #{id}: {reason}"),
    "superseded_by": N_("superseded by #{id}"),
    "entered_in_error": N_("ENTERED IN ERROR: {reason}"),
}


@dataclass(frozen=True)
class VersionNote:
    """A mark on a stored assessment: ``code`` (a key of ``VERSION_NOTE_TEMPLATES``), the
    other assessment it names, and its reason (a clinician's words as typed, or the app's
    reason worded in each reader's language: ``RecordReason.localized``)."""

    code: str
    assessment_id: int | None = None
    reason: RecordReason | None = None

    @property
    def template(self) -> str:
        return VERSION_NOTE_TEMPLATES[self.code]

    def english(self) -> str:
        return self.template.format(id=self.assessment_id,
                                    reason=self.reason.text if self.reason else "")


@dataclass(frozen=True)
class HistoryEntry:
    """One stored assessment as the history lists it (all versions, with their links)."""

    assessment_id: int
    assessed_at: datetime
    sampled_at: datetime | None
    status: str
    phenotype: str | None
    ruleset_version: str
    evidence_version: str | None
    app_version: str
    os_user: str
    source: Source
    supersedes: int | None
    superseded_by: int | None
    correction_reason: str | None
    entered_in_error: bool
    error_reason: str | None
    inputs: dict[str, Any] = field(repr=False)
    result: dict[str, Any] = field(repr=False)
    import_id: int | None = None  # the import batch of an imported assessment
    # The template id and parameters (JSON) of a reason the app wrote (schema 0007), as stored.
    correction_reason_code: str | None = None
    correction_reason_params: str | None = field(default=None, repr=False)
    error_reason_code: str | None = None
    error_reason_params: str | None = field(default=None, repr=False)

    @property
    def is_current(self) -> bool:
        """Neither replaced by a correction nor marked entered in error."""
        return self.superseded_by is None and not self.entered_in_error

    @property
    def order_time(self) -> datetime:
        """Sample time where available, else the time of the assessment."""
        return self.sampled_at or self.assessed_at

    @property
    def correction(self) -> RecordReason | None:
        """Why this version was stored (with its code when the app wrote the reason)."""
        return RecordReason.stored(self.correction_reason, self.correction_reason_code,
                                   self.correction_reason_params)

    @property
    def error(self) -> RecordReason | None:
        """Why it was marked entered in error (with its code when the app wrote it)."""
        return RecordReason.stored(self.error_reason, self.error_reason_code,
                                   self.error_reason_params)

    def version_marks(self) -> list[VersionNote]:
        """Corrections and entered-in-error marks as codes; every view words them in its
        language (``report.words.version_note``)."""
        notes = []
        if self.supersedes is not None:
            notes.append(VersionNote("corrects", self.supersedes, self.correction))
        if self.superseded_by is not None:
            notes.append(VersionNote("superseded_by", self.superseded_by))
        if self.entered_in_error:
            notes.append(VersionNote("entered_in_error", None, self.error))
        return notes

    def version_notes(self) -> list[str]:
        """The marks in English (the FHIR narrative, logs)."""
        return [n.english() for n in self.version_marks()]

    def to_dict(self) -> dict[str, Any]:
        return {
            "assessment_id": self.assessment_id,
            "phenotype": self.phenotype,
            "status": self.status,
            "assessed_at": self.assessed_at.isoformat(),
            "sampled_at": self.sampled_at.isoformat() if self.sampled_at else None,
            "ruleset_version": self.ruleset_version,
            "evidence_version": self.evidence_version,
            "app_version": self.app_version,
            "os_user": self.os_user,
            "source": self.source.as_dict(),
            "supersedes": self.supersedes,
            "superseded_by": self.superseded_by,
            "correction_reason": self.correction_reason,
            "entered_in_error": self.entered_in_error,
            "error_reason": self.error_reason,
            "current": self.is_current,
            "inputs": self.inputs,
            # A reason the app wrote: its template id and parameters as stored (None for a
            # clinician's reason); the English sentence stays under the keys above.
            "correction_reason_code": self.correction_reason_code,
            "correction_reason_params": _json(self.correction_reason_params),
            "error_reason_code": self.error_reason_code,
            "error_reason_params": _json(self.error_reason_params),
        }


def _json(text: str | None) -> Any:
    """Stored JSON as data (``None``, or the text itself when it is not JSON: shown as it is
    stored, never dropped)."""
    try:
        return None if text is None else json.loads(text)
    except ValueError:
        return text


def patient_history(conn: Connection, patient_id: int) -> list[HistoryEntry]:
    """Every assessment of the patient, oldest first by sample time, else assessment time."""
    rows = conn.execute(
        select(assessments, import_batches.c.options_json, import_batches.c.decided_at)
        .outerjoin(import_batches, assessments.c.import_id == import_batches.c.id)
        .where(assessments.c.patient_id == patient_id)).all()
    ids = [r.id for r in rows]
    marks = {m.entity_id: m for m in conn.execute(
        select(error_marks.c.entity_id, error_marks.c.reason, error_marks.c.reason_code,
               error_marks.c.reason_params).where(
            error_marks.c.entity == "assessment", error_marks.c.entity_id.in_(ids)))}
    newer = {r.supersedes_id: r.id for r in rows if r.supersedes_id is not None}
    entries = []
    for r in rows:
        inputs, result = _contents(r)
        mark = marks.get(r.id)
        entries.append(HistoryEntry(
            assessment_id=r.id, assessed_at=datetime.fromisoformat(r.assessed_at),
            sampled_at=(datetime.fromisoformat(r.sampled_at_utc) if r.sampled_at_utc else None),
            status=r.status, phenotype=r.phenotype, ruleset_version=r.ruleset_version,
            evidence_version=r.evidence_version, app_version=r.app_version, os_user=r.os_user,
            source=Source(r.source_kind, r.source_file, r.source_row),
            supersedes=r.supersedes_id, superseded_by=newer.get(r.id),
            correction_reason=r.correction_reason, entered_in_error=mark is not None,
            error_reason=mark.reason if mark else None, inputs=inputs, result=result,
            import_id=r.import_id, correction_reason_code=r.correction_reason_code,
            correction_reason_params=r.correction_reason_params,
            error_reason_code=mark.reason_code if mark else None,
            error_reason_params=mark.reason_params if mark else None))
    entries.sort(key=lambda e: (e.order_time.astimezone(UTC),
                                e.assessed_at.astimezone(UTC), e.assessment_id))
    return entries


def _contents(r: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """(inputs, result) dicts of a stored assessment, typed (stored whole) or compact."""
    if compact.is_compact(r.inputs_json):
        return compact.render(
            inputs_json=r.inputs_json, result_json=r.result_json, status=r.status,
            phenotype=r.phenotype, ruleset_version=r.ruleset_version,
            evidence_version=r.evidence_version, options=r.options_json,
            decided_at=r.decided_at)
    return json.loads(r.inputs_json), json.loads(r.result_json)
