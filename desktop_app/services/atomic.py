"""Atomic file writes: the final path holds either nothing (or its old content) or the whole file.

A crash, a power cut or a kill during an export must never leave a truncated PDF or CSV where a
pharmacist would take it for complete (hazard H22).  The data go to a temporary file in the same
folder, are flushed and fsynced, and only then take the final name in one rename; on POSIX the
folder is fsynced too so the rename itself survives a power cut.  An existing file is never
replaced unless the caller says ``overwrite=True`` (the GUI asks, the CLI needs ``--force``).

Windows: antivirus scanners and indexers briefly open new files without sharing, so a rename
can fail with a sharing violation (WinError 5, 32 or 33); it is retried a bounded number of
times before giving up.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

# Access denied, sharing violation, lock violation: transient while a scanner holds the file.
WINDOWS_TRANSIENT = frozenset({5, 32, 33})
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)  # about 3 s in all, then the error is raised
TEMP_PREFIX = ".immunosep-tmp-"


class TargetExistsError(FileExistsError):
    """The destination exists and ``overwrite`` was not given."""

    def __init__(self, path: Path) -> None:
        super().__init__(17, "file exists (not overwritten)", str(path))
        self.path = path


def is_transient_windows_error(exc: OSError) -> bool:
    return getattr(exc, "winerror", None) in WINDOWS_TRANSIENT


def retry_transient(action: Callable[[], None], *,
                    sleep: Callable[[float], None] = time.sleep,
                    delays: tuple[float, ...] = RETRY_DELAYS) -> None:
    """Run ``action``; on a Windows sharing violation wait and retry, at most ``len(delays)``."""
    for delay in (*delays, None):
        try:
            action()
            return
        except OSError as exc:
            if delay is None or not is_transient_windows_error(exc):
                raise
            sleep(delay)


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, overwrite: bool = False,
                  sleep: Callable[[float], None] = time.sleep) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it becomes ``path`` in one step, else it vanishes.

    Raises ``TargetExistsError`` (before writing anything, and again at the final step if the
    file appeared meanwhile) when ``path`` exists and ``overwrite`` is false.
    """
    target = Path(path)
    if target.exists() and not target.is_file():
        # Replacing a device, pipe or folder (e.g. --out /dev/null --force) would destroy it.
        raise IsADirectoryError(21, "not a regular file (not replaced)", str(target))
    if not overwrite and target.exists():
        raise TargetExistsError(target)
    folder = target.parent
    fd, tmp = _create_temp(folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _commit(tmp, target, overwrite=overwrite, sleep=sleep)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(folder)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = False,
                       sleep: Callable[[float], None] = time.sleep) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path written."""
    with atomic_writer(path, overwrite=overwrite, sleep=sleep) as fh:
        fh.write(data)
    return Path(path)


def _create_temp(folder: Path) -> tuple[int, Path]:
    """A new, exclusively created file next to the target.

    Not ``tempfile.mkstemp``: its files are private (0600), and a report in a shared export
    folder must get the permissions the user's umask gives any new file.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        candidate = folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}.part"
        try:
            return os.open(candidate, flags, 0o666), candidate
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def _commit(tmp: Path, target: Path, *, overwrite: bool,
            sleep: Callable[[float], None]) -> None:
    if overwrite:
        retry_transient(lambda: os.replace(tmp, target), sleep=sleep)
        return
    if sys.platform == "win32":
        # os.rename refuses an existing destination on Windows: atomic "create, never replace".
        try:
            retry_transient(lambda: os.rename(tmp, target), sleep=sleep)
        except FileExistsError:
            raise TargetExistsError(target) from None
        return
    # POSIX rename replaces silently; link() fails if the name exists, atomically.
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise TargetExistsError(target) from None
    except OSError:
        # Some file systems (FAT, some network shares) have no hard links: check, then rename.
        # A file created by someone else between the two calls would be replaced; that window
        # is microseconds and only exists on such file systems.
        if target.exists():
            raise TargetExistsError(target) from None
        os.replace(tmp, target)
        return
    tmp.unlink()


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory handles to fsync."""
    if sys.platform == "win32":
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass  # e.g. some network file systems refuse fsync on directories
    finally:
        os.close(dir_fd)


def remove_stale_temporaries(folder: str | os.PathLike[str], *, older_than_s: float = 3600,
                             now: float | None = None) -> int:
    """Delete our ``.part`` files left by a crash (never other files); returns how many."""
    limit = (time.time() if now is None else now) - older_than_s
    removed = 0
    for entry in Path(folder).glob(f"{TEMP_PREFIX}*.part"):
        with contextlib.suppress(OSError):
            if entry.stat().st_mtime < limit:
                entry.unlink()
                removed += 1
    return removed
