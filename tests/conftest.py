"""Test-wide setup.  Qt must be offscreen before anything imports PySide6."""

from __future__ import annotations

import os
import tempfile

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real user's data, settings or logs from a test (subprocesses inherit these).
os.environ.setdefault("IMMUNOSEP_TESTING", "1")
os.environ.setdefault("IMMUNOSEP_LOG_DIR", tempfile.mkdtemp(prefix="immunosep-test-logs-"))
os.environ.setdefault("IMMUNOSEP_DATA_DIR", tempfile.mkdtemp(prefix="immunosep-test-data-"))

# CI runs the same examples every time (a failure replays); developers get fresh ones.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
