"""About and Settings fit in German, Greek and the pseudo-locale on a real X display of
1366x768, at 100 % and 150 % (the offscreen platform's font metrics, and a larger screen, hide
clipping that a ward laptop shows).  PNGs go to out/screenshots/i18n/<scale>/ for a person to
look at.  Each run starts its own 1366x768 Xvfb.

Run: .venv/bin/python -m pytest -m screenshot tests/i18n   (./dev test runs it)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.i18n import PSEUDO

ROOT = Path(__file__).resolve().parents[2]
HELPER = Path(__file__).with_name("dialog_screens.py")

pytestmark = [
    pytest.mark.screenshot,
    pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (./dev setup)"),
]
SCREEN = "1366x768x24"  # the ward laptop


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_dialogs_fit_in_long_languages_on_screen(tmp_path: Path, qm_dir: Path,
                                                 scale: str) -> None:
    out = Path(os.environ.get("IMMUNOSEP_SCREENSHOT_DIR", ROOT / "out" / "screenshots"))
    out = out / "i18n" / scale.replace(".", "")
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "PYTHONPATH": str(ROOT),
           "IMMUNOSEP_LOG_DIR": str(tmp_path / "log")}
    env.pop("DISPLAY", None)
    command = ["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}", "env", "QT_QPA_PLATFORM=xcb",
               sys.executable, str(HELPER), str(qm_dir), str(out), "de", "el", PSEUDO]
    r = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout.strip().splitlines()[-1])
    assert len(report) == 6
    assert not {k: v for k, v in report.items() if v}
