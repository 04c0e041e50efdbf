"""XLSX / XLSM / XLSB / XLS / ODS through calamine, keeping typed cells.

``pandas.read_excel`` turns date-only cells into midnight date-times and cannot report blank
rows by their position, so the sheet's typed cells (calamine applies the workbook's 1900/1904
date system) are read from calamine itself, from A1, empty area included, so row numbers match
the spreadsheet.  The workbook is untrusted: its extent is bounded first and it is read in a
child process (``sheet_guard``, hazard H42).
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from desktop_app.core.findings import Finding, Text
from desktop_app.i18n import N_
from desktop_app.lab_import.model import LabFileError
from desktop_app.lab_import.raw_table import (
    RawTable,
    RowCollector,
    ShouldCancel,
    check_width,
    header_text,
)
from desktop_app.lab_import.sheet_guard import check_xlsx_extent, read_isolated

XML_SHEET_KINDS = ("xlsx", "xlsm")


def read_excel_table(path: Path, kind: str, *, sheet: str | None, max_rows: int,
                     should_cancel: ShouldCancel | None) -> RawTable:
    if kind in XML_SHEET_KINDS:
        check_xlsx_extent(path)
    names, chosen, notes, data = read_isolated(read_sheet, str(path), sheet, max_rows + 64,
                                               name=path.name, should_cancel=should_cancel)
    return table_from_rows(data, kind=kind, sheet=chosen, sheets=names, notes=notes,
                           max_rows=max_rows, should_cancel=should_cancel, name=path.name)


def read_sheet(path: str, sheet: str | None,
               nrows: int) -> tuple[tuple[str, ...], str, list[Finding], list[list[object]]]:
    """(sheet names, the sheet read, notes, its rows from A1) -- run in the child process."""
    from python_calamine import CalamineWorkbook

    name = Path(path).name
    try:
        book = CalamineWorkbook.from_path(path)
    except Exception as exc:  # calamine raises its own error types for every damage
        raise LabFileError.worded(
            "corrupt", N_("{file} cannot be read as a spreadsheet ({error}); save it again from "
                          "the spreadsheet program"), file=name, error=type(exc).__name__) \
            from None
    try:
        names = tuple(str(n) for n in book.sheet_names)
        if not names:
            raise LabFileError.worded("no_sheet", N_("{file} has no worksheet"), file=name)
        notes = []
        if sheet is None:
            chosen = names[0]
            if len(names) > 1:
                notes.append(Finding("first_sheet", (
                    ("sheet", Text(repr(chosen))), ("count", Text(str(len(names)))),
                    ("sheets", Text(", ".join(repr(n) for n in names))))))
        elif sheet in names:
            chosen = sheet
        else:
            raise LabFileError.worded(
                "no_sheet", N_("{file} has no sheet named {sheet!r}; sheets: {sheets}"),
                file=name, sheet=sheet, sheets=", ".join(repr(n) for n in names))
        try:
            data = cast(list[list[object]], book.get_sheet_by_name(chosen).to_python(
                skip_empty_area=False, nrows=nrows))
        except Exception as exc:
            raise LabFileError.worded(
                "corrupt", N_("{file}, sheet {sheet!r} cannot be read ({error})"),
                file=name, sheet=chosen, error=type(exc).__name__) from None
    finally:
        book.close()
    return names, chosen, notes, data


def table_from_rows(data: list[list[object]], *, kind: str, sheet: str | None,
                    sheets: tuple[str, ...], notes: list[Finding], max_rows: int,
                    should_cancel: ShouldCancel | None, name: str) -> RawTable:
    """The first non-blank row is the header; numbering follows the sheet (row 1 = A1's row)."""
    start = 0
    while start < len(data) and not any(header_text(c) for c in data[start]):
        start += 1
    if start == len(data):
        raise LabFileError.worded("empty", N_("{file}: the sheet {sheet!r} is empty"),
                                  file=name, sheet=sheet)
    header = [header_text(c) for c in data[start]]
    while header and not header[-1]:
        header.pop()  # calamine pads every row to the used width
    check_width(len(header), name)
    table = RawTable(kind, header, [], [], sheet=sheet, sheets=sheets, notes=notes)
    if start:
        notes.append(Finding("header_row", (("row", Text(str(start + 1))),)))
    collector = RowCollector(table, max_rows, should_cancel)
    for offset, cells in enumerate(data[start + 1:], start=start + 2):
        collector.add(offset, cells)
    return collector.finish()
