"""Golden files for every import pitfall: each data row's expected outcome, checked by hand
against the ImmunoSep rule (ferritin > 4420 ng/mL: MALS; else HLA-DR < 5000 AB/C:
immunoparalysis; else unclassified) and the import rules (no guessed unit, date or separator)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop_app.lab_import import LabFileError

DATA = Path(__file__).resolve().parent.parent / "data" / "import"

BERLIN = ZoneInfo("Europe/Berlin")

GERMAN = {
    2: ("mals", (2,)),  # 5120,5 µg/L = 5120.5 ng/mL > 4420 (and HLA-DR 3000: both, MALS wins)
    3: ("immunoparalysis", (3,)),  # 4420 is not > 4420; 4999 < 5000
    4: ("mals", (4,)),  # 4420,1 > 4420
    5: ("unclassified", (5,)),  # <5 is <= 4420; HLA-DR 12000 >= 5000
    6: ("mals", (6,)),  # >40000: the whole interval is above 4420; no HLA-DR needed
    7: ("cannot", ("ferritin_not_determined",), (7,)),  # n.b.: "nicht bestimmt" (issue 14)
    9: ("rejected", ("no_values",)),  # stray note row
    10: ("rejected", ("grouping",)),  # 1.095,0 uses a thousands separator
    11: ("rejected", ("duplicate_result",)),  # same as row 2
    12: ("rejected", ("conflicting_results",)),  # 0019 at the same time: 300 vs 350
    13: ("rejected", ("conflicting_results",)),
    14: ("cannot", ("age_under_18",), (14,)),
    15: ("rejected", ("ambiguous_separator",)),  # 4,420: 4420 or 4.42?
    16: ("unclassified", (16,)),  # 00021 is not 0021
    17: ("rejected", ("date_without_time",)),
    18: ("rejected", ("identity_conflict",)),  # 0024 with two dates of birth
    19: ("rejected", ("identity_conflict",)),
    20: ("immunoparalysis", (20,)),  # HLA-DR 2500,5
    21: ("cannot", ("ferritin_missing",), (21,)),
}

ENGLISH = {
    2: ("mals", (2,)),  # 9932 pmol/L ÷ 2.247 = 4420.12 ng/mL (hazard H01 boundary)
    3: ("immunoparalysis", (3,)),  # 9931.7 pmol/L = 4419.99 ng/mL
    4: ("mals", (4,)),  # 442.1 µg/dL = 4421 ng/mL (H02)
    5: ("cannot", ("hla_dr_not_ab_per_cell",), (5,)),  # 45 % cannot establish immunoparalysis
    6: ("mals", (6,)),  # MALS needs no HLA-DR; the % value is not used
    7: ("cannot", ("hla_dr_not_ab_per_cell",), (7,)),  # MFI
    8: ("unclassified", (8,)),  # patient id is a formula: kept as written
    9: ("cannot", ("sample_time_in_future",), (9,)),
    10: ("cannot", ("ferritin_indeterminate",), (10,)),  # >3000 spans 4420
    11: ("rejected", ("unit_missing",)),  # H01: no unit, no default
    12: ("rejected", ("unit_unknown",)),
    13: ("rejected", ("serial_number",)),  # 45731 in a date column (H16)
    14: ("immunoparalysis", (14,)),  # HLA-DR <100 lies wholly below 5000
    15: ("rejected", ("exponent",)),  # 1e4
    16: ("mals", (16,)),  # 4420.0000000000001 > 4420 exactly (H05)
    17: ("rejected", ("no_values",)),  # footer
    18: ("rejected", ("grouping",)),  # 1,234.5
    19: ("cannot", ("age_under_18",), (19,)),
}


def test_german_lis_export(cohort, table) -> None:
    result = cohort("de_lis_export.csv", local_zone=BERLIN)
    assert table(result) == GERMAN
    assert (result.rows_read, result.blank_rows) == (19, 1)
    assert (result.classified, result.cannot_classify, result.rejected) == (7, 3, 9)
    nb = next(r for r in result.rows if r.row == 7).assessment
    assert nb.reasons[0].message.startswith('Ferritin not determined ("n.b.")')
    s = result.settings
    assert (s.encoding, s.delimiter, s.decimal_comma, s.decimal_comma_source) == (
        "cp1252", ";", True, "detected")
    assert s.time_format == "%d.%m.%Y %H:%M"
    assert {u.field: (u.unit, u.source) for u in s.units} == {
        "ferritin": ("µg/L", "header"), "hla_dr": ("AB/C", "header")}
    assert {c.field: c.header for c in s.columns} == {
        "patient_id": "Pat.-Nr.", "ferritin": "Ferritin (µg/l)", "hla_dr": "mHLA-DR [AB/C]",
        "sampled_at": "Entnahmezeit", "age": "Alter", "date_of_birth": "Geburtsdatum"}
    first = result.rows[0]
    assert first.patient_id == "0012"
    assert first.assessment.inputs.ferritin.value.value == Decimal("5120.5")  # type: ignore[union-attr]
    assert first.sample.sampled_at.utcoffset() == timedelta(hours=1)  # type: ignore[union-attr]
    after_dst = next(r for r in result.rows if r.row == 16)
    assert after_dst.sample.sampled_at.utcoffset() == timedelta(hours=2)  # type: ignore[union-attr]


def test_german_rejections_name_row_and_column(cohort, table) -> None:
    result = cohort("de_lis_export.csv")
    rejected = {r.row: r for r in result.rejected_rows}
    assert rejected[10].patient_id == "0018"
    assert rejected[10].reasons[0].column == "Ferritin (µg/l)"
    assert "1.095,0" in rejected[10].reasons[0].message
    assert "row 2" in rejected[11].reasons[0].message
    assert "12, 13" in rejected[12].reasons[0].message
    assert rejected[9].patient_id == "Bemerkung: Werte vorläufig, Kontrolle folgt"


def test_english_lis_export(cohort, table) -> None:
    result = cohort("en_lis_export.csv")
    assert table(result) == ENGLISH
    s = result.settings
    assert (s.encoding, s.delimiter, s.decimal_comma) == ("utf-8-sig", ",", False)
    assert {u.field: u.source for u in s.units} == {"ferritin": "unit column",
                                                    "hla_dr": "unit column"}
    formula = next(r for r in result.rows if r.row == 8)
    assert formula.patient_id == '=HYPERLINK("http://example.invalid/x","x")'
    mals_with_percent = next(r for r in result.rows if r.row == 6)
    assert "hla_dr_unit_not_used" in [f.code for f in mals_with_percent.findings]


def test_units_in_header_equal_units_in_a_column(cohort, table) -> None:
    header = table(cohort("units_in_header.csv"))
    column = table(cohort("units_in_column.csv"))
    assert header == column == {2: ("mals", (2,)), 3: ("immunoparalysis", (3,)),
                                4: ("unclassified", (4,)),
                                5: ("cannot", ("hla_dr_missing",), (5,))}


def test_unit_column_contradicting_the_header_rejects_the_row(cohort, table) -> None:
    assert table(cohort("unit_conflict.csv")) == {
        2: ("rejected", ("unit_conflict",)),  # header µg/l, unit column pmol/L
        3: ("mals", (3,)),  # empty unit cell: the header's unit
        4: ("mals", (4,)),  # the same unit written differently
    }


def test_value_without_any_unit_is_rejected_never_defaulted(cohort, table) -> None:
    assert table(cohort("no_unit.csv")) == {
        2: ("rejected", ("unit_missing",)), 3: ("rejected", ("unit_missing",))}
    given = cohort("no_unit.csv", ferritin_unit="ng/mL", hla_dr_unit="AB/C")
    assert table(given) == {2: ("mals", (2,)), 3: ("immunoparalysis", (3,))}
    assert {u.field: u.source for u in given.settings.units} == {"ferritin": "given",
                                                                 "hla_dr": "given"}


def test_unit_override_contradicted_by_a_unit_column_rejects_the_row(cohort, table) -> None:
    result = cohort("units_in_column.csv", ferritin_unit="pmol/L")
    codes = table(result)
    assert all(codes[row] == ("rejected", ("unit_conflict",)) for row in (2, 3, 4, 5))


def test_ambiguous_day_month_dates_are_rejected_not_guessed(cohort, table) -> None:
    result = cohort("ambiguous_dates.csv")
    assert table(result) == {2: ("rejected", ("ambiguous_date",)),
                                     3: ("rejected", ("ambiguous_date",)),
                                     4: ("immunoparalysis", (4,))}
    assert any(n.code == "time_order_ambiguous" and "day-first or month-first" in n.message
               for n in result.settings.notes)
    given = cohort("ambiguous_dates.csv", time_format="%d/%m/%Y %H:%M")
    assert table(given) == {2: ("immunoparalysis", (2,)), 3: ("unclassified", (3,)),
                                    4: ("immunoparalysis", (4,))}
    d1 = given.rows[0].sample.sampled_at
    assert (d1.month, d1.day) == (6, 5)  # type: ignore[union-attr]


def test_month_first_dates_detected_when_unambiguous(cohort, table) -> None:
    result = cohort("month_first_dates.csv")
    assert result.settings.time_format == "%m/%d/%Y %H:%M"
    assert result.settings.delimiter == "\t"
    assert table(result) == {2: ("immunoparalysis", (2,)), 3: ("mals", (3,))}
    second = result.rows[1].sample.sampled_at
    assert (second.month, second.day) == (4, 5)  # type: ignore[union-attr]


LONG = {
    2: ("mals", (2, 4)), 4: ("mals", (2, 4)),  # P1: 12 h apart
    3: ("immunoparalysis", (3, 5)), 5: ("immunoparalysis", (3, 5)),  # P2: exactly 24 h
    6: ("cannot", ("hla_dr_missing",), (6,)),  # P3: 24 h 1 min apart: never paired
    7: ("cannot", ("ferritin_missing",), (7,)),
    8: ("rejected", ("other_test",)),  # CRP
    9: ("cannot", ("hla_dr_missing",), (9,)),  # P5: two HLA-DR equally near: not paired
    10: ("cannot", ("ferritin_missing",), (10,)),
    11: ("cannot", ("ferritin_missing",), (11,)),
    12: ("cannot", ("ferritin_missing",), (12,)),  # P6's HLA-DR never meets P7's ferritin
    13: ("cannot", ("hla_dr_missing",), (13,)),
    14: ("immunoparalysis", (14, 16)), 16: ("immunoparalysis", (14, 16)),
    15: ("rejected", ("duplicate_result",)),  # 1000.0 = 1000 at the same time
    17: ("rejected", ("test_conflict",)),  # named HLA-DR, coded as ferritin
    18: ("rejected", ("time_missing",)),
    19: ("cannot", ("hla_dr_missing",), (19,)),  # LOINC code only: ferritin 9000 pmol/L
}


def test_long_layout_with_loinc_codes(cohort, table) -> None:
    result = cohort("long_loinc.csv")
    assert result.settings.layout == "long"
    assert table(result) == LONG
    notes = {r.row: [f.code for f in r.findings] for r in result.rows}
    assert "not_paired" in notes[6] and "pairing_ambiguous" in notes[9]
    assert result.assessments == 11
    assert result.classified + result.cannot_classify + result.rejected == result.rows_read == 18


def test_long_layout_pairing_respects_a_shorter_window(cohort, table) -> None:
    result = cohort("long_loinc.csv", max_interval=timedelta(hours=12))
    table = table(result)
    assert table[2] == ("mals", (2, 4))  # exactly 12 h
    assert table[3] == ("cannot", ("ferritin_missing",), (3,))  # 24 h: now too far


@pytest.mark.parametrize("name", ["de_lis_export.csv", "en_lis_export.csv", "long_loinc.csv"])
def test_source_file_is_never_modified(name: str, cohort) -> None:
    path = DATA / name
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    cohort(name)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_wrong_layout_choice_is_a_clear_file_error(cohort, table) -> None:
    with pytest.raises(LabFileError) as info:
        cohort("de_lis_export.csv", layout="long")
    assert info.value.code == "missing_column"
