"""The ``Depends:`` of the .deb, computed from what the staged bundle actually links.

``dpkg-shlibdeps`` reads every ELF file of the package, resolves each library it links
(``DT_NEEDED``) inside the package tree first, and maps the rest to the installed Debian packages
that provide them, with the lowest version that has every symbol used (from the packages'
``symbols``/``shlibs`` files): ``libc6 (>= 2.35)`` is what the bundle needs, not what a person
remembered. ``depends.txt`` adds what no linker sees (fonts).

Usage: python3 installers/linux/depends.py STAGE_DIR [EXTRA_DEPENDS_FILE]
  STAGE_DIR is the package tree with its DEBIAN/ folder; prints the Depends value.
  Needs dpkg-dev (dpkg-shlibdeps) and binutils (objdump), and every linked library installed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
GLIBC = re.compile(r"\bGLIBC_(\d+(?:\.\d+)+)\b")


def elf_files(root: Path) -> list[Path]:
    """Every ELF file (executable, shared library, Python extension) under ``root``."""
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def glibc_versions_needed(path: Path) -> set[tuple[int, ...]]:
    """The ``GLIBC_x.y`` symbol versions a binary requires (its version references)."""
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True,
                         check=True).stdout
    references = out.partition("Version References:")[2]
    return {tuple(int(n) for n in v.split(".")) for v in GLIBC.findall(references)}


def version_text(version: Iterable[int]) -> str:
    return ".".join(map(str, version))


def shlibdeps(stage: Path) -> list[str]:
    """``dpkg-shlibdeps`` over every ELF file of the staged package: one entry per package."""
    files = elf_files(stage)
    if not (stage / "DEBIAN").is_dir():
        raise SystemExit(f"depends.py: {stage} has no DEBIAN folder")
    with tempfile.TemporaryDirectory(prefix="shlibdeps-") as scratch:
        (Path(scratch) / "debian").mkdir()
        (Path(scratch) / "debian" / "control").write_text(
            "Source: immunosep\n\nPackage: immunosep\nArchitecture: any\n", encoding="utf-8")
        r = subprocess.run(["dpkg-shlibdeps", "-O", "--warnings=0", *map(str, files)],
                           cwd=scratch, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"dpkg-shlibdeps failed (is every linked library installed?):\n"
                         f"{r.stderr[-4000:]}")
    line = next(x for x in r.stdout.splitlines() if x.startswith("shlibs:Depends="))
    return split_depends(line.partition("=")[2])


def split_depends(value: str) -> list[str]:
    return [d.strip() for d in value.split(",") if d.strip()]


def extra_depends(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def merge(computed: list[str], extra: list[str]) -> list[str]:
    """Computed entries first (dpkg's order), then the extras not already named."""
    named = {re.split(r"[\s(]", d, maxsplit=1)[0] for d in computed}
    return computed + [d for d in extra if re.split(r"[\s(]", d, maxsplit=1)[0] not in named]


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        print(__doc__, file=sys.stderr)
        return 2
    stage = Path(argv[0])
    extra = extra_depends(Path(argv[1])) if len(argv) == 2 else []
    print(", ".join(merge(shlibdeps(stage), extra)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
