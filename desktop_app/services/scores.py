"""Scores around the phenotype as use cases: daily SOFA and the day-9 response, death,
eligibility checklist, HScore — saved with the patient, audited, corrected like any record.

    scores = read_scores(store, "BED-7")                   # every version, current ones marked
    save_daily_sofa(store, "BED-7", SofaEntry.from_calculator(text, decimal_comma=False),
                    day=1, now=now)                        # or SofaEntry.typed_total(9)
    scores.daily                                           # current daily SOFAs, by study day
    scores.day_nine(today)                                 # DayNine: the running measure
    save_death(store, "BED-7", died_on=date(...), now=now)
    save_eligibility(store, "BED-7", EligibilityEntry(...), now=now)  # with the assessment
    save_hscore(store, "BED-7", HScoreEntry(text), now=now)           # with the assessment
    # a correction: the same call with corrects=ID, reason="…"; entered in error:
    mark_score_in_error(store, "daily_sofa", record_id, reason="…", now=now)

Day 1 is the day of phenotyping.  The first daily SOFA saved fixes it (its date minus its
study day); every later one must fall on its own day of that course (a day's date and study day
always agree), so "day 3" on the command line needs no date once day 1 is known.  A day has at
most one current SOFA (a second is a correction); a SOFA or death is never dated after today,
and no SOFA after the death.  These checks run inside the write transaction, so two
workstations cannot both save day 3.

Stored inputs are the text as typed with the decimal-comma setting they were read with, so a
record can be recomputed and re-rendered in any language; the result as shown is stored beside
it (codes and parameters) with the table's version.  Every failure is a ``StoreError`` whose
text is a sentence for "Not saved: …"; ``RecordError`` for an operation these rules refuse.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop_app import __version__
from desktop_app.core.eligibility import ELIGIBILITY_VERSION, EligibilityResult, Status
from desktop_app.core.hscore import HSCORE_VERSION, HScoreResult
from desktop_app.core.hscore_entry import HScoreText
from desktop_app.core.response import (
    DailySofa,
    ResponseError,
    ResponseResult,
    day9_response,
    study_day,
)
from desktop_app.core.score_serialize import eligibility_to_dict, hscore_to_dict
from desktop_app.i18n import N_
from desktop_app.services.records import HistoryEntry, Store
from desktop_app.services.score_entries import (
    EligibilityEntry,
    HScoreEntry,
    SofaEntry,
    as_json,
)
from desktop_app.store import records as store_records
from desktop_app.store.errors import RecordError
from desktop_app.store.score_records import (
    KINDS,
    OTHER_PATIENT,
    REASON_TO_CORRECT,
    ScoreRecord,
    add_score_record,
    mark_in_error,
    record_owner,
    score_records,
)

if TYPE_CHECKING:
    from desktop_app.report.scores_section import ScoresSection

__all__ = ["KINDS", "CourseDay", "DayNine", "EligibilityEntry", "HScoreEntry", "PatientScores",
           "ScoreRecord", "SofaEntry", "checklist_result", "course_days", "hscore_result",
           "mark_score_in_error", "read_scores", "report_section", "save_daily_sofa",
           "save_death", "save_eligibility", "save_hscore"]


# -- what is stored ------------------------------------------------------------------------------

@dataclass(frozen=True)
class DayNine:
    """The day-9 measure as of ``today``, or why there is none yet (``problem``)."""

    today: date
    day1_date: date | None
    result: ResponseResult | None = None
    problem: ResponseError | None = None

    @property
    def current_day(self) -> int | None:
        return None if self.day1_date is None else study_day(self.day1_date, self.today)


@dataclass(frozen=True)
class PatientScores:
    """Every version of every score record of one patient (empty lists for a new patient)."""

    patient_id: str
    records: Mapping[str, list[ScoreRecord]]

    def versions(self, kind: str) -> list[ScoreRecord]:
        return list(self.records.get(kind, []))

    def current(self, kind: str) -> list[ScoreRecord]:
        return [r for r in self.versions(kind) if r.is_current]

    @property
    def daily(self) -> list[ScoreRecord]:
        """The current daily SOFAs, by study day."""
        return sorted(self.current("daily_sofa"), key=lambda r: r.values["study_day"])

    @property
    def death(self) -> ScoreRecord | None:
        found = self.current("death")
        return found[-1] if found else None

    @property
    def died_on(self) -> date | None:
        return None if self.death is None else date.fromisoformat(self.death.values["died_on"])

    @property
    def day1_date(self) -> date | None:
        return day_one(self.daily)

    def latest(self, kind: str, assessment_id: int | None = None) -> ScoreRecord | None:
        """The newest current eligibility checklist or HScore (of that assessment)."""
        found = [r for r in self.current(kind)
                 if assessment_id is None or r.values.get("assessment_id") == assessment_id]
        return found[-1] if found else None

    def day_nine(self, today: date) -> DayNine:
        """The trial's measure from the current daily SOFAs and the death, as of ``today``."""
        day1 = self.day1_date
        if day1 is None:
            return DayNine(today, None, problem=ResponseError(
                "day1_missing", "The SOFA of day 1 (the day of phenotyping) is needed: the "
                                "measure starts from it."))
        entries = [DailySofa(r.values["study_day"], r.values["total"],
                             r.values["assessed_components"]) for r in self.daily]
        died = self.died_on
        try:
            result = day9_response(entries, current_day=study_day(day1, today),
                                   died_on_day=None if died is None else study_day(day1, died))
        except ResponseError as exc:
            return DayNine(today, day1, problem=exc)
        return DayNine(today, day1, result=result)


