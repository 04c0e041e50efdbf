"""SOFA: six organ systems, each scored 0-4 with its reason, or "not assessed" and why.

Pure function ``score_sofa(inputs) -> SofaResult``.  The table and its boundary convention are in
``core.sofa_table``; unit conversions in ``core.score_units``.  Principles:

- A missing input is unknown, never 0.  A component gets points only when the inputs given fix
  them: with norepinephrine 0.2 µg/kg/min the cardiovascular score is 4 whatever else runs, but
  with norepinephrine 0.05 it is 3 only once dopamine and epinephrine are known (either could
  make it 4).  Otherwise the component is "not assessed", with the points still possible and
  the inputs still needed.
- The total is the sum of the assessed components and always says how many it rests on.
- Arithmetic is exact (``Fraction``); a censored laboratory value (``<5`` µmol/L bilirubin)
  scores only when every value it allows lies in one band.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from desktop_app.core import sofa_table as table
from desktop_app.core.score_bands import BandTable, Reading, read
from desktop_app.core.score_checks import (
    check_fio2,
    check_gcs,
    check_positive,
    check_possible,
    unit_warnings,
)
from desktop_app.core.score_findings import ScoreFinding, Term, finding, terms
from desktop_app.core.score_units import Measurement, ScoreUnit, equals_sign
from desktop_app.core.values import Comparator, ParsedValue


class Organ(Enum):
    RESPIRATION = "respiration"
    COAGULATION = "coagulation"
    LIVER = "liver"
    CARDIOVASCULAR = "cardiovascular"
    CNS = "cns"
    RENAL = "renal"


@dataclass(frozen=True)
class SofaInputs:
    """One SOFA assessment's inputs.  ``None`` is "not known", never 0.

    Units: PaO2 as a ``Measurement`` (kPa or mm Hg); FiO2 a fraction 0.21-1; platelets
    ×10³/µL (= ×10⁹/L); bilirubin and creatinine ``Measurement`` (µmol/L or mg/dL); MAP mm Hg;
    dopamine, epinephrine, norepinephrine µg/kg/min given ≥ 1 h (0 = not running); GCS 3-15;
    urine output mL/day.
    """

    pao2: Measurement | None = None
    fio2: ParsedValue | None = None
    respiratory_support: bool | None = None
    platelets: ParsedValue | None = None
    bilirubin: Measurement | None = None
    map: ParsedValue | None = None
    dopamine: ParsedValue | None = None
    dobutamine: bool | None = None
    epinephrine: ParsedValue | None = None
    norepinephrine: ParsedValue | None = None
    gcs: ParsedValue | None = None
    creatinine: Measurement | None = None
    urine_output: ParsedValue | None = None

    def __post_init__(self) -> None:
        check_fio2(self.fio2, "FiO2")
        check_gcs(self.gcs, "GCS")
        check_positive(self.pao2.value if self.pao2 else None, "PaO2")
        for name in ("platelets", "bilirubin", "map", "dopamine", "epinephrine",
                     "norepinephrine", "creatinine", "urine_output"):
            value = getattr(self, name)
            check_possible(value.value if isinstance(value, Measurement) else value, name)


@dataclass(frozen=True)
class SofaComponent:
    """One organ system: its points (``None`` = not assessed) and why."""

    organ: Organ
    points: int | None
    possible: tuple[int, int]  # lowest and highest points the inputs given still allow
    reason: ScoreFinding
    criteria: tuple[ScoreFinding, ...] = ()  # every input evaluated, with its inequality
    notes: tuple[ScoreFinding, ...] = ()
    warnings: tuple[ScoreFinding, ...] = ()

    @property
    def assessed(self) -> bool:
        return self.points is not None


@dataclass(frozen=True)
class SofaResult:
    components: tuple[SofaComponent, ...]  # in ``Organ`` order
    inputs: SofaInputs
    version: str = table.SOFA_VERSION

    @property
    def total(self) -> int:
        return sum(c.points for c in self.components if c.points is not None)

    @property
    def assessed_components(self) -> int:
        return sum(c.assessed for c in self.components)

    @property
    def complete(self) -> bool:
        return self.assessed_components == len(Organ)

    @property
    def possible_total(self) -> tuple[int, int]:
        return (sum(c.possible[0] for c in self.components),
                sum(c.possible[1] for c in self.components))

    def component(self, organ: Organ) -> SofaComponent:
        return next(c for c in self.components if c.organ is organ)

    @property
    def summary(self) -> ScoreFinding:
        if self.complete:
            return finding("sofa_total", total=self.total)
        low, high = self.possible_total
        missing = tuple(Term(c.organ.value) for c in self.components if not c.assessed)
        return finding("sofa_total_partial", total=self.total,
                       assessed=self.assessed_components, missing=missing, low=low, high=high)


def score_sofa(inputs: SofaInputs) -> SofaResult:
    """Score every organ system of ``inputs``; see the module docstring for the principles."""
    return SofaResult((
        _respiration(inputs),
        _single(Organ.COAGULATION, "platelets", inputs.platelets, table.COAGULATION),
        _single(Organ.LIVER, "bilirubin", inputs.bilirubin, table.LIVER, table.LIVER_UMOL_L),
        _cardiovascular(inputs),
        _single(Organ.CNS, "gcs", inputs.gcs, table.CNS),
        _renal(inputs),
    ), inputs)


# --- one criterion: an input placed in its table ----------------------------------------------

@dataclass(frozen=True)
class _Criterion:
    key: str  # TERMS key of the input
    low: int
    high: int
    finding: ScoreFinding | None = None  # None when the input is missing
    notes: tuple[ScoreFinding, ...] = ()
    warnings: tuple[ScoreFinding, ...] = ()

    @property
    def given(self) -> bool:
        return self.finding is not None


def _missing(key: str, band_table: BandTable) -> _Criterion:
    points = [b.points for b in band_table.bands]
    return _Criterion(key, min(points), max(points))


def _criterion(key: str, value: ParsedValue | Measurement | None, band_table: BandTable,
               si_table: BandTable | None = None) -> _Criterion:
    """Place ``value`` in ``band_table``; a ``Measurement`` is converted to the table's unit."""
    if value is None:
        return _missing(key, band_table)
    parsed, unit = (value.value, value.unit) if isinstance(value, Measurement) else (value, None)
    x = unit.to_reference(parsed.value) if unit else Fraction(parsed.value)
    reading = read(band_table, parsed.comparator, x)
    shown = _shown(value, reading, band_table.unit)
    notes = _column_note(parsed, unit, reading, si_table)
    return _Criterion(key, reading.low, reading.high, _criterion_finding(key, shown, reading),
                      notes, unit_warnings(key, parsed, unit or band_table.unit))


