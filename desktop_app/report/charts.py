"""The screen's chart descriptions (``core.charts``) drawn as PDF vector graphics.

The descriptions arrive in the report's language (``core.charts`` words them with the report's
translator); only the legend's phenotype names and the notes drawn here are translated here.

Log axes are laid out here (log10 positions computed by hand), so a value is placed exactly
where the screen places it and nothing depends on a plotting library's log mode.  Every
``String`` names the embedded font: a ``Drawing`` otherwise falls back to un-embedded Helvetica.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from reportlab import rl_config

# Attribute validation on every shape costs about a tenth of a report; our shapes are built
# from typed data and tested.  Must be set before the shapes module is first imported.
rl_config.shapeChecking = 0

from reportlab.graphics.shapes import (  # noqa: E402
    Circle,
    Drawing,
    Group,
    Line,
    Path,
    Polygon,
    Rect,
    String,
)
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402

from desktop_app.core.charts import STYLES, EvidenceChart, MapPoint, PhenotypeMap, Style  # noqa: E402
from desktop_app.i18n import Translator, translator  # noqa: E402
from desktop_app.report.fonts import BOLD, REGULAR  # noqa: E402

AXIS = colors.HexColor("#333333")
GRID = colors.HexColor("#DDDDDD")
WHITE = colors.white
MAX_POINT_LABELS = 12  # beyond this (cohort maps) labels would only overlap


def tint(hex_colour: str, amount: float = 0.82) -> colors.Color:
    """``hex_colour`` mixed with white: an opaque region fill (no transparency in the PDF)."""
    c = colors.HexColor(hex_colour)
    return colors.Color(*(v + (1 - v) * amount for v in (c.red, c.green, c.blue)))


def _text(x: float, y: float, s: str, size: float = 7, *, bold: bool = False,
          anchor: str = "start", colour: colors.Color = AXIS) -> String:
    return String(x, y, s, fontName=BOLD if bold else REGULAR, fontSize=size,
                  fillColor=colour, textAnchor=anchor)


class LogScale:
    """Maps a value in [lo, hi] to a coordinate in [start, end] on a log10 scale."""

    def __init__(self, lo: float, hi: float, start: float, end: float) -> None:
        self.a, self.b = math.log10(lo), math.log10(hi)
        self.start, self.end = start, end

    def __call__(self, value: float) -> float:
        v = min(max(math.log10(max(value, 1e-300)), self.a), self.b)
        return self.start + (v - self.a) / (self.b - self.a) * (self.end - self.start)

    def decades(self) -> Iterator[float]:
        for k in range(math.ceil(self.a - 1e-9), math.floor(self.b + 1e-9) + 1):
            yield 10.0 ** k

    def minor(self) -> Iterator[float]:
        for k in range(math.floor(self.a), math.ceil(self.b)):
            for m in range(2, 10):
                v = m * 10.0 ** k
                if self.a <= math.log10(v) <= self.b:
                    yield v


def tick_label(value: float) -> str:
    """10, 100, 1000, 10 000, 100 000 (and 0.1, 1 below ten)."""
    if value < 1:
        return f"{value:.{-math.floor(math.log10(value))}f}"
    whole = f"{round(value):d}"
    return whole if len(whole) <= 4 else f"{round(value):,d}".replace(",", " ")


def segments(lines: list[tuple[float, float, float, float]], colour: colors.Color,
             width: float) -> Path:
    """Many straight strokes as one path: a shape per tick would cost a tenth of a report."""
    p = Path(strokeColor=colour, strokeWidth=width, fillColor=None)
    for x1, y1, x2, y2 in lines:
        p.moveTo(x1, y1)
        p.lineTo(x2, y2)
    return p


# -- markers ---------------------------------------------------------------------------------

def marker(style: Style, x: float, y: float, r: float, *, open_: bool) -> Group:
    """The phenotype's marker: filled when exact, open (white inside) when censored."""
    stroke, fill = colors.HexColor(style.colour), (WHITE if open_ else colors.HexColor(
        style.colour))
    g = Group()
    if style.symbol == "t":
        # Pointing down, like pyqtgraph's "t" on screen (and unlike the warning icon).
        g.add(Polygon([x - r, y + r * 0.85, x + r, y + r * 0.85, x, y - r * 1.05],
                      fillColor=fill, strokeColor=stroke, strokeWidth=0.9))
    elif style.symbol == "s":
        g.add(Rect(x - r * 0.85, y - r * 0.85, 1.7 * r, 1.7 * r, fillColor=fill,
                   strokeColor=stroke, strokeWidth=0.9))
    elif style.symbol == "o":
        g.add(Circle(x, y, r * 0.9, fillColor=fill, strokeColor=stroke, strokeWidth=0.9))
    else:  # "x": cannot classify
        for dx in (-r, r):
            g.add(Line(x - dx * 0.9, y - r * 0.9, x + dx * 0.9, y + r * 0.9, strokeColor=stroke,
                       strokeWidth=1.3))
    return g


