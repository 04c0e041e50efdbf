"""XLSX results written by xlsxwriter in constant-memory mode (rows go to disk as they come).

Cells: text is formula-neutralised and stripped of characters XML cannot hold
(``spreadsheet_safety.safe_xlsx_cell``) and written as a string, never as a formula; the row
number as a number; a decimal number (``cohort_rows.NumberText``) as a numeric cell only when
a spreadsheet shows it exactly: a decimal of at most 15 significant digits comes back with the
same digits from the double a cell holds (DBL_DIG = 15), so 1030.8 is a number, while
``4420.00000000000000000001`` -- which as a double would show as 4420 beside MALS, hazard H06
-- is written as its exact text, as in the CSV.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from desktop_app.services.cohort_rows import NumberText
from desktop_app.services.row_templates import OPEN, SLOT_PATTERN
from desktop_app.services.spreadsheet_safety import safe_xlsx_cell

_SLOT = SLOT_PATTERN
_FIELD = re.compile(r"\{([a-z_]+)\}")

if TYPE_CHECKING:
    from desktop_app.services.cohort_export import ResultsWriter


DBL_DIG = 15  # decimal digits every double round-trips (C's float.h)


def exact_number(text: str) -> float | None:
    """The double for a numeric cell of ``text`` if the cell shows exactly ``text``'s number
    (at most ``DBL_DIG`` significant digits, finite), else None."""
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    if not number.is_finite() or len(number.as_tuple().digits) > DBL_DIG:
        return None
    value = float(number)
    return value if abs(value) < 1e300 else None


class XlsxTable:
    """One worksheet written row by row into ``file`` (a binary file object)."""

    def __init__(self, file: BinaryIO, sheet_title: str, tmpdir: Path | None = None) -> None:
        import xlsxwriter  # type: ignore[import-untyped]

        # Row data wait in temporary files: keep them beside the target (not in /tmp).
        folder = tmpdir or Path(".")
        self.book = xlsxwriter.Workbook(file, {  # type: ignore[arg-type]
            "constant_memory": True, "tmpdir": str(folder), "strings_to_numbers": False,
            "strings_to_formulas": False, "strings_to_urls": False})
        self.sheet = self.book.add_worksheet(sheet_title)
        self.row = 0
        self._numbers: dict[str, float | None] = {}
        self._closed = False

    def write_row(self, cells: list[object]) -> None:
        sheet, r = self.sheet, self.row
        for c, value in enumerate(cells):
            self._write(sheet, r, c, value)
        self.row += 1

    def _write(self, sheet: Any, r: int, c: int, value: object) -> None:
        if value is None or value == "":
            return
        if isinstance(value, NumberText):
            number = self._number(value)
            if number is not None:
                sheet.write_number(r, c, number)
            else:
                sheet.write_string(r, c, str(value))
            return
        if isinstance(value, int) and not isinstance(value, bool):
            sheet.write_number(r, c, value)
            return
        cell = safe_xlsx_cell(value)
        if isinstance(cell, int | float):
            sheet.write_number(r, c, cell)
        elif cell is not None:
            sheet.write_string(r, c, cell)

    def _number(self, text: str) -> float | None:
        got = self._numbers.get(text, self._numbers)
        if got is self._numbers:
            got = self._numbers[text] = exact_number(text)
            if len(self._numbers) > 200_000:
                self._numbers.clear()
        return got  # type: ignore[return-value]

    def write_results(self, rows: ResultsWriter) -> None:
        """Every row of ``rows``, through one compiled writer per kind of row."""
        compiled: dict[int, Callable[[int], None] | None] = {}
        shapes = rows.shapes.tolist()
        for k, shape in enumerate(shapes):
            writer = compiled.get(shape, compiled)
            if writer is compiled:
                writer = compiled[shape] = self._compiled(rows, k)
            if writer is None:
                self.write_row(rows.cells(k))  # type: ignore[arg-type]
            else:
                writer(k)  # type: ignore[operator]

    def _compiled(self, rows: ResultsWriter, example: int) -> Callable[[int], None] | None:
        """A writer for rows shaped like ``example``: constant cells as they are, each text
        from its column.  None when the shape is not compiled (import notes, a difference)."""
        cells = rows.cells(example, placeholders=True)
        if cells is None:
            return None
        # (column, constant or None, field of a whole cell, template of a longer text, number)
        steps: list[tuple[int, object, str | None, str | None, bool]] = []
        for c, cell in enumerate(cells):
            if not (isinstance(cell, str) and OPEN in cell):
                steps.append((c, cell, None, None, False))
                continue
            whole = _SLOT.fullmatch(cell)
            if whole is not None:
                field = whole.group(1)
                steps.append((c, None, field, None, isinstance(cell, NumberText)
                              or field == "row"))
            elif cell.startswith(OPEN):
                return None  # a text that starts a longer cell: neutralising depends on it
            else:
                template = _SLOT.sub(lambda m: "{" + m.group(1) + "}",
                                     cell.replace("{", "{{").replace("}", "}}"))
                steps.append((c, None, None, template, False))
        fields = sorted({f for _, _, f, _, _ in steps if f} | {
            m.group(1) for _, _, _, t, _ in steps if t for m in _FIELD.finditer(t)})

        def write(k: int) -> None:
            r, sheet = self.row, self.sheet
            texts = {f: rows.columns(f, k, k + 1)[0] for f in fields}
            for c, constant, field, template, number in steps:
                if field is not None:
                    text = texts[field]
                    if field == "row":
                        sheet.write_number(r, c, int(text))
                    else:
                        self._write(sheet, r, c, NumberText(text) if number else text)
                elif template is not None:
                    self._write(sheet, r, c, template.format_map(texts))
                else:
                    self._write(sheet, r, c, constant)
            self.row += 1

        direct = rows.cells(example)
        probe = _Probe()
        saved = self.sheet, self.row
        self.sheet, self.row = probe, 0  # type: ignore[assignment]
        write(example)
        compiled_cells = dict(probe.cells)
        probe.cells.clear()
        self.write_row(direct)  # type: ignore[arg-type]
        self.sheet, self.row = saved
        if compiled_cells != probe.cells:
            return None
        return write

    def close(self) -> None:
        self._closed = True
        self.book.close()

    def discard(self) -> None:
        """Close without keeping anything: xlsxwriter removes its temporary row files."""
        if not self._closed:
            self._closed = True
            with contextlib.suppress(Exception):  # the target is being discarded anyway
                self.book.close()


class _Probe:
    """Records cells instead of writing them (to compare a compiled row with a direct one)."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], tuple[str, object]] = {}

    def write_number(self, r: int, c: int, value: float) -> None:
        self.cells[(r, c)] = ("number", value)

    def write_string(self, r: int, c: int, value: str) -> None:
        self.cells[(r, c)] = ("string", value)
