"""Hostile identifiers (hazard H20): printed literally, never parsed as markup, inert."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop_app.report.styles import displayable, esc

from .conftest import HOSTILE, body_text, render, squeeze

TAGS = [
    "<b>bold</b>", "<i>x", "</para>", "<para>p</para>", "<br/>", "<font color='red' size=40>X"
    "</font>", '<font name="Helvetica">H</font>', '<link href="http://x">L</link>',
    '<a name="anchor"/>', '<a href="file:///etc/passwd">f</a>',
    '<img src="http://example.com/x.png" width="100" height="100"/>',
    '<img src="data:image/png;base64,iVBORw0KGgo="/>', '<img src="/etc/passwd"/>',
    '<seq id="s"/>', '<onDraw name="f" label="x"/>', '<span style="x">s</span>',
    "<strike>s</strike>", "<super>2</super>", "<greek>a</greek>",
    '<unichar name="GREEK SMALL LETTER GAMMA"/>', "<![CDATA[x]]>", "<!-- comment -->",
    '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
    "<font color=\"[[[getattr(pow, Word('__globals__'))['os'].system('id')]]]\">x</font>",
]
ENTITIES = ["&amp;", "&lt;b&gt;", "&#60;b&#62;", "&#x3C;i&#x3E;", "&nbsp;", "&unknown;", "&",
            "<", ">", "<<>>", "a < b > c & d", "\"quotes\" 'single'", "x<y", "Hb <b 8 g/dl",
            "Furosemid <i.v.> 40 mg", "note: <font> missing"]
SPREADSHEET_AND_PATHS = ['=HYPERLINK("http://x","y")', "@SUM(1+1)", "+1", "-1",
                         "../../etc/passwd", "..\\..\\windows\\system32", "CON", "aux.txt",
                         "name.", "C:\\x:stream", "/absolute/path"]
SCRIPTS = ["Zoë Ørsted-Łukasz", "Ωμέγα γ ≥ ≤ µ", "Иванов Пётр", "a\u202eb (RTL override)",
           "zero\u200bwidth", "e\u0301 combining", "ǅ ﬁ ligatures", "\u00a0nbsp\u2003em"]
CORE_CORPUS = [HOSTILE, *TAGS, *ENTITIES, *SPREADSHEET_AND_PATHS, *SCRIPTS]


def _assert_inert(data: bytes) -> None:
    for token in (b"/URI", b"/Launch", b"/JavaScript", b"/JS ", b"/Subtype /Image",
                  b"/EmbeddedFile"):
        assert token not in data, token
    for page in PdfReader(io.BytesIO(data)).pages:
        assert page.get("/Annots") is None
        xobjects = page["/Resources"].get("/XObject") if "/Resources" in page else None
        assert not xobjects


@pytest.mark.parametrize("name", CORE_CORPUS)
def test_hostile_identifier_prints_literally(name: str) -> None:
    data = render("mals", patient_id=name)
    assert squeeze(f"Patient identifier (as entered): {name}") in squeeze(body_text(data))
    _assert_inert(data)


def test_the_issue_example_exactly() -> None:
    data = render("cannot_classify", patient_id=HOSTILE)
    text = body_text(data)
    assert f"Patient identifier (as entered): {HOSTILE}" in text
    _assert_inert(data)


@pytest.mark.parametrize("name", ["x" * 10_000, "Ab " * 2_000])
def test_very_long_identifiers_split_across_pages_and_stay_complete(name: str) -> None:
    data = render("mals", patient_id=name)
    assert squeeze(name) in squeeze(body_text(data))


def test_characters_the_font_lacks_are_printed_as_code_points() -> None:
    data = render("mals", patient_id="王小明\x00\x07")
    assert "[U+738B][U+5C0F][U+660E][U+0000][U+0007]" in squeeze(body_text(data))


def test_displayable_keeps_what_the_font_draws() -> None:
    assert displayable("Zoë γ ≥ ≤ µ ₂") == "Zoë γ ≥ ≤ µ ₂"
    assert displayable("a\x00b") == "a[U+0000]b"
    assert esc("<b>&") == "&lt;b&gt;&amp;"


@pytest.mark.slow
@pytest.mark.timeout(900)  # ~2 min on 2 idle cores; several times that on a shared machine
def test_large_hostile_corpus() -> None:
    """≥ 200 names (hazards G10): every one builds, extracts literally, stays inert."""
    corpus = [f"{prefix}{item}{suffix}" for item in CORE_CORPUS
              for prefix, suffix in (("", ""), ("Doe ", " Jr."), ("<", ">"), ("&", ";"))]
    assert len(corpus) >= 200
    for name in corpus:
        data = render("immunoparalysis", patient_id=name)
        assert squeeze(name) in squeeze(body_text(data)), name
        _assert_inert(data)


@pytest.mark.parametrize("text", [HOSTILE, *TAGS[:8], "x" * 5_000])
def test_hostile_identification_prints_literally(text: str) -> None:
    from desktop_app.report.options import PatientIdentity

    data = render("mals", identity=PatientIdentity(text, text[:40], text))
    flat = squeeze(body_text(data))
    assert squeeze(text[:120]) in flat
    if len(text) > 120:
        assert squeeze(f"Name in full (as entered): {text}") in flat
    _assert_inert(data)
