"""A strong, visible focus ring around whatever has keyboard focus, in every window.

Desktop styles mark focus with a 1-px tint that is easy to miss on a ward PC, from a distance,
or with low vision (WCAG 2.4.7 / 2.4.11).  One ring per window follows the focused widget: a
3-px dark-blue frame with a white inner line, drawn on top of the window (a child of the
top-level widget, never of a layout or splitter that would adopt it) so it never changes the
widget's own look: an error border stays visible inside the ring.  It follows moves, resizes
and scrolling of the widget and its ancestors, is clipped to the part of the widget that is
visible, ignores the mouse and never takes focus.  ``install_focus_ring()`` is called by every
window after its first paint (a no-op after the first call).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

RING_COLOUR = QColor("#0B4F9C")  # 8.2:1 on white
WIDTH = 3
_FOLLOWED = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show,
             QEvent.Type.ParentChange, QEvent.Type.EnabledChange}


class FocusRing(QWidget):
    """The ring of one window, placed over ``target``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self._frame = QRect()  # the ring in this widget's coordinates
        self._pending = False

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.target.destroyed.disconnect(self._on_target_destroyed)
        for watched in self._watched:
            with contextlib.suppress(RuntimeError):  # a widget deleted meanwhile
                watched.removeEventFilter(self)
        self._watched = []
        self.target = widget
        if widget is None or widget.window() is not self.window():
            self.hide()
            return
        widget.destroyed.connect(self._on_target_destroyed)
        node: QWidget | None = widget
        while node is not None and node is not self.window():
            node.installEventFilter(self)
            self._watched.append(node)
            node = node.parentWidget()
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self.hide()  # never touch a widget that may be on its way out
        elif event.type() in _FOLLOWED and not self._pending:
            self._pending = True  # one placement after the layout settles, not one per event
            QTimer.singleShot(0, self._place_later)
        return False

    def _place_later(self) -> None:
        self._pending = False
        self.place()

    def _on_target_destroyed(self) -> None:
        self.target, self._watched = None, []
        self.hide()

    def place(self) -> None:
        target, window = self.target, self.window()
        if target is None or not target.isVisible():
            self.hide()
            return
        visible = target.visibleRegion().boundingRect()
        if visible.isEmpty():
            self.hide()
            return
        origin = target.mapTo(window, QPoint(0, 0))
        ring = QRect(origin + QPoint(-WIDTH, -WIDTH),
                     target.size() + QRect(0, 0, 2 * WIDTH, 2 * WIDTH).size())
        clip = self._clip(target, window).adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
        shown = ring.intersected(clip).intersected(window.rect())
        if shown.isEmpty():
            self.hide()
            return
        self.setGeometry(shown)
        self._frame = ring.translated(-shown.topLeft())
        self.raise_()
        self.show()
        self.update()

    @staticmethod
    def _clip(target: QWidget, window: QWidget) -> QRect:
        """The window rectangle in which ``target`` can be seen (its scroll viewports)."""
        area = window.rect()
        node = target.parentWidget()
        while node is not None and node is not window:
            if isinstance(node.parentWidget(), QAbstractScrollArea) or isinstance(
                    node, QAbstractScrollArea):
                view = node if not isinstance(node, QAbstractScrollArea) else node.viewport()
                area = area.intersected(QRect(view.mapTo(window, QPoint(0, 0)), view.size()))
            node = node.parentWidget()
        return area

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        outer = QRectF(self._frame).adjusted(WIDTH / 2, WIDTH / 2, -WIDTH / 2, -WIDTH / 2)
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
        ring = ring_of(new)
        if ring is None:
            ring = FocusRing(window)
        ring.follow(new)


def install_focus_ring() -> None:
    """Follow keyboard focus in every window of the application (idempotent); the widget
    that has the focus now gets its ring at once."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.findChild(_FocusTracker) is None:
        tracker = _FocusTracker(app)
        tracker._on_focus_changed(None, app.focusWidget())


def ring_of(widget: QWidget) -> FocusRing | None:
    """The ring of ``widget``'s window (tests and screenshots)."""
    window = widget.window()
    return next((c for c in window.children() if isinstance(c, FocusRing)), None)
