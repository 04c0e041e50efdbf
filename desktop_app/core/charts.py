"""What the charts show, described once for both the screen (pyqtgraph) and the PDF (reportlab).

Plain data only: values in natural units (ng/mL, AB/C, percent); each renderer decides how to
draw a log axis.  Every text is written in the language of ``tr`` (``core.words``; English by
default), so the screen and the PDF draw labels as they are.  Colours come from the Okabe-Ito
colour-blind-safe palette, and every phenotype also has its own marker shape and text label,
so colour is never the only cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop_app.core.evidence import Comparison, EvidenceBase
from desktop_app.core.outcomes import Phenotype
from desktop_app.core.rules import IMMUNOSEP_RULESET, RuleSet
from desktop_app.core.stats import wilson
from desktop_app.core.values import Comparator
from desktop_app.core.words import ENGLISH, Words

if TYPE_CHECKING:  # the empty window describes its charts without the decision modules
    from desktop_app.core.phenotype import Assessment

# Okabe & Ito (2008) palette.
VERMILLION, BLUE, GREY, BLACK = "#D55E00", "#0072B2", "#999999", "#000000"
ORANGE, SKY = "#E69F00", "#56B4E9"


@dataclass(frozen=True)
class Style:
    colour: str
    symbol: str  # "t" downward triangle, "s" square, "o" circle, "x" cross (pyqtgraph letters)
    label: str


STYLES = {
    Phenotype.MALS: Style(VERMILLION, "t", "MALS"),
    Phenotype.IMMUNOPARALYSIS: Style(BLUE, "s", "Immunoparalysis"),
    Phenotype.UNCLASSIFIED: Style(GREY, "o", "Unclassified"),
    None: Style(BLACK, "x", "Cannot classify"),
}
# The style labels are shown with ``tr(style.label)`` (collected into the catalogues).
DISPLAY_TEXTS = tuple(style.label for style in STYLES.values())


@dataclass(frozen=True)
class Region:
    phenotype: Phenotype
    label: str
    x_min: float
    x_max: float
    y_min: float
    y_max: float
    colour: str


@dataclass(frozen=True)
class ThresholdLine:
    axis: str  # "x": vertical line at x=value; "y": horizontal line at y=value
    value: float
    label: str
    start: float  # extent along the other axis
    end: float


@dataclass(frozen=True)
class MapPoint:
    x: float  # ferritin ng/mL (or censoring bound)
    y: float | None  # HLA-DR AB/C; None when not available or not in AB/C
    x_censor: str  # "" exact, ">" true value above x, "<" true value below x
    y_censor: str
    phenotype: Phenotype | None
    label: str


@dataclass(frozen=True)
class PhenotypeMap:
    title: str
    x_label: str
    y_label: str
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    regions: tuple[Region, ...]
    lines: tuple[ThresholdLine, ...]
    points: tuple[MapPoint, ...]
    note: str


@dataclass(frozen=True)
class Bar:
    label: str  # "anakinra 12/25"
    percent: float
    ci_low: float
    ci_high: float
    colour: str


@dataclass(frozen=True)
class BarGroup:
    label: str
    treated: Bar
    control: Bar
    highlighted: bool  # the patient's own subgroup


@dataclass(frozen=True)
class EvidenceChart:
    title: str
    y_label: str
    groups: tuple[BarGroup, ...]
    note: str


_X_RANGE, _Y_RANGE = (10.0, 100_000.0), (100.0, 100_000.0)


def _censor(comp: Comparator) -> str:
    return {Comparator.GT: ">", Comparator.GE: ">", Comparator.LT: "<",
            Comparator.LE: "<"}.get(comp, "")


def map_point(a: Assessment, label: str = "") -> MapPoint | None:
    """The patient's point; ``None`` without ferritin (nothing to place on the x axis)."""
    f, h = a.inputs.ferritin, a.inputs.hla_dr
    if f is None:
        return None
    y = float(h.value.value) if h is not None and h.unit.is_quantitative else None
    return MapPoint(float(f.ng_per_ml), y, _censor(f.value.comparator),
                    _censor(h.value.comparator) if h is not None and y is not None else "",
                    a.phenotype, label)


