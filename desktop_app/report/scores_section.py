"""Around the phenotype on the report (issue 17): eligibility, the day-9 SOFA measure, HScore.

Printed only when the patient has any of them stored.  On page one: one compact box, a line
or two each — which criteria of the tested population are met, failed or unknown (and that the
evidence may not apply outside it), the day-9 measure with its arithmetic and whether it is
provisional (and that it is the trial's research endpoint, not a treatment target), the HScore
with its published probability (an aid to the HLH question, not a diagnosis).  In the
appendix: every criterion with its answer and basis, every day of the measure, every HScore
variable with its points.  Rendered from the core's results; nothing is decided here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop_app.core.eligibility import EligibilityResult, Kind, Status
from desktop_app.core.hscore import HScoreResult
from desktop_app.core.response import ResponseDay, ResponseResult, show
from desktop_app.i18n import Translator
from desktop_app.report.styles import FONT, RULE, SHADE, Styles, markup, text


@dataclass(frozen=True)
class ScoresSection:
    """What is stored for the patient (any part may be missing)."""

    eligibility: EligibilityResult | None = None
    eligibility_assessment: int | None = None  # the stored assessment it goes with
    response: ResponseResult | None = None
    day1_date: date | None = None
    as_of: date | None = None
    response_missing: str = ""  # why a stored course has no measure: the core's code
    hscore: HScoreResult | None = None
    hscore_assessment: int | None = None

    @property
    def empty(self) -> bool:
        return (self.eligibility is None and self.response is None and self.hscore is None
                and not self.response_missing)


def page_one_section(sc: ScoresSection, s: Styles, tr: Translator, width: float, *,
                     small: bool = False) -> list[Flowable]:
    """One row, a cell per part that is present, each with the sentence it must carry.

    ``small``: notes size (8 pt) instead of table text (9 pt), for a page that is full."""
    body = s.small.clone("scores_small", textColor=s.cell.textColor) if small else s.cell
    cells: list[Paragraph] = []
    lengths: list[int] = []

    def cell(title: str, line: str) -> None:
        cells.append(markup("<b>{}</b> {}", body, title, line))
        lengths.append(len(title) + len(line) + 1)

    if sc.eligibility is not None:
        e = sc.eligibility
        cell(tr("Trial eligibility:"), tr(
            "{met} met, {failed} not met, {unknown} unknown (of {total}); the evidence may not "
            "apply outside the tested population.",
            met=len(e.keys(Status.MET)), total=len(e.results),
            failed=len(e.keys(Status.FAILED)), unknown=len(e.keys(Status.UNKNOWN))))
    if sc.response is not None:
        r = sc.response
        short = f"{r.day1} − {r.sum_days_2_9}/8 = {show(r.decrease)}"
        if r.provisional:
            line = tr("provisional (day {day} of 9), {arithmetic} so far.", day=r.current_day,
                      arithmetic=short)
        elif r.responder:
            line = tr("{arithmetic} > 1.4: response met.", arithmetic=short)
        else:
            line = tr("{arithmetic} ≤ 1.4: response not met.", arithmetic=short)
        cell(tr("Day-9 SOFA:"), " ".join((line, tr("The trial's research endpoint, not a "
                                                   "treatment target."))))
    elif sc.response_missing:
        cell(tr("Day-9 SOFA:"), tr("no measure yet: the SOFA of day 1 (the day of "
                                   "phenotyping) is not stored.")
             if sc.response_missing == "day1_missing" else tr("no measure as of this day."))
    if sc.hscore is not None and sc.hscore.score is not None:
        h = sc.hscore
        cell(tr("HScore"), tr(
            "{score}: HLH probability {percent} %. An aid, not a diagnosis; not validated in "
            "ICU patients.", score=h.score,
            percent=h.probability.percent if h.probability else "—"))
    if not cells:
        return []
    # Columns as wide as their text is long: the row is as short as the cells allow.
    t = Table([cells], colWidths=[width * n / sum(lengths) for n in lengths])
    t.setStyle(TableStyle([FONT, ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                           ("LINEAFTER", (0, 0), (-2, -1), 0.3, RULE),
                           ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return [Spacer(1, 1 * mm), t]


# -- appendix ----------------------------------------------------------------------------------

def appendix_section(sc: ScoresSection, s: Styles, tr: Translator,
                     width: float) -> list[Flowable]:
    if sc.empty:
        return []
    out: list[Flowable] = [text(tr("Around the phenotype"), s.h2)]
    if sc.eligibility is not None:
        out += _eligibility_table(sc.eligibility, s, tr, width)
    if sc.response is not None and sc.day1_date is not None:
        out += _response_table(sc.response, sc.day1_date, s, tr, width)
    if sc.hscore is not None:
        out += _hscore_table(sc.hscore, s, tr, width)
    return out


def _grid(rows: list[list[Flowable]], widths: list[float], width: float) -> Table:
    t = Table(rows, colWidths=[w * width for w in widths], repeatRows=1, spaceAfter=1.5 * mm)
    t.setStyle(TableStyle([FONT, ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _eligibility_table(e: EligibilityResult, s: Styles, tr: Translator,
                       width: float) -> list[Flowable]:
    status = {Kind.INCLUSION: {Status.MET: tr("met"), Status.FAILED: tr("not met"),
                               Status.UNKNOWN: tr("unknown")},
              Kind.EXCLUSION: {Status.MET: tr("absent"), Status.FAILED: tr("present: excludes"),
                               Status.UNKNOWN: tr("unknown")}}
    kinds = {Kind.INCLUSION: tr("Inclusion"), Kind.EXCLUSION: tr("Exclusion")}
    answers = {"yes": tr("yes"), "no": tr("no"), "unknown": tr("unknown")}
    rows = [[text(h, s.cell_bold) for h in (tr("Criterion"), tr("Answer"), tr("Status"),
                                             tr("Basis and notes"))]]
    for r in e.results:
        notes = [tr.finding(n) for n in (r.basis, r.criterion.caveat) if n is not None]
        rows.append([text(tr("{kind} {number}: {wording}", kind=kinds[r.criterion.kind],
                             number=r.criterion.number,
                             wording=tr.finding(r.criterion.wording)), s.cell),
                     text(answers[r.answer.value], s.cell),
                     text(status[r.criterion.kind][r.status], s.cell_bold),
                     text(" ".join(notes), s.cell)])
    out: list[Flowable] = [text(tr("Trial eligibility (NCT04990232, as registered)"), s.h3),
                           _grid(rows, [0.41, 0.11, 0.16, 0.32], width)]
    out += [text(tr.finding(st), s.small) for st in e.statements]
    out.append(text(tr("Checklist: {version}.", version=e.version), s.small))
    return out


def _response_table(r: ResponseResult, day1: date, s: Styles, tr: Translator,
                    width: float) -> list[Flowable]:
    rows = [[text(h, s.cell_bold) for h in (tr("Day"), tr("Date"), tr("SOFA"),
                                             tr("How the day counts"))]]
    rows.append([text("1", s.cell), text(day1.isoformat(), s.cell), text(str(r.day1), s.cell),
                 text(tr("day of phenotyping"), s.cell)])
    for d in r.days:
        how = _how(d, tr)
        rows.append([text(str(d.day), s.cell),
                     text((day1 + timedelta(d.day - 1)).isoformat(), s.cell),
                     text(str(d.sofa), s.cell), text(how, s.cell)])
    out: list[Flowable] = [text(tr("Daily SOFA and the day-9 measure"), s.h3),
                           _grid(rows, [0.1, 0.2, 0.12, 0.58], width),
                           text(tr("Day 1 minus the mean of days 2–9: {arithmetic}",
                                   arithmetic=r.arithmetic), s.cell),
                           text(tr.finding(r.verdict), s.cell_bold)]
    out += [text(tr.finding(w), s.cell) for w in r.warnings]
    out += [text(tr.finding(st), s.small) for st in r.statements]
    return out


def _how(d: ResponseDay, tr: Translator) -> str:
    """How one of days 2-9 counts in the measure, in words."""
    if d.source.value == "death":
        return tr("death: counted 24")
    if d.source.value == "entered":
        return tr("entered")
    if d.pending:
        return tr("not over yet: day {day} carried forward for now", day=d.carried_from)
    return tr("missing: day {day} carried forward", day=d.carried_from)


def course_strip(r: ResponseResult, day1: date, s: Styles, tr: Translator,
                 width: float) -> list[Flowable]:
    """Days 1-9 across the page in three short rows (day, date, SOFA with a mark for a value
    carried forward, not over yet, or a death), the marks explained, then the arithmetic, the
    verdict (PROVISIONAL until day 9) and the statements: the day-9 measure where a whole
    table does not fit (the one-page history)."""
    marks = {"carried": "*", "pending": "°", "death": "†"}

    def mark(d: ResponseDay) -> str:
        if d.source.value == "death":
            return marks["death"]
        if d.source.value == "entered":
            return ""
        return marks["pending"] if d.pending else marks["carried"]

    days = [(1, r.day1, "")] + [(d.day, d.sofa, mark(d)) for d in r.days]
    label = width * 0.16
    cell = (width - label) / len(days)
    rows = [[text(tr("Study day"), s.cell_bold)] + [text(str(n), s.cell_bold) for n, _, _ in days],
            [text(tr("Date"), s.cell_bold)] + [
                text((day1 + timedelta(n - 1)).strftime("%d %b"), s.cell) for n, _, _ in days],
            [text(tr("SOFA"), s.cell_bold)] + [text(f"{v}{m}", s.cell) for _, v, m in days]]
    t = Table(rows, colWidths=[label] + [cell] * len(days), spaceAfter=1 * mm)
    t.setStyle(TableStyle([FONT, ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                           ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    status = (tr("PROVISIONAL: day {day} of 9.", day=r.current_day) if r.provisional else
              tr("Final."))
    return [t,
            text(tr("* missing day: the last value carried forward; ° not over yet: carried "
                    "forward for now; † from the day of death: counted 24."), s.small),
            text(tr("Day 1 minus the mean of days 2–9: {arithmetic}", arithmetic=r.arithmetic),
                 s.cell),
            markup("<b>{}</b> {}", s.cell, status, tr.finding(r.verdict)),
            *[text(tr.finding(w), s.cell) for w in r.warnings],
            *[text(tr.finding(st), s.small) for st in r.statements]]


def _hscore_table(h: HScoreResult, s: Styles, tr: Translator,
                  width: float) -> list[Flowable]:
    rows = [[text(head, s.cell_bold) for head in (tr("Points"), tr("Variable and why"))]]
    rows += [[text("—" if c.points is None else str(c.points), s.cell),
              text(tr.finding(c.reason), s.cell)] for c in h.components]
    out: list[Flowable] = [text(tr("HScore (Fardet 2014)"), s.h3),
                           _grid(rows, [0.1, 0.9], width),
                           text(tr.finding(h.summary), s.cell_bold)]
    if h.probability is not None:
        out.append(text(tr.finding(h.probability.finding), s.cell))
    out += [text(tr.finding(st), s.small) for st in h.statements]
    return out
