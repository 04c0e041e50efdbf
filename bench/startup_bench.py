"""Start-up of the desktop app against a bare PySide6 window, paired on the same machine.

Usage: python bench/startup_bench.py [-n RUNS] [-w WARMUP] [--keep-env] [--platform NAME]

Runs, alternating A B A B … (the ratio is taken pair by pair, so it stays meaningful while a
shared VM's speed drifts; see ../shared/perf/baseline.md, Method):

  A  immunosep gui --smoke-test           main window shown, exit after its first paint
  B  bare window                          QApplication + 1024×768 QMainWindow, same exit
  C  immunosep gui --smoke-test=charts    also waits until both pyqtgraph charts rendered

Each process is timed from spawn to reap (wall), with its CPU time (user + system: less
disturbed than wall time when other jobs share the machine) and peak RSS, from wait4.  All run
on Qt's offscreen platform unless ``--platform`` names another (``xcb`` under ``xvfb-run``).
The app starts as a ward workstation starts it: ``immunosep gui`` without options, its data and
log folders found by platformdirs (pointed into a private folder through ``XDG_DATA_HOME`` and
``XDG_STATE_HOME`` on Linux; elsewhere ``--data-dir`` and ``IMMUNOSEP_LOG_DIR``), and a site
configuration naming the report header (``SITE_TOML``, through ``IMMUNOSEP_SITE_CONFIG``).
By default the children get a private bytecode cache (PYTHONPYCACHEPREFIX, filled by the
warm-up runs) and PYTHONDONTWRITEBYTECODE is removed, because an installed or frozen app always
has compiled bytecode; ``--keep-env`` measures with the caller's environment unchanged.
Goal (issue 13): A/B ≤ 2.0 (aim 1.8).  Record the figures in docs/gui.md.
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
# What hospital IT typically sets (desktop_app/site_config.py); the database stays the local
# default: the record store is opened after the first paint in any case.
SITE_TOML = """[report]
institution = "General Hospital"
ward = "ICU 2"
paper = "A4"
"""

# The bare window of ../shared/perf/bench/startup_bare.py, inlined so the repo is self-contained.
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not FirstPaint.done:
            FirstPaint.done = True
            QTimer.singleShot(0, QApplication.quit)
        return False
app = QApplication(sys.argv)
win = QMainWindow()
win.setWindowTitle("bare")
win.resize(1024, 768)
fp = FirstPaint()
win.installEventFilter(fp)
win.show()
app.exec()
"""


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MiB) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code:
        raise SystemExit(f"exit {code}: {' '.join(cmd)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def summary(values: list[float], scale: float = 1.0) -> str:
    return (f"{statistics.median(values) * scale:.0f} "
            f"[{min(values) * scale:.0f}–{max(values) * scale:.0f}]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20, help="measured rounds (default 20)")
    parser.add_argument("-w", type=int, default=2, help="warm-up rounds (default 2)")
    parser.add_argument("--keep-env", action="store_true",
                        help="do not give the children a bytecode cache")
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform plugin for both windows (default offscreen; xcb "
                             "needs an X server, e.g. xvfb-run)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="immunosep-startup-"))
    (work / "site.toml").write_text(SITE_TOML, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "PYTHONPATH": str(ROOT),
           "IMMUNOSEP_SITE_CONFIG": str(work / "site.toml")}
    for name in ("IMMUNOSEP_DATA_DIR", "IMMUNOSEP_LOG_DIR"):
        env.pop(name, None)
    app = [sys.executable, "-m", "desktop_app", "gui"]
    if sys.platform.startswith("linux"):  # the folders platformdirs finds, in a private place
        env.update(XDG_DATA_HOME=str(work / "data"), XDG_STATE_HOME=str(work / "state"))
    else:
        env["IMMUNOSEP_LOG_DIR"] = str(work / "log")
        app += ["--data-dir", str(work / "data")]
    if not args.keep_env:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    commands = {"A": [*app, "--smoke-test"], "B": [sys.executable, "-c", BARE],
                "C": [*app, "--smoke-test=charts"]}

    load_before = os.getloadavg()[0]
    for _ in range(args.w):
        for cmd in commands.values():
            run(cmd, env)
    rounds = [{name: run(cmd, env) for name, cmd in commands.items()} for _ in range(args.n)]
    load_after = os.getloadavg()[0]

    def column(name: str, index: int) -> list[float]:
        return [r[name][index] for r in rounds]

    labels = {"A": "app window, first paint (--smoke-test)",
              "B": "bare PySide6 window, first paint",
              "C": "app window + both charts rendered (--smoke-test=charts)"}
    print(f"n={args.n} rounds, warm-up {args.w}, bytecode cache: "
          f"{'caller env' if args.keep_env else 'private, warm'}; platform {args.platform}; "
          f"Python {sys.version.split()[0]}; load average {load_before:.2f} before, "
          f"{load_after:.2f} after")
    print("| what | wall ms median [min–max] | CPU ms median [min–max] | peak RSS MiB |")
    print("| --- | --- | --- | --- |")
    for name, label in labels.items():
        print(f"| {name}: {label} | {summary(column(name, 0), 1e3)} | "
              f"{summary(column(name, 1), 1e3)} | {statistics.median(column(name, 2)):.0f} |")
    for name in ("A", "C"):
        cells = []
        for index in (0, 1):  # wall, CPU
            ratios = [r[name][index] / r["B"][index] for r in rounds]
            cells.append(f"{statistics.median(ratios):.2f} [{min(ratios):.2f}–{max(ratios):.2f}]")
        print(f"| {name}/B paired ratio | {cells[0]} | {cells[1]} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
