"""The evidence panel's text, in the order a clinician reads it (HTML for Qt's rich text).

1. ``clinical_html``: the key points (``EvidenceBase.key_points``: no mortality benefit, phase 2
   with an organ-dysfunction endpoint, off-label, population, exclusions), the regimen used in
   the trial with ``regimen_caution``, the subgroup's result in words, safety, how a patient may
   differ and the limits;
2. ``audit_html``: the statistics audit, published figures beside their recomputation from the
   counts, both formatted alike (same decimals, same signs, same contrast); deaths are called
   deaths;
3. ``provenance_html``: citation, versions and the curation notes (what could not be verified).

Every piece of data is HTML-escaped; no internal code (figure keys, comparison keys) is shown.
Headings come from the catalogue (context ``EvidenceText``), the texts of the evidence base
through ``Translator.evidence`` and figures with the language's decimal separator, all in the
window's language at the time of the call (``text_translator()``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_EVEN, Decimal
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.evidence import Arm, Comparison, EvidenceBase
from desktop_app.core.phenotype import Assessment
from desktop_app.report import words
from desktop_app.ui.language import text_translator
from desktop_app.ui.translate_marks import QT_TRANSLATE_NOOP

CSS = ("h3 { margin-top: 0px; } h4 { margin-bottom: 2px; margin-top: 10px; } "
       "td, th { padding: 2px 6px; } th { text-align: left; background: #EEEEEE; } "
       "td.num { text-align: right; } .label { font-weight: bold; } .muted { color: #555555; } "
       ".caution { font-weight: bold; }")
MINUS = "−"
FIGURE_NAMES = {
    "treated_pct": QT_TRANSLATE_NOOP("EvidenceText", "treated percentage"),
    "control_pct": QT_TRANSLATE_NOOP("EvidenceText", "placebo percentage"),
    "p_value": QT_TRANSLATE_NOOP("EvidenceText", "p value"),
    "odds_ratio": QT_TRANSLATE_NOOP("EvidenceText", "odds ratio"),
    "or_ci.low": QT_TRANSLATE_NOOP("EvidenceText", "lower limit of the odds ratio"),
    "or_ci.high": QT_TRANSLATE_NOOP("EvidenceText", "upper limit of the odds ratio"),
    "risk_difference": QT_TRANSLATE_NOOP("EvidenceText", "risk difference"),
    "rd_ci.low": QT_TRANSLATE_NOOP("EvidenceText", "lower limit of the risk difference"),
    "rd_ci.high": QT_TRANSLATE_NOOP("EvidenceText", "upper limit of the risk difference"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvidenceText", text)


def _e(text: object) -> str:
    return escape(str(text))


def _ev(text: str) -> str:
    """A text of the evidence base in the window's language."""
    return text_translator().evidence(text)


def _ul(items: Iterable[str], *, evidence: bool = True) -> str:
    """A list of evidence texts (``evidence=False``: texts already in the language)."""
    return "<ul>" + "".join(f"<li>{_e(_ev(i) if evidence else i)}</li>" for i in items) + "</ul>"


# -- numbers -----------------------------------------------------------------------------------

def _places(printed: str | None, default: int) -> int:
    if printed is None:
        return default
    text = printed.replace(MINUS, "-").lstrip("-")
    return len(text.split(".")[1]) if "." in text else 0


def number(value: float | str, places: int) -> str:
    """A figure as every cell shows it: leading zero, fixed decimals, a true minus sign and the
    language's decimal separator."""
    text = str(value).replace(MINUS, "-")
    if text.startswith((".", "-.")):
        text = text.replace(".", "0.", 1)
    out = format(Decimal(text).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN),
                 "f")
    if Decimal(out) == 0:
        out = out.lstrip("-")
    return text_translator().decimal_text(out.replace("-", MINUS))


def _interval(point: str, low: str, high: str) -> str:
    return _tr("{point} ({low} to {high})").format(point=point, low=low, high=high)


