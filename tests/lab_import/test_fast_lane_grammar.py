"""The fast lane's vectorised cell grammars against the reference functions, cell by cell, and
the one sentence table that both the core and the fast lane word their findings from."""

from __future__ import annotations

import re
import string
from datetime import datetime
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.inputs import Ferritin, HlaDr, PatientInputs, exact
from desktop_app.core.phenotype import MESSAGES, classify, near_band
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import Comparator, InputError, parse_value
from desktop_app.lab_import.fast.grammar import canonical, iso_times, values

VALUE_CHARS = "0123456789" * 4 + ".,,..+-eE <>_'٣\t"
values_text = st.text(alphabet=VALUE_CHARS, max_size=32)


def _lengths(cells: list[bytes]) -> np.ndarray:
    return np.array([len(c) for c in cells], np.int64)


@settings(max_examples=300)
@given(st.lists(values_text, min_size=1, max_size=40), st.booleans())
def test_values_agree_with_parse_value(texts: list[str], decimal_comma: bool) -> None:
    cells = [t.encode("utf-8") for t in texts]
    v = values(cells, _lengths(cells))
    usable = v.exact_decimal(decimal_comma)
    sep = "," if decimal_comma else "."
    for i, text in enumerate(texts):
        try:
            parsed = parse_value(text, field="x", decimal_comma=decimal_comma)
        except InputError:
            parsed = None
        clean = re.fullmatch(rf"[0-9]+(\{sep}[0-9]+)?", text) is not None
        if usable[i]:
            # Everything the fast lane reads itself, the core reads as the same exact value.
            assert parsed is not None and parsed.comparator is Comparator.EQ
            assert int(v.whole[i]) == int(parsed.value)
            assert bool(v.fraction[i]) == (parsed.value != int(parsed.value))
            assert canonical(cells[i]) == format(parsed.value, "f").encode()
        elif clean and parsed is not None:
            # ... and it leaves only what the core refuses (too long, ambiguous) to it.
            pytest.fail(f"{text!r} is a plain decimal the fast lane did not take")
        if v.grouped[i]:
            assert parsed is None
        assert bool(v.empty[i]) == (text == "")


@pytest.mark.parametrize(("text", "whole", "fraction"), [
    ("4420", 4420, False), ("4420.0000000000001", 4420, True), ("0004420.5000", 4420, True),
    ("999999999.99999999999999999999", 999999999, True), ("0", 0, False), ("0.000", 0, False),
])
def test_exact_parts(text: str, whole: int, fraction: bool) -> None:
    v = values([text.encode()], np.array([len(text)]))
    assert v.exact_decimal(False)[0]
    assert (int(v.whole[0]), bool(v.fraction[0])) == (whole, fraction)


@pytest.mark.parametrize("text", ["4.420", "1,234", "12.345", "0000000001", "1." + "1" * 21,
                                  "1,5"])
def test_cells_left_to_the_core(text: str) -> None:
    assert not values([text.encode()], np.array([len(text)])).exact_decimal(False)[0]


iso_text = st.builds(
    lambda y, mo, d, h, mi, s, sep, with_s: f"{y:04d}-{mo:02d}-{d:02d}{sep}{h:02d}:{mi:02d}"
    + (f":{s:02d}" if with_s else ""),
    st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32), st.integers(0, 25),
    st.integers(0, 61), st.integers(0, 61), st.sampled_from(["T", "T", " ", "t"]),
    st.booleans())


@settings(max_examples=300)
@given(st.lists(st.one_of(iso_text, st.text(alphabet=string.digits + "-T: ", max_size=20)),
                min_size=1, max_size=30))
def test_iso_times_agree_with_fromisoformat(texts: list[str]) -> None:
    cells = [t.encode() for t in texts]
    t = iso_times(cells, _lengths(cells))
    for i, text in enumerate(texts):
        if not t.valid[i]:
            continue
        when = datetime.fromisoformat(text)  # never raises for a valid cell
        days = (when.date() - datetime(1970, 1, 1).date()).days
        assert (int(t.day[i]), int(t.second_of_day[i])) == (
            days, when.hour * 3600 + when.minute * 60 + when.second)
        assert len(text) in (16, 19) and text[10] == "T"


def test_iso_times_refuse_what_fromisoformat_refuses() -> None:
    texts = ["2025-02-29T08:00", "2024-02-30T08:00", "2025-13-01T08:00", "2025-00-10T08:00",
             "2025-01-01T24:00", "2025-01-01T23:60", "2025-01-01T23:59:60", "0000-01-01T00:00",
             "2025-01-01T08:00:0", "2025-01-01 08:00", "2025-01-01T08:00Z"]
    cells = [t.encode() for t in texts]
    assert not iso_times(cells, _lengths(cells)).valid.any()
    ok = [b"2024-02-29T23:59:59", b"0001-01-01T00:00", b"9999-12-31T23:59"]
    assert iso_times(ok, _lengths(ok)).valid.all()


def test_every_finding_is_worded_by_the_table() -> None:
    """classify builds every reason and warning from MESSAGES (no sentence typed twice)."""
    seen = set()
    for f, f_unit in ((None, FerritinUnit.NG_PER_ML), ("1000", FerritinUnit.NG_PER_ML),
                      ("4000", FerritinUnit.UG_PER_L), ("9932", FerritinUnit.PMOL_PER_L),
                      ("442.1", FerritinUnit.UG_PER_DL), (">3000", FerritinUnit.NG_PER_ML)):
        for h, unit in ((None, HlaDrUnit.AB_PER_CELL), ("3000", HlaDrUnit.AB_PER_CELL),
                        ("5000", HlaDrUnit.AB_PER_CELL), ("45", HlaDrUnit.PERCENT_POSITIVE),
                        (">4000", HlaDrUnit.AB_PER_CELL), ("50", HlaDrUnit.AB_PER_CELL)):
            for age in (None, exact(60), exact(16)):
                ferritin = None if f is None else Ferritin(parse_value(f, field="f"), f_unit)
                hla = None if h is None else HlaDr(parse_value(h, field="h"), unit)
                a = classify(PatientInputs(ferritin, hla, age))
                for finding in a.reasons + a.warnings:
                    assert finding.code in MESSAGES
                    pattern = re.escape(MESSAGES[finding.code])
                    pattern = re.sub(r"\\\{[a-z_]+\\\}", ".+", pattern)
                    assert re.fullmatch(pattern, finding.message), finding
                    seen.add(finding.code)
    assert len(seen) == 16


def test_near_band_is_the_warnings_band() -> None:
    assert near_band(Decimal(4420), Decimal(10)) == (Decimal(3978), Decimal(4862))
    assert near_band(Decimal(5000), Decimal(15)) == (Decimal(4250), Decimal(5750))
    assert near_band(Decimal(4420), Decimal("12.5")) == (Decimal("3867.5"), Decimal("4972.5"))
