"""A full-width notice under the banner: what the window is showing, or what cannot be done.

Kinds (each with its own colours and a leading word, so colour is never the only cue):
``past`` (a stored assessment, read-only), ``correcting`` (a correction being entered),
``saved`` (the last save, until the next edit) and ``fault`` (the record store is unavailable).
Buttons are real buttons with mnemonics, reachable with Tab.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.ui.qt_namespace import Qt, set_properties

STYLES = {
    "past": ("#1F3A5F", "#FFFFFF"),  # dark blue: unmistakably not the entry form
    "correcting": ("#6B3E00", "#FFFFFF"),
    "saved": ("#E6F2EA", "#0B3D1E"),
    "fault": ("#A63A00", "#FFFFFF"),
}


class NoticeBar(QFrame):
    """One line (wrapping) of text with optional buttons; hidden when there is nothing to say."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAccessibleName(name)
        self.kind: str | None = None
        self.text = QLabel()
        set_properties(self.text, wordWrap=True, textInteractionFlags="TextSelectableByMouse")
        self.text.setAccessibleName(name)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(10, 4, 10, 4)
        self._row.addWidget(self.text, 1)
        self.buttons: list[QPushButton] = []
        self.setVisible(False)

    def show_notice(self, kind: str, text: str,
                    actions: Sequence[tuple[str, Callable[[], None]]] = ()) -> None:
        background, ink = STYLES[kind]
        self.kind = kind
        self.setStyleSheet(f"#noticeBar {{ background: {background}; border: 2px solid #000000; }}"
                           f" #noticeBar QLabel {{ color: {ink}; font-weight: bold; }}")
        self.text.setText(text)
        for button in self.buttons:  # one may be the button being clicked: hide it now,
            self._row.removeWidget(button)  # delete it once its click has been handled
            button.hide()
            button.deleteLater()
        self.buttons = []
        for label, callback in actions:
            button = QPushButton(label)
            button.setAutoDefault(False)
            button.clicked.connect(callback)
            self._row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            button.show()
            self.buttons.append(button)
        self.setVisible(True)

    def clear(self) -> None:
        self.kind = None
        self.text.setText("")
        self.setVisible(False)

    def button(self, text_part: str) -> QPushButton:
        """The button whose text contains ``text_part`` (mnemonic ampersands ignored)."""
        return next(b for b in self.buttons if text_part in b.text().replace("&", ""))
