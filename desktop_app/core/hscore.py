"""HScore (Fardet 2014): nine variables, their points, and the published probability table.

An aid to the question "could this very high ferritin be haemophagocytic lymphohistiocytosis
(HLH) rather than MALS?", never a diagnosis; the result always carries the ICU caveats of
immunosep-reference §5.  Source table: Fardet L, et al. Arthritis Rheumatol 2014;66(9):2613-2620
(reproduced in Hindawi Case Rep Rheumatol 2017:5304180, Table 3; inclusivity as in
PMC7589537 Table 4: temperature "strictly < 38.4" and "strictly > 39.4").

A variable not given scores nothing: the score is then not computed, and the result says
between which totals (and which probabilities) it would lie.  Exact arithmetic throughout.

How a score between two rows of the probability table is reported (docs/scores.md): the table
gives probabilities at 90, 100, ... 250.  ``probability_percent`` is the value of the row at or
below the score (HScore 169 → the row 160, "40"), with the row above named beside it ("54" at
170); the app never interpolates.  Below the first row the value is "<1", from 250 on ">99".
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from desktop_app.core.inputs import Ferritin
from desktop_app.core.score_bands import Band, BandTable, read, show_fraction
from desktop_app.core.score_checks import check_temperature, unit_warnings
from desktop_app.core.score_findings import ScoreFinding, Term, finding
from desktop_app.core.score_units import Measurement
from desktop_app.core.values import ParsedValue

HSCORE_VERSION = "hscore-1.0 (Fardet 2014; probability: row at or below)"
HSCORE_SOURCES = (
    "Fardet L, Galicier L, Lambotte O, et al. Development and validation of the HScore, a score "
    "for the diagnosis of reactive hemophagocytic syndrome. Arthritis Rheumatol "
    "2014;66(9):2613-2620. doi:10.1002/art.38690",
    "Table as reproduced in https://www.hindawi.com/journals/crirh/2017/5304180/tab3/ and "
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC7589537/table/Tab4",
)


class Organomegaly(Enum):
    NONE = "none"
    HEPATOMEGALY = "hepatomegaly"
    SPLENOMEGALY = "splenomegaly"
    BOTH = "both"


class Variable(Enum):
    IMMUNOSUPPRESSION = "immunosuppression"
    TEMPERATURE = "temperature"
    ORGANOMEGALY = "organomegaly"
    CYTOPENIAS = "cytopenias"
    FERRITIN = "ferritin"
    TRIGLYCERIDES = "triglycerides"
    FIBRINOGEN = "fibrinogen"
    AST = "ast"
    HAEMOPHAGOCYTOSIS = "haemophagocytosis"


def _d(text: str) -> Decimal:
    return Decimal(text)


# Points per variable, as published.
IMMUNOSUPPRESSION_POINTS = 18  # HIV+ or long-term immunosuppressive therapy
HAEMOPHAGOCYTOSIS_POINTS = 35  # on bone-marrow aspirate
ORGANOMEGALY_POINTS = {Organomegaly.NONE: 0, Organomegaly.HEPATOMEGALY: 23,
                       Organomegaly.SPLENOMEGALY: 23, Organomegaly.BOTH: 38}
# Lineages among Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110 000/µL.  The table lists
# 1, 2 and 3 lineages; 0 scores like 1 (fewer cytopenias cannot score more).
CYTOPENIA_POINTS = {0: 0, 1: 0, 2: 24, 3: 34}
TEMPERATURE = BandTable("°C", (Band(0, high=_d("38.4")),
                               Band(33, _d("38.4"), True, _d("39.4"), True),
                               Band(49, _d("39.4"), False)))
FERRITIN = BandTable("ng/mL", (Band(0, high=_d("2000")),
                               Band(35, _d("2000"), True, _d("6000"), True),
                               Band(50, _d("6000"), False)))
TRIGLYCERIDES = BandTable("mmol/L", (Band(0, high=_d("1.5")),
                                     Band(44, _d("1.5"), True, _d("4"), True),
                                     Band(64, _d("4"), False)))
FIBRINOGEN = BandTable("g/L", (Band(30, high=_d("2.5"), high_inclusive=True),
                               Band(0, _d("2.5"), False)))
AST = BandTable("U/L", (Band(0, high=_d("30")), Band(19, _d("30"), True)))
MAX_SCORE = 337

# Probability of haemophagocytic syndrome by HScore, as published (percent, as printed).
PROBABILITY_TABLE: tuple[tuple[int, str], ...] = (
    (90, "<1"), (100, "1"), (110, "3"), (120, "5"), (130, "9"), (140, "16"), (150, "25"),
    (160, "40"), (170, "54"), (180, "70"), (190, "80"), (200, "88"), (210, "93"), (220, "96"),
    (230, "98"), (240, "99"), (250, ">99"),
)
BEST_CUTOFF = 169  # sensitivity 93 %, specificity 86 % in the derivation


@dataclass(frozen=True)
class HScoreInputs:
    """Units: temperature °C (highest); ferritin any unit ``core.units`` converts; triglycerides
    mmol/L; fibrinogen g/L or mg/dL; AST U/L; cytopenias 0-3 lineages.  ``None``: not known."""

    immunosuppression: bool | None = None
    temperature: ParsedValue | None = None
    organomegaly: Organomegaly | None = None
    cytopenias: int | None = None
    ferritin: Ferritin | None = None
    triglycerides: ParsedValue | None = None
    fibrinogen: Measurement | None = None
    ast: ParsedValue | None = None
    haemophagocytosis: bool | None = None

    def __post_init__(self) -> None:
        check_temperature(self.temperature, "temperature")
        if self.cytopenias is not None and self.cytopenias not in CYTOPENIA_POINTS:
            raise ValueError("cytopenias counts lineages: 0, 1, 2 or 3")


@dataclass(frozen=True)
class HScoreComponent:
    variable: Variable
    points: int | None
    possible: tuple[int, int]
    reason: ScoreFinding
    warnings: tuple[ScoreFinding, ...] = ()

    @property
    def assessed(self) -> bool:
        return self.points is not None


@dataclass(frozen=True)
class Probability:
    """The published table's value for a score: ``percent`` as printed, from ``row``."""

    percent: str  # "<1", "40", ">99"
    row: int  # the table row used: at or below the score (90 below the table)
    next_row: tuple[int, str] | None  # the row above when the score lies between two rows
    finding: ScoreFinding


