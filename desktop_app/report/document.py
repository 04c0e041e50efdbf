"""Page furniture shared by every report: header, footer, "page x of y", training mark, metadata.

``render(story, ...)`` builds a whole PDF in memory and returns its bytes; writing a file is the
caller's business (atomically, in ``services``), so a half-built report never touches a disk.

Every word is in the report's language (``ReportOptions.lang``), times in its date order.  The
footer and the training band wrap instead of cutting a sentence: the margins grow by the lines
a longer language needs (measured before layout), so German or Greek never loses the end of
"Decision support only" or of the translation's review status, printed while it is pending.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop_app.i18n import N_, Translator, translator
from desktop_app.report.fonts import BOLD, REGULAR
from desktop_app.report.options import ReportOptions
from desktop_app.report.styles import MUTED, RULE, TRAINING_RED, displayable

PAPER_SIZES = {"a4": A4, "letter": LETTER}
TRAINING_MARK = N_("TRAINING — NOT FOR CLINICAL USE")
TRAINING_NOTE = N_("Training mode: synthetic data, not a patient record. Do not use for "
                   "treatment decisions.")
END_MARKER = N_("End of report")
DISCLAIMER_FOOTER = N_("{generated} · Decision support only: the treating clinician decides.")
MARGIN = 13 * mm
TOP_MARGIN = 16 * mm
BOTTOM_MARGIN = 16 * mm
TRAINING_BAND = 5 * mm  # the training note under the header (one line)
FOOTER_SIZE, FOOTER_LEADING = 8.0, 9.4
NOTE_SIZE, NOTE_LEADING = 8.5, 10.0
# The document language declared in the PDF (screen readers, hyphenation in viewers).
PDF_LANGUAGES = {"en": "en-GB", "de": "de-DE", "el": "el-GR", "nl": "nl-NL", "fr": "fr-FR",
                 "it": "it-IT", "es": "es-ES"}


@dataclass(frozen=True)
class PageText:
    """The words on every page's edges."""

    title: str  # e.g. "ImmunoSep phenotype report"
    subject_line: str  # e.g. "Patient: 12345" (shortened to fit)
    versions: str
    generated: str


def format_time(when: datetime, tr: Translator | None = None) -> str:
    """``2026-11-24 10:15 +01:00 (CET)`` (in the date order of ``tr``'s language, English by
    default): always with the offset, the zone name when known."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("report times must carry a time zone")
    return (tr or translator()).datetime(when, zone=True)


def generated_line(tr: Translator, when: datetime, user: str, workstation: str) -> str:
    """"Generated 2026-11-24 10:15 +01:00 (CET) by jdoe on ICU-WS-07" (unknown parts left out)."""
    at = format_time(when, tr)
    if user and workstation:
        return tr("Generated {time} by {user} on {workstation}.", time=at, user=user,
                  workstation=workstation)
    if user:
        return tr("Generated {time} by {user}.", time=at, user=user)
    if workstation:
        return tr("Generated {time} on {workstation}.", time=at, workstation=workstation)
    return tr("Generated {time}.", time=at)


def header_left(options: ReportOptions) -> str:
    parts = [p.strip() for p in (options.institution, options.ward) if p and p.strip()]
    if parts:
        return " · ".join(parts)
    tr = translator(options.lang)
    return tr("Institution / ward not configured")


class PageMark(Flowable):
    """An invisible mark that remembers the page it was laid out on (e.g. where the one-page
    report ended), read after ``render`` returns."""

    def __init__(self) -> None:
        super().__init__()
        self.page = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.page = self.canv.getPageNumber()


def fit(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with an ellipsis to ``room`` points (for single-line page furniture)."""
    text = displayable(" ".join(text.split()))
    if stringWidth(text, font, size) <= room:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits, by bisection (identifiers may be 10k chars)
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + "…"


