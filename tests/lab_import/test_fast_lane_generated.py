"""Hypothesis-generated clean (and not so clean) wide CSV exports: the fast lane writes the
reference path's bytes and counts, whatever the values, units, times, ids and layout."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import event, given, settings
from hypothesis import strategies as st

from desktop_app.lab_import import ImportOptions

from .fast_lane_support import compare_lanes

BOUNDARIES = ["4420", "3978", "4862", "5000", "4250", "5750", "100", "18", "0", "442",
              "9931.74"]
TINY = ["0", "0.0001", "0.0000000000001", "0.00000000000000000001", "1", "0.5"]


@st.composite
def number(draw: st.DrawFn, comma: bool) -> str:
    """Values around the boundaries, with the spellings the core's grammar allows."""
    base = Decimal(draw(st.sampled_from(BOUNDARIES)))
    step = Decimal(draw(st.sampled_from(TINY)))
    value = max(Decimal(0), base + step if draw(st.booleans()) else base - step)
    if draw(st.integers(0, 9)) == 0:
        value = Decimal(draw(st.integers(0, 10**9 - 1))) / Decimal(10) ** draw(st.integers(0, 20))
    text = format(value, "f")
    if draw(st.booleans()) and "." not in text:
        text += "." + "0" * draw(st.integers(1, 3))
    elif draw(st.booleans()) and "." in text:
        text += "0" * draw(st.integers(0, 2))
    if draw(st.integers(0, 5)) == 0:
        text = "0" * draw(st.integers(1, 2)) + text
    return text.replace(".", ",") if comma else text


ODD_VALUES = ["", "", "", "<5", ">40000", "n.b.", " 12", "1e4", "4,420", "4.420", "-5", "+5",
              "1.095,0", "12 ", "٤", "1" * 10, "0." + "1" * 21]
PIDS = ["P1", "P2", "P3", "007", "=cmd", "-5", "+x", "@x", " P1", "P1 ", "Mü ller", "", "P 4"]
TIMES = ["2025-03-01T08:00", "2025-03-01T08:00:00", "2025-03-01T08:00:01", "2024-02-29T23:59",
         "2025-03-30T02:30", "2025-10-26T02:30:00", "2099-01-01T00:00", "", "2025-03-01",
         "2025-03-01 08:00", "01.03.2025 08:00", "2025-02-29T08:00", "2025-03-01T08:00Z",
         "2025-11-30T23:59:59"]
AGES = ["", "17", "18", "18.0", "18,0", "65", "017", "17.99", "<18", "x"]
F_UNITS = ["ng/mL", "µg/L", "ug/l", "pmol/L", "µg/dL", "", "mmol/L", " ng/mL"]
H_UNITS = ["AB/C", "ab/c", "molecules/cell", "%", "MFI", "", "AB/C "]


CLEAN_PIDS, CLEAN_TIMES = ["P1", "P2", "P3", "P4", "=cmd", "Mü ller"], [*TIMES[:5], ""]


@st.composite
def lab_file(draw: st.DrawFn) -> tuple[bytes, ImportOptions]:
    clean = draw(st.booleans())  # mostly what the fast lane takes, or anything
    pids, times = (CLEAN_PIDS, CLEAN_TIMES) if clean else (PIDS, TIMES)
    odd_values = [""] if clean else ODD_VALUES
    ages, f_units, h_units = ([*AGES[:3], "65"], F_UNITS[:3], H_UNITS[:3]) if clean else (
        AGES, F_UNITS, H_UNITS)
    comma = draw(st.booleans())
    delimiter = draw(st.sampled_from([";", "\t", "|"] if comma else [",", ";", "\t", "|"]))
    unit_columns = draw(st.booleans())
    with_age, with_dob, with_time = draw(st.booleans()), draw(st.booleans()), draw(st.booleans())
    header = ["Patient-ID"]
    header += ["Sample time"] if with_time else []
    header += ["Ferritin", "Ferritin unit", "HLA-DR", "HLA-DR unit"] if unit_columns else [
        draw(st.sampled_from(["Ferritin (ng/mL)", "Ferritin (µg/l)", "ferritin_ng_ml"]
                             + ([] if clean else ["Ferritin (pmol/L)"]))),
        draw(st.sampled_from(["HLA-DR [AB/C]", "mHLA-DR [AB/C]"]
                             + ([] if clean else ["HLA-DR [%]"])))]
    header += ["Alter"] if with_age else []
    header += ["Geburtsdatum"] if with_dob else []
    rows = []
    for k in range(draw(st.integers(1, 25))):
        def value() -> str:
            return draw(st.one_of(number(comma), number(comma), st.sampled_from(odd_values)))

        unique = clean and draw(st.integers(0, 3)) > 0  # else: duplicates and conflicts
        row = [f"P{k}" if unique else draw(st.sampled_from(pids))]
        row += [draw(st.sampled_from(times))] if with_time else []
        if unit_columns:
            row += [value(), draw(st.sampled_from(f_units)), value(),
                    draw(st.sampled_from(h_units))]
        else:
            row += [value(), value()]
        row += [draw(st.sampled_from(ages))] if with_age else []
        row += [draw(st.sampled_from(["1960-01-01", "1970-01-01", ""]))] if with_dob else []
        if not clean and draw(st.integers(0, 15)) == 0:
            row = row[:-1] if draw(st.booleans()) else [*row, "x"]
        rows.append(delimiter.join(row))
        if draw(st.integers(0, 20)) == 0:
            rows.append("")
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join([delimiter.join(header), *rows]) + draw(st.sampled_from(["", newline]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    options = ImportOptions(
        decimal_comma=draw(st.sampled_from([None, comma])),
        ferritin_unit=draw(st.sampled_from([None, None, "ng/mL"])),
    )
    return text.encode(encoding, errors="replace"), options


@settings(max_examples=400)
@given(lab_file(), st.booleans())
def test_generated_files_identical(generated: tuple[bytes, ImportOptions],
                                   sentences: bool) -> None:
    content, options = generated
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        path = tmp / "labs.csv"
        path.write_bytes(content)
        split = compare_lanes(path, tmp, options, layouts=(sentences,))
        event("whole file to the reference" if split is None else
              "fast and reference rows" if split.fast and split.reference else
              "only fast rows" if split.fast else "only reference rows")


@settings(max_examples=100)
@given(st.lists(st.tuples(st.sampled_from(["P1", "P2", "P3"]),
                          st.sampled_from([*TIMES[:5], ""]), number(False), number(False)),
                min_size=1, max_size=40))
def test_generated_duplicates_identical(rows: list[tuple[str, str, str, str]]) -> None:
    body = "".join(",".join(r) + "\n" for r in rows)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        path = tmp / "labs.csv"
        path.write_text("MRN,Sample time,Ferritin [ng/mL],HLA-DR [AB/C]\n" + body,
                        encoding="utf-8")
        split = compare_lanes(path, tmp)
        event("some rows decided fast" if split and split.fast else "none decided fast")
