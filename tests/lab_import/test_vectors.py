"""The column-wise cell readers against the scalar ones they stand in for (hypothesis).

``vectors.plain_decimals`` may only claim a cell that ``core.values.parse_value`` reads as an
exact number, with the same value; ``vectors.compare`` must give exactly the ``Decimal`` sign
against any threshold (boundaries, 20 fraction digits, thresholds with fractions);
``local_times`` must read a cell as ``datetime.fromisoformat`` does.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.core.facts import compare as core_compare
from desktop_app.core.values import Comparator, InputError, parse_value
from desktop_app.lab_import.vectors import (
    canonical_text,
    compare,
    local_times,
    plain_decimals,
    split_threshold,
    unique_rows,
)

BOUNDARIES = ["4420", "3978", "4862", "5000", "4250", "5750", "100", "18", "125", "9931.74",
              "8938.566", "10924.914", "442", "397.8", "486.2", "0.5", "4420.00000000000000000001"]

digits = st.text("0123456789", min_size=1, max_size=11)
numbers = st.builds(lambda w, f, sep: w + (sep + f if f else ""), digits,
                    st.text("0123456789", max_size=22), st.sampled_from([".", ","]))


def _around(b: str) -> list[str]:
    """A boundary written exactly, with trailing zeros, a leading zero, and 1e-20 above."""
    point = b if "." in b else b + "."
    return [b, point + "0", "0" + b, (point + "0" * 20)[:len(point) + 19] + "1"]


near = st.sampled_from([x for b in BOUNDARIES for x in _around(b)])
junk = st.text(st.sampled_from(list("0123456789.,<>=-+ eE_≤\u00a0٤a")), max_size=12)
cells = st.one_of(numbers, near, junk, st.just(""))


def _parsed(cell: str, decimal_comma: bool) -> Decimal | None:
    try:
        v = parse_value(cell, field="x", decimal_comma=decimal_comma)
    except InputError:
        return None
    return v.value if v.comparator is Comparator.EQ and v.text == cell else None


@settings(max_examples=600, deadline=None)
@given(st.lists(cells, min_size=1, max_size=40), st.booleans())
@example(["4420", "4420.00000000000000000001", "04420.0", "1,5", "4.420", "0", "000"], False)
@example(["4420,5", "4.420", "0012,50", "1,234"], True)
def test_plain_cells_are_exactly_what_the_core_reads(batch: list[str],
                                                     decimal_comma: bool) -> None:
    d = plain_decimals(batch, decimal_comma)
    for i, cell in enumerate(batch):
        core = _parsed(cell, decimal_comma)
        if d.plain[i]:
            assert core is not None, cell
            exact = Decimal(int(d.whole[i])) + Decimal(int(d.frac_hi[i])).scaleb(-10) + \
                Decimal(int(d.frac_lo[i])).scaleb(-20)
            assert exact == core, cell
            assert canonical_text(cell) == format(core, "f")
            assert bool(d.canonical[i]) == (canonical_text(cell) == cell)
        assert bool(d.empty[i]) == (cell == "")


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(numbers, near), min_size=1, max_size=30),
       st.one_of(st.sampled_from(BOUNDARIES), st.builds(
           lambda w, f: f"{w}.{f}" if f else w, st.text("0123456789", min_size=1, max_size=12),
           st.text("0123456789", max_size=20))).filter(lambda t: Decimal(t) > 0))
def test_compare_is_the_exact_decimal_sign(batch: list[str], threshold: str) -> None:
    t = Decimal(threshold)
    d = plain_decimals(batch, False)
    got = compare(d, t)
    assert got is not None
    for i, cell in enumerate(batch):
        if d.plain[i]:
            assert int(got[i]) == int(core_compare(Decimal(cell.replace(",", ".")), t)), \
                (cell, t)


def test_thresholds_beyond_twenty_fraction_digits_are_left_to_the_core() -> None:
    assert split_threshold(Decimal("1." + "0" * 20 + "1")) is None
    assert split_threshold(Decimal("9931.74")) == (9931, 7400000000, 0)
    assert compare(plain_decimals(["1"], False), Decimal("1." + "0" * 21 + "1")) is None


def test_censored_and_odd_cells_are_never_plain() -> None:
    odd = [">4420", "<=5", "≥18", " 100", "100 ", "+5", "-5", "1e4", "4_420", "٤٤٢٠", "nan",
           "5.", ".5", "1234567890", "1." + "1" * 21, "4,420", "4.420"]
    d = plain_decimals(odd, False)
    assert not d.plain.any()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)).map(
        lambda t: t.replace(microsecond=0).isoformat()),
    st.datetimes().map(lambda t: t.replace(microsecond=0).isoformat(timespec="minutes")),
    st.text("0123456789-T: ", max_size=19)), min_size=1, max_size=30))
def test_local_times_read_as_fromisoformat(batch: list[str]) -> None:
    lt = local_times(batch)
    for i, cell in enumerate(batch):
        if not lt.valid[i]:
            continue
        when = datetime.fromisoformat(cell)
        assert (int(lt.year[i]), int(lt.month[i]), int(lt.day_of_month[i])) == (
            when.year, when.month, when.day)
        assert int(lt.second_of_day[i]) == when.hour * 3600 + when.minute * 60 + when.second
        assert int(lt.day[i]) == (when.date() - datetime(1970, 1, 1).date()).days
        assert bool(lt.seconds[i]) == (len(cell) == 19)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 7), min_size=4, max_size=4), min_size=1, max_size=50))
def test_unique_rows_is_numpys(rows: list[list[int]]) -> None:
    m = np.array(rows, np.int8)
    distinct, inverse = unique_rows(m)
    assert (distinct[inverse] == m).all()
    assert len({tuple(r) for r in rows}) == len(distinct)
