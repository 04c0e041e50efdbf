"""Durability, proven: kill a process writing assessments at >= 200 random moments.

Afterwards ``PRAGMA integrity_check`` must pass and every assessment whose save had returned
(its id was printed after ``save_assessment`` returned) must be present, with its audit chain
intact (hazards §6.1).  The writer is ``crash_writer.py``.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.services.records import open_store

KILLS = 200
WRITER = Path(__file__).with_name("crash_writer.py")
REPO = Path(__file__).resolve().parents[2]


def _kill_rounds(data_dir: Path, kills: int, rng: random.Random) -> tuple[set[int], list[str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writer = subprocess.Popen([sys.executable, str(WRITER), str(data_dir)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, bufsize=1, env=env)
    assert writer.stdin is not None and writer.stdout is not None
    acked: set[int] = set()
    statuses: list[str] = []
    try:
        for _ in range(kills):
            writer.stdin.write("fork\n")
            writer.stdin.flush()
            line = writer.stdout.readline()
            assert line.startswith("child "), line
            pid = int(line.split()[1])
            time.sleep(rng.uniform(0.05, 0.3))
            os.kill(pid, signal.SIGKILL)
            for line in writer.stdout:
                if line.startswith("ack "):
                    acked.add(int(line.split()[1]))
                elif line.startswith("done "):
                    statuses.append(line.split()[1])
                    break
                else:
                    raise AssertionError(f"unexpected writer output: {line!r}")
    finally:
        writer.stdin.close()
        writer.wait(timeout=30)
    return acked, statuses


@pytest.mark.slow
@pytest.mark.timeout(900)  # 200 killed child processes
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_no_acknowledged_save_is_lost_after_200_kills(tmp_path):
    seed = random.randrange(2**32)
    data_dir = tmp_path / "data"
    acked, statuses = _kill_rounds(data_dir, KILLS, random.Random(seed))
    # Every round really ended in SIGKILL (not an exception in the writer).
    assert statuses == [str(signal.SIGKILL)] * KILLS, f"seed {seed}"
    assert len(acked) > KILLS, f"too few saves acknowledged to mean anything (seed {seed})"
    path = data_dir / "clinical.sqlite"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"seed {seed}"
        present = {i for (i,) in conn.execute("SELECT id FROM assessments")}
    lost = sorted(acked - present)
    assert not lost, f"acknowledged but lost: {lost[:10]} (seed {seed})"
    with open_store(data_dir, training=False) as store:
        report = store.verify_audit()
        assert report.ok, f"{report.problem} at {report.broken_seq} (seed {seed})"
