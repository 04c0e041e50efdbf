"""A closed output pipe (`immunosep evidence | head -1`) ends every command quietly.

The reader end of the pipe is closed before the command writes, so every write fails with
EPIPE whatever the timing (a real `head -1` only sometimes closes before the writer is done).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import EXIT_CLOSED_PIPE

LAB_FILE = Path(__file__).resolve().parent.parent / "data" / "import" / "en_lis_export.csv"

QUIET_ENDINGS = (0, EXIT_CLOSED_PIPE)


def _run_into_closed_pipe(args: list[str], data_dir: Path | None = None,
                          ) -> subprocess.CompletedProcess[bytes]:
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = dict(os.environ)
    if data_dir is not None:
        env["IMMUNOSEP_DATA_DIR"] = str(data_dir)
    try:
        return subprocess.run([sys.executable, "-m", "desktop_app", *args], stdout=write_end,
                              stderr=subprocess.PIPE, env=env, timeout=120)
    finally:
        os.close(write_end)


# Every command that writes to standard output, each in its text and JSON form.
@pytest.mark.parametrize("args", [
    ["evidence"],
    ["evidence", "--json"],
    ["assess", "--ferritin", "5120", "--hla-dr", "3200", "--age", "60"],
    ["assess", "--ferritin", "5120", "--hla-dr", "3200", "--age", "60", "--json"],
    ["assess", "--ferritin", "5120", "--hla-dr", "3200", "--patient-id", "PIPE-1", "--save"],
    ["batch", str(LAB_FILE)],
    ["batch", str(LAB_FILE), "--json"],
    ["history", "--patient-id", "PIPE-1"],
    ["history", "--patient-id", "PIPE-1", "--json"],
    ["audit", "verify"],
    ["--help"],
    ["--version"],
], ids=lambda args: " ".join(a if "/" not in a else Path(a).name for a in args))
def test_a_closed_pipe_ends_the_command_quietly(args: list[str], tmp_path: Path) -> None:
    r = _run_into_closed_pipe(args, data_dir=tmp_path)
    assert r.returncode in QUIET_ENDINGS
    assert r.stderr == b""  # no BrokenPipeError traceback, no "Exception ignored"


def test_output_cut_short_says_so_in_the_exit_code() -> None:
    # More than any pipe buffer: the command is still writing when the pipe is gone.
    assert _run_into_closed_pipe(["evidence"]).returncode == EXIT_CLOSED_PIPE
