"""HScore: every variable at its published edges, the probability table row by row, and the
properties (total = sum, monotonic, a variable not given never decides the score)."""

from __future__ import annotations

from dataclasses import fields, replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.hscore import (
    MAX_SCORE,
    PROBABILITY_TABLE,
    HScoreInputs,
    HScoreResult,
    Organomegaly,
    Variable,
    probability,
    score_hscore,
)
from desktop_app.core.hscore_entry import HScoreText, hscore_field_errors, read_hscore
from desktop_app.core.inputs import Ferritin
from desktop_app.core.score_units import FIBRINOGEN_G_L, Measurement
from desktop_app.core.units import FerritinUnit
from desktop_app.core.values import Comparator, InputError, ParsedValue

COMPLETE = HScoreText(immunosuppression=False, temperature="37", organomegaly="none",
                      cytopenias="1", ferritin="1000", ferritin_unit="ng/mL",
                      triglycerides="1", fibrinogen="3", fibrinogen_unit="g/L", ast="20",
                      haemophagocytosis=False)


def hscore(**changes: object) -> HScoreResult:
    return score_hscore(read_hscore(replace(COMPLETE, **changes)))  # type: ignore[arg-type]


def points(variable: Variable, **changes: object) -> int | None:
    return hscore(**changes).component(variable).points


def test_the_baseline_scores_zero() -> None:
    r = hscore()
    assert (r.score, r.possible) == (0, (0, 0))


@pytest.mark.parametrize(("temperature", "expected"), [
    ("38.39", 0), ("38.4", 33), ("39", 33), ("39.4", 33), ("39.41", 49), ("41", 49),
])
def test_temperature(temperature: str, expected: int) -> None:
    assert points(Variable.TEMPERATURE, temperature=temperature) == expected


@pytest.mark.parametrize(("organomegaly", "expected"), [
    ("none", 0), ("hepatomegaly", 23), ("splenomegaly", 23), ("both", 38), ("Both", 38),
])
def test_organomegaly(organomegaly: str, expected: int) -> None:
    assert points(Variable.ORGANOMEGALY, organomegaly=organomegaly) == expected


@pytest.mark.parametrize(("count", "expected"), [("0", 0), ("1", 0), ("2", 24), ("3", 34)])
def test_cytopenias(count: str, expected: int) -> None:
    assert points(Variable.CYTOPENIAS, cytopenias=count) == expected


@pytest.mark.parametrize(("ferritin", "unit", "expected"), [
    ("1999.99", "ng/mL", 0), ("2000", "ng/mL", 35), ("6000", "ng/mL", 35),
    ("6000.01", "ng/mL", 50), (">40000", "ng/mL", 50), ("<2000", "ng/mL", 0),
    ("4494", "pmol/L", 35),  # = 2000 ng/mL exactly
    ("4493.99", "pmol/L", 0), ("13482", "pmol/L", 35), ("13482.01", "pmol/L", 50),
    ("600.0001", "µg/dL", 50), ("6000", "µg/L", 35),
])
def test_ferritin(ferritin: str, unit: str, expected: int) -> None:
    assert points(Variable.FERRITIN, ferritin=ferritin, ferritin_unit=unit) == expected


@pytest.mark.parametrize(("triglycerides", "expected"), [
    ("1.49", 0), ("1.5", 44), ("4", 44), ("4.0", 44), ("4.01", 64), (">4", 64), ("<1.5", 0),
])
def test_triglycerides(triglycerides: str, expected: int) -> None:
    assert points(Variable.TRIGLYCERIDES, triglycerides=triglycerides) == expected


@pytest.mark.parametrize(("fibrinogen", "unit", "expected"), [
    ("2.5", "g/L", 30), ("2.51", "g/L", 0), ("0.8", "g/L", 30), ("<1", "g/L", 30),
    ("250", "mg/dL", 30), ("251", "mg/dL", 0), (">2.5", "g/L", 0),
])
def test_fibrinogen(fibrinogen: str, unit: str, expected: int) -> None:
    assert points(Variable.FIBRINOGEN, fibrinogen=fibrinogen, fibrinogen_unit=unit) == expected


@pytest.mark.parametrize(("ast", "expected"), [("29.9", 0), ("30", 19), ("1500", 19),
                                               ("<30", 0), (">=30", 19)])
def test_ast(ast: str, expected: int) -> None:
    assert points(Variable.AST, ast=ast) == expected


@pytest.mark.parametrize(("answer", "immunosuppression", "haemophagocytosis"), [
    (False, 0, 0), (True, 18, 35)])
