"""The cohort summary of a batch: counts, the cohort phenotype map and one line per data row.

Every row of the source file appears: reports written, reports that failed and why, rows
rejected at import and why (hazard H28: a pharmacist must never miss a patient silently).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer, Table, TableStyle

from desktop_app.core.charts import MapPoint, phenotype_map
from desktop_app.report import document
from desktop_app.report.charts import draw_phenotype_map
from desktop_app.report.document import format_time
from desktop_app.report.options import ReportOptions
from desktop_app.report.styles import FONT, RULE, SHADE, Styles, markup, text

SUMMARY_TITLE = "ImmunoSep cohort summary"
MAX_ID_IN_TABLE = 120  # the patient's own report and the CSV index hold the full identifier


@dataclass(frozen=True)
class CohortRow:
    row: int  # as a spreadsheet shows it
    patient_id: str | None
    outcome: str  # "report written", "report failed", "rejected at import", "not done: ..."
    result: str  # "MALS", "Immunoparalysis", "Unclassified", "Cannot classify" or "—"
    arm: str  # the trial arm of the phenotype, or "—"
    detail: str  # file name, or the reason


@dataclass(frozen=True)
class CohortSummary:
    source: str  # file name as given (shown, never used as a path here)
    rows: tuple[CohortRow, ...]
    points: tuple[MapPoint, ...]
    counts: tuple[tuple[str, int], ...]
    generated_at: datetime
    options: ReportOptions
    ruleset_version: str
    evidence_version: str


def render_cohort_summary(c: CohortSummary) -> bytes:
    versions = (f"Rule set {c.ruleset_version} · Evidence {c.evidence_version} · "
                f"ImmunoSep Phenotyper {c.options.app_version}")
    page = document.PageText(title=SUMMARY_TITLE, subject_line=f"Source: {c.source}",
                             versions=versions,
                             generated=f"Generated {format_time(c.generated_at)}")
    return document.render(_story(c), page=page, options=c.options, title=SUMMARY_TITLE,
                           created=c.generated_at,
                           subject=f"{len(c.rows)} rows — {c.ruleset_version}",
                           keywords=("ImmunoSep", "cohort"))


def _story(c: CohortSummary) -> list[Flowable]:
    s = Styles()
    width = document.frame_width(c.options)
    story: list[Flowable] = [
        text(SUMMARY_TITLE, s.title),
        markup("<b>Source file:</b> {}    <b>Generated:</b> {}", s.body, c.source,
               format_time(c.generated_at)),
        markup("<b>Rule set:</b> {}    <b>Evidence:</b> {}", s.body, c.ruleset_version,
               c.evidence_version),
        text("Each classified or cannot-classify row has its own report; rows rejected at "
             "import have none and are listed with the reason. Decision support only: the "
             "treating clinician decides.", s.small),
        Spacer(1, 2 * mm),
    ]
    counts = Table([[text(k, s.cell_bold), text(str(v), s.cell)] for k, v in c.counts],
                   colWidths=[0.2 * width, 0.08 * width])
    counts.setStyle(TableStyle([FONT, ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                                ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    pmap = phenotype_map(c.points, title="Cohort phenotype map")
    side = Table([[draw_phenotype_map(pmap, width * 0.68, 112 * mm),
                   [text("Counts", s.h3), counts]]],
                 colWidths=[width * 0.7, width * 0.3])
    side.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [side, text(pmap.note, s.small)]
    # No keep-with-next here: a long table would otherwise start on a fresh page.
    story += [text("Rows", s.h2_free), _rows_table(c.rows, s, width)]
    story += [Spacer(1, 3 * mm), text(document.END_MARKER, s.small)]
    return story


def _short(pid: str | None) -> str:
    if pid is None:
        return "(no identifier)"
    if len(pid) <= MAX_ID_IN_TABLE:
        return pid
    return f"{pid[:MAX_ID_IN_TABLE]}… ({len(pid)} characters)"


def _rows_table(rows: Sequence[CohortRow], s: Styles, width: float) -> Table:
    head = ["Row", "Patient identifier", "Result", "Trial arm", "Outcome",
            "Report file or reason"]
    data = [[text(h, s.cell_bold) for h in head]]
    for r in rows:
        data.append([text(str(r.row), s.cell), text(_short(r.patient_id), s.cell),
                     text(r.result, s.cell), text(r.arm, s.cell),
                     text(r.outcome, s.cell_bold if r.outcome != "report written" else s.cell),
                     text(_short_detail(r.detail), s.cell)])
    widths = [0.06, 0.18, 0.15, 0.14, 0.12, 0.35]
    t = LongTable(data, colWidths=[w * width for w in widths], repeatRows=1)
    t.setStyle(TableStyle([FONT, ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           ("GRID", (0, 0), (-1, -1), 0.3, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return t


def _short_detail(detail: str, limit: int = 600) -> str:
    return detail if len(detail) <= limit else detail[:limit] + "…"
