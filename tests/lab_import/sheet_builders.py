"""Minimal hostile workbooks written by hand (no spreadsheet library would write them)."""

from __future__ import annotations

import zipfile
from pathlib import Path

_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
       'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="'
       'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
       'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="'
       'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
       'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
         'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_BOOK = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://'
         'schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
         'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="labs" '
         'sheetId="1" r:id="rId1"/></sheets></workbook>')
_BOOK_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="'
              'http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
              'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def workbook(path: Path, far_cell: str | None = "XFD1048576", *,
             dimension: str | None = None) -> Path:
    """A one-sheet XLSX: a header and one data row, plus one cell at ``far_cell``."""
    rows = [f'<row r="1">{_cell("A1", "MRN")}{_cell("B1", "Ferritin (ng/mL)")}</row>',
            f'<row r="2">{_cell("A2", "P1")}<c r="B2"><v>5000</v></c></row>']
    if far_cell is not None:
        number = "".join(ch for ch in far_cell if ch.isdigit())
        rows.append(f'<row r="{number}">{_cell(far_cell, "x")}</row>')
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://'
             f'schemas.openxmlformats.org/spreadsheetml/2006/main">{dim}<sheetData>'
             + "".join(rows) + "</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _BOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
    return path