@dataclass(frozen=True)
class CourseDay:
    """One day of the measure (days 1-9) as every view lists it."""

    day: int
    on: date
    sofa: int
    source: str  # "entered" | "carried_forward" | "pending" | "death"
    carried_from: int | None = None  # the day whose value is carried forward
    assessed_components: int | None = None
    record_id: int | None = None  # the stored daily SOFA used


def course_days(scores: PatientScores, nine: DayNine) -> list[CourseDay]:
    """Day 1 and days 2-9 of the measure with their dates and records (empty without one)."""
    r, day1 = nine.result, nine.day1_date
    if r is None or day1 is None:
        return []
    records = {rec.values["study_day"]: rec.record_id for rec in scores.daily}
    out = [CourseDay(1, day1, r.day1, "entered", None, r.day1_components, records.get(1))]
    for d in r.days:
        source = "pending" if d.pending else d.source.value
        out.append(CourseDay(d.day, day1 + timedelta(d.day - 1), d.sofa, source,
                             d.carried_from, d.assessed_components,
                             records.get(d.day) if source == "entered" else None))
    return out


def day_one(daily: list[ScoreRecord]) -> date | None:
    """The date of day 1 of a course of current daily SOFAs (each knows its day and date)."""
    for r in daily:
        return date.fromisoformat(r.values["sofa_date"]) - timedelta(r.values["study_day"] - 1)
    return None


def report_section(scores: PatientScores, today: date,
                   assessment_id: int | None = None) -> ScoresSection | None:
    """What the PDF prints about the stored scores: the checklist and HScore stored with the
    assessment (else the newest current ones), the day-9 measure as of ``today``; ``None``
    when nothing is stored.  Stored inputs are read again (text as typed, with the decimal
    setting they were read with), so the report renders them in its own language."""
    from desktop_app.report.scores_section import ScoresSection

    checklist = (scores.latest("eligibility", assessment_id)
                 or scores.latest("eligibility"))
    hscore = scores.latest("hscore", assessment_id) or scores.latest("hscore")
    nine = scores.day_nine(today) if scores.daily else None
    if checklist is None and hscore is None and nine is None:
        return None
    return ScoresSection(
        eligibility=None if checklist is None else checklist_result(checklist),
        eligibility_assessment=None if checklist is None else checklist.values["assessment_id"],
        response=None if nine is None else nine.result,
        day1_date=None if nine is None else nine.day1_date, as_of=today,
        response_missing="" if nine is None or nine.problem is None else nine.problem.code,
        hscore=None if hscore is None else hscore_result(hscore),
        hscore_assessment=None if hscore is None else hscore.values["assessment_id"])


def checklist_result(record: ScoreRecord) -> EligibilityResult:
    """A stored checklist read again through the core (its answers and the facts of its
    assessment as stored), to be rendered in any language.  ``InputError`` if the stored
    neutrophil count is no longer accepted."""
    return EligibilityEntry.from_json(record.values["answers_json"]).result()


def hscore_result(record: ScoreRecord) -> HScoreResult:
    """A stored HScore read again through the core: the nine values as typed, with the
    decimal setting they were read with."""
    return HScoreEntry(HScoreText(**record.values["inputs_json"]),
                       decimal_comma=bool(record.values["decimal_comma"])).result()


def read_scores(store: Store, patient: str) -> PatientScores:
    def read(conn: Any) -> PatientScores:
        pid = store.patient_key(conn, patient)
        return PatientScores(patient.strip(), {} if pid is None else score_records(conn, pid))
    return store.read_records(read)


# -- saving ---------------------------------------------------------------------------------------

