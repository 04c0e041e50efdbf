"""A sheet or CSV file as read, before any meaning is given to its cells."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.lab_import.model import ImportCancelled, LabFileError, RowIssue

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]

CANCEL_CHECK_EVERY = 4096


@dataclass
class RawTable:
    """Header texts and the non-blank data rows with their spreadsheet row numbers.

    ``rows[i]`` has exactly ``len(headers)`` cells: strings for CSV; for spreadsheets the typed
    values calamine returns (str, float, int, bool, datetime, date, time, timedelta; '' empty).
    ``shape_issues`` maps an index into ``rows`` to a problem with the row's shape (more
    non-empty cells than headers) that rejects it.
    """

    kind: str
    headers: list[str]
    rows: list[list[object]]
    row_numbers: list[int]
    blank_rows: int = 0
    shape_issues: dict[int, RowIssue] = field(default_factory=dict)
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)


class RowCollector:
    """Normalises raw rows to the header width, drops blank rows, enforces the row cap."""

    def __init__(self, table: RawTable, max_rows: int, should_cancel: ShouldCancel | None,
                 *, all_text: bool = False):
        self.table = table
        self.all_text = all_text  # CSV: every cell is a str, so blank checks can use join
        self.width = len(table.headers)
        self.max_rows = max_rows
        self.should_cancel = should_cancel

    def add(self, number: int, cells: list[object]) -> None:
        t = self.table
        if self.all_text:
            blank = not "".join(cells).strip()  # type: ignore[arg-type]
        else:
            blank = not any(_has_text(c) for c in cells)
        if blank:
            t.blank_rows += 1
            return
        width = self.width
        if len(cells) > width:
            extra = cells[width:]
            if any(_has_text(c) for c in extra):
                t.shape_issues[len(t.rows)] = RowIssue(
                    "extra_cells",
                    f"the row has {width + len(extra)} cells but the header has {width} "
                    "columns; a cell may contain an unquoted delimiter")
            cells = cells[:width]
        elif len(cells) < width:
            cells = list(cells) + [""] * (width - len(cells))
        t.rows.append(cells)
        t.row_numbers.append(number)
        n = len(t.rows)
        if n > self.max_rows:
            raise LabFileError("too_many_rows",
                               f"more than {self.max_rows} data rows; split the export or raise "
                               "the row limit")
        if self.should_cancel is not None and n % CANCEL_CHECK_EVERY == 0 and \
                self.should_cancel():
            raise ImportCancelled()


def _has_text(cell: object) -> bool:
    if cell is None:
        return False
    if isinstance(cell, str):
        return cell.strip() != ""
    return True


def header_text(cell: object) -> str:
    """A header cell as text (spreadsheets may hold numbers or dates in the header row)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()
