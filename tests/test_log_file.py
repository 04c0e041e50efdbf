"""The diagnostic log file: created by ``configure_logging``, written from the first record,
rotated at its size limit; ``logging.handlers`` is imported by the first record only."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import log
from desktop_app.paths import APP_SLUG


def test_first_record_opens_the_file_and_rotation_keeps_backups(tmp_path: Path) -> None:
    handler = log.RotatingLog(tmp_path / "app.log", max_bytes=200, backups=2)
    handler.setFormatter(log.PrivacyFormatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("desktop_app.test_log_file")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        logger.warning("first record")
        assert (tmp_path / "app.log").read_text(encoding="utf-8") == "WARNING first record\n"
        for n in range(40):
            logger.warning("record %02d of a long session", n)
        handler.setFormatter(log.PrivacyFormatter("late %(message)s"))  # reaches the open file
        logger.warning("last")
    finally:
        logger.removeHandler(handler)
        handler.close()
        logger.propagate = True
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2"]  # two backups, none beyond
    assert all(p.stat().st_size <= 200 for p in tmp_path.iterdir())
    assert (tmp_path / "app.log").read_text(encoding="utf-8").endswith("late last\n")


def test_configure_logging_creates_the_file_and_defers_logging_handlers(tmp_path: Path) -> None:
    code = ("import logging, sys\nfrom desktop_app.log import configure_logging\n"
            "path = configure_logging()\n"
            "print(path.exists(), 'logging.handlers' in sys.modules)\n"
            "logging.getLogger('x').warning('row %d refused', 7)\n"
            "print('logging.handlers' in sys.modules, path.read_text().strip().endswith("
            "'WARNING x: row 7 refused'))\n")
    env = {**os.environ, "IMMUNOSEP_LOG_DIR": str(tmp_path / "log")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60, env=env).stdout.split()
    assert out == ["True", "False", "True", "True"]


def test_a_log_file_that_cannot_be_opened_means_no_log(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / f"{APP_SLUG}.log").mkdir()  # a folder where the file should be
    monkeypatch.setenv("IMMUNOSEP_LOG_DIR", str(tmp_path))
    root = logging.getLogger()
    earlier = [h for h in root.handlers if getattr(h, "_immunosep", False)]
    for handler in earlier:
        root.removeHandler(handler)
    try:
        assert log.configure_logging() is None
    finally:
        for handler in earlier:
            root.addHandler(handler)
