"""XLSX through pandas' calamine engine: typed cells, 1900/1904 dates, sheets, hostile zips."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from desktop_app.lab_import import ImportOptions, LabFileError, open_lab_file

HEADER = ["Patient-ID", "Entnahmezeit", "Ferritin (µg/l)", "HLA-DR [AB/C]", "Alter"]
UTC_OPTIONS = {"local_zone": UTC}


def workbook(path: Path, rows: list[list[object]], *, epoch=None, sheets=None,  # type: ignore[no-untyped-def]
             leading_blank: int = 0) -> Path:
    wb = openpyxl.Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "Labor"
    for _ in range(leading_blank):
        ws.append([])
    for row in rows:
        ws.append(row)
    for name, content in (sheets or {}).items():
        extra = wb.create_sheet(name, 0)
        for row in content:
            extra.append(row)
    wb.save(path)
    return path


def test_typed_cells_and_row_numbers(tmp_path: Path, cohort, table) -> None:
    path = tmp_path / "labs.xlsx"
    workbook(path, [
        HEADER,
        ["007", datetime(2025, 3, 1, 8, 30), 5120.5, 3000, 60],
        [123, datetime(2025, 3, 1, 9, 0), "<5", 4000, 60],
        [],
        ["P3", 45731, 100, 3000, 60],
        ["P4", datetime(2025, 3, 1, 0, 0), 100, 3000, 60],
        ["P5", 60, 100, 3000, 60],
        ["P6", datetime(2025, 3, 1, 9, 0), True, 3000, 60],
        ["P7", datetime(2025, 3, 1, 9, 0), 4420, 4999.5, 17],
    ])
    ws_book = openpyxl.load_workbook(path)
    ws = ws_book.active
    ws["B7"].number_format = "yyyy-mm-dd hh:mm"  # P5: serial 60, the fictitious 1900-02-29
    ws_book.save(path)
    result = cohort(path, **UTC_OPTIONS)
    assert table(result) == {
        2: ("mals", (2,)),
        3: ("immunoparalysis", (3,)),
        5: ("rejected", ("serial_number",)),
        6: ("immunoparalysis", (6,)),  # 00:00 (calamine gives a date) in a date-time column
        7: ("rejected", ("excel_1900_artefact",)),
        8: ("rejected", ("not_a_number",)),
        9: ("cannot", ("age_under_18",), (9,)),
    }
    assert result.blank_rows == 1
    first, second = result.rows[0], result.rows[1]
    assert (first.patient_id, second.patient_id) == ("007", "123")
    assert first.sample.sampled_at == datetime(2025, 3, 1, 8, 30, tzinfo=UTC)
    assert str(first.assessment.inputs.ferritin.value.value) == "5120.5"  # type: ignore[union-attr]
    assert result.settings.kind == "xlsx" and result.settings.sheet == "Labor"
    midnight = next(r for r in result.rows if r.row == 6)
    assert midnight.sample.sampled_at == datetime(2025, 3, 1, 0, 0, tzinfo=UTC)


def test_a_column_of_dates_without_times_is_rejected(tmp_path: Path, cohort, table) -> None:
    path = workbook(tmp_path / "dates.xlsx", [HEADER, ["A", date(2025, 3, 1), 100, 3000, 60],
                                              ["B", date(2025, 3, 2), 100, 3000, 60]])
    book = openpyxl.load_workbook(path)
    for cell in ("B2", "B3"):
        book.active[cell].number_format = "dd.mm.yyyy"
    book.save(path)
    assert table(cohort(path)) == {2: ("rejected", ("date_without_time",)),
                                   3: ("rejected", ("date_without_time",))}


def test_1904_date_system_is_honoured(tmp_path: Path, cohort) -> None:
    path = workbook(tmp_path / "mac.xlsx", [HEADER, ["A", datetime(2025, 3, 1, 8, 30), 100,
                                                     3000, 60]], epoch=CALENDAR_MAC_1904)
    assert openpyxl.load_workbook(path).epoch == CALENDAR_MAC_1904
    result = cohort(path, **UTC_OPTIONS)
    assert result.rows[0].sample.sampled_at == datetime(2025, 3, 1, 8, 30, tzinfo=UTC)


def test_sheet_choice(tmp_path: Path, cohort) -> None:
    path = workbook(tmp_path / "two.xlsx", [HEADER, ["A", datetime(2025, 3, 1, 8), 100, 3000,
                                                     60]],
                    sheets={"Info": [["Laborexport"], ["erstellt am", "heute"]]})
    with pytest.raises(LabFileError) as info:
        open_lab_file(path)  # the first sheet holds no lab columns
    assert info.value.code == "missing_column"
    result = cohort(path, sheet="Labor")
    assert result.settings.sheets == ("Info", "Labor") and result.rows_read == 1
    with pytest.raises(LabFileError) as info:
        open_lab_file(path, ImportOptions(sheet="Labs"))
    assert info.value.code == "no_sheet" and "'Labor'" in info.value.message


def test_header_below_blank_rows_keeps_sheet_numbering(tmp_path: Path, cohort) -> None:
    path = workbook(tmp_path / "low.xlsx", [HEADER, ["A", datetime(2025, 3, 1, 8), 100, 3000,
                                                     60]], leading_blank=2)
    result = cohort(path)
    assert result.rows[0].row == 4


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.xlsx", {"xl/worksheets/sheet1.xml": b"\0" * 30_000_000})
    assert path.stat().st_size < 100_000
    with pytest.raises(LabFileError) as info:
        open_lab_file(path)
    assert info.value.code == "zip_bomb"


def test_xml_entities_are_refused(tmp_path: Path) -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><worksheet>&lol2;</worksheet>')
    path = _zip(tmp_path / "laughs.xlsx", {"[Content_Types].xml": b"<Types/>",
                                           "xl/worksheets/sheet1.xml": laughs})
    with pytest.raises(LabFileError) as info:
        open_lab_file(path)
    assert info.value.code == "xml_entities"


@pytest.mark.parametrize("content", [b"not a zip at all" * 100, b"PK\x03\x04" + b"\xff" * 500])
def test_damaged_spreadsheet_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(content)
    with pytest.raises(LabFileError) as info:
        open_lab_file(path)
    assert info.value.code == "corrupt"


def test_valid_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = _zip(tmp_path / "other.xlsx", {"hello.txt": b"hello"})
    with pytest.raises(LabFileError) as info:
        open_lab_file(path)
    assert info.value.code == "corrupt"


ODS_CONTENT = (  # calamine wants no whitespace between the table elements
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content'
    ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Labor">'
    "<table:table-row>{header}</table:table-row><table:table-row>"
    '<table:table-cell office:value-type="string"><text:p>007</text:p></table:table-cell>'
    '<table:table-cell office:value-type="date" office:date-value="2025-03-01T08:30:00">'
    "<text:p>01.03.2025 08:30</text:p></table:table-cell>"
    '<table:table-cell office:value-type="float" office:value="5120.5"><text:p>5120,5</text:p>'
    '</table:table-cell><table:table-cell office:value-type="float" office:value="3000">'
    "<text:p>3000</text:p></table:table-cell></table:table-row>"
    "</table:table></office:spreadsheet></office:body></office:document-content>")


ODS_MANIFEST = (
    b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
    b'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    b'<manifest:file-entry manifest:full-path="/" manifest:media-type='
    b'"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
    b'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def test_ods_typed_cells(tmp_path: Path, cohort, table) -> None:
    header = "".join(f'<table:table-cell office:value-type="string"><text:p>{h}</text:p>'
                     "</table:table-cell>" for h in HEADER[:4])
    path = tmp_path / "labs.ods"
    with zipfile.ZipFile(path, "w") as zf:  # the mimetype member first and uncompressed
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", ODS_MANIFEST, zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", ODS_CONTENT.format(header=header), zipfile.ZIP_DEFLATED)
    result = cohort(path, **UTC_OPTIONS)
    assert table(result) == {2: ("mals", (2,))}
    assert result.settings.kind == "ods"
    assert result.rows[0].sample.sampled_at == datetime(2025, 3, 1, 8, 30, tzinfo=UTC)
