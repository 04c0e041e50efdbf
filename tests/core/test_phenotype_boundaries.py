"""Boundary tables for the ImmunoSep rule (hazards H04, H05, H10, H11, H15; reference §1.3)."""

from __future__ import annotations

import pytest

from desktop_app.core.phenotype import Phenotype, Status

from .conftest import assess

MALS, IP, UNC = Phenotype.MALS, Phenotype.IMMUNOPARALYSIS, Phenotype.UNCLASSIFIED

TABLE = [
    # ferritin, unit, HLA-DR, HLA-DR unit, expected phenotype (None = cannot classify), reason
    ("4420", "ng/mL", "1000", "AB/C", IP, "hla_dr_below_threshold"),
    ("4420", "ng/mL", "6000", "AB/C", UNC, "hla_dr_at_or_above_threshold"),
    ("4420.01", "ng/mL", "6000", "AB/C", MALS, "ferritin_above_threshold"),
    ("4420.0000000000001", "ng/mL", "6000", "AB/C", MALS, "ferritin_above_threshold"),
    ("4419.9999999999999", "ng/mL", "6000", "AB/C", UNC, "hla_dr_at_or_above_threshold"),
    ("1000", "ng/mL", "5000", "AB/C", UNC, "hla_dr_at_or_above_threshold"),
    ("1000", "ng/mL", "4999.9", "AB/C", IP, "hla_dr_below_threshold"),
    ("1000", "ng/mL", "4999.9999999999", "AB/C", IP, "hla_dr_below_threshold"),
    ("5000", "ng/mL", "1000", "AB/C", MALS, "both_criteria_met"),
    ("5000", "ng/mL", "9000", "AB/C", MALS, "ferritin_above_threshold"),
    ("5000", "ng/mL", None, "AB/C", MALS, "ferritin_above_threshold"),
    # µg/L is ng/mL
    ("4420", "µg/L", "1000", "AB/C", IP, "hla_dr_below_threshold"),
    ("4420.01", "ug/L", "1000", "AB/C", MALS, "both_criteria_met"),
    # pmol/L: 4420 ng/mL = 9931.74 pmol/L
    ("9931.7", "pmol/L", "6000", "AB/C", UNC, "hla_dr_at_or_above_threshold"),
    ("9931.74", "pmol/L", "6000", "AB/C", UNC, "hla_dr_at_or_above_threshold"),
    ("9931.75", "pmol/L", "6000", "AB/C", MALS, "ferritin_above_threshold"),
    ("9932", "pmol/L", "6000", "AB/C", MALS, "ferritin_above_threshold"),
    # µg/dL: 442 µg/dL = 4420 ng/mL
    ("442", "µg/dL", "4000", "AB/C", IP, "hla_dr_below_threshold"),
    ("442.0001", "µg/dL", "4000", "AB/C", MALS, "both_criteria_met"),
    # censored values decide only when the whole interval lies on one side
    (">40000", "ng/mL", None, "AB/C", MALS, "ferritin_above_threshold"),
    (">4420", "ng/mL", None, "AB/C", MALS, "ferritin_above_threshold"),
    (">=4420", "ng/mL", "6000", "AB/C", None, "ferritin_indeterminate"),
    (">3000", "ng/mL", "1000", "AB/C", None, "ferritin_indeterminate"),
    ("<15", "ng/mL", "2000", "AB/C", IP, "hla_dr_below_threshold"),
    ("<=4420", "ng/mL", "2000", "AB/C", IP, "hla_dr_below_threshold"),
    ("<4421", "ng/mL", "2000", "AB/C", None, "ferritin_indeterminate"),
    ("1000", "ng/mL", "<5000", "AB/C", IP, "hla_dr_below_threshold"),
    ("1000", "ng/mL", "<=5000", "AB/C", None, "hla_dr_indeterminate"),
    ("1000", "ng/mL", "<=4999", "AB/C", IP, "hla_dr_below_threshold"),
    ("1000", "ng/mL", ">=5000", "AB/C", UNC, "hla_dr_at_or_above_threshold"),
    ("1000", "ng/mL", ">4000", "AB/C", None, "hla_dr_indeterminate"),
    ("1000", "ng/mL", "<6000", "AB/C", None, "hla_dr_indeterminate"),
    # missing values and units that cannot be converted
    (None, "ng/mL", "1000", "AB/C", None, "ferritin_missing"),
    (None, "ng/mL", None, "AB/C", None, "ferritin_missing"),
    ("1000", "ng/mL", None, "AB/C", None, "hla_dr_missing"),
    ("1000", "ng/mL", "45", "%", None, "hla_dr_not_ab_per_cell"),
    ("1000", "ng/mL", "3200", "MFI", None, "hla_dr_not_ab_per_cell"),
    ("5000", "ng/mL", "45", "%", MALS, "ferritin_above_threshold"),
]


@pytest.mark.parametrize(("ferritin", "f_unit", "hla_dr", "h_unit", "phenotype", "reason"), TABLE)
def test_boundary_table(ferritin: str | None, f_unit: str, hla_dr: str | None, h_unit: str,
                        phenotype: Phenotype | None, reason: str) -> None:
    a = assess(ferritin, f_unit, hla_dr, h_unit)
    assert a.phenotype is phenotype
    assert a.status is (Status.CLASSIFIED if phenotype else Status.CANNOT_CLASSIFY)
    assert reason in a.reason_codes()
    assert a.reasons, "every result says why"