def _figure_rows(c: Comparison) -> list[tuple[str, str, str]]:
    """(figure, published as printed, recomputed): both sides with the printed decimals."""
    r, pub = c.recomputed, c.published
    events = _tr("Deaths") if c.events == "deaths" else _tr("Responders")
    rows = []
    for key, group, value in (("treated_pct", c.treated, r.treated_pct),
                              ("control_pct", c.control, r.control_pct)):
        printed = pub.get(key)
        places = _places(printed, 1)
        rows.append((_tr("{events}, {group}").format(events=events, group=_ev(group.label)),
                     _tr("{value} %").format(value=number(printed, places)) if printed else "—",
                     _tr("{value} %").format(value=number(value, places))))
    rows.append((_tr("Odds ratio (95 % CI)"), *_pair(pub, "odds_ratio", "or_ci",
                                                      (r.odds_ratio, *r.or_ci), 2)))
    p_printed = pub.get("p_value")
    p_places = _places(p_printed, 3)
    rows.append((_tr("p value"), number(p_printed, p_places) if p_printed else "—",
                 number(r.p_value, p_places)))
    if "risk_difference" in pub:
        rd = (r.risk_difference, *r.rd_ci)
        if pub.get("rd_contrast") == "control_minus_treated":
            label = _tr("Risk difference, percentage points (95 % CI), placebo − treated, "
                        "as printed")
            rd = (-rd[0], -rd[2], -rd[1])
        else:
            label = _tr("Risk difference, percentage points (95 % CI), treated − placebo")
        rows.append((label, *_pair(pub, "risk_difference", "rd_ci", rd, 1)))
    return rows


def _pair(pub: Mapping[str, Any], point: str, ci: str, values: tuple[float, float, float],
          default: int) -> tuple[str, str]:
    printed = (pub.get(point), *(pub.get(ci) or (None, None)))
    places = [_places(p, default) for p in printed]
    recomputed = _interval(*(number(v, n) for v, n in zip(values, places, strict=True)))
    if printed[0] is None:
        return "—", recomputed
    shown = _interval(*(number(p, n) for p, n in zip(printed, places, strict=True)))
    return shown, recomputed


def comparison_table(c: Comparison) -> str:
    """Published figures as printed, beside the figures recomputed from the counts."""
    body = "".join(f"<tr><td>{_e(name)}</td><td class='num'>{_e(p)}</td>"
                   f"<td class='num'>{_e(v)}</td></tr>" for name, p, v in _figure_rows(c))
    disagree = [_tr(str(FIGURE_NAMES[a.figure])) for a in c.agreement() if not a.agrees]
    verdict = (_tr("Every printed figure agrees with its recomputation (within one unit of its "
                   "last printed digit).") if not disagree else
               _tr("Printed and recomputed figures differ for: {figures}.").format(
                   figures=", ".join(disagree)))
    pub = c.published
    extra = f"<br>{_e(_ev(pub['extra']))}" if pub.get("extra") else ""
    source = " " + _e(_tr("Source: {source}.").format(source=pub["source"])) \
        if pub.get("source") else ""
    return (f"<p>{_groups(c)}</p>"
            "<table cellspacing='0' border='1' style='border-color: #BBBBBB;'>"
            f"<tr><th>{_e(_tr('Figure'))}</th><th>{_e(_tr('Published (as printed)'))}</th>"
            f"<th>{_e(_tr('Recomputed from the counts'))}</th></tr>{body}</table>"
            f"<p class='muted'>{_e(verdict)}{source}{extra}</p>")


def _groups(c: Comparison) -> str:
    t, k = c.treated, c.control
    return _e(_tr("{treated} {te}/{tt} ({tp} %) vs {control} {ce}/{ct} ({cp} %)").format(
        treated=_ev(t.label), te=t.events, tt=t.total, tp=number(t.percent, 1),
        control=_ev(k.label),
        ce=k.events, ct=k.total, cp=number(k.percent, 1)))


# -- sections ---------------------------------------------------------------------------------

def key_points_html(e: EvidenceBase) -> str:
    return f"<h4>{_e(_tr('Key points'))}</h4>{_ul(k.text for k in e.key_points)}"