def _shown(value: ParsedValue | Measurement, reading: Reading, unit_text: str) -> str:
    """The value as entered and, when converted, as used: ``"34 µmol/L ÷ 17.1 ≈ 1.99 mg/dL"``."""
    if isinstance(value, Measurement):
        return value.converted_text(reading.shown)
    return f"{value.display()} {unit_text}".rstrip()


def _criterion_finding(key: str, shown: str, reading: Reading) -> ScoreFinding:
    if not reading.decided:
        return finding("sofa_criterion_open", criterion=Term(key), value=shown,
                       low=reading.low, high=reading.high)
    return finding("sofa_criterion", criterion=Term(key), value=shown,
                   comparison=reading.comparison, points=reading.low)


def _column_note(parsed: ParsedValue, unit: ScoreUnit | None, reading: Reading,
                 si_table: BandTable | None) -> tuple[ScoreFinding, ...]:
    """Say so when the table's own SI column would put the entered value in another row."""
    if si_table is None or unit is None or not unit.converts or not reading.decided:
        return ()
    si = read(si_table, parsed.comparator, Fraction(parsed.value))
    if not si.decided or si.low == reading.low:
        return ()
    return (finding("sofa_column_differs", unit=unit.symbol,
                    value=f"{parsed.display()} {unit.symbol}", other_points=si.low,
                    reference=unit.reference, points=reading.low),)


# --- components --------------------------------------------------------------------------------

def _combine(organ: Organ, criteria: Sequence[_Criterion]) -> SofaComponent:
    """Points = the highest of the criteria (renal: creatinine or urine output; cardiovascular:
    MAP or any catecholamine), decided only when no unknown input could raise it."""
    low = max(c.low for c in criteria)
    high = max(c.high for c in criteria)
    given = tuple(c.finding for c in criteria if c.finding is not None)
    notes = tuple(n for c in criteria for n in c.notes)
    warnings = tuple(w for c in criteria for w in c.warnings)
    if low == high:
        decider = next(c for c in criteria if c.given and c.low == low and c.high == low)
        assert decider.finding is not None
        return SofaComponent(organ, low, (low, low), decider.finding, given, notes, warnings)
    needed = tuple(Term(c.key) for c in criteria if c.high > low and c.low != c.high)
    if not given:
        reason = finding("sofa_missing", needed=needed)
    else:
        reason = finding("sofa_undetermined", low=low, high=high, needed=needed)
    return SofaComponent(organ, None, (low, high), reason, given, notes, warnings)


def _single(organ: Organ, key: str, value: ParsedValue | Measurement | None,
            band_table: BandTable, si_table: BandTable | None = None) -> SofaComponent:
    return _combine(organ, [_criterion(key, value, band_table, si_table)])