@pytest.mark.parametrize(("age", "phenotype", "reason"), [
    ("17", None, "age_under_18"), ("17.99", None, "age_under_18"),
    ("18", MALS, "ferritin_above_threshold"), ("<18", None, "age_under_18"),
    (">17", None, "age_indeterminate"), (">=18", MALS, "ferritin_above_threshold"),
    (">89", MALS, "ferritin_above_threshold"),
])
def test_age(age: str, phenotype: Phenotype | None, reason: str) -> None:
    a = assess("5000", age=age)
    assert a.phenotype is phenotype
    assert reason in a.reason_codes()


def test_missing_age_warns_but_classifies() -> None:
    a = assess("5000", age=None)
    assert a.phenotype is MALS
    assert "age_not_given" in a.warning_codes()


def test_child_with_missing_ferritin_lists_both_reasons() -> None:
    a = assess(None, age="10")
    assert set(a.reason_codes()) == {"ferritin_missing", "age_under_18"}


def test_treatment_arms() -> None:
    assert assess("5000").treatment_arm.value == "anakinra"  # type: ignore[union-attr]
    assert assess("100", hla_dr="100").treatment_arm.value == "interferon_gamma"  # type: ignore[union-attr]
    assert assess("100", hla_dr="9000").treatment_arm is None
    assert assess(None).treatment_arm is None


def test_hla_dr_message_says_what_is_needed() -> None:
    a = assess("1000")
    assert a.reasons[0].message == ("HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed "
                                    "because ferritin 1000 ng/mL is ≤ 4420 ng/mL.")


def test_criteria_rows_show_entered_and_converted() -> None:
    a = assess("9932", "pmol/L", "4999.9")
    ferritin, hla_dr, age = a.criteria
    assert ferritin.entered == "9932 pmol/L"
    assert ferritin.converted == "≈4420.12 ng/mL"
    assert ferritin.met is True and ferritin.threshold == "> 4420 ng/mL"
    assert "÷ 2.247" in ferritin.note
    assert hla_dr.met is True and "not needed" in hla_dr.note
    assert age.met is True


def test_display_never_rounds_onto_the_threshold() -> None:
    a = assess("9931.7400001", "pmol/L", "6000")
    assert a.phenotype is MALS
    assert a.criteria[0].converted not in ("≈4420.00 ng/mL", "4420 ng/mL")
    assert a.criteria[0].converted.startswith("≈4420.0000000")


def test_censored_row_keeps_comparator() -> None:
    row = assess(">40000").criteria[0]
    assert row.comparator == ">" and row.converted == ">40000 ng/mL"


class TestWarnings:
    def test_near_thresholds(self) -> None:
        assert "ferritin_near_threshold" in assess("4000", hla_dr="9000").warning_codes()
        assert "ferritin_near_threshold" not in assess("3900", hla_dr="9000").warning_codes()
        codes = assess("1000", hla_dr="5600").warning_codes()
        assert "hla_dr_near_threshold" in codes
        assert "hla_dr_near_threshold" not in assess("1000", hla_dr="5800").warning_codes()
        # HLA-DR is irrelevant under MALS, so it raises no near-threshold warning there
        assert "hla_dr_near_threshold" not in assess("9000", hla_dr="5000").warning_codes()

    def test_samples_far_apart(self) -> None:
        far = assess("1000", hla_dr="1000", ferritin_sampled="2026-11-20T08:00",
                     hla_dr_sampled="2026-11-21T08:01")
        assert "samples_far_apart" in far.warning_codes()
        assert far.phenotype is IP  # warnings never change the phenotype
        near = assess("1000", hla_dr="1000", ferritin_sampled="2026-11-20T08:00",
                      hla_dr_sampled="2026-11-21T08:00")
        assert "samples_far_apart" not in near.warning_codes()

    def test_processing_delay(self) -> None:
        late = assess("1000", hla_dr="1000", hla_dr_sampled="2026-11-20T08:00",
                      hla_dr_processed="2026-11-20T12:01")
        assert "hla_dr_processing_delay" in late.warning_codes()
        ok = assess("1000", hla_dr="1000", hla_dr_sampled="2026-11-20T08:00",
                    hla_dr_processed="2026-11-20T12:00")
        assert "hla_dr_processing_delay" not in ok.warning_codes()
        odd = assess("1000", hla_dr="1000", hla_dr_sampled="2026-11-20T08:00",
                     hla_dr_processed="2026-11-20T07:00")
        assert "hla_dr_processed_before_sampled" in odd.warning_codes()

    def test_implausibly_low_hla_dr(self) -> None:
        assert "hla_dr_implausibly_low" in assess("1000", hla_dr="45").warning_codes()

    def test_percent_under_mals_is_noted(self) -> None:
        a = assess("5000", hla_dr="45", hla_dr_unit="%")
        assert "hla_dr_unit_not_used" in a.warning_codes()


def test_future_sample_time_blocks() -> None:
    a = assess("5000", ferritin_sampled="2026-11-25T12:00")
    assert a.phenotype is None and "sample_time_in_future" in a.reason_codes()
    ok = assess("5000", ferritin_sampled="2026-11-24T12:04")  # within 5 min clock tolerance
    assert ok.phenotype is MALS
