"""The pieces every score stands on: band tables, unit conversions, findings and their catalogue,
and the rule that score arithmetic never touches binary floating point."""

from __future__ import annotations

import ast
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import desktop_app
from desktop_app.core.phenotype import Phenotype
from desktop_app.core.score_bands import Band, BandTable, read, show_fraction
from desktop_app.core.score_findings import Term, finding, template_fields
from desktop_app.core.score_messages import MESSAGES, TERMS
from desktop_app.core.score_units import (
    BILIRUBIN_UMOL_L,
    CREATININE_UMOL_L,
    FIBRINOGEN_MG_DL,
    KPA,
    Analyte,
    parse_score_unit,
)
from desktop_app.core.values import Comparator, InputError

CORE = Path(desktop_app.__file__).parent / "core"
SCORE_MODULES = ("score_bands.py", "score_units.py", "score_checks.py", "score_findings.py",
                 "sofa.py", "sofa_table.py", "sofa_entry.py", "hscore.py", "hscore_entry.py",
                 "eligibility.py", "response.py")
D = Decimal


# --- band tables --------------------------------------------------------------------------------

def test_a_table_with_a_gap_or_an_overlap_cannot_be_written() -> None:
    with pytest.raises(ValueError, match="gap or overlap"):
        BandTable("mg/dL", (Band(0, high=D("1.9")), Band(1, D("2.0"), True)))
    with pytest.raises(ValueError, match="both or neither"):
        BandTable("mg/dL", (Band(0, high=D("2"), high_inclusive=True), Band(1, D("2"), True)))
    with pytest.raises(ValueError, match="both or neither"):
        BandTable("mg/dL", (Band(0, high=D("2")), Band(1, D("2"), False)))
    with pytest.raises(ValueError, match="open above"):
        BandTable("mg/dL", (Band(0, high=D("2")), Band(1, D("2"), True, D("5"))))


TABLE = BandTable("u", (Band(0, high=D(10)), Band(1, D(10), True, D(20), True),
                        Band(2, D(20), False)))


@pytest.mark.parametrize(("comparator", "value", "points"), [
    (Comparator.EQ, "10", (1, 1)), (Comparator.EQ, "20", (1, 1)), (Comparator.EQ, "9.99", (0, 0)),
    (Comparator.LT, "10", (0, 0)), (Comparator.LE, "10", (0, 1)), (Comparator.LT, "5", (0, 0)),
    (Comparator.GT, "20", (2, 2)), (Comparator.GE, "20", (1, 2)), (Comparator.GT, "19", (1, 2)),
    (Comparator.LE, "0", (0, 0)), (Comparator.GT, "0", (0, 2)),
])
def test_censored_values_are_intervals(comparator: Comparator, value: str,
                                       points: tuple[int, int]) -> None:
    r = read(TABLE, comparator, Fraction(D(value)))
    assert (r.low, r.high) == points


def test_a_bound_below_zero_has_no_band() -> None:
    with pytest.raises(ValueError, match="no possible value"):
        TABLE.candidates(Comparator.LT, Fraction(0))


@given(st.fractions(min_value=0, max_value=30))
def test_display_never_crosses_an_edge(x: Fraction) -> None:
    """What is shown lies in the same band as the exact value (hazard H06)."""
    shown = show_fraction(x, TABLE.nearest_edge(x)).removeprefix("≈")
    assert TABLE.band_of(Fraction(D(shown))) == TABLE.band_of(x)


# --- units --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("analyte", "text", "symbol"), [
    (Analyte.PAO2, "kPa", "kPa"), (Analyte.PAO2, "KPA", "kPa"), (Analyte.PAO2, "mm Hg", "mmHg"),
    (Analyte.BILIRUBIN, "umol/L", "µmol/L"), (Analyte.BILIRUBIN, "μmol/l", "µmol/L"),
    (Analyte.CREATININE, "mg/dl", "mg/dL"), (Analyte.FIBRINOGEN, "g/l", "g/L"),
])
def test_unit_synonyms(analyte: Analyte, text: str, symbol: str) -> None:
    assert parse_score_unit(analyte, text, field="u").symbol == symbol


