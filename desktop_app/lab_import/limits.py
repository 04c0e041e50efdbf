"""Refuse oversized and hostile files before any parser sees them (hazard H17).

Checks run on the file system metadata and the zip central directory only, so a 1 GB file or a
zip bomb is refused in milliseconds with bounded memory.
"""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

from desktop_app.i18n import N_
from desktop_app.lab_import.model import LabFileError

ZIP_KINDS = {"xlsx", "xlsm", "ods"}
MAX_ZIP_MEMBERS = 10_000
MAX_UNCOMPRESSED_FACTOR = 8  # uncompressed total may be 8× the byte cap (XML is verbose)
MAX_COMPRESSION_RATIO = 200  # real spreadsheets stay far below; bombs reach 1000+
_ENTITY_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
_SNIFF_BYTES = 4096


def check_size(path: Path, max_bytes: int) -> int:
    """Return the file size; raise ``LabFileError`` when missing, not a file or too large."""
    name = path.name
    try:
        st = path.stat()
    except FileNotFoundError:
        raise LabFileError.worded("not_found", N_("{file}: file not found."), file=name) \
            from None
    except OSError as exc:
        raise LabFileError.worded("unreadable", N_("{file}: cannot be opened ({error})"),
                                  file=name, error=str(exc.strerror)) from None
    if not path.is_file():
        raise LabFileError.worded("not_a_file", N_("{file}: is not a file"), file=name)
    if st.st_size > max_bytes:
        raise LabFileError.worded(
            "too_large", N_("{file} is {size} MB; files over {limit} MB are not imported (split "
                            "the export or raise the limit)"),
            file=name, size=_megabytes(st.st_size), limit=_megabytes(max_bytes))
    if st.st_size == 0:
        raise LabFileError.worded("empty", N_("{file} is empty"), file=name)
    return st.st_size


def check_zip_container(path: Path, max_bytes: int) -> None:
    """Refuse zip bombs and XML entity tricks in XLSX/ODS before calamine unpacks them."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ZIP_MEMBERS:
                raise LabFileError.worded(
                    "zip_bomb", N_("{file} contains {parts} parts; this is not a normal "
                                   "spreadsheet"), file=path.name, parts=len(infos))
            total = sum(i.file_size for i in infos)
            if total > max_bytes * MAX_UNCOMPRESSED_FACTOR:
                raise LabFileError.worded(
                    "zip_bomb", N_("{file} unpacks to {size} MB; over the limit of {limit} MB"),
                    file=path.name, size=_megabytes(total),
                    limit=_megabytes(max_bytes * MAX_UNCOMPRESSED_FACTOR))
            for info in infos:
                if info.file_size > 1_000_000 and info.compress_size and (
                        info.file_size / info.compress_size > MAX_COMPRESSION_RATIO):
                    raise LabFileError.worded(
                        "zip_bomb", N_("{file}: part {part!r} is compressed {ratio}:1; refused "
                                       "as a possible zip bomb"),
                        file=path.name, part=info.filename,
                        ratio=info.file_size // info.compress_size)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")) and info.file_size:
                    with zf.open(info) as member:
                        head = member.read(_SNIFF_BYTES)
                    if any(m in head for m in _ENTITY_MARKERS):
                        raise LabFileError.worded(
                            "xml_entities", N_("{file}: part {part!r} declares XML entities "
                                               "(DOCTYPE); refused (billion-laughs protection)"),
                            file=path.name, part=info.filename)
    except zipfile.BadZipFile:
        raise damaged_zip(path.name) from None
    except (OSError, RuntimeError, NotImplementedError, EOFError) as exc:
        raise cannot_unpack(path.name, exc) from None


def damaged_zip(name: str) -> LabFileError:
    """An XLSX/ODS whose zip container is broken."""
    return LabFileError.worded(
        "corrupt", N_("{file} is not a valid spreadsheet (damaged zip container); save it "
                      "again from the spreadsheet program"), file=name)


def cannot_unpack(name: str, exc: BaseException) -> LabFileError:
    """An XLSX/ODS that zipfile cannot unpack (``exc``'s text is the library's, in English)."""
    return LabFileError.worded("corrupt", N_("{file} cannot be unpacked ({error})"),
                               file=name, error=str(exc))


def file_kind(path: Path) -> str:
    """'csv' for text files (any other extension), else the spreadsheet extension."""
    ext = path.suffix.lower().lstrip(".")
    if ext in ("xlsx", "xlsm", "xlsb", "xls", "ods"):
        return ext
    return "csv"


def spreadsheet_kind(path: Path) -> str:
    """The spreadsheet format of ``path`` by its content (for ``--format excel`` on a file
    whose extension does not say): an OLE2 compound file is XLS; a zip holding
    ``xl/workbook.bin`` is XLSB, ``xl/workbook.xml`` XLSX (XLSM), ``content.xml`` ODS."""
    kind = file_kind(path)
    if kind != "csv":
        return kind
    with path.open("rb") as f:
        head = f.read(8)
    if head == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "xls"
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError):
            names = set()
        for member, found in (("xl/workbook.bin", "xlsb"), ("xl/workbook.xml", "xlsx"),
                              ("content.xml", "ods")):
            if member in names:
                return found
    raise LabFileError.worded(
        "not_a_spreadsheet", N_("{file} is not an Excel or OpenDocument spreadsheet (XLSX, XLSM, "
                                "XLSB, XLS, ODS)"), file=path.name)


def _megabytes(n: int) -> Decimal:
    return (Decimal(n) / (1024 * 1024)).quantize(Decimal("0.1"))


