"""The score records on the command line (issue 17): ``sofa --save``, ``response``, ``death``,
``hscore --save``, ``eligibility``, ``score-records`` — through a subprocess, on a database in a
temporary data folder.  The SAP's worked examples give the numbers of docs/scores.md."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INTERNAL_CODE = re.compile(r"\b(sofa|hscore|response|eligibility|criterion)_[a-z_]+\b")
FULL_HSCORE = ("--temperature", "39.5", "--organomegaly", "both", "--cytopenias", "2",
               "--ferritin", "12000", "--triglycerides", "3.2", "--fibrinogen", "1.8",
               "--ast", "85", "--haemophagocytosis", "no", "--immunosuppression", "no")


@pytest.fixture
def cli(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("IMMUNOSEP_SITE_CONFIG", None)

    def run(*args: str, patient: str | None = "BED-7") -> subprocess.CompletedProcess[str]:
        who = ["--patient-id", patient] if patient else []
        return subprocess.run([sys.executable, "-m", "desktop_app", *args, *who,
                               "--data-dir", str(data)], capture_output=True, text=True,
                              encoding="utf-8", timeout=120, env=env)
    run.data = data
    return run


def one_line_error(r: subprocess.CompletedProcess[str], starts: str) -> str:
    assert r.returncode == 2 and r.stdout == "", (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"immunosep: error: {starts}"), r.stderr
    assert lines[0].rstrip().endswith((".", ")")), "a whole sentence"
    return lines[0]


def test_sap_example_with_missing_days_through_the_command_line(cli):
    for day, total, on in ((1, "12", "2026-11-20"), (2, "10", None), (4, "9", None),
                           (7, "6", None)):
        args = ["sofa", "--total", total, "--day", str(day), "--save"]
        r = cli(*args, *(["--date", on] if on else []))
        assert r.returncode == 0, r.stderr
        assert f"Saved: daily SOFA record {day if day < 3 else (3 if day == 4 else 4)}, " \
               f"day {day} (2026-11-" in r.stdout
    r = cli("response", "--on", "2026-11-29", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["day1"], data["mean_days_2_9"], data["decrease"]) == (12, 8.125, 3.875)
    assert (data["responder"], data["provisional"]) == (True, False)
    assert [(d["day"], d["sofa"], d["source"]) for d in data["days"]] == [
        (2, 10, "entered"), (3, 10, "carried_forward"), (4, 9, "entered"),
        (5, 9, "carried_forward"), (6, 9, "carried_forward"), (7, 6, "entered"),
        (8, 6, "carried_forward"), (9, 6, "carried_forward")]
    assert data["days"][0]["date"] == "2026-11-21" and data["days"][0]["record_id"] == 2
    running = json.loads(cli("response", "--on", "2026-11-26", "--json").stdout)
    assert (running["decrease"], running["responder"], running["provisional"]) == (
        3.875, None, True)
    assert running["pending_days"] == [8, 9]
    text = cli("response", "--on", "2026-11-29").stdout
    assert "12 − (10 + 10 + 9 + 9 + 9 + 6 + 6 + 6) / 8 = 12 − 65/8 = 12 − 8.125 = 3.875" in text
    assert "research endpoint" in text and "not a treatment target" in text
    assert "Day 3 (2026-11-22): 10 — missing, carried forward from day 2." in text
    assert not INTERNAL_CODE.search(text), INTERNAL_CODE.search(text)


def test_sap_example_with_a_death_on_day_5(cli):
    for day, total in ((1, "11"), (2, "10"), (3, "9"), (4, "8")):
        r = cli("sofa", "--total", total, "--day", str(day), "--save",
                *(["--date", "2026-11-20"] if day == 1 else []))
        assert r.returncode == 0, r.stderr
    r = cli("death", "--date", "2026-11-24")
    assert r.returncode == 0 and "Saved: death record 1 (2026-11-24)." in r.stdout
    data = json.loads(cli("response", "--on", "2026-11-24", "--json").stdout)
    assert [d["sofa"] for d in data["days"]] == [10, 9, 8, 24, 24, 24, 24, 24]
    assert [d["source"] for d in data["days"]][3:] == ["death"] * 5
    assert (data["decrease"], data["responder"], data["provisional"]) == (-7.375, False, False)
    assert data["died_on"] == "2026-11-24"


def test_calculator_values_are_stored_as_typed_and_the_day_follows_from_day_1(cli):
    r = cli("sofa", "--pao2", "9,5", "--pao2-unit", "kPa", "--fio2", "0,4", "--ventilated",
            "yes", "--platelets", "85", "--decimal-comma", "--day", "1", "--date",
            "2026-11-20", "--save", "--json")
    assert r.returncode == 0, r.stderr
    saved = json.loads(r.stdout)
    assert (saved["record_id"], saved["study_day"], saved["date"]) == (1, 1, "2026-11-20")
    assert (saved["total"], saved["assessed_components"], saved["method"]) == (5, 2,
                                                                             "calculator")
    listed = json.loads(cli("score-records", "--json").stdout)["records"]["daily_sofa"][0]
    assert listed["inputs_json"]["pao2"] == "9,5" and listed["decimal_comma"] == 1
    r = cli("sofa", "--platelets", "40", "--date", "2026-11-22", "--save", "--json")
    assert json.loads(r.stdout)["study_day"] == 3
    # An incomplete day is used as entered and flagged.
    data = json.loads(cli("response", "--on", "2026-11-22", "--json").stdout)
    assert {w["code"] for w in data["warnings"]} == {"response_incomplete_day"}


def test_corrections_and_entered_in_error(cli):
    cli("sofa", "--total", "11", "--day", "1", "--date", "2026-11-20", "--save")
    r = cli("sofa", "--total", "12", "--save", "--corrects", "1", "--reason", "misread")
    assert r.returncode == 0 and "daily SOFA record 2, day 1 (2026-11-20)" in r.stdout
    r = cli("sofa", "--total", "13", "--save", "--corrects", "1", "--reason", "again")
    assert "not saved: The daily SOFA #1 was already corrected by #2" in one_line_error(
        r, "not saved: ")
    r = cli("score-records", "--mark-in-error", "daily_sofa", "2", "--reason", "wrong bed")
    assert r.returncode == 0 and "Marked entered in error: Daily SOFA, record 2." in r.stdout
    assert "record 2, saved" in r.stdout and "ENTERED IN ERROR: wrong bed" in r.stdout
    data = json.loads(cli("response", "--on", "2026-11-21", "--json").stdout)
    assert data["problem"]["code"] == "day1_missing" and data["responder"] is None
    assert "No measure yet: the SOFA of day 1" in cli("response").stdout


def test_hscore_and_eligibility_are_stored_with_the_assessment(cli):
    r = cli("hscore", *FULL_HSCORE, "--save")
    assert "no saved assessment yet; save the assessment first" in one_line_error(
        r, "not saved: ")
    assert cli("assess", "--ferritin", "12000", "--hla-dr", "3000", "--age", "60",
               "--save").returncode == 0
    r = cli("hscore", *FULL_HSCORE, "--save", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["score"], data["record_id"], data["assessment_id"]) == (254, 1, 1)
    r = cli("eligibility", "--answer", "sepsis_3=yes", "--answer", "do_not_resuscitate=no",
            "--anc", "1200", "--save", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["record_id"] == 1 and data["assessment_id"] == 1
    # Age and phenotype come from the stored assessment.
    assert data["criteria_met"] == ["age_18_or_over", "sepsis_3", "immune_phenotype",
                                    "age_under_18", "do_not_resuscitate"]
    assert "neutropenia" in data["criteria_unknown"]  # 1200: the two sources disagree
    text = cli("eligibility", "--answer", "sepsis_3=yes", "--age", "60", "--phenotype",
               "unclassified", patient=None).stdout
    assert "[not met] Laboratory signs of MALS" in text and "[absent] Age under 18" in text
    assert "may not apply outside it" in text and "does not block a phenotype" in text
    assert not INTERNAL_CODE.search(text), INTERNAL_CODE.search(text)


@pytest.mark.parametrize(("args", "option"), [
    (["sofa", "--total", "9", "--save"], "--save needs --patient-id"),
    (["sofa", "--total", "25", "--day", "1", "--save", "--patient-id", "P"], "--total: "),
    (["sofa", "--total", "9", "--components", "7", "--save", "--patient-id", "P"],
     "--components: "),
    (["sofa", "--total", "9", "--gcs", "14", "--save", "--patient-id", "P"], "--total: "),
    (["sofa", "--components", "5", "--save", "--patient-id", "P"], "--components goes with"),
    (["sofa", "--gcs", "14", "--day", "0", "--save", "--patient-id", "P"], "--day: "),
    (["sofa", "--gcs", "14", "--day", "2"], "--day and --date place a stored SOFA"),
    (["sofa", "--gcs", "14", "--date", "20.11.2026", "--save", "--patient-id", "P"],
     "--date: "),
    (["sofa", "--gcs", "14", "--save", "--patient-id", "P", "--corrects", "1"],
     "--corrects needs --reason"),
    (["sofa", "--gcs", "14", "--reason", "x"], "--reason goes with --corrects"),
    (["response"], "--patient-id ID is needed"),
    (["response", "--patient-id", "P", "--on", "2026-13-01"], "--on: "),
    (["death", "--patient-id", "P", "--date", "yesterday"], "--date: "),
    (["eligibility", "--answer", "sepsis_3=maybe"], "--answer: "),
    (["eligibility", "--answer", "sepsis_3=yes", "--answer", "sepsis_3=no"], "--answer: "),
    (["eligibility", "--phenotype", "hlh"], "--phenotype: "),
    (["eligibility", "--age", "60", "--save", "--patient-id", "P"],
     "--age and --phenotype come from the stored assessment"),
    (["hscore", "--temperature", "39", "--assessment-id", "1"], "--assessment-id names"),
    (["score-records", "--patient-id", "P", "--mark-in-error", "sofa", "1", "--reason", "x"],
     "--mark-in-error: "),
    (["score-records", "--patient-id", "P", "--mark-in-error", "death", "1"],
     "--mark-in-error needs --reason"),
])
def test_invalid_options_exit_2_with_one_sentence_naming_the_option(cli, args, option):
    one_line_error(cli(*args, patient=None), option)


def test_a_record_the_rules_refuse_is_not_saved(cli):
    r = cli("sofa", "--total", "9", "--day", "3", "--save")
    assert "The date of day 3 is needed" in one_line_error(r, "not saved: ")
    cli("sofa", "--total", "9", "--day", "1", "--date", "2026-11-20", "--save")
    r = cli("sofa", "--total", "9", "--day", "1", "--save")
    assert "Day 1 already has a SOFA (record #1)" in one_line_error(r, "not saved: ")
    r = cli("death", "--date", "2026-11-19")
    assert "before day 1" in one_line_error(r, "not saved: ")


def _unshare_works() -> bool:
    return bool(shutil.which("unshare")) and subprocess.run(
        ["unshare", "-rm", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs unshare (user + mount namespaces)")
def test_a_store_that_cannot_be_written_says_not_saved(cli):
    assert cli("sofa", "--total", "9", "--day", "1", "--save").returncode == 0
    data = cli.data
    # A read-only mount refuses writes even to root (file modes would not).
    script = (f'mount --bind "{data}" "{data}" && mount -o remount,bind,ro "{data}" && '
              f'exec "{sys.executable}" -m desktop_app sofa --total 8 --day 1 --save '
              f'--patient-id BED-8 --data-dir "{data}"')
    r = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True,
                       timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert "read-only" in one_line_error(r, "not saved: ")


def test_report_prints_the_stored_scores_on_page_one(cli, tmp_path):
    from pypdf import PdfReader

    values = ("--ferritin", "12000", "--hla-dr", "3000", "--age", "60")
    assert cli("assess", *values, "--save").returncode == 0
    for day, on in (("1", "2026-11-20"), ("2", "2026-11-21")):
        assert cli("sofa", "--total", "11" if day == "1" else "9", "--day", day, "--date", on,
                   "--save").returncode == 0
    assert cli("hscore", *FULL_HSCORE, "--save").returncode == 0
    out = tmp_path / "r.pdf"
    r = cli("report", *values, "--with-scores", "--out", str(out))
    assert r.returncode == 0, r.stderr
    reader = PdfReader(str(out))
    page = "".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1
    assert "Day-9SOFA:" in page and "Thetrial'sresearchendpoint,notatreatmenttarget." in page
    assert "HScore254:HLHprobability>99%.Anaid,notadiagnosis" in page
    plain = tmp_path / "plain.pdf"
    assert cli("report", *values, "--out", str(plain)).returncode == 0
    assert "Day-9" not in PdfReader(str(plain)).pages[0].extract_text()
