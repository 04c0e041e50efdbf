"""``immunosep self-test`` from the source tree: passes, can fail, and stays offline."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import selftest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env_extra: dict[str, str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IMMUNOSEP_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen", **env_extra)
    return subprocess.run([sys.executable, "-m", "desktop_app", "self-test", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


@pytest.mark.qt  # the self-test opens the main window
def test_self_test_passes_and_touches_no_user_data(tmp_path: Path) -> None:
    home = tmp_path / "home"
    r = _run("--keep", str(tmp_path / "kept"), env_extra={}, home=home)
    assert r.returncode == 0, r.stdout + r.stderr
    for check in ("bundled resources", "demo cases", "PDF report",
                  "report batch in worker processes", "main window"):
        assert f"self-test: {check}: ok" in r.stdout
    assert "self-test: passed" in r.stdout
    kept = sorted(p.name for p in (tmp_path / "kept").iterdir())
    assert kept == ["self-test-report.pdf", "self-test-window.png"]
    assert not (home / "data").exists()  # no records or settings in the user's data folder
    log = home / "state" / "immunosep" / "log" / "immunosep.log"  # diagnostics only
    assert "self-test passed" in log.read_text(encoding="utf-8")


@pytest.mark.qt
def test_self_test_fails_on_a_broken_installation(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", resources)
    (resources / "fonts" / "DejaVuSans.ttf").unlink()
    r = _run(env_extra={"IMMUNOSEP_RESOURCES": str(resources)}, home=tmp_path / "home")
    assert r.returncode == selftest.EXIT_FAILED
    assert "self-test: bundled resources: FAILED" in r.stderr
    assert "self-test: PDF report: FAILED" in r.stderr
    assert "self-test: FAILED" in r.stderr


@pytest.mark.parametrize("before", ["/somewhere", None])
def test_user_data_isolation_is_undone(before: str | None, monkeypatch: pytest.MonkeyPatch,
                                       tmp_path: Path) -> None:
    if before is None:
        monkeypatch.delenv("IMMUNOSEP_DATA_DIR", raising=False)
    else:
        monkeypatch.setenv("IMMUNOSEP_DATA_DIR", before)
    with selftest.isolated_user_data(tmp_path):
        assert os.environ["IMMUNOSEP_DATA_DIR"] == str(tmp_path / "data")
    assert os.environ.get("IMMUNOSEP_DATA_DIR") == before


@pytest.mark.parametrize(("data", "problem"), [
    (b"not a pdf", "not a complete PDF"),
    (b"%PDF-1.4\n/BaseFont /Helvetica /FontFile2\n%%EOF\n", "un-embedded standard font"),
    (b"%PDF-1.4\n/BaseFont /DejaVuSans\n%%EOF\n", "no embedded TrueType font"),
])
def test_pdf_check_rejects(data: bytes, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        selftest.check_pdf(data)
