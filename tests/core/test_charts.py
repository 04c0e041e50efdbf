"""The shared chart descriptions (drawn by both the screen and the PDF)."""

from __future__ import annotations

from desktop_app.core.charts import STYLES, evidence_chart, map_point, phenotype_map
from desktop_app.core.phenotype import Phenotype
from desktop_app.services.evidence import load_evidence

from .conftest import assess


def test_map_regions_and_thresholds() -> None:
    m = phenotype_map(())
    regions = {r.phenotype: r for r in m.regions}
    assert regions[Phenotype.MALS].x_min == 4420
    assert regions[Phenotype.IMMUNOPARALYSIS].x_max == 4420
    assert regions[Phenotype.IMMUNOPARALYSIS].y_max == 5000
    assert regions[Phenotype.UNCLASSIFIED].y_min == 5000
    assert {(line.axis, line.value) for line in m.lines} == {("x", 4420), ("y", 5000)}
    assert "log" in m.x_label and "ng/mL" in m.x_label and "AB/C" in m.y_label


def test_points_carry_censoring_and_converted_ferritin() -> None:
    p = map_point(assess(">40000", hla_dr="<2000"))
    assert p is not None and (p.x, p.y, p.x_censor, p.y_censor) == (40000, 2000, ">", "<")
    p = map_point(assess("9932", "pmol/L", hla_dr="45", hla_dr_unit="%"))
    assert p is not None and round(p.x, 2) == 4420.12 and p.y is None
    assert map_point(assess(None, hla_dr="1000")) is None


def test_ranges_grow_to_show_every_point() -> None:
    p = map_point(assess("300000", hla_dr="50"))
    assert p is not None
    m = phenotype_map((p,))
    assert m.x_range[1] >= 300000 and m.y_range[0] <= 50


def test_every_phenotype_has_a_distinct_style() -> None:
    assert len({s.symbol for s in STYLES.values()}) == len(STYLES)
    assert len({s.colour for s in STYLES.values()}) == len(STYLES)


def test_evidence_chart_highlights_the_patients_subgroup() -> None:
    e = load_evidence()
    chart = evidence_chart(e, Phenotype.MALS)
    first = chart.groups[0]
    assert first.highlighted and first.label == "MALS"
    assert first.treated.label == "anakinra 12/25" and first.treated.percent == 48.0
    assert first.treated.ci_low < 48 < first.treated.ci_high
    assert [g.label for g in chart.groups][-1] == "All patients"
    assert not any(g.highlighted for g in evidence_chart(e, None).groups)
