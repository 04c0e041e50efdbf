"""Makes Qt unimportable in this interpreter and every Python process it starts.

``./dev test`` runs the tests that need no window with ``PYTHONPATH=tests/qt_blocked``; Python
imports this module at start-up (``site``), so PySide6, shiboken6 and pyqtgraph cannot be
imported by the test process, nor by the ``python -m desktop_app …`` commands the tests start.
A module below the window that imports Qt, even inside a function on a rarely used path, then
fails the test that reaches it, not the first hospital machine without a display.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

BLOCKED = ("PySide6", "shiboken6", "pyqtgraph")


class QtBlocker(importlib.abc.MetaPathFinder):
    immunosep_qt_blocker = True  # how tests/conftest.py recognises the headless pass

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(
                f"{fullname} is blocked: this test pass runs without Qt (tests/qt_blocked); "
                "only desktop_app.ui and the commands that open a window may import it",
                name=fullname)
        return None


sys.meta_path.insert(0, QtBlocker())
