"""Dependency direction and the clinical core's isolation, proven rather than promised."""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import desktop_app

PACKAGE = Path(desktop_app.__file__).parent
HEAVY = ("PySide6", "pyqtgraph", "pandas", "numpy", "reportlab", "sqlalchemy", "scipy")
RULE_MODULES = ("values.py", "units.py", "facts.py", "decision.py", "phenotype.py", "rules.py",
                "inputs.py", "display.py", "wording.py", "findings.py", "times.py")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _loaded_after_import(modules: list[str]) -> list[str]:
    code = ("import importlib, json, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    return json.loads(out)


def test_core_imports_only_stdlib_and_core() -> None:
    for path in (PACKAGE / "core").glob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            ok = top in sys.stdlib_module_names or name.startswith("desktop_app.core")
            assert ok, f"{path.name} imports {name}"


def test_core_loads_no_heavy_library() -> None:
    core = [f"desktop_app.core.{m.name}" for m in pkgutil.iter_modules([str(PACKAGE / "core")])]
    loaded = _loaded_after_import(core)
    assert not [m for m in loaded if m.split(".")[0] in HEAVY]


def test_rule_modules_never_use_float() -> None:
    # float("4420.0000000000001") == 4420.0: the rule compares Decimals only (hazard H05)
    for name in RULE_MODULES:
        tree = ast.parse((PACKAGE / "core" / name).read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
                 and isinstance(n.func, ast.Name) and n.func.id == "float"]
        assert not calls, f"float() in core/{name}"


def test_nothing_but_the_ui_loads_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages([str(PACKAGE)], "desktop_app.")
               if not m.name.startswith(("desktop_app.ui", "desktop_app.cli.gui",
                                         "desktop_app.__main__", "desktop_app.cli.selftest"))]
    loaded = _loaded_after_import(modules)
    assert not [m for m in loaded if m.split(".")[0] in ("PySide6", "pyqtgraph")]


def test_command_line_starts_without_heavy_imports() -> None:
    loaded = _loaded_after_import(["desktop_app.cli"])
    code = "from desktop_app.cli import build_parser; build_parser()"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert not [m for m in loaded if m.split(".")[0] in HEAVY]


def test_no_network_modules_anywhere() -> None:
    forbidden = {"socket", "urllib", "http", "requests", "httpx", "ftplib", "smtplib", "ssl"}
    for path in PACKAGE.rglob("*.py"):
        for name in _imports(path):
            assert name.split(".")[0] not in forbidden, f"{path} imports {name}"
