"""Safe file names for reports whose names derive from a patient identifier (hazard H21).

An identifier may hold anything: ``../../etc``, ``CON``, ``a:stream``, NUL, 10 000 characters,
right-to-left overrides.  A name built here keeps only a short ASCII part of it
(``[A-Za-z0-9_-]``), never starts with a dot, never ends with a dot or space, is never a Windows
device name, is bounded in length, and carries a short hash of the whole identifier so two
identifiers that sanitise alike still get different names.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from pathlib import Path

MAX_STEM = 32
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")})


class UnsafePathError(ValueError):
    """A computed path would leave the chosen folder."""


def safe_stem(text: str, max_len: int = MAX_STEM, fallback: str = "patient") -> str:
    """A short, portable file-name part from arbitrary text (may be ``fallback``)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    stem = _UNSAFE.sub("_", ascii_text).strip("_-")[:max_len].strip("_-")
    if not stem:
        return fallback
    if stem.upper() in _WINDOWS_DEVICES:
        stem = f"_{stem}"
    return stem


def short_hash(*parts: object, length: int = 8) -> str:
    data = "\x00".join(str(p) for p in parts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:length]


def batch_report_name(row: int, patient_id: str | None, *, include_id: bool = True) -> str:
    """``00012_Doe_John_3fa9c2d1.pdf``: unique per row; ``00012.pdf`` without identifiers."""
    if not include_id:
        return f"{row:05d}.pdf"
    pid = patient_id or ""
    return f"{row:05d}_{safe_stem(pid, fallback='no-id')}_{short_hash(row, pid)}.pdf"


def suggested_report_name(patient_id: str, generated_at: datetime) -> str:
    """The name offered in a save dialog for one patient's report."""
    return (f"immunosep_{safe_stem(patient_id)}_{short_hash(patient_id)}_"
            f"{generated_at:%Y%m%d-%H%M}.pdf")


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refused unless it is a plain child of ``folder``."""
    if not name or name in (".", "..") or any(sep in name for sep in ("/", "\\", ":", "\x00")):
        raise UnsafePathError(f"not a plain file name: {name!r}")
    base = Path(folder).resolve()
    path = (base / name).resolve()
    if path.parent != base:
        raise UnsafePathError(f"{name!r} would leave {base}")
    return path
