"""``installers/build-linux.sh`` end to end: build the .deb and .tar.gz, check the package
metadata and contents, unpack the .deb into a scratch root and run the installed app.

One build (PyInstaller onedir, .deb, .tar.gz: a few minutes on 2 shared cores) is shared by the
whole module and cached across runs on the hash of everything that goes into it
(``package_cache.py``): a second run with the same sources, locks and installed packages reuses
it. The .deb is unpacked with ``dpkg-deb -x`` rather than installed: installing would change
the machine the tests run on. The release workflow installs it with apt into clean Debian and
Ubuntu containers instead.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

from ..test_offline import network_use, traced_run
from .package_cache import cached_build

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
DEPENDS_FILE = ROOT / "installers" / "linux" / "depends.txt"
sys.path.insert(0, str(ROOT / "installers" / "linux"))
import depends  # noqa: E402  (installers/linux/depends.py)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.qt,  # PyInstaller imports PySide6 to collect it; the bundle opens its window
    pytest.mark.timeout(1800),  # the first test builds (minutes on shared cores) when uncached
    pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"),
                       reason="Debian packaging needs Linux with dpkg-deb"),
]


def _arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture(scope="module")
def dist() -> Path:
    """The folder with the packages: built by the build script, or reused from the cache."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: install the project with its [build] extra")

    def build(base: Path) -> None:
        env = {**os.environ, "BUILD_DIR": str(base / "build"), "DIST_DIR": str(base / "dist")}
        r = subprocess.run([str(ROOT / "installers" / "build-linux.sh"), "--python",
                            sys.executable], capture_output=True, text=True, env=env,
                           timeout=1500)
        assert r.returncode == 0, (r.stdout + r.stderr)[-4000:]

    return cached_build(build) / "dist"


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


def _depends(deb: Path) -> list[str]:
    return depends.split_depends(_field(deb, "Depends"))


def test_package_metadata(deb: Path) -> None:
    assert _field(deb, "Package") == "immunosep"
    assert _field(deb, "Version") == VERSION
    assert _field(deb, "Architecture") == _arch()
    assert int(_field(deb, "Installed-Size")) > 50_000  # KiB: the whole runtime is inside
    declared = _depends(deb)
    for extra in depends.extra_depends(DEPENDS_FILE):
        assert extra in declared
    names = {re.split(r"[\s(]", d, maxsplit=1)[0] for d in declared}
    # computed from what the bundle links, not typed in: the C and C++ runtimes, GL, the X11
    # and Wayland clients Qt's platform plugins load
    assert {"libc6", "libstdc++6", "libegl1", "libgl1", "libfontconfig1", "libxkbcommon0",
            "libxcb-cursor0", "libxcb-icccm4", "libwayland-client0"} <= names


def _libc_floor(declared: list[str]) -> tuple[int, ...]:
    (libc,) = [d for d in declared if d.startswith("libc6 ")]
    match = re.fullmatch(r"libc6 \(>= (\d+(?:\.\d+)+)\)", libc)
    assert match, libc
    return tuple(int(n) for n in match.group(1).split("."))


def test_declared_glibc_covers_every_bundled_binary(deb: Path, installed: Path) -> None:
    """apt must refuse a system whose glibc is older than any bundled file needs (a copied
    libstdc++ needing 2.36 under a declared 2.34 once installed and then failed to load)."""
    needed = {(v, path) for path in depends.elf_files(installed / "opt/immunosep")
              for v in depends.glibc_versions_needed(path)}
    highest, where = max(needed)
    assert _libc_floor(_depends(deb)) >= highest, (
        f"{where.name} needs GLIBC_{depends.version_text(highest)}")


def test_no_library_of_the_distribution_is_copied(installed: Path) -> None:
    """The build machine's own libraries are declared, never bundled (bundle_policy)."""
    bundled = [p.name for p in depends.elf_files(installed / "opt/immunosep")]
    for system_library in ("libstdc++.so.6", "libexpat.so.1", "libgcc_s.so.1", "libX11.so.6",
                           "libglib-2.0.so.0", "libssl.so.3", "libz.so.1"):
        assert system_library not in bundled


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return re.findall(r"^\s+NEEDED\s+(\S+)$", out, re.M)


