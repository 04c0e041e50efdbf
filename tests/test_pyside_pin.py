"""Regression test behind the PySide6-Essentials pin (perf/baseline.md, "Blocking finding").

PySide6 6.12.0 on CPython 3.10/3.11 drops a reference to ``None`` on every call of a C++ method
returning void; before Python 3.12 ``None`` is mortal, so the process aborts with
``Fatal Python error: none_dealloc``.  The repro runs in a subprocess: if it ever fails, do not
lift the ``<6.12`` pin in pyproject.toml.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version

import pytest

REPRO = """
import sys
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([]); img = QImage(8, 8, QImage.Format.Format_ARGB32); p = QPainter(img)
before = sys.getrefcount(None)
for _ in range(10000): p.resetTransform()
after = sys.getrefcount(None)
p.end()
print('survived 10000 void calls', before - after)
"""


@pytest.mark.qt
def test_void_calls_do_not_leak_none_references() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-c", REPRO], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert "survived 10000 void calls" in r.stdout
    drift = int(r.stdout.split()[-1])
    assert abs(drift) < 100, f"{drift} references to None lost in 10000 void calls"


def test_pin_holds_while_on_python_before_3_12() -> None:
    installed = tuple(int(p) for p in version("PySide6-Essentials").split(".")[:2])
    if sys.version_info < (3, 12):
        assert installed < (6, 12), "PySide6 6.12.0 aborts CPython < 3.12 (none_dealloc)"
