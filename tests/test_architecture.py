"""Dependency direction and the clinical core's isolation, proven rather than promised."""

from __future__ import annotations

import ast
import json
import os
import pkgutil
import shutil
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


# --- the import contracts (pyproject.toml [tool.importlinter]) can fail --------------------------

# Each injected line is a layer violation of a kind the AST checks above let through (inside a
# function, through a sibling, upwards by one layer, a base module reaching up, a new package).
VIOLATIONS = {
    "core/phenotype.py": "def _v():\n    from desktop_app.services import entry\n",
    "store/backup.py": "def _v():\n    import PySide6.QtCore\n",
    "services/evidence.py": "def _v():\n    from pyqtgraph import PlotWidget\n",
    "services/demo.py": "def _v():\n    import desktop_app.ui.icons\n",
    "report/filenames.py": "def _v():\n    from desktop_app.lab_import import limits\n",
    "lab_import/limits.py": "def _v():\n    from desktop_app.cli import common\n",
    "core/units.py": "def _v():\n    from desktop_app import log\n",
    "paths.py": "def _v():\n    from desktop_app.core import rules\n",
    "ui/icons.py": "def _v():\n    from desktop_app.cli import gui\n",
}


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    config = root / "pyproject.toml"
    config.write_text((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"),
                      encoding="utf-8")
    code = "import sys; from importlinter.cli import lint_imports_command; lint_imports_command()"
    return subprocess.run([sys.executable, "-c", code, "--config", str(config), "--no-cache",
                           "--no-logo"], cwd=root, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(root)})


def test_import_contracts_hold() -> None:
    r = _lint_imports(PACKAGE.parent)
    assert r.returncode == 0, r.stdout[-3000:]


def test_import_contracts_catch_every_kind_of_layer_violation(tmp_path: Path) -> None:
    copy = tmp_path / "desktop_app"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    for rel, code in VIOLATIONS.items():
        with (copy / rel).open("a", encoding="utf-8") as f:
            f.write("\n\n" + code)
    (copy / "newpackage").mkdir()  # a package with no place in the layers
    (copy / "newpackage" / "__init__.py").write_text("", encoding="utf-8")
    r = _lint_imports(tmp_path)
    assert r.returncode != 0
    assert "0 kept" in r.stdout or "broken" in r.stdout
    report = r.stdout
    for rel in VIOLATIONS:
        module = "desktop_app." + rel.removesuffix(".py").replace("/", ".")
        assert module in report, f"{module}: injected violation not reported"
    assert "newpackage" in report


def test_readme_layout_lists_every_package() -> None:
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    for module in pkgutil.iter_modules([str(PACKAGE)]):
        if module.name == "__main__":
            continue
        name = f"{module.name}/" if module.ispkg else f"{module.name}.py"
        assert name in layout, f"README.md layout table does not list desktop_app/{name}"
