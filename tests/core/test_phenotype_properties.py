"""Property tests for the rule (hazards §6.5): threshold correctness, monotonicity, totality."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.inputs import Ferritin, HlaDr, PatientInputs, exact
from desktop_app.core.phenotype import Phenotype, Status, classify
from desktop_app.core.units import FerritinUnit, HlaDrUnit, ferritin_to_ng_per_ml
from desktop_app.core.values import Comparator, ParsedValue

F_T, H_T = Decimal(4420), Decimal(5000)
values = st.one_of(
    st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False, allow_infinity=False),
    st.sampled_from([F_T, H_T, F_T + Decimal("0.0001"), H_T - Decimal("0.0001"),
                     Decimal("9931.74"), Decimal(0)]),
)
comparators = st.sampled_from(list(Comparator))
maybe = st.one_of(st.none(), values)


def run(f: Decimal | None, h: Decimal | None, f_unit: FerritinUnit = FerritinUnit.NG_PER_ML,
        f_comp: Comparator = Comparator.EQ, h_comp: Comparator = Comparator.EQ,
        h_unit: HlaDrUnit = HlaDrUnit.AB_PER_CELL) -> Phenotype | None:
    ferritin = None if f is None else Ferritin(ParsedValue(f_comp, f, str(f)), f_unit)
    hla_dr = None if h is None else HlaDr(ParsedValue(h_comp, h, str(h)), h_unit)
    return classify(PatientInputs(ferritin, hla_dr, exact(50))).phenotype


@settings(max_examples=500)
@given(values, values)
def test_threshold_correctness(f: Decimal, h: Decimal) -> None:
    p = run(f, h)
    assert (p is Phenotype.MALS) == (f > F_T)
    assert (p is Phenotype.IMMUNOPARALYSIS) == (f <= F_T and h < H_T)
    assert (p is Phenotype.UNCLASSIFIED) == (f <= F_T and h >= H_T)


@settings(max_examples=500)
@given(values, values, st.decimals(min_value=0, max_value=10**5, places=4, allow_nan=False))
def test_monotonic(f: Decimal, h: Decimal, step: Decimal) -> None:
    if run(f, h) is Phenotype.MALS:  # raising ferritin never leaves MALS
        assert run(f + step, h) is Phenotype.MALS
    if run(f, h) is Phenotype.IMMUNOPARALYSIS:  # lowering HLA-DR never leaves immunoparalysis
        assert run(f, max(h - step, Decimal(0))) is Phenotype.IMMUNOPARALYSIS
    if run(f, h) is Phenotype.UNCLASSIFIED:  # raising HLA-DR never enters immunoparalysis
        assert run(f, h + step) is Phenotype.UNCLASSIFIED


@settings(max_examples=300)
@given(st.decimals(min_value=F_T + Decimal("0.0001"), max_value=10**6, places=4), maybe,
       st.sampled_from(list(HlaDrUnit)))
def test_hla_dr_irrelevant_under_mals(f: Decimal, h: Decimal | None, unit: HlaDrUnit) -> None:
    assert run(f, h, h_unit=unit) is Phenotype.MALS


@settings(max_examples=500)
@given(values, values, st.sampled_from(list(FerritinUnit)))
def test_unit_invariance(f: Decimal, h: Decimal, unit: FerritinUnit) -> None:
    ng = ferritin_to_ng_per_ml(f, unit)[0]
    assert run(f, h, f_unit=unit) is run(ng, h)


@settings(max_examples=500)
@given(maybe, maybe, comparators, comparators, st.sampled_from(list(HlaDrUnit)))
def test_totality(f: Decimal | None, h: Decimal | None, fc: Comparator, hc: Comparator,
                  unit: HlaDrUnit) -> None:
    ferritin = None if f is None else Ferritin(ParsedValue(fc, f, str(f)), FerritinUnit.UG_PER_L)
    hla_dr = None if h is None else HlaDr(ParsedValue(hc, h, str(h)), unit)
    a = classify(PatientInputs(ferritin, hla_dr, None))
    assert (a.status is Status.CLASSIFIED) == (a.phenotype is not None)
    assert a.reasons
    if a.phenotype is None:
        assert {r.code for r in a.reasons} <= {
            "ferritin_missing", "ferritin_indeterminate", "hla_dr_missing",
            "hla_dr_not_ab_per_cell", "hla_dr_indeterminate"}
    if a.phenotype is Phenotype.IMMUNOPARALYSIS:
        assert unit is HlaDrUnit.AB_PER_CELL  # % or MFI can never establish immunoparalysis


@settings(max_examples=300)
@given(values)
def test_displayed_value_parses_to_the_classified_value(f: Decimal) -> None:
    from desktop_app.core.values import parse_value

    a = classify(PatientInputs(Ferritin(ParsedValue(Comparator.EQ, f, format(f, "f")),
                                        FerritinUnit.NG_PER_ML), None, None))
    shown = a.criteria[0].converted
    assert shown is not None
    assert parse_value(shown.removesuffix(" ng/mL"), field="x").value == f
