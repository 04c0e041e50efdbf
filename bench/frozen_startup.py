"""Frozen app: bundle size and start-to-window time, paired against a bare PySide6 window.

Usage:
    installers/build-linux.sh            # or any PyInstaller onedir
    .venv/bin/python bench/frozen_startup.py [-n 15] [-w 2] [--onedir DIR]
    (DIR defaults to installers/build/onedir/immunosep, where build-linux.sh puts it)

Times whole processes from spawn to exit (``os.wait4``, as ../shared/perf/bench/proc_time.py),
offscreen, with a throwaway HOME.  The commands run in rounds A B C D E, A B C D E, ... so the
ratios are taken pair by pair and stay meaningful while a shared machine's speed drifts:
  A  frozen ``immunosep gui --smoke-test``          main window, exits after its first paint
  B  frozen ``immunosep gui --smoke-test charts``   ... after both pyqtgraph charts rendered
  C  ``python -m desktop_app gui --smoke-test``     the same window from the source venv
  D  ``python bench/frozen_startup.py --bare``      QApplication + empty QMainWindow, first paint
  E  frozen ``immunosep --self-test``               window, demo cases, PDF, 2-process batch
Prints Markdown for docs/installers.md.  ``--bare`` is mode D itself.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bare_window() -> int:
    """Mode D: the smallest Qt program that shows a window, quitting after the first paint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # Qt override
            if ev.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, QApplication.quit)
            return False

    app = QApplication(sys.argv[:1])
    win = QMainWindow()
    win.resize(1024, 768)
    spy = FirstPaint()
    win.installEventFilter(spy)
    win.show()
    return app.exec()


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one process."""
    started = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"exit {os.waitstatus_to_exitcode(status)}: {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024


def spread(values: list[float], scale: float = 1.0, fmt: str = ".0f") -> str:
    return (f"{statistics.median(values) * scale:{fmt}} "
            f"[{min(values) * scale:{fmt}}–{max(values) * scale:{fmt}}]")


def tree_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def size_report(onedir: Path) -> list[str]:
    total, count = tree_size(onedir)
    lines = [f"| onedir `{onedir.name}/` | {total / 2**20:.0f} MiB | {count} files |"]
    internal = onedir / "_internal"
    parts = sorted(((tree_size(p)[0] if p.is_dir() else p.stat().st_size, p.name)
                    for p in internal.iterdir() if not p.is_symlink()), reverse=True)[:8]
    lines += [f"| — `_internal/{name}` | {size / 2**20:.1f} MiB | |" for size, name in parts]
    for pattern in ("*.deb", "*.tar.gz"):
        for package in sorted((ROOT / "installers" / "dist").glob(pattern)):
            lines.append(f"| `{package.name}` | {package.stat().st_size / 2**20:.0f} MiB | |")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=15, help="measured rounds (default 15)")
    ap.add_argument("-w", type=int, default=2, help="warm-up rounds (default 2)")
    ap.add_argument("--onedir", type=Path, default=ROOT / "installers/build/onedir/immunosep")
    ap.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.bare:
        return bare_window()
    exe = args.onedir / "immunosep"
    if not exe.is_file():
        raise SystemExit(f"{exe} not found: run installers/build-linux.sh first")

    home = tempfile.mkdtemp(prefix="frozen-startup-")
    env = {**os.environ, "HOME": home, "QT_QPA_PLATFORM": "offscreen",
           "IMMUNOSEP_DATA_DIR": f"{home}/data", "IMMUNOSEP_LOG_DIR": f"{home}/logs"}
    commands = {
        "A frozen window": [str(exe), "gui", "--smoke-test"],
        "B frozen window + charts": [str(exe), "gui", "--smoke-test", "charts"],
        "C venv window": [sys.executable, "-m", "desktop_app", "gui", "--smoke-test"],
        "D bare PySide6 window": [sys.executable, str(Path(__file__).resolve()), "--bare"],
        "E frozen --self-test": [str(exe), "--self-test"],
    }
    for _ in range(args.w):
        for cmd in commands.values():
            run_once(cmd, env)
    rounds = [{name: run_once(cmd, env) for name, cmd in commands.items()}
              for _ in range(args.n)]

    def walls(name: str) -> list[float]:
        return [r[name][0] for r in rounds]

    print(f"n={args.n} rounds (+{args.w} warm-up), offscreen, {os.cpu_count()} CPUs, "
          f"{time.strftime('%Y-%m-%d %H:%M %Z')}\n")
    print("| command | wall ms median [min–max] | peak RSS MiB |")
    print("| --- | --- | --- |")
    for name in commands:
        print(f"| {name} | {spread(walls(name), 1e3)} | "
              f"{spread([r[name][1] for r in rounds])} |")
    print("\n| paired ratio | median [min–max] |")
    print("| --- | --- |")
    for a, b in (("A frozen window", "D bare PySide6 window"),
                 ("B frozen window + charts", "D bare PySide6 window"),
                 ("A frozen window", "C venv window")):
        ratios = [r[a][0] / r[b][0] for r in rounds]
        print(f"| {a[0]} / {b[0]} | {spread(ratios, fmt='.2f')} |")
    print("\n| bundle | size | |")
    print("| --- | --- | --- |")
    print("\n".join(size_report(args.onedir)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
