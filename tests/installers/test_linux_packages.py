"""``installers/build-linux.sh`` end to end: build the .deb and .tar.gz, check the package
metadata and contents, unpack the .deb into a scratch root and run the installed app.

One build (PyInstaller onedir, .deb, .tar.gz: about a minute on 2 cores) is shared by the whole
module.  The .deb is unpacked with ``dpkg-deb -x`` rather than installed: installing would
change the machine the tests run on.  The release workflow installs it with apt into a clean
Debian container instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
DEPENDS_FILE = ROOT / "installers" / "linux" / "depends.txt"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"),
                       reason="Debian packaging needs Linux with dpkg-deb"),
]


def _arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run the build script once; returns the folder with the packages."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: install the project with its [build] extra")
    base = tmp_path_factory.mktemp("linux-packages")
    env = {**os.environ, "BUILD_DIR": str(base / "build"), "DIST_DIR": str(base / "dist")}
    r = subprocess.run([str(ROOT / "installers" / "build-linux.sh"), "--python", sys.executable],
                       capture_output=True, text=True, env=env, timeout=900)
    assert r.returncode == 0, (r.stdout + r.stderr)[-4000:]
    return base / "dist"


@pytest.fixture(scope="module")
def deb(dist: Path) -> Path:
    path = dist / f"immunosep_{VERSION}_{_arch()}.deb"
    assert path.is_file(), sorted(p.name for p in dist.iterdir())
    return path


@pytest.fixture(scope="module")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scratch-root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def _field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True,
                          check=True).stdout.strip()


def _run_installed(exe: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run with a throwaway HOME and offscreen Qt, like a first start on a fresh account."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("IMMUNOSEP_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                          timeout=300)


def test_package_metadata(deb: Path) -> None:
    assert _field(deb, "Package") == "immunosep"
    assert _field(deb, "Version") == VERSION
    assert _field(deb, "Architecture") == _arch()
    assert int(_field(deb, "Installed-Size")) > 50_000  # KiB: the whole runtime is inside
    depends = [d.strip() for d in _field(deb, "Depends").split(",")]
    wanted = [line.strip() for line in DEPENDS_FILE.read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    assert depends == wanted
    for lib in ("libc6 (>= 2.34)", "libegl1", "libgl1", "libfontconfig1", "libxkbcommon0",
                "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "fonts-dejavu-core"):
        assert lib in depends


def test_package_contents(deb: Path, installed: Path) -> None:
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    assert re.search(r"^lrwxrwxrwx root/root .* \./usr/bin/immunosep -> /opt/immunosep/immunosep$",
                     listing, re.M)
    assert re.search(r"^-rwxr-xr-x root/root .* \./opt/immunosep/immunosep$", listing, re.M)
    assert not re.search(r"^\S+ (?!root/root)", listing, re.M)  # --root-owner-group
    desktop = (installed / "usr/share/applications/immunosep.desktop").read_text()
    assert re.search(r"^Exec=immunosep$", desktop, re.M)
    assert re.search(r"^Icon=immunosep$", desktop, re.M)
    icons = installed / "usr/share/icons/hicolor"
    assert (icons / "scalable/apps/immunosep.svg").is_file()
    assert (icons / "48x48/apps/immunosep.png").is_file()
    bundled = installed / "opt/immunosep/_internal/resources"
    for rel in ("fonts/DejaVuSans.ttf", "evidence/immunosep.json", "demo/cases.json",
                "app/immunosep.svg"):
        assert (bundled / rel).is_file(), rel
    assert (installed / "usr/share/doc/immunosep/copyright").is_file()


def test_maintainer_scripts_are_valid_shell(deb: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "-e", str(deb), str(tmp_path / "DEBIAN")], check=True)
    for script in ("postinst", "postrm"):
        path = tmp_path / "DEBIAN" / script
        assert os.access(path, os.X_OK), script
        subprocess.run(["sh", "-n", str(path)], check=True)


def _source_commands() -> set[str]:
    import argparse

    from desktop_app.cli import build_parser

    (sub,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return set(sub.choices)


def test_installed_help_lists_every_subcommand(installed: Path, tmp_path: Path) -> None:
    """Subcommands are discovered with pkgutil at run time: all must be in the bundle."""
    r = _run_installed(installed / "opt/immunosep/immunosep", "--help", home=tmp_path)
    assert r.returncode == 0, r.stderr
    listed = set(re.findall(r"^    (\S+)\s", r.stdout, re.M))
    assert {"assess", "self-test"} <= listed
    assert listed == _source_commands()


def test_installed_self_test_passes(installed: Path, tmp_path: Path) -> None:
    # Called through a symlink, as /usr/bin/immunosep is: the bundle must find _internal.
    link = tmp_path / "bin" / "immunosep"
    link.parent.mkdir()
    link.symlink_to(installed / "opt/immunosep/immunosep")
    home = tmp_path / "home"
    r = _run_installed(link, "--self-test", "--keep", str(tmp_path / "kept"), home=home)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "self-test: passed" in r.stdout
    assert "main window: ok" in r.stdout
    assert list((tmp_path / "kept").glob("*.pdf"))
    assert not (home / "data").exists()  # the self-test touches no user data


def test_installed_self_test_makes_no_network_connection(installed: Path, tmp_path: Path) -> None:
    """Proven at OS level (as tests/test_offline.py): in a network namespace without interfaces,
    every connect() of the app and its worker processes traced; only local sockets allowed."""
    if not (shutil.which("unshare") and shutil.which("strace")):
        pytest.skip("needs unshare and strace")
    if subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode:
        pytest.skip("user network namespaces are not available here")
    trace = tmp_path / "connect.trace"
    env = {k: v for k, v in os.environ.items() if not k.startswith("IMMUNOSEP_")}
    env.update(HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(["unshare", "-rn", "strace", "-f", "-qq", "-e", "trace=connect", "-o",
                        str(trace), str(installed / "opt/immunosep/immunosep"), "--self-test"],
                       capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    connects = [line for line in trace.read_text().splitlines() if "connect(" in line]
    assert not [line for line in connects if not re.search(r"AF_UNIX|AF_LOCAL", line)]


def test_installed_self_test_on_a_real_x_display(installed: Path, tmp_path: Path) -> None:
    """Qt's xcb plugin from the bundle, on Xvfb: what a desktop session uses."""
    if not shutil.which("xvfb-run"):
        pytest.skip("needs xvfb-run (apt package xvfb)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("IMMUNOSEP_")}
    env.update(HOME=str(tmp_path), QT_QPA_PLATFORM="xcb")
    r = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
                        str(installed / "opt/immunosep/immunosep"), "--self-test"],
                       capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert re.search(r"main window: ok \(xcb,", r.stdout), r.stdout