def test_every_linked_library_is_bundled_or_declared(deb: Path, installed: Path) -> None:
    """Independently of dpkg-shlibdeps: each library any bundled file links is in the bundle,
    or is provided on this machine by a package that the .deb depends on."""
    files = depends.elf_files(installed / "opt/immunosep")
    bundled = {p.name for p in files}
    declared = {re.split(r"[\s(]", d, maxsplit=1)[0] for d in _depends(deb)}
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True,
                           check=True).stdout
    # the 64-bit entries of the linker cache ("libc6,x86-64", "libc6,AArch64", …)
    system = dict(re.findall(r"^\s+(\S+) \(libc6,[^)]*64[^)]*\) => (\S+)$", cache, re.M))
    missing, undeclared = set(), set()
    for name in {n for f in files for n in _needed(f)} - bundled:
        if name not in system:
            missing.add(name)
            continue
        owner = subprocess.run(["dpkg-query", "-S", os.path.realpath(system[name])],
                               capture_output=True, text=True)
        owners = {line.split(":")[0] for line in owner.stdout.splitlines()}
        if not owners:  # merged /usr: the package may have registered the unresolved path
            owner = subprocess.run(["dpkg-query", "-S", system[name]], capture_output=True,
                                   text=True)
            owners = {line.split(":")[0] for line in owner.stdout.splitlines()}
        if not owners & declared:
            undeclared.add(f"{name} ({', '.join(sorted(owners)) or 'no package'})")
    assert not missing, f"linked but neither bundled nor installed: {sorted(missing)}"
    assert not undeclared, f"linked from packages the .deb does not depend on: {undeclared}"


# Qt modules the app imports: its own code (QtCore, QtGui, QtWidgets, QtSvg) and pyqtgraph's
# (QtOpenGL, QtOpenGLWidgets for its plot items). Libraries the kept plugins link come along.
QT_BINDINGS = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtOpenGL", "QtOpenGLWidgets",
               "QtPrintSupport"}  # Print… of the report batch (ui/report_print.py)
QT_PLATFORMS = {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"}


def test_only_the_qt_the_app_uses_is_shipped(installed: Path) -> None:
    qt = installed / "opt/immunosep/_internal/PySide6"
    bindings = {p.name.split(".")[0] for p in qt.glob("Qt*.abi3.so")}
    assert bindings == QT_BINDINGS
    platforms = {p.name for p in (qt / "Qt/plugins/platforms").iterdir()}
    assert platforms <= QT_PLATFORMS and "libqxcb.so" in platforms
    libraries = {p.name for p in installed.rglob("libQt6*.so*")}
    assert not [name for name in libraries if "Network" in name]
    assert not (qt / "Qt/plugins/generic").exists()  # TUIO (UDP listener), evdev


# OpenSSL builds that carry its generic socket BIO (BIO_listen/BIO_accept) although the app
# uses them as clients only; the traced self-tests (test_offline.py, below) prove nothing binds.
CLIENT_ONLY_TLS = {
    # libpq's TLS to the ward's PostgreSQL server (issue 15: sslmode=verify-full)
    "_internal/psycopg_binary.libs/libcrypto-*.so*",
    # OpenSSL inside cryptography, which SecretStorage uses to talk to the desktop keyring
    # over D-Bus (the database password, issue 15)
    "_internal/cryptography/hazmat/bindings/_rust.abi3.so",
}


def test_no_bundled_library_can_listen_on_the_network(installed: Path) -> None:
    """No native library of the bundle calls listen()/accept() itself, apart from the Python
    runtime's socket module (used for local pipes between worker processes, never to serve)
    and the client-only OpenSSL builds named above."""
    offenders = []
    root = installed / "opt/immunosep"
    for path in depends.elf_files(root):
        relative = path.relative_to(root).as_posix()
        if path.name.startswith("_socket.") or any(
                fnmatch.fnmatchcase(relative, pattern) for pattern in CLIENT_ONLY_TLS):
            continue
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True,
                             check=True).stdout
        if re.search(r"\*UND\*.*\s(listen|accept|accept4)$", out, re.M):
            offenders.append(path.relative_to(installed).as_posix())
    assert not offenders


