"""The one-page patient history: every stored assessment in a table, and the trend.

What the window's history shows, on paper: rows oldest first (corrected and entered-in-error
versions kept, marked in words), then ferritin (log scale) and HLA-DR over time with the
thresholds and each point's phenotype marker (``core.trend.TrendChart``, the screen's
description).  One page: the table holds the newest rows that fit beside everything else
(measured, at most ``MAX_ROWS``: a row with a long correction note takes three lines), the
oldest are left out and the table says how many.  Plain data in (``HistoryRow``: the services
layer turns stored records into it); all text is escaped (``styles.text``/``markup``); no
clock (``generated_at`` is passed in).

With stored scores (issue 17), below the trend: the eligibility and HScore lines of the
patient report's box, and the daily SOFA as a strip of days 1-9 with the day-9 arithmetic and
verdict (``scores_section.course_strip``).  They take room from the trend
(``SCORES_TREND_HEIGHT``) and from the table's rows, so the page stays one page.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop_app.core.charts import STYLES
from desktop_app.core.phenotype import Phenotype
from desktop_app.core.trend import TrendChart, TrendPoint
from desktop_app.i18n import Translator, translator
from desktop_app.report import document, words
from desktop_app.report.charts import AXIS, GRID, LogScale, marker
from desktop_app.report.document import format_time
from desktop_app.report.fonts import BOLD, REGULAR
from desktop_app.report.options import ReportOptions
from desktop_app.report.scores_section import ScoresSection, course_strip, page_one_section
from desktop_app.report.styles import FONT, RULE, SHADE, Styles, markup, text

MAX_ROWS = 24
TREND_HEIGHT = 110 * mm
SCORES_TREND_HEIGHT = 62 * mm  # with stored scores below it
SLACK = 4 * mm  # what the measured heights may be short of reportlab's layout
MAX_TIME_TICKS = 6
MUTED_ROW = colors.HexColor("#666666")


@dataclass(frozen=True)
class HistoryRow:
    """One stored assessment as the table prints it."""

    when: datetime  # sample time where available, else the time of the assessment
    sampled: bool
    phenotype: str | None  # "mals" | "immunoparalysis" | "unclassified" | None
    ferritin: str  # as entered, with its unit ("—" when absent)
    hla_dr: str
    record: str  # "#12", with its version notes
    current: bool


@dataclass(frozen=True)
class PatientHistory:
    patient_id: str
    rows: Sequence[HistoryRow]  # oldest first
    chart: TrendChart
    phenotypes: dict[int, str | None]  # assessment id -> phenotype, for the markers
    generated_at: datetime
    options: ReportOptions
    tr: Translator = field(default_factory=translator)  # English unless the services pass one
    scores: ScoresSection | None = None  # eligibility, day-9 SOFA, HScore when stored
    scores_problem: str = ""  # why the stored scores could not be read (said on the page)


def render_patient_history(h: PatientHistory) -> bytes:
    tr = h.tr
    title = tr("Patient history — ImmunoSep phenotypes")
    page = document.PageText(
        title=title, subject_line=tr("Patient: {patient}", patient=h.patient_id),
        versions=tr("ImmunoSep Phenotyper {version}", version=h.options.app_version),
        generated=tr("Generated {when}", when=format_time(h.generated_at, tr)))
    return document.render(_story(h, tr, title), page=page, options=h.options, title=title,
                           subject=tr("Patient history"), created=h.generated_at,
                           keywords=("ImmunoSep", "history"))


def _story(h: PatientHistory, tr: Translator, title: str) -> list[Flowable]:
    s = Styles()
    width = document.frame_width(h.options)
    zone = h.generated_at.tzinfo
    head: list[Flowable] = [
        text(title, s.title),
        markup("<b>{}</b> {}    <b>{}</b> {}", s.body, tr("Patient identifier (as entered):"),
               h.patient_id, tr("Generated:"), format_time(h.generated_at, tr)),
        Spacer(1, 2 * mm),
    ]
    rest = _below_table(h, s, tr, width, zone)
    room = document.frame_height(h.options) - _height(head + rest, width) - SLACK
    return head + _table(h.rows, s, width, tr, zone, room) + rest


def _height(flowables: Sequence[Flowable], width: float) -> float:
    """The height ``flowables`` take in a column ``width`` wide, with their spacing."""
    return sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in flowables)


def _below_table(h: PatientHistory, s: Styles, tr: Translator, width: float,
                 zone: tzinfo | None) -> list[Flowable]:
    """The trend, its notes, the stored scores and the closing line."""
    scores = h.scores if h.scores is not None and not h.scores.empty else None
    story: list[Flowable] = [Spacer(1, 3 * mm)]
    if h.chart.is_empty:
        story.append(text(tr("No values to draw: no current assessment has ferritin or HLA-DR "
                             "in AB/C."), s.body))
    else:
        story.append(trend_drawing(h.chart, h.phenotypes, width, TREND_HEIGHT if scores is None
                                   else SCORES_TREND_HEIGHT, tr, zone))
    changes = tr.join(tr("{change} ({when})", change=words.transition(t, tr),
                           when=_when(t.at, zone, tr)) for t in h.chart.transitions)
    story.append(text(tr("Phenotype changes: {changes}", changes=changes or tr("none")), s.body))
    story.append(text(tr("Markers: triangle MALS, square immunoparalysis, circle unclassified, "
                         "cross cannot classify; open markers are censored values at their "
                         "bound. Dashed lines: entry thresholds (ferritin 4420 ng/mL, HLA-DR "
                         "5000 AB/C). Only current versions are drawn."), s.small))
    if scores is not None:
        story += _scores(scores, s, tr, width)
    elif h.scores_problem:
        story.append(text(tr("The stored scores (eligibility, daily SOFA, HScore) could not be "
                             "read and are not printed: {reason}", reason=h.scores_problem),
                          s.body_bold))
    story.append(text(tr("Decision support only: the treating clinician decides."), s.small))
    return story


def _scores(sc: ScoresSection, s: Styles, tr: Translator, width: float) -> list[Flowable]:
    """Eligibility and HScore in the report's box; the daily SOFA as a strip of days 1-9."""
    out: list[Flowable] = [text(tr("Around the phenotype"), s.h3)]
    out += page_one_section(replace(sc, response=None), s, tr, width, small=True)
    if sc.response is not None and sc.day1_date is not None:
        out.append(Spacer(1, 1.5 * mm))
        out.append(text(tr("Daily SOFA and the day-9 measure (day 1 = {date}, the day of "
                           "phenotyping)", date=sc.day1_date.isoformat()), s.cell_bold))
        out += course_strip(sc.response, sc.day1_date, s, tr, width)
    return out


