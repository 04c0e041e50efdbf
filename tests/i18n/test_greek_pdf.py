"""A Greek PDF embeds a font with Greek glyphs and extracts as Greek text; every translated
character of every language can be drawn by the report font."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desktop_app.i18n import TRANSLATED_LANGUAGES, glossary, pseudo, translator
from desktop_app.i18n.catalogue import catalogue_path, read_catalogue
from desktop_app.paths import resource
from desktop_app.report.fonts import BOLD, REGULAR, register_fonts
from desktop_app.report.styles import esc
from desktop_app.services.evidence import load_evidence

from .conftest import I18N_DIR


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)


def _greek_texts() -> list[str]:
    tr = translator("el")
    ev = load_evidence()
    return [
        tr("Unclassified (neither ImmunoSep phenotype)"),
        tr.finding(Finding("hla_dr_below_threshold", "…",
                           {"hla_dr": "3669 AB/C", "hla_dr_threshold": "5000 AB/C"})),
        tr.evidence(ev.key_points[0].text),
        tr.evidence(ev.arms["anakinra"].regimen_label),
        glossary("el").term("training_mark").term,
        tr.review_note(),
    ]


def _pdf(texts: list[str]) -> bytes:
    register_fonts(resource("fonts"))
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, invariant=True, title="ImmunoSep",
                            initialFontName=REGULAR)
    style = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13)
    doc.build([Paragraph(esc(t), style) for t in texts])
    return out.getvalue()


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def test_greek_pdf_embeds_dejavu_and_extracts_as_greek(tmp_path) -> None:  # type: ignore[no-untyped-def]
    texts = _greek_texts()
    assert all(re.search("[α-ω]", t) for t in texts[:4])  # really Greek, not an English fallback
    data = _pdf(texts)
    (tmp_path / "greek.pdf").write_bytes(data)
    page = PdfReader(io.BytesIO(data)).pages[0]
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    assert fonts and all("DejaVuSans" in str(f["/BaseFont"]) for f in fonts)
    for font in fonts:  # embedded (a subset TrueType program), with a Unicode map to extract
        descriptor = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else None
        assert descriptor is not None and "/FontFile2" in descriptor
        assert "/ToUnicode" in font
    extracted = _squeeze(page.extract_text())
    for text in texts:
        assert _squeeze(text) in extracted


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_every_translated_character_is_in_the_report_font(lang: str) -> None:
    register_fonts(resource("fonts"))
    faces = [pdfmetrics.getFont(name).face for name in (REGULAR, BOLD)]
    chars = set()
    for entry in read_catalogue(catalogue_path(lang, I18N_DIR)).entries:
        for text in entry.translations:
            chars |= set(text) | set(pseudo(entry.source))
    chars |= {c for t in glossary(lang).terms for c in t.term}
    missing = sorted(c for c in chars if c not in "\n\t"
                     and not all(ord(c) in face.charToGlyph for face in faces))
    assert not missing, [f"U+{ord(c):04X} {c}" for c in missing]
