"""Real-window screenshots of every demo case at 100 % and 150 % scaling (Xvfb, xcb).

Run: xvfb-run -a -s "-screen 0 1600x1200x24" env QT_QPA_PLATFORM=xcb \\
         .venv/bin/python -m pytest -m screenshot tests/ui
PNGs go to out/screenshots/<scale>/ (git-ignored; override with IMMUNOSEP_SCREENSHOT_DIR) for
a person to look at.  The assertions are coarse on purpose (no pixel goldens): every case has
a PNG of the scaled size, it is not blank, and the training banner's orange is at the top.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from desktop_app.services.demo import load_demo_cases

ROOT = Path(__file__).resolve().parents[2]
HELPER = Path(__file__).with_name("screenshot_demo_cases.py")
SIZES = {"100": (1.0, 1280, 800), "150": (1.5, 1280, 720)}  # 150 %: a full-HD laptop
BANNER_ORANGE = QColor("#E69F00")

pytestmark = [
    pytest.mark.screenshot,
    pytest.mark.skipif(
        os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"),
        reason="needs a real X display: run under xvfb-run with QT_QPA_PLATFORM=xcb"),
]


def _out_dir() -> Path:
    return Path(os.environ.get("IMMUNOSEP_SCREENSHOT_DIR", ROOT / "out" / "screenshots"))


@pytest.mark.parametrize("scale_name", sorted(SIZES))
def test_every_demo_case_has_a_readable_screenshot(tmp_path: Path, scale_name: str) -> None:
    scale, width, height = SIZES[scale_name]
    out = _out_dir() / scale_name
    # PYTHONPATH: the helper runs as a script, and must import this checkout's package.
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": str(scale),
           "IMMUNOSEP_LOG_DIR": str(tmp_path / "log"), "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, str(HELPER), str(out), str(width), str(height)],
                       env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    names = [c.id for c in load_demo_cases()] + ["clinical-empty", "clinical-refused-value"]
    for name in names:
        image = QImage(str(out / f"{name}.png"))
        assert not image.isNull(), name
        assert abs(image.width() - width * scale) <= 2 and abs(image.height() - height * scale) <= 2
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
                   for y in range(0, image.height(), 29)}
        assert len(colours) > 20, f"{name} looks blank"
        banner = image.pixelColor(image.width() // 2, round(40 * scale))
        is_orange = (abs(banner.red() - BANNER_ORANGE.red()) < 30
                     and abs(banner.green() - BANNER_ORANGE.green()) < 30)
        assert is_orange == name.startswith("DEMO-"), name
