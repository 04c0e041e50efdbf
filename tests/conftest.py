"""Test-wide setup.  Qt must be offscreen before anything imports PySide6."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real user's data or settings from a test.
os.environ.setdefault("IMMUNOSEP_TESTING", "1")
