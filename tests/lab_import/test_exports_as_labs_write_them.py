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
from desktop_app.core.units import FerritinUnit

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


@pytest.mark.parametrize("header", ["Collected", "Collection Date/Time", "Collection Date",
                                    "Specimen Collected", "Collected Date/Time",
                                    "Date/Time Collected", "Specimen Collection Date/Time",
                                    "Draw Date/Time", "COLLECTED", "collection date/time",
                                    "Collection_Date", "Specimen Collected Date",
                                    "Collection Date and Time", "Collected On"])
def test_english_sample_time_headers(write, cohort, header) -> None:
    result = cohort(write(f"MRN,{header},Ferritin (ng/mL)\nP1,2025-03-24T08:30,5000\n"),
                    local_zone=UTC)
    assert result.settings.column_for("sampled_at").header == header  # type: ignore[union-attr]
    assert result.rows[0].sample.sampled_at is not None


# A bracket in a test name is part of the name, never a unit; the unit column decides.
BRACKETS = {
    2: ("mals", (2, 3)), 3: ("mals", (2, 3)),  # "Ferritin (pmol/L)" 5000 ng/mL (not 2225)
    4: ("immunoparalysis", (4, 5)), 5: ("immunoparalysis", (4, 5)),  # "(µg/dL)" 1000 ng/mL
    6: ("rejected", ("unit_missing",)),  # "Ferritin (ng/mL)" with no unit: never taken from it
    7: ("cannot", ("hla_dr_missing",), (7,)),  # its HLA-DR (row 8) is refused
    8: ("rejected", ("unit_missing",)),  # "HLA-DR (AB/C)" with no unit
}


def test_a_unit_column_beats_a_bracket_in_the_test_name(cohort, table) -> None:
    result = cohort(DATA / "long_unit_column_beats_name.csv", local_zone=UTC)
    assert table(result) == BRACKETS
    assert result.settings.column_for("sampled_at").header == "collected date/time"  # type: ignore[union-attr]
    units = {r.row: r.assessment.inputs.ferritin.unit for r in result.rows}  # type: ignore[union-attr]
    assert units[2] is units[4] is FerritinUnit.NG_PER_ML


PERCENT_WIDE = {
    2: ("cannot", ("hla_dr_not_ab_per_cell",), (2,)),  # 800 ng/mL and 45 %
    3: ("mals", (3,)),  # ferritin alone decides MALS
    4: ("cannot", ("hla_dr_not_determined",), (4,)),
    5: ("cannot", ("hla_dr_missing",), (5,)),
}
PERCENT_LONG = {
    2: ("cannot", ("hla_dr_not_ab_per_cell",), (2, 3)),
    3: ("cannot", ("hla_dr_not_ab_per_cell",), (2, 3)),
    4: ("mals", (4, 5)), 5: ("mals", (4, 5)),
    6: ("cannot", ("hla_dr_not_determined",), (6, 7)),
    7: ("cannot", ("hla_dr_not_determined",), (6, 7)),
    8: ("cannot", ("hla_dr_missing",), (8,)),
}


@pytest.mark.parametrize(("name", "expected"), [("hla_dr_percent_wide.csv", PERCENT_WIDE),
                                                ("hla_dr_percent_long.csv", PERCENT_LONG)])
def test_hla_dr_positive_monocytes_is_hla_dr_in_percent(cohort, table, name, expected) -> None:
    result = cohort(DATA / name, local_zone=UTC)
    assert table(result) == expected
    assert result.settings.column_for("sampled_at").header in (  # type: ignore[union-attr]
        "Collection Date/Time", "collection date")
    assert not result.settings.unused_headers  # type: ignore[union-attr]


def test_a_percent_column_with_a_unit_in_ab_per_cell_is_refused(write, cohort, table) -> None:
    """Hazard H03: 45 read as AB/C would fake immunoparalysis."""
    for header, unit_column in (("HLA-DR positive monocytes (AB/C)", ""),
                                ("% HLA-DR positive monocytes", ",HLA-DR unit")):
        cells = ",AB/C" if unit_column else ""
        result = cohort(write(f"MRN,Collected,Ferritin (ng/mL),{header}{unit_column}\n"
                              f"P1,2025-03-24T08:30,800,45{cells}\n"), local_zone=UTC)
        assert table(result) == {2: ("rejected", ("test_conflict",))}
        assert "is a percentage of monocytes but the unit is AB/C" in (
            result.rejected_rows[0].reasons[0].message)


def test_a_percent_column_needs_its_unit_like_any_other(write, cohort, table) -> None:
    result = cohort(write("MRN,Collected,Ferritin (ng/mL),% HLA-DR positive monocytes\n"
                          "P1,2025-03-24T08:30,800,45\n"), local_zone=UTC)
    assert table(result) == {2: ("rejected", ("unit_missing",))}  # a unit is never assumed


def test_beside_an_hla_dr_column_the_percent_column_is_listed_unused(write, cohort,
                                                                    table) -> None:
    result = cohort(write("MRN,Collected,Ferritin (ng/mL),HLA-DR (AB/C),"
                          "HLA-DR positive monocytes (%)\nP1,2025-03-24T08:30,800,3000,45\n"),
                    local_zone=UTC)
    assert table(result) == {2: ("immunoparalysis", (2,))}
    assert result.settings.unused_headers == ("HLA-DR positive monocytes (%)",)  # type: ignore[union-attr]


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
    ("long_unit_column_beats_name.csv", "utf-8", ",", BRACKETS),
    ("hla_dr_percent_wide.csv", "utf-8", ",", PERCENT_WIDE),
    ("hla_dr_percent_long.csv", "utf-8", ",", PERCENT_LONG),
])
def test_the_same_rules_in_xlsx(tmp_path, cohort, table, name, encoding, delimiter,
                                expected) -> None:
    options = {"local_zone": UTC}
    if name.startswith("de_"):
        options["time_format"] = "%d.%m.%Y %H:%M"
    path = _xlsx(tmp_path / "labs.xlsx", DATA / name, encoding, delimiter)
    assert table(cohort(path, **options)) == expected
