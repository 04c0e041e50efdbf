"""The one-page chart report: what a clinician files and reads on a ward round.

Under the identifier: the result tile (phenotype, the NEAR THRESHOLD badge, trial arm, reasons)
beside the identification (name, date of birth, record number, or a blank box for a patient
label), then the warnings across the page, the inputs with the rule's criteria, when stored the
eligibility, day-9 SOFA and HScore (``scores_section``), both charts, the
key points of the evidence, the regimen *as used in the trial* (or why the evidence does not
apply) and the reviewer's signature block.  Every word goes through the translator; no internal
code is printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop_app.core.charts import STYLES, evidence_chart, map_point, phenotype_map
from desktop_app.core.evidence import EvidenceBase
from desktop_app.core.phenotype import Assessment
from desktop_app.core.serialize import inputs_to_dict
from desktop_app.i18n import N_, Translator
from desktop_app.report import words
from desktop_app.report.charts import draw_evidence_chart, draw_phenotype_map
from desktop_app.report.document import END_MARKER, format_time, generated_line
from desktop_app.report.facts import near_threshold
from desktop_app.report.fonts import BOLD
from desktop_app.report.options import PatientIdentity
from desktop_app.report.scores_section import ScoresSection, page_one_section
from desktop_app.report.styles import (
    FONT,
    INK,
    RULE,
    SHADE,
    WARN_BG,
    WARN_EDGE,
    Styles,
    bullet,
    displayable,
    fit_columns,
    markup,
    text,
)

# A blank box for the hospital's patient label: room for 70 x 37 mm and 63.5 x 38.1 mm labels.
LABEL_BOX = (72 * mm, 38.5 * mm)
ID_COLUMN = LABEL_BOX[0] + 4
GAP = 4
MAX_IN_CELL = 120  # characters of a name or record number shown (a table cell cannot split)
CHART_HEIGHTS = (60 * mm, 50 * mm, 45 * mm)  # tried in turn until page one fits


@dataclass(frozen=True)
class PageOne:
    """What the first page needs besides the assessment (all text as given)."""

    patient_id: str
    identity: PatientIdentity
    assessment: Assessment
    evidence: EvidenceBase
    generated_at: datetime
    generated_by: str
    workstation: str
    training_note: str  # "" unless training
    scores: ScoresSection | None = None  # eligibility, day-9 SOFA, HScore when stored


def page_one(p: PageOne, s: Styles, tr: Translator, width: float,
             chart_height: float = CHART_HEIGHTS[0], *, last: bool = True,
             small_scores: bool = False) -> list[Flowable]:
    """The first page's flowables; ``last``: nothing follows (the end marker goes here);
    ``small_scores``: the scores box in notes size (a full page's last resort)."""
    story: list[Flowable] = [
        markup("<b>{}</b> {}", s.body_bold, tr("Patient identifier (as entered):"),
               p.patient_id)]
    tile_width = width - ID_COLUMN - GAP
    # A training report is no patient's: its teaching note takes the place of the label.
    note_beside = bool(p.training_note) and p.identity.blank
    right = (_boxed([text(tr("Training case note"), s.body_bold), text(p.training_note, s.body)])
             if note_beside else _identification(p.identity, s, tr))
    band = Table([[_result_tile(p.assessment, s, tr, tile_width), "", right]],
                 colWidths=[tile_width, GAP, ID_COLUMN])
    band.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 1 * mm), band, *_warnings(p.assessment, s, tr, width)]
    story += [text(tr("{label} in full (as entered): {value}", label=label, value=value), s.body)
              for label, value in _identity_fields(p.identity, tr) if len(value) > MAX_IN_CELL]
    if p.training_note and not note_beside:
        story.append(text(tr("Training case note: {note}", note=p.training_note), s.body))
    story += _inputs_and_rule(p.assessment, s, tr, width)
    if p.scores is not None:
        story += page_one_section(p.scores, s, tr, width, small=small_scores)
    story += _charts(p.assessment, p.evidence, s, tr, width, chart_height)
    story += _key_points(p.assessment, p.evidence, s, tr, width)
    story += _sign_off(p, s, tr, width, last)
    return story


# -- top band --------------------------------------------------------------------------------

