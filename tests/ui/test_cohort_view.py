"""The cohort view: a model over the result columns (cells on demand), sorting and filtering
on the columns, the full assessment of the selected row, the map as one scatter, export."""

from __future__ import annotations

import csv
import gc
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView

from desktop_app.core.charts import STYLES, map_point
from desktop_app.services.cohort import run_cohort
from desktop_app.services.cohort_export import EXPLAINED_RESULT_COLUMNS
from desktop_app.services.cohort_table import COLUMNS
from desktop_app.services.spreadsheet_safety import FORMULA_TRIGGERS
from desktop_app.ui.cohort_map_plot import BLOCK, CohortMapPlot
from desktop_app.ui.cohort_view import CohortView
from desktop_app.ui.workers import running_tasks

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
NOW = datetime(2025, 12, 1, tzinfo=UTC)


@pytest.fixture
def german(qtbot) -> CohortView:  # type: ignore[no-untyped-def]
    view = CohortView(run_cohort(DATA / "de_lis_export.csv", now=NOW),
                      source_name="de_lis_export.csv")
    qtbot.addWidget(view)
    return view


def column(view: CohortView, name: str) -> list[str]:
    c = COLUMNS.index(name)
    return [view.model.index(r, c).data() for r in range(view.model.rowCount())]


def sort(qtbot, view: CohortView, name: str, descending: bool = False) -> None:  # type: ignore[no-untyped-def]
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    view.table.sortByColumn(COLUMNS.index(name), order)
    qtbot.waitUntil(lambda: view.model.sorted_by == (name, descending)
                    and view.lines.is_ordered(name, descending=descending)
                    and not view.model.busy, timeout=10_000)


def search(qtbot, view: CohortView, text: str) -> None:  # type: ignore[no-untyped-def]
    view.search.setText(text)
    qtbot.waitUntil(lambda: view.model.text == text and view.lines.search_texts is not None
                    and not view.model.busy, timeout=10_000)


def test_every_data_row_is_listed_once(german: CohortView) -> None:
    assert german.model.rowCount() == german.result.rows_read == 19
    assert column(german, "row")[:3] == ["2", "3", "4"]
    statuses = column(german, "status")
    assert (statuses.count("classified"), statuses.count("cannot classify"),
            statuses.count("rejected")) == (7, 3, 9)  # row 7 "n.b.": not determined
    text = german.counts.text()
    assert "Data rows: 19" in text and "classified: 7" in text and "rejected: 9" in text
    assert "MALS 3" in text


def test_cells_are_rendered_on_demand_only(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = "".join(f"P{i},2025-03-01T08:{i % 60:02d},{100 + i},3000\n" for i in range(3000))
    path = tmp_path / "many.csv"
    path.write_text("MRN,Sample time,Ferritin (ng/mL),HLA-DR [AB/C]\n" + rows)
    view = CohortView(run_cohort(path, now=NOW))
    qtbot.addWidget(view)
    assert not isinstance(view.table.model(), QStandardItemModel)
    assert view.model.rowCount() == 3000
    assert len(view.lines._cells) == 0  # nothing rendered before a paint or a query
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: len(view.lines._cells) > 0, timeout=5000)  # painted
    shown = len(view.lines._cells)
    assert 0 < shown < 200  # only the visible lines were rendered
    assert view.model.index(2999, 1).data() == "P2999"
    assert len(view.lines._cells) == shown + 1


def test_sorting_rows_ids_and_exact_numbers(qtbot, german: CohortView) -> None:  # type: ignore[no-untyped-def]
    sort(qtbot, german, "row", descending=True)
    assert column(german, "row")[:2] == ["21", "20"]
    sort(qtbot, german, "patient_id")
    ids = [i for i in column(german, "patient_id") if i]
    assert ids == sorted(ids, key=lambda i: i.strip().casefold())


