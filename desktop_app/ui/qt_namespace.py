"""Qt's namespace enums, created after the first paint instead of before it.

PySide6 builds the Python enums of the whole ``Qt`` namespace (about 90 enums, 1 200 members)
the first time anything touches ``Qt``: on this machine about 125 M instructions (~27 ms), a
fifth of a bare window's whole start, which never touches it (docs/gui.md, "Start-up").  So the
modules the window imports before its first paint get ``Qt`` from here, and what they set while
building the empty window they set by name:

- ``Qt`` is the real namespace for type checkers; at run time a stand-in that imports it at its
  first attribute access (an event handler, a result shown: after the first paint);
- ``set_properties`` sets Qt properties through the meta-object system, enum values by their key
  names ("AlignRight|AlignVCenter") as a Designer form does; a misspelt name or key raises;
- ``set_shortcut``: PySide tests the argument of ``QAction.setShortcut`` (and of
  ``QKeySequence(QKeySequence)``) against ``Qt.Key``, a list of key sequences it does not.
  Likewise a positional ``parent`` of ``QSplitter`` is tested against ``Qt.Orientation``.

``tests/ui/test_startup.py`` fails if the namespace exists at the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, Qt
    from PySide6.QtGui import QAction
else:
    class _LazyQt:
        def __getattr__(self, name: str) -> Any:
            from PySide6.QtCore import Qt as namespace

            value = getattr(namespace, name)
            setattr(self, name, value)  # later reads skip __getattr__
            return value

    Qt = _LazyQt()

# ``Qt.ItemDataRole.ToolTipRole`` for APIs whose C++ role argument is a plain int.
TOOLTIP_ROLE = 3


def set_properties(obj: QObject, **values: str | bool | int) -> None:
    """``set_properties(label, alignment="AlignRight|AlignVCenter", wordWrap=True)``."""
    for name, value in values.items():
        if not obj.setProperty(name, value):
            raise ValueError(f"{type(obj).__name__} has no property {name!r} taking {value!r}")


def set_shortcut(action: QAction, keys: str | list[QKeySequence]) -> None:
    """``set_shortcut(action, "Ctrl+S")``, or several: ``[QKeySequence(StandardKey.ZoomIn), …]``."""
    action.setShortcuts(keys if isinstance(keys, list) else [QKeySequence(keys)])


__all__ = ["TOOLTIP_ROLE", "Qt", "set_properties", "set_shortcut"]
