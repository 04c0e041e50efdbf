"""XLSX / XLSM / XLSB / XLS / ODS through pandas' calamine engine, keeping typed cells.

``pandas.read_excel`` itself turns date-only cells into midnight date-times and cannot report
blank rows by their position, so the workbook is opened with ``pandas.ExcelFile(engine=
"calamine")`` and the sheet's typed cells (calamine applies the workbook's 1900/1904 date system)
are read from its calamine sheet, from A1, empty area included, so row numbers match the
spreadsheet.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.lab_import.model import LabFileError
from desktop_app.lab_import.raw_table import RawTable, RowCollector, ShouldCancel, header_text


def read_excel_table(path: Path, kind: str, *, sheet: str | None, max_rows: int,
                     should_cancel: ShouldCancel | None) -> RawTable:
    import pandas as pd

    try:
        book_file = pd.ExcelFile(path, engine="calamine")
    except Exception as exc:  # calamine raises its own error types for every damage
        raise LabFileError("corrupt", f"{path.name} cannot be read as a spreadsheet "
                           f"({type(exc).__name__}); save it again from the spreadsheet "
                           "program") from None
    with book_file:
        names = tuple(str(n) for n in book_file.sheet_names)
        if not names:
            raise LabFileError("no_sheet", f"{path.name} has no worksheet")
        notes = []
        if sheet is None:
            chosen = names[0]
            if len(names) > 1:
                notes.append(f"sheet {chosen!r} (the first of {len(names)}: "
                             + ", ".join(repr(n) for n in names) + ")")
        elif sheet in names:
            chosen = sheet
        else:
            raise LabFileError("no_sheet", f"{path.name} has no sheet named {sheet!r}; sheets: "
                               + ", ".join(repr(n) for n in names))
        try:
            calamine_sheet = book_file.book.get_sheet_by_name(chosen)
            data = calamine_sheet.to_python(skip_empty_area=False, nrows=max_rows + 64)
        except Exception as exc:
            raise LabFileError("corrupt", f"{path.name}, sheet {chosen!r} cannot be read "
                               f"({type(exc).__name__})") from None
    return table_from_rows(data, kind=kind, sheet=chosen, sheets=names, notes=notes,
                           max_rows=max_rows, should_cancel=should_cancel, name=path.name)


def table_from_rows(data: list[list[object]], *, kind: str, sheet: str | None,
                    sheets: tuple[str, ...], notes: list[str], max_rows: int,
                    should_cancel: ShouldCancel | None, name: str) -> RawTable:
    """The first non-blank row is the header; numbering follows the sheet (row 1 = A1's row)."""
    start = 0
    while start < len(data) and not any(header_text(c) for c in data[start]):
        start += 1
    if start == len(data):
        raise LabFileError("empty", f"{name}: the sheet {sheet!r} is empty")
    header = [header_text(c) for c in data[start]]
    while header and not header[-1]:
        header.pop()  # calamine pads every row to the used width
    table = RawTable(kind, header, [], [], sheet=sheet, sheets=sheets, notes=notes)
    if start:
        notes.append(f"header on row {start + 1}")
    collector = RowCollector(table, max_rows, should_cancel)
    for offset, cells in enumerate(data[start + 1:], start=start + 2):
        collector.add(offset, cells)
    return table
