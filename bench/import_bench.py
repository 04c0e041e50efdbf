"""Batch import speed and memory against the floor: pandas alone reading the file as strings.

Usage: .venv/bin/python bench/import_bench.py [--reps 7] [--skip-1m] [--skip-reference]
       [--data DIR]

Writes synthetic lab files like ../shared/perf/bench/gen_labs.py (same generator, seed 42:
columns patient_id, sample_time ISO 8601, ferritin_ng_ml, hla_dr_ab_per_cell; ~10 samples per
patient) into DIR (default: a folder in the temp dir) and prints Markdown for docs/import.md:

1. 100 000 rows, in one process, A/B alternating ``--reps`` times:
   A = ``pandas.read_csv(path, dtype=str, keep_default_na=False)`` (the floor),
   B = ``immunosep batch FILE --out results.csv`` (``cli.main``; the fast lane takes this file),
   with B's phases timed separately (read + split, plan = validate + decide, verify against
   the reference, reference rows, write).  How many rows each lane took, and whether the
   fast lane's file is byte-identical to the reference path's.
2. The reference path (``batch --reference-path``, what ``batch`` did before the fast lane)
   once, with its phases (open, validate, classify, write), paired with one floor run.
3. The same as whole processes (interpreter start and imports included): ``python -c
   'import pandas; pandas.read_csv(...)'`` against ``python -m desktop_app batch``.
4. 1 000 000 rows through ``python -m desktop_app batch --out`` as a separate process: wall
   time and peak RSS (``os.wait4``; goal < 1 GiB).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = {"100k": 100_000, "1m": 1_000_000}


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


def pandas_floor(path: Path) -> float:
    import pandas as pd

    t = time.perf_counter()
    pd.read_csv(path, dtype=str, keep_default_na=False)
    return time.perf_counter() - t


def reference_phases(path: Path, out: Path) -> dict[str, float]:
    """The reference batch pipeline with each phase timed (what ``batch --reference-path``
    does: ``stream_cohort`` with ``result_cells`` into a ``TableWriter``)."""
    from datetime import datetime

    from desktop_app.core.phenotype import classify
    from desktop_app.lab_import import RejectedRow, open_lab_file
    from desktop_app.services.cohort import CohortRow
    from desktop_app.services.cohort_export import RESULT_COLUMNS, TableWriter, result_cells

    now = datetime.now().astimezone()
    t0 = time.perf_counter()
    lab = open_lab_file(path)
    t1 = time.perf_counter()
    outcomes = list(lab.outcomes())
    t2 = time.perf_counter()
    rows = [CohortRow(o, classify(o.inputs, now=now)) for o in outcomes
            if not isinstance(o, RejectedRow)]
    t3 = time.perf_counter()
    out.unlink(missing_ok=True)
    writer = TableWriter(out, RESULT_COLUMNS)
    for r in rows:
        writer.write(result_cells(r))
    writer.close()
    t4 = time.perf_counter()
    return {"open": t1 - t0, "validate": t2 - t1, "classify": t3 - t2, "write": t4 - t3,
            "total": t4 - t0}


def fast_phases(path: Path, out: Path) -> tuple[dict[str, float], dict[str, int]]:
    """The fast lane (``services.cohort_export.export_results_fast``) with each phase timed,
    and how many lines each lane took."""
    import codecs
    from datetime import datetime

    import numpy as np
    from desktop_app.lab_import.fast import BLANK, FAST, REFERENCE, CsvStyle, Renderer
    from desktop_app.lab_import.fast.plan import plan_batch
    from desktop_app.lab_import.fast.source import split_csv

    from desktop_app.core.phenotype import classify
    from desktop_app.core.rules import DEFAULT_OPTIONS
    from desktop_app.lab_import import ImportOptions
    from desktop_app.services.cohort import CohortRow
    from desktop_app.services.cohort_export import (
        RESULT_COLUMNS,
        AtomicFile,
        csv_line,
        result_cells,
    )
    from desktop_app.services.spreadsheet_safety import FORMULA_TRIGGERS, NEUTRALISER

    now = datetime.now().astimezone()
    style = CsvStyle(RESULT_COLUMNS, FORMULA_TRIGGERS, NEUTRALISER)

    def reference(sample):  # type: ignore[no-untyped-def]
        return csv_line(result_cells(CohortRow(sample, classify(sample.inputs, now=now))))

    out.unlink(missing_ok=True)
    t0 = time.perf_counter()
    split = split_csv(path, ImportOptions())
    t1 = time.perf_counter()
    batch = plan_batch(split, ImportOptions(), now=now, assessment_options=DEFAULT_OPTIONS,
                       triggers=b"=+-@")
    renderer = Renderer(batch, DEFAULT_OPTIONS, style)
    t2 = time.perf_counter()
    assert renderer.verify(reference)
    t3 = time.perf_counter()
    lines = {i: reference(o) for i, o in batch.reference_outcomes() if hasattr(o, "inputs")}
    t4 = time.perf_counter()
    target = AtomicFile(out)
    target.file.write(codecs.BOM_UTF8 + csv_line(RESULT_COLUMNS))
    renderer.write(target.file, lines)
    target.commit()
    t5 = time.perf_counter()
    lanes = {name: int(np.count_nonzero(batch.status == s))
             for name, s in (("fast", FAST), ("reference", REFERENCE), ("blank", BLANK))}
    return ({"read + split": t1 - t0, "plan (validate, decide)": t2 - t1,
             "verify kinds": t3 - t2, "reference rows": t4 - t3, "write + fsync": t5 - t4,
             "total": t5 - t0}, lanes)


def app_streaming(path: Path, out: Path, *extra: str) -> float:
    """``immunosep batch FILE --out results.csv`` in this process (the real code path)."""
    from desktop_app.cli import main

    out.unlink(missing_ok=True)
    t = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(["batch", str(path), "--out", str(out), *extra])
    assert code == 0
    return time.perf_counter() - t


_MEASURE = """
import os, subprocess, sys, time
t = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
print(time.perf_counter() - t, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status))
"""


def run_process(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process.

    Measured from a small helper interpreter: a child forked from this (large) benchmark
    process would report this process's RSS as its own peak.
    """
    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True,
                         text=True, cwd=ROOT, check=True).stdout.split()
    wall, rss, code = float(out[0]), float(out[1]), int(out[2])
    assert code == 0, cmd
    return wall, rss


