"""Training mode: banner and title mark, synthetic cases, and no mixing with clinical data."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.demo import load_demo_cases
from desktop_app.ui.training_banner import BANNER_TEXT

CASES = load_demo_cases()


def test_demo_mode_shows_the_banner_and_marks_the_title(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(training=True, show=True)
    assert w.training
    assert w.banner.isVisible() and w.banner.text() == BANNER_TEXT == "TRAINING — synthetic data"
    assert "TRAINING" in w.windowTitle()
    assert "TRAINING" in w.mode_label.text()
    assert w.demo_panel is not None and w.demo_panel.isVisible()
    assert w.menus.training_action.isChecked()


def test_clinical_mode_has_no_banner_and_no_cases(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    assert not w.training and not w.banner.isVisible()
    assert "TRAINING" not in w.windowTitle()
    assert w.demo_panel is None
    with pytest.raises(RuntimeError):
        w.load_demo_case(CASES[0])


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_demo_case_shows_its_expected_result(make_window, case) -> None:  # type: ignore[no-untyped-def]
    w = make_window(training=True)
    w.demo_panel.select(case.id)
    a = w.assessment
    assert a is not None and case.expected.matches(a)
    assert w.patient_identifier == case.id
    assert w.result_card.headline_text() == a.headline
    assert "TRAINING CASE" in w.result_card.identity.text()
    assert case.note == w.demo_panel.note.text()
    assert w.demo_panel.check.text().startswith("✔")


def test_editing_a_case_says_the_result_may_differ(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(training=True)
    w.demo_panel.select("DEMO-001")
    qtbot.keyClicks(w.entry.ferritin.value, "0")
    assert "Values changed" in w.demo_panel.check.text()


def test_switching_mode_clears_the_form_both_ways(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    qtbot.keyClicks(w.entry.identifier, "bed 7")
    qtbot.keyClicks(w.entry.ferritin.value, "12500")
    w.menus.training_action.trigger()  # typed values: the window asks first
    box = w.findChild(QMessageBox, "unsavedQuestion")
    assert box is not None and not w.training
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not w.training and not w.menus.training_action.isChecked()
    assert w.entry.ferritin.value.text() == "12500"
    w.menus.training_action.trigger()
    box = next(b for b in w.findChildren(QMessageBox, "unsavedQuestion") if b.isVisible())
    with qtbot.waitSignal(w.training_mode_changed) as blocker:
        box.button(QMessageBox.StandardButton.Discard).click()
    assert blocker.args == [True] and w.training and w.banner.isVisible()
    assert w.patient_identifier == "" and w.entry.ferritin.value.text() == ""
    assert w.assessment is None
    w.demo_panel.select("DEMO-002")
    assert w.assessment is not None
    w.menus.training_action.trigger()
    assert not w.training and not w.banner.isVisible() and not w.demo_panel.isVisible()
    assert w.patient_identifier == "" and w.assessment is None
    assert "TRAINING" not in w.result_card.identity.text()