@pytest.mark.parametrize(("analyte", "text", "code"), [
    (Analyte.PAO2, None, "unit_missing"), (Analyte.PAO2, " ", "unit_missing"),
    (Analyte.PAO2, "torr", "unit_unknown"), (Analyte.BILIRUBIN, "mmol/L", "unit_unknown"),
    (Analyte.CREATININE, "mg/L", "unit_unknown"),
])
def test_no_unit_is_ever_assumed(analyte: Analyte, text: str | None, code: str) -> None:
    with pytest.raises(InputError) as err:
        parse_score_unit(analyte, text, field="--unit")
    assert (err.value.field, err.value.code) == ("--unit", code)


def test_conversion_factors_as_cited() -> None:
    assert KPA.to_reference(D(1)) == Fraction("7.50062")
    assert BILIRUBIN_UMOL_L.to_reference(D("17.1")) == 1
    assert CREATININE_UMOL_L.to_reference(D("88.4")) == 1
    assert FIBRINOGEN_MG_DL.to_reference(D(250)) == Fraction(5, 2)
    # NIST SP 811 B.8: 1 mmHg = 133.3224 Pa -> 1 kPa = 7.500615... mmHg, 7.50062 to 6 digits
    assert abs(Fraction(1000) / Fraction("133.3224") - KPA.to_reference(D(1))) < Fraction(1, 10**5)
    # molar masses: bilirubin 584.66 g/mol, creatinine 113.12 g/mol (10 mg/L per mg/dL)
    assert round(10_000 / 584.66, 1) == float(BILIRUBIN_UMOL_L.factor)
    assert round(10_000 / 113.12, 1) == float(CREATININE_UMOL_L.factor)


# --- findings and the catalogue -----------------------------------------------------------------

def test_finding_refuses_an_unknown_code_or_wrong_parameters() -> None:
    with pytest.raises(ValueError, match="no message"):
        finding("sofa_nonsense")
    with pytest.raises(ValueError, match="parameters"):
        finding("sofa_total", total=3, extra=1)
    with pytest.raises(ValueError, match="unknown term"):
        Term("spleen size")


def test_findings_render_and_serialise() -> None:
    f = finding("sofa_undetermined", low=2, high=4, needed=(Term("pao2"), Term("fio2")))
    assert f.message == "Not assessed: 2 to 4 points possible; still needed: PaO2, FiO2."
    data = f.to_dict()
    assert data == {"code": "sofa_undetermined", "params": {"high": 4, "low": 2,
                                                            "needed": ["pao2", "fio2"]},
                    "message": f.message}
    assert json.loads(json.dumps(data)) == data
    assert finding("sofa_criterion", criterion=Term("platelets"), value="85 ×10³/µL",
                   comparison="50 ≤ 85 < 100", points=2).message.startswith("Platelets 85")


def test_every_catalogue_entry_is_used_and_every_placeholder_is_a_name() -> None:
    source = "\n".join((CORE / m).read_text(encoding="utf-8") for m in SCORE_MODULES)
    for code, template in MESSAGES.items():
        assert all(name.isidentifier() for name in template_fields(template)), code
        used = f'"{code}"' in source or code.removeprefix("criterion_").removesuffix(
            "_unverified") in source
        assert used, f"{code} is never used"
    phenotypes = {p.value for p in Phenotype}  # phenotype terms come from core.phenotype
    for key in TERMS:
        assert f'"{key}"' in source or key in phenotypes, f"term {key} is never used"


def test_score_modules_never_use_binary_floating_point() -> None:
    """float("4420.0000000000001") == 4420.0 (hazard H05): the scores compare exact numbers."""
    for name in SCORE_MODULES:
        tree = ast.parse((CORE / name).read_text(encoding="utf-8"))
        floats = [n.lineno for n in ast.walk(tree)
                  if (isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                      and n.func.id == "float")
                  or (isinstance(n, ast.Constant) and isinstance(n.value, float))]
        assert not floats, f"core/{name} uses float at lines {floats}"
