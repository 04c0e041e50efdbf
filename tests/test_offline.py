"""The app opens no network connection (hazard H33): proven at OS level, not by Python hooks.

Each command runs in a network namespace with no interfaces (``unshare -rn``) under
``strace -f -e trace=connect``; the test fails on any connect() whose family is not AF_UNIX.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not (shutil.which("unshare") and shutil.which("strace") and sys.platform == "linux"),
    reason="needs Linux with unshare and strace")

COMMANDS = [
    ["assess", "--ferritin", "5000", "--hla-dr", "1000", "--json"],
    ["evidence", "--json"],
]


def _namespaces_work() -> bool:
    return subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_command_makes_no_network_connection(args: list[str], tmp_path: Path) -> None:
    if not _namespaces_work():
        pytest.skip("user namespaces are not available here")
    trace = tmp_path / "trace.log"
    r = subprocess.run(["unshare", "-rn", "strace", "-f", "-qq", "-e", "trace=connect", "-o",
                        str(trace), sys.executable, "-m", "desktop_app", *args],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    connects = [line for line in trace.read_text().splitlines() if "connect(" in line]
    network = [line for line in connects if not re.search(r"AF_UNIX|AF_LOCAL", line)]
    assert not network, network