def phenotype_map(points: tuple[MapPoint, ...], ruleset: RuleSet = IMMUNOSEP_RULESET,
                  title: str | None = None, tr: Words = ENGLISH) -> PhenotypeMap:
    """Regions, thresholds and points; the ranges widen to show every point.  ``title``
    (already in the language of ``tr``) replaces "Phenotype map"."""
    fx, hy = float(ruleset.ferritin_threshold_ng_ml), float(ruleset.hla_dr_threshold_ab_c)
    f, h = _n(fx), _n(hy)
    xs = [p.x for p in points if p.x > 0]
    ys = [p.y for p in points if p.y is not None and p.y > 0]
    x_range = (min([_X_RANGE[0], *(x / 2 for x in xs)]), max([_X_RANGE[1], *(x * 2 for x in xs)]))
    y_range = (min([_Y_RANGE[0], *(y / 2 for y in ys)]), max([_Y_RANGE[1], *(y * 2 for y in ys)]))
    regions = (
        Region(Phenotype.MALS, tr("MALS\nferritin > {f}", f=f), fx, x_range[1], *y_range,
               VERMILLION),
        # One criterion a line: on one line, a longer language ran the label past 4420, under
        # the patient's marker ("HLA-DR < 500" was what remained readable).
        Region(Phenotype.IMMUNOPARALYSIS, tr("Immunoparalysis\nferritin ≤ {f}\nHLA-DR < {h}",
                                             f=f, h=h), x_range[0], fx, y_range[0], hy, BLUE),
        Region(Phenotype.UNCLASSIFIED, tr("Unclassified\nHLA-DR ≥ {h}", h=h), x_range[0], fx,
               hy, y_range[1], GREY),
    )
    lines = (
        ThresholdLine("x", fx, tr("ferritin {f} ng/mL", f=f), *y_range),
        ThresholdLine("y", hy, tr("HLA-DR {h} AB/C", h=h), x_range[0], fx),
    )
    note = tr("Open markers with an arrow are censored values (true value beyond the arrow).")
    if any(p.y is None for p in points):
        note += " " + tr("Points on the bottom edge have no HLA-DR in AB/C.")
    return PhenotypeMap(title or tr("Phenotype map"), tr("Ferritin (ng/mL, log scale)"),
                        tr("Monocyte HLA-DR (AB/C, log scale)"), x_range, y_range, regions,
                        lines, points, note)


def _n(v: float) -> Decimal:
    return Decimal(repr(v)).normalize()


def _bar(label: str, events: int, total: int, colour: str, tr: Words) -> Bar:
    low, high = wilson(events, total)
    return Bar(tr("{group} {events}/{total}", group=tr.evidence(label), events=events,
                  total=total), 100 * events / total, 100 * low, 100 * high, colour)


def _group(c: Comparison, label: str, highlighted: bool, tr: Words) -> BarGroup:
    return BarGroup(label, _bar(c.treated.label, c.treated.events, c.treated.total, BLUE, tr),
                    _bar(c.control.label, c.control.events, c.control.total, ORANGE, tr),
                    highlighted)


def evidence_chart(evidence: EvidenceBase, phenotype: Phenotype | None,
                   tr: Words = ENGLISH) -> EvidenceChart:
    """Responders with 95 % CI, treated vs placebo: the patient's subgroup (if any) and overall."""
    groups = [_group(evidence.comparisons["primary_overall"], tr("All patients"), False, tr)]
    for arm in evidence.arms.values():
        c = evidence.comparisons[arm.primary_comparison]
        groups.insert(len(groups) - 1, _group(c, tr(STYLES[arm.phenotype].label),
                                              arm.phenotype is phenotype, tr))
    ordered = sorted(groups, key=lambda g: not g.highlighted)
    return EvidenceChart(tr("Primary endpoint: ≥ 1.4-point SOFA decrease by day 9"),
                         tr("Responders (%)"), tuple(ordered),
                         tr("Bars: proportion of responders; whiskers: Wilson 95 % CI. "
                            "Highlighted: this patient's subgroup."))
