"""SOFA at, just below and just above every edge of the published table (Singer 2016 Table 1),
with the boundary convention of docs/scores.md, through the same text entry the CLI uses."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from desktop_app.core import sofa_table
from desktop_app.core.score_units import BILIRUBIN_UMOL_L, CREATININE_UMOL_L, KPA
from desktop_app.core.sofa import Organ, SofaResult, score_sofa
from desktop_app.core.sofa_entry import SofaText, read_sofa, sofa_field_errors
from desktop_app.core.values import InputError

NO_DRUGS = {"dopamine": "0", "dobutamine": False, "epinephrine": "0", "norepinephrine": "0"}


def sofa(**fields: object) -> SofaResult:
    return score_sofa(read_sofa(SofaText(**fields)))  # type: ignore[arg-type]


def points(organ: Organ, **fields: object) -> int | None:
    return sofa(**fields).component(organ).points


# --- respiration: PaO2/FiO2 mm Hg, <400 1, <300 2, <200 3*, <100 4* (*with support) ----------

@pytest.mark.parametrize(("pao2", "support", "expected"), [
    ("400", True, 0), ("399.99", True, 1), ("300", True, 1), ("299.99", True, 2),
    ("200", True, 2), ("199.99", True, 3), ("100", True, 3), ("99.99", True, 4),
    ("200", False, 2), ("199.99", False, 2), ("99.99", False, 2), ("20", False, 2),
    ("200", None, 2), ("450", None, 0),
])
def test_respiration_edges(pao2: str, support: bool | None, expected: int) -> None:
    assert points(Organ.RESPIRATION, pao2=pao2, pao2_unit="mmHg", fio2="1",
                  ventilated=support) == expected


def test_ratio_is_exact_where_binary_floating_point_is_not() -> None:
    # 110 / 0.55 is 199.99999999999997 in binary floating point: 3 points instead of 2.
    assert 110 / 0.55 < 200
    assert points(Organ.RESPIRATION, pao2="110", pao2_unit="mmHg", fio2="0.55",
                  ventilated=True) == 2


@pytest.mark.parametrize(("pao2", "expected_band"), [("199", (2, 3)), ("99", (2, 4))])
def test_respiration_below_200_needs_the_support_answer(pao2: str, expected_band: tuple[int, int]
                                                         ) -> None:
    c = sofa(pao2=pao2, pao2_unit="mmHg", fio2="1").component(Organ.RESPIRATION)
    assert (c.points, c.possible) == (None, expected_band)
    assert c.reason.code == "sofa_undetermined"
    assert "respiratory support" in c.reason.message


def test_respiration_without_support_says_why_it_stops_at_2() -> None:
    c = sofa(pao2="60", pao2_unit="mmHg", fio2="0.5", ventilated=False).component(
        Organ.RESPIRATION)
    assert (c.points, c.reason.code) == (2, "sofa_respiration_no_support")
    assert "100 ≤ 120 < 200" in c.reason.message


@pytest.mark.parametrize(("kpa", "expected", "kpa_column"), [
    ("53.33", 0, None),   # 400.008 mm Hg
    ("53.32", 1, 0),      # 399.93 mm Hg; the kPa column (≥ 53.3) would say 0
    ("40", 1, None),      # 300.02 mm Hg
    ("39.99", 2, None),
    ("26.67", 2, 3),      # 200.04 mm Hg; the kPa column (< 26.7 is 3) says 3
    ("26.66", 3, 3),
    ("26.69", 2, 3),      # 200.19 mm Hg, below the kPa column's 26.7
    ("13.34", 3, None),   # 100.06 mm Hg
    ("13.3", 4, 3),       # 99.76 mm Hg; the kPa column (< 13.3 is 4) says 3
])
def test_respiration_in_kpa_is_decided_by_the_mmhg_column(kpa: str, expected: int,
                                                          kpa_column: int | None) -> None:
    c = sofa(pao2=kpa, pao2_unit="kPa", fio2="1", ventilated=True).component(Organ.RESPIRATION)
    assert c.points == expected
    notes = [n for n in c.notes if n.code == "sofa_column_differs"]
    if kpa_column is None or kpa_column == expected:
        assert not notes
    else:
        assert notes and notes[0].param("other_points") == kpa_column
        assert "kPa column" in notes[0].message and "mmHg column" in notes[0].message


# --- coagulation: platelets ×10³/µL, <150 1, <100 2, <50 3, <20 4 ----------------------------

@pytest.mark.parametrize(("platelets", "expected"), [
    ("150", 0), ("149.9", 1), ("100", 1), ("99.9", 2), ("50", 2), ("49.9", 3), ("20", 3),
    ("19.9", 4), ("0", 4), ("<20", 4), ("<=19", 4), (">150", 0), (">=150", 0), ("1200", 0),
])
def test_coagulation_edges(platelets: str, expected: int) -> None:
    assert points(Organ.COAGULATION, platelets=platelets) == expected


@pytest.mark.parametrize(("platelets", "possible"), [("<50", (3, 4)), (">149", (0, 1)),
                                                     ("<=20", (3, 4)), (">=100", (0, 1))])
def test_censored_platelets_spanning_an_edge_are_not_assessed(platelets: str,
                                                             possible: tuple[int, int]) -> None:
    c = sofa(platelets=platelets).component(Organ.COAGULATION)
    assert (c.points, c.possible) == (None, possible)
    assert c.criteria[0].code == "sofa_criterion_open"
    assert "an exact value is needed" in c.criteria[0].message


# --- liver: bilirubin mg/dL 1.2-1.9 1, 2.0-5.9 2, 6.0-11.9 3, >12.0 4 (gaps closed upwards) ---

@pytest.mark.parametrize(("bilirubin", "expected"), [
    ("1.19", 0), ("1.2", 1), ("1.9", 1), ("1.95", 1), ("1.9999", 1), ("2.0", 2), ("5.9", 2),
    ("5.99", 2), ("6.0", 3), ("11.9", 3), ("11.95", 3), ("12.0", 4), ("12.01", 4),
])
def test_liver_edges_mg_dl(bilirubin: str, expected: int) -> None:
    assert points(Organ.LIVER, bilirubin=bilirubin, bilirubin_unit="mg/dL") == expected


@pytest.mark.parametrize(("umol", "expected", "si_column"), [
    ("20.51", 0, 1), ("20.52", 1, 1),  # 1.2 mg/dL = 20.52 µmol/L; the µmol/L column starts at 20
    ("32", 1, 1), ("34.19", 1, 2), ("34.2", 2, 2),  # 2.0 mg/dL = 34.2; the column says 33
    ("102.59", 2, 3), ("102.6", 3, 3),  # 6.0 mg/dL = 102.6; the column says 102
    ("204", 3, 3), ("205.19", 3, 4), ("205.2", 4, 4),  # 12.0 mg/dL = 205.2; the column "> 204"
    ("<5", 0, 0),
])
def test_liver_in_umol_l_is_decided_by_the_mg_dl_column(umol: str, expected: int,
                                                        si_column: int) -> None:
    c = sofa(bilirubin=umol, bilirubin_unit="µmol/L").component(Organ.LIVER)
    assert c.points == expected
    assert bool(c.notes) == (si_column != expected)


# --- cardiovascular -----------------------------------------------------------------------------

@pytest.mark.parametrize(("fields", "expected"), [
    ({"map": "70"}, 0), ({"map": "69.9"}, 1), ({"map": "65"}, 1),
    ({"map": "80", "dopamine": "0.1"}, 2), ({"map": "80", "dopamine": "5"}, 2),
    ({"map": "80", "dopamine": "5.01"}, 3), ({"map": "80", "dopamine": "5.05"}, 3),
    ({"map": "80", "dopamine": "15"}, 3), ({"map": "80", "dopamine": "15.01"}, 4),
    ({"map": "80", "dobutamine": True}, 2),
    ({"map": "80", "epinephrine": "0.01"}, 3), ({"map": "80", "epinephrine": "0.1"}, 3),
    ({"map": "80", "epinephrine": "0.11"}, 4),
    ({"map": "80", "norepinephrine": "0.01"}, 3), ({"map": "80", "norepinephrine": "0.1"}, 3),
    ({"map": "80", "norepinephrine": "0.101"}, 4),
    ({"map": "60", "dobutamine": True, "dopamine": "3", "norepinephrine": "0.3"}, 4),
])
def test_cardiovascular_edges(fields: dict[str, object], expected: int) -> None:
    assert points(Organ.CARDIOVASCULAR, **{**NO_DRUGS, **fields}) == expected


def test_dopamine_5_is_2_points_the_gap_singer_leaves() -> None:
    c = sofa(**{**NO_DRUGS, "dopamine": "5"}).component(Organ.CARDIOVASCULAR)
    assert c.points == 2
    assert "0 < 5 ≤ 5 → 2 of 4 points" in c.reason.message


@pytest.mark.parametrize(("fields", "possible", "needed"), [
    ({"norepinephrine": "0.05"}, (3, 4), ["epinephrine", "dopamine"]),
    ({"dobutamine": True}, (2, 4), ["norepinephrine", "epinephrine", "dopamine"]),
    ({"map": "80"}, (0, 4), ["norepinephrine", "epinephrine", "dopamine", "dobutamine"]),
    ({**NO_DRUGS}, (0, 1), ["map"]),
])
def test_cardiovascular_unknown_drugs_are_never_taken_as_none(
        fields: dict[str, object], possible: tuple[int, int], needed: list[str]) -> None:
    c = sofa(**fields).component(Organ.CARDIOVASCULAR)
    assert (c.points, c.possible) == (None, possible)
    assert [t.key for t in c.reason.param("needed")] == needed  # type: ignore[union-attr]


def test_a_dose_above_the_top_edge_needs_nothing_else() -> None:
    c = sofa(norepinephrine="0.2").component(Organ.CARDIOVASCULAR)
    assert c.points == 4 and c.reason.param("criterion").key == "norepinephrine"  # type: ignore[union-attr]


def test_no_catecholamines_fills_only_what_was_not_given() -> None:
    c = sofa(map="65", no_catecholamines=True).component(Organ.CARDIOVASCULAR)
    assert c.points == 1
    with pytest.raises(InputError) as err:
        read_sofa(SofaText(norepinephrine="0.1", no_catecholamines=True))
    assert err.value.field == "no catecholamines"
    assert "norepinephrine" in err.value.message
    assert sofa(map="80", dopamine="0", no_catecholamines=True).component(
        Organ.CARDIOVASCULAR).points == 0


# --- central nervous system: GCS 13-14 1, 10-12 2, 6-9 3, <6 4 --------------------------------

@pytest.mark.parametrize(("gcs", "expected"), [
    ("15", 0), ("14", 1), ("13", 1), ("12", 2), ("10", 2), ("9", 3), ("6", 3), ("5", 4),
    ("3", 4),
])
def test_cns_edges(gcs: str, expected: int) -> None:
    assert points(Organ.CNS, gcs=gcs) == expected


@pytest.mark.parametrize("gcs", ["2", "16", "14.5", "<15", "0"])
def test_gcs_must_be_a_whole_number_3_to_15(gcs: str) -> None:
    with pytest.raises(InputError) as err:
        read_sofa(SofaText(gcs=gcs))
    assert err.value.field == "GCS"


# --- renal: creatinine mg/dL 1.2-1.9 1, 2.0-3.4 2, 3.5-4.9 3, >5.0 4; urine <500 3, <200 4 ----

@pytest.mark.parametrize(("creatinine", "unit", "expected"), [
    ("1.19", "mg/dL", 0), ("1.2", "mg/dL", 1), ("1.99", "mg/dL", 1), ("2.0", "mg/dL", 2),
    ("3.4", "mg/dL", 2), ("3.49", "mg/dL", 2), ("3.5", "mg/dL", 3), ("4.9", "mg/dL", 3),
    ("4.99", "mg/dL", 3), ("5.0", "mg/dL", 4),
    ("106.07", "µmol/L", 0), ("106.08", "µmol/L", 1), ("110", "µmol/L", 1),
    ("171", "µmol/L", 1), ("176.79", "µmol/L", 1), ("176.8", "µmol/L", 2),
    ("300", "µmol/L", 2), ("309.39", "µmol/L", 2), ("309.4", "µmol/L", 3),
    ("440", "µmol/L", 3), ("441.99", "µmol/L", 3), ("442", "µmol/L", 4),
])
def test_renal_creatinine_edges(creatinine: str, unit: str, expected: int) -> None:
    assert points(Organ.RENAL, creatinine=creatinine, creatinine_unit=unit,
                  urine_output="1500") == expected


@pytest.mark.parametrize(("urine", "expected"), [
    ("500", 0), ("499", 3), ("499.9", 3), ("200", 3), ("199.9", 4), ("0", 4), ("<100", 4),
])
def test_renal_urine_output_edges(urine: str, expected: int) -> None:
    assert points(Organ.RENAL, creatinine="1.0", creatinine_unit="mg/dL",
                  urine_output=urine) == expected


def test_renal_is_the_higher_of_creatinine_and_urine_output() -> None:
    c = sofa(creatinine="2.5", creatinine_unit="mg/dL", urine_output="150").component(Organ.RENAL)
    assert c.points == 4 and c.reason.param("criterion").key == "urine_output"  # type: ignore[union-attr]
    assert len(c.criteria) == 2


def test_renal_needs_urine_output_unless_creatinine_already_gives_4() -> None:
    c = sofa(creatinine="1.5", creatinine_unit="mg/dL").component(Organ.RENAL)
    assert (c.points, c.possible) == (None, (1, 4))
    assert "urine output" in c.reason.message
    assert points(Organ.RENAL, creatinine="5.0", creatinine_unit="mg/dL") == 4


# --- the table as data --------------------------------------------------------------------------

def test_every_table_edge_as_published() -> None:
    edges = {t: [str(e) for e in t.edges] for t in (
        sofa_table.RESPIRATION, sofa_table.COAGULATION, sofa_table.LIVER,
        sofa_table.RENAL_CREATININE, sofa_table.RENAL_URINE, sofa_table.CNS, sofa_table.MAP)}
    assert edges[sofa_table.RESPIRATION] == ["100", "200", "300", "400"]
    assert edges[sofa_table.COAGULATION] == ["20", "50", "100", "150"]
    assert edges[sofa_table.LIVER] == ["1.2", "2.0", "6.0", "12.0"]
    assert edges[sofa_table.RENAL_CREATININE] == ["1.2", "2.0", "3.5", "5.0"]
    assert edges[sofa_table.RENAL_URINE] == ["200", "500"]
    assert edges[sofa_table.CNS] == ["6", "10", "13", "15"]
    assert edges[sofa_table.MAP] == ["70"]


def test_si_columns_are_not_exact_conversions_of_the_conventional_ones() -> None:
    """docs/scores.md "Which column decides": each printed SI edge against the conventional edge
    converted with the cited factor.  Only PaO2 agrees to the printed precision."""
    pairs = [
        (sofa_table.LIVER_UMOL_L, sofa_table.LIVER, BILIRUBIN_UMOL_L.factor,
         ["20", "33", "102", "204"], ["20.52", "34.2", "102.6", "205.2"]),
        (sofa_table.RENAL_CREATININE_UMOL_L, sofa_table.RENAL_CREATININE,
         CREATININE_UMOL_L.factor, ["110", "171", "300", "440"], ["106.08", "176.8", "309.4",
                                                                   "442"]),
    ]
    for si, conventional, factor, printed, converted in pairs:
        assert [str(e) for e in si.edges] == printed
        assert [e * factor for e in conventional.edges] == [Decimal(c) for c in converted]
    kpa_as_mmhg = [Fraction(e) * Fraction(KPA.factor) for e in sofa_table.RESPIRATION_KPA.edges]
    assert [round(float(x), 2) for x in kpa_as_mmhg] == [99.76, 200.27, 300.02, 399.78]


def test_every_field_error_is_reported_for_a_form() -> None:
    errors = sofa_field_errors(SofaText(pao2="12", fio2="40", platelets="1e3", gcs="16",
                                        bilirubin="20", creatinine="1,2"))
    assert set(errors) == {"pao2_unit", "fio2", "platelets", "gcs", "bilirubin_unit",
                           "creatinine"}


def test_record_text_reads_back_with_its_decimal_comma_setting() -> None:
    from desktop_app.core.sofa_entry import sofa_text_of

    inputs = read_sofa(SofaText(fio2="0,4", pao2="12,5", pao2_unit="kPa", platelets="<20"),
                       decimal_comma=True)
    text = sofa_text_of(inputs)
    assert (text.fio2, text.pao2, text.pao2_unit, text.platelets) == ("0,4", "12,5", "kPa",
                                                                       "<20")
    assert read_sofa(text, decimal_comma=True) == inputs
