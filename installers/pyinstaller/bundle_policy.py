"""What goes into the frozen bundle and what it declares: used by the spec, its hook and the tests.

Kept apart from ``immunosep.spec`` so that the decisions can be tested without building:

* **Qt plugins**: only what the app uses. PyInstaller collects every plugin of a plugin folder;
  among them Qt's VNC platform (``QT_QPA_PLATFORM=vnc`` made the installed app listen,
  unauthenticated, on every interface) and the TUIO touch input plugin (listens on UDP). Both
  pull in ``libQt6Network``, which the app never imports.
* **System libraries (Linux)**: the build machine's own libraries (``libstdc++``, ``libexpat``,
  the X11 and GLib stacks …) are *not* copied into the bundle. Copies would pin whatever glibc
  the build machine has (they needed 2.36 while the package declared 2.34) and would never get
  the distribution's security updates. The package declares them instead, computed from what
  the bundle links (``dpkg-shlibdeps`` in ``build-linux.sh``).
* **Software bill of materials**: CycloneDX, made by ``cyclonedx-py`` from the metadata of
  exactly the distributions that are bundled, plus the Python runtime and Qt.
"""

from __future__ import annotations

import fnmatch
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterable, Sequence
from importlib.metadata import (
    Distribution,
    PackageNotFoundError,
    distribution,
    packages_distributions,
)
from pathlib import Path, PurePosixPath

from packaging.markers import default_environment
from packaging.requirements import Requirement

# Plugin folder → file stems kept (fnmatch patterns, without "lib" prefix and extension).
# Folders not listed are kept whole (styles, iconengines, input contexts, wayland clients …).
QT_PLUGINS_KEPT: dict[str, tuple[str, ...]] = {
    # the windowing systems the app runs on, and offscreen for the self-test; never vnc,
    # eglfs, linuxfb, minimal or the Vulkan display (no desktop uses them, vnc listens)
    "platforms": ("qxcb", "qwayland*", "qoffscreen", "qwindows", "qcocoa"),
    # evdev / libinput / tslib / TUIO input drivers are for eglfs and linuxfb; TUIO listens on UDP
    "generic": (),
    "egldeviceintegrations": (),  # used by the eglfs platform only
    # qgtk3 loads GTK 3, which the package neither bundles nor declares; Qt's own dialogs remain
    "platformthemes": ("qxdgdesktopportal",),
    # the app reads only its own icons: fewer decoders of image formats nobody needs
    "imageformats": ("qsvg", "qico"),
    "wayland-shell-integration": ("xdg-shell",),  # what desktop compositors speak
}

# Library folders of a Linux distribution: anything the bundle needs from here is declared,
# not copied.
SYSTEM_LIBRARY_DIRS = ("/lib", "/lib64", "/usr/lib", "/usr/lib64")

SBOM_NAME = "immunosep.cdx.json"


def plugin_stem(file_name: str) -> str:
    """``libqxcb.so`` → ``qxcb``, ``qwindows.dll`` → ``qwindows``."""
    stem = PurePosixPath(file_name.replace("\\", "/")).name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_qt_binary(source: str, dest_dir: str) -> bool:
    """Whether a binary the Qt hooks collect belongs in the bundle (only plugins are filtered)."""
    parts = PurePosixPath(dest_dir.replace("\\", "/")).parts
    if "plugins" not in parts:
        return True
    folder = "/".join(parts[parts.index("plugins") + 1:])
    kept = QT_PLUGINS_KEPT.get(folder)
    return kept is None or any(fnmatch.fnmatchcase(plugin_stem(source), p) for p in kept)


# --- system libraries (Linux) ------------------------------------------------------------------

def _candidates(path: str) -> list[str]:
    """The names a package manager may have registered for a library file (merged /usr)."""
    names = {path, os.path.realpath(path)}
    for name in list(names):
        if name.startswith("/usr/"):
            names.add(name[4:])
        else:
            names.add("/usr" + name)
    return sorted(names)


def packaged_system_libraries(sources: Iterable[str]) -> dict[str, str]:
    """Library path → Debian package, for the libraries that one installed (needs dpkg-query)."""
    system = [s for s in sources if s.startswith(SYSTEM_LIBRARY_DIRS)]
    if not system or shutil.which("dpkg-query") is None:
        return {}
    wanted = {c: s for s in system for c in _candidates(s)}
    r = subprocess.run(["dpkg-query", "-S", *wanted], capture_output=True, text=True)
    found: dict[str, str] = {}
    for line in r.stdout.splitlines():  # "libexpat1:amd64: /lib/x86_64-linux-gnu/libexpat.so.1"
        package, sep, path = line.rpartition(": ")
        if sep and path in wanted and not line.startswith("diversion "):
            found[wanted[path]] = package.split(":")[0]
    return found


