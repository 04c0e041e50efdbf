"""Embedded fonts only (ecosystem §3.2), Unicode that extracts, and byte-identical output."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.report.fonts import FontError, register_fonts

from .conftest import CASES, body_text, pdffonts, render, squeeze

REPO = Path(__file__).resolve().parents[2]
STANDARD_FONTS = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


@pytest.mark.parametrize("training", [False, True])
@pytest.mark.parametrize("case", sorted(CASES))
def test_every_font_is_embedded(case: str, training: bool, write_pdf) -> None:  # type: ignore[no-untyped-def]
    rows = pdffonts(write_pdf(render(case, training=training)))
    assert rows, "pdffonts listed no font"
    for row in rows:
        name, emb = row[0], row[-5]
        assert emb == "yes", row
        assert not name.split("+")[-1].startswith(STANDARD_FONTS), row
        assert "DejaVuSans" in name


def test_greek_micro_inequalities_and_subscripts_extract_as_text() -> None:
    text = squeeze(body_text(render("mals", patient_id="SpO₂ µ γ ≥ ≤ Ωμέγα")))
    assert "SpO₂µγ≥≤Ωμέγα" in text
    assert "interferon-γ100µg" not in text  # MALS report: anakinra's regimen, not interferon-γ
    assert "interferon-γ34/106" in text  # the evidence chart's bar label, from the chart


def test_missing_font_folder_is_a_clear_error(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import desktop_app.report.fonts as fonts

    monkeypatch.setattr(fonts, "_registered_from", None)
    with pytest.raises(FontError, match="report font not found"):
        register_fonts(tmp_path)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("case", sorted(CASES))
def test_invariant_mode_gives_identical_bytes(case: str) -> None:
    first = render(case, patient_id="Zoë <b>1</b>", invariant=True)
    assert first == render(case, patient_id="Zoë <b>1</b>", invariant=True)


def test_invariant_bytes_are_identical_across_processes() -> None:
    code = ("import hashlib, sys\n"
            "sys.path.insert(0, sys.argv[1])\n"
            "from tests.report.conftest import render\n"
            "print(hashlib.sha256(render('mals', patient_id='P-1', invariant=True))"
            ".hexdigest())\n")
    env = {**os.environ, "PYTHONHASHSEED": "random"}
    digests = {subprocess.run([sys.executable, "-c", code, str(REPO)], capture_output=True,
                              text=True, check=True, timeout=120, env=env).stdout.strip()
               for _ in range(2)}
    assert digests == {_digest(render("mals", patient_id="P-1", invariant=True))}


def test_creation_date_is_the_generation_time_not_the_clock() -> None:
    assert b"/CreationDate (D:20261124101500+01'00')" in render("mals")
    assert b"/CreationDate (D:2000" in render("mals", invariant=True)