def test_yes_no_variables(answer: bool, immunosuppression: int, haemophagocytosis: int) -> None:
    r = hscore(immunosuppression=answer, haemophagocytosis=answer)
    assert r.component(Variable.IMMUNOSUPPRESSION).points == immunosuppression
    assert r.component(Variable.HAEMOPHAGOCYTOSIS).points == haemophagocytosis


def test_the_maximum_is_337() -> None:
    r = hscore(immunosuppression=True, temperature="40", organomegaly="both", cytopenias="3",
               ferritin="10000", triglycerides="5", fibrinogen="1", ast="100",
               haemophagocytosis=True)
    assert r.score == MAX_SCORE == 337
    assert r.probability is not None and r.probability.percent == ">99"


@pytest.mark.parametrize(("text", "possible"), [
    (">3000", (35, 50)), ("<6000", (0, 35)), (">=2000", (35, 50))])
def test_a_censored_value_across_an_edge_leaves_the_score_open(text: str,
                                                               possible: tuple[int, int]) -> None:
    r = hscore(ferritin=text)
    c = r.component(Variable.FERRITIN)
    assert (c.points, c.possible, r.score) == (None, possible, None)
    assert c.reason.code == "hscore_open"


def test_a_variable_not_given_leaves_the_score_uncomputed_with_its_range() -> None:
    r = hscore(haemophagocytosis=None, temperature=None)
    assert r.score is None and r.probability is None
    assert r.possible == (0, 35 + 49)
    assert r.summary.code == "hscore_incomplete"
    assert "between <1 % and <1 %" in r.summary.message
    wide = hscore(haemophagocytosis=None, ferritin="10000", triglycerides="5",
                  cytopenias="3", organomegaly="both")
    assert wide.possible == (186, 221)
    assert "between 70 % and 96 %" in wide.summary.message


# --- the probability table ----------------------------------------------------------------------

@pytest.mark.parametrize(("score", "percent", "row", "next_row"), [
    (0, "<1", 90, None), (89, "<1", 90, None), (90, "<1", 90, None), (95, "<1", 90, (100, "1")),
    (100, "1", 100, None), (169, "40", 160, (170, "54")), (170, "54", 170, None),
    (239, "98", 230, (240, "99")), (240, "99", 240, None), (249, "99", 240, (250, ">99")),
    (250, ">99", 250, None), (337, ">99", 250, None),
])
def test_probability_is_the_row_at_or_below(score: int, percent: str, row: int,
                                            next_row: tuple[int, str] | None) -> None:
    p = probability(score)
    assert (p.percent, p.row, p.next_row) == (percent, row, next_row)
    assert f"{percent} %" in p.finding.message


def test_probability_table_as_published() -> None:
    assert PROBABILITY_TABLE == (
        (90, "<1"), (100, "1"), (110, "3"), (120, "5"), (130, "9"), (140, "16"), (150, "25"),
        (160, "40"), (170, "54"), (180, "70"), (190, "80"), (200, "88"), (210, "93"),
        (220, "96"), (230, "98"), (240, "99"), (250, ">99"))


def test_every_tabulated_score_reports_its_own_row() -> None:
    for score, percent in PROBABILITY_TABLE:
        assert probability(score).percent == percent


def test_the_result_says_aid_not_diagnosis_and_the_icu_caveats() -> None:
    codes = [s.code for s in hscore().statements]
    assert codes == ["hscore_aid_not_diagnosis", "hscore_derivation",
                     "hscore_icu_not_validated", "hscore_icu_ferritin", "hscore_mals_not_hlh"]
    text = " ".join(s.message for s in hscore().statements)
    for fact in ("not a diagnosis", "169", "93 %", "86 %", "not been validated in ICU",
                 "9083", "10000", "4420"):
        assert fact in text


# --- input checks -------------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "field"), [
    ({"temperature": "101"}, "temperature"), ({"temperature": "19"}, "temperature"),
    ({"temperature": ">39"}, "temperature"), ({"organomegaly": "large"}, "organomegaly"),
    ({"cytopenias": "4"}, "cytopenias"), ({"cytopenias": "1.5"}, "cytopenias"),
    ({"ferritin_unit": "mg/L"}, "ferritin unit"), ({"fibrinogen_unit": "mmol/L"},
                                                   "fibrinogen unit"),
    ({"ast": "3,5"}, "AST"), ({"triglycerides": "<0"}, "triglycerides"),
])
def test_invalid_input_names_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as err:
        read_hscore(replace(COMPLETE, **changes))  # type: ignore[arg-type]
    assert err.value.field == field


