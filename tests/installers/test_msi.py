"""The Windows Installer authoring, built with wixl on Linux and read back with msitools.

The payload is a tree of small fake files named like the real Windows onedir (two executables,
``_internal`` with Python, Qt, numpy, our resources), so the checks exercise the real file list
shape: nested folders, same file names in different folders, names with spaces and non-ASCII.
The release MSI is built from the same .wxs by WiX 3.14 on Windows (release workflow).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WXS = ROOT / "installers" / "windows" / "immunosep.wxs"
BUILD = ROOT / "installers" / "windows" / "build-msi-wixl.sh"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
# Fixed forever: Windows Installer finds the installed version to replace through it.
UPGRADE_CODE = "{E8D96220-5E9A-4B78-BEC5-A7F09F281003}"

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("wixl", "wixl-heat", "msiinfo", "msiextract")),
    reason="needs apt packages wixl and msitools")

WINDOWS_ONEDIR = [
    "immunosep.exe",
    "immunosep-cli.exe",
    "_internal/base_library.zip",
    "_internal/python311.dll",
    "_internal/python3.dll",
    "_internal/VCRUNTIME140.dll",
    "_internal/VCRUNTIME140_1.dll",
    "_internal/MSVCP140.dll",
    "_internal/libcrypto-3.dll",
    "_internal/select.pyd",
    "_internal/_ssl.pyd",
    "_internal/PySide6/Qt6Core.dll",
    "_internal/PySide6/Qt6Gui.dll",
    "_internal/PySide6/Qt6Widgets.dll",
    "_internal/PySide6/Qt6Svg.dll",
    "_internal/PySide6/QtCore.pyd",
    "_internal/PySide6/QtWidgets.pyd",
    "_internal/PySide6/pyside6.abi3.dll",
    "_internal/PySide6/opengl32sw.dll",
    "_internal/PySide6/plugins/platforms/qwindows.dll",
    "_internal/PySide6/plugins/platforms/qoffscreen.dll",
    "_internal/PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "_internal/PySide6/plugins/imageformats/qsvg.dll",
    "_internal/PySide6/plugins/imageformats/qico.dll",
    "_internal/PySide6/translations/qtbase_de.qm",
    "_internal/PySide6/translations/qtbase_fr.qm",
    "_internal/shiboken6/shiboken6.abi3.dll",
    "_internal/numpy/_core/_multiarray_umath.cp311-win_amd64.pyd",
    "_internal/numpy.libs/libscipy_openblas64_-43e11ff0749b8cbe0a615c9cf6737e0e.dll",
    "_internal/pandas/_libs/lib.cp311-win_amd64.pyd",
    "_internal/pandas/io/formats/templates/html.tpl",
    "_internal/reportlab/graphics/_renderPM.cp311-win_amd64.pyd",
    "_internal/PIL/_imaging.cp311-win_amd64.pyd",
    "_internal/sqlalchemy/cyextension/collections.cp311-win_amd64.pyd",
    "_internal/python_calamine/_python_calamine.cp311-win_amd64.pyd",
    "_internal/pyqtgraph/icons/auto.png",
    "_internal/pyqtgraph/icons/lock.png",
    "_internal/reportlab-5.1.0.dist-info/METADATA",
    "_internal/reportlab-5.1.0.dist-info/LICENSE.txt",
    "_internal/pandas-3.1.1.dist-info/METADATA",
    "_internal/Some Folder With Spaces/a file with spaces.txt",  # MSI short/long names
    "_internal/resources/demo/fälle ä.json",  # non-ASCII long name
]


def payload_files() -> list[str]:
    """The fake onedir plus our real ``resources/`` tree as PyInstaller lays it out."""
    ours = [f"_internal/resources/{p.relative_to(ROOT / 'resources').as_posix()}"
            for p in sorted((ROOT / "resources").rglob("*")) if p.is_file()]
    return sorted(set(WINDOWS_ONEDIR + ours))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("msi")
    payload = base / "immunosep"
    for rel in payload_files():
        path = payload / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"fake {rel}\n", encoding="utf-8")
    msi = base / f"immunosep-{VERSION}-x64.msi"
    r = subprocess.run([str(BUILD), str(payload), str(msi)], capture_output=True, text=True,
                       cwd=base, timeout=300)
    assert r.returncode == 0, r.stderr
    assert msi.is_file()
    return msi, payload


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """Rows of one MSI table (``msiinfo export``: header, types, key line, then rows).

    Runs in a scratch folder: for tables with binary streams (``Icon``, ``Binary``) msiinfo
    also writes each stream as a file under the current directory, which once left
    ``Icon/Icon.AppIcon.ico`` committed in the repository root.
    """
    with tempfile.TemporaryDirectory(prefix="msiinfo-") as scratch:
        out = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True,
                             text=True, check=True, cwd=scratch).stdout
    lines = out.split("\r\n") if "\r\n" in out else out.splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[3:] if line]


def properties(msi: Path) -> dict[str, str]:
    return {r["Property"]: r["Value"] for r in table(msi, "Property")}


def test_wxs_is_wix_v3_schema() -> None:
    tree = ET.parse(WXS)
    assert tree.getroot().tag == "{http://schemas.microsoft.com/wix/2006/wi}Wix"
    text = WXS.read_text(encoding="utf-8")
    assert "Platform=" not in text  # architecture comes from the command line in both tools
    assert "CustomAction" not in text  # nothing runs, nothing is downloaded at install time


def test_product_properties(built: tuple[Path, Path]) -> None:
    msi, _ = built
    props = properties(msi)
    assert props["UpgradeCode"] == UPGRADE_CODE
    assert props["ProductVersion"] == VERSION
    assert props["ALLUSERS"] == "1"  # per-machine
    assert props["ProductName"] == "ImmunoSep Phenotyper"
    assert re.fullmatch(r"\{[0-9A-F-]{36}\}", props["ProductCode"])
    assert props["ARPPRODUCTICON"] in {r["Name"] for r in table(msi, "Icon")}


def test_major_upgrade_replaces_older_and_refuses_downgrade(built: tuple[Path, Path]) -> None:
    msi, _ = built
    rows = table(msi, "Upgrade")
    assert {r["UpgradeCode"] for r in rows} == {UPGRADE_CODE}
    actions = {r["ActionProperty"]: r for r in rows}
    assert actions["WIX_UPGRADE_DETECTED"]["VersionMax"] == VERSION
    assert actions["WIX_DOWNGRADE_DETECTED"]["VersionMin"] == VERSION
    sequence = {r["Action"] for r in table(msi, "InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts"} <= sequence


def test_64_bit_package_into_program_files(built: tuple[Path, Path]) -> None:
    msi, _ = built
    suminfo = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True,
                             check=True).stdout
    assert re.search(r"^Template: x64;1033$", suminfo, re.M)
    dirs = {r["Directory"]: r for r in table(msi, "Directory")}
    assert dirs["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert dirs["INSTALLDIR"]["DefaultDir"].endswith("ImmunoSep Phenotyper")
    for component in table(msi, "Component"):
        assert int(component["Attributes"]) & 256, component  # msidbComponentAttributes64bit


def test_start_menu_shortcuts(built: tuple[Path, Path]) -> None:
    msi, _ = built
    shortcuts = {r["Shortcut"]: r for r in table(msi, "Shortcut")}
    app = shortcuts["AppShortcut"]
    assert app["Directory_"] == "ProgramMenuFolder"
    assert app["Name"].endswith("ImmunoSep Phenotyper")
    assert app["Target"] == "[INSTALLDIR]immunosep.exe"
    assert shortcuts["TrainingShortcut"]["Arguments"] == "--demo"


def test_registry_for_detection(built: tuple[Path, Path]) -> None:
    msi, _ = built
    values = {r["Name"]: r for r in table(msi, "Registry")}
    assert values["InstallDir"]["Root"] == "2"  # HKLM
    assert values["InstallDir"]["Value"] == "[INSTALLDIR]"
    assert values["Version"]["Value"] == "[ProductVersion]"


def test_self_contained_no_custom_actions(built: tuple[Path, Path]) -> None:
    msi, _ = built
    (media,) = table(msi, "Media")
    assert media["Cabinet"].startswith("#")  # embedded cabinet
    assert table(msi, "CustomAction") == []


def test_every_payload_file_is_installed_where_the_bundle_has_it(
        built: tuple[Path, Path], tmp_path: Path) -> None:
    msi, payload = built
    assert len(table(msi, "File")) == len(payload_files())
    subprocess.run(["msiextract", "-C", str(tmp_path), str(msi)], capture_output=True,
                   check=True)
    (install_dir,) = [p for p in tmp_path.rglob("immunosep.exe")]
    extracted = sorted(p.relative_to(install_dir.parent).as_posix()
                       for p in install_dir.parent.rglob("*") if p.is_file())
    assert extracted == payload_files()
    for rel in ("immunosep.exe", "_internal/resources/evidence/immunosep.json"):
        assert (install_dir.parent / rel).read_bytes() == (payload / rel).read_bytes()
    assert install_dir.parent.name == "ImmunoSep Phenotyper"
