"""The SOFA table as data: Vincent 1996 as reproduced in Singer 2016 (JAMA) Table 1.

Source: immunosep-reference §4.1 (https://pmc.ncbi.nlm.nih.gov/articles/PMC4968574/table/T1).
The printed table leaves gaps and differs between published versions at some edges (reference
§7 item 20), so every edge below is a *choice*, written down with its reason in docs/scores.md
("Boundary convention") and tested at, just below and just above the edge:

- A band runs from its printed lower limit (inclusive) up to the next band's lower limit
  (exclusive).  The conventional columns print limits to 0.1 mg/dL, so "1.2-1.9" is read as
  1.2 ≤ x < 2.0 (nothing between 1.9 and 2.0 is left unscored), and the top band "> 12.0"
  bilirubin / "> 5.0" creatinine starts at 12.0 / 5.0 inclusive: the µmol/L column of the same
  table puts 12.0 mg/dL (205.2 µmol/L, "> 204") and 5.0 mg/dL (442 µmol/L, "> 440") in the top
  band, and "11.9" / "4.9" end the band below.
- "< 400", "< 300" ... and "< 150", "< 100" ... are used as printed (strict), so 400 and 150
  score 0.  (An UpToDate-style calculator uses "≤ 300 → 2", reference §4.1; not adopted.)
- Dopamine: 2 points for 0 < dose ≤ 5, 3 points for 5 < dose ≤ 15, 4 points above 15.
  Singer prints "< 5" and "5.1-15", which leaves 5.0 ≤ dose < 5.1 unscored; the "≤ 5" reading
  (reference §4.1: published versions use "≤ 5") is the only one that gives 5.0 a band without
  contradicting Singer's "5.1-15".  Epinephrine / norepinephrine: ≤ 0.1 → 3, > 0.1 → 4, as
  printed.  Doses are µg/kg/min given for at least 1 hour (Singer, table footnote).
- Respiration scores 3 or 4 only with respiratory support, as printed; without it a ratio
  below 200 scores 2.
- Urine output: < 200 mL/day → 4, < 500 mL/day → 3, as printed; renal points are the higher of
  the creatinine and the urine-output points.

The conventional columns (mm Hg, mg/dL) decide; values entered in kPa or µmol/L are converted
exactly (``core.score_units``).  The table's own kPa and µmol/L columns are not exact
conversions of the conventional ones (creatinine 171 µmol/L is 1.93 mg/dL), so they are kept
here only to say so when a value falls where the two columns disagree.
"""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.score_bands import Band, BandTable

SOFA_VERSION = "sofa-1.0 (Vincent 1996 as in Singer 2016 Table 1; lower-edge convention)"
SOFA_SOURCES = (
    "Vincent JL, Moreno R, Takala J, et al. The SOFA (Sepsis-related Organ Failure Assessment) "
    "score to describe organ dysfunction/failure. Intensive Care Med 1996;22(7):707-710.",
    "Singer M, Deutschman CS, Seymour CW, et al. The Third International Consensus Definitions "
    "for Sepsis and Septic Shock (Sepsis-3). JAMA 2016;315(8):801-810, Table 1. "
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC4968574/table/T1",
)
MAX_COMPONENT_POINTS = 4


def _d(text: str) -> Decimal:
    return Decimal(text)


def _falling(unit: str, edges: tuple[str, str, str, str]) -> BandTable:
    """4 points below the first edge ... 0 points at or above the last ("< 400" style rows)."""
    e = [_d(x) for x in edges]
    return BandTable(unit, (
        Band(4, high=e[0]),
        Band(3, e[0], True, e[1]),
        Band(2, e[1], True, e[2]),
        Band(1, e[2], True, e[3]),
        Band(0, e[3], True),
    ))


def _rising(unit: str, edges: tuple[str, str, str, str], *, top_inclusive: bool = True
            ) -> BandTable:
    """0 points below the first edge ... 4 points from the last edge up (bilirubin style)."""
    e = [_d(x) for x in edges]
    return BandTable(unit, (
        Band(0, high=e[0]),
        Band(1, e[0], True, e[1]),
        Band(2, e[1], True, e[2]),
        Band(3, e[2], True, e[3], high_inclusive=not top_inclusive),
        Band(4, e[3], top_inclusive),
    ))


# PaO2/FiO2 in mm Hg: ≥400 → 0; <400 → 1; <300 → 2; <200 → 3*; <100 → 4* (*with support).
RESPIRATION = _falling("mmHg", ("100", "200", "300", "400"))
# Platelets ×10³/µL: ≥150 → 0; <150 → 1; <100 → 2; <50 → 3; <20 → 4.
COAGULATION = _falling("×10³/µL", ("20", "50", "100", "150"))
# Bilirubin mg/dL: <1.2 → 0; 1.2-1.9 → 1; 2.0-5.9 → 2; 6.0-11.9 → 3; >12.0 → 4.
LIVER = _rising("mg/dL", ("1.2", "2.0", "6.0", "12.0"))
# Creatinine mg/dL: <1.2 → 0; 1.2-1.9 → 1; 2.0-3.4 → 2; 3.5-4.9 → 3; >5.0 → 4.
RENAL_CREATININE = _rising("mg/dL", ("1.2", "2.0", "3.5", "5.0"))
# Urine output mL/day: <200 → 4; <500 → 3; otherwise 0.
RENAL_URINE = BandTable("mL/day", (
    Band(4, high=_d("200")),
    Band(3, _d("200"), True, _d("500")),
    Band(0, _d("500"), True),
))
# GCS 3-15 (integers): 15 → 0; 13-14 → 1; 10-12 → 2; 6-9 → 3; <6 → 4.
CNS = _falling("", ("6", "10", "13", "15"))  # GCS has no unit
# MAP mm Hg, when no catecholamine runs: <70 → 1; ≥70 → 0.
MAP = BandTable("mmHg", (Band(1, high=_d("70")), Band(0, _d("70"), True)))
# Catecholamines, µg/kg/min for ≥ 1 h.  0 means not running.
DOPAMINE = BandTable("µg/kg/min", (
    Band(0, _d("0"), True, _d("0"), True),
    Band(2, _d("0"), False, _d("5"), True),
    Band(3, _d("5"), False, _d("15"), True),
    Band(4, _d("15"), False),
))
EPINEPHRINE = NOREPINEPHRINE = BandTable("µg/kg/min", (
    Band(0, _d("0"), True, _d("0"), True),
    Band(3, _d("0"), False, _d("0.1"), True),
    Band(4, _d("0.1"), False),
))
DOBUTAMINE_POINTS = 2  # "dobutamine (any dose)"

# The table's SI columns as printed, read with the same convention (only used to point out
# where they disagree with the conventional columns that decide).
RESPIRATION_KPA = _falling("kPa", ("13.3", "26.7", "40", "53.3"))
LIVER_UMOL_L = _rising("µmol/L", ("20", "33", "102", "204"), top_inclusive=False)
RENAL_CREATININE_UMOL_L = _rising("µmol/L", ("110", "171", "300", "440"), top_inclusive=False)
