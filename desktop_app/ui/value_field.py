"""One laboratory value: comparator box, the number as typed, unit box and a message line.

Reading the number is the core's job (``services.entry``); this widget only assembles the text
and shows what the core says.  The comparator of a censored value can be chosen in the box or
typed in front of the number (as a lab report prints it, ``>40000``), never both: a typed
comparator is mirrored in the (then disabled) box, and a second one is refused.

Hazard H40 (a unit changed without the user noticing): both boxes are ``GuardedComboBox``es
(no wheel, no arrow stepping), and a change of unit after a value was entered is announced
beside the field (``unit_notice``) until the value or unit is edited again; the entry panel
fills in how the value is now read.  The number field is at least eight digits wide and
right-aligned, so a value is never shown cut (at 150 % "2600" once showed as "600").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from desktop_app.core.values import Comparator, InputError
from desktop_app.ui.guarded_combo import GuardedComboBox
from desktop_app.ui.icons import pixmap
from desktop_app.ui.language import input_error_text
from desktop_app.ui.qt_namespace import TOOLTIP_ROLE, set_properties
from desktop_app.ui.translate_marks import QT_TRANSLATE_NOOP

# Box items: (comparator, symbol shown, other spellings typed, meaning).
COMPARATOR_CHOICES = (
    (Comparator.EQ, "=", (), QT_TRANSLATE_NOOP("ValueField", "exact value")),
    (Comparator.GT, ">", (), QT_TRANSLATE_NOOP("ValueField",
                                               "greater than (above the assay's range)")),
    (Comparator.GE, "≥", (">=",), QT_TRANSLATE_NOOP("ValueField", "greater than or equal to")),
    (Comparator.LT, "<", (), QT_TRANSLATE_NOOP("ValueField",
                                               "less than (below the assay's range)")),
    (Comparator.LE, "≤", ("<=",), QT_TRANSLATE_NOOP("ValueField", "less than or equal to")),
)
# Every spelling the core's parser accepts in front of a number ('>=', '≥', ...).
_TYPED = sorted({c.value for c in Comparator if c is not Comparator.EQ}
                | {c.symbol for c in Comparator if c is not Comparator.EQ}, key=len,
                reverse=True)

ERROR_STYLE = "color: #A63A00;"  # dark vermillion: 6.3:1 on white
NOTE_STYLE = "color: #404040;"
WARN_STYLE = "color: #5C3B00;"  # dark amber text, with the warning icon
NOTICE_STYLE = ("QLabel { background: #FFF1CC; color: #000000; border: 1px solid #B07A00; "
                "padding: 2px 4px; }")
INVALID_BORDER = "QLineEdit { border: 2px solid #A63A00; }"
MIN_DIGITS = 8


def typed_comparator(text: str) -> str | None:
    """The comparator typed in front of the number, as typed; ``None`` if there is none."""
    body = text.lstrip(" \t")
    return next((token for token in _TYPED if body.startswith(token)), None)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ValueField", text)


class ValueField(QWidget):
    """Comparator, value and unit of one analyte, with its message line below."""

    edited = Signal()  # any change of comparator, text or unit
    return_pressed = Signal()  # Enter in the number or either box

    def __init__(self, name: str, units: Sequence[str], *, placeholder: str,
                 censored: bool = True, fixed_unit: bool = False,
                 parent: QWidget | None = None) -> None:
        """``censored=False``: an exact value only (a bedside value, a dose): no comparator
        box.  ``fixed_unit=True``: the one unit of ``units`` is the value's only unit (MAP in
        mm Hg), shown as text; it cannot be chosen, so it cannot change either."""
        super().__init__(parent)
        self.name = name
        self._units = list(units)
        self._chosen = Comparator.EQ  # what the user picked in the box (not a mirrored value)
        self._unit_text = ""  # the unit before the latest change
        self.unit_change: tuple[str, str] | None = None  # (from, to) while announced
        self.fixed_unit = fixed_unit and len(units) == 1
        self.comparator = GuardedComboBox()
        for index, (_, symbol, aliases, _meaning) in enumerate(COMPARATOR_CHOICES):
            self.comparator.addItem(symbol)
            self.comparator.set_aliases(index, aliases)
        self.value = QLineEdit()
        set_properties(self.value, alignment="AlignRight|AlignVCenter")
        self._fit_digits()
        self.unit = GuardedComboBox()
        self.unit.addItems(self._units)
        self.unit.setCurrentIndex(-1)  # the unit is part of the value: never preselected (H01)
        self.unit.setSizeAdjustPolicy(GuardedComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_label = QLabel(units[0] if self.fixed_unit else "")
        if self.fixed_unit:
            self.unit.setCurrentIndex(0)
            self.unit.setVisible(False)
        else:
            self.unit_label.setVisible(False)
        self.comparator.setVisible(censored)
        self.unit_notice = QLabel()
        self.unit_notice.setWordWrap(True)
        self.unit_notice.setStyleSheet(NOTICE_STYLE)
        self.unit_notice.setVisible(False)
        self.message_icon = QLabel()  # fills its cell; the icon at the cell's top right
        set_properties(self.message_icon, alignment="AlignTop|AlignRight")
        self.message = QLabel()
        set_properties(self.message, wordWrap=True, textInteractionFlags="TextSelectableByMouse")
        self.set_name(name, placeholder)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.comparator, 0, 0)
        grid.addWidget(self.value, 0, 1)
        grid.addWidget(self.unit, 0, 2)
        grid.addWidget(self.unit_label, 0, 2)
        grid.addWidget(self.unit_notice, 1, 0, 1, 4)
        grid.addWidget(self.message_icon, 2, 0)
        grid.addWidget(self.message, 2, 1, 1, 3)
        grid.setColumnStretch(3, 1)  # spare width after the unit, not inside the number
        self.comparator.currentIndexChanged.connect(self._on_comparator_changed)
        self.value.textChanged.connect(self._on_text_changed)
        self.unit.currentIndexChanged.connect(self._on_unit_changed)
        for source in (self.value.returnPressed, self.comparator.return_pressed,
                       self.unit.return_pressed):
            source.connect(self.return_pressed)
        self.show_message(None)

    def set_name(self, name: str, placeholder: str) -> None:
        """The analyte's name (in the window's language) in every label of the field; called
        again by the form after a language change."""
        self.name = name
        for index, choice in enumerate(COMPARATOR_CHOICES):
            self.comparator.setItemData(index, _tr(str(choice[3])), TOOLTIP_ROLE)
        self.comparator.setAccessibleName(self.tr("{name} comparator").format(name=name))
        self._sync_comparator_box()  # its tooltip
        self.value.setPlaceholderText(placeholder)
        self.value.setAccessibleName(self.tr("{name} value").format(name=name))
        self.unit.setPlaceholderText(self.tr("unit?"))
        self.unit.setAccessibleName(self.tr("{name} unit").format(name=name))
        self.unit_label.setAccessibleName(self.tr("{name} unit").format(name=name))
        self.unit.setToolTip(self.tr(
            "Unit of {name} as printed on the lab report: {units}. Type its first letters "
            "(u for µ) or open the list with Alt+↓; the mouse wheel never changes it."
        ).format(name=name, units=", ".join(self._units)))
        self.unit_notice.setAccessibleName(self.tr("{name} unit change").format(name=name))
        self.message.setAccessibleName(self.tr("{name} message").format(name=name))
        if self.unit_change is not None:
            self.show_unit_notice("")  # the form's next "read as" fills in the value

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presenter zoom: still eight digits whole
            self._fit_digits()

    def _fit_digits(self) -> None:
        self.value.setMinimumWidth(digits_width(self.value, MIN_DIGITS + 1))
        self.value.setMaximumWidth(digits_width(self.value, MIN_DIGITS + 6))

    # -- reading ----------------------------------------------------------------------------
    def text(self) -> str:
        """The value as the core should read it: the chosen comparator, then the text."""
        raw = self.value.text()
        if raw.strip() and self._chosen is not Comparator.EQ and typed_comparator(raw) is None:
            return f"{self._chosen.symbol}{raw.strip()}"
        return raw

    def unit_text(self) -> str:
        return self.unit.currentText() if self.unit.currentIndex() >= 0 else ""

    def conflict(self) -> InputError | None:
        """A comparator both chosen in the box and typed in the value: refuse, never pick."""
        typed = typed_comparator(self.value.text())
        if typed is None or self._chosen is Comparator.EQ:
            return None
        return InputError(self.name, "comparator_twice", self.tr(
            "comparator chosen in the box ('{chosen}') and typed in the value ('{typed}'); "
            "keep only one of them").format(chosen=self._chosen.symbol, typed=typed))

    def is_blank(self) -> bool:
        return not self.value.text().strip()

    # -- writing ----------------------------------------------------------------------------
    def set_entry(self, text: str | None, unit: str | None) -> None:
        """Fill in a value as text (a comparator stays in the text) and select its unit."""
        self.blockSignals(True)
        self.unit.blockSignals(True)
        try:
            self._set_chosen(Comparator.EQ)
            self.value.setText(text or "")
            index = self.unit.findText(unit or "") if unit else -1
            self.unit.setCurrentIndex(0 if self.fixed_unit else index)
            self._unit_text = self.unit_text()
            self._announce(None)
        finally:
            self.unit.blockSignals(False)
            self.blockSignals(False)
        self._sync_comparator_box()
        self.edited.emit()

    def clear(self) -> None:
        self.set_entry(None, None)

    def set_read_only(self, on: bool) -> None:
        """A stored assessment on screen: nothing can be changed, everything can be read."""
        self.value.setReadOnly(on)
        for box in (self.comparator, self.unit):
            box.setEnabled(not on and (box is self.unit or self._box_may_be_enabled()))

    def show_message(self, error: InputError | None, note: str = "", *,
                     warning: bool = False) -> None:
        """An error from the core (with an icon), a warning (icon, never blocking) or a
        neutral note such as 'read as …'."""
        if error is not None:
            self.message.setText(input_error_text(error))
            self.message.setStyleSheet(ERROR_STYLE)
            self.message_icon.setPixmap(pixmap("field-error", self))
            self.message_icon.setAccessibleName(self.tr("invalid"))
        else:
            self.message.setText(note)
            self.message.setStyleSheet(WARN_STYLE if warning else NOTE_STYLE)
            if warning:
                self.message_icon.setPixmap(pixmap("warning", self))
                self.message_icon.setAccessibleName(self.tr("check"))
            else:
                self.message_icon.clear()
                self.message_icon.setAccessibleName("")
        self.message.setVisible(bool(self.message.text()))
        self.value.setProperty("invalid", error is not None)
        self.value.setStyleSheet(INVALID_BORDER if error else "")

    def show_unit_notice(self, reading: str) -> None:
        """Fill in the announced unit change with how the value is read now."""
        if self.unit_change is None:
            return
        before, after = self.unit_change
        if reading:
            text = self.tr("Unit changed from {before} to {after}: the value is now read as "
                           "{reading}.").format(before=before, after=after, reading=reading)
        else:
            text = self.tr("Unit changed from {before} to {after}; see the message below."
                           ).format(before=before, after=after)
        self.unit_notice.setText("⚠ " + text)

    def error_text(self) -> str:
        return self.message.text() if self.value.property("invalid") else ""

    # -- internals --------------------------------------------------------------------------
    def _box_tip(self) -> str:
        return self.tr("Comparator of a censored result (= for an exact value). Type it (>, <, "
                       ">=, <=) or open the list with Alt+↓; you can also type it in front of "
                       "the number, e.g. >40000, but not both.")

    def _box_may_be_enabled(self) -> bool:
        return not (typed_comparator(self.value.text()) is not None
                    and self._chosen is Comparator.EQ)

    def _on_comparator_changed(self, index: int) -> None:
        if not self.comparator.isEnabled():
            return  # mirrored from the text, not a choice
        self._chosen = COMPARATOR_CHOICES[max(index, 0)][0]
        self._sync_comparator_box()  # back to "=" with a comparator in the text: mirror it
        self.edited.emit()

    def _on_text_changed(self, _text: str) -> None:
        self._announce(None)  # retyped: the number is read afresh, nothing left to announce
        self._sync_comparator_box()
        self.edited.emit()

    def _on_unit_changed(self, _index: int) -> None:
        # While a change is announced, "before" stays the unit the number was typed with, so
        # type-ahead passing through other units (u → µg/L → µg/dL) names the real change.
        before = self.unit_change[0] if self.unit_change else self._unit_text
        after = self.unit_text()
        self._unit_text = after
        changed = bool(before) and before != after and not self.is_blank()
        self._announce((before, after) if changed else None)
        self.edited.emit()

    def _announce(self, change: tuple[str, str] | None) -> None:
        self.unit_change = change
        self.unit_notice.setVisible(change is not None)
        if change is not None:
            self.show_unit_notice("")

    def _sync_comparator_box(self) -> None:
        typed = typed_comparator(self.value.text())
        mirror = typed is not None and self._chosen is Comparator.EQ
        self.comparator.blockSignals(True)
        try:
            if mirror:
                comp = next(c for c in Comparator if typed in (c.value, c.symbol))
                self.comparator.setCurrentIndex(_index(comp))
                self.comparator.setEnabled(False)
                self.comparator.setToolTip(self.tr("Comparator typed in the value"))
            else:
                self.comparator.setEnabled(not self.value.isReadOnly())
                self.comparator.setCurrentIndex(_index(self._chosen))
                self.comparator.setToolTip(self._box_tip())
        finally:
            self.comparator.blockSignals(False)

    def _set_chosen(self, comp: Comparator) -> None:
        self._chosen = comp
        self.comparator.blockSignals(True)
        self.comparator.setEnabled(not self.value.isReadOnly())
        self.comparator.setCurrentIndex(_index(comp))
        self.comparator.blockSignals(False)


def _index(comp: Comparator) -> int:
    return next(i for i, choice in enumerate(COMPARATOR_CHOICES) if choice[0] is comp)


FRAME_AND_PADDING = 14  # px around the text of a line edit in the desktop styles (≤ 2 + 2 + 2×4)


def digits_width(edit: QLineEdit, digits: int) -> int:
    """The outer width ``edit`` needs to show ``digits`` digits whole (frame and margins).

    Font metrics only: asking the style (QStyle) would cost start-up milliseconds; the
    screenshot tests check with the style that nothing is cut."""
    margins = edit.textMargins()
    return (edit.fontMetrics().horizontalAdvance("0" * digits) + margins.left()
            + margins.right() + FRAME_AND_PADDING)
