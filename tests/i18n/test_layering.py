"""desktop_app.i18n is a base module: standard library plus paths/site_config, no Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import desktop_app.i18n

PACKAGE = Path(desktop_app.i18n.__file__).parent
ALLOWED = ("desktop_app.i18n", "desktop_app.paths", "desktop_app.site_config")


def test_i18n_imports_only_the_standard_library_and_base_modules() -> None:
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.module
                     and node.level == 0 else [])
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or name.startswith(ALLOWED), (
                    f"{path.name} imports {name}")


def test_importing_i18n_loads_no_qt_and_reads_no_catalogue() -> None:
    code = ("import sys, desktop_app.i18n as i; "
            "print(any(m.startswith(('PySide6', 'reportlab')) for m in sys.modules), "
            "i.translator.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.split()
    assert out == ["False", "0"]
