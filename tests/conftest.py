"""Test-wide setup.  Qt must be offscreen before anything imports PySide6.

Tests that need Qt carry the ``qt`` marker: everything under ``tests/ui`` and every test using
a pytest-qt fixture get it automatically, others (a subprocess that opens the window) declare
it. ``./dev test`` runs the rest with Qt unimportable (``tests/qt_blocked``, pytest-qt off), so
a Qt import below the window fails a test instead of a display-less hospital machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real user's data, settings or logs from a test (subprocesses inherit these).
os.environ.setdefault("IMMUNOSEP_TESTING", "1")
os.environ.setdefault("IMMUNOSEP_LOG_DIR", tempfile.mkdtemp(prefix="immunosep-test-logs-"))
os.environ.setdefault("IMMUNOSEP_DATA_DIR", tempfile.mkdtemp(prefix="immunosep-test-data-"))
# ... nor a workstation's site.toml (/etc/immunosep): every test starts from no site settings.
if "IMMUNOSEP_SITE_CONFIG" not in os.environ:
    _site = Path(tempfile.mkdtemp(prefix="immunosep-test-site-")) / "site.toml"
    _site.write_text("# no site settings in tests\n", encoding="utf-8")
    os.environ["IMMUNOSEP_SITE_CONFIG"] = str(_site)

# CI runs the same examples every time (a failure replays); developers get fresh ones.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


TESTS = Path(__file__).resolve().parent
QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester", "qtlog"}
QT_BLOCKED = any(getattr(finder, "immunosep_qt_blocker", False) for finder in sys.meta_path)


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    if not pluginmanager.has_plugin("pytest-qt"):
        # pyproject.toml sets pytest-qt's qt_api; without the plugin, --strict-config would
        # reject the unknown key.
        parser.addini("qt_api", "pytest-qt's Qt binding (unused: pytest-qt is not loaded)")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    # The window's test modules import Qt at module level: without Qt they are not collected.
    if QT_BLOCKED and (TESTS / "ui") in (collection_path, *collection_path.parents):
        return True
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        in_ui = (TESTS / "ui") in item.path.parents
        if in_ui or QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.qt)
    if QT_BLOCKED:
        deselected = [item for item in items if item.get_closest_marker("qt")]
        if deselected:
            config.hook.pytest_deselected(items=deselected)
            items[:] = [item for item in items if not item.get_closest_marker("qt")]