def arrow(x: float, y: float, dx: float, dy: float, colour: colors.Color) -> Group:
    """A short arrow from (x, y) towards (dx, dy) (unit direction), for censored values."""
    length, head = 11.0, 3.0
    x2, y2 = x + dx * length, y + dy * length
    g = Group(Line(x, y, x2, y2, strokeColor=colour, strokeWidth=0.9))
    px, py = -dy, dx  # perpendicular
    g.add(Polygon([x2 + dx * head, y2 + dy * head, x2 + px * head * 0.7, y2 + py * head * 0.7,
                   x2 - px * head * 0.7, y2 - py * head * 0.7], fillColor=colour,
                  strokeColor=colour, strokeWidth=0.3))
    return g


# -- phenotype map ---------------------------------------------------------------------------

def draw_phenotype_map(m: PhenotypeMap, width: float, height: float,
                       tr: Translator | None = None, *, legend: bool = True) -> Drawing:
    """Regions, thresholds, decade ticks, legend and points on log-log axes.

    ``legend=False`` (one patient's map: the regions are labelled and so is the point) keeps
    only the line explaining censored values, and only when a point is censored.
    """
    tr = tr or translator()
    d = Drawing(width, height, initialFontName=REGULAR)
    censored = any(p.x_censor or p.y_censor for p in m.points)
    bottom = 60.0 if legend else (44.0 if censored else 32.0)
    left, right, top = 42.0, 8.0, 14.0
    x0, x1, y0, y1 = left, width - right, bottom, height - top
    sx = LogScale(*m.x_range, x0, x1)
    sy = LogScale(*m.y_range, y0, y1)
    d.add(_text(x0, height - 10, m.title, 8.5, bold=True))

    for r in m.regions:
        rx0, rx1, ry0, ry1 = sx(r.x_min), sx(r.x_max), sy(r.y_min), sy(r.y_max)
        d.add(Rect(rx0, ry0, rx1 - rx0, ry1 - ry0, fillColor=tint(r.colour), strokeColor=None))
    taken: list[Box] = []  # region labels, which a point's label must not cover
    for r in m.regions:
        taken += _region_label(d, r.label.split("\n"), sx(r.x_min), sx(r.x_max), sy(r.y_max),
                               colors.HexColor(r.colour))

    d.add(segments([(sx(v), y0, sx(v), y0 - 2) for v in sx.minor()]
                   + [(x0, sy(v), x0 - 2, sy(v)) for v in sy.minor()], AXIS, 0.4))
    d.add(segments([(sx(v), y0, sx(v), y0 - 4) for v in sx.decades()]
                   + [(x0, sy(v), x0 - 4, sy(v)) for v in sy.decades()], AXIS, 0.7))
    for v in sx.decades():
        d.add(_text(sx(v), y0 - 11, tick_label(v), anchor="middle"))
    for v in sy.decades():
        d.add(_text(x0 - 6, sy(v) - 2.2, tick_label(v), anchor="end"))
    d.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=None, strokeColor=AXIS, strokeWidth=0.7))
    d.add(_text((x0 + x1) / 2, y0 - 22, m.x_label, 7.5, anchor="middle"))
    y_label, y_size = m.y_label, 7.5
    while y_size > 6.5 and stringWidth(y_label, REGULAR, y_size) > y1 - y0 + 8:
        y_size -= 0.25
    ylab = Group(_text(0, 0, _fit(y_label, y1 - y0 + 8, y_size), y_size, anchor="middle"))
    ylab.translate(7, (y0 + y1) / 2)
    ylab.rotate(90)
    d.add(ylab)

    for line in m.lines:
        _threshold(d, line.axis, line.value, line.label, line.start, line.end, sx, sy)
    labelled = len(m.points) <= MAX_POINT_LABELS
    for p in m.points:
        _point(d, p, sx, sy, (x0, x1, y0, y1), labelled, taken)
    if legend:
        _map_legend(d, x0 - 30, x1, y0 - 37, tr)
    elif censored:
        _censored_note(d, x0 - 30, y0 - 37, tr)
    return d


