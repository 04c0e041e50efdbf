"""Exports: formula neutralisation of every text cell, numbers as numbers, atomic writes
(hazards H19, H22)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_app.services.cohort import run_cohort
from desktop_app.services.cohort_export import (
    REJECTED_COLUMNS,
    RESULT_COLUMNS,
    SENTENCE_COLUMNS,
    TableWriter,
    rejected_to_dict,
    result_columns,
    row_to_dict,
    write_rejected,
    write_results,
)
from desktop_app.services.spreadsheet_safety import (
    FORMULA_TRIGGERS,
    neutralise,
    safe_cell,
    safe_xlsx_cell,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
NOW = datetime(2025, 12, 1, tzinfo=UTC)
PAYLOADS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1",
            "\0=1", "=cmd|' /C calc'!A0", "==", "-", "@", "+", "=", "ok", "", "µg/L", " =1"]


@pytest.mark.parametrize("text", PAYLOADS)
def test_no_text_cell_starts_with_a_trigger(text: str) -> None:
    for out in (neutralise(text), safe_cell(text), safe_xlsx_cell(text)):
        assert isinstance(out, str)
        assert not out or out[0] not in FORMULA_TRIGGERS
        assert out in (text, "'" + text) or "\ufffd" in out  # nothing but the apostrophe added


@pytest.mark.parametrize("number", [-5, 0, 4420, 4420.5, Decimal("-4420.0001"), Decimal("1E+3")])
def test_numbers_stay_numbers(number: object) -> None:
    assert safe_cell(number) == number
    assert isinstance(safe_xlsx_cell(number), int | float)
    assert safe_cell(True) == "True"  # a bool is not a lab number


def _hostile_file(write) -> Path:  # type: ignore[no-untyped-def]
    rows = "".join(f'"{p.replace(chr(34), chr(34) * 2)}",2025-03-01T08:{i:02d},{100 + i},3000\n'
                   for i, p in enumerate(PAYLOADS) if "\0" not in p)  # NUL: not a text file
    return write("MRN,Sample time,Ferritin (ng/mL),HLA-DR [AB/C]\n" + rows +
                 "X,2025-03-01T09:00,=1+1,3000\nY,2025-03-01T09:00,100,-5\n")


@pytest.mark.parametrize("sentences", [False, True])
def test_csv_export_neutralises_text_and_keeps_numbers(write, tmp_path: Path,
                                                       sentences: bool) -> None:
    result = run_cohort(_hostile_file(write), now=NOW)
    out, rejected = tmp_path / "results.csv", tmp_path / "rejected.csv"
    write_results(result.rows, out, sentences=sentences)
    write_rejected(result.rejected_rows, rejected)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert tuple(table[0]) == result_columns(sentences)
    with open(rejected, encoding="utf-8-sig", newline="") as fh:
        table_rejected = list(csv.reader(fh))
    for line in table[1:] + table_rejected:
        for cell in line:
            assert not cell or cell[0] not in FORMULA_TRIGGERS, cell
    ids = [line[2] for line in table[1:]]
    assert "'=HYPERLINK(\"http://x\",\"y\")" in ids and "'-2+3" in ids
    value = table[1][RESULT_COLUMNS.index("ferritin_value")]
    assert value == "100"  # a number, unquoted, no apostrophe


def test_sentence_columns_only_on_request(tmp_path: Path) -> None:
    result = run_cohort(DATA / "de_lis_export.csv", now=NOW)
    tables = {}
    for sentences in (False, True):
        out = tmp_path / f"results-{sentences}.csv"
        write_results(result.rows, out, sentences=sentences)
        with open(out, encoding="utf-8-sig", newline="") as fh:
            tables[sentences] = list(csv.DictReader(fh))
    assert SENTENCE_COLUMNS == ("reasons", "warnings")
    assert not set(SENTENCE_COLUMNS) & set(tables[False][0])
    assert len(tables[False]) == len(tables[True]) == len(result.rows)
    for terse, explained, row in zip(tables[False], tables[True], result.rows, strict=True):
        assert terse == {k: v for k, v in explained.items() if k not in SENTENCE_COLUMNS}
        assert explained["reasons"] == " | ".join(f.message for f in row.assessment.reasons)
        assert explained["warnings"] == " | ".join(f.message for f in row.findings)
    assert any(line["warnings"] for line in tables[True])


def test_xlsx_export_has_numeric_cells_and_no_formulas(write, tmp_path: Path) -> None:
    result = run_cohort(_hostile_file(write), now=NOW)
    out = tmp_path / "results.xlsx"
    write_results(result.rows, out)
    write_rejected(result.rejected_rows, tmp_path / "rejected.xlsx")
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert tuple(header) == RESULT_COLUMNS
    for row in sheet.iter_rows(min_row=2):
        for c in row:
            assert c.data_type != "f", c.value
            if isinstance(c.value, str):
                assert c.value[0] not in FORMULA_TRIGGERS
        assert row[0].data_type == "n"  # row number
        assert row[RESULT_COLUMNS.index("ferritin_value")].data_type == "n"
    rejected = openpyxl.load_workbook(tmp_path / "rejected.xlsx").active
    assert tuple(c.value for c in rejected[1]) == REJECTED_COLUMNS
    assert rejected.max_row - 1 == sum(len(r.reasons) for r in result.rejected_rows)


def test_existing_file_is_never_replaced_without_force(tmp_path: Path) -> None:
    result = run_cohort(DATA / "units_in_header.csv", now=NOW)
    out = tmp_path / "results.csv"
    out.write_text("keep me")
    with pytest.raises(FileExistsError):
        write_results(result.rows, out)
    assert out.read_text() == "keep me"
    write_results(result.rows, out, force=True)
    assert out.read_text(encoding="utf-8-sig").startswith("row,rows,patient_id")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.csv"]  # no temporary left


def test_failed_export_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "results.csv"
    writer = TableWriter(out, RESULT_COLUMNS)
    writer.write([1, "x"])
    writer.abort()
    assert list(tmp_path.iterdir()) == []

    def broken():  # type: ignore[no-untyped-def]
        yield from run_cohort(DATA / "units_in_header.csv", now=NOW).rows[:1]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_results(broken(), out)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError):
        TableWriter(tmp_path / "results.txt", RESULT_COLUMNS)


def test_json_rows_carry_the_contract_keys() -> None:
    result = run_cohort(DATA / "en_lis_export.csv", now=NOW)
    entry = row_to_dict(result.rows[0])
    assert {"row", "patient_id", "status", "phenotype", "treatment_arm", "reasons",
            "warnings"} <= set(entry)
    assert entry["reasons"][0].keys() == {"code", "message", "params", "variant"}
    rej = rejected_to_dict(result.rejected_rows[0])
    assert {"row", "patient_id", "reasons"} <= set(rej)
    assert {"code", "message"} <= set(rej["reasons"][0])
