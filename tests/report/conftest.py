"""Shared helpers for the PDF report tests: fixed time, assessments, text and font extraction."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.phenotype import Assessment, classify
from desktop_app.report.options import PatientIdentity, ReportOptions
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.reports import make_options, render_patient_pdf

# A fixed offset with a name: no tz database needed (Windows has none without tzdata).
CET = timezone(timedelta(hours=1), "CET")
NOW = datetime(2026, 11, 24, 10, 15, tzinfo=CET)

CASES = {
    "mals": EntryText(ferritin="5120", hla_dr="3200", age="67",
                      ferritin_sampled="2026-11-24T08:30+01:00",
                      hla_dr_sampled="2026-11-24T08:35+01:00",
                      hla_dr_processed="2026-11-24T09:35+01:00"),
    "immunoparalysis": EntryText(ferritin="9931", ferritin_unit="pmol/L", hla_dr="<4000",
                                 age="71"),
    "unclassified": EntryText(ferritin="800", ferritin_unit="µg/L", hla_dr="12000", age="55"),
    "cannot_classify": EntryText(ferritin=">4000", hla_dr="60", hla_dr_unit="% positive",
                                 age="17"),
}

HOSTILE = '<a href="http://x">Doe</a> & <img src="/etc/passwd"/>'


def assess(case: str | EntryText) -> Assessment:
    entry = CASES[case] if isinstance(case, str) else case
    return classify(build_inputs(entry, local_zone=CET), now=NOW)


def options(**kw: object) -> ReportOptions:
    kw.setdefault("institution", "Universitätsklinikum Beispielstadt")
    kw.setdefault("ward", "Intensivstation 3 — ICU")
    kw.setdefault("generated_by", "test-user")
    kw.setdefault("workstation", "TEST-WS-01")
    return make_options(**kw)  # type: ignore[arg-type]


def render(case: str | EntryText = "mals", patient_id: str = "P-0001", *,
           identity: PatientIdentity | None = None, **kw: object) -> bytes:
    return render_patient_pdf(assess(case), patient_id, generated_at=NOW, options=options(**kw),
                              identity=identity)


def pages_text(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def squeeze(text: str) -> str:
    """Text without any whitespace: lines wrap wherever the layout needs."""
    return "".join(text.split())


_FURNITURE = re.compile(r"· Patient:|· Source:|^Rule set .* · Evidence .* · ImmunoSep Phenotyper|"
                        r"^Generated .* · Decision support only|Page \d+ of \d+|"
                        r"^Universitätsklinikum Beispielstadt|^Institution / ward not configured")


def body_text(data: bytes) -> str:
    """All pages' text without the header and footer lines (they repeat on every page)."""
    lines = [line for page in pages_text(data) for line in page.splitlines()
             if not _FURNITURE.search(line)]
    return "\n".join(lines)


def pdffonts(path: Path) -> list[list[str]]:
    """Rows of ``pdffonts`` (poppler-utils): name, type, encoding, emb, sub, uni, ..."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.fixture
def write_pdf(tmp_path: Path):  # type: ignore[no-untyped-def]
    def write(data: bytes, name: str = "report.pdf") -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path
    return write
