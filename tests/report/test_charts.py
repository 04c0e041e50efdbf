"""The PDF charts draw the screen's chart descriptions: positions, markers, fonts."""

from __future__ import annotations

import math

import pytest
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String

from desktop_app.core.charts import (
    STYLES,
    evidence_chart,
    map_point,
    phenotype_map,
)
from desktop_app.core.phenotype import Phenotype
from desktop_app.report.charts import (
    LogScale,
    draw_evidence_chart,
    draw_phenotype_map,
    tick_label,
)
from desktop_app.report.fonts import BOLD, REGULAR
from desktop_app.services.entry import EntryText
from desktop_app.services.evidence import load_evidence
from desktop_app.services.reports import prepare

from .conftest import assess


@pytest.fixture(autouse=True)
def _fonts() -> None:
    prepare()


def _walk(node: object):  # type: ignore[no-untyped-def]
    yield node
    for child in getattr(node, "contents", ()):
        yield from _walk(child)


def _strings(d: Drawing) -> list[String]:
    return [n for n in _walk(d) if isinstance(n, String)]


def test_log_scale_places_decades_evenly_and_thresholds_exactly() -> None:
    s = LogScale(10, 100_000, 0, 400)
    assert s(10) == 0 and s(100_000) == 400 and s(1000) == pytest.approx(200)
    assert s(4420) == pytest.approx(400 * (math.log10(4420) - 1) / 4)
    assert s(1) == 0 and s(1e9) == 400  # clamped to the axis, never drawn off the chart
    assert list(s.decades()) == [10, 100, 1000, 10_000, 100_000]
    assert 20 in list(s.minor()) and 10 not in list(s.minor())


def test_tick_labels() -> None:
    assert [tick_label(v) for v in (0.1, 1, 10, 100, 1000, 10_000, 100_000)] == [
        "0.1", "1", "10", "100", "1000", "10 000", "100 000"]


def test_every_string_uses_the_embedded_font() -> None:
    a = assess("mals")
    point = map_point(a, label="this patient")
    assert point is not None
    drawings = [draw_phenotype_map(phenotype_map((point,)), 250, 250),
                draw_evidence_chart(evidence_chart(load_evidence(), a.phenotype), 260, 250)]
    for d in drawings:
        assert d.initialFontName == REGULAR
        strings = _strings(d)
        assert strings
        assert {s.fontName for s in strings} <= {REGULAR, BOLD}


def test_phenotype_map_shows_regions_thresholds_ticks_and_point() -> None:
    a = assess("mals")
    point = map_point(a, label="this patient")
    assert point is not None
    pmap = phenotype_map((point,))
    d = draw_phenotype_map(pmap, 250, 250)
    texts = [s.text for s in _strings(d)]
    for region in pmap.regions:
        assert region.label.split("\n")[0] in texts
    for line in pmap.lines:
        assert line.label in texts
    assert texts.count("10") == 1  # x starts at 10 ng/mL, y at 100 AB/C
    for tick in ("100", "1000", "10 000", "100 000"):
        assert texts.count(tick) == 2  # both axes
    assert pmap.x_label in texts and pmap.y_label in texts and "this patient" in texts
    dashed = [n for n in _walk(d) if isinstance(n, Line) and n.strokeDashArray]
    assert len(dashed) == 2


def test_censored_point_is_open_with_an_arrow() -> None:
    a = assess("immunoparalysis")  # HLA-DR "<4000"
    point = map_point(a)
    assert point is not None and point.y_censor == "<"
    censored = draw_phenotype_map(phenotype_map((point,)), 250, 250)
    colour = STYLES[Phenotype.IMMUNOPARALYSIS].colour.lower()

    def marker_fills(d: Drawing) -> list[str]:
        return [n.fillColor.hexval().lower() for n in _walk(d) if isinstance(n, Rect)
                and n.width < 10 and n.strokeColor is not None
                and n.strokeColor.hexval().lower() == "0x" + colour[1:]]

    exact_point = map_point(assess(EntryText(ferritin="800", hla_dr="3000", age="60")))
    exact = draw_phenotype_map(phenotype_map((exact_point,)), 250, 250)  # type: ignore[arg-type]
    # The point is drawn before the legend (whose square is always filled).
    assert marker_fills(censored)[0] == "0xffffff"  # open square
    assert marker_fills(exact)[0] == "0x" + colour[1:]  # filled square
    arrows = [n for n in _walk(censored) if isinstance(n, Group) and any(
        isinstance(c, Line) for c in n.contents) and len(n.contents) == 2]
    assert arrows, "no arrow for the censored value"


def test_evidence_chart_highlights_the_patients_subgroup_first() -> None:
    chart = evidence_chart(load_evidence(), Phenotype.IMMUNOPARALYSIS)
    d = draw_evidence_chart(chart, 260, 250)
    texts = [s.text for s in _strings(d)]
    assert "Immunoparalysis — this patient's subgroup" in texts
    group_heads = [t for t in texts if t in ("MALS", "All patients")
                   or t.startswith("Immunoparalysis")]
    assert group_heads[0].startswith("Immunoparalysis")
    for group in chart.groups:
        for bar in (group.treated, group.control):
            assert f"{bar.percent:.1f} %" in texts
            assert bar.label in texts  # with its counts, never cut
    assert f"{chart.y_label}; whiskers: 95 % CI (Wilson)" in texts


@pytest.mark.parametrize("lang", ["en", "de", "el"])
def test_the_patients_label_never_covers_a_regions_name(lang: str) -> None:
    """A German "dieser Patient" above a point just under 5000 AB/C hid "Immunparalyse"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop_app.core.charts import MapPoint
    from desktop_app.i18n import translator

    tr = translator(lang)
    pmap = phenotype_map((MapPoint(4419.67, 2600.0, "", "", Phenotype.IMMUNOPARALYSIS,
                                   tr("this patient")),), tr=tr)
    d = draw_phenotype_map(pmap, 220, 160, tr, legend=False)  # page one's size
    patch = next(n for n in _walk(d) if isinstance(n, Rect) and n.fillColor is not None
                 and n.fillColor.hexval() == "0xffffff" and n.width < 100)
    names = {line for r in pmap.regions for line in r.label.split("\n")}
    for s in _strings(d):
        if s.text not in names:
            continue
        w = stringWidth(s.text, s.fontName, s.fontSize)
        apart = (s.x + w <= patch.x or patch.x + patch.width <= s.x
                 or s.y + s.fontSize <= patch.y or patch.y + patch.height <= s.y - 2)
        assert apart, s.text
