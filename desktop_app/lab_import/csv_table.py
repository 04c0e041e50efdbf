"""CSV and other delimited text exports: encoding and delimiter detection, then a strict read.

The standard library's ``csv`` module is used rather than ``pandas.read_csv``: every cell stays
the exact string in the file (no ``thousands=`` date corruption, no NA guessing, leading zeros
kept), every record keeps its spreadsheet row number (blank lines included), and a row with too
many cells is reported instead of aborting or silently dropping it.  A file without any quote
character, whose header is its first line, is split with ``str.split`` instead: there ``csv``
could do nothing but split each line at the delimiter, so the cells are the same, several
times faster.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import threading
from operator import itemgetter, methodcaller
from pathlib import Path
from typing import cast

from desktop_app.core.findings import Finding, Text
from desktop_app.i18n import N_
from desktop_app.lab_import.columns import count_recognised
from desktop_app.lab_import.model import LabFileError, Word
from desktop_app.lab_import.raw_table import (
    RawTable,
    RowCollector,
    ShouldCancel,
    check_width,
    header_text,
)

DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab"), "|": N_("pipe")}
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_ROWS = 50
# Bytes 0x80-0x9F: printable in cp1252 (€, ‰, „ ...), C1 control characters in latin-1.
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
# A well-formed UTF-8 multi-byte sequence.  In a file that is not valid UTF-8 as a whole, one of
# these means that parts of it are UTF-8 and parts another encoding: decoding it all as
# Windows-1252 would turn "Müller" into "MÃ¼ller".
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
                            rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
                            rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                            rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")


def delimiter_name(delimiter: str) -> str:
    return _DELIMITER_NAMES.get(delimiter, repr(delimiter))


def decode(data: bytes, name: str, given: str | None) -> tuple[str, str, list[Finding]]:
    """Return (text, encoding used, notes).  Refuse rather than guess between encodings."""
    notes: list[Finding] = []
    if given:
        try:
            codec = codecs.lookup(given).name
        except LookupError:
            raise LabFileError.worded("encoding", N_("unknown encoding {encoding!r}"),
                                      encoding=given) from None
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        try:
            return data.decode(codec), codec, notes
        except UnicodeDecodeError as exc:
            raise LabFileError.worded(
                "encoding", N_("{file} is not valid {encoding} (byte {byte} cannot be decoded); "
                               "check the encoding"),
                file=name, encoding=given, byte=exc.start + 1) from None
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig", name), "utf-8-sig", notes
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16", notes
    if b"\x00" in data:
        raise LabFileError.worded(
            "binary", N_("{file} contains NUL bytes: it is not a text export (or UTF-16 without "
                         "byte-order mark: give the encoding)"), file=name)
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError as exc:
        bad = exc.start
    mixed = _UTF8_SEQUENCE.search(data)
    if mixed is not None:
        raise LabFileError.worded(
            "mixed_encoding",
            N_("{file} mixes encodings: line {utf8_line} is UTF-8 but line {other_line} is not; "
               "save the file again in one encoding, or give the encoding if you know it"),
            file=name, utf8_line=_line_of(data, mixed.start()), other_line=_line_of(data, bad))
    high = {b for b in set(data) if 0x80 <= b <= 0x9F}
    if high & _CP1252_UNDEFINED:
        raise LabFileError.worded(
            "encoding", N_("{file} is neither UTF-8 nor Windows-1252; give the encoding (e.g. "
                           "latin-1)"), file=name)
    if not high:
        notes.append(Finding("encoding_cp1252"))
    return data.decode("cp1252"), "cp1252", notes


def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise LabFileError.worded(
            "encoding", N_("{file} starts with a {encoding} byte-order mark but byte {byte} is "
                           "not valid {encoding}"),
            file=name, encoding=codec, byte=exc.start + 1) from None


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
        raise LabFileError.worded(
            "delimiter", N_("{file}: no delimiter (comma, semicolon, tab, pipe) splits the "
                            "header into columns; give the delimiter"), file=name)
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
        raise LabFileError.worded(
            "delimiter", N_("{file}: both {first} and {second} could be the delimiter; give the "
                            "delimiter"),
            file=name, first=Word(delimiter_name(scored[0][2])),
            second=Word(delimiter_name(scored[1][2])))
    return scored[0][2]


def read_csv_table(path: Path, data: bytes | None, *, encoding: str | None,
                   delimiter: str | None, max_rows: int,
                   should_cancel: ShouldCancel | None) -> RawTable:
    """Decode ``data`` (the bytes of ``path``; None: read them here, so that they are freed
    as soon as they are decoded) and read every record.

    Raises ``LabFileError`` for undecodable text, an undetectable delimiter, an unmatched quote
    or a header of more than ``MAX_COLUMNS`` columns (the position is named).
    """
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise LabFileError.worded("unreadable", N_("{file}: cannot be read ({error})"),
                                      file=path.name, error=str(exc.strerror)) from None
    text, used, notes = decode(data, path.name, encoding)
    del data
    if not text.strip():
        raise no_rows(path.name)
    if delimiter is not None:
        if len(delimiter) != 1 or delimiter in "\"\r\n":
            raise LabFileError.worded(
                "delimiter", N_("delimiter must be one character, got {delimiter!r}"),
                delimiter=delimiter)
        chosen = delimiter
    else:
        chosen = detect_delimiter(text, path.name)
        notes.append(Finding("delimiter_detected", variant=_DELIMITER_NAMES[chosen]))
    end = text.find("\n")
    header_first = (text if end < 0 else text[:end]).strip() != ""
    if '"' not in text and "\0" not in text and header_first and \
            text.count("\r") == text.count("\r\n"):
        holder = [text]
        del text  # _split_lines frees it as soon as it is split into lines
        return _split_lines(path, holder, used, chosen, notes, max_rows, should_cancel)
    return _csv_records(path, text, used, chosen, notes, max_rows, should_cancel)


def _split_lines(path: Path, holder: list[str], used: str, chosen: str, notes: list[Finding],
                 max_rows: int, should_cancel: ShouldCancel | None) -> RawTable:
    """A file without quotes: record n is line n, its cells the text between delimiters."""
    lines = holder.pop().replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final newline ends the last line; it does not start a new one
    header = lines[0].split(chosen)
    check_width(len(header), path.name)
    table = RawTable("csv", [header_text(c) for c in header], [], [], encoding=used,
                     delimiter=chosen, notes=notes)
    width = len(header)
    body = lines[1:]
    del lines
    if len(body) <= max_rows and _all_plain(body, chosen, width):
        # Every line has the header's width and some text: split all of it at once.
        count = len(body)
        flat = chosen.join(body).split(chosen) if body else []
        del body  # the lines, now that their cells exist
        table.columns = cast(list[list[object]], [flat[j::width] for j in range(width)])
        del flat
        table.row_numbers = list(range(2, count + 2))
        return table
    collector = RowCollector(table, max_rows, should_cancel, all_text=True)
    for number, line in enumerate(body, start=2):
        collector.add(number, line.split(chosen))  # type: ignore[arg-type]
    return collector.finish()


def _all_plain(lines: list[str], delimiter: str, width: int) -> bool:
    """Every line has the header's width and some text (as ``RowCollector`` sees it)."""
    if not lines:
        return True
    if width < 2 or list(map(methodcaller("count", delimiter), lines)).count(width - 1) \
            != len(lines):
        return all(_plain_line(line, delimiter, width) for line in lines)
    # Each line is non-empty now; one whose first character is text is not blank.
    firsts = set(map(itemgetter(0), lines))
    if all(c != delimiter and not c.isspace() for c in firsts):
        return True
    return all(_plain_line(line, delimiter, width) for line in lines)