@dataclass(frozen=True)
class HScoreResult:
    components: tuple[HScoreComponent, ...]
    inputs: HScoreInputs
    version: str = HSCORE_VERSION

    @property
    def possible(self) -> tuple[int, int]:
        return (sum(c.possible[0] for c in self.components),
                sum(c.possible[1] for c in self.components))

    @property
    def score(self) -> int | None:
        """The HScore, or ``None`` until every variable is known."""
        if not all(c.assessed for c in self.components):
            return None
        return self.possible[0]

    @property
    def probability(self) -> Probability | None:
        return None if self.score is None else probability(self.score)

    def component(self, variable: Variable) -> HScoreComponent:
        return next(c for c in self.components if c.variable is variable)

    @property
    def summary(self) -> ScoreFinding:
        if self.score is not None:
            return finding("hscore_total", score=self.score, maximum=MAX_SCORE)
        low, high = self.possible
        missing = tuple(Term(c.variable.value) for c in self.components if not c.assessed)
        return finding("hscore_incomplete", missing=missing, low=low, high=high,
                       low_percent=probability(low).percent,
                       high_percent=probability(high).percent)

    @property
    def statements(self) -> tuple[ScoreFinding, ...]:
        """What the HScore is and is not, always shown with it (reference §5)."""
        return tuple(finding(code) for code in (
            "hscore_aid_not_diagnosis", "hscore_derivation", "hscore_icu_not_validated",
            "hscore_icu_ferritin", "hscore_mals_not_hlh"))


def probability(score: int) -> Probability:
    """The table's value for ``score``: the row at or below it, never an interpolation."""
    first_row, first_percent = PROBABILITY_TABLE[0]
    if score < first_row:
        return Probability(first_percent, first_row, None, finding(
            "hscore_probability_below", score=score, row=first_row, percent=first_percent))
    row, percent = max((r for r in PROBABILITY_TABLE if r[0] <= score), key=lambda r: r[0])
    above = [r for r in PROBABILITY_TABLE if r[0] > score]
    if not above:
        return Probability(percent, row, None, finding(
            "hscore_probability_top", score=score, row=row, percent=percent))
    if row == score:
        return Probability(percent, row, None, finding(
            "hscore_probability_row", score=score, percent=percent))
    next_row, next_percent = above[0]
    return Probability(percent, row, (next_row, next_percent), finding(
        "hscore_probability_between", score=score, row=row, percent=percent,
        next_row=next_row, next_percent=next_percent))


