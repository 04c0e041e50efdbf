"""The single-patient report: what the screen shows, on paper.

Everything clinical comes from the ``Assessment`` (status, reasons, warnings, criteria rows) and
the ``EvidenceBase``; this module only lays it out.  ``generated_at`` is passed in: no clock here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.core.charts import STYLES, evidence_chart, map_point, phenotype_map
from desktop_app.core.evidence import EvidenceBase
from desktop_app.core.phenotype import Assessment, Status
from desktop_app.core.serialize import inputs_to_dict
from desktop_app.report import document
from desktop_app.report.charts import draw_evidence_chart, draw_phenotype_map
from desktop_app.report.document import format_time
from desktop_app.report.evidence_section import evidence_section
from desktop_app.report.options import ReportOptions
from desktop_app.report.styles import (
    FONT,
    INK,
    RULE,
    SHADE,
    WARN_BG,
    WARN_EDGE,
    Styles,
    bullet,
    esc,
    markup,
    text,
)

REPORT_TITLE = "ImmunoSep phenotype report"
NOT_GIVEN = "not given"
CODED = "{} <font size='6.5' color='#555555'>[{}]</font>"  # message, then its code
DISCLAIMER = (
    "Decision support only. This report applies the published ImmunoSep phenotype rule to the "
    "values shown above; it is not a diagnosis and not a prescription. Regimens are those used "
    "in the trial, given as information, not as orders; sepsis use of anakinra and "
    "interferon-γ is off-label. Check every value against the laboratory report. The treating "
    "clinician decides and remains responsible for the patient's care.")


@dataclass(frozen=True)
class PatientReport:
    patient_id: str  # exactly as entered
    assessment: Assessment
    evidence: EvidenceBase
    generated_at: datetime  # with time zone
    options: ReportOptions
    training_note: str = ""  # a demo case's teaching note (training mode only)


def render_patient_report(r: PatientReport) -> bytes:
    """The finished PDF of one patient's report."""
    a, o = r.assessment, r.options
    page = document.PageText(
        title=REPORT_TITLE, subject_line=f"Patient: {r.patient_id}",
        versions=versions_line(a, r.evidence, o.app_version),
        generated=f"Generated {format_time(r.generated_at)}")
    subject = f"{a.headline} — {a.ruleset.version}"
    return document.render(build_story(r), page=page, options=o, title=REPORT_TITLE,
                           subject=subject, created=r.generated_at,
                           keywords=("ImmunoSep", a.headline))


def versions_line(a: Assessment, evidence: EvidenceBase, app_version: str) -> str:
    return (f"Rule set {a.ruleset.version} · Evidence {evidence.version} · "
            f"ImmunoSep Phenotyper {app_version}")


def build_story(r: PatientReport) -> list[Flowable]:
    s = Styles()
    width = document.frame_width(r.options)
    a = r.assessment
    story: list[Flowable] = [text(REPORT_TITLE, s.title)]
    story += _patient_block(r, s)
    if r.options.training and r.training_note:
        story.append(markup("<b>Training case note:</b> {}", s.body, r.training_note))
    # Result, warnings and the map first (one glance), then the tables that back them.
    story += _result_block(a, s, width)
    story += _warnings(a, s, width)
    story += _charts(a, r.evidence, s, width)
    story += _inputs_table(a, s, width)
    story += _criteria_table(a, s, width)
    story += evidence_section(a, r.evidence, s, width)
    story += _rule_and_versions(r, s, width)
    story += _sign_off(s, width)
    return story


def _patient_block(r: PatientReport, s: Styles) -> list[Flowable]:
    age = r.assessment.inputs.age_years
    # The identifier is its own Paragraph (not a table cell) so that any length splits across
    # pages instead of overflowing a row.
    return [
        markup("<b>Patient identifier (as entered):</b> {}", s.body, r.patient_id),
        markup("<b>Age (as entered):</b> {}    <b>Report generated:</b> {}", s.body,
               f"{age.text} years" if age is not None else NOT_GIVEN,
               format_time(r.generated_at)),
    ]