def _result_tile(a: Assessment, s: Styles, tr: Translator, width: float) -> Table:
    style = STYLES[a.phenotype]
    colour = colors.HexColor(style.colour)
    rows: list[list[Flowable]] = [
        [text(words.headline(a, tr), s.headline.clone("headline_colour", textColor=colour))]]
    if near_threshold(a):
        label = tr("NEAR THRESHOLD")
        badge = Table([[text(label, s.badge)]],
                      colWidths=[stringWidth(displayable(label), BOLD, 9) + 12])
        badge.hAlign = "LEFT"
        badge.setStyle(TableStyle([FONT, ("BACKGROUND", (0, 0), (-1, -1), WARN_EDGE),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
        rows.append([badge])
    arm = words.trial_arm(a, tr)
    if arm is not None:
        rows.append([text(tr("ImmunoSep trial arm: {arm} (evidence, not an order).", arm=arm),
                          s.body)])
    rows += [[bullet(reason, s.bullet)] for reason in words.reasons(a, tr)]
    if not a.warnings:
        rows.append([text(tr("No warnings."), s.body)])
    t = Table(rows, colWidths=[width])
    t.setStyle(TableStyle([
        FONT, ("BOX", (0, 0), (-1, -1), 1.2, colour),
        ("LINEBEFORE", (0, 0), (0, -1), 5, colour),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("TOPPADDING", (0, 0), (-1, 0), 3), ("BOTTOMPADDING", (0, -1), (-1, -1), 3)]))
    return t


def _warnings(a: Assessment, s: Styles, tr: Translator, width: float) -> list[Flowable]:
    """The core's warnings across the page (they are what a pharmacist checks first)."""
    if not a.warnings:
        return []
    rows = [[text(tr("Warnings:"), s.body_bold)]]
    rows += [[bullet(warning, s.bullet, "!")] for warning in words.warnings(a, tr)]
    t = Table(rows, colWidths=[width])
    t.setStyle(TableStyle([FONT, ("BACKGROUND", (0, 0), (-1, -1), WARN_BG),
                           ("BOX", (0, 0), (-1, -1), 0.8, WARN_EDGE),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                           ("TOPPADDING", (0, 0), (-1, 0), 2),
                           ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5)]))
    return [Spacer(1, 1.5 * mm), t]


def _identification(i: PatientIdentity, s: Styles, tr: Translator) -> Table:
    """Name, date of birth and record number as given, or a blank box for a patient label."""
    if i.blank:
        return _label_box(s, tr)
    cells: list[Flowable] = []
    for label, value in _identity_fields(i, tr):
        # In a table cell a text cannot continue on the next page: a very long one is
        # shown in part here and in full after the band.
        shown = value.strip() or "—"
        if len(shown) > MAX_IN_CELL:
            shown = tr("{start}… ({n} characters)", start=shown[:MAX_IN_CELL], n=len(value))
        cells += [text(label, s.cell), text(shown, s.body_bold)]
    return _boxed(cells)


def _boxed(cells: list[Flowable]) -> Table:
    t = Table([[c] for c in cells], colWidths=[ID_COLUMN])
    t.setStyle(TableStyle([FONT, ("LEFTPADDING", (0, 0), (-1, -1), 3),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                           ("TOPPADDING", (0, 0), (-1, 0), 2),
                           ("BOTTOMPADDING", (0, -1), (-1, -1), 3),
                           ("BOX", (0, 0), (-1, -1), 0.6, RULE)]))
    return t


def _identity_fields(i: PatientIdentity, tr: Translator) -> list[tuple[str, str]]:
    return [(tr("Name"), i.name), (tr("Date of birth"), i.birth_date),
            (tr("Record number"), i.record_number)]


def _label_box(s: Styles, tr: Translator) -> Table:
    box = Table([[text(tr("Patient label"), s.small)]], colWidths=[LABEL_BOX[0]],
                rowHeights=[LABEL_BOX[1]])
    box.setStyle(TableStyle([FONT, ("BOX", (0, 0), (-1, -1), 0.6, RULE, None, (3, 2)),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return box


# -- inputs and the rule ------------------------------------------------------------------------

def _inputs_and_rule(a: Assessment, s: Styles, tr: Translator, width: float) -> list[Flowable]:
    """One row per criterion of the rule: the value as entered, as used (with its conversion),
    whether the criterion is met, and when the sample was taken (and processed)."""
    h, i = inputs_to_dict(a.inputs)["hla_dr"], a.inputs
    used: dict[str, str] = {
        "ferritin": words.ferritin_conversion(a, tr) or "—",
        "hla_dr": ((tr.decimal_text(f"{i.hla_dr.value.display()} AB/C")
                    if h["usable"] and i.hla_dr else
                    tr("not usable: {unit} cannot be converted to AB/C", unit=h["unit"]))
                   if h else "—"),
    }
    times = {"ferritin": _time(i.ferritin.sampled_at if i.ferritin else None, tr), "age": ""}
    if i.hla_dr is not None and i.hla_dr.processed_at is not None:
        times["hla_dr"] = tr("{sampled}; processed {processed}",
                             sampled=_time(i.hla_dr.sampled_at, tr),
                             processed=format_time(i.hla_dr.processed_at, tr))
    else:
        times["hla_dr"] = _time(i.hla_dr.sampled_at if i.hla_dr else None, tr)
    head = (tr("Criterion of the rule"), tr("As entered"), tr("Used by the rule"), tr("Met"),
            tr("Sample time"))
    cells = [[(c, s.cell_bold) for c in head]]
    for c in a.criteria:
        w = words.criterion(c, tr)
        cells.append([(w.label, s.cell), (w.entered or tr(words.NOT_GIVEN), s.cell),
                      (used.get(c.analyte) or w.converted or "—", s.cell), (w.met, s.cell_bold),
                      (times.get(c.analyte, "—"), s.cell)])
    # No word is split in any language: a long "Met" word takes room from the wider columns.
    widths = fit_columns(cells, [0.27, 0.12, 0.25, 0.09, 0.27], width, padding=3)
    t = Table([[text(v, st) for v, st in row] for row in cells], colWidths=widths)
    t.setStyle(TableStyle([FONT, ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return [Spacer(1, 2 * mm), t]


def _time(when: datetime | None, tr: Translator) -> str:
    return format_time(when, tr) if when else "—"


# -- charts --------------------------------------------------------------------------------------

def _charts(a: Assessment, evidence: EvidenceBase, s: Styles, tr: Translator, width: float,
            height: float) -> list[Flowable]:
    point = map_point(a, label=tr("this patient"))
    pmap = phenotype_map((point,) if point else (), tr=tr)
    chart = evidence_chart(evidence, a.phenotype, tr)
    left, right = width * 0.47, width * 0.53
    rows: list[list[object]] = [[draw_phenotype_map(pmap, left - 4, height, tr, legend=False),
                                 draw_evidence_chart(chart, right - 2, height, tr)]]
    if point is None:
        rows.append([text(tr("No point on the map: ferritin is needed to place the patient."),
                          s.small), ""])
    t = Table(rows, colWidths=[left, right])
    t.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                           ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                           *([("SPAN", (0, 1), (1, 1))] if point is None else []),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE)]))
    return [Spacer(1, 2 * mm), t]


# -- key points and the regimen ------------------------------------------------------------------

def _key_points(a: Assessment, e: EvidenceBase, s: Styles, tr: Translator,
                width: float) -> list[Flowable]:
    rule = a.ruleset  # the rule and the evidence come from one trial report
    out: list[Flowable] = [markup("{} <font size='8' color='#555555'>{}</font>", s.h2,
                                  tr("Key points of the ImmunoSep evidence"),
                                  tr("doi:{doi} · {registry}", doi=rule.doi,
                                     registry=rule.registry_id))]
    out += [bullet(tr.evidence(point.text), s.bullet) for point in e.key_points]
    arm = e.arm_for(a.phenotype) if a.phenotype else None
    if arm is not None:
        rows = [[markup("<b>{}:</b> {}", s.body, tr.evidence(arm.regimen_label),
                        tr.evidence(arm.regimen))],
                [text(tr.evidence(e.regimen_caution), s.body)]]
        background = WARN_BG
    else:
        reason = e.not_applicable_text(a.status, a.phenotype)
        why = tr.evidence(reason) if reason else ""
        rows = [[text(tr("The ImmunoSep evidence does not apply to this patient."),
                      s.body_bold)], [text(why, s.body)]]
        background = SHADE
    box = Table(rows, colWidths=[width])
    box.setStyle(TableStyle([FONT, ("BOX", (0, 0), (-1, -1), 0.8,
                                    WARN_EDGE if arm is not None else RULE),
                             ("BACKGROUND", (0, 0), (-1, -1), background),
                             ("TOPPADDING", (0, 0), (-1, -1), 1),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return [*out, Spacer(1, 1.5 * mm), box]


# -- signature -----------------------------------------------------------------------------------

def _sign_off(p: PageOne, s: Styles, tr: Translator, width: float,
              last: bool) -> list[Flowable]:
    line = "_" * 26
    rows = [[text(tr("Reviewed by (name)"), s.cell_bold), text(line, s.cell),
             text(tr("Signature"), s.cell_bold), text(line, s.cell)],
            [text(tr("Date and time"), s.cell_bold), text(line, s.cell),
             text(tr("Role"), s.cell_bold), text(line, s.cell)]]
    t = Table(rows, colWidths=[0.23 * width, 0.3 * width, 0.13 * width, 0.34 * width],
              rowHeights=[6.5 * mm, 6.5 * mm])
    t.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    closing = " ".join((generated_line(tr, p.generated_at, p.generated_by, p.workstation),
                        tr(DISCLAIMER), *([tr(END_MARKER) + "."] if last else [])))
    return [Spacer(1, 1 * mm), t, Spacer(1, 1.5 * mm), text(closing, s.small)]


DISCLAIMER = N_("Not a diagnosis and not a prescription: check every value against the "
                "laboratory report.")
