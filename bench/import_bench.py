"""``immunosep batch`` against the pandas script a pharmacist would write (``import_peer.py``).

Usage: .venv/bin/python bench/import_bench.py [--reps 7] [--xlsx-reps 3] [--skip-1m]
       [--routes csv json xlsx] [--data DIR]

Both are run as whole processes (interpreter start and imports included) on the same
synthetic file (the generator of ../shared/perf/bench/gen_labs.py, seed 42: patient_id, ISO
sample_time, ferritin_ng_ml, hla_dr_ab_per_cell; ~10 samples per patient), writing the same
21 result columns:

1. 100 000 rows, per route (``--out results.csv``, ``--json`` to a file, ``--out
   results.xlsx``): app and peer alternate ``--reps`` times; each pair gives a ratio app/peer
   of CPU time (user + system of the process, from ``wait4``) and of wall time.  Medians of
   the paired ratios [min-max] against issue 13's goals (CSV <= 0.5, JSON <= 1.5,
   XLSX <= 0.5).
2. 1 000 000 rows, every route once: the app's peak RSS (goal <= 1024 MiB), wall, CPU.

Both run from cached bytecode (see ``ENV``).  Prints Markdown for docs/import.md and the
load average before and after: on a shared machine the CPU-time ratios are the figures to
trust, and only under low load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOALS = {"csv": 0.5, "json": 1.5, "xlsx": 0.5}
RSS_GOAL_MIB = 1024
# Both programs run from cached bytecode, as an installed app does (the bundle ships .pyc
# files): a developer shell's PYTHONDONTWRITEBYTECODE would have every run compile the app
# from source.  The cache goes to a directory of its own, not into the worktree.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def make_csv(path: Path, n: int, seed: int = 42) -> None:
    """The generator of ../shared/perf/bench/gen_labs.py, unchanged."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    pid = rng.integers(0, max(1, n // 10), n)
    t = np.datetime64("2024-01-01T00:00:00") + rng.integers(
        0, 2 * 365 * 86400, n).astype("timedelta64[s]")
    hla = np.round(rng.lognormal(np.log(8000), 0.6, n))
    hla[rng.random(n) < 0.05] = np.nan
    df = pd.DataFrame({
        "patient_id": pd.Series(pid).map("P{:07d}".format),
        "sample_time": t,
        "ferritin_ng_ml": np.round(rng.lognormal(np.log(700), 1.0, n), 1),
        "hla_dr_ab_per_cell": hla,
    }).sort_values(["patient_id", "sample_time"], ignore_index=True)
    df.assign(sample_time=df.sample_time.dt.strftime("%Y-%m-%dT%H:%M:%S")).to_csv(
        path, index=False)


_MEASURE = """
import os, subprocess, sys, time
out = open(sys.argv[1], "wb")
t = time.perf_counter()
proc = subprocess.Popen(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
print(time.perf_counter() - t, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
      os.waitstatus_to_exitcode(status))
"""


def run(cmd: list[str], stdout: Path) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MiB) of one process, measured from a small helper
    interpreter (a child forked from this process would report this process's RSS)."""
    got = subprocess.run([sys.executable, "-c", _MEASURE, str(stdout), *cmd], env=ENV,
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout.split()
    wall, cpu, rss, code = float(got[0]), float(got[1]), float(got[2]), int(got[3])
    if code != 0:
        raise SystemExit(f"exit {code}: {' '.join(cmd)}")
    return wall, cpu, rss


def commands(route: str, labs: Path, out: Path) -> tuple[list[str], list[str], Path]:
    """(app command, peer command, where the app's stdout goes)."""
    py = sys.executable
    target = out / f"app.{route}"
    app = [py, "-m", "desktop_app", "batch", str(labs)]
    app += ["--json"] if route == "json" else ["--out", str(target), "--force"]
    peer = [py, str(ROOT / "bench" / "import_peer.py"), str(labs), str(out / f"peer.{route}")]
    return app, peer, target if route == "json" else Path(os.devnull)


def spread(values: list[float], places: int = 2, unit: str = "") -> str:
    return (f"{statistics.median(values):.{places}f}{unit} "
            f"[{min(values):.{places}f}–{max(values):.{places}f}]")


def paired(route: str, labs: Path, out: Path, reps: int) -> str:
    app_cmd, peer_cmd, app_out = commands(route, labs, out)
    run(app_cmd, app_out)  # warm-up: page cache, .pyc files
    run(peer_cmd, Path(os.devnull))
    app, peer = [], []
    for _ in range(reps):
        peer.append(run(peer_cmd, Path(os.devnull)))
        app.append(run(app_cmd, app_out))
    cpu = [a[1] / p[1] for a, p in zip(app, peer, strict=True)]
    wall = [a[0] / p[0] for a, p in zip(app, peer, strict=True)]
    verdict = "met" if statistics.median(cpu) <= GOALS[route] else "NOT met"
    return (f"| `batch` {route} | {spread([a[1] for a in app], unit=' s')} | "
            f"{spread([p[1] for p in peer], unit=' s')} | **{spread(cpu)}×** | "
            f"{spread(wall)}× | ≤ {GOALS[route]}× {verdict} | "
            f"{max(a[2] for a in app):.0f} / {max(p[2] for p in peer):.0f} MiB |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--xlsx-reps", type=int, default=3)
    ap.add_argument("--routes", nargs="*", default=list(GOALS), choices=list(GOALS))
    ap.add_argument("--skip-1m", action="store_true")
    ap.add_argument("--data", type=Path,
                    default=Path(tempfile.gettempdir()) / "immunosep-import-bench")
    a = ap.parse_args()
    a.data.mkdir(parents=True, exist_ok=True)
    ENV["PYTHONPYCACHEPREFIX"] = str(a.data / "pycache")
    files = {"100k": a.data / "labs_100k.csv", "1m": a.data / "labs_1m.csv"}
    for label, n in (("100k", 100_000), ("1m", 1_000_000)):
        if not files[label].exists() and not (label == "1m" and a.skip_1m):
            make_csv(files[label], n)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| route, 100 000 rows | app CPU | peer CPU | CPU ratio (paired) | wall ratio | "
          "goal | peak RSS app / peer |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for route in a.routes:
        reps = a.xlsx_reps if route == "xlsx" else a.reps
        print(paired(route, files["100k"], a.data, reps), flush=True)
    if not a.skip_1m:
        print("\n| route, 1 000 000 rows | wall | CPU | peak RSS | goal |")
        print("| --- | --- | --- | --- | --- |")
        for route in a.routes:
            app_cmd, _, app_out = commands(route, files["1m"], a.data)
            wall, cpu, rss = run(app_cmd, app_out)
            verdict = "met" if rss <= RSS_GOAL_MIB else "NOT met"
            print(f"| `batch` {route} | {wall:.1f} s | {cpu:.1f} s | {rss:.0f} MiB | "
                  f"≤ {RSS_GOAL_MIB} MiB {verdict} |", flush=True)
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
