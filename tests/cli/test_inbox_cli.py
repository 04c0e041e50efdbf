"""``immunosep inbox run``: one pass with --once (text and JSON), polling ended by SIGINT with
a summary, and one-sentence errors with exit 2."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

HL7 = Path(__file__).resolve().parents[1] / "data" / "hl7"


def _env(tmp_path: Path, folder: Path | None) -> dict[str, str]:
    site = tmp_path / "site.toml"
    text = '[inbox]\nhla_dr_codes = ["MHLADR"]\n'
    if folder is not None:
        text += f'folder = "{folder.as_posix()}"\n'
    site.write_text(text, encoding="utf-8")
    return {**os.environ, "IMMUNOSEP_SITE_CONFIG": str(site),
            "IMMUNOSEP_DATA_DIR": str(tmp_path / "data"), "TZ": "Europe/Berlin"}


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "inbox", "run", *args],
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120, check=False)


@pytest.fixture
def drop(tmp_path: Path) -> Path:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "lab.hl7").write_bytes((HL7 / "oru_v251_two_patients.hl7").read_bytes())
    (folder / "junk.txt").write_text("not a message\n", encoding="utf-8")
    return folder


def test_once_stores_moves_and_prints_a_summary(tmp_path, drop):
    env = _env(tmp_path, drop)
    r = run(env, "--once", "--settle", "0.2")
    assert r.returncode == 0, r.stderr
    assert "junk.txt: moved to failed/: The file is neither an HL7 v2 nor a FHIR" in r.stdout
    assert ("lab.hl7: stored 2 assessments (MALS (macrophage activation-like syndrome): 2); "
            "messages: 2 new, 0 already imported; earlier assessments: 0 corrected, 0 completed by "
            "pairing, 0 withdrawn.") in r.stdout
    assert r.stdout.rstrip().endswith("Files stored: 1 (assessments: 2); moved to failed/: 1.")
    assert (drop / "processed" / "lab.hl7").exists()
    assert (drop / "failed" / "junk.txt.reason.txt").exists()
    again = run(env, "--once", "--settle", "0", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == {"folder": str(drop), "training": False, "files": [],
                                        "problem": None}


def test_json_names_each_file(tmp_path, drop):
    r = run(_env(tmp_path, drop), "--once", "--settle", "0.2", "--json")
    assert r.returncode == 0, r.stderr
    files = {f["file"]: f for f in json.loads(r.stdout)["files"]}
    assert files["lab.hl7"]["outcome"] == "stored"
    assert files["lab.hl7"]["phenotype_counts"] == {"mals": 2}
    assert files["junk.txt"]["outcome"] == "failed"


def test_a_result_paired_with_an_earlier_file_is_reported(tmp_path):
    from ..inbox.messages import oru, write

    drop = tmp_path / "drop"
    drop.mkdir()
    env = _env(tmp_path, drop)
    write(drop, "chemistry.hl7", oru("C1", "P1", ("ferritin", "300", "F"), order="O1"))
    assert run(env, "--once", "--settle", "0.2").returncode == 0
    write(drop, "cytometry.hl7", oru("F1", "P1", ("hla_dr", "3000", "F"), order="O2"))
    r = run(env, "--once", "--settle", "0.2", "--json")
    assert r.returncode == 0, r.stderr
    (done,) = json.loads(r.stdout)["files"]
    assert (done["paired"], done["corrections"]) == (1, 0)
    assert done["phenotype_counts"] == {"immunoparalysis": 1}
    write(drop, "again.hl7", oru("F2", "P1", ("hla_dr", "3000", "C"), order="O2"))
    text = run(env, "--once", "--settle", "0.2").stdout
    assert ("earlier assessments: 1 corrected, 0 completed by pairing, 0 withdrawn."
            in text)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_polling_ends_cleanly_on_ctrl_c_with_a_summary(tmp_path, drop):
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "inbox", "run", "--settle", "0.2",
         "--interval", "0.2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=_env(tmp_path, drop))
    deadline = time.monotonic() + 60
    while not (drop / "processed" / "lab.hl7").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "lab.hl7: stored 2 assessments" in out
    assert out.rstrip().endswith("Files stored: 1 (assessments: 2); moved to failed/: 1.")
    assert "Traceback" not in err


@pytest.mark.parametrize(("folder", "args", "message"), [
    (None, (), "No inbox folder is configured"),
    ("missing", (), "does not exist"),
    ("drop", ("--demo",), "--demo needs --folder"),
])
def test_errors_are_one_sentence_with_exit_2(tmp_path, drop, folder, args, message):
    configured = None if folder is None else tmp_path / folder
    r = run(_env(tmp_path, configured), "--once", *args)
    assert r.returncode == 2
    assert message in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert r.stdout == ""


def test_demo_reads_a_training_folder_into_the_training_database(tmp_path, drop):
    env = _env(tmp_path, None)
    r = run(env, "--once", "--settle", "0.2", "--demo", "--folder", str(drop))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("TRAINING DATABASE")
    h = subprocess.run([sys.executable, "-m", "desktop_app", "history", "--patient-id",
                        "0067890", "--demo", "--json"], capture_output=True, text=True,
                       env=env, timeout=120, check=False)
    assert json.loads(h.stdout)["training"] is True
    assert len(json.loads(h.stdout)["assessments"]) == 1
    clinical = subprocess.run([sys.executable, "-m", "desktop_app", "history", "--patient-id",
                               "0067890", "--json"], capture_output=True, text=True, env=env,
                              timeout=120, check=False)
    assert json.loads(clinical.stdout)["assessments"] == []
