"""The evidence base: shape, published figures vs recomputation, and the known wrong numbers."""

from __future__ import annotations

import copy
import json

import pytest
from scipy import stats

from desktop_app.core.evidence import EvidenceError, parse_evidence
from desktop_app.core.phenotype import Phenotype, Status
from desktop_app.core.stats import (
    fisher_exact_two_sided,
    newcombe_difference,
    wilson,
    woolf_odds_ratio,
)
from desktop_app.paths import resource


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(resource("evidence", "immunosep.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def evidence(raw: dict):
    return parse_evidence(raw)


def test_every_published_figure_is_reproduced(evidence) -> None:
    checked = 0
    for c in evidence.comparisons.values():
        for a in c.agreement():
            assert a.agrees, f"{c.key}.{a.figure}: printed {a.printed}, recomputed {a.recomputed}"
            checked += 1
    assert checked >= 35


def test_required_counts(evidence) -> None:
    counts = {k: (c.treated.events, c.treated.total, c.control.events, c.control.total)
              for k, c in evidence.comparisons.items()}
    assert counts == {
        "primary_overall": (46, 131, 26, 145), "primary_mals": (12, 25, 4, 23),
        "primary_immunoparalysis": (34, 106, 22, 122), "mortality_28d": (57, 131, 72, 145),
        "mortality_90d": (90, 131, 98, 145)}
    flow = evidence.trial["flow"]
    assert flow["analysed"] == 276 != 267  # "267 patients" circulates and is wrong
    assert flow["analysed_placebo"] == 145 != 131  # so do placebo denominators of 131
    assert flow["mals_placebo"] + flow["immunoparalysis_placebo"] == flow["analysed_placebo"]
    assert flow["mals_treated"] + flow["immunoparalysis_treated"] == flow["analysed_treated"]
    assert flow["screened"] == 672 and flow["excluded_neither_phenotype"] == 355


@pytest.mark.parametrize(("path", "value"), [
    (("comparisons", "primary_overall", "treated", "events"), 45),
    (("comparisons", "primary_mals", "control", "total"), 131),
    (("comparisons", "primary_overall", "published", "p_value"), ".02"),
    (("comparisons", "mortality_28d", "published", "rd_contrast"), "treated_minus_control"),
    (("comparisons", "primary_immunoparalysis", "published", "odds_ratio"), "2.51"),
])
def test_a_wrong_number_is_caught(raw: dict, path: tuple, value: object) -> None:
    data = copy.deepcopy(raw)
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    evidence = parse_evidence(data)
    assert not all(a.agrees for c in evidence.comparisons.values() for a in c.agreement())


def test_regimens_and_arms(evidence) -> None:
    mals, ip = evidence.arm_for(Phenotype.MALS), evidence.arm_for(Phenotype.IMMUNOPARALYSIS)
    assert "200 mg intravenously every 8 hours for 15 days" in mals.regimen
    assert "100 µg subcutaneously every 48 hours" in ip.regimen and "15 days" in ip.regimen
    for arm in (mals, ip):
        assert "not an order" in arm.regimen_label and arm.safety
    assert evidence.arm_for(Phenotype.UNCLASSIFIED) is None
    assert "does not apply" in evidence.not_applicable_text(Status.CLASSIFIED,
                                                            Phenotype.UNCLASSIFIED)
    assert evidence.not_applicable_text(Status.CANNOT_CLASSIFY, None)
    assert evidence.not_applicable_text(Status.CLASSIFIED, Phenotype.MALS) is None
    assert evidence.doi == "10.1001/jama.2025.24175"
    assert evidence.trial["registry_id"] == "NCT04990232"


def test_key_points_lead_with_the_limits(evidence) -> None:
    points = {k.id: k.text for k in evidence.key_points}
    assert list(points) == ["no_mortality_benefit", "phase_2_organ_dysfunction", "off_label",
                            "population", "key_exclusions"]
    # The mortality figures are the published ones, exactly (reference §1.8).
    for figure in ("43.5 %", "49.7 %", "P = .34", "68.7 %", "67.6 %", "P = .90"):
        assert figure in points["no_mortality_benefit"]
    assert "Phase 2" in points["phase_2_organ_dysfunction"]
    assert "72 hours" in points["population"] and "≥ 18 years" in points["population"]
    assert "renal dosing" in evidence.regimen_caution


def test_key_points_are_required_in_order(raw: dict) -> None:
    bad = copy.deepcopy(raw)
    bad["key_points"] = bad["key_points"][1:] + bad["key_points"][:1]
    with pytest.raises(EvidenceError, match="key_points"):
        parse_evidence(bad)
    bad = copy.deepcopy(raw)
    del bad["regimen_caution"]
    with pytest.raises(EvidenceError):
        parse_evidence(bad)


def test_malformed_evidence_is_refused(raw: dict) -> None:
    bad = copy.deepcopy(raw)
    bad["arms"]["anakinra"]["primary_comparison"] = "nope"
    with pytest.raises(EvidenceError, match="unknown comparison"):
        parse_evidence(bad)
    bad = copy.deepcopy(raw)
    del bad["trial"]["doi"]
    with pytest.raises(EvidenceError):
        parse_evidence(bad)
    bad = copy.deepcopy(raw)
    bad["comparisons"]["primary_overall"]["treated"]["events"] = 200
    with pytest.raises(EvidenceError, match="impossible counts"):
        parse_evidence(bad)


@pytest.mark.parametrize("table", [(46, 85, 26, 119), (12, 13, 4, 19), (0, 5, 3, 2),
                                   (57, 74, 72, 73), (1, 1, 1, 1)])
def test_stats_agree_with_scipy(table: tuple[int, int, int, int]) -> None:
    a, b, c, d = table
    assert fisher_exact_two_sided(a, b, c, d) == pytest.approx(
        stats.fisher_exact([[a, b], [c, d]])[1], rel=1e-9)
    if 0 not in table:
        odds, lo, hi = woolf_odds_ratio(a, b, c, d)
        assert odds == pytest.approx(a * d / (b * c))
        assert lo < odds < hi
    lo, hi = wilson(a, a + b)
    ref = stats.binomtest(a, a + b).proportion_ci(method="wilson")
    assert (lo, hi) == pytest.approx((ref.low, ref.high), abs=1e-12)


def test_newcombe_matches_reference_values() -> None:
    # reference §1.12: primary +17.18 (6.79 to 27.24); 90-day +1.12 (−9.85 to 11.95)
    d, lo, hi = newcombe_difference(46, 131, 26, 145)
    assert (round(100 * d, 2), round(100 * lo, 2), round(100 * hi, 2)) == (17.18, 6.79, 27.24)
    d, lo, hi = newcombe_difference(90, 131, 98, 145)
    assert (round(100 * d, 2), round(100 * lo, 2), round(100 * hi, 2)) == (1.12, -9.85, 11.94)
