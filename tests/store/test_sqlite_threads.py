"""The SQLite store used from many threads at once (the window's pool threads: the card's
eligibility line, the history, the scores window) never closes one thread's connection under
another's query: the path-less engine URL must not get the in-memory database's
SingletonThreadPool, which did ("Cannot operate on a closed database", a crash in SQLite)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy.pool import QueuePool

from desktop_app.services.records import open_store
from desktop_app.store.sqlite import make_engine


def test_the_engine_pools_connections_per_checkout_not_per_thread(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "x.sqlite")
    try:
        assert isinstance(engine.pool, QueuePool)
    finally:
        engine.dispose()


def test_reads_from_many_threads_at_once_all_succeed(tmp_path: Path) -> None:
    with open_store(tmp_path / "d", training=False) as store:
        def reads(_n: int) -> int:
            return sum(len(store.history(f"BED-{i}")) for i in range(15))

        with ThreadPoolExecutor(max_workers=12) as pool:
            assert list(pool.map(reads, range(36))) == [0] * 36
