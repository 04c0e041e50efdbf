"""SOFA properties over generated inputs: the total adds up, each component moves the right way
with each input, units do not change points, and a missing input never decides a score."""

from __future__ import annotations

from dataclasses import fields, replace
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.score_units import (
    BILIRUBIN_MG_DL,
    BILIRUBIN_UMOL_L,
    CREATININE_MG_DL,
    CREATININE_UMOL_L,
    KPA,
    MMHG,
    Measurement,
)
from desktop_app.core.sofa import Organ, SofaInputs, score_sofa
from desktop_app.core.values import Comparator, ParsedValue


def exact(d: Decimal) -> ParsedValue:
    return ParsedValue(Comparator.EQ, d, format(d, "f"))


def amounts(top: int, places: int = 2, minimum: str = "0") -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=Decimal(minimum), max_value=Decimal(top), places=places,
                       allow_nan=False, allow_infinity=False)


def doses(top: str) -> st.SearchStrategy[ParsedValue]:
    """0 (not running) or a dose with at most two decimals, as typed on a ward."""
    return st.one_of(st.just(Decimal(0)), st.decimals(
        min_value=Decimal("0.01"), max_value=Decimal(top), places=2, allow_nan=False,
        allow_infinity=False)).map(exact)


full_inputs = st.builds(
    SofaInputs,
    pao2=st.one_of(amounts(700, 1, "1").map(lambda d: Measurement(exact(d), MMHG)),
                   amounts(93, 2, "0.5").map(lambda d: Measurement(exact(d), KPA))),
    fio2=amounts(1, 2, "0.21").map(exact),
    respiratory_support=st.booleans(),
    platelets=amounts(800, 1).map(exact),
    bilirubin=st.one_of(amounts(40, 2).map(lambda d: Measurement(exact(d), BILIRUBIN_MG_DL)),
                        amounts(700, 1).map(lambda d: Measurement(exact(d), BILIRUBIN_UMOL_L))),
    map=amounts(150, 1).map(exact),
    dopamine=doses("25"),
    dobutamine=st.booleans(),
    epinephrine=doses("0.5"),
    norepinephrine=doses("0.5"),
    gcs=st.integers(3, 15).map(lambda n: exact(Decimal(n))),
    creatinine=st.one_of(
        amounts(15, 2).map(lambda d: Measurement(exact(d), CREATININE_MG_DL)),
        amounts(1300, 1).map(lambda d: Measurement(exact(d), CREATININE_UMOL_L))),
    urine_output=amounts(5000, 0).map(exact),
)
FIELDS = [f.name for f in fields(SofaInputs)]


@given(full_inputs)
def test_complete_inputs_assess_every_organ_and_the_total_adds_up(inputs: SofaInputs) -> None:
    r = score_sofa(inputs)
    assert r.complete and r.assessed_components == 6
    assert r.total == sum(c.points for c in r.components if c.points is not None)
    assert 0 <= r.total <= 24
    assert r.possible_total == (r.total, r.total)


@given(full_inputs, st.sets(st.sampled_from(FIELDS)))
def test_a_missing_input_never_decides_a_component(inputs: SofaInputs, dropped: set[str]
                                                   ) -> None:
    """Whatever the dropped inputs were, an assessed component has exactly the points it has
    with them, and a component not assessed lists a range that holds the true points."""
    full = score_sofa(inputs)
    partial = score_sofa(replace(inputs, **dict.fromkeys(dropped)))
    assert partial.total == sum(c.points or 0 for c in partial.components)
    assert partial.assessed_components == sum(c.assessed for c in partial.components)
    for mine, truth in zip(partial.components, full.components, strict=True):
        assert truth.points is not None
        if mine.assessed:
            assert mine.points == truth.points
            assert mine.possible == (truth.points, truth.points)
        else:
            assert mine.possible[0] <= truth.points <= mine.possible[1]
            assert mine.possible[0] < mine.possible[1]
            assert mine.reason.code in ("sofa_missing", "sofa_undetermined")
    low, high = partial.possible_total
    assert low <= full.total <= high


def _points(inputs: SofaInputs, organ: Organ) -> int:
    p = score_sofa(inputs).component(organ).points
    assert p is not None
    return p


def _bump(value: ParsedValue | Measurement, delta: Decimal) -> ParsedValue | Measurement:
    if isinstance(value, Measurement):
        return Measurement(exact(value.value.value + delta), value.unit)
    return exact(value.value + delta)


