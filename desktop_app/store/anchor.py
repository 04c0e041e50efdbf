"""The audit head kept outside the database: a small file in this workstation's data folder.

After every write this process commits, the entry it appended last is written to
``audit-head-<database id>.txt`` (only ever moving forward).  ``audit verify`` then requires
that entry to still be in the chain with the same hash: removing the newest records together
with their entries and the in-database head, or rewriting the chain, is detected as long as
the file survives.  Someone who can also edit this file can hide a cut tail; for that, keep the
head printed by ``audit verify`` / ``db backup`` elsewhere and check it with
``audit verify --expect HASH`` (docs/database.md).

A file that cannot be written is logged, never an error: the record is already committed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
from pathlib import Path

from desktop_app.store.audit import Head

logger = logging.getLogger(__name__)

_LINE = re.compile(r"([1-9][0-9]*) ([0-9a-f]{64})")


class AnchorError(ValueError):
    """The anchor file exists but does not hold a head (it was altered)."""


def anchor_path(data_dir: Path, database_id: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9-]", "_", database_id)
    return data_dir / f"audit-head-{safe}.txt"


def read_anchor(path: Path) -> Head | None:
    """The recorded head, ``None`` when this workstation has recorded none yet."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise AnchorError(f"the head file {path} cannot be read ({type(exc).__name__})") from None
    match = _LINE.fullmatch(text)
    if not match:
        raise AnchorError(f"the head file {path} does not hold a head (it was altered)")
    return Head(int(match.group(1)), match.group(2))


def advance_anchor(path: Path, head: Head) -> None:
    """Record ``head`` unless the file already holds a later one."""
    try:
        with contextlib.suppress(AnchorError):
            current = read_anchor(path)
            if current is not None and current.seq >= head.seq:
                return
        # One temporary name per process and thread: a window's worker threads and a command
        # run beside it may record heads at the same moment.
        tmp = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(f"{head.seq} {head.hash}\n")
        os.replace(tmp, path)
    except OSError as exc:
        logger.warning("audit head file not updated: %s", type(exc).__name__)
