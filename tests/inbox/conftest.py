"""Fixtures of the drop-folder tests: a SQLite record store in ``tmp_path`` and a runner with
a controllable monotonic clock (a test advances time instead of sleeping)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.services.inbox import InboxRunner
from desktop_app.services.records import Store, open_store
from desktop_app.site_config import SiteConfig

from .messages import INBOX

NOW = datetime(2025, 3, 25, 8, 0, tzinfo=UTC)


class Ticks:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "data", training=False, site=SiteConfig(), os_user="lab") as s:
        yield s


@pytest.fixture
def drop(tmp_path: Path) -> Path:
    folder = tmp_path / "drop"
    folder.mkdir()
    return folder


@pytest.fixture
def ticks() -> Ticks:
    return Ticks()


@pytest.fixture
def runner(drop: Path, store: Store, ticks: Ticks) -> InboxRunner:
    return InboxRunner(drop, INBOX, clock=lambda: NOW, evidence_version="ev-1",
                       settle_s=2.0, monotonic=ticks)


def settle(runner: InboxRunner, store: Store, ticks: Ticks):
    """Two looks ``settle_s`` apart: the second pass reads what stayed unchanged."""
    first = runner.run_pass(store)
    ticks.t += runner.settle_s
    second = runner.run_pass(store)
    first.files += second.files
    first.waiting = second.waiting
    return first
