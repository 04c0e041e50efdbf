"""A strong, visible focus ring around whatever has keyboard focus, in every window.

Desktop styles mark focus with a 1-px tint that is easy to miss on a ward PC, from a distance,
or with low vision (WCAG 2.4.7 / 2.4.11).  One ring per window follows the focused widget: a
3-px dark-blue frame with a white inner line, drawn as a sibling above the widget so it never
changes the widget's own look (its error border stays visible next to the ring).  It ignores the
mouse and never takes focus.  ``install_focus_ring()`` is called once by every window (it is a
no-op after the first call).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget

RING_COLOUR = QColor("#0B4F9C")  # 8.2:1 on white
WIDTH = 3
_FOLLOWED = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide,
             QEvent.Type.ParentChange, QEvent.Type.EnabledChange}


class FocusRing(QWidget):
    """The ring of one window; placed around ``target`` in ``target``'s parent."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._inside = False  # drawn over the widget's edge when there is no room around it

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None:
            with contextlib.suppress(RuntimeError):  # the previous widget was deleted
                self.target.removeEventFilter(self)
        self.target = widget
        if widget is None or widget.parentWidget() is None:
            self.hide()
            return
        widget.installEventFilter(self)
        if self.parentWidget() is not widget.parentWidget():
            self.setParent(widget.parentWidget())
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in _FOLLOWED:
            self._place()
        return False

    def _place(self) -> None:
        target = self.target
        if target is None or not target.isVisible() or target.parentWidget() is None:
            self.hide()
            return
        around = target.geometry().adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
        self._inside = not target.parentWidget().rect().contains(around)
        self.setGeometry(target.geometry() if self._inside else around)
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        outer = QRectF(QRect(0, 0, self.width(), self.height())).adjusted(
            WIDTH / 2, WIDTH / 2, -WIDTH / 2, -WIDTH / 2)
        painter.setPen(QPen(RING_COLOUR, WIDTH))
        painter.drawRect(outer)
        painter.setPen(QPen(QColor("#FFFFFF"), 1))
        painter.drawRect(outer.adjusted(WIDTH / 2 + 0.5, WIDTH / 2 + 0.5,
                                        -WIDTH / 2 - 0.5, -WIDTH / 2 - 0.5))
        painter.end()


class _FocusTracker(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or isinstance(new, FocusRing):
            return
        window = new.window()
        if window.windowType() == Qt.WindowType.Popup:
            return  # an open combo list shows its own selection
        ring = window.findChild(FocusRing, "focusRing")
        if ring is None:
            ring = FocusRing()
            ring.setParent(window)
        ring.follow(new)


def install_focus_ring() -> None:
    """Follow keyboard focus in every window of the application (idempotent)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.findChild(_FocusTracker) is None:
        _FocusTracker(app)


def ring_of(widget: QWidget) -> FocusRing | None:
    """The ring of ``widget``'s window (tests and screenshots)."""
    return widget.window().findChild(FocusRing, "focusRing")
