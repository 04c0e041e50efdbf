"""Identification columns (name, record number, date of birth): golden files in both layouts.

Each expected outcome was worked out by hand from the rules in ``lab_import.identity``: text
kept as written (control and invisible format characters refused, as for patient ids), dates of
birth read by the import's calendar rules and never guessed, one patient id with two different
values refused in every row, a blank cell saying nothing (the patient's value is carried).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.lab_import import IDENTITY_FIELDS, ImportOptions, LabFileError, read_lab_file
from desktop_app.lab_import.columns import field_of
from desktop_app.lab_import.identity import BirthDates, IdentityProblem

from .conftest import DATA

WIDE = {
    2: ("mals", (2,)), 3: ("unclassified", (3,)),  # P1: the blank row carries P1's identity
    4: ("immunoparalysis", (4,)),  # P2: markup-like name kept as written
    5: ("unclassified", (5,)),  # P3: 03.04.1961, day first (14.03.1958 shows the order)
    6: ("rejected", ("identity_conflict",)), 7: ("rejected", ("identity_conflict",)),  # P4
    8: ("rejected", ("identifier_control",)),  # P5: U+202E in the name
    9: ("rejected", ("bad_birth_date",)),  # P6: 31.02.1960 does not exist
    10: ("rejected", ("bad_birth_date",)),  # P7: 1890
    11: ("rejected", ("identifier_too_long",)),  # P8: a 131-character name
    12: ("unclassified", (12,)),  # P9: no identification: a label box
    13: ("rejected", ("bad_birth_date",)),  # P10: 45731 (an Excel serial?)
    14: ("rejected", ("identity_conflict",)), 15: ("rejected", ("identity_conflict",)),  # P11
    # P12: two dates of birth; row 16 is also refused for its own value
    16: ("rejected", ("identity_conflict", "not_a_number")),
    17: ("rejected", ("identity_conflict",)),
}


def _identity(sample: object) -> tuple[str, str, str]:
    return tuple(getattr(sample, f) for f in ("patient_name", "record_number",  # type: ignore[return-value]
                                              "date_of_birth"))


def test_wide_file(cohort, table) -> None:
    result = cohort("identity.csv")
    assert table(result) == WIDE
    assert {c.field: c.header for c in result.settings.columns if c.field in IDENTITY_FIELDS} \
        == {"patient_name": "Patient name", "record_number": "Record number",
            "date_of_birth": "DOB"}
    who = {r.row: _identity(r.sample) for r in result.rows}
    assert who == {2: ("Zoë Doe", "M-77", "1950-01-02"), 3: ("Zoë Doe", "M-77", "1950-01-02"),
                   4: ("<b>O'Brien & Sons</b>", "R 2", "1958-03-14"),
                   5: ("Ann Lee", "", "1961-04-03"), 12: ("", "", "")}


def test_wide_rejections_say_which_field_and_rows(cohort) -> None:
    rejected = {r.row: r for r in cohort("identity.csv").rejected_rows}
    names = rejected[6].reasons[0]
    assert "different names (rows 6, 7)" in names.message and names.column is None
    assert "Jane" not in names.message  # identification never enters a message
    assert "different record numbers (rows 14, 15)" in rejected[14].reasons[0].message
    assert "different dates of birth (rows 16, 17)" in rejected[17].reasons[0].message
    control = rejected[8].reasons[0]
    assert control.column == "Patient name" and "U+202E" in control.message
    assert "Bad" not in control.message
    assert "31.02.1960" in rejected[9].reasons[0].message and "day first" in \
        rejected[9].reasons[0].message


def test_long_file(cohort, table) -> None:
    result = cohort("identity_long.csv")
    assert result.settings.layout == "long"
    assert table(result) == {
        2: ("mals", (2, 3)), 3: ("mals", (2, 3)),  # paired; row 3's blank cells say nothing
        4: ("rejected", ("identity_conflict",)), 5: ("rejected", ("identity_conflict",)),
        6: ("rejected", ("identifier_control",)),  # U+200B ZERO WIDTH SPACE
        7: ("rejected", ("other_test",)),
    }
    assert _identity(result.rows[0].sample) == ("Zoë Doe", "M-77", "1950-01-02")


def test_day_month_order_is_refused_per_row_when_the_column_does_not_show_it(cohort,
                                                                             table) -> None:
    result = cohort("identity_ambiguous_dates.csv")
    assert table(result) == {2: ("rejected", ("ambiguous_date",)),
                             3: ("immunoparalysis", (3,)), 4: ("immunoparalysis", (4,)),
                             5: ("immunoparalysis", (5,))}
    assert [r.sample.date_of_birth for r in result.rows] == ["1960-05-05", "1960-04-03",
                                                             "1960-04-03"]
    reason = result.rejected_rows[0].reasons[0]
    assert reason.column == "Geburtsdatum" and "03/04/1960" in reason.message


def test_columns_given_by_name_and_a_file_without_them() -> None:
    given = read_lab_file(DATA / "de_lis_export.csv", ImportOptions(
        columns=(("patient_name", "Name"),)))
    first = given.samples[0]
    assert (first.patient_id, first.patient_name, first.date_of_birth) == (
        "0012", "Muster, Max", "1960-02-01")
    plain = read_lab_file(DATA / "en_lis_export.csv")
    assert all(_identity(s) == ("", "", "") for s in plain.samples)


def test_identification_stays_out_of_repr() -> None:
    sample = read_lab_file(DATA / "identity.csv").samples[0]
    assert sample.patient_name == "Zoë Doe" and "Zoë" not in repr(sample)
    assert "1950" not in repr(sample) and "M-77" not in repr(sample)


def test_a_name_column_given_twice_is_refused(write) -> None:
    path = write("id,Name,Name,ferritin (ng/mL)\nP1,a,b,100\n")
    with pytest.raises(LabFileError) as err:
        read_lab_file(path, ImportOptions(columns=(("patient_name", "Name"),)))
    assert err.value.code == "ambiguous_column"


def test_spreadsheet_date_cells(tmp_path: Path) -> None:
    xlsxwriter = pytest.importorskip("xlsxwriter")
    path = tmp_path / "labs.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    when = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_row(0, 0, ["Patient-ID", "Date of birth", "Ferritin (ng/mL)"])
    sheet.write_row(1, 0, ["P1"])
    sheet.write_datetime(1, 1, date(1958, 3, 4), when)  # typed: no day/month question
    sheet.write(1, 2, 5000)
    sheet.write_row(2, 0, ["P2", 21251, 5000])  # a bare number: refused, never a serial
    book.close()
    result = read_lab_file(path)
    assert [s.date_of_birth for s in result.samples] == ["1958-03-04"]
    assert [i.code for i in result.rejected[0].reasons] == ["bad_birth_date"]


@pytest.mark.parametrize(("cells", "expected"), [
    (["1960-04-03"], ["1960-04-03"]),
    (["1960/4/3", "1960.04.03"], ["1960-04-03", "1960-04-03"]),
    (["13.04.1960", "03.04.1960"], ["1960-04-13", "1960-04-03"]),  # day first shown
    (["04/13/1960", "04/03/1960"], ["1960-04-13", "1960-04-03"]),  # month first shown
    (["03.04.1960"], ["ambiguous_date"]),
    (["13.04.1960", "04/13/1960"], ["ambiguous_date", "ambiguous_date"]),  # mixed
    (["13.04.1960", "04.13.1960"], ["ambiguous_date", "ambiguous_date"]),  # both orders
    (["07.07.1960"], ["1960-07-07"]),  # the same either way
    (["29.02.1961", "13.01.1961"], ["bad_birth_date", "1961-01-13"]),
    (["1960-4-3 08:00"], ["bad_birth_date"]), (["3 April 1960"], ["bad_birth_date"]),
    (["03.04.60"], ["bad_birth_date"]), (["1899-12-31"], ["bad_birth_date"]),
    ([" "], [""]), ([""], [""]),
])
def test_birth_date_rules(cells: list[object], expected: list[str]) -> None:
    reader = BirthDates(cells, "DOB")
    got = []
    for cell in cells:
        try:
            got.append(reader.read(cell))
        except IdentityProblem as exc:
            got.append(exc.code)
    assert got == expected


@pytest.mark.parametrize(("header", "field"), [
    ("Patientenname", "patient_name"), ("Nom et prénom", "patient_name"),
    ("Full name", "patient_name"), ("Record no.", "record_number"),
    ("Numéro de dossier", "record_number"), ("Krankenaktennummer", "record_number"),
    ("Geb.-Datum", "date_of_birth"), ("Date of birth", "date_of_birth"),
    ("MRN", "patient_id"),  # a medical record number identifies the patient: the id
])
def test_identification_headers(header: str, field: str) -> None:
    assert field_of(header) == field
