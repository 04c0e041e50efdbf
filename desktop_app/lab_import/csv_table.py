"""CSV and other delimited text exports: encoding and delimiter detection, then a strict read.

The standard library's ``csv`` module is used rather than ``pandas.read_csv``: every cell stays
the exact string in the file (no ``thousands=`` date corruption, no NA guessing, leading zeros
kept), every record keeps its spreadsheet row number (blank lines included), and a row with too
many cells is reported instead of aborting or silently dropping it.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from desktop_app.lab_import.columns import count_recognised
from desktop_app.lab_import.model import LabFileError
from desktop_app.lab_import.raw_table import RawTable, RowCollector, ShouldCancel, header_text

DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_ROWS = 50
# Bytes 0x80-0x9F: printable in cp1252 (€, ‰, „ ...), C1 control characters in latin-1.
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def delimiter_name(delimiter: str) -> str:
    return _DELIMITER_NAMES.get(delimiter, repr(delimiter))


def decode(data: bytes, name: str, given: str | None) -> tuple[str, str, list[str]]:
    """Return (text, encoding used, notes).  Refuse rather than guess between encodings."""
    notes: list[str] = []
    if given:
        try:
            codec = codecs.lookup(given).name
        except LookupError:
            raise LabFileError("encoding", f"unknown encoding {given!r}") from None
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        try:
            return data.decode(codec), codec, notes
        except UnicodeDecodeError as exc:
            raise LabFileError("encoding", f"{name} is not valid {given} (byte {exc.start + 1} "
                               "cannot be decoded); check the encoding") from None
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig", name), "utf-8-sig", notes
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16", notes
    if b"\x00" in data:
        raise LabFileError("binary", f"{name} contains NUL bytes: it is not a text export "
                           "(or UTF-16 without byte-order mark: give the encoding)")
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError:
        pass
    high = {b for b in set(data) if 0x80 <= b <= 0x9F}
    if high & _CP1252_UNDEFINED:
        raise LabFileError("encoding", f"{name} is neither UTF-8 nor Windows-1252; give the "
                           "encoding (e.g. latin-1)")
    if not high:
        notes.append("encoding cp1252 (identical to latin-1 for this file)")
    return data.decode("cp1252"), "cp1252", notes


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise LabFileError("encoding", f"{name} starts with a {codec} byte-order mark but byte "
                           f"{exc.start + 1} is not valid {codec}") from None


def detect_delimiter(text: str, name: str) -> str:
    """The delimiter that splits the header into recognised columns, consistently.

    Candidates must give at least two header cells.  The one whose header cells match the most
    known column names wins; ties are broken by how many sample rows have the header's width.
    A remaining tie is refused: the user gives the delimiter.
    """
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS and "\n" in sample:
        sample = sample[:sample.rindex("\n")]
    scored = []
    for d in DELIMITERS:
        try:
            rows = [r for _, r in zip(range(_SAMPLE_ROWS),
                                      csv.reader(io.StringIO(sample, newline=""), delimiter=d),
                                      strict=False)]
        except csv.Error:
            continue
        rows = [r for r in rows if any(c.strip() for c in r)]  # leading blank lines
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        body = rows[1:]
        consistent = sum(len(r) == width for r in body) / len(body) if body else 1.0
        recognised = count_recognised([header_text(c) for c in rows[0]])
        scored.append((recognised, consistent, d))
    if not scored:
        raise LabFileError("delimiter", f"{name}: no delimiter (comma, semicolon, tab, pipe) "
                           "splits the header into columns; give the delimiter")
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
        a, b = delimiter_name(scored[0][2]), delimiter_name(scored[1][2])
        raise LabFileError("delimiter", f"{name}: both {a} and {b} could be the delimiter; "
                           "give the delimiter")
    return scored[0][2]


def read_csv_table(path: Path, data: bytes, *, encoding: str | None, delimiter: str | None,
                   max_rows: int, should_cancel: ShouldCancel | None) -> RawTable:
    """Decode ``data`` (the bytes of ``path``) and read every record.

    Raises ``LabFileError`` for undecodable text, an undetectable delimiter, an unmatched quote
    or a cell beyond the csv field limit (the position is named).
    """
    text, used, notes = decode(data, path.name, encoding)
    del data
    if not text.strip():
        raise LabFileError("empty", f"{path.name} contains no rows")
    if delimiter is not None:
        if len(delimiter) != 1 or delimiter in "\"\r\n":
            raise LabFileError("delimiter", f"delimiter must be one character, got {delimiter!r}")
        chosen = delimiter
    else:
        chosen = detect_delimiter(text, path.name)
        notes.append(f"delimiter {delimiter_name(chosen)} (detected)")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=chosen, strict=True)
    start_line = 1  # physical line where the record being read begins
    try:
        header: list[str] | None = None
        number = 0
        for cells in reader:  # leading blank lines are allowed; the first text row is the header
            number += 1
            start_line = reader.line_num + 1
            if any(c.strip() for c in cells):
                header = cells
                break
        if header is None:
            raise LabFileError("empty", f"{path.name} contains no rows")
        if number > 1:
            notes.append(f"header on row {number}")
        table = RawTable("csv", [header_text(c) for c in header], [], [], encoding=used,
                         delimiter=chosen, notes=notes)
        collector = RowCollector(table, max_rows, should_cancel, all_text=True)
        for cells in reader:
            number += 1
            collector.add(number, cells)  # type: ignore[arg-type]
            start_line = reader.line_num + 1
    except csv.Error as exc:
        detail = str(exc)
        if "end of data" in detail or "field larger" in detail:
            raise LabFileError("unmatched_quote",
                               f"{path.name}: the quoted cell that starts on line {start_line} is "
                               "never closed (unmatched quote); fix the file and import "
                               "again") from None
        raise LabFileError("malformed", f"{path.name}, line {start_line}: malformed CSV "
                           f"({detail}); fix the file and import again") from None
    return table
