"""`immunosep batch` through a subprocess: the public contract (options, JSON keys, exit codes)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desktop_app.core.rules import IMMUNOSEP_RULESET
from desktop_app.services.cohort import run_cohort

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
GERMAN, ENGLISH = DATA / "de_lis_export.csv", DATA / "en_lis_export.csv"


def batch(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "batch", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def batch_json(*args: str | Path) -> dict:  # type: ignore[type-arg]
    r = batch(*args, "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


@pytest.mark.parametrize("path", [GERMAN, ENGLISH, DATA / "long_loinc.csv"])
def test_json_contract_and_agreement_with_the_service(path: Path) -> None:
    data = batch_json(path)
    for key in ("rows_read", "classified", "cannot_classify", "rejected", "results",
                "rejected_rows"):
        assert key in data
    assert data["classified"] + data["cannot_classify"] + data["rejected"] == data["rows_read"]
    # Transparent: the rule that decided every row, its version and its source.
    assert data["ruleset_version"] == IMMUNOSEP_RULESET.version
    assert data["rule"] == list(IMMUNOSEP_RULESET.rule_text())
    assert data["source"]["doi"] == "10.1001/jama.2025.24175"
    for entry in data["results"]:
        assert {"row", "patient_id", "status", "phenotype", "treatment_arm", "reasons",
                "warnings"} <= set(entry)
        assert all(set(f) == {"code", "message", "params", "variant"}
                   for f in entry["reasons"] + entry["warnings"])
    for entry in data["rejected_rows"]:
        assert {"row", "patient_id", "reasons"} <= set(entry)
        assert all({"code", "message"} <= set(f) for f in entry["reasons"])
    # The GUI's cohort view shows run_cohort's rows: the CLI must agree row by row.
    now = datetime.fromisoformat(data["assessed_at"])
    service = run_cohort(path, now=now)
    assert [(e["rows"], e["patient_id"], e["status"], e["phenotype"],
             [f["code"] for f in e["reasons"]]) for e in data["results"]] == [
        (list(r.rows), r.patient_id, r.status.value,
         r.phenotype.value if r.phenotype else None, list(r.assessment.reason_codes()))
        for r in service.rows]
    assert [(e["row"], e["patient_id"]) for e in data["rejected_rows"]] == [
        (r.row, r.patient_id) for r in service.rejected_rows]


def test_german_export_counts() -> None:
    data = batch_json(GERMAN)
    assert (data["rows_read"], data["classified"], data["cannot_classify"], data["rejected"]) == (
        19, 7, 3, 9)  # "n.b." is cannot classify, not a rejection (issue 14)
    assert data["settings"]["encoding"] == "cp1252" and data["settings"]["decimal_comma"]
    by_row = {e["row"]: e for e in data["results"]}
    assert (by_row[2]["phenotype"], by_row[2]["treatment_arm"]) == ("mals", "anakinra")
    assert by_row[3]["phenotype"] == "immunoparalysis"
    rejected = {e["row"]: e for e in data["rejected_rows"]}
    assert rejected[10]["patient_id"] == "0018"
    assert rejected[10]["reasons"][0]["column"] == "Ferritin (µg/l)"


def test_results_and_rejected_files(tmp_path: Path) -> None:
    out, rej = tmp_path / "results.xlsx", tmp_path / "rejected.csv"
    r = batch(ENGLISH, "--out", out, "--rejected-out", rej)
    assert r.returncode == 0, r.stderr
    assert "18 data rows read: 7 classified, 5 cannot classify, 6 rejected" in r.stdout
    sheet = openpyxl.load_workbook(out).active
    assert sheet.max_row == 1 + 12
    assert sheet["C8"].value == "'=HYPERLINK(\"http://example.invalid/x\",\"x\")"
    assert rej.read_text(encoding="utf-8-sig").count("\n") == 1 + 6
    again = batch(ENGLISH, "--out", out)
    assert again.returncode == 2 and "already exists" in again.stderr
    assert batch(ENGLISH, "--out", out, "--force").returncode == 0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_sentences_on_request(tmp_path: Path, suffix: str) -> None:
    tables = {}
    for extra in ((), ("--sentences",)):
        out = tmp_path / f"results{len(extra)}{suffix}"
        r = batch(GERMAN, "--out", out, *extra)
        assert r.returncode == 0, r.stderr
        if suffix == ".csv":
            with open(out, encoding="utf-8-sig", newline="") as fh:
                tables[extra] = list(csv.reader(fh))
        else:
            tables[extra] = [[c.value for c in line] for line in
                             openpyxl.load_workbook(out).active.iter_rows()]
    terse, explained = tables[()], tables[("--sentences",)]
    assert "reasons" not in terse[0] and "reason_codes" in terse[0]
    assert explained[0][explained[0].index("reason_codes") + 1] == "reasons"
    assert explained[0][explained[0].index("warning_codes") + 1] == "warnings"
    reasons = explained[0].index("reasons")
    assert explained[1][reasons].startswith("Ferritin ")


def test_text_output_lists_every_row() -> None:
    r = batch(DATA / "units_in_header.csv")
    assert r.returncode == 0
    assert [line.split(":")[0] for line in r.stdout.splitlines()[:4]] == [
        "row 2", "row 3", "row 4", "row 5"]
    assert "4 data rows read" in r.stdout
    assert f"rule set {IMMUNOSEP_RULESET.version}, trial NCT04990232:" in r.stdout
    assert "  MALS: ferritin > 4420 ng/mL" in r.stdout


def test_mapping_and_unit_options() -> None:
    refused = batch_json(DATA / "no_unit.csv")
    assert refused["rejected"] == 2
    given = batch_json(DATA / "no_unit.csv", "--ferritin-unit", "ng/mL", "--hla-dr-unit", "AB/C",
                       "--column", "patient_id=patient_id", "--column", "sampled_at=sample_time")
    assert [e["phenotype"] for e in given["results"]] == ["mals", "immunoparalysis"]
    dates = batch_json(DATA / "ambiguous_dates.csv", "--time-format", "%d/%m/%Y %H:%M",
                       "--delimiter", "pipe")
    assert dates["rejected"] == 0


def test_reading_options(tmp_path: Path) -> None:
    text = "MRN;Sample time;Ferritin (µg/l);HLA-DR [AB/C]\nA;2025-03-01T08:00;4420,5;3000\n"
    path = tmp_path / "x.txt"
    path.write_bytes(text.encode("latin-1"))
    data = batch_json(path, "--encoding", "latin-1", "--delimiter", ";", "--decimal-comma")
    assert data["results"][0]["phenotype"] == "mals"
    assert batch_json(path, "--decimal-point")["rejected"] == 1  # 4420,5 refused, not guessed
    book = openpyxl.Workbook()
    book.active.title = "Info"
    labs = book.create_sheet("Labor")
    labs.append(["MRN", "Sample time", "Ferritin (ng/mL)", "HLA-DR [AB/C]"])
    labs.append(["A", datetime(2025, 3, 1, 8), 100, 3000])
    book.save(tmp_path / "labs.xlsx")
    assert batch_json(tmp_path / "labs.xlsx", "--sheet", "Labor")["classified"] == 1


@pytest.mark.parametrize(("args", "fragment"), [
    (["missing.csv"], "not found"),
    ([DATA / "de_lis_export.csv", "--column", "bogus=x"], "is not a field"),
    ([DATA / "de_lis_export.csv", "--column", "ferritin"], "FIELD=HEADER"),
    ([DATA / "de_lis_export.csv", "--column", "ferritin=Ferritn"], "no column is headed"),
    ([DATA / "de_lis_export.csv", "--ferritin-unit", "furlong"], "furlong"),
    ([DATA / "de_lis_export.csv", "--delimiter", "ab"], "--delimiter"),
    ([DATA / "de_lis_export.csv", "--encoding", "klingon"], "is not an encoding"),
    ([DATA / "de_lis_export.csv", "--out", "results.txt"], ".csv or .xlsx"),
    ([DATA / "de_lis_export.csv", "--layout", "long"], "long layout"),
    ([DATA / "de_lis_export.csv", "--sentences"], "--sentences needs --out"),
])
def test_unreadable_input_exits_2_with_one_line(args: list[object], fragment: str) -> None:
    r = batch(*args)  # type: ignore[arg-type]
    assert r.returncode == 2
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert fragment in r.stderr


def test_malformed_files_exit_2(tmp_path: Path) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\x01binary" * 100)
    quote = tmp_path / "quote.csv"
    quote.write_text('MRN,Ferritin (ng/mL)\nA,"5000\nB,100\n')
    bomb = tmp_path / "bomb.xlsx"
    import zipfile

    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * 20_000_000)
    for path, fragment in ((junk, "NUL"), (quote, "unmatched quote"), (bomb, "zip bomb")):
        r = batch(path, "--out", tmp_path / "out.csv")
        assert r.returncode == 2 and fragment in r.stderr, r.stderr
        assert not (tmp_path / "out.csv").exists()  # no partial output
