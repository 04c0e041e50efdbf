"""Layouts that fit (wide / stacked), presenter zoom, the training quiz and title, dialog focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.services.entry import EntryText
from desktop_app.ui.result_card import HEADLINE_PT
from desktop_app.ui.value_field import MIN_DIGITS, digits_width

CTRL = Qt.KeyboardModifier.ControlModifier


def test_narrow_windows_stack_the_result_evidence_and_charts(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    parts = w.layout_parts
    w.resize(1366, 768)
    qtbot.waitUntil(lambda: parts.stacked is False)
    assert parts.currentWidget() is parts.splitter
    assert w.result_card.parentWidget() is parts.result_scroll.widget().parentWidget() or \
        parts.result_scroll.widget() is w.result_card
    w.resize(900, 700)
    qtbot.waitUntil(lambda: parts.stacked is True)
    assert parts.currentWidget() is parts.stacked_splitter
    column = parts.column
    assert {w.result_card.parentWidget(), w.evidence_panel.parentWidget(),
            w.charts.parentWidget()} == {column}
    for field in (w.entry.ferritin, w.entry.hla_dr):
        assert field.value.width() >= digits_width(field.value, MIN_DIGITS)
    w.resize(1366, 768)
    qtbot.waitUntil(lambda: parts.stacked is False)
    assert parts.result_scroll.widget() is w.result_card


def test_presenter_zoom_enlarges_everything_and_is_remembered(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                              settings_path) -> None:
    w = make_window(show=True)
    w.resize(1366, 768)
    w.set_entry(EntryText(ferritin="12500", ferritin_unit="ng/mL"), "BED-7")
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    base = w.entry.identifier.font().pointSizeF()
    word = w.result_card.word.font().pointSizeF()
    for _ in range(2):
        qtbot.keyClick(w.entry.identifier, Qt.Key.Key_Plus, CTRL)
    assert w.zoom.percent == 130
    assert w.entry.identifier.font().pointSizeF() > base * 1.25
    assert w.result_card.word.font().pointSizeF() >= max(word, HEADLINE_PT)
    assert w.layout_parts.stacked  # 1366 px no longer hold three columns at 130 %
    assert "zoom=130" in settings_path.read_text(encoding="utf-8")
    qtbot.keyClick(w.entry.identifier, Qt.Key.Key_Minus, CTRL)
    assert w.zoom.percent == 115
    qtbot.keyClick(w.entry.identifier, Qt.Key.Key_0, CTRL)
    assert w.zoom.percent == 100 and w.entry.identifier.font().pointSizeF() == base
    w.zoom.set(150)
    w2 = make_window()
    assert w2.zoom.percent == 150


def test_training_title_names_the_app_once(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(training=True)
    assert w.windowTitle() == "TRAINING — ImmunoSep Phenotyper"
    w.set_training(False)
    assert w.windowTitle() == "ImmunoSep Phenotyper"


def test_quiz_hides_topic_and_expected_result_until_reveal(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(training=True, show=True)
    panel = w.demo_panel
    assert "topic: phenotype" in panel.combo.itemText(0)  # learning mode shows the topic
    panel.quiz.setChecked(True)
    items = [panel.combo.itemText(i) for i in range(panel.combo.count())]
    assert items[0] == "Case 1 of 20 (DEMO-001)"
    assert not any("MALS" in i or "topic" in i or "Cannot" in i for i in items)
    panel.select("DEMO-008")
    case = panel.current
    assert w.assessment is not None  # the result is shown: that is the question
    hidden = " ".join((panel.expected.text(), panel.note.text(), panel.check.text()))
    assert case.title not in hidden and case.note not in hidden and case.topic not in hidden
    assert "Expected:" not in hidden and panel.reveal_button.isVisible()
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    qtbot.keyClick(panel.combo, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.revealed)
    assert panel.expected.text() == "Expected: Cannot classify"
    assert case.note in panel.note.text() and case.title in panel.note.text()
    assert panel.check.text().startswith("✔") and not panel.reveal_button.isEnabled()
    panel.select("DEMO-001")  # the next case is hidden again
    assert not panel.revealed and "Expected:" not in panel.expected.text()


def test_the_first_field_of_every_dialog_has_focus(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app import __version__
    from desktop_app.core.rules import IMMUNOSEP_RULESET
    from desktop_app.ui.dialogs.about import AboutDialog
    from desktop_app.ui.dialogs.record_dialogs import ReasonDialog, SaveConfirmDialog
    from desktop_app.ui.dialogs.settings_dialog import SettingsDialog
    from desktop_app.ui.patient_list import PatientListDialog

    w = make_window(show=True)
    dialogs = [
        (SettingsDialog(decimal_comma=True, parent=w), lambda d: d.comma),
        (AboutDialog(__version__, IMMUNOSEP_RULESET, "v", training=False, parent=w),
         lambda d: d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)),
        (ReasonDialog("t", "q", action="OK", parent=w), lambda d: d.reason_edit),
        (SaveConfirmDialog("BED-7", ["MALS"], training=False, parent=w),
         lambda d: d.save_button),
        (PatientListDialog(w), lambda d: d.search),
    ]
    for dialog, first in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda dialog=dialog: dialog.isActiveWindow())
        assert dialog.focusWidget() is first(dialog), type(dialog).__name__
        assert dialog.focusWidget() is not None
        dialog.close()


def test_the_screenshot_clip_check_finds_cut_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    import importlib.util
    from pathlib import Path

    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

    spec = importlib.util.spec_from_file_location(  # the helper of test_screenshots.py
        "screenshot_helper", Path(__file__).with_name("screenshot_demo_cases.py"))
    assert spec is not None and spec.loader is not None
    helper = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helper)
    clipped = helper.clipped

    top = QWidget()
    edit = QLineEdit("2600")
    label = QLabel("HLA-DR processing time")
    box = QVBoxLayout(top)
    box.addWidget(edit)
    box.addWidget(label)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    assert clipped(top) == []
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("26") + 4)  # "2600" shows "600"
    label.setMinimumWidth(0)
    label.setFixedWidth(30)
    found = clipped(top)
    assert any("cuts '2600'" in f for f in found) and any("HLA-DR processing" in f for f in found)


def _mnemonics(w) -> list[str]:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [a.text() for a in w.menuBar().actions()]
    texts += [b.text() for b in w.findChildren(QAbstractButton) if b.isVisibleTo(w)]
    texts += [lab.text() for lab in w.findChildren(QLabel)
              if lab.buddy() is not None and lab.isVisibleTo(w)]
    return [m.group(1).lower() for t in texts for m in [re.search(r"&([^&])", t)] if m]


def test_no_two_visible_controls_share_an_alt_key(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from desktop_app.services.records import HistoryEntry, Source

    w = make_window(training=True, show=True)
    w.demo_panel.quiz.setChecked(True)
    w.demo_panel.select("DEMO-001")
    record = HistoryEntry(
        assessment_id=3, assessed_at=datetime(2026, 11, 24, tzinfo=UTC), sampled_at=None,
        status="classified", phenotype="mals", ruleset_version="r", evidence_version="e",
        app_version="a", os_user="nurse", source=Source(), supersedes=None, superseded_by=None,
        correction_reason=None, entered_in_error=False, error_reason=None,
        inputs={"ferritin": {"entered": "12500", "unit": "ng/mL", "comparator": "=",
                             "value": "12500"}, "hla_dr": None, "age_years": None},
        result={"phenotype_label": "MALS"})
    for show in (lambda: w.records.show_past(record, "DEMO-001"),
                 lambda: w.records.start_correction(record, "DEMO-001")):
        show()
        letters = _mnemonics(w)
        assert len(letters) == len(set(letters)), sorted(letters)