def test_unit_suspicion_warns_without_changing_points() -> None:
    c = hscore(fibrinogen="180", fibrinogen_unit="g/L").component(Variable.FIBRINOGEN)
    assert c.points == 0 and [w.code for w in c.warnings] == ["unit_suspect"]
    assert "mg/dL" in c.warnings[0].message


def test_field_errors_for_a_form() -> None:
    errors = hscore_field_errors(HScoreText(temperature="x", ferritin="5000",
                                            ferritin_unit="?", cytopenias="9"))
    assert set(errors) == {"temperature", "ferritin_unit", "cytopenias"}


# --- properties ---------------------------------------------------------------------------------

def _exact(d: Decimal) -> ParsedValue:
    return ParsedValue(Comparator.EQ, d, format(d, "f"))


def _amount(top: int, places: int = 2, low: str = "0") -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=Decimal(low), max_value=Decimal(top), places=places,
                       allow_nan=False, allow_infinity=False)


full = st.builds(
    HScoreInputs,
    immunosuppression=st.booleans(),
    temperature=_amount(45, 1, "20").map(_exact),
    organomegaly=st.sampled_from(Organomegaly),
    cytopenias=st.integers(0, 3),
    ferritin=_amount(50000, 1).map(lambda d: Ferritin(_exact(d), FerritinUnit.NG_PER_ML)),
    triglycerides=_amount(20).map(_exact),
    fibrinogen=_amount(10).map(lambda d: Measurement(_exact(d), FIBRINOGEN_G_L)),
    ast=_amount(2000, 0).map(_exact),
    haemophagocytosis=st.booleans(),
)
FIELDS = [f.name for f in fields(HScoreInputs)]


@given(full, st.sets(st.sampled_from(FIELDS)))
def test_total_is_the_sum_and_a_missing_variable_never_decides(inputs: HScoreInputs,
                                                              dropped: set[str]) -> None:
    truth = score_hscore(inputs)
    assert truth.score == sum(c.points or 0 for c in truth.components)
    assert truth.score is not None and 0 <= truth.score <= MAX_SCORE
    partial = score_hscore(replace(inputs, **dict.fromkeys(dropped)))
    low, high = partial.possible
    assert low <= truth.score <= high
    assert (partial.score is None) == bool(dropped)
    for mine, real in zip(partial.components, truth.components, strict=True):
        assert mine.possible[0] <= (real.points or 0) <= mine.possible[1]


GROWING = [("temperature", Decimal("0.5")), ("ferritin", Decimal(1000)),
           ("triglycerides", Decimal("0.5")), ("ast", Decimal(10))]


@given(full, st.sampled_from(GROWING), st.integers(1, 20))
def test_score_never_falls_as_a_rising_variable_rises(inputs: HScoreInputs,
                                                      step: tuple[str, Decimal], n: int) -> None:
    name, unit_step = step
    value = getattr(inputs, name)
    if name == "ferritin":
        raised = Ferritin(_exact(value.value.value + unit_step * n), value.unit)
    else:
        raised = _exact(min(value.value + unit_step * n, Decimal(45)) if name == "temperature"
                        else value.value + unit_step * n)
    before = score_hscore(inputs).score
    after = score_hscore(replace(inputs, **{name: raised})).score
    assert before is not None and after is not None and after >= before


@given(full, _amount(5))
def test_score_never_rises_as_fibrinogen_rises(inputs: HScoreInputs, delta: Decimal) -> None:
    assert inputs.fibrinogen is not None
    more = Measurement(_exact(inputs.fibrinogen.value.value + delta), FIBRINOGEN_G_L)
    before = score_hscore(inputs).score
    after = score_hscore(replace(inputs, fibrinogen=more)).score
    assert before is not None and after is not None and after <= before


@given(st.integers(0, MAX_SCORE), st.integers(0, MAX_SCORE))
def test_probability_never_falls_as_the_score_rises(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert probability(low).row <= probability(high).row


@given(full, st.sets(st.sampled_from(FIELDS)))
def test_stored_text_reads_back_to_the_same_score(inputs: HScoreInputs, dropped: set[str]
                                                  ) -> None:
    from desktop_app.core.hscore_entry import hscore_text_of
    from desktop_app.core.score_serialize import hscore_to_dict

    partial = replace(inputs, **dict.fromkeys(dropped))
    again = read_hscore(hscore_text_of(partial))
    before, after = hscore_to_dict(score_hscore(partial)), hscore_to_dict(score_hscore(again))
    assert before["components"] == after["components"] and before["score"] == after["score"]