def test_sbom_and_licences_describe_the_bundle(installed: Path, dist: Path) -> None:
    internal = installed / "opt/immunosep/_internal"
    bom = json.loads((internal / "sbom/immunosep.cdx.json").read_text(encoding="utf-8"))
    assert bom["bomFormat"] == "CycloneDX"
    assert bom["metadata"]["component"]["name"] == "immunosep-phenotyper"
    components = {re.sub(r"[-_.]+", "-", c["name"]).lower(): c["version"]
                  for c in bom["components"]}
    shipped = {}
    for info in internal.glob("*.dist-info"):
        name, _, version = info.name.removesuffix(".dist-info").rpartition("-")
        shipped[re.sub(r"[-_.]+", "-", name).lower()] = version
    assert shipped and {k: components.get(k) for k in shipped} == shipped
    assert {"cpython", "qt"} <= set(components)
    # the same versions as the hash-pinned runtime lock
    locked = {}
    for line in (ROOT / "requirements/runtime.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+)==(\S+)", line)
        if match and (";" not in line or "python_full_version >= '3.12'" not in line):
            locked[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(2)
    assert {k: locked.get(k) for k in shipped} == shipped
    for text in ("LGPL-3.0.txt", "GPL-3.0.txt", "LICENSE-Python.txt", "README.txt"):
        assert (internal / "licenses" / text).stat().st_size > 1000, text
    sbom_beside = dist / f"immunosep-{VERSION}-linux-{os.uname().machine}.cdx.json"
    assert json.loads(sbom_beside.read_text(encoding="utf-8")) == bom


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


def _traced_installed(installed: Path, tmp_path: Path, *args: str, **env_extra: str,
                      ) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    if not (shutil.which("unshare") and shutil.which("strace")):
        pytest.skip("needs unshare and strace")
    if subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode:
        pytest.skip("user network namespaces are not available here")
    trace = tmp_path / "network.trace"
    env = {k: v for k, v in os.environ.items() if not k.startswith("IMMUNOSEP_")}
    env.update({"HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen", **env_extra})
    r = traced_run([str(installed / "opt/immunosep/immunosep"), *args], trace, env=env,
                   timeout=600)
    return r, network_use(trace.read_text())


def test_installed_self_test_makes_no_network_connection(installed: Path, tmp_path: Path) -> None:
    """Proven at OS level (as tests/test_offline.py): in a network namespace without interfaces,
    every socket call of the app and its worker processes traced; no connection leaves the
    machine and nothing listens."""
    r, network = _traced_installed(installed, tmp_path, "--self-test")
    assert r.returncode == 0, r.stdout + r.stderr
    assert not network, network


@pytest.mark.parametrize("env", [{"QT_QPA_PLATFORM": "vnc"},
                                 {"QT_QPA_GENERIC_PLUGINS": "tuiotouch"}],
                         ids=["vnc-platform", "tuio-input"])
def test_qt_cannot_be_told_to_listen(env: dict[str, str], installed: Path,
                                     tmp_path: Path) -> None:
    """What made the installed app listen, unauthenticated, on every interface: the plugins
    are not in the bundle, so asking for them opens no socket (vnc: the app refuses to start)."""
    r, network = _traced_installed(installed, tmp_path, "--self-test", **env)
    assert not network, network
    if "QT_QPA_PLATFORM" in env:
        assert r.returncode != 0 and "vnc" in r.stderr


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
    assert len(r.stdout.splitlines()) == 3  # .deb, .tar.gz, SBOM
