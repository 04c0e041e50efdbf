"""Consistent copies with SQLite's online backup API (never a file copy of a live database).

The copy is written to a temporary file beside the target, checked with ``quick_check``,
flushed and then renamed into place, so ``PATH`` is either absent or a complete database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from desktop_app.store.errors import StoreError
from desktop_app.store.location import create_private_file


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_database(engine: Engine, source: Path, target: Path, *, force: bool = False) -> Path:
    """Copy the database behind ``engine`` to ``target``; refuse to overwrite unless ``force``."""
    target = target.expanduser().absolute()
    if target.exists() or target.is_symlink():
        if not force:
            raise StoreError(f"{target} already exists; choose a new file name or use --force "
                             "to replace it.")
        if target.is_dir():
            raise StoreError(f"{target} is a folder; give a file name for the backup.")
    if target.resolve() == source.resolve():
        raise StoreError("The backup cannot be written over the database itself.")
    if not target.parent.is_dir():
        raise StoreError(f"The folder {target.parent} does not exist.")
    tmp = target.with_name(f".{target.name}.partial-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    create_private_file(tmp)
    try:
        raw = engine.raw_connection()
        try:
            dest = sqlite3.connect(str(tmp))
            try:
                raw.driver_connection.backup(dest)  # type: ignore[union-attr]
                check = dest.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise StoreError(f"The backup copy failed its check ({check}).")
                # A standalone copy: no -wal file needed beside it.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            raw.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return target
