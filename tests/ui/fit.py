"""Does every text fit its widget?  A layout check for any language (pseudo-locale included).

``clipped(root)`` lists the visible labels, buttons and group boxes under ``root`` whose text
does not fit the space the layout gave them.  Use it after ``show()`` and a processed event
loop, in English, in the pseudo-locale (accented, 40 % longer) and in German and Greek.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QWidget


def clipped(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        name = f"{type(w).__name__} {(_text(w) or '')[:40]!r}"
        if isinstance(w, QLabel) and w.wordWrap():
            if w.height() < w.heightForWidth(w.width()):
                out.append(f"{name}: height {w.height()} < {w.heightForWidth(w.width())}")
        elif isinstance(w, QLabel | QAbstractButton | QComboBox):
            hint = w.minimumSizeHint() if isinstance(w, QComboBox) else w.sizeHint()
            if w.width() < hint.width() or w.height() < hint.height():
                out.append(f"{name}: {w.width()}x{w.height()} < {hint.width()}x{hint.height()}")
        elif isinstance(w, QGroupBox):
            need = w.fontMetrics().horizontalAdvance(w.title())
            if w.width() < need:
                out.append(f"{name}: title needs {need} px, has {w.width()}")
    return out


def _text(w: QWidget) -> str | None:
    if isinstance(w, QGroupBox):
        return w.title()
    if isinstance(w, QComboBox):
        return w.currentText()
    text = getattr(w, "text", None)
    return text() if callable(text) else None
