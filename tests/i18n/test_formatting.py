"""Numbers and dates on output, per language; never grouped, never rounded unasked."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.i18n import LANGUAGES, TRANSLATED_LANGUAGES, translator
from desktop_app.i18n.formatting import FORMATS, LocaleFormat, ValueFormatter

CET = timezone(timedelta(hours=1), "CET")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "4420.50"), ("de", "4420,50"), ("el", "4420,50"), ("nl", "4420,50"),
    ("fr", "4420,50"), ("it", "4420,50"), ("es", "4420,50")])
def test_decimal_separator_per_language_digits_kept(lang: str, text: str) -> None:
    assert translator(lang).number(Decimal("4420.50")) == text


def test_no_thousands_separator_in_any_language() -> None:
    for lang in LANGUAGES:
        assert translator(lang).number(1234567) == "1234567"
        assert translator(lang).number(Decimal("12345.6")).replace(",", ".") == "12345.6"


def test_places_round_only_when_asked() -> None:
    de = translator("de")
    assert de.number(Decimal("35.14"), places=1) == "35,1"
    assert de.number(Decimal("1E+3")) == "1000"
    assert de.decimal_text(".002") == ",002"  # a published figure keeps its digits
    with pytest.raises(TypeError):
        de.number(True)  # type: ignore[arg-type]


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4,
                   min_value=-10**6, max_value=10**6))
def test_output_reads_back_to_the_same_value(value: Decimal) -> None:
    for lang in LANGUAGES:
        text = translator(lang).number(value)
        assert Decimal(text.replace(",", ".")) == value
        assert not re.search(r"\d[.,]\d{3}[.,]", text)  # never grouped


@pytest.mark.parametrize(("lang", "day", "stamp"), [
    ("en", "2026-03-01", "2026-03-01 07:05 +01:00 (CET)"),
    ("de", "01.03.2026", "01.03.2026 07:05 +01:00 (CET)"),
    ("el", "01/03/2026", "01/03/2026 07:05 +01:00 (CET)"),
    ("nl", "01-03-2026", "01-03-2026 07:05 +01:00 (CET)"),
    ("fr", "01/03/2026", "01/03/2026 07:05 +01:00 (CET)"),
    ("it", "01/03/2026", "01/03/2026 07:05 +01:00 (CET)"),
    ("es", "01/03/2026", "01/03/2026 07:05 +01:00 (CET)")])
def test_dates_and_times(lang: str, day: str, stamp: str) -> None:
    tr = translator(lang)
    when = datetime(2026, 3, 1, 7, 5, tzinfo=CET)
    assert tr.date(date(2026, 3, 1)) == day
    assert tr.datetime(when, zone=True) == stamp
    assert tr.time(datetime(2026, 3, 1, 19, 5)) == "19:05"  # 24-hour clock everywhere
    assert tr.datetime(datetime(2026, 3, 1, 7, 5, tzinfo=UTC), zone=True).endswith("+00:00 (UTC)")
    with pytest.raises(ValueError, match="zone"):
        tr.datetime(datetime(2026, 3, 1), zone=True)


def test_durations_in_hours() -> None:
    assert translator("en").hours(timedelta(hours=49, minutes=30)) == "49.5 h"
    assert translator("de").hours(timedelta(hours=26)) == "26 h"
    assert translator("el").hours(timedelta(minutes=450)) == "7,5 h"


def test_fields_are_written_by_type() -> None:
    fmt = ValueFormatter(FORMATS["de"], lambda s: f"<{s}>", owner=None)
    text = fmt.format("{a} {b} {c:.1f} {d} {e}", a="4420.5 ng/mL", b=Decimal("4420.5"),
                      c=35.14, d=date(2026, 3, 1), e=timedelta(hours=7.5))
    assert text == "4420.5 ng/mL 4420,5 35,1 01.03.2026 7,5 h"  # strings stay as entered
    with pytest.raises(ValueError, match="thousands"):
        fmt.format("{n:,}", n=4420)

    class Quantity:
        def localized(self, tr: object) -> str:
            return "9932 pmol/L (≈ 4420,12 ng/mL)"

    assert fmt.format("{q}", q=Quantity()) == "9932 pmol/L (≈ 4420,12 ng/mL)"


def test_date_order_and_decimal_symbol_agree_with_cldr() -> None:
    babel = pytest.importorskip("babel")
    from babel.dates import get_date_format
    from babel.numbers import get_decimal_symbol

    assert babel.__version__
    for lang in TRANSLATED_LANGUAGES:
        ours: LocaleFormat = FORMATS[lang]
        pattern = get_date_format("short", lang).pattern
        cldr_order = [c for c in re.sub(r"[^dMy]", " ", pattern).split()]
        our_order = re.findall(r"%([dmY])", ours.date_pattern)
        assert [o[0].lower() for o in cldr_order] == [o.lower() for o in our_order], lang
        separator = re.sub(r"%[dmY]", "", ours.date_pattern)[:1]
        assert re.sub(r"[dMy]+", "", pattern)[:1] == separator, lang
        assert get_decimal_symbol(lang) == ours.decimal, lang


def test_a_bool_field_is_refused_rather_than_shown_in_english() -> None:
    fmt = ValueFormatter(FORMATS["de"], str, owner=None)
    with pytest.raises(TypeError):
        fmt.format("{flag}", flag=True)
