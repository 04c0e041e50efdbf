"""One laboratory value: comparator box, the number as typed, unit box and a message line.

Reading the number is the core's job (``services.entry``); this widget only assembles the text
and shows what the core says.  The comparator of a censored value can be chosen in the box or
typed in front of the number (as a lab report prints it, ``>40000``), never both: a typed
comparator is mirrored in the (then disabled) box, and a second one is refused.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from desktop_app.core.values import Comparator, InputError
from desktop_app.ui.icons import pixmap

# Box items: (symbol shown, meaning).  The symbols are the core's display symbols.
COMPARATOR_CHOICES = (
    (Comparator.EQ, "=", "exact value"),
    (Comparator.GT, ">", "greater than (above the assay's range)"),
    (Comparator.GE, "≥", "greater than or equal to"),
    (Comparator.LT, "<", "less than (below the assay's range)"),
    (Comparator.LE, "≤", "less than or equal to"),
)
# Every spelling the core's parser accepts in front of a number ('>=', '≥', ...).
_TYPED = sorted({c.value for c in Comparator if c is not Comparator.EQ}
                | {c.symbol for c in Comparator if c is not Comparator.EQ}, key=len,
                reverse=True)

_BOX_TIP = ("Comparator of a censored result (= for an exact value). You can also type it in "
            "front of the number, e.g. >40000, but not both.")
ERROR_STYLE = "color: #A63A00;"  # dark vermillion: 6.3:1 on white
NOTE_STYLE = "color: #404040;"


def typed_comparator(text: str) -> str | None:
    """The comparator typed in front of the number, as typed; ``None`` if there is none."""
    body = text.lstrip(" \t")
    return next((token for token in _TYPED if body.startswith(token)), None)


class ValueField(QWidget):
    """Comparator, value and unit of one analyte, with its message line below."""

    edited = Signal()  # any change of comparator, text or unit

    def __init__(self, name: str, units: Sequence[str], *, placeholder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.comparator = QComboBox()
        for _, symbol, meaning in COMPARATOR_CHOICES:
            self.comparator.addItem(symbol)
            self.comparator.setItemData(self.comparator.count() - 1, meaning,
                                        Qt.ItemDataRole.ToolTipRole)
        self.comparator.setAccessibleName(f"{name} comparator")
        self.comparator.setToolTip(_BOX_TIP)
        self.value = QLineEdit()
        self.value.setPlaceholderText(placeholder)
        self.value.setAccessibleName(f"{name} value")
        self.value.setClearButtonEnabled(True)
        self.unit = QComboBox()
        self.unit.addItems(list(units))
        self.unit.setPlaceholderText("unit?")
        self.unit.setCurrentIndex(-1)  # the unit is part of the value: never preselected (H01)
        self.unit.setAccessibleName(f"{name} unit")
        self.unit.setToolTip(f"Unit of {name} as printed on the lab report: " + ", ".join(units))
        self.message_icon = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(f"{name} message")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.addWidget(self.comparator, 0, 0)
        grid.addWidget(self.value, 0, 1)
        grid.addWidget(self.unit, 0, 2)
        grid.addWidget(self.message_icon, 1, 0,
                       Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.message, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self._chosen = Comparator.EQ  # what the user picked in the box (not a mirrored value)
        self.comparator.currentIndexChanged.connect(self._on_comparator_changed)
        self.value.textChanged.connect(self._on_text_changed)
        self.unit.currentIndexChanged.connect(self.edited)
        self.show_message(None)

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
        return InputError(self.name, "comparator_twice",
                          f"comparator chosen in the box ('{self._chosen.symbol}') and typed in "
                          f"the value ('{typed}'); keep only one of them")

    def is_blank(self) -> bool:
        return not self.value.text().strip()

    # -- writing ----------------------------------------------------------------------------
    def set_entry(self, text: str | None, unit: str | None) -> None:
        """Fill in a value as text (a comparator stays in the text) and select its unit."""
        self.blockSignals(True)
        try:
            self._set_chosen(Comparator.EQ)
            self.value.setText(text or "")
            index = self.unit.findText(unit or "") if unit else -1
            self.unit.setCurrentIndex(index)
        finally:
            self.blockSignals(False)
        self._sync_comparator_box()
        self.edited.emit()

    def clear(self) -> None:
        self.set_entry(None, None)

    def show_message(self, error: InputError | None, note: str = "") -> None:
        """An error from the core (with an icon), or a neutral note such as 'read as …'."""
        if error is not None:
            self.message.setText(error.message)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message_icon.setPixmap(pixmap("field-error", self))
            self.message_icon.setAccessibleName("invalid")
        else:
            self.message.setText(note)
            self.message.setStyleSheet(NOTE_STYLE)
            self.message_icon.clear()
            self.message_icon.setAccessibleName("")
        self.message.setVisible(bool(self.message.text()))
        self.value.setProperty("invalid", error is not None)
        self.value.setStyleSheet("QLineEdit { border: 2px solid #A63A00; }" if error else "")

    def error_text(self) -> str:
        return self.message.text() if self.value.property("invalid") else ""

    # -- internals --------------------------------------------------------------------------
    def _on_comparator_changed(self, index: int) -> None:
        if not self.comparator.isEnabled():
            return  # mirrored from the text, not a choice
        self._chosen = COMPARATOR_CHOICES[max(index, 0)][0]
        self._sync_comparator_box()  # back to "=" with a comparator in the text: mirror it
        self.edited.emit()

    def _on_text_changed(self, _text: str) -> None:
        self._sync_comparator_box()
        self.edited.emit()

    def _sync_comparator_box(self) -> None:
        typed = typed_comparator(self.value.text())
        mirror = typed is not None and self._chosen is Comparator.EQ
        self.comparator.blockSignals(True)
        try:
            if mirror:
                comp = next(c for c in Comparator if typed in (c.value, c.symbol))
                self.comparator.setCurrentIndex(_index(comp))
                self.comparator.setEnabled(False)
                self.comparator.setToolTip("Comparator typed in the value")
            else:
                self.comparator.setEnabled(True)
                self.comparator.setCurrentIndex(_index(self._chosen))
                self.comparator.setToolTip(_BOX_TIP)
        finally:
            self.comparator.blockSignals(False)

    def _set_chosen(self, comp: Comparator) -> None:
        self._chosen = comp
        self.comparator.blockSignals(True)
        self.comparator.setEnabled(True)
        self.comparator.setCurrentIndex(_index(comp))
        self.comparator.blockSignals(False)


def _index(comp: Comparator) -> int:
    return next(i for i, (c, _, _) in enumerate(COMPARATOR_CHOICES) if c is comp)
