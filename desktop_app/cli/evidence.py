"""``immunosep evidence``: the whole evidence base, published beside recomputed figures."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from desktop_app.cli.common import add_lang_option, print_json, text_translator
from desktop_app.core.evidence import Comparison, EvidenceBase

if TYPE_CHECKING:
    from desktop_app.i18n import Translator


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("evidence", help="show the ImmunoSep evidence base",
                       description="The trial evidence the app shows: counts, figures as "
                                   "printed and as recomputed from the counts, with methods.")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_lang_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.services.evidence import load_evidence

    tr = text_translator(args)
    evidence = load_evidence()
    if args.json:
        print_json(evidence_to_dict(evidence))
    else:
        print(format_text(evidence, tr))
    return 0


def _round(x: float, places: int) -> float:
    return round(x, places)


def comparison_to_dict(c: Comparison) -> dict[str, Any]:
    r = c.recomputed
    return {
        "label": c.label, "endpoint": c.endpoint, "subgroup": c.subgroup,
        "treated": {"label": c.treated.label, "events": c.treated.events,
                    "total": c.treated.total},
        "control": {"label": c.control.label, "events": c.control.events,
                    "total": c.control.total},
        "published": dict(c.published),
        "recomputed": {
            "treated_pct": _round(r.treated_pct, 2), "control_pct": _round(r.control_pct, 2),
            "p_value": _round(r.p_value, 4), "odds_ratio": _round(r.odds_ratio, 3),
            "or_ci": [_round(v, 3) for v in r.or_ci],
            "risk_difference": _round(r.risk_difference, 2),
            "rd_ci": [_round(v, 2) for v in r.rd_ci],
            "rd_contrast": "treated_minus_control",
        },
        "agreement": [{"figure": a.figure, "printed": a.printed,
                       "recomputed": a.recomputed, "agrees": a.agrees} for a in c.agreement()],
    }


def evidence_to_dict(e: EvidenceBase) -> dict[str, Any]:
    return {
        "evidence_version": e.version, "evidence_cutoff": e.cutoff, "trial": dict(e.trial),
        "endpoint_definition": e.endpoint_definition,
        "methods": dict(e.methods),
        "comparisons": {k: comparison_to_dict(c) for k, c in e.comparisons.items()},
        "arms": {k: {"phenotype": a.phenotype.value, "drug": a.drug, "regimen": a.regimen,
                     "regimen_label": a.regimen_label,
                     "primary_comparison": a.primary_comparison,
                     "mortality_comparisons": list(a.mortality_comparisons),
                     "safety": list(a.safety), "notes": list(a.notes)}
                 for k, a in e.arms.items()},
        "overall_safety": list(e.overall_safety),
        "not_applicable": dict(e.not_applicable),
        "published_discrepancies": list(e.published_discrepancies),
    }


def format_text(e: EvidenceBase, tr: Translator) -> str:
    """Every comparison, published beside recomputed, in ``tr``'s language: evidence texts
    through ``tr.evidence``, figures with its decimal separator (the digits as printed); the
    citation stays as published."""
    t, ev = e.trial, tr.evidence
    out = [tr("{name}: {citation}", name=t["name"], citation=t["citation"]),
           tr("doi:{doi}  {registry}  evidence version {version}", doi=t["doi"],
              registry=t["registry_id"], version=e.version), "", ev(e.endpoint_definition), ""]
    #: column headings of the evidence table printed by 'immunosep evidence' (keep them short)
    out.append(f"{tr('comparison / figure'):<44}{tr('published'):>18}{tr('recomputed'):>24}  "
               f"{tr('agrees')}")
    for c in e.comparisons.values():
        r, pub = c.recomputed, c.published
        out.append(tr("{label}: {treated} {treated_events}/{treated_total} vs {control} "
                      "{control_events}/{control_total}", label=ev(c.label),
                      treated=ev(c.treated.label), treated_events=c.treated.events,
                      treated_total=c.treated.total, control=ev(c.control.label),
                      control_events=c.control.events, control_total=c.control.total))
        rows = [(tr("p value (Fisher exact)"), tr.decimal_text(str(pub.get("p_value", "—"))),
                 tr.number(r.p_value, 4)),
                (tr("odds ratio (Woolf CI)"), _pair(pub, "odds_ratio", "or_ci", tr),
                 tr("{point:.3f} ({low:.3f} to {high:.3f})", point=r.odds_ratio,
                    low=r.or_ci[0], high=r.or_ci[1]))]
        if "risk_difference" in pub:
            printed = _pair(pub, "risk_difference", "rd_ci", tr)
            if pub.get("rd_contrast") == "control_minus_treated":
                printed = tr("{figure} [printed as control − treated]", figure=printed)
            rows.append((tr("risk difference, pp (Newcombe CI)"), printed,
                         tr("{point:.2f} ({low:.2f} to {high:.2f})", point=r.risk_difference,
                            low=r.rd_ci[0], high=r.rd_ci[1])))
        #: a published figure disagrees with its recomputation (capitals: it must stand out)
        agree = tr("yes") if all(a.agrees for a in c.agreement()) else tr("NO")
        out += [f"  {name:<42}{printed:>18}{recomputed:>24}  {agree}"
                for name, printed, recomputed in rows]
        if pub.get("extra"):
            out.append(f"  {tr('Note: {text}', text=ev(str(pub['extra'])))}")
    out += ["", tr("Methods: {methods}.", methods=tr.join(ev(m) for m in e.methods.values())),
            tr("Published figures agree when within one unit of their last printed digit."), "",
            tr("Known discrepancies in the publication and in circulating summaries:")]
    out += [f"  - {ev(d)}" for d in e.published_discrepancies]
    return "\n".join(out)


def _pair(pub: dict[str, Any] | Any, point: str, ci: str, tr: Translator) -> str:
    """A published figure and its interval exactly as printed (only the separator changes)."""
    if point not in pub:
        return "—"
    lo, hi = pub[ci]
    d = tr.decimal_text
    return tr("{point} ({low} to {high})", point=d(str(pub[point])), low=d(str(lo)),
              high=d(str(hi)))
