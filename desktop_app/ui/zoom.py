"""Presenter zoom (Ctrl + / Ctrl − / Ctrl 0): the whole window's text, remembered.

The window's font is scaled from the application font; every widget that does not set its own
size follows, the result card re-derives its headline from it, and the layout re-chooses wide
or stacked from the new character width.  Steps are coarse on purpose (a projector, a ward
round), and the last one used is remembered in the settings file.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

STEPS = (100, 115, 130, 150, 175, 200)


class Zoom(QObject):
    def __init__(self, window: QWidget, *, initial: int,
                 on_change: Callable[[int], None]) -> None:
        super().__init__(window)
        self.window = window
        self.percent = 100
        self._on_change = on_change
        self.set(initial, remember=False)

    def step(self, direction: int) -> None:
        index = min(range(len(STEPS)), key=lambda i: abs(STEPS[i] - self.percent))
        self.set(STEPS[max(0, min(len(STEPS) - 1, index + direction))])

    def reset(self) -> None:
        self.set(100)

    def set(self, percent: int, *, remember: bool = True) -> None:
        percent = percent if percent in STEPS else 100
        if percent == self.percent == 100 and not remember:
            return  # start-up at 100 %: no font change to propagate through every widget
        self.percent = percent
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * percent / 100)
        self.window.setFont(font)
        if remember:
            self._on_change(percent)
