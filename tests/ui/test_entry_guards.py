"""Hazard H40: a unit or comparator never changes unannounced; entry that cannot mislead.

Wheel and navigation keys over every unit and comparator box change nothing; a change of unit
after a value was entered is announced beside the field with the value as re-read; typing
selects (u for µ); % positive above 100 is refused; unusual magnitudes warn without blocking;
Enter walks to the next empty required field and then asks to save.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop_app.core.phenotype import Phenotype, Status
from desktop_app.ui.focus_ring import ring_of
from desktop_app.ui.value_field import MIN_DIGITS, digits_width

NAVIGATION = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
              Qt.Key.Key_Home, Qt.Key.Key_End)


def boxes(w):  # type: ignore[no-untyped-def]
    e = w.entry
    return {"ferritin unit": e.ferritin.unit, "HLA-DR unit": e.hla_dr.unit,
            "ferritin comparator": e.ferritin.comparator,
            "HLA-DR comparator": e.hla_dr.comparator}


def wheel(widget, notches: int) -> None:  # type: ignore[no-untyped-def]
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def fill(w) -> None:  # type: ignore[no-untyped-def]
    e = w.entry
    e.ferritin.value.setText("9932")
    e.ferritin.unit.setCurrentIndex(e.ferritin.unit.findText("pmol/L"))
    e.hla_dr.value.setText("2600")
    e.hla_dr.unit.setCurrentIndex(e.hla_dr.unit.findText("AB/C"))


@pytest.mark.parametrize("name", ["ferritin unit", "HLA-DR unit", "ferritin comparator",
                                  "HLA-DR comparator"])
def test_the_wheel_over_a_box_changes_nothing(make_window, name: str) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    fill(w)
    before = (w.entry_text, w.assessment)
    box = boxes(w)[name]
    for notches in (1, -1, 3, -3):
        wheel(box, notches)  # unfocused, as when the panel is scrolled over it
    box.setFocus()
    for notches in (1, -1):
        wheel(box, notches)  # focused
    assert (w.entry_text, w.assessment) == before
    assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not focus it


@pytest.mark.parametrize("name", ["ferritin unit", "HLA-DR unit", "ferritin comparator",
                                  "HLA-DR comparator"])
def test_arrow_keys_open_the_list_instead_of_stepping(qtbot, make_window, name: str) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    fill(w)
    before = w.entry_text
    box = boxes(w)[name]
    for key in NAVIGATION:
        qtbot.keyClick(box, key)
        assert w.entry_text == before, key
        box.hidePopup()
    assert not any(f.unit_change for f in (w.entry.ferritin, w.entry.hla_dr))


def test_typing_selects_units_with_u_for_micro(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    f, h = w.entry.ferritin, w.entry.hla_dr
    qtbot.keyClicks(f.unit, "u")
    assert f.unit_text() == "µg/L"
    f.unit.setCurrentIndex(-1)
    qtbot.keyClicks(f.unit, "ug/d")
    assert f.unit_text() == "µg/dL"
    qtbot.keyClicks(h.unit, "%")
    assert h.unit_text() == "% positive"
    qtbot.keyClicks(h.comparator, ">=")
    assert h.comparator.currentText() == "≥"
    h.comparator.setCurrentIndex(0)
    qtbot.keyClicks(h.comparator, "<")
    assert h.comparator.currentText() == "<"


def test_a_unit_change_is_announced_with_the_value_as_re_read(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    f = w.entry.ferritin
    qtbot.keyClicks(f.value, "9931")  # ≈ 4419.67 ng/mL: just below the MALS threshold
    qtbot.keyClicks(f.unit, "p")  # the first choice of a unit is not a change
    assert f.unit_change is None and not f.unit_notice.isVisibleTo(w)
    qtbot.keyClicks(w.entry.hla_dr.value, "2600")
    qtbot.keyClicks(w.entry.hla_dr.unit, "a")
    assert w.assessment is not None and w.assessment.phenotype is Phenotype.IMMUNOPARALYSIS
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    qtbot.keyClicks(f.unit, "ug/d")  # the exact slip of issue 12: pmol/L -> µg/dL
    assert w.assessment is not None and w.assessment.phenotype is Phenotype.MALS
    assert f.unit_change == ("pmol/L", "µg/dL") and f.unit_notice.isVisibleTo(w)
    notice = f.unit_notice.text()
    assert "pmol/L" in notice and "µg/dL" in notice and "99310 ng/mL" in notice
    qtbot.keyClicks(f.value, "0")  # retyping the number ends the announcement
    assert f.unit_change is None and not f.unit_notice.isVisibleTo(w)


def test_an_announced_change_survives_a_refused_value(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    h = w.entry.hla_dr
    qtbot.keyClicks(h.value, "450")
    qtbot.keyClicks(h.unit, "a")
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    qtbot.keyClicks(h.unit, "%")
    assert h.unit_change == ("AB/C", "% positive") and h.unit_notice.isVisibleTo(w)
    assert "percentage cannot exceed 100" in h.error_text()


@pytest.mark.parametrize(("text", "refused"), [("100", False), ("99.5", False), ("100.5", True),
                                               ("450", True), (">100", True), ("≥100", False)])
def test_percent_positive_above_100_is_refused(make_window, text: str, refused: bool) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    w.entry.ferritin.value.setText("900")
    w.entry.ferritin.unit.setCurrentIndex(0)
    w.entry.hla_dr.value.setText(text)
    w.entry.hla_dr.unit.setCurrentIndex(w.entry.hla_dr.unit.findText("% positive"))
    assert (w.assessment is None) is refused
    assert bool(w.entry.hla_dr.error_text()) is refused


@pytest.mark.parametrize(("field", "text", "unit", "phenotype", "words"), [
    ("ferritin", "150000", "ng/mL", Phenotype.MALS, "Unusually high: above 100 000 ng/mL"),
    ("ferritin", "0.5", "ng/mL", Phenotype.IMMUNOPARALYSIS, "Unusually low: below 1 ng/mL"),
    ("hla_dr", "250000", "AB/C", Phenotype.UNCLASSIFIED, "Unusually high: above 100 000 AB/C"),
])
def test_unusual_magnitudes_warn_without_blocking(make_window, field, text, unit, phenotype,  # type: ignore[no-untyped-def]
                                                  words) -> None:
    w = make_window()
    values = {"ferritin": ("900", "ng/mL"), "hla_dr": ("2600", "AB/C"), field: (text, unit)}
    for name, (value, u) in values.items():
        widget = getattr(w.entry, name)
        widget.value.setText(value)
        widget.unit.setCurrentIndex(widget.unit.findText(u))
    assert w.assessment is not None and w.assessment.phenotype is phenotype
    message = getattr(w.entry, field).message.text()
    assert words in message and "Check the value and its unit" in message
    assert getattr(w.entry, field).error_text() == ""  # a warning, not a refusal


def test_censored_values_are_not_called_unusual(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    w.entry.ferritin.value.setText(">150000")
    w.entry.ferritin.unit.setCurrentIndex(0)
    assert w.assessment is not None and w.assessment.status is Status.CLASSIFIED
    assert "Unusually" not in w.entry.ferritin.message.text()


def test_enter_walks_to_the_next_empty_required_field_then_asks_to_save(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    e = w.entry
    asked: list[bool] = []
    e.submit_requested.connect(lambda: asked.append(True))
    e.identifier.setFocus()
    qtbot.keyClicks(e.identifier, "BED-7")
    qtbot.keyClick(e.identifier, Qt.Key.Key_Return)
    assert e.age.edit.hasFocus()
    qtbot.keyClicks(e.age.edit, "64")
    qtbot.keyClick(e.age.edit, Qt.Key.Key_Return)
    assert e.ferritin.value.hasFocus()  # the comparator box is optional: skipped
    qtbot.keyClicks(e.ferritin.value, "9932")
    qtbot.keyClick(e.ferritin.value, Qt.Key.Key_Enter)
    assert e.ferritin.unit.hasFocus() and e.ferritin.unit_text() == ""  # focused, not chosen
    qtbot.keyClicks(e.ferritin.unit, "p")
    qtbot.keyClick(e.ferritin.unit, Qt.Key.Key_Return)
    assert e.hla_dr.value.hasFocus()
    qtbot.keyClicks(e.hla_dr.value, "2600")
    qtbot.keyClick(e.hla_dr.value, Qt.Key.Key_Return)
    assert e.hla_dr.unit.hasFocus()
    qtbot.keyClicks(e.hla_dr.unit, "a")
    assert asked == []
    qtbot.keyClick(e.hla_dr.unit, Qt.Key.Key_Return)
    assert asked == [True]


def test_value_fields_show_eight_digits_whole_and_right_aligned(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    w.resize(800, 600)
    for field in (w.entry.ferritin, w.entry.hla_dr):
        assert field.value.width() >= digits_width(field.value, MIN_DIGITS)
        assert field.value.alignment() & Qt.AlignmentFlag.AlignRight


def test_the_focused_field_has_a_visible_ring(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    for widget in (w.entry.age.edit, w.entry.ferritin.unit, w.evidence_panel.focus_target()):
        widget.setFocus()
        qtbot.waitUntil(lambda widget=widget: widget.hasFocus())
        ring = ring_of(widget)
        assert ring is not None and ring.isVisible() and ring.target is widget
        assert ring.parentWidget() is w  # never adopted by a layout or splitter
        shown = QRect(widget.mapTo(w, QPoint(0, 0)), widget.size())
        assert ring.geometry().intersects(shown)
        assert ring.geometry().width() >= min(shown.width(), 10)
