"""Recomputing the trial's published comparisons from their counts (stdlib only).

Methods, chosen because they reproduce the printed figures (immunosep-reference §1.12):
- p value: two-sided Fisher exact test (tables at least as improbable as the observed one,
  with a relative tolerance of 1e-7 for ties, as R and scipy do);
- odds ratio: crude cross-product OR with Woolf (log-OR) 95 % CI;
- risk difference: Newcombe (1998) hybrid-score interval (method 10), built on Wilson intervals;
- proportions on charts: Wilson score 95 % CI.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from statistics import NormalDist

Z95 = NormalDist().inv_cdf(0.975)

METHODS = {
    "p_value": "two-sided Fisher exact test",
    "odds_ratio": "crude odds ratio with Woolf (log-OR) 95 % CI",
    "risk_difference": "risk difference (treated − control) with Newcombe hybrid-score 95 % CI",
    "proportion_ci": "Wilson score 95 % CI",
}


def fisher_exact_two_sided(a: int, b: int, c: int, d: int) -> float:
    """P value of the 2×2 table [[a, b], [c, d]] with fixed margins."""
    row1, col1, n = a + b, a + c, a + b + c + d
    lo, hi = max(0, col1 - (n - row1)), min(row1, col1)
    denominator = math.comb(n, col1)

    def prob(x: int) -> Fraction:
        return Fraction(math.comb(row1, x) * math.comb(n - row1, col1 - x), denominator)

    observed = prob(a)
    limit = observed * Fraction(10_000_001, 10_000_000)
    return float(sum(p for x in range(lo, hi + 1) if (p := prob(x)) <= limit))


def woolf_odds_ratio(a: int, b: int, c: int, d: int) -> tuple[float, float, float]:
    """Odds ratio (a·d)/(b·c) with its Woolf 95 % CI; needs every cell > 0."""
    if 0 in (a, b, c, d):
        raise ValueError("Woolf interval needs all four cells > 0")
    odds = a * d / (b * c)
    se = math.sqrt(1 / a + 1 / b + 1 / c + 1 / d)
    return odds, math.exp(math.log(odds) - Z95 * se), math.exp(math.log(odds) + Z95 * se)


def wilson(events: int, total: int) -> tuple[float, float]:
    p = events / total
    denom = 1 + Z95 * Z95 / total
    centre = (p + Z95 * Z95 / (2 * total)) / denom
    half = Z95 * math.sqrt(p * (1 - p) / total + Z95 * Z95 / (4 * total * total)) / denom
    return centre - half, centre + half


def newcombe_difference(x1: int, n1: int, x2: int, n2: int) -> tuple[float, float, float]:
    """p1 − p2 with the Newcombe hybrid-score 95 % CI (proportions, not percent)."""
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson(x1, n1)
    l2, u2 = wilson(x2, n2)
    diff = p1 - p2
    return diff, diff - math.hypot(p1 - l1, u2 - p2), diff + math.hypot(u1 - p1, p2 - l2)


@dataclass(frozen=True)
class Recomputed:
    treated_pct: float
    control_pct: float
    p_value: float
    odds_ratio: float
    or_ci: tuple[float, float]
    risk_difference: float  # percentage points, treated − control
    rd_ci: tuple[float, float]


def recompute(treated_events: int, treated_total: int, control_events: int,
              control_total: int) -> Recomputed:
    a, b = treated_events, treated_total - treated_events
    c, d = control_events, control_total - control_events
    odds, or_lo, or_hi = woolf_odds_ratio(a, b, c, d)
    rd, rd_lo, rd_hi = newcombe_difference(a, treated_total, c, control_total)
    return Recomputed(
        treated_pct=100 * a / treated_total, control_pct=100 * c / control_total,
        p_value=fisher_exact_two_sided(a, b, c, d), odds_ratio=odds, or_ci=(or_lo, or_hi),
        risk_difference=100 * rd, rd_ci=(100 * rd_lo, 100 * rd_hi))
