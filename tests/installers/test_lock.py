"""The hash-pinned locks (requirements/) and the SOUP list generated from them (docs/soup.md)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("immunosep_lock", ROOT / "installers/lock.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


lock = _load()


def test_locks_match_pyproject_and_each_other() -> None:
    assert lock.check_locks() == []


def test_every_locked_package_is_pinned_by_hash() -> None:
    for name, _ in lock.LOCKS:
        pins = lock.read_lock(name)
        assert pins, name
        assert all(pin.hashes >= 1 for pin in pins), name


def test_soup_list_is_generated_from_the_lock() -> None:
    """docs/soup.md is what `./dev lock` writes: edited by hand or stale, this fails."""
    assert (ROOT / "docs/soup.md").read_text(encoding="utf-8") == lock.soup_markdown()


def test_soup_lists_each_shipped_package_with_version_licence_and_purpose() -> None:
    text = (ROOT / "docs/soup.md").read_text(encoding="utf-8")
    for pin in lock.read_lock("runtime.txt"):
        if lock._ships_on(pin, lock.release_python()) != "none":
            assert f"| {pin.name} | {pin.version} |" in text, pin.name
    assert "## Known-anomalies policy" in text
    assert "tests/test_pyside_pin.py" in text  # the reviewed pin and its proof


def test_a_dependency_missing_from_the_lock_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    real = lock.requirements_for

    def with_new_dependency(extras: tuple[str, ...]) -> list:  # type: ignore[type-arg]
        return [*real(extras), lock.Requirement("frobnicate>=1.0")]

    monkeypatch.setattr(lock, "requirements_for", with_new_dependency)
    problems = lock.check_locks()
    assert any("frobnicate>=1.0 is not locked" in p for p in problems)


def test_a_direct_dependency_without_a_purpose_stops_the_soup(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "_soup_data", lambda: {"package": {}, "component": []})
    with pytest.raises(SystemExit, match="say what it is for"):
        lock.soup_markdown()


def test_parse_lock_reads_markers_hashes_and_via() -> None:
    text = ("# header\n#    ./dev lock\n"
            "greenlet==3.5.6 ; platform_machine == 'x86_64' \\\n"
            "    --hash=sha256:aa \\\n    --hash=sha256:bb\n"
            "    # via sqlalchemy\n"
            "numpy==2.4.6 \\\n    --hash=sha256:cc\n"
            "    # via\n    #   immunosep-phenotyper (pyproject.toml)\n    #   pandas\n")
    greenlet, numpy = lock.parse_lock(text)
    assert (greenlet.name, greenlet.version, greenlet.hashes) == ("greenlet", "3.5.6", 2)
    assert greenlet.via == ("sqlalchemy",)
    assert not greenlet.applies({"platform_machine": "arm64"})
    assert numpy.via == ("immunosep-phenotyper", "pandas") and numpy.marker is None
