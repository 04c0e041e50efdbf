"""Every demo case as a report: right content, and pages that poppler renders to images.

Set ``IMMUNOSEP_REPORT_PNG_DIR`` to keep the PNGs for a person to look at.
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

from .conftest import CET, NOW, body_text, pages_text, squeeze

CASES = load_demo_cases()


def _render(case_id: str) -> bytes:
    case = next(c for c in CASES if c.id == case_id)
    a = classify(build_inputs(case.entry, local_zone=CET), now=NOW)
    assert case.expected.matches(a)
    return render_patient_pdf(a, case.id, generated_at=NOW,
                              options=make_options(training=True, ward="Training room"),
                              training_note=case.note)


@pytest.mark.parametrize("case_id", [c.id for c in CASES])
def test_every_demo_case_reports_its_result_in_training_mode(case_id: str) -> None:
    case = next(c for c in CASES if c.id == case_id)
    data = _render(case_id)
    assert all(TRAINING_MARK in t for t in pages_text(data))
    flat = squeeze(body_text(data))
    assert squeeze(f"Patient identifier (as entered): {case.id}") in flat
    assert squeeze(case.expected.describe().split(" (reason")[0]) in flat
    assert f"[{case.expected.reason}]" in flat
    assert squeeze(case.note) in flat


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) missing")
@pytest.mark.parametrize("case_id", ["DEMO-001", "DEMO-002", "DEMO-003", "DEMO-006",
                                     "DEMO-012", "DEMO-018"])
def test_pages_render_to_images(case_id: str, tmp_path: Path) -> None:
    pdf = tmp_path / f"{case_id}.pdf"
    pdf.write_bytes(_render(case_id))
    keep = os.environ.get("IMMUNOSEP_REPORT_PNG_DIR")
    out = Path(keep) if keep else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(out / case_id)], check=True,
                   capture_output=True, timeout=120)
    pngs = sorted(out.glob(f"{case_id}-*.png"))
    assert len(pngs) == len(pages_text(pdf.read_bytes()))
    for png in pngs:
        data = png.read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 5_000  # not a blank page


def test_report_package_imports_only_core_and_reportlab() -> None:
    package = Path(desktop_app.__file__).parent / "report"
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module] if isinstance(node, ast.ImportFrom) and node.module
                     and node.level == 0 else [])
            for name in names:
                top = name.split(".")[0]
                ok = (top in sys.stdlib_module_names or top == "reportlab"
                      or name.startswith(("desktop_app.core", "desktop_app.report")))
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