def _when(moment: datetime, zone: tzinfo | None, tr: Translator) -> str:
    return tr.datetime(moment.astimezone(zone))


def _label(phenotype: str | None, tr: Translator) -> str:
    return tr(STYLES[Phenotype(phenotype) if phenotype else None].label)


def _table(rows: Sequence[HistoryRow], s: Styles, width: float, tr: Translator,
           zone: tzinfo | None, room: float) -> list[Flowable]:
    """The newest rows (at most ``MAX_ROWS``) that fit in ``room`` points; at least one."""
    if not rows:
        return [text(tr("No stored assessments."), s.body)]
    n = min(len(rows), MAX_ROWS)
    out = _table_of(rows, list(rows)[-n:], s, width, tr, zone)
    while n > 1 and _height(out, width) > room:
        n -= 1
        out = _table_of(rows, list(rows)[-n:], s, width, tr, zone)
    return out


def _table_of(rows: Sequence[HistoryRow], shown: list[HistoryRow], s: Styles, width: float,
              tr: Translator, zone: tzinfo | None) -> list[Flowable]:
    head = [text(t, s.cell_bold) for t in (tr("Sampled (or assessed)"), tr("Result"),
                                           tr("Ferritin"), tr("HLA-DR"), tr("Record"))]
    body = [[text(tr("{when} ({basis})", when=_when(r.when, zone, tr),
                     basis=tr("sampled") if r.sampled else tr("assessed")), s.cell),
             text(_label(r.phenotype, tr), s.cell_bold if r.current else s.cell),
             text(r.ferritin, s.cell), text(r.hla_dr, s.cell), text(r.record, s.cell)]
            for r in shown]
    table = Table([head, *body], colWidths=[w * width for w in (0.19, 0.2, 0.15, 0.13, 0.33)],
                  repeatRows=1)
    style = [FONT, ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]
    style += [("TEXTCOLOR", (0, i + 1), (-1, i + 1), MUTED_ROW)
              for i, r in enumerate(shown) if not r.current]
    table.setStyle(TableStyle(style))
    out: list[Flowable] = [table]
    if len(rows) > len(shown):
        out.insert(0, text(tr("The {n} oldest assessments are not shown; the window lists "
                              "them all.", n=len(rows) - len(shown)), s.small))
    return out


