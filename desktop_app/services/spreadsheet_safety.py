"""Spreadsheet formula neutralisation for every text cell we export (hazard H19, ASVS 1.2.10).

A text cell that starts with ``=`` ``+`` ``-`` ``@`` TAB, CR or NUL is run as a formula (or
DDE) by Excel/LibreOffice when the pharmacist opens the file; Python's ``csv`` writes it
verbatim and openpyxl even stores ``=...`` as a formula.  Such cells get a leading apostrophe,
which spreadsheet programs show as plain text.  Numbers stay numbers: pass them as ``int``,
``float`` or ``Decimal`` and they are left alone (a negative number is not mangled).

Use ``safe_cell`` for CSV rows and ``safe_xlsx_cell`` for XLSX cells (``xlsx_writer``);
``neutralise`` for a single string.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

FORMULA_TRIGGERS = frozenset("=+-@\t\r\0")
NEUTRALISER = "'"
# Characters XML 1.0 cannot hold (control characters, U+FFFE, U+FFFF).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Cell = str | int | float | Decimal | None


def neutralise(text: str) -> str:
    """``text`` with a leading ``'`` when its first character would start a formula."""
    if text and text[0] in FORMULA_TRIGGERS:
        return NEUTRALISER + text
    return text


def is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def safe_cell(value: object) -> Cell:
    """A CSV cell: numbers unchanged, ``None`` stays empty, everything else neutralised text."""
    if value is None or is_number(value):
        return value  # type: ignore[return-value]
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return neutralise(str(value))


def safe_xlsx_cell(value: object) -> Cell:
    """An XLSX cell: as ``safe_cell``, and the control characters and noncharacters XML
    cannot store become U+FFFD (after neutralising, so a leading TAB/CR/NUL still gets its
    apostrophe)."""
    cell = safe_cell(value)
    if isinstance(cell, str):
        return _XML_ILLEGAL.sub("\ufffd", cell)
    if isinstance(cell, Decimal):
        return float(cell) if cell.is_finite() else str(cell)
    return cell


def csv_number(value: Decimal | int | float) -> str:
    """Plain positional text for a number in CSV (never exponent notation)."""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)
