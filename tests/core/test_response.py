"""The SAP's day-9 response on worked examples (a death on day 5, missing days, provisional
days) and its properties; every expected figure is worked out by hand in the comment beside it."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.response import (
    DailySofa,
    DaySource,
    ResponseError,
    day9_response,
    show,
    study_day,
)
from desktop_app.core.score_serialize import response_to_dict


def sofas(*pairs: tuple[int, int]) -> list[DailySofa]:
    return [DailySofa(day, total) for day, total in pairs]


def test_complete_days_responder() -> None:
    # day 1 = 12; days 2-9 = 11 10 9 8 8 7 6 6 -> sum 65, mean 8.125, decrease 3.875 > 1.4
    r = day9_response(sofas((1, 12), (2, 11), (3, 10), (4, 9), (5, 8), (6, 8), (7, 7), (8, 6),
                            (9, 6)), current_day=9)
    assert [d.source for d in r.days] == [DaySource.ENTERED] * 8
    assert (r.sum_days_2_9, r.mean_days_2_9, r.decrease) == (65, Fraction(65, 8),
                                                             Fraction(31, 8))
    assert (r.provisional, r.responder) == (False, True)
    assert r.arithmetic == ("12 − (11 + 10 + 9 + 8 + 8 + 7 + 6 + 6) / 8 = 12 − 65/8 = "
                            "12 − 8.125 = 3.875")
    assert r.verdict.code == "response_met"


def test_death_on_day_5() -> None:
    # day 1 = 11; days 2-4 entered 10 9 8; death on day 5 -> days 5-9 = 24
    # sum 10 + 9 + 8 + 5 × 24 = 147, mean 18.375, decrease 11 − 18.375 = −7.375: not a response
    r = day9_response(sofas((1, 11), (2, 10), (3, 9), (4, 8)), current_day=5, died_on_day=5)
    assert [(d.day, d.sofa, d.source.value) for d in r.days] == [
        (2, 10, "entered"), (3, 9, "entered"), (4, 8, "entered"), (5, 24, "death"),
        (6, 24, "death"), (7, 24, "death"), (8, 24, "death"), (9, 24, "death")]
    assert r.decrease == Fraction(-59, 8)
    assert (r.provisional, r.responder) == (False, False)  # final at once: all days are known
    assert r.arithmetic.endswith("= 11 − 147/8 = 11 − 18.375 = −7.375")
    assert [s.code for s in r.statements] == ["response_research_endpoint", "response_death"]


def test_a_sofa_entered_on_the_day_of_death_is_replaced_by_24() -> None:
    r = day9_response(sofas((1, 11), (2, 10), (5, 14)), current_day=6, died_on_day=5)
    assert r.days[3].source is DaySource.DEATH and r.days[3].sofa == 24
    assert [w.code for w in r.warnings] == ["response_entry_replaced_by_death"]
    # days 3 and 4 missing before the death: carried from day 2
    assert [(d.sofa, d.source, d.carried_from) for d in r.days[1:3]] == [
        (10, DaySource.CARRIED_FORWARD, 2), (10, DaySource.CARRIED_FORWARD, 2)]


def test_missing_days_carry_the_last_observation_forward() -> None:
    # day 1 = 12; entered day 2 = 10, day 4 = 9, day 7 = 6; today is day 10 (all days over)
    # days 2-9 = 10 10* 9 9* 9* 6 6* 6* -> sum 65, mean 8.125, decrease 3.875: response
    r = day9_response(sofas((1, 12), (2, 10), (4, 9), (7, 6)), current_day=10)
    assert [(d.sofa, d.source.value, d.carried_from) for d in r.days] == [
        (10, "entered", None), (10, "carried_forward", 2), (9, "entered", None),
        (9, "carried_forward", 4), (9, "carried_forward", 4), (6, "entered", None),
        (6, "carried_forward", 7), (6, "carried_forward", 7)]
    assert (r.decrease, r.provisional, r.responder) == (Fraction(31, 8), False, True)


def test_day_2_missing_carries_day_1() -> None:
    # day 1 = 8; nothing else; today day 10: every day carries 8 -> decrease 0: no response
    r = day9_response(sofas((1, 8)), current_day=10)
    assert all(d.carried_from == 1 and d.sofa == 8 for d in r.days)
    assert (r.decrease, r.responder) == (0, False)


def test_provisional_until_day_9_is_over() -> None:
    # today day 7 with day 7 entered: days 8 and 9 are pending (carried for now)
    entries = sofas((1, 12), (2, 10), (4, 9), (7, 6))
    r = day9_response(entries, current_day=7)
    assert (r.pending_days, r.provisional, r.responder) == ((8, 9), True, None)
    assert r.decrease == Fraction(31, 8)  # the running measure, shown with "provisional"
    assert r.verdict.code == "response_provisional" and "8, 9" in r.verdict.message
    # day 9 itself without a value: still provisional on day 9, final on day 10
    assert day9_response(entries, current_day=9).pending_days == (9,)
    assert day9_response(entries, current_day=10).provisional is False
    # the current day without a value is pending, an earlier one is carried (missing)
    r = day9_response(sofas((1, 12), (2, 10)), current_day=4)
    assert [(d.day, d.pending) for d in r.days[:3]] == [(2, False), (3, False), (4, True)]


def test_entered_on_day_9_is_final_on_day_9() -> None:
    r = day9_response(sofas((1, 10), (9, 7)), current_day=9)
    assert r.provisional is False
    # days 2-8 carry day 1 (10), day 9 = 7: sum 77, mean 9.625, decrease 0.375
    assert (r.decrease, r.responder) == (Fraction(3, 8), False)


@pytest.mark.parametrize(("sum_2_9", "responder"), [(68, True), (69, False), (70, False)])
def test_threshold_is_strictly_above_1_4(sum_2_9: int, responder: bool) -> None:
    # day 1 = 10: 10 − 68/8 = 1.5 > 1.4; 10 − 69/8 = 1.375 ≤ 1.4; 10 − 70/8 = 1.25
    values = [sum_2_9 // 8 + (1 if i < sum_2_9 % 8 else 0) for i in range(8)]
    r = day9_response([DailySofa(1, 10)] + [DailySofa(d, v) for d, v in
                                            zip(range(2, 10), values, strict=True)],
                      current_day=9)
    assert r.sum_days_2_9 == sum_2_9 and r.responder is responder


def test_an_incomplete_daily_sofa_is_flagged() -> None:
    r = day9_response([DailySofa(1, 9), DailySofa(3, 7, assessed_components=4)], current_day=10)
    assert [(w.code, w.param("day")) for w in r.warnings] == [("response_incomplete_day", 3)]


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"entries": sofas((2, 10)), "current_day": 5}, "day1_missing"),
    ({"entries": sofas((1, 10), (1, 9)), "current_day": 5}, "duplicate_day"),
    ({"entries": sofas((1, 10), (6, 9)), "current_day": 5}, "future_day"),
    ({"entries": sofas((1, 10)), "current_day": 5, "died_on_day": 6}, "death_day_out_of_range"),
    ({"entries": sofas((1, 10)), "current_day": 0}, "day_out_of_range"),
])
def test_inputs_that_cannot_give_the_measure(kwargs: dict[str, object], code: str) -> None:
    with pytest.raises(ResponseError) as err:
        day9_response(kwargs.pop("entries"), **kwargs)  # type: ignore[arg-type]
    assert err.value.code == code


@pytest.mark.parametrize(("day", "total", "components"), [(0, 5, 6), (2, 25, 6), (2, -1, 6),
                                                          (2, 5, 7)])
def test_a_daily_sofa_out_of_range_is_refused(day: int, total: int, components: int) -> None:
    with pytest.raises(ResponseError):
        DailySofa(day, total, components)


def test_study_day_counts_calendar_days_from_phenotyping() -> None:
    assert study_day(date(2026, 3, 30), date(2026, 3, 30)) == 1
    assert study_day(date(2026, 3, 30), date(2026, 4, 7)) == 9


def test_json_contract() -> None:
    r = day9_response(sofas((1, 11), (2, 10), (3, 9), (4, 8)), current_day=5, died_on_day=5)
    data = response_to_dict(r)
    for key in ("day1", "days", "mean_days_2_9", "decrease", "responder", "provisional"):
        assert key in data
    assert data["days"][3] == {"day": 5, "sofa": 24, "source": "death", "carried_from": None,
                               "pending": False, "assessed_components": None}
    assert (data["mean_days_2_9"], data["decrease"], data["responder"]) == (18.375, -7.375,
                                                                            False)


# --- properties ---------------------------------------------------------------------------------

daily = st.dictionaries(st.integers(2, 12), st.integers(0, 24), max_size=11)


@given(st.integers(0, 24), daily, st.integers(1, 12), st.one_of(st.none(), st.integers(1, 12)))
def test_the_formula_holds_for_any_history(day1: int, later: dict[int, int], today: int,
                                           death: int | None) -> None:
    if death is not None and death > today:
        death = today
    entries = [DailySofa(1, day1)] + [DailySofa(d, v) for d, v in later.items() if d <= today]
    r = day9_response(entries, current_day=today, died_on_day=death)
    assert len(r.days) == 8 and [d.day for d in r.days] == list(range(2, 10))
    assert r.mean_days_2_9 == Fraction(sum(d.sofa for d in r.days), 8)
    assert r.decrease == day1 - r.mean_days_2_9
    assert (r.decrease * 8).denominator == 1  # a multiple of 1/8: "> 1.4" ≡ "≥ 1.4"
    assert (r.responder is None) == r.provisional
    if not r.provisional:
        assert r.responder == (r.decrease > Fraction(7, 5)) == (r.decrease >= Fraction(7, 5))
    if death is not None:
        assert not r.provisional
        assert all((d.sofa, d.source) == (24, DaySource.DEATH) for d in r.days if d.day >= death)
    if today > 9:
        assert not r.provisional
    for d in r.days:
        if d.source is DaySource.CARRIED_FORWARD:
            assert d.carried_from is not None and d.carried_from < d.day
            assert d.sofa == (day1 if d.carried_from == 1 else later[d.carried_from])
    assert Fraction(show(r.decrease).replace("−", "-")) == r.decrease  # shown exactly