def score_hscore(inputs: HScoreInputs) -> HScoreResult:
    i = inputs
    ferritin = None if i.ferritin is None else (
        i.ferritin.value, Fraction(i.ferritin.ng_per_ml), _ferritin_shown(i.ferritin),
        i.ferritin.unit.value)
    return HScoreResult((
        _yes_no(Variable.IMMUNOSUPPRESSION, i.immunosuppression, IMMUNOSUPPRESSION_POINTS),
        _banded(Variable.TEMPERATURE, i.temperature, TEMPERATURE),
        _category(Variable.ORGANOMEGALY, None if i.organomegaly is None else (
            _ORGANOMEGALY_TERMS[i.organomegaly], ORGANOMEGALY_POINTS[i.organomegaly]),
            max(ORGANOMEGALY_POINTS.values())),
        _cytopenias(i.cytopenias),
        _measured(Variable.FERRITIN, ferritin, FERRITIN),
        _banded(Variable.TRIGLYCERIDES, i.triglycerides, TRIGLYCERIDES),
        _measured(Variable.FIBRINOGEN, None if i.fibrinogen is None else (
            i.fibrinogen.value, i.fibrinogen.reference, _fibrinogen_shown(i.fibrinogen),
            i.fibrinogen.unit.symbol), FIBRINOGEN),
        _banded(Variable.AST, i.ast, AST),
        _yes_no(Variable.HAEMOPHAGOCYTOSIS, i.haemophagocytosis, HAEMOPHAGOCYTOSIS_POINTS),
    ), inputs)


_ORGANOMEGALY_TERMS = {Organomegaly.NONE: "organomegaly_none",
                       Organomegaly.HEPATOMEGALY: "hepatomegaly",
                       Organomegaly.SPLENOMEGALY: "splenomegaly",
                       Organomegaly.BOTH: "hepatosplenomegaly"}


def _missing(variable: Variable, high: int) -> HScoreComponent:
    return HScoreComponent(variable, None, (0, high),
                           finding("hscore_missing", variable=Term(variable.value), high=high))


def _category(variable: Variable, answer: tuple[str, int] | None, high: int
              ) -> HScoreComponent:
    if answer is None:
        return _missing(variable, high)
    term, points = answer
    return HScoreComponent(variable, points, (points, points), finding(
        "hscore_category", variable=Term(variable.value), category=Term(term), points=points))


def _yes_no(variable: Variable, answer: bool | None, points: int) -> HScoreComponent:
    return _category(variable, None if answer is None else (
        "yes" if answer else "no", points if answer else 0), points)


def _cytopenias(count: int | None) -> HScoreComponent:
    v = Variable.CYTOPENIAS
    if count is None:
        return _missing(v, max(CYTOPENIA_POINTS.values()))
    points = CYTOPENIA_POINTS[count]
    return HScoreComponent(v, points, (points, points), finding(
        "hscore_cytopenias", count=count, points=points))


def _banded(variable: Variable, value: ParsedValue | None, table: BandTable) -> HScoreComponent:
    return _measured(variable, None if value is None else (
        value, Fraction(value.value), f"{value.display()} {table.unit}", table.unit), table)


def _measured(variable: Variable, value: tuple[ParsedValue, Fraction, str, str] | None,
              table: BandTable) -> HScoreComponent:
    """``value``: (as entered, in the table's unit, shown with any conversion, unit entered)."""
    high = max(b.points for b in table.bands)
    if value is None:
        return _missing(variable, high)
    parsed, x, shown, unit = value
    reading = read(table, parsed.comparator, x)
    warnings = unit_warnings(variable.value, parsed, unit)
    if not reading.decided:
        return HScoreComponent(variable, None, (reading.low, reading.high), finding(
            "hscore_open", variable=Term(variable.value), value=shown, low=reading.low,
            high=reading.high), warnings)
    return HScoreComponent(variable, reading.low, (reading.low, reading.low), finding(
        "hscore_scored", variable=Term(variable.value), value=shown,
        comparison=reading.comparison, points=reading.low), warnings)


def _ferritin_shown(f: Ferritin) -> str:
    """``"9932 pmol/L ÷ 2.247 ≈ 4420.12 ng/mL"``: the phenotype's own conversion text."""
    if not f.converts:
        return f"{f.value.display()} {f.unit.value}"
    x = Fraction(f.ng_per_ml)
    shown = show_fraction(x, FERRITIN.nearest_edge(x))
    approx = "≈" if shown.startswith("≈") else ""
    return f.conversion.describe(
        f.value.display(), f"{approx}{f.value.comparator.symbol}{shown.removeprefix('≈')}")


def _fibrinogen_shown(m: Measurement) -> str:
    return m.converted_text(show_fraction(m.reference, FIBRINOGEN.nearest_edge(m.reference)))
