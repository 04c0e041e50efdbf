"""Paragraph styles and the only ways text enters a Paragraph.

reportlab parses Paragraph text as mini-XML (hazard H20): ``<a href>`` makes a link, ``<img>``
embeds a file, a stray ``<`` aborts the build.  Every string that is data (identifiers, values,
notes, evidence text, even our own messages, which contain "<" and ">") goes through
``text()``; only ``markup()`` accepts tags, and its arguments are escaped here too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from desktop_app.report.fonts import BOLD, REGULAR

INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
SHADE = colors.HexColor("#EEEEEE")
WARN_BG = colors.HexColor("#FFF4E0")
WARN_EDGE = colors.HexColor("#E69F00")
TRAINING_RED = colors.HexColor("#C00000")
# Every TableStyle starts with this: a Table sets its cell font even for Paragraph cells, and
# the default is un-embedded Helvetica.
FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


def _style(name: str, size: float, *, bold: bool = False, leading: float | None = None,
           colour: colors.Color = INK, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size,
                          leading=leading or size * 1.25, textColor=colour,
                          bulletFontName=BOLD if bold else REGULAR, splitLongWords=1, **kw)


class Styles:
    """Built after the fonts are registered (a style names its font).

    Sizes are for reading on paper at arm's length (issue 16): body text 10 pt, table text
    9 pt, and nothing below 8 pt (notes, page footer).
    """

    def __init__(self) -> None:
        self.title = _style("title", 13, bold=True, spaceAfter=2)
        self.h2 = _style("h2", 11, bold=True, spaceBefore=4, spaceAfter=2, keepWithNext=1)
        self.h2_free = _style("h2_free", 11, bold=True, spaceBefore=6, spaceAfter=2)
        self.h3 = _style("h3", 10, bold=True, spaceBefore=3, spaceAfter=1, keepWithNext=1)
        self.body = _style("body", 10, leading=12.2, spaceAfter=1.5)
        self.body_bold = _style("body_bold", 10, bold=True, leading=12.2, spaceAfter=1.5)
        self.small = _style("small", 8, colour=MUTED)
        self.cell = _style("cell", 9, leading=10.8)
        self.cell_bold = _style("cell_bold", 9, bold=True, leading=10.8)
        self.headline = _style("headline", 15, bold=True, leading=18, spaceAfter=1)
        self.badge = _style("badge", 9, bold=True, leading=11)
        self.bullet = _style("bullet", 10, leading=12.2, leftIndent=10, bulletIndent=0,
                             spaceAfter=0.5)
        self.small_bullet = _style("small_bullet", 9, leading=10.8, leftIndent=9,
                                   bulletIndent=0)


def text(value: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph showing ``value`` literally (escaped, no markup)."""
    return Paragraph(esc(value), style)


def markup(template: str, style: ParagraphStyle, *args: object,
           bullet_text: str | None = None) -> Paragraph:
    """A Paragraph from our own ``template`` with ``{}`` slots filled by escaped ``args``."""
    return Paragraph(template.format(*(esc(a) for a in args)), style, bulletText=bullet_text)


def bullet(value: object, style: ParagraphStyle, symbol: str = "•") -> Paragraph:
    return Paragraph(esc(value), style, bulletText=symbol)


def esc(value: object) -> str:
    """Escape for Paragraph markup, after ``displayable``."""
    raw = "" if value is None else str(value)
    return escape(displayable(raw))


def displayable(raw: str) -> str:
    """``raw`` with every character the report font cannot draw shown as ``[U+XXXX]``.

    Control characters (NUL ends strings in some viewers) and characters outside DejaVu Sans
    (e.g. CJK) would otherwise print as nothing or as an empty box and extract as NUL: a name
    must never be silently altered, so its code points are printed instead.
    """
    if raw.isascii() and not _CONTROL.search(raw):
        return raw
    covered = _coverage()
    if all(ord(ch) in covered or ch in "\t\n" for ch in raw):
        return raw
    return "".join(ch if ord(ch) in covered or ch in "\t\n" else _MARK.format(ord(ch))
                   for ch in raw)


def _coverage() -> frozenset[int]:
    global _covered
    if _covered is None:
        faces = [pdfmetrics.getFont(name).face for name in (REGULAR, BOLD)]
        common = set.intersection(*(set(f.charToGlyph) for f in faces))
        _covered = frozenset(c for c in common if not _CONTROL.match(chr(c)))
    return _covered


_covered: frozenset[int] | None = None
_CONTROL = re.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]")
_MARK = "[U+{:04X}]"


def longest_word(value: object, style: ParagraphStyle) -> float:
    """Width of the widest word of ``value`` in ``style`` (a cell narrower than it breaks the
    word mid-way)."""
    words = displayable(str(value)).split()
    return max((pdfmetrics.stringWidth(w, style.fontName, style.fontSize) for w in words),
               default=0.0)


def fit_columns(cells: Sequence[Sequence[tuple[object, ParagraphStyle]]],
                shares: Sequence[float], width: float, padding: float) -> list[float]:
    """Column widths that share ``width`` as ``shares`` say, but never leave a column narrower
    than its widest word (plus ``padding`` on both sides): a longer language takes the room
    from the columns that have some to spare.  ``cells`` are the table's rows of (text,
    style).  When even the words cannot all fit, the shares are kept."""
    need = [0.0] * len(shares)
    for row in cells:
        for i, (value, style) in enumerate(row):
            need[i] = max(need[i], longest_word(value, style) + 2 * padding + 0.5)
    widths = [share * width for share in shares]
    if sum(need) > width:
        return widths
    for _ in range(len(widths)):
        short = [i for i, w in enumerate(widths) if w < need[i]]
        if not short:
            break
        deficit = sum(need[i] - widths[i] for i in short)
        for i in short:
            widths[i] = need[i]
        spare = {i: widths[i] - need[i] for i in range(len(widths)) if i not in short}
        total = sum(spare.values())
        for i, room in spare.items():
            widths[i] -= deficit * room / total
    return widths