def save_daily_sofa(store: Store, patient: str, entry: SofaEntry, *, now: datetime,
                    day: int | None = None, on: date | None = None,
                    corrects: int | None = None, reason: str | None = None) -> int:
    """Store one day's SOFA; return its record id.

    ``day`` (study day) and ``on`` (calendar date) are each optional: once day 1 is known the
    one gives the other, and they must agree; with neither, today (a correction: the day of
    the record it corrects).  Without a course yet, ``day`` alone is day 1 only (a later day
    needs its date).
    """
    values = entry.values()

    def work(conn: Any, pid: int, current: PatientScores) -> dict[str, Any]:
        course = [r for r in current.daily if r.record_id != corrects]
        wanted_day, wanted_on = day, on
        old = [r for r in current.daily if r.record_id == corrects]
        if old and day is None and on is None:  # a correction keeps its day unless told
            wanted_day = old[0].values["study_day"]
            wanted_on = date.fromisoformat(old[0].values["sofa_date"])
        placed_day, placed_on = _place(wanted_day, wanted_on, day_one(course), now.date())
        taken = next((r for r in course if r.values["study_day"] == placed_day), None)
        if taken is not None:
            raise RecordError.worded("day_taken", N_("Day {day} already has a SOFA (record "
                                                     "#{record}); correct that record instead."),
                                     day=placed_day, record=taken.record_id)
        died = current.died_on
        if died is not None and placed_on > died:
            raise RecordError.worded("after_death", N_("{date} is after the recorded death "
                                                       "({death}); no SOFA is kept after it."),
                                     date=placed_on, death=died)
        return {**values, "study_day": placed_day, "sofa_date": placed_on.isoformat()}

    return _save(store, "daily_sofa", patient, work, now=now, version=values["sofa_version"],
                 corrects=corrects, reason=reason)


def _place(day: int | None, on: date | None, day1: date | None, today: date
           ) -> tuple[int, date]:
    """(study day, date) of a daily SOFA, checked against the course's day 1 and today."""
    if day is not None and day < 1:
        raise RecordError.worded("before_day_one", N_("Day {day} is before day 1, the day of "
                                                      "phenotyping."), day=day)
    if day1 is None and on is None:
        if day not in (None, 1):
            raise RecordError.worded("date_needed", N_("The date of day {day} is needed: no "
                                                       "day 1 is recorded yet for this "
                                                       "patient."), day=day)
        on = today
    if day1 is None:
        assert on is not None
        day1 = on - timedelta((day or 1) - 1)
    if on is None:
        assert day is not None
        on = day1 + timedelta(day - 1)
    placed = study_day(day1, on)
    if day is not None and day != placed:
        raise RecordError.worded("wrong_day", N_("{date} is day {placed} of this patient's "
                                                 "course (day 1 is {day_one}), not day {day}."),
                                 date=on, placed=placed, day_one=day1, day=day)
    if placed < 1:
        raise RecordError.worded("before_day_one", N_("{date} is before day 1 ({day_one})."),
                                 date=on, day_one=day1)
    if on > today:
        raise RecordError.worded("after_today", N_("{date} is after today; a SOFA is recorded "
                                                   "for a day that has begun."), date=on)
    return placed, on


def save_death(store: Store, patient: str, *, died_on: date, now: datetime,
               corrects: int | None = None, reason: str | None = None) -> int:
    """Record the date of death (counted as SOFA 24 from that day in the day-9 measure)."""
    def work(conn: Any, pid: int, current: PatientScores) -> dict[str, Any]:
        other = [r for r in current.current("death") if r.record_id != corrects]
        if other:
            raise RecordError.worded("death_recorded", N_("A death is already recorded (record "
                                                          "#{record}); correct that record "
                                                          "instead."),
                                     record=other[-1].record_id)
        if died_on > now.date():
            raise RecordError.worded("after_today", N_("{date} is after today."), date=died_on)
        course = current.daily
        day1 = day_one(course)
        if day1 is not None and died_on < day1:
            raise RecordError.worded("before_day_one", N_("{date} is before day 1 ({day_one}) "
                                                          "of this patient's SOFA course."),
                                     date=died_on, day_one=day1)
        later = [r for r in course if date.fromisoformat(r.values["sofa_date"]) > died_on]
        if later:
            raise RecordError.worded("sofa_after_death", N_("Day {day} has a SOFA after that "
                                                            "date; correct or mark it first."),
                                     day=later[0].values["study_day"])
        return {"died_on": died_on.isoformat()}

    return _save(store, "death", patient, work, now=now, version="death-1", corrects=corrects,
                 reason=reason)


