"""The cohort summary of a batch: counts, the cohort phenotype map and one line per data row.

Every row of the source file appears: reports written, reports that failed and why, rows
rejected at import and why (hazard H28: a pharmacist must never miss a patient silently).
The rows come in the order the caller gives: the batch puts those needing action first (no
report, cannot classify, near a threshold), then the rest by row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer, Table, TableStyle

from desktop_app.core.charts import MapPoint, phenotype_map
from desktop_app.i18n import N_, Translator, translator
from desktop_app.report import document
from desktop_app.report.charts import draw_phenotype_map
from desktop_app.report.document import format_time, generated_line
from desktop_app.report.options import ReportOptions
from desktop_app.report.styles import FONT, RULE, SHADE, WARN_BG, Styles, fit_columns, text

SUMMARY_TITLE = N_("ImmunoSep cohort summary")
MAX_ID_IN_TABLE = 120  # the patient's own report and the CSV index hold the full identifier
MAX_WHY = 600


@dataclass(frozen=True)
class CohortRow:
    """One line of the summary, every text already in the reader's words."""

    row: int  # as a spreadsheet shows it
    patient_id: str | None
    result: str  # "MALS", "Immunoparalysis", "Unclassified", "Cannot classify", "—"
    near_threshold: bool
    why: str  # cannot-classify reasons, warnings, the import's or the renderer's reason
    sampled: str  # sample times ("" when none were given)
    outcome: str  # "report written", "report failed", "rejected at import", ...
    attention: bool  # listed among the rows needing action (shaded)


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
    tr = translator(c.options.lang)
    versions = tr("Rule set {ruleset} · Evidence {evidence} · ImmunoSep Phenotyper {app}",
                  ruleset=c.ruleset_version, evidence=c.evidence_version,
                  app=c.options.app_version)
    page = document.PageText(title=tr(SUMMARY_TITLE),
                             subject_line=tr("Source: {source}", source=c.source),
                             versions=versions,
                             generated=tr("Generated {time}",
                                          time=format_time(c.generated_at, tr)))
    return document.render(_story(c, tr), page=page, options=c.options, title=tr(SUMMARY_TITLE),
                           created=c.generated_at,
                           subject=tr("{n} rows — {ruleset}", n=len(c.rows),
                                      ruleset=c.ruleset_version),
                           keywords=("ImmunoSep", "cohort"))


def _story(c: CohortSummary, tr: Translator) -> list[Flowable]:
    s = Styles()
    width = document.frame_width(c.options)
    o = c.options
    story: list[Flowable] = [
        text(tr(SUMMARY_TITLE), s.title),
        text(tr("Source file: {source}", source=c.source), s.body),
        text(generated_line(tr, c.generated_at, o.generated_by, o.workstation), s.body),
        text(tr("Rule set {ruleset} · Evidence {evidence}", ruleset=c.ruleset_version,
                evidence=c.evidence_version), s.body),
        text(tr("Rows needing action come first (shaded): no report, cannot classify, a value "
                "near a threshold. Each classified or cannot-classify row has its own one-page "
                "report, in this order, in all-reports.pdf; rows rejected at import have none. "
                "Decision support only: the treating clinician decides."), s.small),
        Spacer(1, 2 * mm),
    ]
    counts = Table([[text(k, s.cell_bold), text(str(v), s.cell)] for k, v in c.counts],
                   colWidths=[0.22 * width, 0.08 * width])
    counts.setStyle(TableStyle([FONT, ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                                ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    pmap = phenotype_map(c.points, title=tr("Cohort phenotype map"), tr=tr)
    side = Table([[draw_phenotype_map(pmap, width * 0.66, 105 * mm, tr),
                   [text(tr("Counts"), s.h3), counts]]],
                 colWidths=[width * 0.68, width * 0.32])
    side.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [side, text(pmap.note, s.small)]
    # No keep-with-next here: a long table would otherwise start on a fresh page.
    story += [text(tr("Rows"), s.h2_free), _rows_table(c.rows, s, tr, width)]
    story += [Spacer(1, 3 * mm), text(tr(document.END_MARKER), s.small)]
    return story


def _short(pid: str | None, tr: Translator) -> str:
    if pid is None:
        return tr("(no identifier)")
    if len(pid) <= MAX_ID_IN_TABLE:
        return pid
    return tr("{start}… ({n} characters)", start=pid[:MAX_ID_IN_TABLE], n=len(pid))


def _rows_table(rows: Sequence[CohortRow], s: Styles, tr: Translator, width: float) -> Table:
    head = [tr("Row"), tr("Patient identifier"), tr("Result"), tr("Near threshold"),
            tr("Why, or what is needed"), tr("Sampled"), tr("Report")]
    cells = [[(h, s.cell_bold) for h in head]]
    shaded: list[int] = []
    near = tr("near threshold")
    for i, r in enumerate(rows, start=1):
        if r.attention:
            shaded.append(i)
        why = r.why if len(r.why) <= MAX_WHY else r.why[:MAX_WHY] + "…"
        cells.append([(str(r.row), s.cell), (_short(r.patient_id, tr), s.cell),
                      (r.result, s.cell_bold), (near if r.near_threshold else "", s.cell),
                      (why, s.cell), (r.sampled or "—", s.cell),
                      (r.outcome, s.cell_bold if r.attention else s.cell)])
    # Identifiers may be one long word: only the headings and the words of our own texts
    # (result, near threshold, outcome) decide the minimum widths.
    words_only = [[(v, st) if i not in (1, 4, 5) else ("", st) for i, (v, st) in enumerate(row)]
                  for row in cells]
    widths = fit_columns(words_only, [0.055, 0.15, 0.13, 0.115, 0.31, 0.14, 0.10], width,
                         padding=2.5)
    data = [[text(v, st) for v, st in row] for row in cells]
    t = LongTable(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([FONT, ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           *(("BACKGROUND", (0, i), (-1, i), WARN_BG) for i in shaded),
                           ("GRID", (0, 0), (-1, -1), 0.3, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]))
    return t
