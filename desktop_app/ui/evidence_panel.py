"""The evidence panel: what the ImmunoSep trial showed for the patient's phenotype.

Everything shown comes from the evidence base (``core.evidence``): the regimen labelled as used
in the trial, the subgroup's primary endpoint with the figures as printed beside their
recomputation and the method, mortality, safety, the trial population and how a patient may
differ, and the citation.  For unclassified and cannot-classify it says plainly that the
evidence does not apply, and why.  All text is HTML-escaped before it reaches the browser.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.core.evidence import Comparison, EvidenceBase
from desktop_app.core.phenotype import Assessment

_CSS = ("h3 { margin-top: 0px; } h4 { margin-bottom: 2px; } "
        "td, th { padding: 1px 6px; } th { text-align: left; background: #EEEEEE; } "
        ".label { font-weight: bold; } .muted { color: #555555; }")


def _e(text: object) -> str:
    return escape(str(text))


def _ul(items: Iterable[object]) -> str:
    return "<ul>" + "".join(f"<li>{_e(i)}</li>" for i in items) + "</ul>"


def _groups(c: Comparison) -> str:
    t, k = c.treated, c.control
    return (f"{_e(t.label)} {t.events}/{t.total} ({t.percent:.1f} %) vs "
            f"{_e(k.label)} {k.events}/{k.total} ({k.percent:.1f} %)")


def _pair(pub: dict[str, object], point: str, ci: str) -> str | None:
    if point not in pub:
        return None
    lo, hi = pub[ci]  # type: ignore[misc]
    return f"{pub[point]} ({lo} to {hi})"


def comparison_table(c: Comparison) -> str:
    """Published figures as printed, beside the figures recomputed from the counts."""
    r, pub = c.recomputed, dict(c.published)
    rows = [("Responders / events, treated", pub.get("treated_pct"), f"{r.treated_pct:.1f} %"),
            ("Responders / events, placebo", pub.get("control_pct"), f"{r.control_pct:.1f} %"),
            ("Odds ratio (95 % CI)", _pair(pub, "odds_ratio", "or_ci"),
             f"{r.odds_ratio:.3f} ({r.or_ci[0]:.3f} to {r.or_ci[1]:.3f})"),
            ("p value", pub.get("p_value"), f"{r.p_value:.4f}")]
    if "risk_difference" in pub:
        printed = _pair(pub, "risk_difference", "rd_ci")
        if pub.get("rd_contrast") == "control_minus_treated":
            printed = f"{printed} [printed as placebo − treated]"
        rows.append(("Risk difference, percentage points (95 % CI)", printed,
                     f"{r.risk_difference:.2f} ({r.rd_ci[0]:.2f} to {r.rd_ci[1]:.2f}) "
                     "[treated − placebo]"))
    body = "".join(f"<tr><td>{_e(name)}</td><td>{_e(p if p is not None else '—')}</td>"
                   f"<td>{_e(v)}</td></tr>" for name, p, v in rows)
    disagree = [a.figure for a in c.agreement() if not a.agrees]
    verdict = ("Every printed figure agrees with its recomputation (within one unit of its "
               "last printed digit)." if not disagree else
               "Printed and recomputed figures DIFFER for: " + ", ".join(disagree) + ".")
    extra = f"<br><span class='muted'>{_e(pub['extra'])}</span>" if pub.get("extra") else ""
    source = f" Source: {_e(pub['source'])}." if pub.get("source") else ""
    return (f"<p>{_groups(c)}</p>"
            "<table cellspacing='0' border='1' style='border-color: #BBBBBB;'>"
            "<tr><th>Figure</th><th>Published (as printed)</th><th>Recomputed from the counts"
            f"</th></tr>{body}</table><p class='muted'>{_e(verdict)}{source}{extra}</p>")


def _methods(e: EvidenceBase) -> str:
    return ("<p class='muted'>Methods of the recomputation: "
            + _e("; ".join(e.methods.values())) + ".</p>")


def _trial_context(e: EvidenceBase, *, differ: bool) -> str:
    t = e.trial
    out = f"<h4>Trial population</h4>{_ul(t['population'])}"
    if differ:
        out += (f"<h4>How this patient may differ from the trial population</h4>"
                f"{_ul(t.get('how_patients_may_differ', ()))}"
                f"<p class='label'>Key exclusions</p>{_ul(t.get('key_exclusions', ()))}")
    out += f"<h4>Limits of the evidence</h4>{_ul(t['limits'])}"
    return out


def _source(e: EvidenceBase) -> str:
    t = e.trial
    return (f"<h4>Source</h4><p>{_e(t['citation'])}<br>doi:{_e(t['doi'])} · "
            f"{_e(t['registry_id'])}<br><span class='muted'>Evidence version "
            f"{_e(e.version)}</span></p>")


def evidence_html(e: EvidenceBase, a: Assessment | None) -> str:
    """The panel's content for an assessment (``None``: nothing to classify yet)."""
    if a is None:
        return (f"<style>{_CSS}</style><h3>ImmunoSep trial evidence</h3><p>The evidence for the "
                "patient's phenotype appears here once the values can be classified.</p>"
                + _source(e))
    why = e.not_applicable_text(a.status, a.phenotype)
    arm = e.arm_for(a.phenotype)
    if why is not None or arm is None:
        reasons = "" if a.phenotype else (
            "<p class='label'>Why there is no phenotype:</p>"
            + _ul(r.message for r in a.reasons))
        return (f"<style>{_CSS}</style><h3>The ImmunoSep evidence does not apply</h3>"
                f"<p>{_e(why or 'No trial arm matches this result.')}</p>{reasons}"
                + _trial_context(e, differ=False) + _source(e))
    primary = e.comparisons[arm.primary_comparison]
    mortality_lines = [line for line in e.trial["limits"] if "mortality" in str(line).lower()]
    mortality = "".join(f"<h5>{_e(e.comparisons[k].label)}</h5>"
                        + comparison_table(e.comparisons[k]) for k in arm.mortality_comparisons)
    return (
        f"<style>{_CSS}</style>"
        f"<h3>ImmunoSep evidence for {_e(a.headline)}: {_e(arm.drug)} arm</h3>"
        f"<p class='label'>{_e(arm.regimen_label)}</p><p>{_e(arm.regimen)}</p>"
        f"<h4>{_e(primary.label)}</h4>"
        f"<p class='muted'>{_e(e.endpoint_definition)}</p>"
        + comparison_table(primary) + _methods(e)
        + "<h4>Mortality</h4>"
        + "".join(f"<p class='label'>{_e(line)}</p>" for line in mortality_lines)
        + mortality
        + f"<h4>Safety signals</h4>{_ul(arm.safety)}"
        + f"<p class='label'>All patients</p>{_ul(e.overall_safety)}"
        + f"<h4>Notes</h4>{_ul(arm.notes)}"
        + _trial_context(e, differ=True)
        + f"<h4>Known discrepancies in the publication</h4>{_ul(e.published_discrepancies)}"
        + _source(e))


