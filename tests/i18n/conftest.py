"""Fixtures for the translation tests: the dev tool's modules, compiled catalogues."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from desktop_app.i18n import TRANSLATED_LANGUAGES
from desktop_app.i18n.checks import Expected

ROOT = Path(__file__).resolve().parents[2]
I18N_DIR = ROOT / "resources" / "i18n"


def _tool(name: str) -> ModuleType:
    """``tools/<name>.py`` (a script folder, not a package: it imports its sibling by name)."""
    tools = str(ROOT / "tools")
    if tools not in sys.path:
        sys.path.insert(0, tools)
    return __import__(name)


@pytest.fixture(scope="session")
def sources() -> ModuleType:
    return _tool("i18n_sources")


@pytest.fixture(scope="session")
def tool() -> ModuleType:
    return _tool("i18n")


@pytest.fixture(scope="session")
def expected(tool: ModuleType) -> dict[str, list[Expected]]:
    """Every text the sources use, per language (lupdate runs once for the window's texts)."""
    qt = tool.qt_texts()
    return {lang: tool.generated_texts(lang)[0] + qt for lang in TRANSLATED_LANGUAGES}


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory, tool: ModuleType) -> Path:
    """The catalogues compiled by the build step, into a temporary folder."""
    out = tmp_path_factory.mktemp("qm")
    tool.build(out)
    return out