def test_self_test_fails_when_a_resource_is_missing(installed: Path, tmp_path: Path) -> None:
    """The self-test can fail: a copy of the bundle without its evidence file must not pass."""
    copy = tmp_path / "immunosep"
    shutil.copytree(installed / "opt/immunosep", copy, symlinks=True)
    (copy / "_internal/resources/evidence/immunosep.json").unlink()
    r = _run_installed(copy / "immunosep", "--self-test", home=tmp_path / "home")
    assert r.returncode == 1
    assert "FAILED" in r.stderr


def test_tarball_runs_from_any_folder(dist: Path, tmp_path: Path) -> None:
    machine = os.uname().machine
    tarball = dist / f"immunosep-{VERSION}-linux-{machine}.tar.gz"
    with tarfile.open(tarball) as tar:
        names = tar.getnames()
        assert all(n == f"immunosep-{VERSION}" or n.startswith(f"immunosep-{VERSION}/")
                   for n in names)
        assert all(m.uid == 0 and m.gid == 0 for m in tar.getmembers())
        tar.extractall(tmp_path, filter="tar")
    r = _run_installed(tmp_path / f"immunosep-{VERSION}" / "immunosep", "--version",
                       home=tmp_path / "home")
    assert r.returncode == 0 and VERSION in r.stdout


def test_checksums(dist: Path) -> None:
    r = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=dist, capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert len(r.stdout.splitlines()) == 2
