"""The plots draw the core's chart descriptions, with log-aware placement (no pixels checked)."""

from __future__ import annotations

import math

import pytest

from desktop_app.core.charts import STYLES, evidence_chart, phenotype_map
from desktop_app.core.phenotype import Phenotype
from desktop_app.services.evidence import load_evidence


@pytest.fixture
def shown(qtbot, make_window):  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    qtbot.waitUntil(lambda: w.charts.is_loaded, timeout=10_000)
    return w


def set_values(w, ferritin: str, hla_dr: str | None, f_unit: str = "ng/mL") -> None:  # type: ignore[no-untyped-def]
    w.entry.ferritin.unit.setCurrentIndex(w.entry.ferritin.unit.findText(f_unit))
    w.entry.ferritin.value.setText(ferritin)
    w.entry.hla_dr.unit.setCurrentIndex(w.entry.hla_dr.unit.findText("AB/C"))
    w.entry.hla_dr.value.setText(hla_dr or "")


def test_charts_load_after_the_first_paint(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    assert not w.charts.is_loaded  # nothing imported pyqtgraph while building the window
    with qtbot.waitSignal(w.first_painted, timeout=10_000):
        w.show()
    qtbot.waitUntil(lambda: w.charts.is_loaded, timeout=10_000)


def test_empty_charts_described_after_the_first_paint_as_before_it(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """Titles and notes arrive after the first paint; the two charts then share the height as
    they did when the empty window was described before it was shown (the splitter divides
    by the slots' size hints, which the titles and notes change)."""
    now = make_window(load_charts=False)
    before = make_window(load_charts=False)
    assert now.charts.map_description is None and now.charts.map_slot.note.text() == ""
    before._describe_charts(None)  # the order of earlier versions: described, then shown
    for w in (now, before):
        w.resize(1366, 768)
        with qtbot.waitSignal(w.first_painted, timeout=10_000):
            w.show()
    qtbot.waitUntil(lambda: now.charts.map_description is not None, timeout=10_000)
    assert now.charts.evidence_slot.title.text() == before.charts.evidence_slot.title.text()
    assert now.charts.evidence_slot.title.text().startswith("Primary endpoint")
    assert now.charts.map_slot.note.text() == before.charts.map_slot.note.text() != ""
    assert now.charts.sizes() == before.charts.sizes()


def test_map_draws_the_description_on_log_axes(shown) -> None:  # type: ignore[no-untyped-def]
    w = shown
    set_values(w, "12500", "3000")
    plot = w.charts.map_plot
    m = w.charts.map_description
    assert plot.description is m
    assert plot.getPlotItem().ctrl.logXCheck.isChecked()
    assert plot.getPlotItem().ctrl.logYCheck.isChecked()
    (point,) = plot.point_items
    xs, ys = point.getOriginalDataset()  # log-aware item: natural units in …
    assert (float(xs[0]), float(ys[0])) == (12500.0, 3000.0)
    xs, ys = point.getData()  # … log10 on screen
    assert (float(xs[0]), float(ys[0])) == pytest.approx((math.log10(12500), math.log10(3000)))
    assert point.opts["symbol"] == STYLES[Phenotype.MALS].symbol
    lines = sorted((list(i.getOriginalDataset()[0]), list(i.getOriginalDataset()[1]))
                   for i in plot.line_items)
    assert lines == sorted([([4420.0, 4420.0], [m.y_range[0], m.y_range[1]]),
                            ([m.x_range[0], 4420.0], [5000.0, 5000.0])])
    regions = {round(r.rect().left(), 6): r.rect() for r in plot.region_items}
    mals = regions[round(math.log10(4420), 6)]  # rectangles are placed at log10 positions
    assert mals.right() == pytest.approx(math.log10(m.x_range[1]))
    (x0, x1), (y0, y1) = plot.getPlotItem().getViewBox().viewRange()
    assert -0.5 < x0 < 1.5 and 4.5 < x1 < 5.5 and 1.5 < y0 < 2.5 and 4.5 < y1 < 5.5


def test_censored_values_are_open_markers_with_arrows(shown) -> None:  # type: ignore[no-untyped-def]
    w = shown
    set_values(w, ">40000", "<2000")
    plot = w.charts.map_plot
    (point,) = plot.point_items
    assert point.opts["symbolBrush"].style().name == "NoBrush"  # open marker
    shafts = [i for i in plot.arrow_items if hasattr(i, "getOriginalDataset")]
    ends = sorted((float(s.getOriginalDataset()[0][1]), float(s.getOriginalDataset()[1][1]))
                  for s in shafts)
    assert ends == sorted([(40000 * 3.0, 2000.0), (40000.0, 2000 / 3.0)])
    set_values(w, "12500", "3000")
    (point,) = plot.point_items
    assert point.opts["symbolBrush"].style().name != "NoBrush"
    assert not [i for i in plot.arrow_items if hasattr(i, "getOriginalDataset")]


def test_evidence_chart_follows_the_phenotype(shown) -> None:  # type: ignore[no-untyped-def]
    w = shown
    plot = w.charts.evidence_plot
    assert plot.highlight_label is None
    set_values(w, "900", "2100")
    assert plot.highlight_label == "Immunoparalysis"
    expected = evidence_chart(load_evidence(), Phenotype.IMMUNOPARALYSIS)
    assert plot.description == expected
    first = expected.groups[0].treated
    assert plot.bar_values[0] == (first.label, first.percent, first.ci_low, first.ci_high)
    set_values(w, "12500", "2100")
    assert plot.highlight_label == "MALS"
    w.entry.ferritin.value.setText("oops")
    assert plot.highlight_label is None
    assert w.charts.map_plot.point_items == []


def test_point_without_usable_hla_dr_sits_on_the_bottom_edge(shown) -> None:  # type: ignore[no-untyped-def]
    w = shown
    set_values(w, "900", "")
    (point,) = w.charts.map_plot.point_items
    assert float(point.getOriginalDataset()[1][0]) == w.charts.map_description.y_range[0]
    assert "bottom edge" in w.charts.map_slot.note.text()


def test_plots_draw_descriptions_standalone(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.evidence_plot import EvidencePlot
    from desktop_app.ui.phenotype_map_plot import PhenotypeMapPlot

    m, e = PhenotypeMapPlot(), EvidencePlot()
    qtbot.addWidget(m)
    qtbot.addWidget(e)
    m.show_map(phenotype_map(()))
    e.show_chart(evidence_chart(load_evidence(), None))
    assert m.point_items == [] and len(m.region_items) == 3 and len(m.line_items) == 2
    assert len(e.bar_values) == 6
