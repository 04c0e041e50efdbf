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
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from desktop_app.services.cohort_rows import NumberText
from desktop_app.services.row_templates import FIELDS as FIELD_NAMES
from desktop_app.services.row_templates import OPEN, SLOT_PATTERN
from desktop_app.services.spreadsheet_safety import FORMULA_TRIGGERS, safe_xlsx_cell

_SLOT = SLOT_PATTERN
_FIELD = re.compile(r"\{([a-z_]+)\}")
# In "\n".join(texts): a character XML cannot hold, or a text that starts with a formula
# trigger (a false alarm only costs the careful path).
_NEEDS_CARE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]|\n[" + "".join(
    sorted(re.escape(t) for t in FORMULA_TRIGGERS)) + "]")
_CHUNK = 4096
# How a compiled step writes its cell.
_CONSTANT_TEXT, _CONSTANT_NUMBER, _TEXT, _NUMBER, _ROW, _FORMAT = (
    "constant text", "constant number", "text", "number", "row", "format")
_Step = tuple[int, str, Any]  # column, kind, payload (value, field or format)


def _fields(template: str) -> list[str]:
    return _FIELD.findall(template)

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
        """Every row of ``rows``: each kind of row compiled once into steps (constant cells
        prepared once, texts taken from their columns prepared per chunk), checked against
        the single-row rendering; rows with import notes are written one by one."""
        compiled: dict[int, list[_Step] | None] = {}
        shapes = rows.shapes
        for a in range(0, rows.n, _CHUNK):
            b = min(a + _CHUNK, rows.n)
            kinds = shapes[a:b].tolist()
            for k, shape in enumerate(kinds):
                if shape not in compiled:
                    compiled[shape] = self._compiled(rows, a + k)
            fields = {f for steps in compiled.values() if steps for _, kind, payload in steps
                      for f in ((payload,) if kind in (_TEXT, _NUMBER, _ROW) else
                                _fields(payload) if kind is _FORMAT else ())}
            texts = {f: rows.columns(f, a, b) for f in fields}
            prepared = {f: self._prepared(f, col) for f, col in texts.items()}
            number, string = self.sheet.write_number, self.sheet.write_string
            for k, shape in enumerate(kinds):
                steps = compiled[shape]
                r = self.row
                if steps is None:
                    self.write_row(rows.cells(a + k))  # type: ignore[arg-type]
                    continue
                for c, kind, payload in steps:
                    if kind is _CONSTANT_TEXT:
                        string(r, c, payload)
                    elif kind is _CONSTANT_NUMBER:
                        number(r, c, payload)
                    elif kind is _TEXT:
                        value = prepared[payload][0][k]
                        if value:
                            string(r, c, value)
                    elif kind is _ROW:
                        number(r, c, int(texts[payload][k]))
                    elif kind is _NUMBER:
                        exact = prepared[payload][1][k]
                        if exact is not None:
                            number(r, c, exact)
                        elif texts[payload][k]:
                            string(r, c, prepared[payload][0][k])
                    else:  # a longer text holding texts of the row
                        self._write(self.sheet, r, c, payload.format_map(
                            {f: texts[f][k] for f in _fields(payload)}))
                self.row += 1

    def _prepared(self, field: str, texts: list[str]) -> tuple[list[str], list[float | None]]:
        """A column's texts as XLSX cells hold them (neutralised, XML-safe), and as exact
        numbers where they are such (None elsewhere)."""
        joined = "\n".join(texts)
        if _NEEDS_CARE.search(joined) or (joined and joined[0] in FORMULA_TRIGGERS):
            safe = [str(safe_xlsx_cell(t)) if t else "" for t in texts]
        else:
            safe = texts
        return safe, [self._number(t) if t else None for t in texts]

    def _compiled(self, rows: ResultsWriter, example: int) -> list[_Step] | None:
        """The steps that write rows shaped like ``example``, or None when such rows are
        written one by one (import notes; a difference from the single-row rendering)."""
        cells = rows.cells(example, placeholders=True)
        if cells is None:
            return None
        steps: list[_Step] = []
        for c, cell in enumerate(cells):
            if not (isinstance(cell, str) and OPEN in cell):
                probe = _Probe()
                self._write(probe, 0, c, cell)
                for (_, col), (how, value) in probe.cells.items():
                    steps.append((col, _CONSTANT_NUMBER if how == "number"
                                  else _CONSTANT_TEXT, value))
                continue
            whole = _SLOT.fullmatch(cell)
            if whole is not None:
                field = whole.group(1)
                kind = _ROW if field == "row" else _NUMBER if isinstance(cell, NumberText) \
                    else _TEXT
                steps.append((c, kind, field))
            elif cell.startswith(OPEN):
                return None  # a text that starts a longer cell: neutralising depends on it
            else:
                steps.append((c, _FORMAT, _SLOT.sub(lambda m: "{" + m.group(1) + "}",
                                                    cell.replace("{", "{{").replace("}", "}}"))))
        # The example written both ways must give the same cells.
        saved = self.sheet, self.row
        try:
            compiled = _Probe()
            self.sheet, self.row = compiled, 0  # type: ignore[assignment]
            self._write_steps(steps, rows, example)
            direct = _Probe()
            self.sheet, self.row = direct, 0  # type: ignore[assignment]
            self.write_row(rows.cells(example))  # type: ignore[arg-type]
        finally:
            self.sheet, self.row = saved
        return steps if compiled.cells == direct.cells else None

    def _write_steps(self, steps: list[_Step], rows: ResultsWriter, k: int) -> None:
        texts = {f: rows.columns(f, k, k + 1)[0] for f in FIELD_NAMES}
        for c, kind, payload in steps:
            if kind is _CONSTANT_TEXT:
                self.sheet.write_string(self.row, c, payload)
            elif kind is _CONSTANT_NUMBER:
                self.sheet.write_number(self.row, c, payload)
            elif kind is _ROW:
                self.sheet.write_number(self.row, c, int(texts[payload]))
            elif kind is _NUMBER:
                self._write(self.sheet, self.row, c, NumberText(texts[payload]))
            elif kind is _TEXT:
                self._write(self.sheet, self.row, c, texts[payload])
            else:
                self._write(self.sheet, self.row, c, payload.format_map(
                    {f: texts[f] for f in _fields(payload)}))
        self.row += 1

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