def _timestamp(when: datetime) -> Any:
    """reportlab's document time stamp set to ``when``, so the PDF's CreationDate is the
    printed generation time rather than reportlab reading the clock."""
    from reportlab.pdfbase.pdfdoc import TimeStamp

    stamp = object.__new__(TimeStamp)
    offset_min = int((when.utcoffset() or timedelta(0)).total_seconds() // 60)
    stamp.t = when.timestamp()
    stamp.lt = when.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = int(offset_min / 60)
    stamp.dmm = abs(offset_min) % 60
    stamp.tzname = when.tzname() or ""
    return stamp


def _canvas_class(page: PageText, options: ReportOptions, created: datetime | None,
                  lines: Furniture) -> type[Canvas]:
    """A canvas that knows the page count when it writes each footer ("page x of y")."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            if created is not None and not options.invariant and hasattr(self, "_doc"):
                self._doc._timeStamp = _timestamp(created)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _decorate(self, page, options, number, total, lines)
                super().showPage()
            super().save()

    return NumberedCanvas


@dataclass(frozen=True)
class Furniture:
    """The wrapped lines of the training band and the footer, measured once per document."""

    training: tuple[str, ...]
    versions: tuple[str, ...]
    notes: tuple[str, ...]  # generated, decision support only, the translation's status;
    # the first beside "Page x of y"

    @property
    def top_margin(self) -> float:
        extra = max(0, len(self.training) - 1) * NOTE_LEADING
        return TOP_MARGIN + (TRAINING_BAND + extra if self.training else 0)

    @property
    def bottom_margin(self) -> float:
        extra = max(0, len(self.versions) + len(self.notes) - 2) * FOOTER_LEADING
        return BOTTOM_MARGIN + extra


def furniture(page: PageText, options: ReportOptions) -> Furniture:
    tr = translator(options.lang)
    room = PAPER_SIZES[options.paper][0] - 2 * MARGIN
    page_number = stringWidth(tr("Page {number} of {total}", number=99, total=99), BOLD, 8.5)
    notes = [tr(DISCLAIMER_FOOTER, generated=page.generated)]
    if tr.review is not None and tr.review.pending:
        notes.append(tr.review_note())
    return Furniture(
        training=_wrap(tr(TRAINING_NOTE), BOLD, NOTE_SIZE, room) if options.training else (),
        versions=_wrap(page.versions, REGULAR, FOOTER_SIZE, room),
        notes=tuple(line for note in notes
                    for line in _wrap(note, REGULAR, FOOTER_SIZE, room - page_number - 12)))


def _wrap(text: str, font: str, size: float, room: float) -> tuple[str, ...]:
    return tuple(simpleSplit(displayable(" ".join(text.split())), font, size, room))


def _decorate(c: Canvas, page: PageText, options: ReportOptions, number: int,
              total: int, lines: Furniture) -> None:
    tr = translator(options.lang)
    width, height = c._pagesize
    right = width - MARGIN
    room = right - MARGIN
    c.saveState()
    c.setFillColor(MUTED)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    top = height - 9.5 * mm
    left_text = fit(header_left(options), BOLD, 8.5, room * 0.55)
    c.setFont(BOLD, 8.5)
    c.drawString(MARGIN, top, left_text)
    c.setFont(REGULAR, 8.5)
    right_text = fit(f"{page.title} · {page.subject_line}", REGULAR, 8.5,
                     room - stringWidth(left_text, BOLD, 8.5) - 12)
    c.drawRightString(right, top, right_text)
    c.line(MARGIN, top - 3, right, top - 3)
    c.setFillColor(TRAINING_RED)
    c.setFont(BOLD, NOTE_SIZE)
    for i, line in enumerate(lines.training):
        c.drawCentredString(width / 2, top - 12.5 - i * NOTE_LEADING, line)
    # The footer grows upwards from a fixed last line: the rule above it, the versions, then
    # the notes, the first of them beside the page number.
    footer = [*lines.versions, *lines.notes]
    last = 9 * mm - 6
    first = last + (len(footer) - 1) * FOOTER_LEADING
    c.setFillColor(MUTED)
    c.line(MARGIN, first + FOOTER_LEADING + 1, right, first + FOOTER_LEADING + 1)
    c.setFont(REGULAR, FOOTER_SIZE)
    for i, line in enumerate(footer):
        c.drawString(MARGIN, first - i * FOOTER_LEADING, line)
    c.setFont(BOLD, 8.5)
    c.drawRightString(right, first - len(lines.versions) * FOOTER_LEADING,
                      tr("Page {number} of {total}", number=number, total=total))
    if options.training:
        _training_mark(c, width, height, tr(TRAINING_MARK))
    c.restoreState()


def _training_mark(c: Canvas, width: float, height: float, mark: str) -> None:
    """Diagonal mark over the content, translucent so the content stays readable."""
    diagonal = math.hypot(width, height)
    size = min(44.0, 0.8 * diagonal / (stringWidth(mark, BOLD, 10) / 10))
    c.saveState()
    c.setFillColor(TRAINING_RED)
    c.setFillAlpha(0.16)
    c.translate(width / 2, height / 2)
    c.rotate(math.degrees(math.atan2(height, width)))
    c.setFont(BOLD, size)
    c.drawCentredString(0, -size / 3, mark)
    c.restoreState()


def render(story: Sequence[Flowable], *, page: PageText, options: ReportOptions, title: str,
           subject: str, created: datetime, keywords: Sequence[str] = ()) -> bytes:
    """Lay out ``story`` on A4 or Letter pages and return the finished PDF.

    ``created`` becomes the PDF's creation date (in invariant mode reportlab's fixed date).
    """
    buf = io.BytesIO()
    width, height = PAPER_SIZES[options.paper]
    lines = furniture(page, options)
    top, bottom = lines.top_margin, lines.bottom_margin
    doc = BaseDocTemplate(
        buf, pagesize=(width, height), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=top, bottomMargin=bottom,
        title=title, subject=subject, author=header_left(options) if (
            options.institution or options.ward) else "",
        creator=f"ImmunoSep Phenotyper {options.app_version}", keywords=list(keywords),
        invariant=1 if options.invariant else 0, initialFontName=REGULAR,
        lang=PDF_LANGUAGES.get(options.lang, options.lang))
    # No frame padding: tables are laid out to exactly ``frame_width``.
    body = Frame(MARGIN, bottom, width - 2 * MARGIN, height - top - bottom,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[body])])
    doc.build(list(story), canvasmaker=_canvas_class(page, options, created, lines))
    return buf.getvalue()


def frame_width(options: ReportOptions) -> float:
    return PAPER_SIZES[options.paper][0] - 2 * MARGIN


def frame_height(options: ReportOptions) -> float:
    """The height ``render`` gives the story on each page (less with the training band)."""
    top = TOP_MARGIN + (TRAINING_BAND if options.training else 0)
    return PAPER_SIZES[options.paper][1] - top - BOTTOM_MARGIN