def clinical_html(e: EvidenceBase, a: Assessment | None, arm: Arm | None,
                  not_applicable: str | None) -> str:
    """What a clinician reads first: key points, the regimen with its caution, the result."""
    if a is None:
        title = _tr("ImmunoSep trial evidence")
        waiting = _tr("The evidence for the patient's phenotype appears here once the values "
                      "can be classified.")
        return (f"<style>{CSS}</style><h3>{_e(title)}</h3><p>{_e(waiting)}</p>"
                + key_points_html(e))
    if not_applicable is not None or arm is None:
        reasons = "" if a.phenotype else (
            f"<p class='label'>{_e(_tr('Why there is no phenotype:'))}</p>"
            + _ul(words.reasons(a, text_translator()), evidence=False))
        why = _ev(not_applicable) if not_applicable else _tr("No trial arm matches this result.")
        return (f"<style>{CSS}</style><h3>{_e(_tr('The ImmunoSep evidence does not apply'))}"
                f"</h3><p>{_e(why)}</p>"
                + reasons + key_points_html(e))
    primary = e.comparisons[arm.primary_comparison]
    return (
        f"<style>{CSS}</style><h3>"
        + _e(_tr("ImmunoSep evidence for {phenotype}: {drug} arm").format(
            phenotype=words.headline(a, text_translator()), drug=_ev(arm.drug))) + "</h3>"
        + key_points_html(e)
        + f"<h4>{_e(_ev(arm.regimen_label))}</h4><p>{_e(_ev(arm.regimen))}</p>"
        + f"<p class='caution'>⚠ {_e(_ev(e.regimen_caution))}</p>"
        + f"<h4>{_e(_ev(primary.label))}</h4><p>{_groups(primary)}</p>"
        + f"<p class='muted'>{_e(_ev(e.endpoint_definition))}</p>"
        + f"<h4>{_e(_tr('Safety signals'))}</h4>{_ul(arm.safety)}"
        + f"<p class='label'>{_e(_tr('All patients'))}</p>{_ul(e.overall_safety)}"
        + f"<h4>{_e(_tr('Notes'))}</h4>{_ul(arm.notes)}"
        + f"<h4>{_e(_tr('How this patient may differ from the trial population'))}</h4>"
        + _ul(e.trial.get("how_patients_may_differ", ()))
        + f"<p class='label'>{_e(_tr('Key exclusions'))}</p>"
        + _ul(e.trial.get("key_exclusions", ()))
        + f"<h4>{_e(_tr('Limits of the evidence'))}</h4>{_ul(e.trial['limits'])}")


def audit_html(e: EvidenceBase, arm: Arm | None) -> str:
    """The statistics audit: the arm's primary comparison, then mortality, then the known
    discrepancies of the publication (all comparisons when no arm applies)."""
    keys = ((arm.primary_comparison, *arm.mortality_comparisons) if arm is not None
            else tuple(e.comparisons))
    tables = "".join(f"<h4>{_e(_ev(e.comparisons[k].label))}</h4>"
                     + comparison_table(e.comparisons[k]) for k in keys)
    methods = (f"<p class='muted'>{_e(_tr('Methods of the recomputation:'))} "
               + _e(text_translator().join(_ev(m) for m in e.methods.values())) + ".</p>")
    return (f"<style>{CSS}</style>{tables}{methods}"
            f"<h4>{_e(_tr('Known discrepancies in the publication'))}</h4>"
            + _ul(e.published_discrepancies))


def provenance_html(e: EvidenceBase) -> str:
    t = e.trial
    notes = _ul(e.provenance) if e.provenance else ""
    return (f"<style>{CSS}</style><h4>{_e(_tr('Provenance'))}</h4>"
            f"<p>{_e(t['citation'])}<br>doi:{_e(t['doi'])} · {_e(t['registry_id'])}</p>"
            f"<p class='muted'>"
            + _e(_tr("Evidence version {version}, cut-off {cutoff}.").format(
                version=e.version, cutoff=e.cutoff))
            + f"</p><div class='muted'>{notes}</div>")
