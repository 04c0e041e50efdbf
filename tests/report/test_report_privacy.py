"""Identification printed on reports never reaches the diagnostic log (hazard H31)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app import log
from desktop_app.report.options import PatientIdentity
from desktop_app.services.reports import (
    Outcome,
    make_options,
    render_patient_pdf,
    run_report_batch,
)

from .conftest import NOW, assess
from .test_batch import _jobs

NAME, BIRTH, RECORD, PID = "Sentinelname Doe-Private", "1931-07-09", "MRN-SENTINEL-7781", \
    "PID-SENTINEL-4420"
SECRETS = (NAME, BIRTH, RECORD, PID, "Sentinelname")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("IMMUNOSEP_LOG_DIR", str(tmp_path / "logs"))
    root = logging.getLogger()
    earlier = [h for h in root.handlers if getattr(h, "_immunosep", False)]
    for handler in earlier:
        root.removeHandler(handler)
    before = list(root.handlers)
    path = log.configure_logging(logging.DEBUG)
    assert path is not None
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    for handler in earlier:
        root.addHandler(handler)


def test_batch_and_single_reports_log_no_identification(log_file: Path, tmp_path: Path) -> None:
    identity = PatientIdentity(NAME, BIRTH, RECORD)
    jobs = [replace(j, patient_id=PID, identity=identity) for j in _jobs(6, poisoned=(2,))]
    result = run_report_batch(jobs, [], tmp_path / "out", generated_at=NOW,
                              options=make_options(), source_name="lab.csv", workers=1)
    assert result.count(Outcome.FAILED) == 1  # a failure that is logged
    render_patient_pdf(assess("mals"), PID, generated_at=NOW, options=make_options(),
                       identity=identity)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "report for row 4 failed" in text  # the log is written, by row number only
    for secret in SECRETS:
        assert secret not in text


def test_cli_report_logs_no_identification(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "IMMUNOSEP_LOG_DIR": str(tmp_path / "logs")}
    env.pop("IMMUNOSEP_SITE_CONFIG", None)
    out = tmp_path / "r.pdf"
    r = subprocess.run([sys.executable, "-m", "desktop_app", "report", "--ferritin", "5120",
                        "--hla-dr", "3200", "--patient-id", PID, "--patient-name", NAME,
                        "--birth-date", BIRTH, "--record-number", RECORD, "--out", str(out)],
                       capture_output=True, text=True, timeout=180, env=env)
    assert r.returncode == 0, r.stderr
    logged = "".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in (tmp_path / "logs").rglob("*") if p.is_file())
    for secret in SECRETS:
        assert secret not in logged and secret not in r.stderr