Box = tuple[float, float, float, float]  # x, y (bottom left), width, height


def _region_label(d: Drawing, lines: list[str], x_lo: float, x_hi: float, y_hi: float,
                  colour: colors.Color) -> list[Box]:
    """Top-left of the region: the bottom edge is kept free for points without HLA-DR.
    Returns the boxes the lines take."""
    ink = colors.Color(colour.red * 0.6, colour.green * 0.6, colour.blue * 0.6)
    size, pad = 7.0, 3.0
    y = y_hi - pad - size
    boxes = []
    for i, s in enumerate(lines):
        fitted = _fit(s, x_hi - x_lo - 2 * pad, size, bold=i == 0)
        d.add(_text(x_lo + pad, y, fitted, size, bold=i == 0, colour=ink))
        boxes.append((x_lo + pad, y - 2.0, stringWidth(fitted, BOLD if i == 0 else REGULAR,
                                                        size), size + 1.5))
        y -= size + 1.5
    return boxes


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _fit(s: str, room: float, size: float, *, bold: bool = False) -> str:
    """``s`` shortened with an ellipsis until it fits in ``room`` points."""
    font = BOLD if bold else REGULAR
    if stringWidth(s, font, size) <= room:
        return s
    while s and stringWidth(s + "…", font, size) > room:
        s = s[:-1]
    return s + "…"


def _threshold(d: Drawing, axis: str, value: float, label: str, start: float, end: float,
               sx: LogScale, sy: LogScale) -> None:
    dash = dict(strokeColor=colors.HexColor("#222222"), strokeWidth=0.9,
                strokeDashArray=[3, 2])
    if axis == "x":
        x = sx(value)
        d.add(Line(x, sy(start), x, sy(end), **dash))
        # Along the line, ending near the top: the bottom edge is kept free for points.
        g = Group(_text(0, 0, label, 6.5, colour=AXIS, anchor="end"))
        g.translate(x - 2.5, sy(end) - 4)
        g.rotate(90)
        d.add(g)
    else:
        y = sy(value)
        x_lo, x_hi = sx(start), sx(end)
        d.add(Line(x_lo, y, x_hi, y, **dash))
        d.add(_text(x_hi - 3, y + 2.5, label, 6.5, anchor="end"))


def _point(d: Drawing, p: MapPoint, sx: LogScale, sy: LogScale,
           frame: tuple[float, float, float, float], labelled: bool, taken: list[Box]) -> None:
    style = STYLES[p.phenotype]
    x = sx(p.x)
    y = sy(p.y) if p.y is not None else sy.start  # no HLA-DR in AB/C: on the bottom edge
    censored = bool(p.x_censor or p.y_censor)
    ink = colors.HexColor(style.colour)
    if p.x_censor:
        d.add(arrow(x + (4 if p.x_censor == ">" else -4), y,
                    1 if p.x_censor == ">" else -1, 0, ink))
    if p.y_censor:
        d.add(arrow(x, y + (4 if p.y_censor == ">" else -4), 0,
                    1 if p.y_censor == ">" else -1, ink))
    d.add(marker(style, x, y, 3.6, open_=censored))
    if labelled and p.label:
        # On a white patch, readable over lines; beside the marker where it covers no region's
        # name (a German "dieser Patient" above the marker hid "Immunparalyse").
        w = stringWidth(p.label, BOLD, 7.5)
        fx0, fx1, fy0, fy1 = frame
        places = [(lx, ly) for ly in (y + 2.5, y - 12, y + 12, y - 22)
                  for lx in (x + 6, x - 6 - w)]
        inside = [(lx, ly) for lx, ly in places
                  if fx0 < lx - 1.5 and lx + w + 1.5 < fx1 and fy0 < ly and ly + 9.5 < fy1]
        free = [q for q in inside
                if not any(_overlaps((q[0] - 1.5, q[1], w + 3, 9.5), b) for b in taken)]
        lx, ly = (free or inside or places)[0]  # the patch's bottom-left corner
        d.add(Rect(lx - 1.5, ly, w + 3, 9.5, fillColor=WHITE, strokeColor=None))
        d.add(_text(lx, ly + 2.2, p.label, 7.5, bold=True, colour=AXIS))


