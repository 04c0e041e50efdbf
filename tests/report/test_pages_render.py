"""Every demo case as a one-page report, and pages that poppler renders to images.

Set ``IMMUNOSEP_REPORT_PNG_DIR`` to keep the PNGs for a person to look at (the report engineer
looked at each one; see docs/reports.md).
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import desktop_app
from desktop_app.core.phenotype import classify
from desktop_app.report.document import TRAINING_MARK
from desktop_app.services.demo import load_demo_cases
from desktop_app.services.entry import build_inputs
from desktop_app.services.reports import make_options, render_patient_pdf

from .conftest import CET, NOW, body_text, pages_text, render, squeeze
from .test_patient_report import ALL_CASES

CASES = load_demo_cases()


def _render(case_id: str) -> bytes:
    case = next(c for c in CASES if c.id == case_id)
    a = classify(build_inputs(case.entry, local_zone=CET), now=NOW)
    assert case.expected.matches(a)
    return render_patient_pdf(a, case.id, generated_at=NOW,
                              options=make_options(training=True, ward="Training room"),
                              training_note=case.note)


@pytest.mark.parametrize("case_id", [c.id for c in CASES])
def test_every_demo_case_is_one_page_with_its_result_in_training_mode(case_id: str) -> None:
    from desktop_app.i18n import translator

    case = next(c for c in CASES if c.id == case_id)
    data = _render(case_id)
    texts = pages_text(data)
    assert len(texts) == 1 and TRAINING_MARK in texts[0]
    flat = squeeze(body_text(data))
    assert squeeze(f"Patient identifier (as entered): {case.id}") in flat
    assert squeeze(case.expected.describe().split(" (reason")[0]) in flat
    a = classify(build_inputs(case.entry, local_zone=CET), now=NOW)
    reason = next(f for f in a.reasons if f.code == case.expected.reason)
    assert squeeze(translator("en").finding(reason)) in flat
    assert case.expected.reason not in flat  # the sentence, never the code
    assert squeeze(case.note) in flat


def _png(pdf: Path, out: Path, stem: str) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / stem)], check=True,
                   capture_output=True, timeout=120)
    return sorted(out.glob(f"{stem}-*.png"))


def _out(tmp_path: Path) -> Path:
    keep = os.environ.get("IMMUNOSEP_REPORT_PNG_DIR")
    out = Path(keep) if keep else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) missing")
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("case", sorted(ALL_CASES))
def test_one_page_report_renders_to_an_image(case: str, paper: str, tmp_path: Path) -> None:
    """Every phenotype, cannot classify and near threshold: one page that poppler draws."""
    from .test_patient_report import _case

    pdf = tmp_path / f"{case}-{paper}.pdf"
    pdf.write_bytes(render(_case(case), paper=paper))
    pngs = _png(pdf, _out(tmp_path), f"{case}-{paper}")
    assert len(pngs) == 1
    data = pngs[0].read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a drawn page, not a blank one


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) missing")
@pytest.mark.parametrize("case_id", ["DEMO-001", "DEMO-002", "DEMO-006", "DEMO-017"])
def test_training_pages_render_to_images(case_id: str, tmp_path: Path) -> None:
    pdf = tmp_path / f"{case_id}.pdf"
    pdf.write_bytes(_render(case_id))
    pngs = _png(pdf, _out(tmp_path), case_id)
    assert len(pngs) == 1
    assert pngs[0].read_bytes().startswith(b"\x89PNG")


def test_report_package_imports_only_core_i18n_and_reportlab() -> None:
    package = Path(desktop_app.__file__).parent / "report"
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module] if isinstance(node, ast.ImportFrom) and node.module
                     and node.level == 0 else [])
            for name in names:
                top = name.split(".")[0]
                ok = (top in sys.stdlib_module_names or top == "reportlab"
                      or name.startswith(("desktop_app.core", "desktop_app.report",
                                          "desktop_app.i18n")))
                assert ok, f"report/{path.name} imports {name}"


def test_reportlab_loads_only_when_a_report_is_rendered() -> None:
    code = ("import sys\n"
            "import desktop_app.services.reports, desktop_app.cli.report\n"
            "import desktop_app.cli.report_batch, desktop_app.services.report_batch\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'reportlab', 'pandas', 'PySide6', 'pyqtgraph', 'pypdfium2'}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(Path(desktop_app.__file__)
                                                              .parents[1])}).stdout
    assert out.strip() == "[]"
