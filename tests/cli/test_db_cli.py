"""`db migrate`, `db check`, `db backup` + `audit verify --expect`, and store failures that
must end as "--save: not saved: …" with exit 2 — no traceback, no patient identifier on stderr."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.store.schema import HEAD

REPO = Path(__file__).resolve().parents[2]
V2 = REPO / "tests" / "store" / "data" / "schema_v2.sql"
SAVE = ("assess", "--ferritin", "6000", "--hla-dr", "3000", "--patient-id", "BED-SECRET",
        "--save")


def run(*args: str | bytes, env: dict[str, str] | None = None,
        **kwargs: object) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "IMMUNOSEP_SITE_CONFIG"}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=120,
                          env={**base, "PYTHONPATH": str(REPO), **(env or {})},
                          **kwargs)  # type: ignore[call-overload]


def _not_saved(r: subprocess.CompletedProcess[str], phrase: str) -> None:
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert r.stderr.startswith("immunosep: error: --save: not saved: "), r.stderr
    assert phrase in r.stderr and "Traceback" not in r.stderr
    assert "BED-SECRET" not in r.stderr and r.stdout == ""


def test_migrate_a_first_wave_file_then_nothing_to_do(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    with sqlite3.connect(data / "clinical.sqlite") as conn:
        conn.executescript(V2.read_text(encoding="utf-8"))
    r = run("db", "migrate", "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().endswith(f"schema 0002 -> schema {HEAD}.")
    r = run("db", "migrate", "--data-dir", str(data))
    assert r.returncode == 0 and "nothing to do" in r.stdout


def test_check_reports_schema_audit_and_counts(tmp_path):
    data = str(tmp_path / "data")
    assert run(*SAVE, "--data-dir", data).returncode == 0
    r = run("db", "check", "--data-dir", data)
    assert r.returncode == 0, r.stderr
    assert f"Schema: {HEAD} (current)" in r.stdout and "File integrity: ok" in r.stdout
    assert "Audit trail: intact, 2 entries" in r.stdout
    assert "Records: 1 patients, 1 assessments (0 corrections)" in r.stdout
    out = json.loads(run("db", "check", "--json", "--data-dir", data).stdout)
    assert out["ok"] and out["engine"] == "sqlite" and out["schema"] == HEAD
    assert out["counts"]["assessments"] == 1 and out["audit"]["entries"] == 2
    with sqlite3.connect(Path(data) / "clinical.sqlite") as conn:
        conn.execute("DROP TRIGGER assessments_no_update")
        conn.execute("UPDATE assessments SET phenotype = 'immunoparalysis'")
    r = run("db", "check", "--data-dir", data)
    assert r.returncode == 1 and "Audit trail: BROKEN at entry 2" in r.stdout


def test_backup_prints_the_head_that_verifies_a_restored_copy(tmp_path):
    data = str(tmp_path / "data")
    assert run(*SAVE, "--data-dir", data).returncode == 0
    restored = tmp_path / "restored"
    restored.mkdir()
    r = run("db", "backup", str(restored / "clinical.sqlite"), "--data-dir", data)
    assert r.returncode == 0, r.stderr
    head = r.stdout.split("--expect ")[1].split(")")[0]
    r = run("audit", "verify", "--expect", head, "--data-dir", str(restored))
    assert r.returncode == 0, r.stdout
    assert "The expected entry is entry 2." in r.stdout
    r = run("audit", "verify", "--expect", "0" * 64, "--data-dir", str(restored))
    assert r.returncode == 1 and "is not in the chain" in r.stdout


def test_removed_newest_record_is_reported_by_verify(tmp_path):
    data = tmp_path / "data"
    assert run(*SAVE, "--data-dir", str(data)).returncode == 0
    assert run(*SAVE, "--data-dir", str(data)).returncode == 0
    with sqlite3.connect(data / "clinical.sqlite") as conn:
        for name in ("audit_log_no_delete", "assessments_no_delete", "lab_results_no_delete"):
            conn.execute(f"DROP TRIGGER {name}")
        head = conn.execute("SELECT seq, hash FROM audit_log WHERE seq = 2").fetchone()
        conn.execute("DELETE FROM lab_results WHERE assessment_id = 2")
        conn.execute("DELETE FROM assessments WHERE id = 2")
        conn.execute("DELETE FROM audit_log WHERE seq = 3")
        conn.execute("UPDATE store_meta SET value = ? WHERE key = 'audit_head'",
                     (f"{head[0]} {head[1]}",))
    r = run("audit", "verify", "--data-dir", str(data))
    assert r.returncode == 1
    assert "BROKEN at entry 3: this workstation recorded entry 3" in r.stdout


# -- not saved: exit 2, one sentence --------------------------------------------------------

def _unshare_works() -> bool:
    return bool(shutil.which("unshare")) and subprocess.run(
        ["unshare", "-rm", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs unshare (user + mount namespaces)")
def test_disk_full_while_the_database_grows(tmp_path):
    data = tmp_path / "data"
    script = (f'mount -t tmpfs -o size=192k tmpfs "{data}" && '
              f'for i in $(seq 1 40); do "{sys.executable}" -m desktop_app '
              f'{" ".join(SAVE)} --data-dir "{data}" >/dev/null 2>"{tmp_path}/err" '
              f'|| {{ cat "{tmp_path}/err"; exit 2; }}; done; echo never-full')
    data.mkdir()
    r = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True,
                       timeout=600, env={**os.environ, "PYTHONPATH": str(REPO)})
    r.stderr, r.stdout = r.stdout, ""
    _not_saved(r, "is full")


@pytest.mark.skipif(not _unshare_works(), reason="needs unshare (user + mount namespaces)")
def test_read_only_database(tmp_path):
    data = tmp_path / "data"
    assert run(*SAVE, "--data-dir", str(data)).returncode == 0
    # A read-only mount refuses writes even to root (file modes would not).
    script = (f'mount --bind "{data}" "{data}" && mount -o remount,bind,ro "{data}" && '
              f'exec "{sys.executable}" -m desktop_app {" ".join(SAVE)} --data-dir "{data}"')
    r = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True,
                       timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})
    _not_saved(r, "read-only")


def test_data_folder_that_cannot_be_created(tmp_path):
    (tmp_path / "file").write_text("x")
    _not_saved(run(*SAVE, "--data-dir", str(tmp_path / "file" / "data")),
               "cannot be created")


def test_patient_id_that_is_not_utf8(tmp_path):
    args = [a.encode() for a in SAVE]
    args[args.index(b"BED-SECRET")] = b"BED-\xff7"
    r = subprocess.run([sys.executable, "-m", "desktop_app", *args, b"--data-dir",
                        str(tmp_path / "d").encode()], capture_output=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": str(REPO)})
    assert r.returncode == 2, r.stderr
    err = r.stderr.decode("utf-8", "replace")
    # refused as input before any record is touched, naming the option, without echoing it
    assert err.startswith("immunosep: error: --patient-id: ") and "not valid UTF-8" in err
    assert "Traceback" not in err and r.stdout == b""
