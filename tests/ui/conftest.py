"""GUI test fixtures: a main window with isolated settings, a fixed clock and no threads left."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop_app.services.evidence import load_evidence
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.workers import running_tasks

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "profile" / "settings.ini"


@pytest.fixture
def app_settings(settings_path: Path) -> AppSettings:
    return AppSettings(settings_path)


@pytest.fixture
def make_window(qtbot, tmp_path: Path, settings_path: Path) -> Callable[..., MainWindow]:  # type: ignore[no-untyped-def]
    """Build a MainWindow with a temp INI and data dir; closed by qtbot on teardown."""

    def make(*, training: bool = False, show: bool = False, **kwargs: object) -> MainWindow:
        window = MainWindow(evidence=load_evidence(), settings=AppSettings(settings_path),
                            data_dir=tmp_path / "data", training=training,
                            clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture(autouse=True)
def _no_dangling_threads(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    assert QThreadPool.globalInstance().waitForDone(2000)
    qapp.processEvents()
    assert not running_tasks()
