"""Hypothesis-generated hostile files (hazards H17, H18; hazards.md §6.4).

Oracle for every file: either a ``LabFileError`` with a message, or every data row accounted
for exactly once (classified + cannot classify + rejected == rows read), every rejection with a
code and a message, and never any other exception.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from desktop_app.lab_import import ImportOptions, LabFileError
from desktop_app.services.cohort import run_cohort

NOW = datetime(2025, 12, 1, tzinfo=UTC)
HEADERS = ["MRN", "Pat.-Nr.", "Patient-ID", "Ferritin", "Ferritin (µg/l)", "Ferritin [pmol/L]",
           "Ferritin unit", "HLA-DR", "mHLA-DR [AB/C]", "HLA-DR unit", "Entnahmezeit",
           "Sample time", "Alter", "Age", "Test", "LOINC", "Wert", "Einheit", "Geburtsdatum",
           "Bemerkung"]
VALUES = ["4420", "4420,5", "4420.5", "<5", ">40000", "≥ 5000", "4,420", "1.095,0", "n.b.",
          "1e4", "-5", "NaN", "٤٤٢٠", "4 420", "", " ", "0", "=1+1", "@SUM(A1)", "99999999999"]
UNITS = ["ng/mL", "µg/L", "μg/l", "pmol/L", "ug/dL", "AB/C", "%", "MFI", "mmol/L", ""]
TIMES = ["2025-03-01T08:00", "2025-03-01 08:00:00+01:00", "01.03.2025 08:00", "03/01/2025 08:00",
         "13.03.2025 08:00", "45731", "2025-03-01", "2099-01-01T00:00", "2025-03-30T02:30", ""]
TESTS = ["Ferritin", "2276-4", "HLA-DR", "mHLA-DR", "CRP", ""]

cell = st.one_of(st.sampled_from(VALUES + UNITS + TIMES + TESTS + ["P1", "P2", "007"]),
                 st.text(max_size=12))


WIDE_BASE = [["MRN", "Pat.-Nr."], ["Ferritin (µg/l)", "Ferritin"], ["mHLA-DR [AB/C]", "HLA-DR"],
             ["Entnahmezeit", "Sample time"]]
LONG_BASE = [["MRN"], ["Test", "LOINC"], ["Wert"], ["Einheit"], ["Entnahmezeit"]]
OPTIONAL = ["Ferritin unit", "HLA-DR unit", "Alter", "Geburtsdatum", "Bemerkung"]


@st.composite
def headers(draw) -> list[str]:  # type: ignore[no-untyped-def]
    """Mostly readable headers (one per field, shuffled, extras), sometimes anything."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.lists(st.one_of(st.sampled_from(HEADERS), st.text(max_size=8)),
                             min_size=1, max_size=8))
    base = WIDE_BASE if draw(st.booleans()) else LONG_BASE
    chosen = [draw(st.sampled_from(options)) for options in base]
    chosen += draw(st.lists(st.sampled_from(OPTIONAL), unique=True, max_size=3))
    chosen += draw(st.lists(st.text(max_size=6), max_size=1))
    return draw(st.permutations(chosen))


@st.composite
def tables(draw) -> tuple[list[str], list[list[str]]]:  # type: ignore[no-untyped-def]
    header = draw(headers())
    width = len(header)
    rows = draw(st.lists(st.one_of(st.lists(cell, min_size=width, max_size=width),
                                   st.lists(cell, max_size=width + 2)), max_size=25))
    return header, rows


def _check(path: Path, options: ImportOptions | None = None) -> None:
    try:
        result = run_cohort(path, options, now=NOW)
    except LabFileError as exc:
        assert exc.code and exc.message
        event(f"file refused: {exc.code}")
        return
    event("read" if result.rows_read else "read, no rows")
    assert result.balanced
    rows = sorted([n for r in result.rows for n in r.rows] + [r.row for r in result.rejected_rows])
    assert len(rows) == len(set(rows)) == result.rows_read
    for rej in result.rejected_rows:
        assert rej.reasons and all(i.code and i.message for i in rej.reasons)
    for r in result.rows:
        assert r.assessment.phenotype is not None or r.assessment.reasons


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=tables(), delimiter=st.sampled_from([",", ";", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
       newline=st.sampled_from(["\n", "\r\n", "\r"]),
       damage=st.one_of(st.none(), st.tuples(st.integers(0, 10_000), st.binary(max_size=8))))
def test_structured_csv_never_crashes_and_accounts_for_every_row(
        tmp_path_factory, table, delimiter, encoding, newline, damage) -> None:  # type: ignore[no-untyped-def]
    header, rows = table
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows([header, *rows])
    data = buffer.getvalue().encode(encoding, errors="replace")
    if damage is not None:
        at, junk = damage
        at %= max(len(data), 1)
        data = data[:at] + junk + data[at + len(junk):]
    path = tmp_path_factory.mktemp("fuzz") / "labs.csv"
    path.write_bytes(data)
    _check(path)
    _check(path, ImportOptions(decimal_comma=True, ferritin_unit="µg/L", hla_dr_unit="AB/C",
                               delimiter=delimiter))


@settings(max_examples=150)
@given(st.binary(max_size=2000))
def test_random_bytes(tmp_path_factory, data: bytes) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("bytes") / "labs.csv"
    path.write_bytes(data)
    _check(path)


typed_cell = st.one_of(
    cell, st.integers(-10, 10**7), st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.none(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.dates(min_value=datetime(1900, 1, 1).date(), max_value=datetime(2100, 1, 1).date()),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3)))


@settings(max_examples=25, deadline=None)
@given(header=headers(),
       rows=st.lists(st.lists(typed_cell, max_size=8), max_size=12))
def test_generated_workbooks(tmp_path_factory, header, rows) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([ILLEGAL_CHARACTERS_RE.sub("", h) for h in header])
    for row in rows:  # openpyxl refuses control characters that XML cannot hold
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c
                      for c in row])
    path = tmp_path_factory.mktemp("xlsx") / "labs.xlsx"
    book.save(path)
    _check(path)
