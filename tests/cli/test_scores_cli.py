"""`immunosep sofa` and `immunosep hscore` through a subprocess: the public contract (issue 17)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

ORGANS = ("respiration", "coagulation", "liver", "cardiovascular", "cns", "renal")
VARIABLES = ("immunosuppression", "temperature", "organomegaly", "cytopenias", "ferritin",
             "triglycerides", "fibrinogen", "ast", "haemophagocytosis")
FULL_SOFA = ("--pao2", "9.5", "--pao2-unit", "kPa", "--fio2", "0.4", "--ventilated", "yes",
             "--platelets", "85", "--bilirubin", "34", "--bilirubin-unit", "umol/L",
             "--map", "65", "--no-catecholamines", "--gcs", "14", "--creatinine", "172",
             "--creatinine-unit", "µmol/L", "--urine-output", "1200")
FULL_HSCORE = ("--temperature", "39.5", "--organomegaly", "both", "--cytopenias", "2",
               "--ferritin", "12000", "--triglycerides", "3.2", "--fibrinogen", "1.8",
               "--ast", "85", "--haemophagocytosis", "no", "--immunosuppression", "no")
INTERNAL_CODE = re.compile(r"\b(sofa|hscore|unit|response|eligibility)_[a-z_]+\b")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_sofa_json_contract() -> None:
    r = run("sofa", *FULL_SOFA, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["total"], data["assessed_components"]) == (9, 6)  # 3+2+1+1+1+1
    assert tuple(data["components"]) == ORGANS
    for organ in ORGANS:
        assert {"points", "assessed", "reason"} <= set(data["components"][organ])
        assert {"code", "params", "message"} <= set(data["components"][organ]["reason"])
    points = {o: data["components"][o]["points"] for o in ORGANS}
    assert points == {"respiration": 3, "coagulation": 2, "liver": 1, "cardiovascular": 1,
                      "cns": 1, "renal": 1}
    assert data["inputs"]["bilirubin"]["converted_unit"] == "mg/dL"
    assert data["version"].startswith("sofa-")


def test_sofa_missing_components_are_not_assessed_never_zero() -> None:
    r = run("sofa", "--platelets", "85", "--json")
    data = json.loads(r.stdout)
    assert r.returncode == 0
    assert (data["total"], data["assessed_components"]) == (2, 1)
    cns = data["components"]["cns"]
    assert (cns["points"], cns["assessed"]) == (None, False)
    assert cns["reason"]["code"] == "sofa_missing"
    assert data["summary"]["message"].startswith("SOFA 2 from 1 of 6 organ systems")


def test_sofa_text_output_shows_reasons_and_no_internal_code() -> None:
    r = run("sofa", *FULL_SOFA)
    assert r.returncode == 0, r.stderr
    assert "SOFA 9 of 24; all 6 organ systems assessed." in r.stdout
    assert "Bilirubin 34 µmol/L ÷ 17.1 ≈ 1.99 mg/dL: 1.2 ≤ 1.99 < 2.0 → 1 of 4 points." in r.stdout
    assert not INTERNAL_CODE.search(r.stdout), INTERNAL_CODE.search(r.stdout)


def test_sofa_decimal_comma_only_when_declared() -> None:
    assert run("sofa", "--fio2", "0,4").returncode == 2
    r = run("sofa", "--pao2", "60", "--pao2-unit", "mmHg", "--fio2", "0,5", "--ventilated", "no",
            "--decimal-comma", "--json")
    assert json.loads(r.stdout)["components"]["respiration"]["points"] == 2


@pytest.mark.parametrize(("args", "option"), [
    (["--fio2", "40"], "--fio2"),
    (["--fio2", "1.2"], "--fio2"),
    (["--pao2", "60"], "--pao2-unit"),
    (["--pao2", "60", "--pao2-unit", "bar"], "--pao2-unit"),
    (["--bilirubin", "20", "--bilirubin-unit", "mmol/L"], "--bilirubin-unit"),
    (["--gcs", "16"], "--gcs"),
    (["--gcs", "14.5"], "--gcs"),
    (["--platelets", "1e3"], "--platelets"),
    (["--platelets", "4,420"], "--platelets"),
    (["--map", "<65"], "--map"),
    (["--ventilated", "maybe"], "--ventilated"),
    (["--norepinephrine", "0.1", "--no-catecholamines"], "--no-catecholamines"),
    (["--creatinine", "-1", "--creatinine-unit", "mg/dL"], "--creatinine"),
])
def test_sofa_invalid_input_exits_2_with_one_line_naming_the_option(args: list[str],
                                                                    option: str) -> None:
    r = run("sofa", *args)
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"immunosep: error: {option}: "), r.stderr


def test_hscore_json_contract() -> None:
    r = run("hscore", *FULL_HSCORE, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    # 0 + 49 + 38 + 24 + 50 + 44 + 30 + 19 + 0 = 254 -> at or above the last row: ">99"
    assert (data["score"], data["probability_percent"]) == (254, ">99")
    assert tuple(data["components"]) == VARIABLES
    for variable in VARIABLES:
        assert {"points", "assessed", "reason"} <= set(data["components"][variable])
    assert data["statements"][0]["code"] == "hscore_aid_not_diagnosis"


def test_hscore_between_rows_reports_the_row_at_or_below() -> None:
    args = list(FULL_HSCORE)
    args[args.index("--organomegaly") + 1] = "none"  # 254 - 38 = 216
    data = json.loads(run("hscore", *args, "--json").stdout)
    assert (data["score"], data["probability_percent"]) == (216, "93")
    assert data["probability"]["table_row"] == 210
    assert data["probability"]["next_row"] == {"score": 220, "percent": "96"}


def test_hscore_with_a_variable_left_out_gives_no_score_but_its_range() -> None:
    args = list(FULL_HSCORE)
    del args[args.index("--haemophagocytosis"):args.index("--haemophagocytosis") + 2]
    r = run("hscore", *args, "--json")
    data = json.loads(r.stdout)
    assert r.returncode == 0
    assert (data["score"], data["probability_percent"]) == (None, None)
    assert data["possible"] == [254, 289]
    assert data["components"]["haemophagocytosis"]["assessed"] is False


def test_hscore_text_says_aid_not_diagnosis_and_shows_no_internal_code() -> None:
    r = run("hscore", *FULL_HSCORE)
    assert r.returncode == 0, r.stderr
    assert "not a diagnosis" in r.stdout and "not been validated in ICU" in r.stdout
    assert not INTERNAL_CODE.search(r.stdout), INTERNAL_CODE.search(r.stdout)


@pytest.mark.parametrize(("args", "option"), [
    (["--temperature", "101"], "--temperature"),
    (["--organomegaly", "large"], "--organomegaly"),
    (["--cytopenias", "4"], "--cytopenias"),
    (["--ferritin", "5000", "--ferritin-unit", "mg/L"], "--ferritin-unit"),
    (["--fibrinogen", "2,5"], "--fibrinogen"),
    (["--haemophagocytosis", "perhaps"], "--haemophagocytosis"),
])
def test_hscore_invalid_input_exits_2_naming_the_option(args: list[str], option: str) -> None:
    r = run("hscore", *args)
    assert r.returncode == 2 and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"immunosep: error: {option}: "), r.stderr