class EvidencePanel(QTextBrowser):
    """Read-only, selectable, keyboard-scrollable evidence text for the current assessment."""

    def __init__(self, evidence: EvidenceBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = evidence
        self.applies = False
        self.arm_key: str | None = None
        self.setOpenLinks(False)  # offline app: nothing here navigates anywhere
        self.setStyleSheet("QTextBrowser { background: #FFFFFF; color: #000000; }")
        self.setTabChangesFocus(True)
        self.setAccessibleName("Trial evidence")
        self._shown_key: object = object()
        self.show_for(None)

    def show_for(self, assessment: Assessment | None) -> None:
        arm = self.evidence.arm_for(assessment.phenotype) if assessment else None
        self.applies = bool(assessment and arm and self.evidence.not_applicable_text(
            assessment.status, assessment.phenotype) is None)
        self.arm_key = arm.key if self.applies and arm else None
        # The text depends only on this key; typing a digit must not rebuild it (the Fisher
        # recomputation and the HTML layout cost milliseconds, every keystroke).
        key = None if assessment is None else (
            assessment.status, assessment.phenotype, assessment.headline,
            () if self.applies else tuple(r.message for r in assessment.reasons))
        if key != self._shown_key:
            self._shown_key = key
            self.setHtml(evidence_html(self.evidence, assessment))
