"""The evidence summary of a report: the trial's figures for the phenotype's arm, or why none
apply.

Published figures are printed exactly as in the evidence file (strings), beside the figures
recomputed from the counts and the method used: a disagreement is shown, never hidden.  Texts
of the evidence base are printed through ``tr.evidence``, figures with the language's decimal
separator (the digits exactly as printed).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from desktop_app.core.evidence import Comparison, EvidenceBase
from desktop_app.core.phenotype import Assessment
from desktop_app.i18n import Translator
from desktop_app.report.styles import (
    FONT,
    RULE,
    SHADE,
    WARN_BG,
    WARN_EDGE,
    Styles,
    bullet,
    markup,
    text,
)


def evidence_section(a: Assessment, e: EvidenceBase, s: Styles, width: float,
                     tr: Translator) -> list[Flowable]:
    arm = e.arm_for(a.phenotype) if a.phenotype else None
    if arm is None:
        return _not_applicable(a, e, s, width, tr)
    trial = e.trial
    ev = tr.evidence
    out: list[Flowable] = [text(tr("ImmunoSep evidence for this phenotype: {drug}",
                                   drug=ev(arm.drug)), s.h2)]
    regimen = Table([[markup("<b>{}:</b> {}", s.body, ev(arm.regimen_label), ev(arm.regimen))],
                     [text(ev(e.regimen_caution), s.body)]], colWidths=[width])
    regimen.setStyle(TableStyle([FONT, ("BOX", (0, 0), (-1, -1), 0.8, WARN_EDGE),
                                 ("BACKGROUND", (0, 0), (-1, -1), WARN_BG)]))
    out.append(regimen)
    primary = e.comparisons[arm.primary_comparison]
    out += [KeepTogether([text(ev(primary.label), s.h3),
                          text(ev(e.endpoint_definition), s.small),
                          comparison_table(primary, s, width, tr)])]
    out += _notes(primary, s, tr)
    out.append(text(tr("Mortality"), s.h3))
    no_benefit = [limit for limit in trial.get("limits", ()) if "mortality" in limit.lower()]
    out += [markup("<b>{}</b>", s.body, ev(line)) for line in no_benefit]
    for key in arm.mortality_comparisons:
        c = e.comparisons[key]
        out += [KeepTogether([text(ev(c.label), s.body), comparison_table(c, s, width, tr)])]
        out += _notes(c, s, tr)
    out.append(text(tr("Methods of the recomputation: {methods}. A printed figure agrees when "
                       "it lies within one unit of its last printed digit.",
                       methods=tr.join(ev(m) for m in e.methods.values())), s.small))
    out += _bullets(tr("Safety signals"), (*arm.safety, *e.overall_safety), s, tr)
    out += _bullets(tr("Notes on this arm"), arm.notes, s, tr)
    out += _trial_population(e, s, tr)
    out += _citation(e, s, tr)
    return out


def _not_applicable(a: Assessment, e: EvidenceBase, s: Styles, width: float,
                    tr: Translator) -> list[Flowable]:
    why = e.not_applicable_text(a.status, a.phenotype) or ""
    box = Table([[markup("<b>{}</b>", s.body, tr("The ImmunoSep evidence does not apply to "
                                                  "this patient."))],
                 [text(tr.evidence(why) if why else "", s.body)]],
                colWidths=[width])
    box.setStyle(TableStyle([FONT, ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                             ("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
    out: list[Flowable] = [text(tr("ImmunoSep evidence"), s.h2), box]
    out += _trial_population(e, s, tr)
    out += _citation(e, s, tr)
    return out


def _pct(events: int, total: int, tr: Translator) -> str:
    return tr("{events}/{total} ({percent:.1f} %)", events=events, total=total,
              percent=100 * events / total)


def comparison_table(c: Comparison, s: Styles, width: float, tr: Translator) -> Table:
    """Each printed figure beside its recomputation, the method and whether they agree."""
    r, pub = c.recomputed, c.published
    agrees = {g.figure: g.agrees for g in c.agreement()}
    flip = pub.get("rd_contrast") == "control_minus_treated"

    def ok(*figures: str) -> str:
        known = [agrees[f] for f in figures if f in agrees]
        if not known:
            return "—"
        return tr("yes") if all(known) else tr("NO — see note")

    deaths = "mortality" in c.endpoint or "death" in c.endpoint
    group = tr("Deaths, {group}") if deaths else tr("Responders, {group}")
    rows: list[list[str]] = [
        [tr("Figure"), tr("Published (as printed)"), tr("Recomputed from counts"), tr("Method"),
         tr("Agrees")],
        [group.format(group=tr.evidence(c.treated.label)), _printed_pct(pub, "treated_pct", tr),
         _pct(c.treated.events, c.treated.total, tr), tr("events / patients"),
         ok("treated_pct")],
        [group.format(group=tr.evidence(c.control.label)), _printed_pct(pub, "control_pct", tr),
         _pct(c.control.events, c.control.total, tr), tr("events / patients"),
         ok("control_pct")],
    ]
    rows.append([tr("Odds ratio (95 % CI)"), _pair(pub, "odds_ratio", "or_ci", tr),
                 tr("{point:.3f} ({low:.3f} to {high:.3f})", point=r.odds_ratio,
                    low=r.or_ci[0], high=r.or_ci[1]),
                 tr("crude OR, Woolf CI"), ok("odds_ratio", "or_ci.low", "or_ci.high")])
    if "risk_difference" in pub:
        rd, lo, hi = r.risk_difference, *r.rd_ci
        label = tr("Risk difference, points (treated − control)")
        if flip:
            rd, lo, hi = -rd, -hi, -lo
            label = tr("Risk difference, points (control − treated, as printed)")
        rows.append([label, _pair(pub, "risk_difference", "rd_ci", tr),
                     tr("{point:.2f} ({low:.2f} to {high:.2f})", point=rd, low=lo, high=hi),
                     tr("Newcombe hybrid score"),
                     ok("risk_difference", "rd_ci.low", "rd_ci.high")])
    rows.append([tr("P value"), tr.decimal_text(str(pub.get("p_value", "—"))),
                 tr.number(r.p_value, 4),
                 tr("Fisher exact, two-sided"), ok("p_value")])
    cells = [[text(v, s.cell_bold if i == 0 else s.cell) for v in row]
             for i, row in enumerate(rows)]
    widths = [0.27, 0.2, 0.22, 0.19, 0.12]
    t = Table(cells, colWidths=[w * width for w in widths], repeatRows=1)
    t.setStyle(TableStyle([FONT, ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def _printed_pct(pub: Mapping[str, Any], key: str, tr: Translator) -> str:
    value = pub.get(key)
    return tr.decimal_text(f"{value} %") if value is not None else "—"


def _pair(pub: Mapping[str, Any], point: str, ci: str, tr: Translator) -> str:
    """A published figure and its interval exactly as printed (only the separator changes)."""
    if point not in pub:
        return "—"
    lo, hi = pub[ci]
    d = tr.decimal_text
    return tr("{point} ({low} to {high})", point=d(str(pub[point])), low=d(str(lo)),
              high=d(str(hi)))


def _notes(c: Comparison, s: Styles, tr: Translator) -> list[Flowable]:
    pub = c.published
    notes = [tr.evidence(str(pub[k])) for k in ("extra",) if pub.get(k)]
    if pub.get("source"):
        notes.append(tr("Source: {source}", source=pub["source"]))
    return [text(" ".join(notes), s.small)] if notes else []


def _bullets(title: str, lines: Sequence[str], s: Styles, tr: Translator) -> list[Flowable]:
    """A heading and evidence texts as bullets."""
    if not lines:
        return []
    return [text(title, s.h3), *(bullet(tr.evidence(line), s.bullet) for line in lines)]


def _trial_population(e: EvidenceBase, s: Styles, tr: Translator) -> list[Flowable]:
    t = e.trial
    out: list[Flowable] = []
    out += _bullets(tr("Trial population"), t.get("population", ()), s, tr)
    out += _bullets(tr("How this patient may differ from the trial population"),
                    t.get("how_patients_may_differ", ()), s, tr)
    out += _bullets(tr("Limits of the evidence"), t.get("limits", ()), s, tr)
    return out


def _citation(e: EvidenceBase, s: Styles, tr: Translator) -> list[Flowable]:
    t = e.trial
    return [text(tr("Source"), s.h3),
            markup("{} doi:{} · {}", s.body, t["citation"], t["doi"], t["registry_id"]),
            text(tr("Evidence version {version}, cut-off {cutoff}.", version=e.version,
                    cutoff=e.cutoff), s.small)]
