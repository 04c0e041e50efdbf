"""A combo box whose choice never changes by accident (hazard H40).

A plain ``QComboBox`` changes its current item on a mouse-wheel notch (even unfocused, while
the user scrolls the panel it sits in) and on ↑/↓/PgUp/PgDn/Home/End.  For a unit or a
comparator that silently re-reads a value (9932 pmol/L ≈ 4420 ng/mL becomes 9932 µg/dL =
99 320 ng/mL), so here:

- the wheel is ignored (passed on, so the panel scrolls as the user meant);
- the navigation keys open the list instead of stepping through it: a change is always a
  visible choice in the open list, or typed;
- typing selects by prefix, with "u" standing for "µ" (keyboards have no µ key) and aliases
  such as ">=" for "≥";
- Enter on the closed box is reported (``return_pressed``) for the form's Enter-walk.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from desktop_app.ui.qt_namespace import Qt, set_properties

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QWheelEvent


def search_key(text: str) -> str:
    """How typed text and item texts are compared: case-insensitive, µ/μ typed as "u"."""
    return "".join(text.split()).lower().replace("µ", "u").replace("μ", "u")


class GuardedComboBox(QComboBox):
    """A non-editable combo box that changes only through its open list or by typing."""

    return_pressed = Signal()  # Enter on the closed box

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_properties(self, focusPolicy="StrongFocus")  # the wheel never focuses it either
        self._aliases: dict[int, tuple[str, ...]] = {}
        self._typed = ""
        self._typed_at = 0.0

    def set_aliases(self, index: int, aliases: Sequence[str]) -> None:
        """Other spellings that select item ``index`` when typed (e.g. ">=" for "≥")."""
        self._aliases[index] = tuple(aliases)

    # -- events -----------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # let the scroll area behind the box scroll

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and mods == Qt.KeyboardModifier.NoModifier:
            self.return_pressed.emit()
            event.accept()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                   Qt.Key.Key_Home, Qt.Key.Key_End):
            if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier):
                self.showPopup()  # choose in the visible list, never step blindly
            event.accept()
            return
        text = event.text()
        printable = text and text.isprintable() and not text.isspace()
        if printable and not mods & (Qt.KeyboardModifier.ControlModifier
                                     | Qt.KeyboardModifier.AltModifier
                                     | Qt.KeyboardModifier.MetaModifier):
            self._type(text)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- type-ahead -------------------------------------------------------------------------
    def _type(self, text: str) -> None:
        now = time.monotonic()
        if now - self._typed_at > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._typed_at = now
        index = self._match(self._typed + text)
        if index < 0:  # a fresh start with this character, as type-ahead does elsewhere
            index = self._match(text)
            self._typed = text if index >= 0 else ""
        else:
            self._typed += text
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)

    def _match(self, typed: str) -> int:
        wanted = search_key(typed)
        for index in range(self.count()):
            spellings = (self.itemText(index), *self._aliases.get(index, ()))
            if any(search_key(s).startswith(wanted) for s in spellings):
                return index
        return -1
