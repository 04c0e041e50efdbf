"""The app opens no network connection and listens on no socket (hazard H33): proven at OS
level, not by Python hooks.

Each command runs in a network namespace with no interfaces (``unshare -rn``) under
``strace -f -e trace=socket,connect,bind,listen``; the test fails on any ``connect()`` or
``bind()`` whose address family is not AF_UNIX, and on any ``listen()`` at all (the app serves
nothing; Qt's VNC platform plugin did, once). The frozen bundle gets the same check in
``tests/installers/test_linux_packages.py``.
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

TRACED = "trace=socket,connect,bind,listen"
COMMANDS = [
    pytest.param(["assess", "--ferritin", "5000", "--hla-dr", "1000", "--json"], id="assess"),
    pytest.param(["evidence", "--json"], id="evidence"),
    # window, every demo case, a PDF, a batch in worker processes
    pytest.param(["self-test"], id="self-test", marks=pytest.mark.qt),
]


def _namespaces_work() -> bool:
    return subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0


def network_use(trace: str) -> list[str]:
    """Lines of an strace log that reach beyond the machine or wait for someone to connect."""
    found = []
    for line in trace.splitlines():
        if (re.search(r"\b(connect|bind)\(", line) and not re.search(
                r"AF_UNIX|AF_LOCAL|AF_NETLINK", line)) or re.search(r"\blisten\(", line):
            found.append(line)
    return found


def traced_run(command: list[str], trace: Path, **kwargs: object,
               ) -> subprocess.CompletedProcess[str]:
    """Run ``command`` without network interfaces, every socket call of every process traced."""
    return subprocess.run(["unshare", "-rn", "strace", "-f", "-qq", "-e", TRACED, "-o",
                           str(trace), *command], capture_output=True, text=True,
                          **kwargs)  # type: ignore[call-overload]


@pytest.mark.parametrize("args", COMMANDS)
def test_command_makes_no_network_connection_and_listens_nowhere(
        args: list[str], tmp_path: Path) -> None:
    if not _namespaces_work():
        pytest.skip("user namespaces are not available here")
    trace = tmp_path / "trace.log"
    r = traced_run([sys.executable, "-m", "desktop_app", *args], trace, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert not network_use(trace.read_text()), network_use(trace.read_text())


@pytest.mark.parametrize(("line", "is_network"), [
    ('123 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X0"}, 20) = 0', False),
    ('123 connect(3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}'
     ', 16) = -1 ENETUNREACH', True),
    ('123 bind(4, {sa_family=AF_INET6, sin6_port=htons(5900)}, 28) = 0', True),
    ("123 listen(4, 50) = 0", True),
    ("123 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3", False),
    ('123 bind(5, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 0', False),
])
def test_the_trace_check_can_fail(line: str, is_network: bool) -> None:
    assert bool(network_use(line)) is is_network
