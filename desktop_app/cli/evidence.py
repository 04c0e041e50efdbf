"""``immunosep evidence``: the whole evidence base, published beside recomputed figures."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import print_json
from desktop_app.core.evidence import Comparison, EvidenceBase


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("evidence", help="show the ImmunoSep evidence base",
                       description="The trial evidence the app shows: counts, figures as "
                                   "printed and as recomputed from the counts, with methods.")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.services.evidence import load_evidence

    evidence = load_evidence()
    if args.json:
        print_json(evidence_to_dict(evidence))
    else:
        print(format_text(evidence))
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


def _fmt_ci(lo: float, hi: float, places: int) -> str:
    return f"{lo:.{places}f} to {hi:.{places}f}"


def format_text(e: EvidenceBase) -> str:
    t = e.trial
    out = [f"{t['name']}: {t['citation']}", f"doi:{t['doi']}  {t['registry_id']}  "
           f"evidence version {e.version}", "", e.endpoint_definition, ""]
    out.append(f"{'comparison / figure':<44}{'published':>18}{'recomputed':>24}  agrees")
    for c in e.comparisons.values():
        r = c.recomputed
        out.append(f"{c.label}: {c.treated.label} {c.treated.events}/{c.treated.total} vs "
                   f"{c.control.label} {c.control.events}/{c.control.total}")
        pub = c.published
        rows = [("p value (Fisher exact)", pub.get("p_value"), f"{r.p_value:.4f}"),
                ("odds ratio (Woolf CI)", _pair(pub, "odds_ratio", "or_ci"),
                 f"{r.odds_ratio:.3f} ({_fmt_ci(*r.or_ci, 3)})")]
        if "risk_difference" in pub:
            note = " [printed as control − treated]" if (
                pub.get("rd_contrast") == "control_minus_treated") else ""
            rows.append(("risk difference, pp (Newcombe CI)",
                         _pair(pub, "risk_difference", "rd_ci") + note,
                         f"{r.risk_difference:.2f} ({_fmt_ci(*r.rd_ci, 2)})"))
        agree = all(a.agrees for a in c.agreement())
        for name, printed, recomputed in rows:
            out.append(f"  {name:<42}{printed or '—':>18}{recomputed:>24}  "
                       f"{'yes' if agree else 'NO'}")
        if pub.get("extra"):
            out.append(f"  note: {pub['extra']}")
    out += ["", "Methods: " + "; ".join(e.methods.values()) + ".",
            "Published figures agree when within one unit of their last printed digit.", "",
            "Known discrepancies in the publication and in circulating summaries:"]
    out += [f"  - {d}" for d in e.published_discrepancies]
    return "\n".join(out)


def _pair(pub: dict[str, Any] | Any, point: str, ci: str) -> str:
    if point not in pub:
        return "—"
    lo, hi = pub[ci]
    return f"{pub[point]} ({lo} to {hi})"