# (input, organ, +1 = points never fall as the input rises, -1 = never rise)
DIRECTIONS = [
    ("pao2", Organ.RESPIRATION, -1), ("fio2", Organ.RESPIRATION, +1),
    ("platelets", Organ.COAGULATION, -1), ("bilirubin", Organ.LIVER, +1),
    ("map", Organ.CARDIOVASCULAR, -1), ("dopamine", Organ.CARDIOVASCULAR, +1),
    ("epinephrine", Organ.CARDIOVASCULAR, +1), ("norepinephrine", Organ.CARDIOVASCULAR, +1),
    ("gcs", Organ.CNS, -1), ("creatinine", Organ.RENAL, +1), ("urine_output", Organ.RENAL, -1),
]


@given(full_inputs, st.sampled_from(DIRECTIONS), amounts(50, 2))
def test_each_component_moves_the_right_way_with_each_input(
        inputs: SofaInputs, direction: tuple[str, Organ, int], delta: Decimal) -> None:
    name, organ, sign = direction
    value = getattr(inputs, name)
    if name == "fio2":
        delta = min(delta, Decimal(1) - value.value)
    if name == "gcs":
        delta = Decimal(min(int(delta), 15 - int(value.value)))
    raised = replace(inputs, **{name: _bump(value, delta)})
    before, after = _points(inputs, organ), _points(raised, organ)
    assert (after - before) * sign >= 0


@given(full_inputs, st.booleans())
def test_respiratory_support_never_lowers_respiration(inputs: SofaInputs, support: bool) -> None:
    without = _points(replace(inputs, respiratory_support=False), Organ.RESPIRATION)
    with_ = _points(replace(inputs, respiratory_support=True), Organ.RESPIRATION)
    assert without <= with_ and without <= 2


@given(amounts(60, 2), amounts(30, 2), amounts(120, 2, "0.5"), amounts(1, 2, "0.21"))
def test_unit_invariance(bilirubin: Decimal, creatinine: Decimal, pao2_kpa: Decimal,
                         fio2: Decimal) -> None:
    """The same concentration scores the same in either unit (the factor is exact here)."""
    def organs(**kw: object) -> dict[Organ, int | None]:
        r = score_sofa(SofaInputs(fio2=exact(fio2), respiratory_support=True, **kw))  # type: ignore[arg-type]
        return {o: r.component(o).points for o in (Organ.LIVER, Organ.RENAL, Organ.RESPIRATION)}

    conventional = organs(
        bilirubin=Measurement(exact(bilirubin), BILIRUBIN_MG_DL),
        creatinine=Measurement(exact(creatinine), CREATININE_MG_DL),
        pao2=Measurement(exact(pao2_kpa * KPA.factor), MMHG), urine_output=exact(Decimal(2000)))
    si = organs(
        bilirubin=Measurement(exact(bilirubin * BILIRUBIN_UMOL_L.factor), BILIRUBIN_UMOL_L),
        creatinine=Measurement(exact(creatinine * CREATININE_UMOL_L.factor), CREATININE_UMOL_L),
        pao2=Measurement(exact(pao2_kpa), KPA), urine_output=exact(Decimal(2000)))
    assert conventional == si


@given(full_inputs)
def test_every_shown_comparison_is_true_of_the_number_shown(inputs: SofaInputs) -> None:
    """The inequality in each reason holds for the displayed (possibly rounded) number, so the
    sentence never contradicts the points (hazard H06)."""
    for c in score_sofa(inputs).components:
        for f in c.criteria:
            if f.code != "sofa_criterion":
                continue
            comparison = str(f.param("comparison"))
            assert _holds(comparison), comparison


def _holds(comparison: str) -> bool:
    tokens = comparison.split(" ")
    ops = {"<": Decimal.__lt__, "≤": Decimal.__le__, "=": Decimal.__eq__}
    numbers = [Decimal(t) for t in tokens[::2]]
    return all(ops[op](a, b) for a, op, b in zip(numbers, tokens[1::2], numbers[1:],
                                                 strict=False))


@given(full_inputs, st.sets(st.sampled_from(FIELDS)))
def test_stored_text_reads_back_to_the_same_score(inputs: SofaInputs, dropped: set[str]) -> None:
    """What a record keeps (``sofa_text_of``) re-scores identically, whatever was dropped.
    (Generated values have at most two decimals, so their text is inside the value grammar.)"""
    from desktop_app.core.score_serialize import sofa_to_dict
    from desktop_app.core.sofa_entry import read_sofa, sofa_text_of

    partial = replace(inputs, **dict.fromkeys(dropped))
    again = read_sofa(sofa_text_of(partial))
    before, after = sofa_to_dict(score_sofa(partial)), sofa_to_dict(score_sofa(again))
    assert before["components"] == after["components"] and before["total"] == after["total"]