def drop_system_libraries(binaries: Sequence[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The TOC without the libraries a Linux distribution package provides (Linux only)."""
    if not sys.platform.startswith("linux"):
        return list(binaries)
    packaged = packaged_system_libraries(src for _, src, kind in binaries if kind == "BINARY")
    return [entry for entry in binaries if entry[1] not in packaged]


# --- bundled distributions and the SBOM --------------------------------------------------------

def runtime_distributions(requirements: Iterable[str]) -> list[Distribution]:
    """Installed distributions the requirements need on this platform, transitively.

    Markers are evaluated (``tzdata; sys_platform == "win32"`` is not followed on Linux),
    unlike PyInstaller's ``copy_metadata(recursive=True)``; optional extras are not followed.
    """
    found: dict[str, Distribution] = {}
    # (requirement, the extra it was asked through): ``psycopg[binary]`` follows the
    # requirements marked ``extra == "binary"`` of psycopg, and nothing else optional.
    pending: list[tuple[Requirement, str]] = [(Requirement(r), "") for r in requirements]
    followed: set[tuple[str, str]] = set()
    while pending:
        req, via_extra = pending.pop()
        if req.marker is not None and not req.marker.evaluate(
                {**default_environment(), "extra": via_extra}):
            continue
        key = re.sub(r"[-_.]+", "-", req.name).lower()
        if key not in found:
            try:
                found[key] = distribution(req.name)
            except PackageNotFoundError as exc:
                raise SystemExit(f"bundle: {req.name} is required but not installed") from exc
        for extra in ("", *sorted(req.extras)):
            if (key, extra) in followed:
                continue
            followed.add((key, extra))
            pending += [(Requirement(r), extra) for r in found[key].requires or ()]
    return [found[k] for k in sorted(found)]


def _top_level(entry: tuple[str, str, str]) -> str | None:
    """The importable top-level name a TOC entry belongs to (None: not a Python module)."""
    name, _, kind = entry
    if kind == "PYMODULE":
        return name.split(".")[0]
    if kind == "EXTENSION":
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if "lib-dynload" in parts:
            return None  # the standard library's own extension modules
        return parts[0].split(".")[0]
    return None


def undeclared_distributions(toc: Iterable[tuple[str, str, str]],
                             dists: Sequence[Distribution]) -> dict[str, list[str]]:
    """Distributions whose modules the bundle holds although the app does not depend on them.

    PyInstaller follows optional imports into whatever the build environment has installed
    (openpyxl tries ``lxml``; the build tools bring lxml along), so the bundle would ship code
    that neither the lock's runtime part, the SOUP list nor the SBOM names. Distribution name →
    the top-level modules found; empty when the bundle is exactly the declared dependencies.
    """
    shipped = {re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower() for d in dists}
    owners = packages_distributions()
    found: dict[str, set[str]] = {}
    for entry in toc:
        top = _top_level(entry)
        if top is None or top in sys.stdlib_module_names or top == "desktop_app":
            continue
        for owner in owners.get(top, ()):
            if re.sub(r"[-_.]+", "-", owner).lower() not in shipped:
                found.setdefault(owner, set()).add(top)
    return {owner: sorted(tops) for owner, tops in sorted(found.items())}


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def write_sbom(out: Path, dists: Sequence[Distribution], pyproject: Path) -> Path:
    """A CycloneDX JSON SBOM of the bundled distributions, the Python runtime and Qt.

    ``cyclonedx-py environment`` describes a Python environment; it is pointed at a scratch
    venv that holds the metadata (``.dist-info``) of exactly the bundled distributions, so the
    build tools of the build environment (PyInstaller …) are not listed as shipped.
    """
    with tempfile.TemporaryDirectory(prefix="immunosep-sbom-") as scratch:
        venv = Path(scratch) / "venv"
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
        site = subprocess.run(
            [str(_venv_python(venv)), "-c",
             "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True, text=True, check=True).stdout.strip()
        for dist in dists:
            meta = dist_info_folder(dist)
            shutil.copytree(meta, Path(site) / meta.name)
        subprocess.run([sys.executable, "-m", "cyclonedx_py", "environment", "--pyproject",
                        str(pyproject), "--mc-type", "application", "--output-reproducible",
                        "--of", "JSON", "-o", str(out), str(venv)], check=True)
    bom = json.loads(out.read_text(encoding="utf-8"))
    bom.setdefault("components", []).extend(_runtime_components())
    out.write_text(json.dumps(bom, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return out


def dist_info_folder(dist: Distribution) -> Path:
    """The installed ``.dist-info`` folder (name, version, licence files) of a distribution."""
    path = getattr(dist, "_path", None)  # importlib.metadata.PathDistribution
    if path is None or not Path(path).is_dir():
        raise SystemExit(f"bundle: no .dist-info folder for {dist.metadata['Name']}")
    return Path(path)


def _runtime_components() -> list[dict[str, object]]:
    """What the environment scan cannot see: the interpreter, and Qt inside the PySide6 wheel."""
    python = platform.python_version()
    components: list[dict[str, object]] = [{
        "type": "framework", "name": "CPython", "version": python,
        "bom-ref": f"cpython@{python}", "purl": f"pkg:generic/cpython@{python}",
        "licenses": [{"license": {"id": "PSF-2.0"}}],
        "description": "Python runtime (libpython, standard library) frozen into the bundle",
    }]
    try:
        qt = distribution("PySide6-Essentials").version
    except PackageNotFoundError:
        return components
    components.append({
        "type": "framework", "name": "Qt", "version": qt, "bom-ref": f"qt@{qt}",
        "purl": f"pkg:generic/qt@{qt}",
        "licenses": [{"license": {"id": "LGPL-3.0-only"}}],
        "description": "Qt libraries and plugins shipped inside the PySide6-Essentials wheel, "
                       "dynamically linked and replaceable (_internal/PySide6/Qt)",
    })
    return components


def python_licence_file() -> Path | None:
    """CPython's LICENSE.txt (stdlib folder on POSIX, the installation root on Windows)."""
    for candidate in (Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
                      Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            return candidate
    return None
