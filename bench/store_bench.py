"""Record store benchmark on both engines (issue 15 pt 6, issue 13's storage goal).

Usage:
    .venv/bin/python bench/store_bench.py [--rows 100000] [--saves 300] \
        [--engines sqlite,postgresql]

For each engine, in a fresh database:
  saves/s   ``Store.save_assessment`` one after another (typed saves: patient, assessment,
            lab results and audit entry in one durable transaction), median of 3 runs;
  history   ``Store.history`` of one patient with 500 assessments, typed and imported
            (imported rows are re-decided and rendered on reading), median of 5 loads;
  import    ``Store.record_import`` of N rows (one patient per row: the worst case for size),
            wall time, database growth per assessment, then ``verify_audit`` time.
SQLite: a file in a temporary folder (WAL, synchronous=FULL).  PostgreSQL: a local cluster
(tests/store/pg_cluster.py) with fsync and synchronous_commit on, over TLS, as the
least-privileged application role.  Growth: SQLite file size after a checkpoint; PostgreSQL
``pg_database_size``.  Prints Markdown for docs/database.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "store"))

import pg_cluster  # noqa: E402

from desktop_app.core.phenotype import classify  # noqa: E402
from desktop_app.services.entry import EntryText, build_inputs  # noqa: E402
from desktop_app.services.records import ImportedRow, Store, open_store  # noqa: E402
from desktop_app.site_config import DatabaseConfig, SiteConfig  # noqa: E402

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _assessment(i: int):
    when = (T0 + timedelta(minutes=i)).isoformat()
    inputs = build_inputs(EntryText(ferritin=str(1000 + i % 9000), hla_dr=str(2000 + i % 5000),
                                    age="60", ferritin_sampled=when, hla_dr_sampled=when))
    return classify(inputs, now=T0 + timedelta(days=400))


def _timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


class Engine:
    def __init__(self, kind: str, root: Path, cluster: pg_cluster.Cluster | None) -> None:
        self.kind, self.root, self.cluster, self.n = kind, root, cluster, 0

    def fresh(self) -> Store:
        self.n += 1
        data = self.root / f"data{self.n}"
        if self.cluster is None:
            return open_store(data, training=False, site=SiteConfig(), os_user="bench")
        name = f"bench{self.n}"
        self.cluster.create_database(name)
        owner = SiteConfig(database=DatabaseConfig(
            url=self.cluster.url(pg_cluster.OWNER_ROLE, name), sslmode="verify-full",
            sslrootcert=str(self.cluster.ca_file)))
        open_store(data, training=False, site=owner, migrate=True).close()
        site = SiteConfig(database=DatabaseConfig(
            url=self.cluster.url(pg_cluster.APP_ROLE, name), sslmode="verify-full",
            sslrootcert=str(self.cluster.ca_file)))
        return open_store(data, training=False, site=site, os_user="bench")

    def size(self, store: Store) -> int:
        if self.cluster is None:
            assert store.path is not None
            raw = store._db.engine.raw_connection()  # outside any transaction
            try:
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
            finally:
                raw.close()
            return store.path.stat().st_size
        with store._db.read() as conn:
            return int(conn.exec_driver_sql(
                "SELECT pg_database_size(current_database())").scalar_one())


def bench(engine: Engine, rows: int, saves: int) -> dict[str, float]:
    out: dict[str, float] = {}
    samples = [_assessment(i) for i in range(max(saves, 500))]
    rates = []
    for _ in range(3):
        with engine.fresh() as store:
            seconds = _timed(lambda s=store: [s.save_assessment(
                f"P{i % 50}", samples[i], evidence_version="ev", now=T0) for i in range(saves)])
            rates.append(saves / seconds)
    out["saves_per_s"] = statistics.median(rates)

    with engine.fresh() as store:
        for i in range(500):
            store.save_assessment("HIST", samples[i], evidence_version="ev", now=T0)
        store.record_import("hist.csv", [ImportedRow(i + 2, "IMPORTED", samples[i].inputs,
                                                     samples[i]) for i in range(500)],
                            evidence_version="ev", now=T0)
        out["history_typed_ms"] = 1000 * statistics.median(
            _timed(lambda: store.history("HIST")) for _ in range(5))
        out["history_imported_ms"] = 1000 * statistics.median(
            _timed(lambda: store.history("IMPORTED")) for _ in range(5))

    one = _assessment(7)
    batch = [ImportedRow(i + 2, f"IMPORT-{i:07d}", one.inputs, one) for i in range(rows)]
    with engine.fresh() as store:
        before = engine.size(store)
        out["import_s"] = _timed(lambda: store.record_import(
            "labs.csv", batch, evidence_version="ev", now=T0))
        out["bytes_per_row"] = (engine.size(store) - before) / rows
        out["verify_s"] = _timed(lambda: store.verify_audit())
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--engines", default="sqlite,postgresql")
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="store-bench-") as tmp:
        for kind in args.engines.split(","):
            cluster = None
            if kind == "postgresql":
                cluster = pg_cluster.start_cluster(durable=True)
                cluster.create_roles()
                os.environ.update(cluster.env())
            try:
                results[kind] = bench(Engine(kind, Path(tmp) / kind, cluster), args.rows,
                                      args.saves)
            finally:
                if cluster is not None:
                    cluster.stop()
            print(kind, results[kind], file=sys.stderr)
    print(f"| engine | typed saves/s | history, 500 typed (ms) | history, 500 imported (ms) "
          f"| import {args.rows:,} rows (s) | bytes per imported assessment | verify (s) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for kind, r in results.items():
        print(f"| {kind} | {r['saves_per_s']:.0f} | {r['history_typed_ms']:.0f} | "
              f"{r['history_imported_ms']:.0f} | {r['import_s']:.1f} | "
              f"{r['bytes_per_row']:.0f} | {r['verify_s']:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
