"""The frozen app's entry script: flag mapping and the guards windowed builds need."""

from __future__ import annotations

import importlib.util
import io
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

LAUNCHER = Path(__file__).resolve().parents[2] / "installers" / "pyinstaller" / "launcher.py"


@pytest.fixture
def launcher() -> ModuleType:
    spec = importlib.util.spec_from_file_location("immunosep_launcher", LAUNCHER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("argv", "expected"), [
    (["--self-test"], ["self-test"]),
    (["--self-test", "--keep", "x"], ["self-test", "--keep", "x"]),
    ([], []),
    (["--demo"], ["--demo"]),  # the CLI turns leading options into the gui subcommand
    (["assess", "--self-test"], ["assess", "--self-test"]),  # only a leading flag is mapped
])
def test_map_argv(launcher: ModuleType, argv: list[str], expected: list[str]) -> None:
    assert launcher.map_argv(argv) == expected


def test_missing_streams_go_to_the_log_file(launcher: ModuleType, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMMUNOSEP_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    launcher.guard_streams()
    print("to stdout")
    print("to stderr", file=sys.stderr)
    sys.stdout.flush()
    log = tmp_path / "logs" / launcher.CONSOLE_LOG
    assert log.read_text(encoding="utf-8").splitlines() == ["to stdout", "to stderr"]
    sys.stdout.close()


def test_present_streams_are_left_alone(launcher: ModuleType, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setenv("IMMUNOSEP_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    launcher.guard_streams()
    assert sys.stdout is out and sys.stderr is err
    assert not (tmp_path / "logs").exists()


def test_unwritable_log_dir_falls_back_to_devnull(launcher: ModuleType, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("IMMUNOSEP_LOG_DIR", str(blocker / "logs"))
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    launcher.guard_streams()
    print("dropped")  # must not raise
    assert sys.stdout.name == os.devnull
    sys.stdout.close()


def test_main_runs_the_cli_with_mapped_arguments(launcher: ModuleType,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []
    import desktop_app.cli

    monkeypatch.setattr(desktop_app.cli, "main", lambda argv: seen.append(argv) or 7)
    monkeypatch.setattr(sys, "argv", ["immunosep", "--self-test"])
    assert launcher.main() == 7
    assert seen == [["self-test"]]
