"""Paragraph styles and the only ways text enters a Paragraph.

reportlab parses Paragraph text as mini-XML (hazard H20): ``<a href>`` makes a link, ``<img>``
embeds a file, a stray ``<`` aborts the build.  Every string that is data (identifiers, values,
notes, evidence text, even our own messages, which contain "<" and ">") goes through
``text()``; only ``markup()`` accepts tags, and its arguments are escaped here too.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop_app.report.fonts import BOLD, REGULAR

INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
SHADE = colors.HexColor("#EEEEEE")
WARN_BG = colors.HexColor("#FFF4E0")
WARN_EDGE = colors.HexColor("#E69F00")
TRAINING_RED = colors.HexColor("#C00000")


def _style(name: str, size: float, *, bold: bool = False, leading: float | None = None,
           colour: colors.Color = INK, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size,
                          leading=leading or size * 1.25, textColor=colour,
                          splitLongWords=1, **kw)


class Styles:
    """Built after the fonts are registered (a style names its font)."""

    def __init__(self) -> None:
        self.title = _style("title", 15, bold=True, spaceAfter=2)
        self.h2 = _style("h2", 11, bold=True, spaceBefore=7, spaceAfter=3)
        self.h3 = _style("h3", 9, bold=True, spaceBefore=4, spaceAfter=1)
        self.body = _style("body", 8.5, spaceAfter=2)
        self.small = _style("small", 7.5, colour=MUTED)
        self.cell = _style("cell", 7.5, leading=9)
        self.cell_bold = _style("cell_bold", 7.5, bold=True, leading=9)
        self.headline = _style("headline", 14, bold=True, leading=17, spaceAfter=2)
        self.bullet = _style("bullet", 8.5, leftIndent=9, bulletIndent=0, spaceAfter=1)
        self.training = _style("training", 9, bold=True, colour=TRAINING_RED,
                               alignment=TA_CENTER)


def text(value: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph showing ``value`` literally (escaped, no markup)."""
    return Paragraph(esc(value), style)


def markup(template: str, style: ParagraphStyle, *args: object) -> Paragraph:
    """A Paragraph from our own ``template`` with ``{}`` slots filled by escaped ``args``."""
    return Paragraph(template.format(*(esc(a) for a in args)), style)


def bullet(value: object, style: ParagraphStyle, symbol: str = "•") -> Paragraph:
    return Paragraph(esc(value), style, bulletText=symbol)


def esc(value: object) -> str:
    """Escape for Paragraph markup; control characters become a visible ``[U+0007]`` mark."""
    raw = "" if value is None else str(value)
    return escape(_printable(raw))


def _printable(raw: str) -> str:
    # C0/C1 controls (other than tab and newline) are not text a font can draw, and NUL ends
    # strings in some viewers: show them as a visible mark instead of dropping them silently.
    if not _CONTROL.search(raw):
        return raw
    return _CONTROL.sub(lambda m: _CONTROL_MARK.format(ord(m.group())), raw)


_CONTROL = re.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]")
_CONTROL_MARK = "[U+{:04X}]"
