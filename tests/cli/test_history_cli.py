"""`assess --save`, `history`, `audit verify` and `db backup` through a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> tuple[Path, list[int]]:
    """Three assessments of one patient on different days, typed in reverse order."""
    data = tmp_path_factory.mktemp("cli") / "data"
    ids = []
    for day, ferritin, hla in ((23, "6000", "3000"), (22, "3000", "9000"), (21, "2000", "3000")):
        when = f"2026-11-{day}T08:00+00:00"
        r = run("assess", "--ferritin", ferritin, "--hla-dr", hla, "--age", "60",
                "--ferritin-sampled", when, "--hla-dr-sampled", when, "--patient-id", "BED-7",
                "--save", "--data-dir", str(data), "--json")
        assert r.returncode == 0, r.stderr
        ids.append(json.loads(r.stdout)["assessment_id"])
    return data, ids


def test_assess_save_prints_the_id_and_keeps_the_contract(saved):
    data, ids = saved
    assert ids == [1, 2, 3]
    r = run("assess", "--ferritin", "100", "--hla-dr", "3000", "--patient-id", "BED-8",
            "--save", "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Result: Immunoparalysis")
    assert r.stdout.rstrip().endswith("Saved: assessment id 4")


def test_history_json_oldest_first(saved):
    data, ids = saved
    r = run("history", "--patient-id", "BED-7", "--json", "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    entries = out["assessments"]
    assert [e["assessment_id"] for e in entries] == list(reversed(ids))
    assert [e["phenotype"] for e in entries] == ["immunoparalysis", "unclassified", "mals"]
    for e in entries:
        assert {"phenotype", "status", "assessed_at", "ruleset_version"} <= set(e)
        assert e["status"] == "classified" and e["ruleset_version"].startswith("immunosep")
    assert out["training"] is False


def test_history_text_and_environment_variable(saved):
    data, _ = saved
    r = run("history", "--patient-id", "BED-7", env={"IMMUNOSEP_DATA_DIR": str(data)})
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "Patient BED-7: 3 assessments, oldest first"
    assert "2026-11-21" in lines[1] or "2026-11-20" in lines[1]  # local time zone
    assert "Immunoparalysis" in lines[1] and "MALS" in lines[3]


def test_training_database_is_separate(saved):
    data, _ = saved
    r = run("history", "--patient-id", "BED-7", "--demo", "--json", "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"patient_id": "BED-7", "training": True, "assessments": []}


def test_save_without_patient_id_is_an_error(tmp_path):
    r = run("assess", "--ferritin", "100", "--save", "--data-dir", str(tmp_path / "d"))
    assert r.returncode == 2
    assert "--patient-id" in r.stderr and r.stdout == ""
    assert not (tmp_path / "d").exists()


def test_audit_verify_then_tamper(saved, tmp_path):
    data, _ = saved
    r = run("audit", "verify", "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Audit trail intact:")
    # Work on a copy (the backup command) so the module fixture stays intact.
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    r = run("db", "backup", str(copy_dir / "clinical.sqlite"), "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    r = run("db", "backup", str(copy_dir / "clinical.sqlite"), "--data-dir", str(data))
    assert r.returncode == 2 and "--force" in r.stderr
    with sqlite3.connect(copy_dir / "clinical.sqlite") as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET at = '2020-01-01T00:00:00+00:00' WHERE seq = 2")
    r = run("audit", "verify", "--data-dir", str(copy_dir))
    assert r.returncode == 1
    assert r.stdout.startswith("Audit trail BROKEN at entry 2:")


def test_unreadable_database_exits_2(tmp_path):
    (tmp_path / "clinical.sqlite").write_bytes(b"garbage" * 1000)
    r = run("audit", "verify", "--data-dir", str(tmp_path))
    assert r.returncode == 2
    assert "damaged or is not an ImmunoSep database" in r.stderr
    assert "Traceback" not in r.stderr
