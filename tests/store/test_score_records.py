"""Score records (issue 17): daily SOFA, death, eligibility checklist, HScore — stored with the
patient, audited with their content (H41), corrected and marked like assessments, and the
day-9 measure from what is stored.  Every test runs on SQLite and PostgreSQL (``backend``)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import date, timedelta

import pytest

from desktop_app.core.eligibility import Answer, Status
from desktop_app.core.hscore_entry import HScoreText
from desktop_app.core.response import DaySource
from desktop_app.core.sofa_entry import SofaText
from desktop_app.services.records import RecordError
from desktop_app.services.scores import (
    EligibilityEntry,
    HScoreEntry,
    SofaEntry,
    mark_score_in_error,
    read_scores,
    save_daily_sofa,
    save_death,
    save_eligibility,
    save_hscore,
)
from desktop_app.store import content

from .conftest import T0

DAY1 = T0.date()  # 2026-11-20
CALCULATOR = SofaText(pao2="9.5", pao2_unit="kPa", fio2="0.4", ventilated=True,
                      platelets="85", bilirubin="34", bilirubin_unit="umol/L", map="65",
                      no_catecholamines=True, gcs="14", creatinine="172",
                      creatinine_unit="umol/L", urine_output="1200")
HSCORE = HScoreText(immunosuppression=False, temperature="39.5", organomegaly="both",
                    cytopenias="2", ferritin=">40000", ferritin_unit="ng/mL",
                    triglycerides="3.2", fibrinogen="1.8", fibrinogen_unit="g/L", ast="85",
                    haemophagocytosis=False)


def on_day(n: int, hours: int = 2):
    """A moment on study day ``n`` (day 1 = T0's date)."""
    return T0 + timedelta(days=n - 1, hours=hours)


def sofa(store, day: int, total: int, *, patient: str = "BED-7", **kw) -> int:
    return save_daily_sofa(store, patient, SofaEntry.typed_total(total), day=day,
                           now=kw.pop("now", on_day(day)), **kw)


def test_every_kind_is_stored_and_read_back(store, make_assessment):
    aid = store.save_assessment("BED-7", make_assessment("6000", "3000"), evidence_version="ev",
                                now=T0)
    calc = save_daily_sofa(store, "BED-7", SofaEntry.from_calculator(CALCULATOR), day=1,
                           now=on_day(1))
    typed = sofa(store, 2, 9)
    death = save_death(store, "BED-7", died_on=DAY1 + timedelta(3), now=on_day(5))
    elig = save_eligibility(store, "BED-7", EligibilityEntry({"sepsis_3": Answer.YES},
                                                             anc="1250,5", decimal_comma=True),
                            now=on_day(1))
    hs = save_hscore(store, "BED-7", HScoreEntry(HSCORE), now=on_day(1))
    scores = read_scores(store, "BED-7")
    first, second = scores.daily
    assert (first.record_id, first.values["study_day"], first.values["sofa_date"]) == (
        calc, 1, "2026-11-20")
    assert first.values["method"] == "calculator" and first.values["decimal_comma"] == 0
    assert first.values["inputs_json"]["pao2"] == "9.5"  # as typed
    assert first.values["result_json"]["total"] == first.values["total"] == 9
    assert first.values["assessed_components"] == 6
    assert first.values["sofa_version"].startswith("sofa-1.0")
    assert (second.record_id, second.values["method"], second.values["total"],
            second.values["inputs_json"]) == (typed, "total", 9, None)
    assert scores.death.record_id == death and scores.died_on == date(2026, 11, 23)
    checklist = scores.latest("eligibility")
    assert checklist.record_id == elig and checklist.values["assessment_id"] == aid
    # Age and phenotype come from the assessment the checklist is stored with.
    assert checklist.values["answers_json"]["age"] == "60"
    assert checklist.values["answers_json"]["phenotype"] == "mals"
    assert checklist.values["result_json"]["criteria_met"] == [
        "age_18_or_over", "sepsis_3", "immune_phenotype", "age_under_18"]
    assert (checklist.values["criteria_met"], checklist.values["criteria_unknown"]) == (4, 10)
    h = scores.latest("hscore")
    assert (h.record_id, h.values["score"], h.values["probability_percent"]) == (hs, 254, ">99")
    assert h.values["inputs_json"]["ferritin"] == ">40000"
    assert store.verify_audit().ok
    counts = store.counts()
    assert (counts["daily_sofa"], counts["deaths"], counts["eligibility_checks"],
            counts["hscores"]) == (2, 1, 1, 1)


def test_each_record_has_its_audit_entry_with_the_content_hash(store, backend,
                                                              make_assessment):
    store.save_assessment("BED-7", make_assessment("6000", "3000"), evidence_version="ev",
                          now=T0)
    rid = sofa(store, 1, 11)
    new = sofa(store, 1, 12, corrects=rid, reason="misread the chart")
    mark_score_in_error(store, "daily_sofa", new, reason="wrong patient", now=on_day(1, 3))
    rows = backend.query("SELECT action, entity, entity_id, content_hash, detail FROM "
                         "audit_log WHERE seq > 2 ORDER BY seq")
    assert [(a, e, int(i)) for a, e, i, _, _ in rows] == [
        ("create", "daily_sofa", rid), ("correct", "daily_sofa", new),
        ("mark_in_error", "error_mark", 1)]
    assert all(content.version_of(r[3]) == "c2" for r in rows)
    assert json.loads(rows[1][4])["supersedes"] == rid
    assert json.loads(rows[2][4]) == {"target": "daily_sofa", "target_id": new}
    # No identifier and no value in any entry.
    text = " ".join(str(c) for r in backend.query("SELECT * FROM audit_log") for c in r)
    assert "BED-7" not in text and "misread" not in text and '"total"' not in text
    assert store.verify_audit().ok


@pytest.mark.parametrize(("table", "change"), [
    ("daily_sofa", "total = 3"),
    ("daily_sofa", "sofa_date = '2026-11-21'"),
    ("daily_sofa", "inputs_json = replace(inputs_json, '9.5', '95')"),
    ("deaths", "died_on = '2026-11-25'"),
    ("eligibility_checks", "answers_json = replace(answers_json, 'yes', 'no')"),
    ("hscores", "score = 100"),
    ("hscores", "patient_id = 2"),
])
def test_a_score_changed_outside_the_app_breaks_its_entry(store, backend, make_assessment,
                                                          table, change):
    store.save_assessment("BED-7", make_assessment("6000", "3000"), evidence_version="ev",
                          now=T0)
    store.save_assessment("BED-8", make_assessment("100", "9000"), evidence_version="ev",
                          now=T0)
    save_daily_sofa(store, "BED-7", SofaEntry.from_calculator(CALCULATOR), day=1,
                    now=on_day(1))
    save_death(store, "BED-7", died_on=DAY1 + timedelta(1), now=on_day(3))
    save_eligibility(store, "BED-7", EligibilityEntry({"sepsis_3": Answer.YES}), now=on_day(1))
    save_hscore(store, "BED-7", HScoreEntry(HSCORE), now=on_day(1))
    assert store.verify_audit().ok
    backend.tamper(f"UPDATE {table} SET {change}")
    report = store.verify_audit()
    assert not report.ok and "no longer matches what was recorded" in report.problem
    entity = backend.query(f"SELECT entity FROM audit_log WHERE seq = {report.broken_seq}")
    assert entity[0][0] in {"daily_sofa", "death", "eligibility", "hscore"}


def test_a_score_record_without_an_entry_is_found(store, backend):
    sofa(store, 1, 11)
    backend.tamper(
        "INSERT INTO deaths (patient_id, recorded_at, recorded_at_utc, os_user, app_version, "
        "died_on) VALUES (1, '2026-11-20T09:00:00+00:00', '2026-11-20T09:00:00+00:00', 'x', "
        "'1', '2026-11-20')")
    report = store.verify_audit()
    assert not report.ok and report.problem == "death record record #1 has no audit entry"


def test_corrections_and_entered_in_error_like_assessments(store):
    first = sofa(store, 1, 11)
    second = sofa(store, 1, 12, corrects=first, reason="misread")
    with pytest.raises(RecordError, match="already corrected by #2; correct the newest"):
        sofa(store, 1, 13, corrects=first, reason="again")
    with pytest.raises(RecordError, match="A reason is needed"):
        sofa(store, 1, 13, corrects=second, reason=" ")
    mark_score_in_error(store, "daily_sofa", second, reason="wrong bed", now=on_day(1))
    with pytest.raises(RecordError, match="marked as entered in error; enter a new one"):
        sofa(store, 1, 13, corrects=second, reason="x")
    with pytest.raises(RecordError, match="marked as entered in error"):
        mark_score_in_error(store, "daily_sofa", second, reason="twice", now=on_day(1))
    with pytest.raises(RecordError, match="no daily SOFA #99"):
        mark_score_in_error(store, "daily_sofa", 99, reason="x", now=on_day(1))
    versions = read_scores(store, "BED-7").versions("daily_sofa")
    assert [(v.record_id, v.supersedes, v.superseded_by, v.entered_in_error, v.is_current)
            for v in versions] == [(1, None, 2, False, False), (2, 1, None, True, False)]
    assert versions[1].correction_reason == "misread" and versions[1].error_reason == "wrong bed"
    assert read_scores(store, "BED-7").daily == []  # nothing current: day 1 may be entered anew
    sofa(store, 1, 10)
    other = sofa(store, 1, 9, patient="BED-8")
    with pytest.raises(RecordError, match="belongs to another patient"):
        sofa(store, 1, 8, corrects=other, reason="x")
    assert store.verify_audit().ok


def test_the_course_keeps_each_day_on_its_date(store):
    with pytest.raises(RecordError, match="The date of day 3 is needed: no day 1 is recorded"):
        sofa(store, 3, 10)
    save_daily_sofa(store, "BED-7", SofaEntry.typed_total(10), day=3, on=DAY1 + timedelta(2),
                    now=on_day(3))  # day 3 first: day 1 is two days before
    assert read_scores(store, "BED-7").day1_date == DAY1
    sofa(store, 1, 12, now=on_day(3))
    with pytest.raises(RecordError, match=r"Day 3 already has a SOFA \(record #1\); correct that"):
        sofa(store, 3, 9)
    with pytest.raises(RecordError, match=r"2026-11-22 is day 3 of this patient's course \(day 1 "
                                          r"is 2026-11-20\), not day 2"):
        save_daily_sofa(store, "BED-7", SofaEntry.typed_total(9), day=2,
                        on=DAY1 + timedelta(2), now=on_day(4))
    with pytest.raises(RecordError, match="is after today"):
        sofa(store, 5, 9, now=on_day(4))
    with pytest.raises(RecordError, match="before day 1"):
        save_daily_sofa(store, "BED-7", SofaEntry.typed_total(9), on=DAY1 - timedelta(1),
                        now=on_day(4))
    # The date alone places the day; the day alone gives the date.
    by_date = save_daily_sofa(store, "BED-7", SofaEntry.typed_total(9),
                              on=DAY1 + timedelta(3), now=on_day(4))
    by_day = sofa(store, 2, 11, now=on_day(4))
    days = {r.record_id: (r.values["study_day"], r.values["sofa_date"])
            for r in read_scores(store, "BED-7").daily}
    assert days[by_date] == (4, "2026-11-23") and days[by_day] == (2, "2026-11-21")


def test_death_rules(store):
    sofa(store, 1, 11)
    sofa(store, 3, 14)
    with pytest.raises(RecordError, match="Day 3 has a SOFA after that date"):
        save_death(store, "BED-7", died_on=DAY1 + timedelta(1), now=on_day(4))
    with pytest.raises(RecordError, match="before day 1"):
        save_death(store, "BED-7", died_on=DAY1 - timedelta(1), now=on_day(4))
    with pytest.raises(RecordError, match="after today"):
        save_death(store, "BED-7", died_on=DAY1 + timedelta(5), now=on_day(4))
    first = save_death(store, "BED-7", died_on=DAY1 + timedelta(3), now=on_day(5))
    with pytest.raises(RecordError, match=r"A death is already recorded \(record #1\); correct"):
        save_death(store, "BED-7", died_on=DAY1 + timedelta(4), now=on_day(5))
    with pytest.raises(RecordError, match="after the recorded death"):
        sofa(store, 5, 20, now=on_day(6))
    save_death(store, "BED-7", died_on=DAY1 + timedelta(2), now=on_day(5), corrects=first,
               reason="date of the certificate")
    assert read_scores(store, "BED-7").died_on == DAY1 + timedelta(2)


def test_checklist_and_hscore_go_with_an_assessment(store, make_assessment):
    entry = EligibilityEntry({"sepsis_3": Answer.YES})
    with pytest.raises(RecordError, match="no saved assessment yet; save the assessment first "
                                          r"\(the checklist is stored with it\)"):
        save_eligibility(store, "BED-7", entry, now=T0)
    with pytest.raises(RecordError, match="the HScore is stored with it"):
        save_hscore(store, "BED-7", HScoreEntry(HSCORE), now=T0)
    with pytest.raises(RecordError, match="needs all nine variables"):
        save_hscore(store, "BED-7", HScoreEntry(HScoreText(temperature="39")), now=T0)
    old = store.save_assessment("BED-7", make_assessment("100", "3000"), evidence_version="e",
                                now=T0)
    new = store.save_assessment("BED-7", make_assessment("100", "9000", day=1),
                                evidence_version="e", now=T0 + timedelta(days=1))
    other = store.save_assessment("BED-8", make_assessment("9000", "9000"), evidence_version="e",
                                  now=T0)
    first = save_eligibility(store, "BED-7", entry, now=T0)  # the newest current: new
    with pytest.raises(RecordError, match=f"Assessment #{new} already has an eligibility"):
        save_eligibility(store, "BED-7", entry, now=T0)
    with pytest.raises(RecordError, match=f"Assessment #{other} is not one of this patient's"):
        save_eligibility(store, "BED-7", entry, now=T0, assessment_id=other)
    on_old = save_eligibility(store, "BED-7", entry, now=T0, assessment_id=old)
    scores = read_scores(store, "BED-7")
    assert scores.latest("eligibility", new).record_id == first
    assert scores.latest("eligibility", old).record_id == on_old
    # Each checklist answers the laboratory criterion from its own assessment.
    assert scores.latest("eligibility", old).values["result_json"]["criteria_met"] == [
        "age_18_or_over", "sepsis_3", "immune_phenotype", "age_under_18"]
    assert "immune_phenotype" in scores.latest("eligibility", new).values["result_json"][
        "criteria_failed"]  # unclassified
    with pytest.raises(ValueError, match="age_18_or_over: answered from the data entered"):
        save_eligibility(store, "BED-7", EligibilityEntry({"age_18_or_over": Answer.NO}),
                         now=T0, assessment_id=old)


def test_sap_worked_examples_from_the_stored_course(store):
    """docs/scores.md: a death on day 5, and missing days carried forward."""
    for day, total in ((1, 11), (2, 10), (3, 9), (4, 8)):
        sofa(store, day, total)
    save_death(store, "BED-7", died_on=DAY1 + timedelta(4), now=on_day(5))
    nine = read_scores(store, "BED-7").day_nine(DAY1 + timedelta(4))
    r = nine.result
    assert nine.current_day == 5 and r is not None
    assert [d.sofa for d in r.days] == [10, 9, 8, 24, 24, 24, 24, 24]
    assert r.arithmetic == ("11 − (10 + 9 + 8 + 24 + 24 + 24 + 24 + 24) / 8 = 11 − 147/8 = "
                            "11 − 18.375 = −7.375")
    assert (r.responder, r.provisional) == (False, False)  # final on the day of death

    for day, total in ((1, 12), (2, 10), (4, 9), (7, 6)):
        sofa(store, day, total, patient="BED-8")
    scores = read_scores(store, "BED-8")
    on_day_10 = scores.day_nine(DAY1 + timedelta(9)).result
    assert [d.sofa for d in on_day_10.days] == [10, 10, 9, 9, 9, 6, 6, 6]
    assert [d.source for d in on_day_10.days].count(DaySource.CARRIED_FORWARD) == 5
    assert (float(on_day_10.decrease), on_day_10.responder) == (3.875, True)
    on_day_7 = scores.day_nine(DAY1 + timedelta(6)).result
    assert on_day_7.provisional and on_day_7.responder is None
    assert on_day_7.pending_days == (8, 9) and float(on_day_7.decrease) == 3.875


def test_no_day_one_is_said_in_words(store):
    nine = read_scores(store, "NOBODY").day_nine(DAY1)
    assert nine.result is None and nine.problem.code == "day1_missing"
    save_daily_sofa(store, "BED-7", SofaEntry.typed_total(9), day=2, on=DAY1 + timedelta(1),
                    now=on_day(2))
    nine = read_scores(store, "BED-7").day_nine(DAY1 + timedelta(1))
    assert nine.day1_date == DAY1 and nine.problem.code == "day1_missing"


def test_two_workstations_saving_the_same_day_store_one(backend):
    """The day's check and the insert share one write transaction: one save wins."""
    stores = [backend.open(), backend.open()]
    sofa(stores[0], 1, 10)
    outcomes: list[object] = []
    barrier = threading.Barrier(2)

    def save(store, total: int) -> None:
        barrier.wait()
        try:
            outcomes.append(sofa(store, 2, total))
        except RecordError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=save, args=(s, t)) for s, t in zip(stores, (8, 9),
                                                                          strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(type(o).__name__ for o in outcomes) == ["RecordError", "int"]
    assert len(read_scores(stores[0], "BED-7").daily) == 2
    for s in stores:
        s.close()


def test_the_command_line_stores_and_reads_the_course(backend):
    """``sofa --save``, ``death`` and ``response`` on this engine (PostgreSQL: site.toml)."""
    env = backend.process_env()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop_app", *args, "--patient-id",
                               "BED-7", "--data-dir", str(backend.data_dir)],
                              capture_output=True, text=True, timeout=120, env=env)

    assert cli("sofa", "--total", "11", "--day", "1", "--date", "2026-11-20",
               "--save").returncode == 0
    assert cli("sofa", "--total", "10", "--day", "2", "--save").returncode == 0
    assert cli("death", "--date", "2026-11-22").returncode == 0
    r = cli("response", "--on", "2026-11-23", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [d["sofa"] for d in data["days"]] == [10] + [24] * 7
    assert (data["decrease"], data["responder"]) == (11 - 178 / 8, False)
    with backend.open() as store:
        assert [r.values["total"] for r in read_scores(store, "BED-7").daily] == [11, 10]
        assert store.verify_audit().ok


def test_the_report_section_reads_the_stored_records_again(store, make_assessment):
    from desktop_app.services.scores import report_section

    assert report_section(read_scores(store, "BED-7"), DAY1) is None
    first = store.save_assessment("BED-7", make_assessment("6000", "3000"),
                                  evidence_version="ev", now=T0)
    second = store.save_assessment("BED-7", make_assessment("100", "9000", day=1),
                                   evidence_version="ev", now=T0)
    save_eligibility(store, "BED-7", EligibilityEntry({"sepsis_3": Answer.YES}), now=T0,
                     assessment_id=first)
    save_hscore(store, "BED-7", HScoreEntry(HSCORE), now=T0, assessment_id=first)
    save_daily_sofa(store, "BED-7", SofaEntry.typed_total(9), day=2, on=DAY1 + timedelta(1),
                    now=on_day(2))
    section = report_section(read_scores(store, "BED-7"), DAY1 + timedelta(1), first)
    assert section is not None and section.eligibility is not None
    stored = read_scores(store, "BED-7").latest("eligibility")
    assert list(section.eligibility.keys(Status.MET)) == stored.values["result_json"][
        "criteria_met"]
    assert (section.eligibility_assessment, section.hscore_assessment) == (first, first)
    assert section.hscore.score == 254 and section.response is None
    assert section.response_missing == "day1_missing"
    other = report_section(read_scores(store, "BED-7"), DAY1 + timedelta(1), second)
    assert other.eligibility_assessment == first  # none with #2: the newest current one