def save_eligibility(store: Store, patient: str, entry: EligibilityEntry, *, now: datetime,
                     assessment_id: int | None = None, corrects: int | None = None,
                     reason: str | None = None) -> int:
    """Store the checklist with an assessment of the patient (default: the newest current
    one), whose age and phenotype decide their criteria.  One current checklist per
    assessment: a second is a correction."""
    entry.result()  # refuse what cannot be read before opening a transaction

    def work(conn: Any, pid: int, current: PatientScores) -> dict[str, Any]:
        stored = _assessment(conn, pid, assessment_id, "eligibility")
        aid = stored.assessment_id
        used = entry.with_assessment(status=stored.status, phenotype=stored.phenotype,
                                     age=stored.inputs.get("age_years"))
        result = used.result()
        same = [r for r in current.current("eligibility")
                if r.values["assessment_id"] == aid and r.record_id != corrects]
        if same:
            raise RecordError.worded("checklist_recorded", N_(
                "Assessment #{assessment} already has an eligibility checklist (record "
                "#{record}); correct that record instead."),
                assessment=aid, record=same[-1].record_id)
        return dict(assessment_id=aid, answers_json=as_json(used.to_json()),
                    result_json=as_json(eligibility_to_dict(result)),
                    criteria_met=len(result.keys(Status.MET)),
                    criteria_failed=len(result.keys(Status.FAILED)),
                    criteria_unknown=len(result.keys(Status.UNKNOWN)),
                    eligibility_version=result.version)

    return _save(store, "eligibility", patient, work, now=now, version=ELIGIBILITY_VERSION,
                 corrects=corrects, reason=reason)


def save_hscore(store: Store, patient: str, entry: HScoreEntry, *, now: datetime,
                assessment_id: int | None = None, corrects: int | None = None,
                reason: str | None = None) -> int:
    """Store an HScore with an assessment of the patient (default: the newest current one).
    Only a complete HScore (all nine variables) is stored."""
    result = entry.result()
    if result.score is None or result.probability is None:
        raise RecordError.worded("hscore_incomplete", N_("The HScore needs all nine variables "
                                                         "before it can be saved."))
    score, percent = result.score, result.probability.percent

    def work(conn: Any, pid: int, current: PatientScores) -> dict[str, Any]:
        return dict(assessment_id=_assessment(conn, pid, assessment_id, "hscore").assessment_id,
                    inputs_json=as_json(asdict(entry.text)),
                    decimal_comma=int(entry.decimal_comma), score=score,
                    probability_percent=percent, result_json=as_json(hscore_to_dict(result)),
                    hscore_version=result.version)

    return _save(store, "hscore", patient, work, now=now, version=HSCORE_VERSION,
                 corrects=corrects, reason=reason)


# The assessment a checklist or HScore would be stored with is missing.
_NO_ASSESSMENT = {
    "eligibility": N_("This patient has no saved assessment yet; save the assessment first (the "
                      "checklist is stored with it)."),
    "hscore": N_("This patient has no saved assessment yet; save the assessment first (the "
                 "HScore is stored with it)."),
}


def mark_score_in_error(store: Store, kind: str, record_id: int, *, reason: str,
                        now: datetime) -> None:
    """Mark a score record entered in error (it stays stored and listed, and no longer counts)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of score record {kind!r}")
    if not reason or not reason.strip():
        raise RecordError.worded("reason_needed", store_records.REASON_TO_MARK)
    store.write_records(lambda conn: (None, mark_in_error(
        conn, kind, record_id, reason=reason.strip(), at=now, os_user=store.os_user)))


def _save(store: Store, kind: str, patient: str, build: Any, *, now: datetime, version: str,
          corrects: int | None, reason: str | None) -> int:
    """One write transaction: the patient (created if new), the checks of ``build(conn, pid,
    current scores)`` which returns the kind's columns, the row and its audit entry."""
    if corrects is not None and (not reason or not reason.strip()):
        raise RecordError.worded("reason_needed", REASON_TO_CORRECT[kind])

    def work(conn: Any) -> tuple[int, Any]:
        pid: int | None
        if corrects is not None:
            pid = record_owner(conn, kind, corrects)
            if pid != store.patient_key(conn, patient):
                raise RecordError.worded("other_patient", OTHER_PATIENT[kind], id=corrects)
        else:
            pid = store.patient_key(conn, patient, now=now)
        assert pid is not None
        current = PatientScores(patient, score_records(conn, pid))
        row, head = add_score_record(
            conn, kind, pid, build(conn, pid, current), at=now, os_user=store.os_user,
            app_version=__version__, version=version, supersedes_id=corrects,
            correction_reason=reason.strip() if reason else None)
        return int(row["id"]), head

    return store.write_records(work)


def _assessment(conn: Any, pid: int, wanted: int | None, kind: str) -> HistoryEntry:
    """The assessment a checklist or HScore (``kind``) is stored with: ``wanted`` (the
    patient's), else the patient's newest current one."""
    history = store_records.patient_history(conn, pid)
    if wanted is not None:
        found = [e for e in history if e.assessment_id == wanted]
        if not found:
            raise RecordError.worded("other_patient", N_("Assessment #{id} is not one of this "
                                                         "patient's."), id=wanted)
        return found[0]
    current = [e for e in history if e.is_current]
    if not current:
        raise RecordError.worded("no_assessment", _NO_ASSESSMENT[kind])
    return current[-1]
