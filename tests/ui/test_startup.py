"""Startup: the smoke test in a subprocess, and nothing heavy imported with the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.cli import build_parser
from desktop_app.cli import gui as gui_command
from desktop_app.store.location import CLINICAL_FILE

HEAVY = ("pandas", "reportlab", "scipy", "pyqtgraph", "numpy", "openpyxl", "sqlalchemy")


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "IMMUNOSEP_LOG_DIR": str(tmp_path / "log")}


@pytest.mark.parametrize("args", [[], ["--demo"], ["--smoke-test=charts"],
                                  ["--smoke-test=charts", "--demo"]])
def test_smoke_test_opens_the_window_and_exits_zero(tmp_path: Path, args: list[str]) -> None:
    extra = [] if any(a.startswith("--smoke-test") for a in args) else ["--smoke-test"]
    r = subprocess.run([sys.executable, "-m", "desktop_app", "gui", *extra, *args,
                        "--data-dir", str(tmp_path / "data")], env=_env(tmp_path),
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / "data").exists()  # starting the app writes nothing


def test_bare_immunosep_dispatches_to_the_window(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "desktop_app", "--smoke-test", "--data-dir",
                        str(tmp_path)], env=_env(tmp_path), capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr


def test_main_window_imports_no_heavy_library(tmp_path: Path) -> None:
    """Importing the window module, and building the window until its first paint."""
    code = ("import json, sys\nfrom pathlib import Path\n"
            "from desktop_app.ui.app import create_application\n"
            "from desktop_app.ui.main_window import MainWindow\n"
            "from desktop_app.ui.settings import AppSettings\n"
            "from desktop_app.services.evidence import load_evidence\n"
            "app = create_application()\n"
            f"d = Path({str(tmp_path)!r})\n"
            "w = MainWindow(evidence=load_evidence(), settings=AppSettings(d / 's.ini'), "
            "data_dir=d, load_charts=False, persist_state=False)\n"
            "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120, env=_env(tmp_path)).stdout
    loaded = {m.split(".")[0] for m in json.loads(out)}
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


# What the empty window does not need for its first paint (docs/gui.md, Start-up): the
# decision (table, wording, criteria texts), the words of a result, the eligibility core, the
# input classes, the evidence base and the charts' descriptions, the translator of texts
# rendered without Qt (its catalogue reader, glossaries, number formats).
NOT_BEFORE_FIRST_PAINT = ("desktop_app.core.phenotype", "desktop_app.core.decision",
                          "desktop_app.core.wording", "desktop_app.core.criteria_text",
                          "desktop_app.core.eligibility", "desktop_app.core.inputs",
                          "desktop_app.report.words", "desktop_app.ui.evidence_text",
                          "desktop_app.core.evidence", "desktop_app.core.stats",
                          "desktop_app.core.charts", "desktop_app.services.evidence",
                          "desktop_app.i18n.translation", "desktop_app.i18n.catalogue",
                          "desktop_app.i18n.glossaries", "desktop_app.i18n.formatting",
                          "xml.etree.ElementTree", "sqlalchemy", "pyqtgraph")


def test_the_first_paint_comes_before_the_decision_modules(tmp_path: Path) -> None:
    """``immunosep gui`` as a user starts it, up to the window's first paint."""
    code = ("import json, sys\n"
            "import desktop_app.ui.main_window as mw\n"
            "seen = []\n"
            "def first_paint(self, original=mw.MainWindow._after_first_paint):\n"
            "    seen.extend(sorted(sys.modules))\n"
            "    original(self)\n"
            "mw.MainWindow._after_first_paint = first_paint\n"
            "from desktop_app.cli import main\n"
            f"status = main(['gui', '--smoke-test', '--data-dir', {str(tmp_path / 'data')!r}])\n"
            "print(json.dumps(seen))\n"
            "sys.exit(status)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120, env=_env(tmp_path)).stdout
    loaded = set(json.loads(out))
    assert "desktop_app.ui.main_window" in loaded and "desktop_app.core.rules" in loaded
    assert not loaded & set(NOT_BEFORE_FIRST_PAINT), sorted(loaded & set(NOT_BEFORE_FIRST_PAINT))


@pytest.mark.parametrize("mode", [[], ["--demo"]])
def test_the_first_paint_does_not_create_the_qt_namespace(tmp_path: Path, mode: list[str]) -> None:
    """PySide6 builds the ~90 enums of ``Qt`` at its first use (~27 ms, a fifth of a bare
    window's start): the empty window is built without it (``ui/qt_namespace.py``)."""
    code = ("import sys\n"
            "import desktop_app.ui.main_window as mw\n"
            "from PySide6 import QtCore\n"
            "seen = []\n"
            "def first_paint(self, original=mw.MainWindow._after_first_paint):\n"
            "    seen.append('Qt' in QtCore.__dict__)\n"
            "    original(self)\n"
            "mw.MainWindow._after_first_paint = first_paint\n"
            "from desktop_app.cli import main\n"
            f"status = main(['gui', '--smoke-test', *{mode!r}, '--data-dir', "
            f"{str(tmp_path / 'data')!r}])\n"
            "print(seen)\n"
            "sys.exit(status)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120, env=_env(tmp_path)).stdout
    assert out.strip() == "[False]"


def test_an_evidence_base_that_cannot_be_read_stops_the_window(qtbot, monkeypatch,
                                                               tmp_path: Path) -> None:
    """Read after the first paint: a broken installation is said, takes no values and the
    window closes when the message is read (no result without the trial's caveats)."""
    from desktop_app.core.evidence import EvidenceError
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings

    def unreadable() -> None:
        raise EvidenceError("evidence data is malformed")

    monkeypatch.setattr("desktop_app.services.evidence.load_evidence", unreadable)
    w = MainWindow(settings=AppSettings(tmp_path / "s.ini"), data_dir=tmp_path / "data",
                   load_charts=False, check_store=False, persist_state=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.cannot_start is not None, timeout=10_000)
    box = w.findChild(QMessageBox, "evidenceUnreadable")
    assert box is not None and box.isVisible() and "EvidenceError" in box.text()
    assert "cannot be read" in w.cannot_start
    assert not w.centralWidget().isEnabled() and not w.menuBar().isEnabled()
    assert w.charts.map_description is None
    assert w.evidence_panel.visible_text().startswith("The evidence for the patient's phenotype")
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5_000)


@pytest.mark.parametrize(("argv", "has_db", "training"), [
    (["gui"], False, False), (["gui", "--demo"], True, True),
    (["gui", "--demo-if-no-data"], False, True), (["gui", "--demo-if-no-data"], True, False),
])
def test_mode_selection(monkeypatch, tmp_path: Path, argv: list[str], has_db: bool,
                        training: bool) -> None:
    if has_db:
        (tmp_path / CLINICAL_FILE).write_bytes(b"")
    calls: list[dict[str, object]] = []
    monkeypatch.setattr("desktop_app.ui.app.run_gui", lambda **kw: calls.append(kw) or 0)
    args = build_parser().parse_args([*argv, "--data-dir", str(tmp_path)])
    assert gui_command.run(args) == 0
    assert calls == [{"data_dir": tmp_path, "training": training, "smoke_test": None}]


@pytest.mark.parametrize(("site", "training"), [
    ('[database]\nurl = "postgresql+psycopg://app@db.example.org/immunosep"\n', False),
    ("[database\n", False),  # unreadable: the window says why, never training by surprise
    ('[report]\nward = "ICU"\n', True),
])
def test_demo_if_no_data_counts_a_configured_ward_database(monkeypatch, tmp_path: Path,
                                                           site: str, training: bool) -> None:
    config = tmp_path / "site.toml"
    config.write_text(site, encoding="utf-8")
    monkeypatch.setenv("IMMUNOSEP_SITE_CONFIG", str(config))
    calls: list[dict[str, object]] = []
    monkeypatch.setattr("desktop_app.ui.app.run_gui", lambda **kw: calls.append(kw) or 0)
    data = tmp_path / "data"
    args = build_parser().parse_args(["gui", "--demo-if-no-data", "--data-dir", str(data)])
    assert gui_command.run(args) == 0
    assert calls[0]["training"] is training


def test_opening_the_window_skips_the_other_subcommands() -> None:
    code = ("import json, sys\nfrom desktop_app.cli import build_parser\n"
            "p = build_parser(only='gui')\nprint(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    ours = {m for m in json.loads(out) if m.startswith("desktop_app.cli.")}
    assert ours <= {"desktop_app.cli.gui", "desktop_app.cli._store_args"}
