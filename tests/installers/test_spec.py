"""The PyInstaller spec, executed with recording stand-ins for PyInstaller's build classes.

Catches the mistakes that only show in a frozen build, without building: a subcommand module
missing from the bundle (they are discovered with pkgutil, invisible to PyInstaller's import
scan), resources not bundled, onefile or UPX creeping in, the wrong console flags.
"""

from __future__ import annotations

import ast
import pkgutil
import runpy
import sys
import tomllib
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest

import desktop_app
import desktop_app.cli

# Imported now, with the real sys.platform: the spec imports it while sys.platform is faked.
pytest.importorskip("PyInstaller.utils.hooks", reason="needs the project's [build] extra")

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installers" / "pyinstaller" / "immunosep.spec"
sys.path.insert(0, str(SPEC.parent))
import bundle_policy  # noqa: E402  (the spec imports the same module object)

PROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


class Recorder:
    made: ClassVar[list[Recorder]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.kind = type(self).__name__
        Recorder.made.append(self)
        self.pure, self.scripts, self.binaries, self.datas = [], [], [], []


class Analysis(Recorder):
    pass


class PYZ(Recorder):
    pass


class EXE(Recorder):
    pass


class COLLECT(Recorder):
    pass


class BUNDLE(Recorder):
    pass


def run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Recorder]]:
    Recorder.made = []
    monkeypatch.setattr("sys.platform", platform)
    # The SBOM is made by cyclonedx-py in a scratch venv (seconds): recorded, not made, here.
    monkeypatch.setattr(bundle_policy, "write_sbom",
                        lambda out, dists, pyproject: Path(out))
    stubs = {"SPECPATH": str(SPEC.parent), "workpath": "/nonexistent/work", "Analysis": Analysis,
             "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT, "BUNDLE": BUNDLE}
    # PyInstaller's version-resource module checks for pywin32 on import; record instead.
    fake = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("FixedFileInfo", "StringFileInfo", "StringStruct", "StringTable", "VarFileInfo",
                 "VarStruct", "VSVersionInfo"):
        setattr(fake, name, type(name, (Recorder,), {}))
    monkeypatch.setitem(sys.modules, fake.__name__, fake)
    runpy.run_path(str(SPEC), init_globals=stubs)
    made: dict[str, list[Recorder]] = {}
    for r in Recorder.made:
        made.setdefault(r.kind, []).append(r)
    return made


def test_every_module_of_the_package_is_bundled(monkeypatch: pytest.MonkeyPatch) -> None:
    (analysis,) = run_spec("linux", monkeypatch)["Analysis"]
    hidden = set(analysis.kwargs["hiddenimports"])
    commands = {f"desktop_app.cli.{m.name}" for m in pkgutil.iter_modules(desktop_app.cli.__path__)}
    assert "desktop_app.cli.assess" in commands
    assert commands <= hidden
    every = {m.name for m in pkgutil.walk_packages(desktop_app.__path__, "desktop_app.")}
    assert every - {"desktop_app.__main__"} <= hidden


def test_resources_folder_is_bundled_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    (analysis,) = run_spec("linux", monkeypatch)["Analysis"]
    assert (str(ROOT / "resources"), "resources") in analysis.kwargs["datas"]
    assert analysis.args[0] == [str(ROOT / "installers" / "pyinstaller" / "launcher.py")]


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_onedir_without_upx(platform: str, monkeypatch: pytest.MonkeyPatch) -> None:
    made = run_spec(platform, monkeypatch)
    for exe in made["EXE"]:
        assert exe.kwargs["exclude_binaries"] is True  # onedir: binaries collected beside it
        assert exe.kwargs["upx"] is False
    (coll,) = made["COLLECT"]
    assert coll.kwargs["name"] == "immunosep" and coll.kwargs["upx"] is False


def test_windows_has_a_windowed_and_a_console_executable(
        monkeypatch: pytest.MonkeyPatch) -> None:
    exes = {e.kwargs["name"]: e.kwargs for e in run_spec("win32", monkeypatch)["EXE"]}
    assert exes["immunosep"]["console"] is False
    assert exes["immunosep-cli"]["console"] is True
    assert exes["immunosep"]["icon"].endswith("immunosep.ico")
    version = exes["immunosep"]["version"]
    assert version.kind == "VSVersionInfo"
    strings = [r.args for r in Recorder.made if r.kind == "StringStruct"]
    assert ("ProductVersion", PROJECT_VERSION) in strings


def test_macos_builds_an_app_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    made = run_spec("darwin", monkeypatch)
    (bundle,) = made["BUNDLE"]
    assert bundle.kwargs["name"] == "ImmunoSep Phenotyper.app"
    assert bundle.kwargs["icon"].endswith("immunosep.icns")
    assert [e.kwargs["console"] for e in made["EXE"]] == [False]


def test_linux_has_one_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    made = run_spec("linux", monkeypatch)
    assert [e.kwargs["name"] for e in made["EXE"]] == ["immunosep"]
    assert "BUNDLE" not in made


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_excluded_modules_are_not_used_by_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """The spec leaves scipy, QtNetwork, test tools out: the app must not import them."""
    (analysis,) = run_spec("linux", monkeypatch)["Analysis"]
    excluded = set(analysis.kwargs["excludes"])
    assert {"scipy", "PySide6.QtNetwork"} <= excluded
    package = Path(desktop_app.__file__).parent
    for path in package.rglob("*.py"):
        for name in _imported_modules(path):
            hit = [e for e in excluded if name == e or name.startswith(e + ".")]
            assert not hit, f"{path.relative_to(package)} imports {name}, excluded from the bundle"


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_licences_and_sbom_ship_on_every_system(platform: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's LGPL (with the GPL it amends), the Python licence, the notice and the SBOM."""
    (analysis,) = run_spec(platform, monkeypatch)["Analysis"]
    datas = analysis.kwargs["datas"]
    licences = {Path(src).name for src, dest in datas if dest.startswith("licenses")}
    assert {"LGPL-3.0.txt", "GPL-3.0.txt", "README.txt"} <= licences
    assert ("licenses/LICENSE-Python.txt" in {dest for _, dest in datas})
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (
        ROOT / "installers/licenses/LGPL-3.0.txt").read_text(encoding="utf-8")
    assert [d for d, _, kind in analysis.datas if d == "sbom/immunosep.cdx.json"]
    # every bundled distribution's metadata (its licence files) goes in, by marker-aware walk
    metadata = {dest for _, dest in datas if dest.endswith(".dist-info")}
    assert any(d.lower().startswith("pyside6_essentials-") for d in metadata)
    assert any(d.startswith("reportlab-") for d in metadata)


def test_qt_plugins_kept_are_the_ones_the_app_uses() -> None:
    def kept(folder: str, *names: str) -> set[str]:
        return {n for n in names
                if bundle_policy.keep_qt_binary(f"/x/{n}", f"PySide6/Qt/plugins/{folder}")}

    assert kept("platforms", "libqxcb.so", "libqwayland.so", "libqwayland-egl.so",
                "libqoffscreen.so", "libqvnc.so", "libqeglfs.so", "libqlinuxfb.so",
                "libqminimal.so", "libqvkkhrdisplay.so", "qwindows.dll", "qminimal.dll",
                "libqcocoa.dylib") == {
        "libqxcb.so", "libqwayland.so", "libqwayland-egl.so", "libqoffscreen.so",
        "qwindows.dll", "libqcocoa.dylib"}
    assert kept("generic", "libqtuiotouchplugin.so", "qtuiotouchplugin.dll",
                "libqevdevmouseplugin.so") == set()  # TUIO listens on UDP
    assert kept("platformthemes", "libqgtk3.so", "libqxdgdesktopportal.so") == {
        "libqxdgdesktopportal.so"}
    assert kept("imageformats", "libqsvg.so", "libqjpeg.so", "qico.dll") == {
        "libqsvg.so", "qico.dll"}
    assert kept("styles", "qmodernwindowsstyle.dll") == {"qmodernwindowsstyle.dll"}
    # not a plugin: Qt's libraries are never filtered here
    assert bundle_policy.keep_qt_binary("/x/libQt6Gui.so.6", "PySide6/Qt/lib")


def test_the_qt_gui_hook_override_is_on_the_hook_path(monkeypatch: pytest.MonkeyPatch) -> None:
    (analysis,) = run_spec("linux", monkeypatch)["Analysis"]
    (hooks,) = analysis.kwargs["hookspath"]
    hook = Path(hooks) / "hook-PySide6.QtGui.py"
    assert "keep_qt_binary" in hook.read_text(encoding="utf-8")


def test_bundled_distributions_follow_markers() -> None:
    """colorama is pyqtgraph's dependency everywhere; tzdata via pandas only on Windows."""
    names = {d.metadata["Name"].lower() for d in bundle_policy.runtime_distributions(
        ["pandas>=2.2", "pyqtgraph>=0.14"])}
    assert {"pandas", "numpy", "pyqtgraph", "python-dateutil", "colorama"} <= names
    assert "pytest" not in names  # an extra of pandas, never followed


def test_a_module_outside_the_dependencies_is_reported() -> None:
    dists = bundle_policy.runtime_distributions(["openpyxl>=3.1"])
    toc = [("openpyxl.reader.excel", "/x.py", "PYMODULE"), ("json.decoder", "/y.py", "PYMODULE"),
           ("pytest", "/z.py", "PYMODULE"), ("desktop_app.cli", "/w.py", "PYMODULE"),
           ("python3.11/lib-dynload/_ssl.so", "/v.so", "EXTENSION")]
    assert bundle_policy.undeclared_distributions(toc, dists) == {"pytest": ["pytest"]}
