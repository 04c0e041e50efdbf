"""The Linux package build of the slow tests, cached on the hash of everything that goes into it.

Building takes minutes; most test runs change nothing the package is made of. The key covers
the sources, resources, build scripts, locks and pyproject, the interpreter, every installed
Python distribution and the system packages (dpkg-shlibdeps reads them). Any change means a
new build; the previous entry is removed so the cache holds one package set. The cache lives
in ``installers/build/test-cache`` (ignored by git); ``IMMUNOSEP_PACKAGE_CACHE=0`` rebuilds.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from importlib.metadata import distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "installers" / "build" / "test-cache"
INPUTS = ("desktop_app", "resources", "installers", "requirements", "pyproject.toml")
SKIPPED = {"__pycache__", "build", "dist"}
DONE = "complete"


def inputs_digest() -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        top = ROOT / name
        files = [top] if top.is_file() else sorted(
            p for p in top.rglob("*")
            if p.is_file() and not SKIPPED & set(p.relative_to(ROOT).parts) and p.suffix != ".pyc")
        for path in files:
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(sys.version.encode())
    for dist in sorted(f"{d.metadata['Name']}=={d.version}" for d in distributions()):
        digest.update(dist.encode() + b"\0")
    if shutil.which("dpkg-query"):
        digest.update(subprocess.run(["dpkg-query", "-W"], capture_output=True).stdout)
    return digest.hexdigest()[:20]


def cached_build(build: Callable[[Path], None]) -> Path:
    """A folder holding ``dist/`` from ``build(folder)``, reused while the inputs are the same."""
    key = inputs_digest()
    final = CACHE / key
    use_cache = os.environ.get("IMMUNOSEP_PACKAGE_CACHE", "1") != "0"
    if use_cache and (final / DONE).is_file():
        return final
    CACHE.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=CACHE))
    try:
        build(scratch)
        shutil.rmtree(scratch / "build", ignore_errors=True)  # keep the packages only
        (scratch / DONE).touch()
        for old in CACHE.iterdir():
            if old != scratch and not old.name.startswith("."):
                shutil.rmtree(old, ignore_errors=True)
        os.replace(scratch, final)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return final
