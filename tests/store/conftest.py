"""Fixtures for the record store: both engines, a fresh database per test, a fixed clock.

``backend`` runs a test once on SQLite and once on a real PostgreSQL server (a throwaway
cluster started for the session by ``pg_cluster.py``, as a non-root user, TLS with
``sslmode=verify-full``).  PostgreSQL tests connect as the least-privileged application role,
as a ward workstation does.  Without PostgreSQL installed they are skipped — unless
``IMMUNOSEP_REQUIRE_POSTGRES=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.phenotype import Assessment, classify
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.records import Store, open_store
from desktop_app.site_config import DatabaseConfig, SiteConfig

from . import pg_cluster

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]
TEMPLATE = "immunosep_template"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres() -> Iterator[pg_cluster.Cluster]:
    """A running cluster with the IT roles and a migrated template database."""
    if pg_cluster.postgres_bindir() is None:
        if os.environ.get("IMMUNOSEP_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL is required (IMMUNOSEP_REQUIRE_POSTGRES=1) but its server "
                        "binaries are not installed (apt-get install postgresql)")
        pytest.skip("PostgreSQL server binaries not installed")
    cluster = pg_cluster.start_cluster()
    saved = {k: os.environ.get(k) for k in cluster.env()}
    os.environ.update(cluster.env())
    try:
        cluster.create_roles()
        cluster.create_database(TEMPLATE)
        site = _site(cluster, TEMPLATE)
        open_store(None, training=False, site=site, migrate=True,
                   db_user=pg_cluster.OWNER_ROLE,
                   clock=lambda: T0).close()
        yield cluster
    finally:
        cluster.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _site(cluster: pg_cluster.Cluster, database: str,
          user: str = pg_cluster.APP_ROLE) -> SiteConfig:
    return SiteConfig(database=DatabaseConfig(
        url=cluster.url(user, database), sslmode="verify-full",
        sslrootcert=str(cluster.ca_file), connect_timeout=5))


def new_postgres_database(cluster: pg_cluster.Cluster) -> str:
    """A fresh ward database at the current schema (a copy of the migrated template)."""
    name = f"ward_{os.getpid()}_{next(_numbers)}"
    cluster.sql(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} OWNER {pg_cluster.OWNER_ROLE}")
    cluster.sql(f"REVOKE ALL ON DATABASE {name} FROM PUBLIC")
    cluster.sql(f"GRANT CONNECT ON DATABASE {name} TO {pg_cluster.APP_ROLE}")
    return name


@dataclass
class Backend:
    """One engine under test: how to open the store and how to reach around it."""

    kind: str
    data_dir: Path
    site: SiteConfig
    cluster: pg_cluster.Cluster | None = None
    database: str | None = None

    def process_env(self) -> dict[str, str]:
        """Environment for a subprocess using this database (a site.toml for PostgreSQL)."""
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        env.pop("IMMUNOSEP_SITE_CONFIG", None)
        if self.cluster is not None:
            db = self.site.database
            toml = self.data_dir.parent / "site.toml"
            toml.write_text(f'[database]\nurl = "{db.url}"\nsslmode = "{db.sslmode}"\n'
                            f'sslrootcert = "{db.sslrootcert}"\nconnect_timeout = 5\n',
                            encoding="utf-8")
            env.update(self.cluster.env(), IMMUNOSEP_SITE_CONFIG=str(toml))
        return env

    def open(self, **kwargs: Any) -> Store:
        kwargs.setdefault("os_user", "nurse1")
        return open_store(self.data_dir, training=False, site=self.site, **kwargs)

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "clinical.sqlite"

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        """Rows of ``sql`` read directly, as an administrator would."""
        if self.cluster is None:
            with sqlite3.connect(self.sqlite_path) as conn:
                return [tuple(r) for r in conn.execute(sql)]
        out = self.cluster.psql("-F", "\x1f", "-c", sql, database=self.database)
        return [tuple(line.split("\x1f")) for line in out.splitlines() if line]

    def tamper(self, *statements: str) -> None:
        """Change the database around the app, triggers and privileges bypassed (an
        attacker with write access to the file, or a database superuser)."""
        if self.cluster is None:
            conn = sqlite3.connect(self.sqlite_path)
            triggers = [n for (n,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE '%no_%'")]
            for name in triggers:
                conn.execute(f"DROP TRIGGER {name}")
            for statement in statements:
                conn.execute(statement)
            conn.commit()
            conn.close()
            return
        script = "SET session_replication_role = replica;\n" + ";\n".join(statements) + ";\n"
        self.cluster.psql("-1", database=self.database, input_text=script)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    data_dir = tmp_path / "data"  # not created yet: open_store must create it owner-only
    if request.param == "sqlite":
        return Backend("sqlite", data_dir, SiteConfig())
    cluster = request.getfixturevalue("postgres")
    name = new_postgres_database(cluster)
    return Backend("postgresql", data_dir, _site(cluster, name), cluster, name)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(backend: Backend) -> Iterator[Store]:
    s = backend.open()
    yield s
    s.close()


MakeAssessment = Callable[..., Assessment]


def assessment(ferritin: str | None, hla_dr: str | None = None, *, day: float | None = 0,
               ferritin_unit: str = "ng/mL", hla_dr_unit: str = "AB/C",
               age: str | None = "60") -> Assessment:
    """Values sampled on T0 + ``day`` days (no sample time when ``day`` is None)."""
    when = None if day is None else (T0 + timedelta(days=day)).isoformat()
    entry = EntryText(ferritin=ferritin, ferritin_unit=ferritin_unit, hla_dr=hla_dr,
                      hla_dr_unit=hla_dr_unit, age=age,
                      ferritin_sampled=when if ferritin else None,
                      hla_dr_sampled=when if hla_dr else None)
    return classify(build_inputs(entry), now=T0 + timedelta(days=30))


@pytest.fixture
def make_assessment() -> MakeAssessment:
    """``make_assessment("5000", "3000", day=2)``: values sampled on T0 + day days."""
    return assessment
