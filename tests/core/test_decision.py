"""The decision table: facts in, decision out; and the facts are exactly the comparisons.

The table is checked over *every* combination of the facts the rule reads (comparators of
ferritin and HLA-DR, the HLA-DR unit flag, the signs against every threshold, age): a refusal
always says why, a phenotype always comes with its reasons, MALS wins, no warning changes the
phenotype.  ``facts_of`` is checked against the interval semantics it encodes.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from desktop_app.core.decision import (
    WARNINGS,
    decide,
    fact_layout,
    facts_of,
    is_greater,
    is_less,
    near_band,
)
from desktop_app.core.facts import Comparison, Facts, FactValue, Sign
from desktop_app.core.findings import TEMPLATES, placeholders
from desktop_app.core.inputs import Ferritin, HlaDr, PatientInputs
from desktop_app.core.outcomes import CriterionOutcome, Phenotype, Status
from desktop_app.core.phenotype import classify
from desktop_app.core.units import FerritinUnit, HlaDrUnit, ng_per_ml_in_unit
from desktop_app.core.values import Comparator, ParsedValue
from desktop_app.core.wording import constant_params, input_params, texts_of

LAYOUT = fact_layout()
COMPS: list[Comparator | None] = [None, *Comparator]
SIGNS = list(Sign)


def _consistent_signs(names: list[str], bounds: list[Decimal]) -> list[tuple[Sign, ...]]:
    """Every sign pattern a single value can have against ``bounds`` (sorted points)."""
    points = sorted(set(bounds))
    probes = [points[0] - 1] + [p for b in points for p in (b, b + Decimal("0.5"))]
    out = []
    for v in probes:
        out.append(tuple(Sign.ABOVE if v > b else Sign.BELOW if v < b else Sign.EQUAL
                         for b in bounds))
    return sorted(set(out))


def _all_facts() -> list[Facts]:
    f_names = [c.name for c in LAYOUT.of("ferritin")]
    h_names = [c.name for c in LAYOUT.of("hla_dr")]
    f_patterns = _consistent_signs(f_names, [c.threshold for c in LAYOUT.of("ferritin")])
    h_patterns = _consistent_signs(h_names, [c.threshold for c in LAYOUT.of("hla_dr")])
    out = []
    for fc, hc, usable, ac in itertools.product(COMPS, COMPS, (True, False), COMPS):
        # A value not given may have been reported as not determined ("n.b.").
        nd = list(itertools.product((None, True) if fc is None else (None,),
                                    (None, True) if hc is None else (None,)))
        for (f_nd, h_nd), fs in itertools.product(nd, f_patterns if fc else [()]):
            for hs in (h_patterns if hc and usable else [()]):
                for a_sign in (SIGNS if ac else [None]):
                    values: dict[str, FactValue] = {"ferritin": fc, "hla_dr": hc,
                                                    "age": ac, "age_vs_adult": a_sign,
                                                    "ferritin_not_determined": f_nd,
                                                    "hla_dr_not_determined": h_nd}
                    if hc:
                        values["hla_dr_usable"] = usable
                    values.update(zip(f_names, fs, strict=False))
                    values.update(zip(h_names, hs, strict=False))
                    out.append(LAYOUT.facts(values))
    return out


ALL = _all_facts()


def test_every_combination_is_decided_and_explained() -> None:
    assert len(ALL) > 10_000
    for facts in ALL:
        d = decide(facts)
        assert (d.status is Status.CLASSIFIED) == (d.phenotype is not None)
        assert d.reasons, facts
        for code, variant in d.reasons + d.warnings:
            assert (f"{code}.{variant}" if variant else code) in TEMPLATES
        if d.phenotype is Phenotype.MALS:
            assert d.reason_codes[0] == "ferritin_above_threshold"
        if d.phenotype is not None:
            assert facts.comparator("ferritin") is not None
        assert [c.key for c in d.criteria] == ["ferritin_above_mals_threshold",
                                               "hla_dr_below_threshold", "age_adult"]


def test_mals_wins_whatever_hla_dr_is() -> None:
    for facts in ALL:
        if facts["ferritin"] is Comparator.EQ and facts.sign("ferritin_vs_threshold") is \
                Sign.ABOVE and facts["age"] is None:
            assert decide(facts).phenotype is Phenotype.MALS


def test_warnings_never_change_the_decision() -> None:
    for facts in ALL[::7]:
        d = decide(facts)
        assert d.warning_codes == tuple(w.code for w in WARNINGS if w.applies(facts))


def test_criteria_are_met_not_met_or_not_evaluated() -> None:
    outcomes = {c.outcome for facts in ALL for c in decide(facts).criteria}
    assert outcomes == set(CriterionOutcome)
    for facts in ALL[::11]:
        for c in decide(facts).criteria:
            assert (c.outcome is CriterionOutcome.NOT_EVALUATED) == (c.note in (
                "undecided", "not_available", "not_given", "not_determined",
                "unit_not_usable"))


@pytest.mark.parametrize("comp", list(Comparator))
@pytest.mark.parametrize("v", ["4419", "4420", "4421"])
def test_interval_semantics(comp: Comparator, v: str) -> None:
    """``is_greater``/``is_less`` of (comparator, sign) against the interval a censored
    value means: ``>v`` is (v, inf), ``<=v`` is [0, v]."""
    t, value = Decimal(4420), Decimal(v)
    low, high = {Comparator.EQ: (value, value), Comparator.GT: (value + Decimal("1e-9"), None),
                 Comparator.GE: (value, None), Comparator.LT: (Decimal(0), value - Decimal(
                     "1e-9")), Comparator.LE: (Decimal(0), value)}[comp]
    sign = Sign.ABOVE if value > t else Sign.BELOW if value < t else Sign.EQUAL
    above = True if low > t else (False if high is not None and high <= t else None)
    below = True if high is not None and high < t else (False if low >= t else None)
    assert is_greater(comp, sign) is above
    assert is_less(comp, sign) is below


def test_ferritin_is_compared_in_the_unit_entered_exactly() -> None:
    assert ng_per_ml_in_unit(Decimal(4420), FerritinUnit.PMOL_PER_L) == Decimal("9931.740")
    assert ng_per_ml_in_unit(Decimal(4420), FerritinUnit.UG_PER_DL) == Decimal(442)
    for cell, sign in (("9931.74", Sign.EQUAL), ("9931.7400000000000000001", Sign.ABOVE),
                       ("9931.73999999999999999999", Sign.BELOW)):
        f = Ferritin(ParsedValue(Comparator.EQ, Decimal(cell), cell), FerritinUnit.PMOL_PER_L)
        assert facts_of(PatientInputs(f)).sign("ferritin_vs_threshold") is sign, cell


def test_near_band_and_the_layout() -> None:
    assert near_band(Decimal(4420), Decimal(10)) == (Decimal(3978), Decimal(4862))
    assert near_band(Decimal(5000), Decimal(15)) == (Decimal(4250), Decimal(5750))
    names = LAYOUT.names
    for name in ("ferritin_vs_threshold", "hla_dr_vs_implausibly_low", "age_vs_adult",
                 "sample_gap_vs_max_interval", "processing_delay_vs_max_delay"):
        assert name in names
    with pytest.raises(ValueError):
        Comparison("x", "ferritin", Decimal(0))


def test_every_finding_has_the_parameters_its_sentence_names() -> None:
    h = HlaDr(ParsedValue(Comparator.LT, Decimal(50), "<50"), HlaDrUnit.AB_PER_CELL)
    f = Ferritin(ParsedValue(Comparator.EQ, Decimal("9932"), "9932"), FerritinUnit.PMOL_PER_L)
    inputs = PatientInputs(f, h, ParsedValue(Comparator.GE, Decimal(18), ">=18"))
    values = {**constant_params(), **input_params(texts_of(inputs))}
    a = classify(inputs)
    for finding in a.reasons + a.warnings:
        assert tuple(name for name, _ in finding.params) == placeholders(finding.template_id)
        assert set(placeholders(finding.template_id)) <= set(values)
