"""A sheet or CSV file as read, before any meaning is given to its cells."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from desktop_app.core.findings import Finding
from desktop_app.i18n import N_
from desktop_app.lab_import.model import ImportCancelled, LabFileError, RowIssue

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]

CANCEL_CHECK_EVERY = 4096
# A header wider than this is not a laboratory export (real ones have tens of columns); the
# file is refused before its rows are read (a header of a million cells took minutes).
MAX_COLUMNS = 2000


@dataclass
class RawTable:
    """Header texts and the non-blank data rows with their spreadsheet row numbers, by column.

    ``columns[j][i]`` is the cell of data row ``i`` under header ``j``; every column has one
    cell per row: strings for CSV; for spreadsheets the typed values calamine returns (str,
    float, int, bool, datetime, date, time, timedelta; '' empty).  ``row(i)`` gives a row.
    ``shape_issues`` maps a row index to a problem with the row's shape (more non-empty cells
    than headers) that rejects it.
    """

    kind: str
    headers: list[str]
    columns: list[list[object]]
    row_numbers: list[int]
    blank_rows: int = 0
    shape_issues: dict[int, RowIssue] = field(default_factory=dict)
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    notes: list[Finding] = field(default_factory=list)  # what was detected (import notes)

    @property
    def n_rows(self) -> int:
        return len(self.row_numbers)

    def row(self, i: int) -> list[object]:
        return [c[i] for c in self.columns]

    @property
    def rows(self) -> Sequence[list[object]]:
        """The rows as lists of cells (built on access)."""
        return _Rows(self)

    def subset(self, indices: list[int]) -> RawTable:
        """The rows ``indices`` (in that order) as a table of their own."""
        return RawTable(self.kind, self.headers, [[c[i] for i in indices] for c in self.columns],
                        [self.row_numbers[i] for i in indices],
                        shape_issues={k: self.shape_issues[i] for k, i in enumerate(indices)
                                      if i in self.shape_issues},
                        encoding=self.encoding, delimiter=self.delimiter, sheet=self.sheet,
                        sheets=self.sheets, notes=self.notes)


class _Rows(Sequence[list[object]]):
    def __init__(self, table: RawTable) -> None:
        self.table = table

    def __len__(self) -> int:
        return self.table.n_rows

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.table.row(k) for k in range(*i.indices(len(self)))]
        return self.table.row(i)

    def __iter__(self) -> Iterator[list[object]]:
        return (list(cells) for cells in zip(*self.table.columns, strict=True)) \
            if self.table.columns else iter([[] for _ in range(len(self))])


def check_width(width: int, name: str) -> None:
    if width > MAX_COLUMNS:
        raise LabFileError.worded(
            "too_many_columns", N_("{file}: the header has {width} columns; more than {limit} "
                                   "are not read (is this a laboratory export?)"),
            file=name, width=width, limit=MAX_COLUMNS)


class RowCollector:
    """Normalises raw rows to the header width, drops blank rows, enforces the row cap;
    ``finish()`` stores the rows in the table by column."""

    def __init__(self, table: RawTable, max_rows: int, should_cancel: ShouldCancel | None,
                 *, all_text: bool = False):
        self.table = table
        self.all_text = all_text  # CSV: every cell is a str, so blank checks can use join
        self.width = len(table.headers)
        self.max_rows = max_rows
        self.should_cancel = should_cancel
        self.rows: list[list[object]] = []

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
                t.shape_issues[len(self.rows)] = RowIssue.worded(
                    "extra_cells", "extra_cells", cells=str(width + len(extra)),
                    columns=str(width))
            cells = cells[:width]
        elif len(cells) < width:
            cells = list(cells) + [""] * (width - len(cells))
        self.rows.append(cells)
        t.row_numbers.append(number)
        n = len(self.rows)
        if n > self.max_rows:
            raise LabFileError.worded(
                "too_many_rows", N_("more than {limit} data rows; split the export or raise the "
                                    "row limit"), limit=self.max_rows)
        if self.should_cancel is not None and n % CANCEL_CHECK_EVERY == 0 and \
                self.should_cancel():
            raise ImportCancelled()

    def finish(self) -> RawTable:
        rows, self.rows = self.rows, []
        t = self.table
        t.columns = [list(c) for c in zip(*rows, strict=True)] if rows else \
            [[] for _ in range(self.width)]
        return t


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
