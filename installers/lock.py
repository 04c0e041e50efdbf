"""Hash-pinned dependency locks and the SOUP list generated from them (``./dev lock``).

Three locks in ``requirements/``, each produced by ``uv pip compile --universal
--generate-hashes`` from ``pyproject.toml`` (one file serves Windows, macOS and Linux; pip skips
the lines whose environment marker does not apply):

* ``runtime.txt``  ``[project] dependencies``: exactly what the frozen app ships (the SOUP);
* ``build.txt``    runtime + ``[build]``: what the release builds install;
* ``dev.txt``      runtime + ``[test,build,lock]``: what ``./dev`` and CI install.

Each later lock is constrained by the earlier one, so a package has the same version in all
three. Existing pins are kept unless ``--upgrade`` is given (uv reads the old file).

Commands::

    python installers/lock.py compile [--upgrade]   # rewrite the locks (needs PyPI)
    python installers/lock.py check                 # pyproject and locks agree (offline)
    python installers/lock.py soup [--check]        # write / verify docs/soup.md
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
LOCK_DIR = ROOT / "requirements"
SOUP_DOC = ROOT / "docs" / "soup.md"
SOUP_DATA = ROOT / "installers" / "soup.toml"
COMPILE_COMMAND = "./dev lock"
# (file, extras) in constraint order: each lock is compiled with the previous one as constraints.
LOCKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("runtime.txt", ()),
    ("build.txt", ("build",)),
    ("dev.txt", ("test", "build", "lock")),
)
# The systems the release workflow builds for, with the Python it builds with.
SHIPPED_PLATFORMS = {
    "Windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                "platform_machine": "AMD64"},
    "macOS": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
              "platform_machine": "arm64"},
    "Linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
              "platform_machine": "x86_64"},
}


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class Pin:
    """One ``name==version ; marker`` entry of a lock, with its hashes and "via" annotations."""

    name: str
    version: str
    marker: Marker | None
    hashes: int
    via: tuple[str, ...] = field(default=())

    def applies(self, environment: dict[str, str]) -> bool:
        return self.marker is None or self.marker.evaluate({**environment, "extra": ""})


def parse_lock(text: str) -> list[Pin]:
    """The pins of a uv/pip-compile requirements file (continuation lines and "# via" blocks)."""
    pins: list[Pin] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip() or line.lstrip().startswith("#"):
            i += 1
            continue
        logical = line
        while logical.endswith("\\") and i + 1 < len(lines):
            i += 1
            logical = logical[:-1] + " " + lines[i].strip()
        i += 1
        via: list[str] = []
        while i < len(lines) and lines[i].startswith("    #"):
            comment = lines[i].strip().lstrip("#").strip()
            if comment.startswith("via "):
                via.append(comment[4:])
            elif comment and comment != "via":
                via.append(comment)
            i += 1
        requirement, _, options = logical.partition(" --hash")
        req = Requirement(requirement.strip())
        (spec,) = req.specifier
        pins.append(Pin(normalize(req.name), spec.version, req.marker,
                        ("--hash" + options).count("--hash=") if options else 0,
                        tuple(v.split(" (")[0] for v in via)))
    return pins


def read_lock(name: str) -> list[Pin]:
    return parse_lock((LOCK_DIR / name).read_text(encoding="utf-8"))


def project() -> dict:  # type: ignore[type-arg]
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]


def requirements_for(extras: Sequence[str]) -> list[Requirement]:
    meta = project()
    reqs = list(meta["dependencies"])
    for extra in extras:
        reqs += meta["optional-dependencies"][extra]
    return [Requirement(r) for r in reqs]


def release_python() -> str:
    """The lowest Python the project supports: the one the release workflow builds with."""
    match = re.search(r">=\s*(\d+\.\d+)", project()["requires-python"])
    assert match, "requires-python must give a lower bound"
    return match.group(1)


# --- compile -----------------------------------------------------------------------------------

def compile_locks(upgrade: bool = False) -> None:
    LOCK_DIR.mkdir(exist_ok=True)
    previous: Path | None = None
    for name, extras in LOCKS:
        out = LOCK_DIR / name
        command = [sys.executable, "-m", "uv", "pip", "compile", str(PYPROJECT.name),
                   "--universal", "--python-version", release_python(), "--generate-hashes",
                   "--custom-compile-command", COMPILE_COMMAND, "--quiet",
                   "-o", str(out.relative_to(ROOT))]
        command += [a for extra in extras for a in ("--extra", extra)]
        if previous is not None:
            command += ["-c", str(previous.relative_to(ROOT))]
        if upgrade:
            command.append("--upgrade")
        subprocess.run(command, cwd=ROOT, check=True)
        previous = out


# --- check -------------------------------------------------------------------------------------

def check_locks() -> list[str]:
    """What disagrees between pyproject.toml and the locks (empty: all is well)."""
    problems: list[str] = []
    pinned: dict[str, dict[str, set[str]]] = {}
    for name, extras in LOCKS:
        path = LOCK_DIR / name
        if not path.is_file():
            problems.append(f"requirements/{name} is missing")
            continue
        text = path.read_text(encoding="utf-8")
        if COMPILE_COMMAND not in text.split("\n", 3)[1]:
            problems.append(f"requirements/{name} was not made by `{COMPILE_COMMAND}`")
        pins = parse_lock(text)
        pinned[name] = {}
        for pin in pins:
            pinned[name].setdefault(pin.name, set()).add(pin.version)
            if pin.hashes == 0:
                problems.append(f"requirements/{name}: {pin.name} has no --hash")
        for req in requirements_for(extras):
            versions = pinned[name].get(normalize(req.name), set())
            if not any(req.specifier.contains(v, prereleases=True) for v in versions):
                problems.append(f"requirements/{name}: {req} is not locked "
                                f"(locked: {', '.join(sorted(versions)) or 'nothing'})")
    for later in ("build.txt", "dev.txt"):
        for package, versions in pinned.get("runtime.txt", {}).items():
            other = pinned.get(later, {}).get(package)
            if other is not None and other != versions:
                problems.append(f"{package}: {sorted(versions)} in runtime.txt but "
                                f"{sorted(other)} in {later}")
    return problems


# --- SOUP --------------------------------------------------------------------------------------

POLICY = """\
## Known-anomalies policy

