"""Entry script of the frozen app (PyInstaller).  Lives outside the package on purpose.

PyInstaller runs this file as ``__main__``; keeping it outside ``desktop_app`` means the package is
imported exactly as in a checkout (absolute imports, ``pkgutil`` subcommand discovery) instead of
as a loose script.  It does three things the package must not do on import:

* gives windowed builds somewhere to write: their ``sys.stdout``/``sys.stderr`` are ``None``
  (Windows ``immunosep.exe``, the macOS ``.app``) and the first ``print`` would raise;
* lets ``multiprocessing`` workers of the frozen app start (the PDF batch uses a process pool;
  spawned children re-run this executable, and ``freeze_support`` turns them into workers);
* maps the installer-facing flag ``--self-test`` onto the ``self-test`` subcommand.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Sequence
from typing import TextIO

CONSOLE_LOG = "console.log"
# Flags that hospital IT scripts pass to the installed binary, and the subcommand each runs.
FLAG_COMMANDS = {"--self-test": "self-test"}


def map_argv(argv: Sequence[str]) -> list[str]:
    """``immunosep --self-test [...]`` → ``immunosep self-test [...]``; anything else unchanged."""
    args = list(argv)
    if args and args[0] in FLAG_COMMANDS:
        args[0] = FLAG_COMMANDS[args[0]]
    return args


def console_log_path() -> str:
    """Where a windowed build's console output goes: next to the app's diagnostic log."""
    from desktop_app.log import log_dir  # cheap: stdlib and platformdirs only

    return os.path.join(log_dir(), CONSOLE_LOG)


def _open_log() -> TextIO:
    try:
        path = console_log_path()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        # Line-buffered so a crash still leaves the last lines on disk.
        return open(path, "a", encoding="utf-8", errors="backslashreplace", buffering=1)
    except OSError:
        return open(os.devnull, "w", encoding="utf-8")


def guard_streams() -> None:
    """Replace missing console streams (windowed builds) with the log file."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    log = _open_log()
    if sys.stdout is None:
        sys.stdout = log
    if sys.stderr is None:
        sys.stderr = log


def main() -> int:
    guard_streams()
    multiprocessing.freeze_support()  # returns at once unless this process is a pool worker
    from desktop_app.cli import main as cli_main

    return cli_main(map_argv(sys.argv[1:]))


if __name__ == "__main__":
    raise SystemExit(main())
