"""PDF report speed: one report in-process, and a 200-report batch on 1 and 2 workers.

Usage: .venv/bin/python bench/pdf_bench.py [--n 200] [--reps 31] [--runs 3]

Prints Markdown for docs/reports.md.  Measures:
- import of the report code (reportlab) and the first report in a fresh process (cold),
- the median of ``--reps`` warm renders into memory per case (goal: < 150 ms each),
- ``--runs`` batches of ``--n`` reports written to a temporary folder (summary PDF and index
  included, pool start-up included) with 1 worker (in-process) and 2 workers, for the fork
  start method (the CLI on Linux) and spawn (the GUI, Windows, macOS).
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


def warm(reps: int) -> dict[str, tuple[float, float, float, int, int]]:
    from pypdf import PdfReader

    from desktop_app.services.reports import make_options, render_patient_pdf

    out = {}
    options = make_options(institution="Bench hospital", ward="ICU")
    for name, entry in CASES.items():
        a = assess(entry)
        for _ in range(2):
            data = render_patient_pdf(a, "P-0001", generated_at=NOW, options=options)
        times = []
        for _ in range(reps):
            t = time.perf_counter()
            render_patient_pdf(a, "P-0001", generated_at=NOW, options=options)
            times.append((time.perf_counter() - t) * 1e3)
        import io

        pages = len(PdfReader(io.BytesIO(data)).pages)
        out[name] = (statistics.median(times), min(times), max(times), pages, len(data))
    return out


def batch(n: int, runs: int) -> dict[str, list[float]]:
    from desktop_app.services.reports import (
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
    if sys.platform == "win32":
        del modes["2 workers, fork"]
    results: dict[str, list[float]] = {m: [] for m in modes}
    for _ in range(runs):
        for mode, (workers, method) in modes.items():  # interleaved: drift hits all modes
            with tempfile.TemporaryDirectory() as folder:
                t = time.perf_counter()
                r = run_report_batch(jobs, [], folder, generated_at=NOW, options=make_options(),
                                     source_name="bench.csv", workers=workers,
                                     start_method=method)
                results[mode].append(time.perf_counter() - t)
                assert r.count(Outcome.WRITTEN) == n and not r.errors
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--reps", type=int, default=31)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    imp, first = cold(5)
    print(f"CPU cores: {os.cpu_count()}; Python {sys.version.split()[0]}\n")
    print("| single report (in-process, into memory) | median ms | min | max | pages | bytes |")
    print("|---|---|---|---|---|---|")
    print(f"| import of the report code (fresh process, median of 5) | {imp:.0f} | | | | |")
    print(f"| first report after that import (fonts, caches) | {first:.0f} | | | | |")
    for name, (med, lo, hi, pages, size) in warm(args.reps).items():
        print(f"| warm, {name} | **{med:.1f}** | {lo:.1f} | {hi:.1f} | {pages} | {size} |")
    res = batch(args.n, args.runs)
    base = statistics.median(res["1 worker (in-process)"])
    print(f"\n| batch of {args.n} reports + summary + index | median s | min | max | "
          "ms/report | speed-up |")
    print("|---|---|---|---|---|---|")
    for mode, times in res.items():
        med = statistics.median(times)
        print(f"| {mode} | **{med:.2f}** | {min(times):.2f} | {max(times):.2f} | "
              f"{med / args.n * 1e3:.1f} | {base / med:.2f}× |")


if __name__ == "__main__":
    main()
