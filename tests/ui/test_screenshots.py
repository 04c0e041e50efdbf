"""Real-window screenshots at 1366×768 (100 %) and 1600×1000 (150 %), checked for cut text.

Run: xvfb-run -a -s "-screen 0 2600x1800x24" env QT_QPA_PLATFORM=xcb \\
         .venv/bin/python -m pytest -m screenshot tests/ui
PNGs go to out/screenshots/<scale>/ (git-ignored; override with IMMUNOSEP_SCREENSHOT_DIR) for
a person to look at: every demo case, the quiz, and the clinical window empty, refused, near the
threshold, after a unit change, cannot classify, saved, a past assessment, a correction, the
history, the patient list and the evidence audit.  The helper checks every visible value field,
box, label and button for cut text (``clipped.txt``, exit status 1).  150 % is a 1600×1000
screen at ``QT_SCALE_FACTOR=1.5``: a 1067×667 logical window, where the stacked layout is used.
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
SIZES = {"100": (1.0, 1366, 768), "150": (1.5, 1067, 667)}
BANNER_ORANGE = QColor("#E69F00")
CLINICAL = ("clinical-empty", "clinical-refused-value", "clinical-near-threshold",
            "clinical-unit-changed", "clinical-cannot-classify", "clinical-saved",
            "clinical-past-assessment", "clinical-correcting", "clinical-evidence-audit")

pytestmark = [
    pytest.mark.screenshot,
    pytest.mark.skipif(
        os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"),
        reason="needs a real X display: run under xvfb-run with QT_QPA_PLATFORM=xcb"),
]


def _out_dir() -> Path:
    return Path(os.environ.get("IMMUNOSEP_SCREENSHOT_DIR", ROOT / "out" / "screenshots"))


@pytest.mark.parametrize("scale_name", sorted(SIZES))
def test_every_state_has_a_whole_readable_screenshot(tmp_path: Path, scale_name: str) -> None:
    scale, width, height = SIZES[scale_name]
    out = _out_dir() / scale_name
    # PYTHONPATH: the helper runs as a script, and must import this checkout's package.
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": str(scale),
           "IMMUNOSEP_LOG_DIR": str(tmp_path / "log"), "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, str(HELPER), str(out), str(width), str(height)],
                       env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    clipped = (out / "clipped.txt").read_text(encoding="utf-8").strip() \
        if (out / "clipped.txt").exists() else ""
    assert r.returncode == 0, clipped or r.stderr
    names = [c.id for c in load_demo_cases()] + ["training-quiz", *CLINICAL]
    for name in names:
        image = QImage(str(out / f"{name}.png"))
        assert not image.isNull(), name
        assert abs(image.width() - width * scale) <= 2 and abs(image.height() - height * scale) <= 2
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
                   for y in range(0, image.height(), 29)}
        assert len(colours) > 20, f"{name} looks blank"
        row = [image.pixelColor(x, round(40 * scale))
               for x in range(image.width() // 2, image.width() - 20, 7)]
        is_orange = any(abs(c.red() - BANNER_ORANGE.red()) < 30
                        and abs(c.green() - BANNER_ORANGE.green()) < 30
                        and abs(c.blue() - BANNER_ORANGE.blue()) < 30 for c in row)
        training = name.startswith("DEMO-") or name == "training-quiz"
        assert is_orange == training, name
    for name in ("history", "patient-list", "dialog-save-confirm"):
        assert not QImage(str(out / f"{name}.png")).isNull(), name
