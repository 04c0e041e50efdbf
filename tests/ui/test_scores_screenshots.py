"""Real-window screenshots of the scores window (issue 17) at 1366×768 (100 %) and 1600×1000
(150 %), checked for cut text; the PNGs (out/screenshots/scores-<scale>/) are for a person to
look at.  Run as test_screenshots.py says (Xvfb, QT_QPA_PLATFORM=xcb)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from .test_screenshots import ROOT, SIZES, _out_dir

HELPER = Path(__file__).with_name("screenshot_scores.py")
SHOTS = ("scores-result-card", "scores-eligibility", "scores-calculator", "scores-daily",
         "scores-death-dialog", "scores-hscore", "scores-result-card-eligibility",
         "scores-history-sofa", "scores-history-eligibility", "scores-history-hscore")

pytestmark = [
    pytest.mark.screenshot,
    pytest.mark.skipif(
        os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"),
        reason="needs a real X display: run under xvfb-run with QT_QPA_PLATFORM=xcb"),
]


@pytest.mark.parametrize("scale_name", sorted(SIZES))
def test_scores_panels_have_whole_readable_screenshots(tmp_path: Path, scale_name: str) -> None:
    scale, width, height = SIZES[scale_name]
    out = _out_dir() / f"scores-{scale_name}"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": str(scale),
           "IMMUNOSEP_LOG_DIR": str(tmp_path / "log"), "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, str(HELPER), str(out), str(width), str(height)],
                       env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    clipped = (out / "clipped.txt").read_text(encoding="utf-8").strip() \
        if (out / "clipped.txt").exists() else ""
    assert r.returncode == 0, clipped or r.stderr
    for name in SHOTS:
        image = QImage(str(out / f"{name}.png"))
        assert not image.isNull(), name
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
                   for y in range(0, image.height(), 29)}
        assert len(colours) > (4 if name.endswith("dialog") else 8), f"{name} looks blank"