def _plain_line(line: str, delimiter: str, width: int) -> bool:
    """The line has exactly ``width`` cells and is not blank (as ``RowCollector`` sees it)."""
    if line.count(delimiter) != width - 1 or not line:
        return False
    first = line[0]
    return (first != delimiter and not first.isspace()) or bool(
        line.replace(delimiter, "").strip())


_FIELD_LIMIT_LOCK = threading.Lock()


def _allow_cells_up_to(chars: int) -> None:
    """Let ``csv`` read cells as long as the whole text: a closed 200 KB quoted cell is a
    cell, not an unmatched quote.  The limit is global to the ``csv`` module; it only grows."""
    with _FIELD_LIMIT_LOCK:
        if csv.field_size_limit() < chars:
            csv.field_size_limit(chars)


def _csv_records(path: Path, text: str, used: str, chosen: str, notes: list[Finding],
                 max_rows: int, should_cancel: ShouldCancel | None) -> RawTable:
    _allow_cells_up_to(len(text) + 1)
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
            raise no_rows(path.name)
        check_width(len(header), path.name)
        if number > 1:
            notes.append(Finding("header_row", (("row", Text(str(number))),)))
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
            raise LabFileError.worded(
                "unmatched_quote",
                N_("{file}: the quoted cell that starts on line {line} is never closed "
                   "(unmatched quote); fix the file and import again"),
                file=path.name, line=start_line) from None
        raise LabFileError.worded(
            "malformed", N_("{file}, line {line}: malformed CSV ({error}); fix the file and "
                            "import again"),
            file=path.name, line=start_line, error=detail) from None
    return collector.finish()


def no_rows(name: str) -> LabFileError:
    return LabFileError.worded("empty", N_("{file} contains no rows"), file=name)
