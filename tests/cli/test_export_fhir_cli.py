"""``immunosep export-fhir``: a patient's stored assessments as a FHIR R4 Bundle file."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, env=dict(os.environ))


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> tuple[Path, Path]:
    """Two stored assessments of BED-7 and that patient's PDF report."""
    folder = tmp_path_factory.mktemp("export")
    data = folder / "data"
    for ferritin, hla, day in (("6000", "3000", 23), ("300", "3000", 24)):
        when = f"2026-11-{day}T08:00+01:00"
        r = run("assess", "--ferritin", ferritin, "--hla-dr", hla, "--age", "60",
                "--ferritin-sampled", when, "--hla-dr-sampled", when, "--patient-id", "BED-7",
                "--save", "--data-dir", str(data))
        assert r.returncode == 0, r.stderr
    pdf = folder / "BED-7.pdf"
    r = run("report", "--ferritin", "300", "--hla-dr", "3000", "--patient-id", "BED-7",
            "--out", str(pdf))
    assert r.returncode == 0, r.stderr
    return data, pdf


def test_export_writes_a_valid_bundle_with_the_pdf(stored, tmp_path: Path) -> None:
    data, pdf = stored
    out = tmp_path / "BED-7.json"
    r = run("export-fhir", "--patient-id", "BED-7", "--patient-id-system",
            "http://hosp.example.org/mrn", "--out", str(out), "--pdf", str(pdf),
            "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    assert "2 assessments of patient BED-7" in r.stdout
    Bundle.model_validate_json(out.read_text(encoding="utf-8"))
    doc = json.loads(out.read_text(encoding="utf-8"))
    phenotypes = [e["resource"]["valueCodeableConcept"]["coding"][0]["code"]
                  for e in doc["entry"] if "valueCodeableConcept" in e["resource"]]
    assert phenotypes == ["mals", "immunoparalysis"]  # oldest first, as the history
    document = next(e["resource"] for e in doc["entry"]
                    if e["resource"]["resourceType"] == "DocumentReference")
    assert base64.b64decode(document["content"][0]["attachment"]["data"]) == pdf.read_bytes()
    assert all(e["resource"]["subject"]["identifier"] == {
        "value": "BED-7", "system": "http://hosp.example.org/mrn"} for e in doc["entry"])
    # The export is audited and the chain stays intact.
    verify = run("audit", "verify", "--data-dir", str(data))
    assert verify.returncode == 0, verify.stdout


def test_existing_file_needs_force(stored, tmp_path: Path) -> None:
    data, _ = stored
    out = tmp_path / "x.json"
    out.write_text("keep me", encoding="utf-8")
    r = run("export-fhir", "--patient-id", "BED-7", "--out", str(out), "--data-dir", str(data))
    assert r.returncode == 2 and "--force" in r.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    r = run("export-fhir", "--patient-id", "BED-7", "--out", str(out), "--data-dir", str(data),
            "--force")
    assert r.returncode == 0, r.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["resourceType"] == "Bundle"


@pytest.mark.parametrize("args, message", [
    (("--patient-id", "NOBODY"), "no stored assessments"),
    (("--patient-id", "BED-7", "--pdf", "missing.pdf"), "--pdf"),
])
def test_nothing_is_written_on_failure(stored, tmp_path: Path, args: tuple[str, ...],
                                       message: str) -> None:
    data, _ = stored
    out = tmp_path / "never.json"
    r = run("export-fhir", *args, "--out", str(out), "--data-dir", str(data))
    assert r.returncode == 2 and message in r.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_pdf_is_refused(stored, tmp_path: Path) -> None:
    data, _ = stored
    fake = tmp_path / "fake.pdf"
    fake.write_text("<html>", encoding="utf-8")
    out = tmp_path / "out.json"
    r = run("export-fhir", "--patient-id", "BED-7", "--out", str(out), "--pdf", str(fake),
            "--data-dir", str(data))
    assert r.returncode == 2 and "not a PDF" in r.stderr
    assert not out.exists()