def med(values: list[float], unit: float = 1.0, places: int = 3, suffix: str = " s") -> str:
    v = [x * unit for x in values]
    return (f"{statistics.median(v):.{places}f}{suffix} [{min(v):.{places}f}–"
            f"{max(v):.{places}f}]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--skip-1m", action="store_true")
    ap.add_argument("--skip-reference", action="store_true")
    ap.add_argument("--data", type=Path,
                    default=Path(tempfile.gettempdir()) / "immunosep-import-bench")
    a = ap.parse_args()
    a.data.mkdir(parents=True, exist_ok=True)
    files = {}
    for label, n in SIZES.items():
        if label == "1m" and a.skip_1m:
            continue
        files[label] = a.data / f"labs_{label}.csv"
        if not files[label].exists():
            make_csv(files[label], n)
    out = a.data / "results.csv"
    path = files["100k"]
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    # 1. in-process, paired
    pandas_floor(path)  # warm-up
    app_streaming(path, out)
    floor, streamed, phases, lanes = [], [], [], {}
    for _ in range(a.reps):
        floor.append(pandas_floor(path))
        streamed.append(app_streaming(path, out))
    for _ in range(a.reps):
        got, lanes = fast_phases(path, out)
        phases.append(got)
    ratios = [s / f for s, f in zip(streamed, floor, strict=True)]
    print("## 100 000 rows, in one process (fast lane)")
    print(f"- pandas.read_csv(dtype=str) (floor): {med(floor, 1000, 1, ' ms')}")
    print(f"- batch --out results.csv: {med(streamed, 1000, 1, ' ms')}; ratio "
          f"{statistics.median(ratios):.2f}× [{min(ratios):.2f}–{max(ratios):.2f}]")
    for key in phases[0]:
        print(f"  - {key}: {med([p[key] for p in phases], 1000, 1, ' ms')}")
    print(f"  - lines: {lanes}")

    # 2. the reference path, once
    if not a.skip_reference:
        ref_out = a.data / "results-reference.csv"
        f1 = pandas_floor(path)
        ref = app_streaming(path, ref_out, "--reference-path")
        app_streaming(path, out)
        same = out.read_bytes() == ref_out.read_bytes()
        print("\n## 100 000 rows, reference path (batch --reference-path), once")
        print(f"- {ref:.2f} s, floor {f1 * 1000:.1f} ms: ratio {ref / f1:.0f}×; "
              f"fast lane output byte-identical: {same}")
        got = reference_phases(path, ref_out)
        print("- " + ", ".join(f"{k} {v:.2f} s" for k, v in got.items()))
        print(f"- core classify per row: {got['classify'] / SIZES['100k'] * 1e6:.1f} µs")

    # 3. whole processes, paired
    py = sys.executable
    floor_cmd = [py, "-c", f"import pandas; pandas.read_csv({str(path)!r}, dtype=str, "
                 "keep_default_na=False)"]
    app_cmd = [py, "-m", "desktop_app", "batch", str(path), "--out", str(out), "--force"]
    fw, aw, fr, ar = [], [], [], []
    for _ in range(a.reps):
        w, r = run_process(floor_cmd)
        fw.append(w)
        fr.append(r)
        w, r = run_process(app_cmd)
        aw.append(w)
        ar.append(r)
    print("\n## 100 000 rows, whole processes")
    print(f"- python -c 'import pandas; read_csv(dtype=str)': {med(fw)}, peak RSS "
          f"{max(fr):.0f} MiB")
    print(f"- python -m desktop_app batch --out: {med(aw)}, peak RSS {max(ar):.0f} MiB; "
          f"ratio {statistics.median(x / y for x, y in zip(aw, fw, strict=True)):.2f}×")

    if "1m" in files:
        w, r = run_process([py, "-m", "desktop_app", "batch", str(files["1m"]), "--out",
                            str(a.data / "results_1m.csv"), "--force"])
        fw1, fr1 = run_process([py, "-c", f"import pandas; pandas.read_csv("
                                f"{str(files['1m'])!r}, dtype=str, keep_default_na=False)"])
        print("\n## 1 000 000 rows, whole processes")
        print(f"- python -m desktop_app batch --out: {w:.1f} s, peak RSS {r:.0f} MiB "
              "(goal < 1024 MiB)")
        print(f"- pandas read_csv(dtype=str) alone: {fw1:.1f} s, peak RSS {fr1:.0f} MiB")
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
