"""The single-patient report: one page for the chart, and the full evidence on request.

Everything clinical comes from the ``Assessment`` (status, reasons, warnings, criteria) and the
``EvidenceBase``; this module only lays it out.  ``generated_at`` is passed in: no clock here.

The first page must stay one page (issue 16).  The charts take the slack: when the first
render spills over (many findings, long identifiers), the report is laid out once more with the
smaller charts; whatever still does not fit (a 10 000-character identifier) continues on the
next page rather than being cut.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.core.evidence import EvidenceBase
from desktop_app.core.phenotype import Assessment
from desktop_app.i18n import N_, Translator, translator
from desktop_app.report import document
from desktop_app.report.appendix import appendix
from desktop_app.report.document import PageMark, format_time
from desktop_app.report.options import PatientIdentity, ReportOptions
from desktop_app.report.page_one import CHART_HEIGHTS, PageOne, page_one
from desktop_app.report.scores_section import ScoresSection
from desktop_app.report.styles import Styles, text

REPORT_TITLE = N_("ImmunoSep phenotype report")
SMALLEST_CHARTS = 40 * mm  # only to keep the scores box (issue 17) on page one


@dataclass(frozen=True)
class PatientReport:
    patient_id: str  # exactly as entered
    assessment: Assessment
    evidence: EvidenceBase
    generated_at: datetime  # with time zone
    options: ReportOptions
    training_note: str = ""  # a demo case's teaching note (training mode only)
    identity: PatientIdentity = field(default_factory=PatientIdentity)
    source: str = ""  # where the values came from, e.g. "lab.csv, row 12" (appendix)
    scores: ScoresSection | None = None  # stored eligibility, day-9 SOFA, HScore (issue 17)


def render_patient_report(r: PatientReport) -> bytes:
    """The finished PDF of one patient's report."""
    tr = translator(r.options.lang)
    a = r.assessment
    page = document.PageText(
        title=tr(REPORT_TITLE), subject_line=tr("Patient: {id}", id=r.patient_id),
        versions=versions_line(tr, a, r.evidence, r.options.app_version),
        generated=tr("Generated {time}", time=format_time(r.generated_at, tr)))
    subject = f"{tr(a.headline)} — {a.ruleset.version}"

    def build(chart_height: float, small_scores: bool) -> tuple[bytes, PageMark]:
        end = PageMark()
        story = build_story(r, tr, chart_height, end, small_scores=small_scores)
        return document.render(story, page=page, options=r.options, title=tr(REPORT_TITLE),
                               subject=subject, created=r.generated_at,
                               keywords=("ImmunoSep", a.headline)), end

    # Smaller charts first; then, with the scores box, that box in notes size and, last,
    # 40 mm charts (the evidence chart's labels still clear each other; at 35 mm they
    # collide, so the charts shrink no further).
    attempts = [(height, False) for height in CHART_HEIGHTS]
    if r.scores is not None and not r.scores.empty:
        attempts += [(CHART_HEIGHTS[-1], True), (SMALLEST_CHARTS, True)]
    for height, small in attempts:
        data, end = build(height, small)
        if end.page <= 1:
            break
    return data


def versions_line(tr: Translator, a: Assessment, evidence: EvidenceBase,
                  app_version: str) -> str:
    return tr("Rule set {ruleset} · Evidence {evidence} · ImmunoSep Phenotyper {app}",
              ruleset=a.ruleset.version, evidence=evidence.version, app=app_version)


def build_story(r: PatientReport, tr: Translator, chart_height: float = CHART_HEIGHTS[0],
                end_of_page_one: PageMark | None = None, *,
                small_scores: bool = False) -> list[Flowable]:
    s = Styles()
    width = document.frame_width(r.options)
    o = r.options
    first = PageOne(r.patient_id, r.identity, r.assessment, r.evidence, r.generated_at,
                    o.generated_by, o.workstation, r.training_note if o.training else "",
                    r.scores if r.scores is not None and not r.scores.empty else None)
    story = page_one(first, s, tr, width, chart_height, last=not o.appendix,
                     small_scores=small_scores)
    story.append(end_of_page_one or PageMark())
    if o.appendix:
        story += appendix(r.assessment, r.evidence, s, tr, width, provenance=provenance(r, tr),
                          scores=first.scores)
        story += [Spacer(1, 2 * mm), text(tr(document.END_MARKER), s.small)]
    return story


def provenance(r: PatientReport, tr: Translator) -> list[tuple[str, str]]:
    a, o = r.assessment, r.options
    rows = [(tr("Rule set"), f"{a.ruleset.version} · {a.ruleset.citation} doi:{a.ruleset.doi} "
                             f"· {a.ruleset.registry_id}"),
            (tr("Evidence"), tr("{version}, cut-off {cutoff}", version=r.evidence.version,
                                cutoff=r.evidence.cutoff)),
            (tr("Application"), f"ImmunoSep Phenotyper {o.app_version}"),
            (tr("Generated"), format_time(r.generated_at, tr)),
            (tr("Generated by"), o.generated_by or tr("unknown")),
            (tr("Workstation"), o.workstation or tr("unknown"))]
    if r.source:
        rows.append((tr("Values from"), r.source))
    return rows