def _result_block(a: Assessment, s: Styles, width: float) -> list[Flowable]:
    style = STYLES[a.phenotype]
    colour = colors.HexColor(style.colour)
    status = ("classified" if a.status is Status.CLASSIFIED
              else "cannot classify — no phenotype is given")
    rows: list[list[Flowable]] = [
        [markup("<font color='{}'>{}</font>", s.headline, style.colour, a.headline)],
        [markup("<b>Status:</b> {}", s.body, status)],
    ]
    if a.treatment_arm is not None:
        rows.append([markup("<b>ImmunoSep trial arm for this phenotype:</b> {} (evidence, not "
                            "an order)", s.body, a.treatment_arm.label)])
    rows.append([text("Because:" if a.phenotype else "Reasons:", s.h3)])
    rows += [[markup(CODED, s.bullet, f.message, f.code, bullet_text="•")] for f in a.reasons]
    t = Table(rows, colWidths=[width])
    t.setStyle(TableStyle([FONT, ("BOX", (0, 0), (-1, -1), 1.2, colour),
                           ("LINEBEFORE", (0, 0), (0, -1), 5, colour),
                           ("LEFTPADDING", (0, 0), (-1, -1), 9),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return [Spacer(1, 3 * mm), t]


def _grid(rows: list[list[Flowable]], widths: list[float]) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([FONT, ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return t


def _time(when: datetime | None) -> str:
    return format_time(when) if when else "—"


def _inputs_table(a: Assessment, s: Styles, width: float) -> list[Flowable]:
    d = inputs_to_dict(a.inputs)
    i = a.inputs
    head = ["Input", "As entered", "Used by the rule", "Conversion", "Sampled", "Processed"]
    rows = [[text(h, s.cell_bold) for h in head]]
    f, h = d["ferritin"], d["hla_dr"]
    if f is None:
        rows.append(_cells(s, "Ferritin", NOT_GIVEN, "—", "—", "—", ""))
    else:
        rows.append(_cells(s, "Ferritin", f"{f['entered']} {f['unit']}",
                           f"{f['converted']} {f['converted_unit']}", f["conversion"],
                           _time(i.ferritin.sampled_at if i.ferritin else None), ""))
    if h is None:
        rows.append(_cells(s, "Monocyte HLA-DR", NOT_GIVEN, "—", "—", "—", "—"))
    else:
        used = (f"{i.hla_dr.value.display()} AB/C" if i.hla_dr and h["usable"]
                else f"not usable: {h['unit']} cannot be converted to AB/C")
        rows.append(_cells(s, "Monocyte HLA-DR", f"{h['entered']} {h['unit']}", used,
                           "none (AB/C)" if h["usable"] else "not possible",
                           _time(i.hla_dr.sampled_at if i.hla_dr else None),
                           _time(i.hla_dr.processed_at if i.hla_dr else None)))
    age = d["age_years"]
    rows.append(_cells(s, "Age", f"{age['entered']} years" if age else NOT_GIVEN,
                       f"{i.age_years.display()} years" if i.age_years else "—", "", "", ""))
    widths = [0.13, 0.14, 0.16, 0.25, 0.16, 0.16]
    return [text("Inputs", s.h2), _grid(rows, [w * width for w in widths])]


def _cells(s: Styles, *values: str) -> list[Flowable]:
    return [text(v, s.cell) for v in values]


def _criteria_table(a: Assessment, s: Styles, width: float) -> list[Flowable]:
    head = ["Criterion", "Entered", "Converted", "Threshold", "Met", "Note"]
    rows = [[text(h, s.cell_bold) for h in head]]
    for c in a.criteria:
        met = {True: "met", False: "not met", None: "not decided"}[c.met]
        rows.append([text(c.label, s.cell), text(c.entered or NOT_GIVEN, s.cell),
                     text(c.converted or "—", s.cell), text(c.threshold, s.cell),
                     text(met, s.cell_bold), text(c.note, s.cell)])
    widths = [0.24, 0.13, 0.13, 0.11, 0.09, 0.30]
    return [text("Criteria", s.h2), _grid(rows, [w * width for w in widths])]


def _warnings(a: Assessment, s: Styles, width: float) -> list[Flowable]:
    if not a.warnings:
        return [Spacer(1, 2 * mm), text("Warnings: none.", s.body)]
    rows = [[text("Warnings", s.h3)]]
    rows += [[markup(CODED, s.bullet, w.message, w.code, bullet_text="!")] for w in a.warnings]
    t = Table(rows, colWidths=[width])
    t.setStyle(TableStyle([FONT, ("BACKGROUND", (0, 0), (-1, -1), WARN_BG),
                           ("BOX", (0, 0), (-1, -1), 0.8, WARN_EDGE),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return [Spacer(1, 3 * mm), t]


def _charts(a: Assessment, evidence: EvidenceBase, s: Styles, width: float) -> list[Flowable]:
    point = map_point(a, label="this patient")
    pmap = phenotype_map((point,) if point else ())
    chart = evidence_chart(evidence, a.phenotype)
    left, right = width * 0.49, width * 0.51
    height = 86 * mm
    notes = [Paragraph(esc(pmap.note) + ("" if point else
                                         " No point: ferritin is needed to place the patient."),
                       s.small),
             text(chart.note, s.small)]
    t = Table([[draw_phenotype_map(pmap, left - 4, height),
                draw_evidence_chart(chart, right - 4, height)], notes],
              colWidths=[left, right])
    t.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE)]))
    return [KeepTogether([text("Charts", s.h2), t])]


def _rule_and_versions(r: PatientReport, s: Styles, width: float) -> list[Flowable]:
    a = r.assessment
    out: list[Flowable] = [text("Rule applied", s.h2)]
    out += [bullet(line, s.bullet) for line in a.ruleset.rule_text()]
    out.append(markup("Source of the rule: {} doi:{} ({})", s.small, a.ruleset.citation,
                      a.ruleset.doi, a.ruleset.registry_id))
    rows = [["Rule set", a.ruleset.version],
            ["Evidence", f"{r.evidence.version}, cut-off {r.evidence.cutoff}"],
            ["Application", f"ImmunoSep Phenotyper {r.options.app_version}"],
            ["Generated", format_time(r.generated_at)]]
    t = Table([[text(k, s.cell_bold), text(v, s.cell)] for k, v in rows],
              colWidths=[0.18 * width, 0.82 * width])
    t.setStyle(TableStyle([FONT, ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                           ("BACKGROUND", (0, 0), (0, -1), SHADE)]))
    out += [text("Versions", s.h2), t]
    return out


def _sign_off(s: Styles, width: float) -> list[Flowable]:
    line = "_" * 30
    rows = [[text("Reviewed by (name)", s.cell_bold), text(line, s.cell),
             text("Signature", s.cell_bold), text(line, s.cell)],
            [text("Date and time", s.cell_bold), text(line, s.cell),
             text("Role", s.cell_bold), text(line, s.cell)]]
    t = Table(rows, colWidths=[0.2 * width, 0.32 * width, 0.12 * width, 0.36 * width],
              rowHeights=[9 * mm, 9 * mm])
    t.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("TEXTCOLOR", (0, 0), (-1, -1), INK)]))
    return [KeepTogether([text("Clinical disclaimer", s.h2), text(DISCLAIMER, s.body),
                          Spacer(1, 2 * mm), t, Spacer(1, 3 * mm),
                          text(document.END_MARKER, s.small)])]
