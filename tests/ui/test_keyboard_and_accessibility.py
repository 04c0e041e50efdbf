"""Keyboard operation: tab order, mnemonics, shortcuts; accessible names on every control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QTextBrowser,
)


def test_tab_walks_the_form_in_visual_order(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    e = w.entry
    expected = [e.identifier, e.age.edit, e.ferritin.comparator, e.ferritin.value,
                e.ferritin.unit, e.hla_dr.comparator, e.hla_dr.value, e.hla_dr.unit,
                e.ferritin_sampled.edit, e.hla_dr_sampled.edit, e.hla_dr_processed.edit]
    e.identifier.setFocus()
    qtbot.waitUntil(lambda: e.identifier.hasFocus())
    seen = [w.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
        seen.append(w.focusWidget())
    assert seen == expected


def test_values_can_be_entered_with_the_keyboard_only(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    e = w.entry
    qtbot.keyClicks(e.ferritin.value, "9932")
    qtbot.keyClicks(e.ferritin.unit, "p")  # type-ahead selects pmol/L
    qtbot.keyClicks(e.hla_dr.value, "3000")
    qtbot.keyClicks(e.hla_dr.unit, "A")
    qtbot.keyClicks(e.hla_dr.comparator, ">")  # typed, never stepped with an arrow key
    assert e.ferritin.unit_text() == "pmol/L" and e.hla_dr.unit_text() == "AB/C"
    assert e.hla_dr.text() == ">3000"
    assert w.assessment is not None


def test_shortcuts_new_patient_import_export(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    called: list[str] = []  # the import and PDF features own what the hooks do
    monkeypatch.setattr(w, "open_import", lambda: called.append("import"))
    monkeypatch.setattr(w, "export_pdf", lambda: called.append("export"))
    m = w.menus
    assert m.new_patient_action.shortcut() == QKeySequence("Ctrl+N")
    assert m.open_action.shortcut() == QKeySequence("Ctrl+O")
    assert m.export_action.shortcut() == QKeySequence("Ctrl+E")
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    w.entry.identifier.setFocus()
    qtbot.keyClicks(w.entry.identifier, "bed 7")
    qtbot.keyClicks(w.entry.ferritin.value, "12500")
    qtbot.keyClick(w.entry.identifier, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # Typed values are never dropped silently: the window asks first.
    box = w.findChild(QMessageBox, "unsavedQuestion")
    assert box is not None and box.isVisible() and "bed 7" in box.text()
    assert w.entry.ferritin.value.text() == "12500"
    box.button(QMessageBox.StandardButton.Discard).click()
    assert w.patient_identifier == "" and w.entry.ferritin.value.text() == ""
    w.activateWindow()  # the question was the active window a moment ago
    qtbot.waitUntil(lambda: w.isActiveWindow())
    qtbot.keyClick(w.entry.identifier, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.entry.identifier, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert called == ["import", "export"]


def test_the_form_names_every_line_edit_it_has(make_window) -> None:  # type: ignore[no-untyped-def]
    """The shortcut filter goes on ``entry.line_edits()`` (named, not searched for at
    start-up): a line edit added to the form but not to that list would swallow Ctrl+E on
    X11 (the test above types it into the identifier)."""
    w = make_window()
    named = w.entry.line_edits()
    assert len(named) == len(set(named)) == 7
    assert set(named) == set(w.entry.findChildren(QLineEdit))


def test_menus_are_reachable_attributes(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles == ["&File", "&Patient", "&View", "&Training", "&Help"]
    assert w.file_menu.title() == "&File" and w.help_menu is w.menus.help
    assert w.patient_menu is w.menus.patient and w.training_menu is w.menus.training


def test_every_control_has_an_accessible_name(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(training=True)
    controls = [c for kind in (QLineEdit, QComboBox, QAbstractButton, QTextBrowser)
                for c in w.findChildren(kind) if not c.objectName().startswith("qt_")]
    assert len(controls) > 12
    unnamed = [c for c in controls
               if not c.accessibleName() and not (isinstance(c, QAbstractButton) and c.text())
               and c.parent() is not None and type(c.parent()).__name__ not in (
                   "QComboBox", "QLineEdit", "QScrollBar")]
    assert unnamed == []
