"""Units of the two analytes and the one place where ferritin is converted to ng/mL.

Ferritin: 1 ng/mL = 1 µg/L; 1 ng/mL = 2.247 pmol/L; 1 µg/dL = 10 ng/mL
(immunosep-reference §3.1).  HLA-DR must be antibodies bound per cell (QuantiBRITE, AB/C);
"% positive monocytes" and MFI are other quantities that cannot be converted (§3.2), so they are
recognised, kept, and refused for the immunoparalysis criterion.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal
from enum import Enum

from desktop_app.core.findings import Sentence, Text
from desktop_app.core.values import InputError

PMOL_PER_NG = Decimal("2.247")
# Explicit context: the result must not depend on whatever decimal context the caller set.
_EXACT = Context(prec=34)


class FerritinUnit(Enum):
    NG_PER_ML = "ng/mL"
    UG_PER_L = "µg/L"
    PMOL_PER_L = "pmol/L"
    UG_PER_DL = "µg/dL"


class HlaDrUnit(Enum):
    AB_PER_CELL = "AB/C"
    PERCENT_POSITIVE = "% positive"
    MFI = "MFI"

    @property
    def is_quantitative(self) -> bool:
        """Only antibodies bound per cell can be compared with the 5000 AB/C threshold."""
        return self is HlaDrUnit.AB_PER_CELL


def _key(text: str) -> str:
    # µ (U+00B5, micro sign) and μ (U+03BC, Greek mu) are both typed for "micro"; "u" too.
    return "".join(text.split()).lower().replace("µ", "u").replace("μ", "u").replace("mcg", "ug")


_FERRITIN_SYNONYMS = {
    "ng/ml": FerritinUnit.NG_PER_ML,
    "ug/l": FerritinUnit.UG_PER_L,
    "pmol/l": FerritinUnit.PMOL_PER_L,
    "ug/dl": FerritinUnit.UG_PER_DL,
}
_HLA_DR_SYNONYMS = {
    "ab/c": HlaDrUnit.AB_PER_CELL,
    "abc": HlaDrUnit.AB_PER_CELL,
    "ab/cell": HlaDrUnit.AB_PER_CELL,
    "molecules/cell": HlaDrUnit.AB_PER_CELL,
    "molecules/monocyte": HlaDrUnit.AB_PER_CELL,
    "mab/cell": HlaDrUnit.AB_PER_CELL,
    "antibodies/cell": HlaDrUnit.AB_PER_CELL,
    "%": HlaDrUnit.PERCENT_POSITIVE,
    "%positive": HlaDrUnit.PERCENT_POSITIVE,
    "%pos": HlaDrUnit.PERCENT_POSITIVE,
    "percent": HlaDrUnit.PERCENT_POSITIVE,
    "mfi": HlaDrUnit.MFI,
}

FERRITIN_UNITS_ACCEPTED = "ng/mL, µg/L (ug/L), pmol/L, µg/dL (ug/dL)"


def parse_ferritin_unit(text: str | None, *, field: str = "ferritin unit") -> FerritinUnit:
    """Map a unit as written by a person or a LIS to a ``FerritinUnit``; refuse anything else."""
    accepted = ("accepted", Text(FERRITIN_UNITS_ACCEPTED))
    if text is None or not text.strip():
        raise InputError(field, "unit_missing", params=(accepted,), variant="ferritin")
    unit = _FERRITIN_SYNONYMS.get(_key(text))
    if unit is None:
        raise InputError(field, "unit_unknown", params=(("text", Text(text)), accepted),
                         variant="ferritin")
    return unit


def parse_hla_dr_unit(text: str | None, *, field: str = "HLA-DR unit") -> HlaDrUnit:
    """Map an HLA-DR unit to ``HlaDrUnit``: AB/C, or % / MFI (recognised but not usable)."""
    accepted = ("accepted", Sentence("units_accepted.hla_dr"))  # worded per language
    if text is None or not text.strip():
        raise InputError(field, "unit_missing", params=(accepted,), variant="hla_dr")
    unit = _HLA_DR_SYNONYMS.get(_key(text))
    if unit is None:
        raise InputError(field, "unit_unknown", params=(("text", Text(text)), accepted),
                         variant="hla_dr")
    return unit


@dataclass(frozen=True)
class Conversion:
    """How an entered ferritin value became ng/mL, for display next to every result."""

    unit: FerritinUnit
    factor_text: str  # e.g. "÷ 2.247"; "" when the units are identical

    def describe(self, entered: str, converted: str) -> str:
        """E.g. "9932 pmol/L ÷ 2.247 ≈ 4420.12 ng/mL" (``converted`` may start with "≈")."""
        eq = "≈ " if converted.startswith("≈") else "= "
        converted = converted.lstrip("≈")
        if self.unit is FerritinUnit.NG_PER_ML:
            return f"{entered} ng/mL (no conversion)"
        if not self.factor_text:
            return f"{entered} {self.unit.value} {eq}{converted} ng/mL (1 µg/L = 1 ng/mL)"
        return f"{entered} {self.unit.value} {self.factor_text} {eq}{converted} ng/mL"


def conversion_of(unit: FerritinUnit) -> Conversion:
    """How a ferritin value in ``unit`` becomes ng/mL, for display."""
    factor = {FerritinUnit.PMOL_PER_L: "÷ 2.247", FerritinUnit.UG_PER_DL: "× 10"}.get(unit, "")
    return Conversion(unit, factor)


def ferritin_to_ng_per_ml(value: Decimal, unit: FerritinUnit) -> tuple[Decimal, Conversion]:
    """Convert a ferritin value (or a censoring bound) to ng/mL exactly where possible.

    All factors are positive, so a bound stays a bound of the same direction.
    """
    if unit is FerritinUnit.PMOL_PER_L:
        return _EXACT.divide(value, PMOL_PER_NG), conversion_of(unit)
    if unit is FerritinUnit.UG_PER_DL:
        return _EXACT.multiply(value, Decimal(10)), conversion_of(unit)
    return value, conversion_of(unit)


def ng_per_ml_in_unit(threshold: Decimal, unit: FerritinUnit) -> Decimal:
    """A ferritin amount given in ng/mL, expressed exactly in ``unit`` (the inverse of
    ``ferritin_to_ng_per_ml``): 4420 ng/mL is 9931.74 pmol/L and 442 µg/dL.

    The rule compares a ferritin value in the unit it was entered in with its threshold
    converted this way.  The factors are exact decimals (× 2.247, ÷ 10), so the converted
    threshold is exact and no rounding of the entered value can move it across a threshold.
    """
    if unit is FerritinUnit.PMOL_PER_L:
        return _WIDE.multiply(threshold, PMOL_PER_NG)
    if unit is FerritinUnit.UG_PER_DL:
        return _WIDE.divide(threshold, Decimal(10))
    return threshold


_WIDE = Context(prec=80)  # exact for every threshold with up to 70 significant digits
