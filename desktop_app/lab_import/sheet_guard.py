"""Untrusted workbooks: bound a sheet's extent before it is read, and read it in a child process
(hazard H42).

calamine builds a sheet as one dense rectangle from A1 to its furthest cell *before* any row cap
applies: a 1.5 KB XLSX with one cell at XFD1048576 asks for 512 GiB and the process aborts
(SIGABRT), the window with it.  Two guards:

1. ``check_xlsx_extent`` streams every worksheet part of an XLSX/XLSM (already size- and
   bomb-checked by ``limits``) and refuses a sheet whose declared dimension or whose furthest
   cell spans more than ``MAX_SHEET_COLUMNS`` columns or ``MAX_SHEET_CELLS`` cells, naming it.
2. ``read_isolated`` runs the reader in a spawned child process with an address-space limit
   (POSIX), so that a reader that still dies (an XLS, XLSB or ODS built the same way, or a
   reader bug) ends only the child; the caller gets ``LabFileError("reader_failed")``.
"""

from __future__ import annotations

import multiprocessing
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.i18n import N_
from desktop_app.lab_import.limits import cannot_unpack, damaged_zip
from desktop_app.lab_import.model import ImportCancelled, LabFileError
from desktop_app.lab_import.raw_table import MAX_COLUMNS, ShouldCancel

MAX_SHEET_COLUMNS = MAX_COLUMNS
# 30 million cells is 2 million rows of 15 columns (the row cap), about 1 GB inside calamine.
MAX_SHEET_CELLS = 30_000_000
CHILD_ADDRESS_SPACE = 8 << 30  # bytes; the child aborts cleanly rather than the machine paging

_CHUNK = 4 << 20
_PREFIX = rb"<(?:[A-Za-z_][\w.-]*:)?"
# The column letters of a cell reference, and the row number of a cell or row reference.
_CELL_COLUMN = re.compile(_PREFIX + rb"c\b[^>]*?\sr=\"([A-Z]{1,4})[0-9]")
_ROW_NUMBER = re.compile(_PREFIX + rb"(?:c|row|dimension)\b[^>]*?\s(?:r|ref)=\"(?:[A-Z0-9]*:)?"
                         rb"[A-Z]{0,4}([0-9]{1,9})\"")
_DIMENSION_COLUMN = re.compile(_PREFIX + rb"dimension\b[^>]*?\sref=\"(?:[A-Z]{0,4}[0-9]{0,9}:)?"
                               rb"([A-Z]{1,4})")


def column_number(letters: bytes) -> int:
    """'A' -> 1, 'Z' -> 26, 'AA' -> 27, 'XFD' -> 16384."""
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def _column_letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def check_xlsx_extent(path: Path) -> None:
    """Refuse an XLSX/XLSM with a sheet too wide or too large to build, before calamine does."""
    try:
        with zipfile.ZipFile(path) as zf:
            parts = [i for i in zf.infolist() if i.filename.startswith("xl/worksheets/")
                     and i.filename.endswith(".xml")]
            for info in parts:
                with zf.open(info) as member:
                    rows, cols = _extent(member)
                if cols > MAX_SHEET_COLUMNS or rows * cols > MAX_SHEET_CELLS:
                    # Counts without thousands separators, as every figure the app writes
                    # (a grouping comma reads as a decimal comma in six languages: H08).
                    raise LabFileError.worded(
                        "sheet_too_large",
                        N_("{file}: a worksheet ({part}) reaches cell {cell} ({rows} rows × "
                           "{cols} columns); sheets wider than {max_cols} columns or larger "
                           "than {max_cells} cells are not read (delete the far cells or export "
                           "only the results)"),
                        file=path.name, part=info.filename,
                        cell=f"{_column_letters(cols)}{rows}", rows=rows, cols=cols,
                        max_cols=MAX_SHEET_COLUMNS, max_cells=MAX_SHEET_CELLS)
    except zipfile.BadZipFile:
        raise damaged_zip(path.name) from None
    except (OSError, RuntimeError, NotImplementedError, EOFError) as exc:
        raise cannot_unpack(path.name, exc) from None


def _extent(member: Any) -> tuple[int, int]:
    """(rows, columns) of the rectangle from A1 to the declared dimension and to every cell
    and row reference of a worksheet part, streamed in chunks.  (Cells written without a
    reference are placed by the reader; the child process guards against those.)"""
    rows = cols = 0
    letters: set[bytes] = set()
    tail = b""
    while True:
        chunk = member.read(_CHUNK)
        text = tail + chunk
        end = text.rfind(b">") + 1 if chunk else len(text)  # whole tags only; the rest waits
        body, tail = text[:end], text[end:]
        letters.update(_CELL_COLUMN.findall(body))
        letters.update(_DIMENSION_COLUMN.findall(body))
        numbers = _ROW_NUMBER.findall(body)
        if numbers:
            rows = max(rows, max(map(int, numbers)))
        if not chunk:
            break
        if len(tail) > _CHUNK:  # no '>' in 4 MiB: not a worksheet
            raise LabFileError.worded("corrupt", N_("a worksheet part is not XML"))
    if letters:
        cols = max(column_number(x) for x in letters)
    return rows, cols


def _limit_memory() -> None:
    if sys.platform != "win32":
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = CHILD_ADDRESS_SPACE if hard == resource.RLIM_INFINITY else min(
            CHILD_ADDRESS_SPACE, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _child(connection: Any, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    _limit_memory()
    try:
        result: tuple[str, Any] = ("ok", function(*args))
    except LabFileError as exc:
        result = ("error", exc)  # pickled with its template and fields
    except MemoryError:
        result = ("memory", None)
    except Exception as exc:  # the type only: a message could quote a cell
        result = ("crash", type(exc).__name__)
    connection.send(result)
    connection.close()


def read_isolated(function: Callable[..., Any], *args: Any, name: str,
                  should_cancel: ShouldCancel | None = None, poll_seconds: float = 0.1) -> Any:
    """``function(*args)`` in a spawned child process; its result, or its ``LabFileError``.

    A child that dies (signal, abort) raises ``LabFileError("reader_failed")`` naming the file;
    ``should_cancel`` is polled while waiting and a cancelled child is terminated
    (``ImportCancelled``).  ``function`` must be importable (a module-level function).
    """
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, function, args), daemon=True)
    process.start()
    send.close()
    try:
        while not receive.poll(poll_seconds):
            if should_cancel is not None and should_cancel():
                process.terminate()
                raise ImportCancelled()
            if not process.is_alive() and not receive.poll(0):
                break
        try:
            status, payload = receive.recv()
        except (EOFError, OSError):
            process.join(5)
            raise LabFileError.worded(
                "reader_failed",
                N_("{file}: the spreadsheet reader stopped (exit status {status}) before it "
                   "could read the sheet: the sheet is too large or damaged; save it again "
                   "from the spreadsheet program, or export it as CSV"),
                file=name, status=str(process.exitcode)) from None
    finally:
        receive.close()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()
    if status == "ok":
        return payload
    if status == "memory":
        raise LabFileError.worded(
            "reader_failed", N_("{file}: the spreadsheet reader ran out of memory; the sheet is "
                                "too large to read (export it as CSV)"), file=name)
    if status == "crash":
        raise LabFileError.worded(
            "corrupt", N_("{file} cannot be read as a spreadsheet ({error}); save it again from "
                          "the spreadsheet program"), file=name, error=payload)
    raise payload
