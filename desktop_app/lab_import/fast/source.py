"""The fast lane's view of a CSV file: the same bytes the reference reader sees, split without
Python per-row work, and only for files where that split provably equals ``csv.reader``'s.

The reference (``csv_table.read_csv_table``) decodes, detects the delimiter and runs
``csv.reader``.  This module reuses the same ``decode`` and ``detect_delimiter`` calls, then
accepts the file only when ``csv.reader`` could not do anything but split each physical line at
the delimiter: no quote character anywhere, no NUL, CR only as part of CRLF, the header on the
first line, no line longer than the csv module's field limit, one of the four usual delimiters.
Then record *n* is physical line *n* and its cells are exactly the byte ranges between
delimiters.  Anything else returns ``None`` and the whole file takes the reference path.

Lines with another number of cells than the header (padded or truncated by ``RowCollector``,
blank lines included) are handed over as Python cells, exactly as ``RowCollector`` shapes them.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from desktop_app.lab_import.csv_table import decode, delimiter_name, detect_delimiter
from desktop_app.lab_import.limits import check_size, file_kind
from desktop_app.lab_import.model import ImportOptions, LabFileError, RowIssue
from desktop_app.lab_import.raw_table import RawTable, RowCollector, header_text

FAST_DELIMITERS = (",", ";", "\t", "|")
_EMPTY = b""


@dataclass
class SplitCsv:
    """A CSV file split into cells.

    ``lines`` counts the data lines (every physical line after the header); line ``i`` is
    spreadsheet row ``i + 2``.  ``regular[i]`` tells whether it has exactly one cell per
    header; ``column(j)`` gives cell ``j`` of every line as bytes (UTF-8; ``b""`` for irregular
    lines), ``lengths(j)`` their byte lengths.  ``irregular`` maps an irregular line to its
    cells as ``RowCollector`` leaves them (None for a blank line) and its shape issue.
    """

    path: Path
    encoding: str
    delimiter: str
    notes: list[str]
    headers: list[str]
    lines: int
    regular: np.ndarray
    irregular: dict[int, tuple[list[object] | None, RowIssue | None]]
    _flat: list[bytes]
    _starts: np.ndarray  # index into _flat of each data line's first cell (-1: irregular)
    _field_len: np.ndarray  # [lines, columns] byte length of each cell of regular lines
    _bytes: np.ndarray  # the buffer
    _cell_end: np.ndarray  # position in the buffer after flat cell k
    _columns: dict[int, list[bytes]] = field(default_factory=dict)

    @property
    def width(self) -> int:
        return len(self.headers)

    def column(self, j: int) -> list[bytes]:
        got = self._columns.get(j)
        if got is None:
            if self.regular.all():
                got = self._flat[self.width + j:self.width * (self.lines + 1):self.width]
            else:
                idx = np.where(self._starts >= 0, self._starts + j, len(self._flat) - 1)
                got = list(map(self._flat.__getitem__, idx.tolist()))
            self._columns[j] = got
        return got

    def lengths(self, j: int) -> np.ndarray:
        return self._field_len[:, j]

    def edges(self, j: int) -> tuple[np.ndarray, np.ndarray]:
        """First and last byte of cell ``j`` of every line (0 for empty or irregular cells)."""
        k = np.where(self._starts >= 0, self._starts + j, len(self._cell_end) - 1)
        end = self._cell_end[k]
        length = self.lengths(j)
        some = length > 0
        first = np.where(some, self._bytes[np.maximum(end - length, 0)], 0)
        last = np.where(some, self._bytes[np.maximum(end - 1, 0)], 0)
        return first.astype(np.uint8), last.astype(np.uint8)

    def cells(self, i: int) -> list[object]:
        """Line ``i`` as ``RawTable.rows`` holds it (str cells, padded to the header width)."""
        if not self.regular[i]:
            cells = self.irregular[i][0]
            assert cells is not None, "blank line"
            return cells
        start = int(self._starts[i])
        return [c.decode("utf-8") for c in self._flat[start:start + self.width]]


def split_csv(path: Path, options: ImportOptions) -> SplitCsv | None:
    """Read and split ``path``, or None when the fast lane does not handle the file."""
    try:
        check_size(path, options.max_bytes)
        if file_kind(path) != "csv":
            return None
        data = path.read_bytes()
        text, encoding, notes = decode(data, path.name, options.encoding)
        if not text or text.isspace():
            return None
        if options.delimiter is not None:
            delimiter = options.delimiter
        else:
            delimiter = detect_delimiter(text, path.name)
            notes.append(f"delimiter {delimiter_name(delimiter)} (detected)")
    except (LabFileError, OSError):
        return None  # the reference path reports it
    if delimiter not in FAST_DELIMITERS:
        return None
    if encoding == "utf-8":
        buf = data
    elif encoding == "utf-8-sig":
        buf = data[3:]
    else:
        buf = text.encode("utf-8")
    del data, text
    if b'"' in buf or b"\x00" in buf:
        return None
    crs = buf.count(b"\r")
    if crs:
        if crs != buf.count(b"\r\n"):
            return None
        buf = buf.replace(b"\r\n", b"\n")
    if not buf.endswith(b"\n"):
        buf += b"\n"
    return _split(path, buf, encoding, delimiter, notes, options.max_rows)


def _split(path: Path, buf: bytes, encoding: str, delimiter: str, notes: list[str],
           max_rows: int) -> SplitCsv | None:
    d = delimiter.encode("ascii")
    head = buf[:buf.index(b"\n")].decode("utf-8").split(delimiter)
    if not any(c.strip() for c in head):
        return None  # header after blank lines: numbering notes differ, leave it to csv
    width = len(head)
    arr = np.frombuffer(buf, np.uint8)
    # Every cell ends at a separator (delimiter or newline): flat[k] ends at seps[k].
    seps = np.flatnonzero((arr == d[0]) | (arr == 10))
    ends = np.flatnonzero(arr[seps] == 10)  # index into seps of each line's newline
    cell_len = np.diff(seps, prepend=-1) - 1
    if int(np.diff(seps[ends], prepend=-1).max()) > csv.field_size_limit():
        return None
    cells_per_line = np.diff(ends, prepend=-1)
    if int(cells_per_line[0]) != width:
        return None
    lines = len(ends) - 1
    regular = cells_per_line[1:] == width
    flat = buf.replace(b"\n", d).split(d)
    flat.append(_EMPTY)
    first_cell = (ends - cells_per_line + 1)[1:]
    starts = np.where(regular, first_cell, -1)
    if regular.all():
        field_len = cell_len[width:width * (lines + 1)].reshape(lines, width)
    else:
        field_len = np.zeros((lines, width), np.int64)
        field_len[regular] = cell_len[first_cell[regular][:, None] + np.arange(width)]
    split = SplitCsv(path, encoding, delimiter, notes, [header_text(c) for c in head], lines,
                     regular, {}, flat, starts, field_len, arr, seps)
    for i in np.flatnonzero(~regular).tolist():
        first = int(first_cell[i])
        raw = [c.decode("utf-8") for c in flat[first:first + int(cells_per_line[i + 1])]]
        split.irregular[i] = shape_line(raw, width)
    blank = sum(1 for cells, _ in split.irregular.values() if cells is None)
    if lines - blank > max_rows:
        return None
    return split


def shape_line(cells: list[str], width: int) -> tuple[list[object] | None, RowIssue | None]:
    """``RowCollector.add`` applied to one line: its cells (None when blank) and shape issue."""
    table = RawTable("csv", [""] * width, [], [])
    RowCollector(table, 1, None, all_text=True).add(0, cells)  # type: ignore[arg-type]
    if not table.rows:
        return None, None
    return table.rows[0], table.shape_issues.get(0)