def _map_legend(d: Drawing, x0: float, x1: float, y: float, tr: Translator) -> None:
    size = 7.0
    x = x0
    for key in (*(k for k in STYLES if k is not None), None):
        style = STYLES[key]
        label = tr(style.label)
        w = 10 + stringWidth(label, REGULAR, size) + 8
        if x + w > x1:
            x, y = x0, y - 10
        d.add(marker(style, x + 3, y + 2.4, 3.0, open_=False))
        d.add(_text(x + 9, y, label, size))
        x += w
    note = tr("open marker + arrow: censored value")
    if x + 10 + stringWidth(note, REGULAR, size) > x1:
        x, y = x0, y - 10
    _censored_note(d, x, y, tr)


def _censored_note(d: Drawing, x: float, y: float, tr: Translator) -> None:
    d.add(marker(Style("#333333", "o", ""), x + 3, y + 2.4, 3.0, open_=True))
    d.add(_text(x + 9, y, tr("open marker + arrow: censored value"), 7.0))


# -- evidence chart (horizontal bars: room for the arm names) --------------------------------

def draw_evidence_chart(chart: EvidenceChart, width: float, height: float,
                        tr: Translator | None = None) -> Drawing:
    """Responders (%) with Wilson 95 % CI whiskers, treated vs placebo, one block per group."""
    tr = tr or translator()
    d = Drawing(width, height, initialFontName=REGULAR)
    bars = [b for g in chart.groups for b in (g.treated, g.control)]
    widest = max(stringWidth(b.label, REGULAR, 7) for b in bars)
    label_w, right, bottom = min(0.45 * width, max(96.0, widest + 12)), 30.0, 30.0
    label_size = 7.0  # smaller (down to 6 pt) rather than cut: a label carries its counts
    while label_size > 6 and max(stringWidth(b.label, REGULAR, label_size)
                                 for b in bars) > label_w - 10:
        label_size -= 0.25
    x0, x1 = label_w, width - right
    title_lines = simpleSplit(chart.title, BOLD, 8.5, width)
    top = height - 6 - 10.5 * len(title_lines)
    for i, s in enumerate(title_lines):
        d.add(_text(0, height - 10 - 10.5 * i, s, 8.5, bold=True))
    highest = max(max(g.treated.ci_high, g.control.ci_high) for g in chart.groups)
    x_max = min(100.0, 20.0 * math.ceil((highest + 5) / 20.0))

    def sx(v: float) -> float:
        return x0 + v / x_max * (x1 - x0)

    block = (top - bottom) / len(chart.groups)
    row = min(14.0, (block - 12) / 2)
    for gi, group in enumerate(chart.groups):
        if group.highlighted:
            gy = top - gi * block
            d.add(Rect(0, gy - block + 3, width, block - 3, fillColor=colors.HexColor("#FFF6CC"),
                       strokeColor=colors.HexColor("#E0C200"), strokeWidth=0.6))
    ticks = range(0, int(x_max) + 1, 20 if x_max > 40 else 10)
    d.add(segments([(sx(v), bottom, sx(v), top) for v in ticks], GRID, 0.4))
    d.add(segments([(sx(v), bottom, sx(v), bottom - 3) for v in ticks], AXIS, 0.6))
    for v in ticks:
        d.add(_text(sx(v), bottom - 10, f"{v}", anchor="middle"))
    for gi, group in enumerate(chart.groups):
        gy = top - gi * block
        head = (tr("{group} — this patient's subgroup", group=group.label)
                if group.highlighted else group.label)
        d.add(_text(3, gy - 9, head, 7.5, bold=True))
        for bi, bar in enumerate((group.treated, group.control)):
            cy = gy - 12 - row * bi - row / 2
            d.add(_text(8, cy - 2.4, _fit(bar.label, label_w - 10, label_size), label_size))
            h = row * 0.62
            d.add(Rect(x0, cy - h / 2, sx(bar.percent) - x0, h,
                       fillColor=colors.HexColor(bar.colour), strokeColor=None))
            lo, hi = sx(bar.ci_low), sx(bar.ci_high)
            d.add(segments([(lo, cy, hi, cy), (lo, cy - h / 2, lo, cy + h / 2),
                            (hi, cy - h / 2, hi, cy + h / 2)], AXIS, 0.8))
            d.add(_text(hi + 2.5, cy - 2.4, tr("{percent:.1f} %", percent=bar.percent), 7))
    d.add(segments([(x0, bottom, x1, bottom), (x0, bottom, x0, top)], AXIS, 0.7))
    d.add(_text((x0 + x1) / 2, bottom - 20, tr("{label}; whiskers: 95 % CI (Wilson)",
                                                label=chart.y_label), 7.5, anchor="middle"))
    return d
