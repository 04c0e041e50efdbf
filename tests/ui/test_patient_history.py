"""The patient view: list oldest first, trend data on the right axes, thresholds, transitions."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.core.phenotype import classify
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.records import open_store
from desktop_app.ui.patient_history import TRAINING_TEXT, PatientHistoryDialog

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _assessment(ferritin: str, hla: str, day: int, ferritin_unit: str = "ng/mL"):
    when = (T0 + timedelta(days=day)).isoformat()
    entry = EntryText(ferritin=ferritin, ferritin_unit=ferritin_unit, hla_dr=hla, age="60",
                      ferritin_sampled=when, hla_dr_sampled=when)
    return classify(build_inputs(entry), now=T0 + timedelta(days=30))


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "data", training=False, os_user="nurse1")
    # Three days, typed in a different order; day 1 is corrected, day 2 is MALS.
    s.save_assessment("BED-7", _assessment("6000", "3000", 2), evidence_version=None, now=T0)
    s.save_assessment("BED-7", _assessment("2000", "3000", 0), evidence_version=None, now=T0)
    wrong = s.save_assessment("BED-7", _assessment("9000", "3000", 1), evidence_version=None,
                              now=T0)
    s.correct_assessment(wrong, _assessment(">3000", "2500", 1), reason="typo",
                         evidence_version=None, now=T0)
    yield s
    s.close()


def _ys(item) -> list[float]:
    return [float(y) for y in item.yData]


def test_list_is_oldest_first_with_versions(qtbot, store):
    dialog = PatientHistoryDialog.from_store(store, "BED-7")
    qtbot.addWidget(dialog)
    table = dialog.view.table
    assert table.rowCount() == 4
    times = [table.item(r, 0).text()[:16] for r in range(4)]
    assert times == sorted(times)
    results = [table.item(r, 1).text() for r in range(4)]
    assert results[0].startswith("Immunoparalysis") and results[-1].startswith("MALS")
    records = [table.item(r, 5).text() for r in range(4)]
    assert "superseded by" in records[1] and "corrects" in records[2]
    assert not dialog.view.banner.isVisibleTo(dialog)
    assert "BED-7" in dialog.windowTitle()


def test_trend_series_thresholds_and_transitions(qtbot, store):
    dialog = PatientHistoryDialog.from_store(store, "BED-7")
    qtbot.addWidget(dialog)
    trend = dialog.view.trend
    ferritin_items = trend.data_items("ferritin")
    # Current versions only: 2000 (day 0), >3000 (day 1, corrected), 6000 (day 2).
    assert _ys(ferritin_items[0]) == [2000.0, 3000.0, 6000.0]
    xs = list(ferritin_items[0].xData)
    assert xs == sorted(xs) and xs[0] == T0.timestamp()
    assert trend.ferritin_plot.getPlotItem().ctrl.logYCheck.isChecked()
    # The censored value gets its own marker at the bound.
    assert [_ys(i) for i in ferritin_items[1:]] == [[3000.0]]
    assert _ys(trend.data_items("hla_dr")[0]) == [3000.0, 2500.0, 3000.0]
    # Threshold lines: log10 on the log axis, plain value on the linear one.
    assert trend.threshold_lines["ferritin"].value() == pytest.approx(math.log10(4420))
    assert trend.threshold_lines["hla_dr"].value() == pytest.approx(5000)
    # Day 0 immunoparalysis -> day 1 cannot classify (ignored) -> day 2 MALS.
    assert [line.label.format for line in trend.transition_lines] == [
        "immunoparalysis → MALS"]
    assert trend.transition_lines[0].value() == pytest.approx((T0 + timedelta(days=2))
                                                              .timestamp())
    assert "immunoparalysis → MALS" in dialog.view.transitions_label.text()
    info = dialog.view.reversal_label.text()
    assert "HLA-DR > 8000 AB/C with ferritin < 4420 ng/mL" in info and "15 %" in info


def test_view_range_shows_values_and_threshold_in_real_decades(qtbot, tmp_path):
    # A non-log-aware item would drag the log view to 10**4420 (ecosystem §5); low values
    # alone would hide the threshold.
    with open_store(tmp_path / "d", training=False) as s:
        for day, ferritin in enumerate(("150", "300")):
            s.save_assessment("P", _assessment(ferritin, "9000", day), evidence_version=None,
                              now=T0)
        dialog = PatientHistoryDialog.from_store(s, "P")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    (_, (y_min, y_max)) = dialog.view.trend.ferritin_plot.getPlotItem().viewRange()
    assert 1.5 < y_min < math.log10(150) and math.log10(4420) < y_max < 4.5
    (_, (h_min, h_max)) = dialog.view.trend.hla_dr_plot.getPlotItem().viewRange()
    assert h_min < 5000 < 9000 < h_max < 12000


def test_training_view_is_marked_and_empty_patient(qtbot, tmp_path):
    with open_store(tmp_path / "d", training=True) as training:
        dialog = PatientHistoryDialog.from_store(training, "NOBODY")
    qtbot.addWidget(dialog)
    assert dialog.view.banner.isVisibleTo(dialog)
    assert dialog.view.banner.text() == TRAINING_TEXT and "TRAINING" in dialog.windowTitle()
    assert dialog.view.table.rowCount() == 0
    assert dialog.view.trend.empty_label.isVisibleTo(dialog)


@pytest.fixture
def main_window(qtbot, tmp_path):
    from desktop_app.services.evidence import load_evidence
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings

    def make(data_dir, *, training=False):
        window = MainWindow(evidence=load_evidence(), settings=AppSettings(tmp_path / "s.ini"),
                            data_dir=data_dir, training=training, persist_state=False,
                            load_charts=False)
        qtbot.addWidget(window)
        return window

    return make


def _history_dialogs(window) -> list[PatientHistoryDialog]:
    return window.findChildren(PatientHistoryDialog)


def test_menu_action_opens_history_of_the_patient_in_the_form(qtbot, store, main_window):
    window = main_window(store.path.parent)
    action = window.patient_history_action
    assert action in window.patient_menu.actions() and action.text() == "Patient &history…"
    action.trigger()  # no identifier yet: a hint, no dialog
    assert _history_dialogs(window) == []
    assert "identifier" in window.statusBar().currentMessage()
    window.set_entry(EntryText(), patient_identifier="BED-7")
    action.trigger()
    (dialog,) = _history_dialogs(window)
    assert dialog.isVisible() and dialog.view.table.rowCount() == 4
    assert not dialog.view.training


def test_menu_action_uses_the_training_database_in_training_mode(qtbot, store, main_window):
    window = main_window(store.path.parent, training=True)
    window.set_entry(EntryText(), patient_identifier="BED-7")
    window.patient_history_action.trigger()
    (dialog,) = _history_dialogs(window)
    assert dialog.view.training and dialog.view.table.rowCount() == 0  # clinical rows absent


def test_unreadable_database_is_explained_not_crashed(qtbot, tmp_path, main_window):
    from PySide6.QtWidgets import QMessageBox

    data_dir = tmp_path / "bad"
    data_dir.mkdir()
    (data_dir / "clinical.sqlite").write_bytes(b"garbage" * 1000)
    window = main_window(data_dir)
    window.set_entry(EntryText(), patient_identifier="BED-7")
    window.patient_history_action.trigger()
    assert _history_dialogs(window) == []
    (box,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert "damaged or is not an ImmunoSep database" in box.text()
    box.close()
