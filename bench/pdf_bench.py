"""PDF report speed: one report in-process, and a 1,000-report batch on 1 and 2 workers.

Usage: .venv/bin/python bench/pdf_bench.py [--n 1000] [--reps 31] [--runs 3] [--no-serial]

Prints Markdown for docs/reports.md.  Measures:
- import of the report code (reportlab) and the first report in a fresh process (cold),
- per case, the median of ``--reps`` warm one-page renders into memory, as CPU time of this
  process (goal: <= 25 ms) and as wall time,
- ``--runs`` batches of ``--n`` reports written to a temporary folder (summary, all-reports.pdf
  and index included, pool start-up included) with 1 worker (in-process) and 2 workers, for
  the fork start method (the CLI on Linux) and spawn (the GUI, Windows, macOS); for each the
  wall time, the time until the last report was written (the rest is the summary and the
  combined file) and the CPU time of the parent and of the workers (goal: 1,000 in < 20 s on
  2 cores).
The machine's load average is printed: on a shared machine state it with the figures.
Compare with ../shared/perf/bench/pdf_report.py / pdf_batch.py (the floor: a 1-page report).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.phenotype import Assessment, classify  # noqa: E402
from desktop_app.services.entry import EntryText, build_inputs  # noqa: E402

NOW = datetime(2026, 11, 24, 10, 15, tzinfo=timezone(timedelta(hours=1), "CET"))
CASES = {
    "MALS": EntryText(ferritin="5120", hla_dr="3200", age="67"),
    "immunoparalysis": EntryText(ferritin="9931", ferritin_unit="pmol/L", hla_dr="<4000",
                                 age="71"),
    "unclassified": EntryText(ferritin="800", hla_dr="12000", age="55"),
    "cannot classify": EntryText(ferritin=">4000", hla_dr="60", hla_dr_unit="% positive",
                                 age="17"),
    "near threshold": EntryText(ferritin="4100", hla_dr="5400", age="60"),
}
COLD = ("import time; t0 = time.perf_counter()\n"
        "from datetime import datetime, timedelta, timezone\n"
        "from desktop_app.core.phenotype import classify\n"
        "from desktop_app.services.entry import EntryText, build_inputs\n"
        "from desktop_app.services.reports import make_options, render_patient_pdf\n"
        "import desktop_app.report.patient\n"
        "t1 = time.perf_counter()\n"
        "now = datetime(2026, 11, 24, 10, 15, tzinfo=timezone(timedelta(hours=1)))\n"
        "a = classify(build_inputs(EntryText(ferritin='5120', hla_dr='3200', age='67')), "
        "now=now)\n"
        "render_patient_pdf(a, 'P', generated_at=now, options=make_options())\n"
        "t2 = time.perf_counter()\n"
        "print((t1 - t0) * 1e3, (t2 - t1) * 1e3)\n")


def assess(entry: EntryText) -> Assessment:
    return classify(build_inputs(entry), now=NOW)


def cold(runs: int) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    imports, firsts = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True,
                             check=True, env=env).stdout.split()
        imports.append(float(out[0]))
        firsts.append(float(out[1]))
    return statistics.median(imports), statistics.median(firsts)


def warm(reps: int) -> dict[str, tuple[float, float, float, float, int, int]]:
    import io

    from pypdf import PdfReader

    from desktop_app.services.reports import make_options, render_patient_pdf

    out = {}
    options = make_options(institution="Bench hospital", ward="ICU")
    for name, entry in CASES.items():
        a = assess(entry)
        for _ in range(2):
            data = render_patient_pdf(a, "P-0001", generated_at=NOW, options=options)
        cpu, wall = [], []
        for _ in range(reps):
            c, t = time.process_time(), time.perf_counter()
            render_patient_pdf(a, "P-0001", generated_at=NOW, options=options)
            cpu.append((time.process_time() - c) * 1e3)
            wall.append((time.perf_counter() - t) * 1e3)
        pages = len(PdfReader(io.BytesIO(data)).pages)
        out[name] = (statistics.median(cpu), min(cpu), max(cpu), statistics.median(wall),
                     pages, len(data))
    return out


@dataclass
class Run:
    wall: float
    parent_cpu: float
    worker_cpu: float
    combined_mb: float


def batch(n: int, runs: int, serial: bool) -> dict[str, list[Run]]:
    import resource

    from desktop_app.services.reports import (
        COMBINED_NAME,
        Outcome,
        ReportJob,
        make_options,
        run_report_batch,
    )

    entries = list(CASES.values())
    assessments = [assess(e) for e in entries]
    jobs = [ReportJob(i + 2, f"P-{i:05d}", assessments[i % len(assessments)]) for i in range(n)]
    modes = {"1 worker (in-process)": (1, "spawn"), "2 workers, fork": (2, "fork"),
             "2 workers, spawn": (2, "spawn")}
    if not serial:
        del modes["1 worker (in-process)"]
    if sys.platform == "win32":
        del modes["2 workers, fork"]
    results: dict[str, list[Run]] = {m: [] for m in modes}
    for _ in range(runs):
        for mode, (workers, method) in modes.items():  # interleaved: drift hits all modes
            with tempfile.TemporaryDirectory() as folder:
                t = time.perf_counter()
                c = time.process_time()
                kids = resource.getrusage(resource.RUSAGE_CHILDREN)
                r = run_report_batch(jobs, [], folder, generated_at=NOW, options=make_options(),
                                     source_name="bench.csv", workers=workers,
                                     start_method=method)
                wall = time.perf_counter() - t
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                workers_cpu = (after.ru_utime + after.ru_stime) - (kids.ru_utime + kids.ru_stime)
                size = (Path(folder) / COMBINED_NAME).stat().st_size / 1e6
                results[mode].append(Run(wall, time.process_time() - c, workers_cpu, size))
                assert r.count(Outcome.WRITTEN) == n and not r.errors and r.complete
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--reps", type=int, default=31)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-serial", action="store_true", help="skip the 1-worker batch")
    args = ap.parse_args()
    print(f"CPU cores: {os.cpu_count()}; Python {sys.version.split()[0]}; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}\n")
    imp, first = cold(5)
    print("| one-page report (in-process, into memory) | CPU ms median | min | max | "
          "wall ms | pages | bytes |")
    print("|---|---|---|---|---|---|---|")
    print(f"| import of the report code (fresh process, median of 5) | | | | {imp:.0f} | | |")
    print(f"| first report after that import (fonts, caches) | | | | {first:.0f} | | |")
    for name, (med, lo, hi, wall, pages, size) in warm(args.reps).items():
        print(f"| warm, {name} | **{med:.1f}** | {lo:.1f} | {hi:.1f} | {wall:.1f} | {pages} "
              f"| {size} |")
    res = batch(args.n, args.runs, not args.no_serial)
    print(f"\n| batch of {args.n} reports + summary + all-reports.pdf + index | wall s median "
          "| min | max | parent CPU s | workers CPU s | CPU ms/report | all-reports.pdf MB |")
    print("|---|---|---|---|---|---|---|---|")
    for mode, runs in res.items():
        walls = [r.wall for r in runs]
        mid = sorted(runs, key=lambda r: r.wall)[len(runs) // 2]
        cpu_ms = (mid.parent_cpu + mid.worker_cpu) / args.n * 1e3
        print(f"| {mode} | **{statistics.median(walls):.1f}** | {min(walls):.1f} | "
              f"{max(walls):.1f} | {mid.parent_cpu:.1f} | {mid.worker_cpu:.1f} | "
              f"{cpu_ms:.1f} | {mid.combined_mb:.1f} |")
    print(f"\nload average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
