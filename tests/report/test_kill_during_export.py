"""kill -9 during export (hazard H22): a final path holds a complete report or nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.services.atomic import TEMP_PREFIX

WRITER = Path(__file__).with_name("export_writer.py")
REPO = Path(__file__).resolve().parents[2]
ROUNDS = 6


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
def test_kill_minus_nine_never_leaves_a_partial_report(tmp_path: Path) -> None:
    rng = random.Random(20261124)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    checked = 0
    for round_ in range(ROUNDS):
        out = tmp_path / f"round{round_}"
        out.mkdir()
        child = subprocess.Popen([sys.executable, str(WRITER), str(out)], stdout=subprocess.PIPE,
                                 text=True, env=env)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))  # somewhere inside a render or a write
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        for pdf in out.glob("*.pdf"):
            data = pdf.read_bytes()
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), pdf.name
            reader = PdfReader(pdf)
            assert "End of report" in reader.pages[-1].extract_text(), pdf.name
            checked += 1
        assert all(p.name.startswith(TEMP_PREFIX) for p in out.iterdir()
                   if p.suffix != ".pdf")
    assert checked >= ROUNDS  # at least the warm-up report of every round
