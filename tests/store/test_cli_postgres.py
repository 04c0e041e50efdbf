"""The command line on a ward PostgreSQL server named by site.toml: IT migrates as the owner,
two workstations see each other's saves at once, check / backup / verify work there too."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from desktop_app.store.schema import HEAD

from . import pg_cluster
from .conftest import REPO


def _cli(site_toml, data_dir, env_extra, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "IMMUNOSEP_SITE_CONFIG": str(site_toml),
           **env_extra}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args, "--data-dir",
                           str(data_dir)], capture_output=True, text=True, timeout=120,
                          env=env)


def test_it_migrates_then_two_workstations_share_records(postgres, tmp_path):
    postgres.create_database("ward_cli")
    site = tmp_path / "site.toml"
    site.write_text(f'[database]\nurl = "{postgres.url(pg_cluster.APP_ROLE, "ward_cli")}"\n'
                    f'sslmode = "verify-full"\nsslrootcert = "{postgres.ca_file}"\n',
                    encoding="utf-8")
    env = postgres.env()
    bed7, station = tmp_path / "bed7-pc", tmp_path / "nurses-station"

    r = _cli(site, bed7, env, "history", "--patient-id", "BED-7")
    assert r.returncode == 2 and "Ask IT to run 'immunosep db migrate" in r.stderr
    r = _cli(site, bed7, env, "db", "migrate", "--db-user", pg_cluster.OWNER_ROLE)
    assert r.returncode == 0, r.stderr
    assert f"empty -> schema {HEAD}" in r.stdout and "ward_cli" in r.stdout
    r = _cli(site, bed7, env, "db", "migrate", "--db-user", pg_cluster.OWNER_ROLE)
    assert "nothing to do" in r.stdout

    r = _cli(site, bed7, env, "assess", "--ferritin", "6000", "--hla-dr", "3000",
             "--patient-id", "BED-7", "--save")
    assert r.returncode == 0, r.stderr
    r = _cli(site, station, env, "history", "--patient-id", "BED-7", "--json")
    assert r.returncode == 0, r.stderr
    assert [e["phenotype"] for e in json.loads(r.stdout)["assessments"]] == ["mals"]
    assert not (station / "clinical.sqlite").exists()  # no local clinical file at all

    r = _cli(site, station, env, "db", "check", "--json")
    out = json.loads(r.stdout)
    assert r.returncode == 0 and out["engine"] == "postgresql" and out["integrity"] is None
    assert out["counts"]["assessments"] == 1 and out["audit"]["ok"]

    r = _cli(site, station, env, "db", "backup", str(tmp_path / "ward.dump"))
    assert r.returncode == 0, r.stderr
    assert "Backup written:" in r.stdout and "--expect" in r.stdout
    r = _cli(site, bed7, env, "audit", "verify")
    assert r.returncode == 0 and "Matches this workstation's record of entry 2" in r.stdout
