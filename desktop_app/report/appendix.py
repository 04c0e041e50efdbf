"""The optional appendix of a patient report: the full evidence and where everything came from.

Page 2 onwards, only when asked for (``ReportOptions.appendix``): the published figures beside
their recomputation for the patient's arm (or why no evidence applies), mortality, safety, the
trial population and limits, each criterion's note, the eligibility checklist, the daily SOFA
and the HScore in full when stored, and the provenance of the report.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from desktop_app.core.evidence import EvidenceBase
from desktop_app.core.phenotype import Assessment
from desktop_app.i18n import Translator
from desktop_app.report import words
from desktop_app.report.evidence_section import evidence_section
from desktop_app.report.scores_section import ScoresSection, appendix_section
from desktop_app.report.styles import FONT, RULE, SHADE, Styles, fit_columns, text


def appendix(a: Assessment, e: EvidenceBase, s: Styles, tr: Translator, width: float, *,
             provenance: list[tuple[str, str]],
             scores: ScoresSection | None = None) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), text(tr("Appendix: full evidence and provenance"),
                                             s.title)]
    out += evidence_section(a, e, s, width, tr)
    out += _criteria_notes(a, s, tr, width)
    if scores is not None:
        out += appendix_section(scores, s, tr, width)
    out += [text(tr("Provenance"), s.h2), _pairs(provenance, s, width)]
    return out


def _criteria_notes(a: Assessment, s: Styles, tr: Translator, width: float) -> list[Flowable]:
    head = (tr("Criterion"), tr("Entered"), tr("Converted"), tr("Threshold"), tr("Note"))
    cells = [[(h, s.cell_bold) for h in head]]
    for c in a.criteria:
        w = words.criterion(c, tr)
        cells.append([(w.label, s.cell), (w.entered or tr(words.NOT_GIVEN), s.cell),
                      (w.converted or "—", s.cell), (w.threshold, s.cell), (w.note, s.cell)])
    # Every column at least as wide as its widest word, in every language (no word is split).
    widths = fit_columns(cells, [0.24, 0.14, 0.14, 0.12, 0.36], width, padding=6)
    t = Table([[text(v, st) for v, st in row] for row in cells], colWidths=widths,
              repeatRows=1)
    t.setStyle(TableStyle([FONT, ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [text(tr("Criteria in detail"), s.h2), t]


def _pairs(rows: list[tuple[str, str]], s: Styles, width: float) -> Table:
    t = Table([[text(k, s.cell_bold), text(v, s.cell)] for k, v in rows],
              colWidths=[0.22 * width, 0.78 * width])
    t.setStyle(TableStyle([FONT, ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                           ("BACKGROUND", (0, 0), (0, -1), SHADE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t