def trend_drawing(chart: TrendChart, phenotypes: dict[int, str | None], width: float,
                  height: float, tr: Translator, zone: tzinfo | None) -> Drawing:
    """Ferritin (log) above HLA-DR, one time axis, thresholds and phenotype markers."""
    c = chart
    d = Drawing(width, height, initialFontName=REGULAR)
    left, right, bottom, gap = 48.0, 10.0, 26.0, 16.0
    panel = (height - bottom - 2 * gap) / 2
    times = [p.when.timestamp() for p in (*c.ferritin, *c.hla_dr)]
    t0, t1 = min(times), max(times)
    pad = max((t1 - t0) * 0.06, 3600.0 * 6)
    x0, x1 = left, width - right

    def sx(t: float) -> float:
        return x0 + (t - (t0 - pad)) / ((t1 + pad) - (t0 - pad)) * (x1 - x0)

    f_thr = next(t.value for t in c.thresholds if t.analyte == "ferritin")
    h_thr = next(t.value for t in c.thresholds if t.analyte == "hla_dr")
    top_y0 = bottom + panel + gap
    f_vals = [p.value for p in c.ferritin if p.value > 0] + [f_thr]
    sy_f = LogScale(10 ** math.floor(math.log10(min(f_vals)) - 0.1),
                    10 ** math.ceil(math.log10(max(f_vals)) + 0.1), top_y0, top_y0 + panel)
    h_vals = [p.value for p in c.hla_dr] + [h_thr]
    h_pad = max((max(h_vals) - min(h_vals)) * 0.12, 500.0)
    h_lo, h_hi = max(0.0, min(h_vals) - h_pad), max(h_vals) + h_pad

    def sy_h(v: float) -> float:
        return bottom + (v - h_lo) / (h_hi - h_lo) * panel

    d.add(String(x0, top_y0 + panel + 4, tr("Ferritin, ng/mL (logarithmic scale)"),
                 fontName=BOLD, fontSize=7.5))
    d.add(String(x0, bottom + panel + 4, tr("Monocyte HLA-DR, AB/C"), fontName=BOLD,
                 fontSize=7.5))
    for value in sy_f.decades():
        if abs(sy_f(value) - sy_f(f_thr)) > 7:
            _ytick(d, x0, x1, sy_f(value), _plain(value))
    _ytick(d, x0, x1, sy_f(f_thr), _plain(f_thr), dashed=True)
    for value in _nice_ticks(h_lo, h_hi):
        if abs(sy_h(value) - sy_h(h_thr)) > 7:  # the threshold's own label wins
            _ytick(d, x0, x1, sy_h(value), _plain(value))
    _ytick(d, x0, x1, sy_h(h_thr), _plain(h_thr), dashed=True)
    for y0 in (top_y0, bottom):
        d.add(Rect(x0, y0, x1 - x0, panel, fillColor=None, strokeColor=AXIS, strokeWidth=0.7))
    for t in c.transitions:
        for y0 in (top_y0, bottom):
            x = sx(t.at.timestamp())
            d.add(Line(x, y0, x, y0 + panel, strokeColor=colors.HexColor("#999999"),
                       strokeWidth=1, strokeDashArray=[1, 2]))
    _series(d, c.ferritin, phenotypes, sx, sy_f)
    _series(d, c.hla_dr, phenotypes, sx, sy_h)
    for tick in _thin(sorted(set(times))):
        d.add(Line(sx(tick), bottom, sx(tick), bottom - 3, strokeColor=AXIS, strokeWidth=0.6))
        moment = datetime.fromtimestamp(tick, zone)
        d.add(String(sx(tick), bottom - 11, tr.datetime(moment), fontName=REGULAR,
                     fontSize=6.3, textAnchor="middle"))
    return d


def _ytick(d: Drawing, x0: float, x1: float, y: float, label: str, *,
           dashed: bool = False) -> None:
    if dashed:
        d.add(Line(x0, y, x1, y, strokeColor=colors.HexColor("#222222"), strokeWidth=0.9,
                   strokeDashArray=[3, 2]))
    else:
        d.add(Line(x0, y, x1, y, strokeColor=GRID, strokeWidth=0.4))
    d.add(String(x0 - 4, y - 2.2, label, fontName=BOLD if dashed else REGULAR, fontSize=6.3,
                 textAnchor="end"))


def _series(d: Drawing, points: Sequence[TrendPoint], phenotypes: dict[int, str | None],
            sx: Callable[[float], float], sy: Callable[[float], float]) -> None:
    if not points:
        return
    xy = [(sx(p.when.timestamp()), sy(p.value)) for p in points]
    if len(xy) > 1:
        d.add(PolyLine([v for pair in xy for v in pair], strokeColor=colors.HexColor("#999999"),
                       strokeWidth=1.2))
    for p, (x, y) in zip(points, xy, strict=True):
        value = phenotypes.get(p.assessment_id)
        style = STYLES[Phenotype(value) if value else None]
        d.add(marker(style, x, y, 3.4, open_=p.comparator != "="))


def _plain(value: float) -> str:
    whole = f"{round(value):,d}"
    return whole.replace(",", " ") if value >= 10_000 else whole.replace(",", "")


def _nice_ticks(low: float, high: float) -> list[float]:
    span = high - low
    step = 10 ** math.floor(math.log10(span / 4)) if span > 0 else 1000
    for factor in (1, 2, 5, 10):
        if span / (step * factor) <= 6:
            step *= factor
            break
    start = math.ceil(low / step) * step
    return [start + i * step for i in range(int((high - start) // step) + 1)]


def _thin(values: list[float]) -> list[float]:
    if len(values) <= MAX_TIME_TICKS:
        return values
    stride = (len(values) - 1) / (MAX_TIME_TICKS - 1)
    return [values[round(i * stride)] for i in range(MAX_TIME_TICKS)]
