"""The cohort view: every row listed, sorting, filtering, the map, selection, export."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.cohort import run_cohort
from desktop_app.services.cohort_export import EXPLAINED_RESULT_COLUMNS
from desktop_app.services.spreadsheet_safety import FORMULA_TRIGGERS
from desktop_app.ui.cohort_view import COLUMNS, CohortView
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
    return [view.proxy.index(r, c).data() for r in range(view.proxy.rowCount())]


def test_every_data_row_is_listed_once(german: CohortView) -> None:
    assert german.model.rowCount() == german.result.rows_read == 19
    assert column(german, "Row")[:3] == ["2", "3", "4"]
    statuses = column(german, "Status")
    assert (statuses.count("classified"), statuses.count("cannot classify"),
            statuses.count("rejected")) == (7, 3, 9)  # row 7 "n.b.": not determined (issue 14)
    assert "19 data rows: 7 classified, 3 cannot classify, 9 rejected" in german.counts.text()
    assert "MALS 3" in german.counts.text()


def test_sorting_is_numeric_for_rows_and_textual_otherwise(german: CohortView) -> None:
    german.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert column(german, "Row")[:2] == ["21", "20"]
    german.table.sortByColumn(COLUMNS.index("Patient ID"), Qt.SortOrder.AscendingOrder)
    ids = column(german, "Patient ID")
    assert ids == sorted(ids, key=str.casefold)


def test_filters(german: CohortView) -> None:
    german.status_filter.setCurrentText("Rejected")
    assert german.proxy.rowCount() == 9
    german.status_filter.setCurrentText("MALS")
    assert set(column(german, "Phenotype")) == {"MALS"} and german.proxy.rowCount() == 3
    german.status_filter.setCurrentText("All rows")
    german.search.setText("0019")
    assert column(german, "Row") == ["12", "13"]
    german.search.setText("duplicate")
    assert column(german, "Row") == ["11"]


def test_selecting_a_row_emits_its_assessment(qtbot, german: CohortView) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(german.assessment_selected) as signal:
        german.select_row(0)
    assessment, patient = signal.args
    assert assessment is german.result.rows[0].assessment and patient == "0012"
    assert german.map_plot.ring.xData.tolist() == [5120.5]  # natural units (log-aware item)
    rejected = column(german, "Status").index("rejected")
    with qtbot.assertNotEmitted(german.assessment_selected):
        german.select_row(rejected)
    assert german.detail.text().startswith("Row 9 was rejected")


def test_map_shows_every_assessed_patient_by_phenotype(german: CohortView) -> None:
    sizes = german.map_plot.group_sizes
    assert sum(sizes.values()) == 8  # 10 assessments, two without a ferritin value
    assert sizes[("MALS", False)] == 2 and sizes[("MALS", True)] == 1  # >40000: open marker
    assert german.map_plot.description.title == "Cohort phenotype map"
    assert german.map_plot.getPlotItem().ctrl.logXCheck.isChecked()


def test_long_layout_rows_show_both_source_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = CohortView(run_cohort(DATA / "long_loinc.csv", now=NOW))
    qtbot.addWidget(view)
    assert column(view, "Row")[:2] == ["2+4", "3+5"]
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
        # The window's file is batch --out --sentences: people read it.
        assert lines[0] == list(EXPLAINED_RESULT_COLUMNS)


def test_training_mode_is_marked(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = CohortView(run_cohort(DATA / "units_in_header.csv", now=NOW), training=True)
    qtbot.addWidget(view)
    assert view.banner.text().startswith("TRAINING")


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