def _renal(i: SofaInputs) -> SofaComponent:
    return _combine(Organ.RENAL, [
        _criterion("creatinine", i.creatinine, table.RENAL_CREATININE,
                   table.RENAL_CREATININE_UMOL_L),
        _criterion("urine_output", i.urine_output, table.RENAL_URINE),
    ])


def _cardiovascular(i: SofaInputs) -> SofaComponent:
    if i.dobutamine is None:
        dobutamine = _Criterion("dobutamine", 0, table.DOBUTAMINE_POINTS)
    else:
        points = table.DOBUTAMINE_POINTS if i.dobutamine else 0
        dobutamine = _Criterion("dobutamine", points, points, finding(
            "sofa_dobutamine" if i.dobutamine else "sofa_dobutamine_none", points=points))
    return _combine(Organ.CARDIOVASCULAR, [
        _drug("norepinephrine", i.norepinephrine, table.NOREPINEPHRINE),
        _drug("epinephrine", i.epinephrine, table.EPINEPHRINE),
        _drug("dopamine", i.dopamine, table.DOPAMINE),
        dobutamine,
        _criterion("map", i.map, table.MAP),
    ])


def _drug(key: str, dose: ParsedValue | None, band_table: BandTable) -> _Criterion:
    criterion = _criterion(key, dose, band_table)
    if dose is not None and dose.comparator is Comparator.EQ and dose.value == 0:
        return replace(criterion, finding=finding("sofa_not_running", criterion=Term(key)))
    return criterion


def _respiration(i: SofaInputs) -> SofaComponent:
    """PaO2/FiO2 row; 3 and 4 points only with respiratory support (otherwise 2)."""
    organ = Organ.RESPIRATION
    if i.pao2 is None or i.fio2 is None:
        return SofaComponent(organ, None, (0, 4), finding("sofa_missing", needed=terms(
            *(k for k, v in (("pao2", i.pao2), ("fio2", i.fio2)) if v is None))))
    pao2, fio2, support = i.pao2, i.fio2.value, i.respiratory_support
    reading = read(table.RESPIRATION, pao2.value.comparator, pao2.reference / Fraction(fio2))
    shown = _ratio_shown(pao2, fio2, reading)
    ratio = _criterion_finding("pao2_fio2", shown, reading)
    notes = _ratio_note(pao2, fio2, reading)
    warnings = unit_warnings("pao2", pao2.value, pao2.unit)
    # Unknown support: the fewest points are those without it, the most those with it.
    low = _with_support(reading.low, support is True)
    high = _with_support(reading.high, support is not False)
    if low != high:
        needed = tuple(Term(k) for k, open_ in (
            ("pao2", not reading.decided),
            ("respiratory_support", support is None and reading.high > 2)) if open_)
        return SofaComponent(organ, None, (low, high), finding(
            "sofa_undetermined", low=low, high=high, needed=needed), (ratio,), notes, warnings)
    if reading.high <= 2:
        reason = ratio
    else:
        code = "sofa_respiration_support" if support else "sofa_respiration_no_support"
        reason = finding(code, value=shown, comparison=reading.comparison, points=low)
    return SofaComponent(organ, low, (low, low), reason, (ratio,), notes, warnings)


def _with_support(band_points: int, support: bool) -> int:
    return band_points if band_points <= 2 or support else 2


def _ratio_shown(pao2: Measurement, fio2: Decimal, reading: Reading) -> str:
    """E.g. ``"(9.5 kPa × 7.50062) / 0.4 ≈ 178.14 mmHg"`` or ``"80 mmHg / 0.5 = 160 mmHg"``."""
    entered = pao2.value.display()
    numerator = (f"({entered} {pao2.unit.symbol} {pao2.unit.factor_text})" if pao2.unit.converts
                 else f"{entered} {pao2.unit.symbol}")
    symbol = pao2.value.comparator.symbol
    return (f"{numerator} / {fio2} {equals_sign(reading.shown)} {symbol}"
            f"{reading.shown.removeprefix('≈')} {table.RESPIRATION.unit}")


def _ratio_note(pao2: Measurement, fio2: Decimal, reading: Reading
                ) -> tuple[ScoreFinding, ...]:
    """PaO2/FiO2 in kPa read in the table's own kPa column, when that gives another row."""
    if not pao2.unit.converts or not reading.decided:
        return ()
    si = read(table.RESPIRATION_KPA, pao2.value.comparator,
              Fraction(pao2.value.value) / Fraction(fio2))
    if not si.decided or si.low == reading.low:
        return ()
    value = (f"{pao2.entered} / {fio2} {equals_sign(si.shown)} "
             f"{pao2.value.comparator.symbol}{si.shown.removeprefix('≈')} {pao2.unit.symbol}")
    return (finding("sofa_column_differs", unit=pao2.unit.symbol, value=value,
                    other_points=si.low, reference=pao2.unit.reference, points=reading.low),)