def test_censored_values_sort_in_place_and_not_given_last(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    values = ["5", ">5", "<5", "<=5", ">=5", "4420.00000000000000000001", "4420", "", "1"]
    path = tmp_path / "censored.csv"
    path.write_text("MRN,Sample time,Ferritin (ng/mL),HLA-DR [AB/C]\n" + "".join(
        f"P{k},2025-03-01T08:{k:02d},{v},3000\n" for k, v in enumerate(values)))
    view = CohortView(run_cohort(path, now=NOW))
    qtbot.addWidget(view)

    def ferritin() -> list[str]:
        return [c.split(" ")[0] for c in column(view, "ferritin")]

    sort(qtbot, view, "ferritin")
    assert ferritin() == ["1", "<5", "<=5", "5", ">=5", ">5", "4420",
                          "4420.00000000000000000001", ""]
    sort(qtbot, view, "ferritin", descending=True)
    assert ferritin() == ["4420.00000000000000000001", "4420", ">5", ">=5", "5", "<=5", "<5",
                          "1", ""]  # not given stays last


def test_filters(qtbot, german: CohortView) -> None:  # type: ignore[no-untyped-def]
    german.status_filter.setCurrentIndex(3)  # Rejected
    assert german.model.rowCount() == 9
    german.status_filter.setCurrentIndex(4)  # MALS
    assert set(column(german, "phenotype")) == {"MALS"} and german.model.rowCount() == 3
    german.status_filter.setCurrentIndex(0)
    search(qtbot, german, "0019")
    assert column(german, "row") == ["12", "13"]
    search(qtbot, german, "duplicate")
    assert column(german, "row") == ["11"]
    german.status_filter.setCurrentIndex(1)  # Classified and "duplicate": none
    assert german.model.rowCount() == 0


def test_filter_and_sort_keep_the_selected_row(qtbot, german: CohortView) -> None:  # type: ignore[no-untyped-def]
    german.select_row(0)
    line = german.selected_line
    sort(qtbot, german, "row", descending=True)
    assert german.model.line_at(german.table.currentIndex().row()) == line


def test_selecting_a_row_shows_its_full_assessment(qtbot, german: CohortView) -> None:  # type: ignore[no-untyped-def]
    german.select_row(0)
    a = german.card.assessment
    assert a is not None and german.card.isVisible() is not None
    assert (a.phenotype, a.inputs) == (german.result.assessment(0).phenotype,
                                       german.result.assessment(0).inputs)
    assert german.card.criteria_rows()  # the criteria table of the full assessment
    assert german.map_plot.ring.xData.tolist() == [5120.5]  # natural units (log-aware item)
    with qtbot.waitSignal(german.assessment_opened) as signal:
        german.open_button.click()
    assert signal.args[1] == "0012"
    rejected = column(german, "status").index("rejected")
    german.select_row(rejected)
    assert german.detail.text().startswith("Row 9 was rejected")
    assert not german.open_button.isEnabled()
    with qtbot.assertNotEmitted(german.assessment_opened):
        german.open_selected()


def test_enter_in_the_table_opens_the_selected_row(qtbot, german: CohortView) -> None:  # type: ignore[no-untyped-def]
    german.show()
    qtbot.waitExposed(german)
    german.select_row(1)
    german.table.setFocus()
    with qtbot.waitSignal(german.assessment_opened):
        qtbot.keyClick(german.table, Qt.Key.Key_Return)


def looks(plot: CohortMapPlot) -> list[tuple[str, bool, int]]:
    """(colour, open, points) per scatter, asserting each has one shared look and no style
    per point (per-point arrays cost seconds on 100 000 points: issue 13)."""
    out = []
    for group in plot.groups:
        assert isinstance(group, pg.ScatterPlotItem)
        for column in ("symbol", "pen", "brush", "size"):
            default = -1 if column == "size" else None
            assert all(v == default for v in group.data[column]), column
        opened = group.zValue() == 11
        colour = (group.opts["pen"] if opened else group.opts["brush"]).color().name().upper()
        out.append((colour, opened, len(group.data)))
    return out


def test_map_draws_every_assessed_point_in_a_few_shared_style_scatters(german: CohortView) -> None:
    plot = german.map_plot
    assert not plot.drawing and plot.point_count() == 8  # 10 assessments, two without ferritin
    items = [i for i in plot.getPlotItem().listDataItems()
             if i is not plot.ring and i not in plot.line_items]  # not the thresholds
    assert items == plot.groups
    expected = [p for r in german.result.rows if (p := map_point(r.assessment)) is not None]
    drawn = sorted((round(10 ** x, 6), g.zValue() == 11) for g in plot.groups
                   for x in g.data["x"])  # log10 coordinates: ScatterPlotItem is not log-aware
    assert drawn == sorted((p.x, bool(p.x_censor or p.y_censor or p.y is None))
                           for p in expected)
    per_look: Counter[tuple[str, bool]] = Counter()
    for p in expected:
        opened = bool(p.x_censor or p.y_censor or p.y is None)
        per_look[(STYLES[p.phenotype].colour.upper(), opened)] += 1
    assert Counter({(c, o): n for c, o, n in looks(plot)}) == per_look
    c = plot.columns
    assert c is not None and c.description.title == "Cohort phenotype map"
    assert plot.getPlotItem().ctrl.logXCheck.isChecked()


def test_a_big_map_is_a_bounded_number_of_scatters_drawn_in_steps(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    n = 30_000
    path = tmp_path / "big.csv"
    path.write_text("MRN,Sample time,Ferritin (ng/mL),HLA-DR [AB/C]\n" + "".join(
        f"P{i},2025-03-01T08:{i % 60:02d},{'<' if i % 7 == 0 else ''}{100 + i % 9000},"
        f"{'' if i % 11 == 0 else 1000 + i % 20000}\n" for i in range(n)))
    view = CohortView(run_cohort(path, now=NOW))
    qtbot.addWidget(view)
    plot = view.map_plot
    assert plot.drawing and plot.point_count() == 0  # nothing drawn in the constructor
    with qtbot.waitSignal(plot.drawn, timeout=30_000):
        pass
    c = plot.columns
    assert c is not None and c.n == n and plot.point_count() == n
    assert 2 <= len(plot.groups) <= 8 + -(-n // BLOCK)  # few scatters, none per point
    assert sum(points for _colour, _opened, points in looks(plot)) == n
    assert sum(points for _colour, opened, points in looks(plot) if opened) == int(c.open.sum())
    assert all(g.isVisible() for g in plot.groups)


def test_an_open_cohort_window_keeps_its_cohort_out_of_the_collector(german: CohortView) -> None:
    assert gc.get_freeze_count() > 0
    german.close()
    assert gc.get_freeze_count() == 0


def test_long_layout_rows_show_both_source_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = CohortView(run_cohort(DATA / "long_loinc.csv", now=NOW))
    qtbot.addWidget(view)
    assert column(view, "row")[:2] == ["2+4", "3+5"]
    assert view.model.rowCount() == view.result.assessments + view.result.rejected


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export(qtbot, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    view = CohortView(run_cohort(DATA / "en_lis_export.csv", now=NOW))
    qtbot.addWidget(view)
    out = tmp_path / f"results{suffix}"
    view.export_results(out)
    qtbot.waitUntil(lambda: view.last_export == out, timeout=10_000)
    qtbot.waitUntil(lambda: not running_tasks(), timeout=10_000)
    view.export_rejected(tmp_path / f"rejected{suffix}")
    qtbot.waitUntil(lambda: not running_tasks(), timeout=10_000)
    assert (tmp_path / f"rejected{suffix}").exists()
    if suffix == ".csv":
        with open(out, encoding="utf-8-sig", newline="") as fh:
            lines = list(csv.reader(fh))
        cells = [c for line in lines for c in line]
        assert not [c for c in cells if c and c[0] in FORMULA_TRIGGERS]
        assert lines[0] == list(EXPLAINED_RESULT_COLUMNS)


def test_training_mode_is_marked(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = CohortView(run_cohort(DATA / "units_in_header.csv", now=NOW), training=True)
    qtbot.addWidget(view)
    assert view.banner.text().startswith("TRAINING")


def test_no_internal_code_on_screen(german: CohortView) -> None:
    texts = [german.model.index(r, c).data() for r in range(german.model.rowCount())
             for c in range(len(COLUMNS))]
    joined = " ".join(texts)
    for code in ("hla_dr_below_threshold", "ferritin_above_threshold", "cannot_classify",
                 "duplicate_result", "_near_threshold"):
        assert code not in joined
    assert german.table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows


def test_pdf_batch_export_starts_from_the_cohort_view(german: CohortView, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import report_batch_export

    calls = []
    monkeypatch.setattr(report_batch_export, "export_cohort_reports",
                        lambda parent, cohort, **kw: calls.append((parent, cohort, kw)))
    assert german.pdf_button.isEnabled()
    german.pdf_button.click()
    (parent, cohort, kw), = calls
    assert parent is german and cohort is german.result
    assert kw["training"] is False and kw["source_name"]


def test_rejected_rows_reasons_follow_the_windows_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A rejected row's reasons are templates with values: the table and the detail word them
    through the catalogue (the pseudo-locale here); results files keep the English."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.i18n import PSEUDO
    from desktop_app.i18n.pseudo import pseudo
    from desktop_app.ui.language import install_language

    result = run_cohort(DATA / "de_lis_export.csv", now=NOW)
    first = result.rejected_rows[0]
    english = first.reasons[0].message
    assert english == "no ferritin or HLA-DR value in this row"
    install_language(QApplication.instance(), PSEUDO)
    try:
        view = CohortView(result, source_name="de_lis_export.csv")
        qtbot.addWidget(view)
        reasons = column(view, "reasons")
        line = column(view, "row").index(str(first.row))
        assert reasons[line] == pseudo(english)
        assert not any("no ferritin or HLA-DR value" in r for r in reasons)
        view.select_row(line)
        assert pseudo(english) in view.detail.text()
        sentences = column(view, "reasons")[:3]  # an assessment's findings too
        assert all(s.startswith("[") for s in sentences if s), sentences
    finally:
        install_language(QApplication.instance(), "en")
