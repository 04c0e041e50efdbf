"""The pseudo-locale for layout tests: longer, accented, every placeholder intact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.i18n import pseudo_translator
from desktop_app.i18n.checks import fields
from desktop_app.i18n.pseudo import pseudo


def test_pseudo_text_is_accented_bracketed_and_forty_percent_longer() -> None:
    text = "Decimal separator for typed values"
    shown = pseudo(text)
    assert shown.startswith("[") and shown.endswith("]")
    assert len(shown) >= 1.4 * len(text)
    assert not any(c in shown for c in "aeiou")


def test_placeholders_markup_and_mnemonics_survive() -> None:
    text = "&Point: {n:.1f} of {total} <b>rows</b> &amp; %n more (%1)"
    shown = pseudo(text)
    for kept in ("&P", "{n:.1f}", "{total}", "<b>", "</b>", "&amp;", "%n", "%1"):
        assert kept in shown, kept
    assert pseudo("") == ""


def test_command_line_options_survive() -> None:
    shown = pseudo("not saved (add --save to store it); see --hla-dr-unit")
    assert "--save" in shown and "--hla-dr-unit" in shown and "store" not in shown


@given(st.lists(st.sampled_from(["word ", "{x}", "{y:.2f}", "&Save", "<i>", "%n", "ÄÖ ", "."]),
                min_size=1, max_size=12).map("".join))
def test_pseudo_keeps_the_format_fields(text: str) -> None:
    assert fields(pseudo(text)) == fields(text)
    assert pseudo(text).format(x=1, y=2.5)  # still a template the same call fills


def test_pseudo_translator_renders_texts_and_findings() -> None:
    class Finding:
        code = "ferritin_missing"
        message = "Ferritin is needed."

    tr = pseudo_translator()
    assert tr("{n} rows", n=3).startswith("[3 ŕöŵš")
    assert tr.finding(Finding()).startswith("[Ƒéŕŕîţîñ")
    assert tr.number(4420.5) == "4420,5"
