"""`immunosep assess` and `immunosep evidence` through a subprocess: the public contract."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_assess_json_contract() -> None:
    r = run("assess", "--ferritin", "9932", "--ferritin-unit", "pmol/L", "--hla-dr", "3000",
            "--age", "60", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    for key in ("status", "phenotype", "treatment_arm", "reasons", "warnings", "criteria",
                "inputs", "ruleset_version", "evidence_version"):
        assert key in data
    assert (data["status"], data["phenotype"], data["treatment_arm"]) == (
        "classified", "mals", "anakinra")
    assert {"code", "message"} <= set(data["reasons"][0])
    assert "both_criteria_met" in [r["code"] for r in data["reasons"]]
    assert data["inputs"]["ferritin"]["conversion"] == "9932 pmol/L ÷ 2.247 ≈ 4420.12 ng/mL"


def test_cannot_classify_exits_zero() -> None:
    r = run("assess", "--ferritin", ">3000", "--json")
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert (data["status"], data["phenotype"], data["treatment_arm"]) == (
        "cannot_classify", None, None)
    assert data["reasons"][0]["code"] == "ferritin_indeterminate"


def test_decimal_comma_and_defaults() -> None:
    r = run("assess", "--ferritin", "4420,5", "--decimal-comma", "--json")
    assert json.loads(r.stdout)["phenotype"] == "mals"
    r = run("assess", "--ferritin", "100", "--hla-dr", "4999", "--json")  # ng/mL and AB/C
    assert json.loads(r.stdout)["phenotype"] == "immunoparalysis"


@pytest.mark.parametrize(("args", "option"), [
    (["--ferritin", "4,420"], "--ferritin"),
    (["--ferritin", "-5"], "--ferritin"),
    (["--ferritin", "nan"], "--ferritin"),
    (["--ferritin", "5000", "--ferritin-unit", "mg/L"], "--ferritin-unit"),
    (["--ferritin", "100", "--hla-dr", "1e3"], "--hla-dr"),
    (["--ferritin", "100", "--hla-dr", "10", "--hla-dr-unit", "cells"], "--hla-dr-unit"),
    (["--ferritin", "100", "--ferritin-sampled", "24/11/2026 08:00"], "--ferritin-sampled"),
])
def test_invalid_input_exits_2_naming_the_option(args: list[str], option: str) -> None:
    r = run("assess", *args)
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and option in lines[0]


def test_text_output_is_readable() -> None:
    r = run("assess", "--ferritin", "1000")
    assert r.returncode == 0
    assert "Result: Cannot classify" in r.stdout
    assert "HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed" in r.stdout
    assert "immunosep-rule-1.0" in r.stdout


def test_evidence_json_contract() -> None:
    r = run("evidence", "--json")
    assert r.returncode == 0
    data = json.loads(r.stdout)
    primary = data["comparisons"]["primary_overall"]
    assert primary["treated"] == {"label": "precision immunotherapy", "events": 46, "total": 131}
    assert primary["control"]["events"] == 26 and primary["control"]["total"] == 145
    assert primary["published"]["p_value"] == ".002"
    rec = primary["recomputed"]
    assert set(rec) >= {"p_value", "odds_ratio", "or_ci", "risk_difference", "rd_ci"}
    assert rec["odds_ratio"] == 2.477 and rec["or_ci"] == [1.421, 4.317]
    assert all(a["agrees"] for c in data["comparisons"].values() for a in c["agreement"])


def test_evidence_text_side_by_side() -> None:
    r = run("evidence")
    assert r.returncode == 0
    assert "2.48 (1.42 to 4.32)" in r.stdout and "2.477 (1.421 to 4.317)" in r.stdout
    assert " NO" not in r.stdout


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("immunosep ")
    help_text = run("--help").stdout
    assert "assess" in help_text and "evidence" in help_text


@pytest.mark.parametrize("args", [
    ("--ferritin", "1000", "--hla-dr", "45", "--hla-dr-unit", "%"),
    ("--ferritin", "9932", "--ferritin-unit", "pmol/L", "--hla-dr", "3000", "--age", "60"),
    ("--ferritin", ">3000", "--hla-dr", "3000", "--age", "12"),
])
def test_text_output_shows_sentences_and_no_internal_code(args: tuple[str, ...]) -> None:
    data = json.loads(run("assess", *args, "--json").stdout)
    codes = [f["code"] for f in data["reasons"] + data["warnings"]]
    assert codes  # the JSON keeps them, for programs
    text = run("assess", *args).stdout
    for finding in data["reasons"] + data["warnings"]:
        assert finding["message"] in text
    for code in codes:
        assert code not in text
    assert not re.search(r"\[[a-z0-9]+_[a-z0-9_]+\]", text)
