"""Every output renders the one result: the compiled row templates write exactly what the
row renderers write for each single row (CSV with and without sentences, JSON, XLSX), for the
golden files and for hostile texts; XLSX numbers are numeric only where exact (H06)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.lab_import import ImportOptions
from desktop_app.services.cohort import run_cohort
from desktop_app.services.cohort_export import (
    RESULT_COLUMNS,
    ResultsWriter,
    TableWriter,
    write_json,
    write_rejected,
    write_results,
)
from desktop_app.services.cohort_rows import NumberText, result_columns
from desktop_app.services.row_templates import csv_line, json_text
from desktop_app.services.spreadsheet_safety import FORMULA_TRIGGERS
from desktop_app.services.xlsx_writer import exact_number

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
NOW = datetime(2025, 12, 1, tzinfo=UTC)
GOLDEN = sorted(p.name for p in DATA.glob("*.csv"))
HOSTILE_IDS = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "a,b", 'quo"te',
               "{0}", "%s%d", "\ue000row\ue001", "\ue002", "Müller", "<b>x</b>", "a;b",
               "'lead", " spaced ", "tab\tin"]
# Value cells are quoted inside findings' sentences (part of a cell, not a whole one).
HOSTILE_VALUES = ["=1+1", "-5", "\x014420", "4420\ufffe", "+4420", "@x", "x\ry", "\ue000",
                  "<b>1</b>", "_x0041_", "a&b"]


def _hostile(tmp: Path) -> Path:
    lines = ["MRN,Sample time,Ferritin (ng/mL),HLA-DR [AB/C],Age"]
    for i, pid in enumerate(HOSTILE_IDS):
        quoted = '"' + pid.replace('"', '""') + '"'
        lines.append(f"{quoted},2025-03-01T08:{i:02d},{4000 + 100 * i},{3000 + 300 * i},"
                     f"{['', '60', '>=18', '17'][i % 4]}")
    for i, value in enumerate(HOSTILE_VALUES):
        quoted = '"' + value.replace('"', '""') + '"'
        lines.append(f"V{i},2025-03-02T08:{i:02d},{quoted},{quoted},60")
    path = tmp / "hostile.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _results(name: str, tmp: Path):  # type: ignore[no-untyped-def]
    path = _hostile(tmp) if name == "hostile" else DATA / name
    return run_cohort(path, ImportOptions(), now=NOW)


@pytest.mark.parametrize("name", [*GOLDEN, "hostile"])
def test_templates_write_what_each_row_renders(name: str, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    result = _results(name, tmp_path)
    with caplog.at_level(logging.WARNING):
        for sentences in (False, True):
            rows = ResultsWriter(result, sentences=sentences)
            direct = "".join(csv_line(rows.cells(k)) for k in range(rows.n))  # type: ignore[arg-type]
            assert "".join(rows.csv_chunks()) == direct
        rows = ResultsWriter(result)
        entries = "\n".join(rows.json_chunks("\n"))
        assert entries == "\n".join(json_text(rows.entry(k))  # type: ignore[arg-type]
                                     for k in range(rows.n))
    assert not [r for r in caplog.records if "template" in r.getMessage()]


@pytest.mark.parametrize("name", ["boundaries.csv", "long_loinc.csv", "hostile"])
@pytest.mark.parametrize("sentences", [False, True])
def test_xlsx_writes_what_each_row_renders(name: str, sentences: bool, tmp_path: Path) -> None:
    result = _results(name, tmp_path)
    fast, slow = tmp_path / "fast.xlsx", tmp_path / "slow.xlsx"
    write_results(result, fast, sentences=sentences)
    writer = TableWriter(slow, result_columns(sentences))
    rows = ResultsWriter(result, sentences=sentences)
    for k in range(rows.n):
        writer.write(rows.cells(k))  # type: ignore[arg-type]
    writer.close()
    assert _cells(fast) == _cells(slow)


def _cells(path: Path) -> list[list[tuple[str, object]]]:
    book = openpyxl.load_workbook(path)
    return [[(c.data_type, c.value) for c in row] for row in book.active.iter_rows()]


def test_xlsx_values_are_numbers_only_when_exact(tmp_path: Path) -> None:
    result = _results("boundaries.csv", tmp_path)
    out = tmp_path / "results.xlsx"
    write_results(result, out)
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    by_id = {row[2].value: row for row in sheet.iter_rows(min_row=2)}
    value, ng_ml = header.index("ferritin_value"), header.index("ferritin_ng_ml")
    hla = header.index("hla_dr_value")
    b02 = by_id["B02"]  # MALS by 1e-20: a float would show 4420
    assert (b02[value].value, b02[value].data_type) == ("4420.00000000000000000001", "s")
    assert b02[hla].value == "4999.99999999999999999999"
    assert b02[header.index("phenotype")].value == "mals"
    b09 = by_id["B09"]  # 9931.75 pmol/L in ng/mL: 34 digits, written exactly
    assert b09[ng_ml].value == "4420.004450378282153983088562527815"
    assert (by_id["B17"][value].value, by_id["B17"][value].data_type) == (100, "n")
    for row in sheet.iter_rows(min_row=2):
        for c in row:
            assert c.data_type != "f"
            if isinstance(c.value, str):
                assert c.value[0] not in FORMULA_TRIGGERS


@pytest.mark.parametrize(("text", "number"), [
    ("100", "100"), ("1030.8", "1030.8"), ("0.125", "0.125"),
    ("123456789.012345", "123456789.012345"), ("4421.0", "4421"), ("0.0", "0"),
    ("4421.000000000000000000000", "4421"), ("1030.80", "1030.8"),
    ("4420.0000000000001", None), ("4420.00000000000000000001", None),
    ("1234567890123456", None), ("abc", None), ("", None)])
def test_exact_number(text: str, number: str | None) -> None:
    assert exact_number(text) == number


TRICKY = ["plain", "_x0041_", "a\rb", "tab\tin", "line\nbreak", "&<>\"'", " lead", "trail ",
          "=1+1", "\t=1", "µg/L Müller Ωμέγα", "\ufffe", "x" * 300, "\x01ctl", "<r>rich</r>"]


def test_xlsx_cells_read_back_as_written_text(tmp_path: Path) -> None:
    """Every text comes back from the file exactly as the CSV would hold it (neutralised,
    control characters XML cannot hold as U+FFFD), and nothing is taken for markup."""
    out = tmp_path / "t.xlsx"
    writer = TableWriter(out, ["text", "number"], rows=len(TRICKY))
    for text in TRICKY:
        writer.write([text, NumberText("4420.5")])
    writer.close()
    from python_calamine import CalamineWorkbook

    from desktop_app.services.spreadsheet_safety import safe_xlsx_cell

    # calamine decodes _xHHHH_ escapes as Excel does (openpyxl leaves them raw).
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert sheet[0] == ["text", "number"]
    assert [tuple(row) for row in sheet[1:]] == [(safe_xlsx_cell(t), 4420.5) for t in TRICKY]
    dimension = openpyxl.load_workbook(out).active
    assert dimension.max_row == len(TRICKY) + 1 and dimension.max_column == 2


@pytest.mark.parametrize("part", TRICKY)
def test_a_part_of_a_cell_is_escaped_as_the_whole_cell(part: str) -> None:
    """Row templates escape a text inside a sentence on its own; the cell must not differ."""
    from desktop_app.services.xlsx_writer import xml_cell_text, xml_part_text

    assert xml_cell_text("Ferritin " + part + " ng/mL") == \
        "Ferritin " + xml_part_text(part) + " ng/mL"


def test_every_text_cell_of_every_output_is_neutralised(tmp_path: Path) -> None:
    result = _results("hostile", tmp_path)
    out = tmp_path / "results.csv"
    write_results(result, out, sentences=True)
    import csv

    with open(out, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert tuple(table[0]) == result_columns(True)
    ids = [line[2] for line in table[1:]]
    assert "'=HYPERLINK(\"http://x\",\"y\")" in ids and "'+1" in ids and "'@SUM(A1)" in ids
    assert "a,b" in ids and 'quo"te' in ids and "{0}" in ids and "%s%d" in ids
    refused = {r.patient_id: r.reasons[0].code for r in result.rejected_rows
               if not r.patient_id.startswith("V")}
    assert refused == {"\ue000row\ue001": "identifier_control", "\ue002": "identifier_control",
                       "tab\tin": "identifier_control"}
    for line in table[1:]:
        assert all(not cell or cell[0] not in FORMULA_TRIGGERS for cell in line)
    doc = json.loads(_json(result))
    assert [e["patient_id"] for e in doc["results"]] == [r.patient_id for r in result.rows]
    assert len(RESULT_COLUMNS) == 21
    rejected = tmp_path / "rejected.csv"
    write_rejected(result.rejected_rows, rejected)
    with open(rejected, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert len(table) == 1 + 2 * len(HOSTILE_VALUES) + 3  # ferritin and HLA-DR each
    for line in table[1:]:
        assert all(not cell or cell[0] not in FORMULA_TRIGGERS for cell in line)
    book = tmp_path / "rejected.xlsx"
    write_rejected(result.rejected_rows, book)
    for row in openpyxl.load_workbook(book).active.iter_rows():
        for c in row:
            assert c.data_type != "f"
            assert not isinstance(c.value, str) or c.value[:1] not in FORMULA_TRIGGERS


def _json(result) -> str:  # type: ignore[no-untyped-def]
    import io

    out = io.StringIO()
    write_json(result, out)
    return out.getvalue()


def test_refused_input_with_xlsx_output_prints_one_line_and_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01binary" * 100)
    r = subprocess.run([sys.executable, "-m", "desktop_app", "batch", str(bad), "--out",
                        str(tmp_path / "out.xlsx"), "--rejected-out", str(tmp_path / "r.xlsx")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1, r.stderr
    assert "Exception" not in r.stderr and "Traceback" not in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]


_CELL_TEXT = st.text(alphabet=st.sampled_from(list("09.5 -=+@\t\r\n&<>_x'\x01\ufffeaé")),
                     max_size=8)
_NUMBER_TEXT = st.one_of(st.just(""), st.from_regex(r"[0-9]{1,18}(\.[0-9]{0,6})?",
                                                    fullmatch=True))


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(_CELL_TEXT, min_size=1, max_size=6),
       numbers=st.lists(_NUMBER_TEXT, min_size=1, max_size=6))
def test_column_checks_of_xlsx_templates_agree_with_the_per_text_functions(
        texts: list[str], numbers: list[str]) -> None:
    """The whole-column shortcuts of the XLSX row templates give what the per-text functions
    give (cell text, part of a sentence, numeric cell body)."""
    from desktop_app.services.row_templates import Slot, TemplateWriter
    from desktop_app.services.xlsx_writer import number_cell_body, xml_cell_text, xml_part_text

    escaped = TemplateWriter._escaped
    assert escaped(Slot("f_entered", "xml_cell"), texts) == [xml_cell_text(t) for t in texts]
    assert escaped(Slot("f_entered", "xml_part"), texts) == [xml_part_text(t) for t in texts]
    assert escaped(Slot("f_value", "xml_number"), numbers) == [
        number_cell_body(t) if t else "" for t in numbers]
