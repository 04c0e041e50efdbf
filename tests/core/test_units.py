"""Unit parsing and ferritin conversion (hazards H01-H03)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.units import (
    PMOL_PER_NG,
    FerritinUnit,
    HlaDrUnit,
    ferritin_to_ng_per_ml,
    parse_ferritin_unit,
    parse_hla_dr_unit,
)
from desktop_app.core.values import InputError


@pytest.mark.parametrize(("text", "unit"), [
    ("ng/mL", FerritinUnit.NG_PER_ML), ("NG/ML", FerritinUnit.NG_PER_ML),
    ("µg/L", FerritinUnit.UG_PER_L), ("μg/L", FerritinUnit.UG_PER_L),
    ("ug/l", FerritinUnit.UG_PER_L), ("mcg/L", FerritinUnit.UG_PER_L),
    ("pmol/L", FerritinUnit.PMOL_PER_L), ("µg/dL", FerritinUnit.UG_PER_DL),
    (" ug / dL ", FerritinUnit.UG_PER_DL),
])
def test_ferritin_units(text: str, unit: FerritinUnit) -> None:
    assert parse_ferritin_unit(text) is unit


@pytest.mark.parametrize(("text", "unit"), [
    ("AB/C", HlaDrUnit.AB_PER_CELL), ("molecules/cell", HlaDrUnit.AB_PER_CELL),
    ("mAb/cell", HlaDrUnit.AB_PER_CELL), ("%", HlaDrUnit.PERCENT_POSITIVE),
    ("MFI", HlaDrUnit.MFI),
])
def test_hla_dr_units(text: str, unit: HlaDrUnit) -> None:
    assert parse_hla_dr_unit(text) is unit
    assert unit.is_quantitative is (unit is HlaDrUnit.AB_PER_CELL)


@pytest.mark.parametrize("text", ["mg/L", "ng/dL", "nmol/L", "g/L", "", None])
def test_unknown_ferritin_unit_lists_accepted(text: str | None) -> None:
    with pytest.raises(InputError) as info:
        parse_ferritin_unit(text)
    assert "ng/mL" in info.value.message and "pmol/L" in info.value.message


def test_unknown_hla_dr_unit_lists_accepted() -> None:
    with pytest.raises(InputError, match="AB/C"):
        parse_hla_dr_unit("cells/µL")


@pytest.mark.parametrize(("value", "unit", "ng_ml"), [
    ("4420", FerritinUnit.NG_PER_ML, "4420"),
    ("4420", FerritinUnit.UG_PER_L, "4420"),
    ("442", FerritinUnit.UG_PER_DL, "4420"),
    ("9931.74", FerritinUnit.PMOL_PER_L, "4420"),
])
def test_conversion_exact(value: str, unit: FerritinUnit, ng_ml: str) -> None:
    assert ferritin_to_ng_per_ml(Decimal(value), unit)[0] == Decimal(ng_ml)


@given(st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False))
def test_pmol_round_trip(value: Decimal) -> None:
    ng = ferritin_to_ng_per_ml(value, FerritinUnit.PMOL_PER_L)[0]
    assert abs(ng * PMOL_PER_NG - value) < Decimal("1e-25")
