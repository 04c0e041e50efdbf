"""The strict value grammar (hazards H05-H10)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.values import Comparator, InputError, parse_value

ACCEPTED = [
    ("4420", Comparator.EQ, "4420"),
    ("  4420\t", Comparator.EQ, "4420"),
    ("4420.5", Comparator.EQ, "4420.5"),
    ("4420.0000000000001", Comparator.EQ, "4420.0000000000001"),
    ("0.125", Comparator.EQ, "0.125"),  # a leading 0 cannot be a grouped thousand
    ("0", Comparator.EQ, "0"),
    (">40000", Comparator.GT, "40000"),
    ("> 40000", Comparator.GT, "40000"),
    (">=4420", Comparator.GE, "4420"),
    ("≥4420", Comparator.GE, "4420"),
    ("<15", Comparator.LT, "15"),
    ("<=15", Comparator.LE, "15"),
    ("≤ 15", Comparator.LE, "15"),
]


@pytest.mark.parametrize(("text", "comparator", "value"), ACCEPTED)
def test_accepted(text: str, comparator: Comparator, value: str) -> None:
    parsed = parse_value(text, field="ferritin")
    assert parsed.comparator is comparator
    assert parsed.value == Decimal(value)
    assert str(parsed.value) == value  # exact, never through float
    assert parsed.text == text


REJECTED = [
    ("", "empty"), ("   ", "empty"), (None, "empty"), (">", "empty"),
    ("nan", "not_a_number"), ("NaN", "not_a_number"), ("inf", "not_a_number"),
    ("-inf", "not_a_number"), ("Infinity", "not_a_number"),
    ("1e4", "exponent"), ("4.42E3", "exponent"),
    ("4_420", "underscore"),
    ("4,420", "ambiguous_separator"), ("4.420", "ambiguous_separator"),
    ("44.200", "ambiguous_separator"), ("4.420,5", "grouping"), ("4,420.5", "grouping"),
    ("4 420", "grouping"), ("4'420", "grouping"), ("1,5", "grouping"),
    ("-5", "negative"), ("+5", "sign"),
    ("٤٤٢٠", "non_ascii"), ("４４２０", "non_ascii"), ("4420\u00a0", "non_ascii"),
    ("\u22125", "non_ascii"), ("44\u200b20", "non_ascii"), ("4\u202f420", "non_ascii"),
    ("4420.", "not_a_number"), (".5", "not_a_number"), ("4420 ng/mL", "not_a_number"),
    ("abc", "not_a_number"), ("1.2.3", "not_a_number"), ("1" * 10, "too_long"),
]


@pytest.mark.parametrize(("text", "code"), REJECTED)
def test_rejected_with_reason_naming_field(text: str | None, code: str) -> None:
    with pytest.raises(InputError) as info:
        parse_value(text, field="ferritin")
    assert info.value.code == code
    assert str(info.value).startswith("ferritin: ")


def test_non_ascii_message_names_the_code_point() -> None:
    with pytest.raises(InputError, match=r"U\+00A0 \(NO-BREAK SPACE\)"):
        parse_value("4420\u00a0", field="ferritin")


def test_decimal_comma_only_when_declared() -> None:
    assert parse_value("4,5", field="f", decimal_comma=True).value == Decimal("4.5")
    assert parse_value("4420,25", field="f", decimal_comma=True).value == Decimal("4420.25")
    with pytest.raises(InputError, match="declare decimal comma"):
        parse_value("4420,25", field="f")
    with pytest.raises(InputError, match="decimal comma is on"):
        parse_value("4420.25", field="f", decimal_comma=True)
    with pytest.raises(InputError) as info:  # still ambiguous with decimal comma declared
        parse_value("4,420", field="f", decimal_comma=True)
    assert info.value.code == "ambiguous_separator"


def test_censored_can_be_refused() -> None:
    with pytest.raises(InputError) as info:
        parse_value(">17", field="age", allow_censored=False)
    assert info.value.code == "censored_not_allowed"


GRAMMAR = re.compile(r"[ \t\r\n]*(>=|<=|≥|≤|>|<)?[ \t\r\n]*([0-9]+(?:\.[0-9]+)?)[ \t\r\n]*")


@settings(max_examples=500)
@given(st.text())
def test_any_text_is_refused_or_accepted_inside_the_grammar(text: str) -> None:
    try:
        parsed = parse_value(text, field="x")
    except InputError:
        return
    match = GRAMMAR.fullmatch(text)
    assert match is not None, f"accepted outside the grammar: {text!r}"
    assert parsed.value == Decimal(match.group(2))


@settings(max_examples=500)
@given(st.decimals(min_value=0, max_value=10**8, places=4, allow_nan=False),
       st.sampled_from(["", ">", ">=", "<", "<=", "≥", "≤"]))
def test_round_trip(value: Decimal, comparator: str) -> None:
    text = comparator + format(value, "f")
    try:
        parsed = parse_value(text, field="x")
    except InputError as exc:
        assert exc.code == "ambiguous_separator"  # e.g. "1.500": refused, never misread
        return
    assert parsed.value == value
    again = parse_value(parsed.display(), field="x")  # what the screen shows reads back the same
    assert (again.comparator, again.value) == (parsed.comparator, value)
