"""Units of the SOFA and HScore inputs, and the one place where they are converted.

Every score is decided in the unit of the column the app treats as authoritative (SOFA: the
conventional column, mm Hg and mg/dL; HScore: g/L), so the same patient scores the same whatever
unit the laboratory reports (docs/scores.md, "Which column decides").  Factors and sources:

- PaO2: 1 kPa = 7.50062 mm Hg.  NIST SP 811 (2008) appendix B.8: 1 mm Hg (conventional) =
  1.333224 E+02 Pa, so 1 kPa = 1000 / 133.3224 mm Hg = 7.500615... ≈ 7.50062 (six significant
  digits, 3 in 10^7 from the exact value: it moves a SOFA edge by less than 0.0001 kPa).
- Bilirubin: 1 mg/dL = 17.1 µmol/L (molar mass of C33H36N4O6 584.66 g/mol: 10 mg/L ÷
  584.66 g/mol = 17.104 µmol/L, rounded as in SI conversion tables).
- Creatinine: 1 mg/dL = 88.4 µmol/L (molar mass of C4H7N3O 113.12 g/mol: 10 mg/L ÷
  113.12 g/mol = 88.40 µmol/L).
- Fibrinogen: 1 g/L = 100 mg/dL (a change of prefix, exact).

Ferritin (HScore) is converted by ``core.units``, the same conversion the phenotype uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from desktop_app.core.findings import Term, Text
from desktop_app.core.values import InputError, ParsedValue, format_decimal


class Analyte(Enum):
    PAO2 = "pao2"
    BILIRUBIN = "bilirubin"
    CREATININE = "creatinine"
    FIBRINOGEN = "fibrinogen"


@dataclass(frozen=True)
class ScoreUnit:
    """A unit an analyte may be entered in, and how it becomes the reference unit."""

    analyte: Analyte
    symbol: str  # as shown: "kPa", "µmol/L"
    reference: str  # the unit the score table is decided in
    factor: Decimal = Decimal(1)
    divide: bool = False  # reference = value ÷ factor (else value × factor)

    @property
    def converts(self) -> bool:
        return self.symbol != self.reference

    def to_reference(self, value: Decimal) -> Fraction:
        """The value (or a censoring bound) in the reference unit, exactly."""
        f = Fraction(self.factor)
        return Fraction(value) / f if self.divide else Fraction(value) * f

    @property
    def factor_text(self) -> str:
        return f"{'÷' if self.divide else '×'} {format_decimal(self.factor)}"


MMHG = ScoreUnit(Analyte.PAO2, "mmHg", "mmHg")
KPA = ScoreUnit(Analyte.PAO2, "kPa", "mmHg", Decimal("7.50062"))
BILIRUBIN_MG_DL = ScoreUnit(Analyte.BILIRUBIN, "mg/dL", "mg/dL")
BILIRUBIN_UMOL_L = ScoreUnit(Analyte.BILIRUBIN, "µmol/L", "mg/dL", Decimal("17.1"), divide=True)
CREATININE_MG_DL = ScoreUnit(Analyte.CREATININE, "mg/dL", "mg/dL")
CREATININE_UMOL_L = ScoreUnit(Analyte.CREATININE, "µmol/L", "mg/dL", Decimal("88.4"),
                              divide=True)
FIBRINOGEN_G_L = ScoreUnit(Analyte.FIBRINOGEN, "g/L", "g/L")
FIBRINOGEN_MG_DL = ScoreUnit(Analyte.FIBRINOGEN, "mg/dL", "g/L", Decimal(100), divide=True)

UNITS: dict[Analyte, tuple[ScoreUnit, ...]] = {
    Analyte.PAO2: (KPA, MMHG),
    Analyte.BILIRUBIN: (BILIRUBIN_UMOL_L, BILIRUBIN_MG_DL),
    Analyte.CREATININE: (CREATININE_UMOL_L, CREATININE_MG_DL),
    Analyte.FIBRINOGEN: (FIBRINOGEN_G_L, FIBRINOGEN_MG_DL),
}


def _normalise(text: str) -> str:
    # "µ" (micro sign), "μ" (Greek mu) and "u" all mean micro; spacing and case carry nothing.
    folded = "".join(text.split()).lower()
    return folded.replace("µ", "u").replace("μ", "u")


def accepted(analyte: Analyte) -> str:
    return " or ".join(u.symbol for u in UNITS[analyte])


def parse_score_unit(analyte: Analyte, text: str | None, *, field: str) -> ScoreUnit:
    """The unit written in ``text``; never a default, since every unit here changes points."""
    if text is None or not text.strip():
        raise InputError(field, "unit_missing", variant="score",
                         params=(("accepted", Text(accepted(analyte))),))
    key = _normalise(text)
    for unit in UNITS[analyte]:
        if key == _normalise(unit.symbol):
            return unit
    raise InputError(field, "unit_unknown", variant="score", params=(
        ("text", Text(text.strip())), ("analyte", Term(analyte.value)),
        ("accepted", Text(accepted(analyte)))))


@dataclass(frozen=True)
class Measurement:
    """A value as entered, its unit, and the value in the table's reference unit."""

    value: ParsedValue
    unit: ScoreUnit

    @property
    def reference(self) -> Fraction:
        return self.unit.to_reference(self.value.value)

    @property
    def entered(self) -> str:
        """E.g. ``"34 µmol/L"`` or ``">40000 ng/mL"``: the value as entered, canonical form."""
        return f"{self.value.display()} {self.unit.symbol}"

    def converted_text(self, shown: str) -> str:
        """``"34 µmol/L ÷ 17.1 ≈ 1.99 mg/dL"`` given the converted number as displayed
        (``"≈1.99"``); just the value and unit when nothing is converted."""
        if not self.unit.converts:
            return self.entered
        return (f"{self.entered} {self.unit.factor_text} {equals_sign(shown)} "
                f"{self.value.comparator.symbol}{shown.removeprefix('≈')} {self.unit.reference}")


def equals_sign(shown: str) -> str:
    """"≈" for a rounded display (``"≈1.99"``), "=" for an exact one."""
    return "≈" if shown.startswith("≈") else "="
