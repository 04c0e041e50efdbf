"""Exports as laboratories write them (issue 14 point 4): "not determined" states, a unit
column that beats a test-name bracket, English sample-time headers and HLA-DR in % under its
own test name -- in CSV and XLSX, long and wide layout.  Each row's expected outcome is worked
out by hand against the rule; the laboratory's word must reach the reason."""

from __future__ import annotations

import csv
from datetime import UTC
from pathlib import Path

import openpyxl
import pytest

from desktop_app.core.inputs import NotDetermined

from .conftest import DATA

GERMAN_LONG = {
    2: ("mals", (2, 3)), 3: ("mals", (2, 3)),  # "Ferritin (Elecsys)" 5120,5 µg/l: MALS
    4: ("cannot", ("ferritin_not_determined",), (4, 5)),  # n.b.
    5: ("cannot", ("ferritin_not_determined",), (4, 5)),
    6: ("cannot", ("hla_dr_not_determined",), (6, 7)),  # ferritin 1000, HLA-DR "folgt"
    7: ("cannot", ("hla_dr_not_determined",), (6, 7)),
    8: ("cannot", ("ferritin_not_determined",), (8,)),  # storniert, alone
    9: ("cannot", ("ferritin_not_determined",), (9, 10)),  # --- and n.d.
    10: ("cannot", ("ferritin_not_determined",), (9, 10)),
    11: ("cannot", ("hla_dr_not_ab_per_cell",), (11, 12)),  # HLA-DR positive Monozyten 45 %
    12: ("cannot", ("hla_dr_not_ab_per_cell",), (11, 12)),
    13: ("cannot", ("hla_dr_missing",), (13,)),  # its HLA-DR (row 14) is refused
    14: ("rejected", ("test_conflict",)),  # "% positive monocytes" with a unit in AB/C (H03)
    15: ("mals", (15,)),  # "Ferritin (pmol/l)" but the unit column says µg/l: 9932 µg/l
    16: ("rejected", ("other_test",)),  # CRP
    17: ("rejected", ("unit_missing",)),  # a value without a unit: never assumed (H01)
    18: ("cannot", ("hla_dr_not_determined",), (18, 19)),  # "Pending" 30 min later
    19: ("cannot", ("hla_dr_not_determined",), (18, 19)),
}

ENGLISH_LONG = {
    2: ("mals", (2, 3)), 3: ("mals", (2, 3)),  # 4421 > 4420; "(Architect)" is no unit
    4: ("cannot", ("hla_dr_not_ab_per_cell",), (4, 5)),  # % HLA-DR positive monocytes
    5: ("cannot", ("hla_dr_not_ab_per_cell",), (4, 5)),
    6: ("cannot", ("ferritin_not_determined",), (6, 7)),  # pending
    7: ("cannot", ("ferritin_not_determined",), (6, 7)),
    8: ("cannot", ("hla_dr_not_determined",), (8, 9)),  # ---
    9: ("cannot", ("hla_dr_not_determined",), (8, 9)),
}

WIDE = {
    2: ("cannot", ("ferritin_not_determined",), (2,)),
    3: ("cannot", ("hla_dr_not_determined",), (3,)),
    4: ("mals", (4,)),  # HLA-DR "pending" is not needed for MALS
    5: ("cannot", ("ferritin_not_determined",), (5,)),
    6: ("cannot", ("ferritin_not_determined",), (6,)),
    7: ("rejected", ("not_a_number",)),  # "n.b.x" is no laboratory state: a typing error
}

WORDS = {("1002", 4): "n.b.", ("1003", 6): "folgt", ("1004", 8): "storniert",
         ("1005", 9): "---", ("1011", 18): "Pending"}


def test_german_long_export(cohort, table) -> None:
    result = cohort(DATA / "de_long_not_determined.csv", local_zone=UTC)
    assert table(result) == GERMAN_LONG
    assert (result.classified, result.cannot_classify, result.rejected) == (3, 12, 3)
    for row in result.rows:
        word = WORDS.get((row.patient_id, row.row))
        if word is None:
            continue
        reason = row.assessment.reasons[0]
        assert f'not determined ("{word}")' in reason.message, reason.message
    both = next(r for r in result.rows if r.row == 9).assessment.inputs
    assert both.hla_dr_not_determined == NotDetermined("n.d.", both.ferritin_not_determined
                                                       .sampled_at)  # type: ignore[union-attr]


def test_english_headers_and_percent_test(cohort, table) -> None:
    result = cohort(DATA / "en_long_collected.csv", local_zone=UTC)
    assert table(result) == ENGLISH_LONG
    assert result.settings.column_for("sampled_at").header == "Collected"  # type: ignore[union-attr]
    percent = next(r for r in result.rows if r.row == 4).assessment
    assert "cannot be converted to antibodies bound per cell" in percent.reasons[0].message


def test_wide_layout(cohort, table) -> None:
    result = cohort(DATA / "wide_not_determined.csv", local_zone=UTC)
    assert table(result) == WIDE
    assert result.settings.column_for("sampled_at").header == "Specimen Collected"  # type: ignore[union-attr]
    assert result.rows[0].assessment.reasons[0].message.startswith(
        'Ferritin not determined ("n.b.")')


@pytest.mark.parametrize("header", ["Collected", "Collection Date/Time", "Specimen Collected",
                                    "Collected Date/Time", "Date/Time Collected",
                                    "Specimen Collection Date/Time", "Draw Date/Time"])
def test_english_sample_time_headers(write, cohort, header) -> None:
    result = cohort(write(f"MRN,{header},Ferritin (ng/mL)\nP1,2025-03-24T08:30,5000\n"),
                    local_zone=UTC)
    assert result.settings.column_for("sampled_at").header == header  # type: ignore[union-attr]
    assert result.rows[0].sample.sampled_at is not None


def _xlsx(path: Path, source: Path, encoding: str, delimiter: str) -> Path:
    """The CSV golden file as an XLSX sheet: numbers as numeric cells, the rest as text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    with source.open(encoding=encoding, newline="") as f:
        for k, row in enumerate(csv.reader(f, delimiter=delimiter)):
            cells: list[object] = []
            for cell in row:
                plain = cell.replace(",", ".") if delimiter == ";" else cell
                try:
                    cells.append(float(plain) if k and plain and "." in plain else int(plain))
                except ValueError:
                    cells.append(cell)
            ws.append(cells)
    wb.save(path)
    return path


@pytest.mark.parametrize(("name", "encoding", "delimiter", "expected"), [
    ("de_long_not_determined.csv", "cp1252", ";", GERMAN_LONG),
    ("en_long_collected.csv", "utf-8", ",", ENGLISH_LONG),
    ("wide_not_determined.csv", "utf-8", ",", WIDE),
])
def test_the_same_rules_in_xlsx(tmp_path, cohort, table, name, encoding, delimiter,
                                expected) -> None:
    options = {"local_zone": UTC}
    if name.startswith("de_"):
        options["time_format"] = "%d.%m.%Y %H:%M"
    path = _xlsx(tmp_path / "labs.xlsx", DATA / name, encoding, delimiter)
    assert table(cohort(path, **options)) == expected