- **Where anomalies are looked up.** At every lock update (`./dev lock`) and before every
  release: the package's release notes and issue tracker for the locked version, and the
  Python Packaging Advisory Database / OSV for published vulnerabilities
  (`pip-audit -r requirements/runtime.txt` does that lookup in one command).
- **What is recorded.** An anomaly that can affect the app's use (a wrong result, a crash, a
  data loss, a vulnerability reachable from what the app does) is recorded in the package's
  row below (`installers/soup.toml`, then `./dev lock`), together with the control: a
  version pin with the test that proves it (e.g. `tests/test_pyside_pin.py`), a workaround,
  or the reason it cannot reach the app.
- **Updates.** Versions change only through `./dev lock` (`--upgrade` to move every package to
  the newest version its range allows); the whole test suite, including the package build,
  runs on the new lock before it is merged. The app installs nothing at run time.
- **Anything else in the bundle.** The Python runtime and Qt are listed under *Other
  components*; the CycloneDX SBOM in every package (`_internal/sbom/immunosep.cdx.json`) is the
  machine-readable form of this list.
"""


def _soup_data() -> dict:  # type: ignore[type-arg]
    return tomllib.loads(SOUP_DATA.read_text(encoding="utf-8"))


def _licence(pin: Pin, override: str | None) -> str:
    if override:
        return override
    try:
        dist = distribution(pin.name)
    except PackageNotFoundError as exc:
        raise SystemExit(f"soup: {pin.name} is not installed here: give its licence in "
                         f"{SOUP_DATA.relative_to(ROOT)}") from exc
    if normalize(dist.version) != normalize(pin.version):
        raise SystemExit(f"soup: {pin.name} {dist.version} is installed but {pin.version} is "
                         "locked: run ./dev setup (installs the lock) first")
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    raise SystemExit(f"soup: no short licence in the metadata of {pin.name}: give it in "
                     f"{SOUP_DATA.relative_to(ROOT)}")


def _ships_on(pin: Pin, python: str) -> str:
    systems = [system for system, env in SHIPPED_PLATFORMS.items()
               if pin.applies({**env, "python_version": python,
                               "python_full_version": f"{python}.0",
                               "implementation_name": "cpython",
                               "platform_python_implementation": "CPython"})]
    return "all" if len(systems) == len(SHIPPED_PLATFORMS) else ", ".join(systems) or "none"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def soup_markdown() -> str:
    data = _soup_data()
    described = {normalize(k): v for k, v in data.get("package", {}).items()}
    python = release_python()
    direct = {normalize(r.name) for r in requirements_for(())}
    rows = []
    for pin in read_lock("runtime.txt"):
        ships = _ships_on(pin, python)
        if ships == "none":
            continue  # a pin for Python versions the release does not use
        entry = described.get(pin.name, {})
        purpose = entry.get("purpose")
        if purpose is None:
            if pin.name in direct:
                raise SystemExit(f"soup: {pin.name} is a direct dependency: say what it is for "
                                 f"in {SOUP_DATA.relative_to(ROOT)}")
            users = sorted(v for v in pin.via if not v.startswith("immunosep-phenotyper"))
            purpose = "Needed by " + ", ".join(users)
        rows.append((pin.name, pin.version, ships, purpose,
                     _licence(pin, entry.get("licence")),
                     entry.get("anomalies", "None known that affect the app.")))
    tools = sorted({(p.name, p.version) for name in ("build.txt", "dev.txt")
                    for p in read_lock(name)} - {(r[0], r[1]) for r in rows})
    out = [
        "# SOUP: third-party software in the shipped app",
        "",
        "<!-- Generated by `./dev lock` (installers/lock.py soup) from requirements/runtime.txt,",
        "     the installed packages' metadata and installers/soup.toml. Do not edit by hand;",
        "     tests/installers/test_lock.py fails when this file is out of date. -->",
        "",
        "Software of unknown provenance (IEC 62304 §8.1.2) in the application as shipped: every",
        f"Python distribution of `requirements/runtime.txt` for Python {python} (the Python the",
        "release packages are built with), with the version locked by hash, what the app uses it",
        "for, its licence as its metadata declares it, and its known anomalies. Distributions",
        "marked \"Needed by\" are not used by the app's code directly.",
        "",
        "| package | version | ships on | purpose | licence | known anomalies |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    out += ["| " + " | ".join(_cell(str(c)) for c in row) + " |" for row in rows]
    out += ["", "## Other components inside the bundle", "",
            "| component | version | purpose | licence |", "| --- | --- | --- | --- |"]
    for component in data.get("component", []):
        out.append("| " + " | ".join(_cell(component[k]) for k in
                                     ("name", "version", "purpose", "licence")) + " |")
    out += ["", POLICY,
            "## Build and test tools (not shipped)", "",
            "Locked by hash in `requirements/build.txt` and `requirements/dev.txt`; they build "
            "and test the app but are not part of it: " +
            ", ".join(f"{n} {v}" for n, v in tools) + ".", ""]
    return "\n".join(out)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("compile").add_argument("--upgrade", action="store_true")
    sub.add_parser("check")
    sub.add_parser("soup").add_argument("--check", action="store_true")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.command == "compile":
        compile_locks(upgrade=args.upgrade)
        return 0
    if args.command == "check":
        problems = check_locks()
        for problem in problems:
            print(f"lock: {problem}", file=sys.stderr)
        if problems:
            print("lock: the locks do not match pyproject.toml: run ./dev lock", file=sys.stderr)
        return 1 if problems else 0
    text = soup_markdown()
    if args.check:
        if SOUP_DOC.read_text(encoding="utf-8") != text:
            print("soup: docs/soup.md is out of date: run ./dev lock", file=sys.stderr)
            return 1
        return 0
    SOUP_DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
