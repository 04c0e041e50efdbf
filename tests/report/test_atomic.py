"""Atomic writes (hazard H22): all or nothing at the final path, never a silent overwrite."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from desktop_app.services import atomic
from desktop_app.services.atomic import (
    TargetExistsError,
    atomic_writer,
    remove_stale_temporaries,
    retry_transient,
    write_bytes_atomic,
)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(atomic.TEMP_PREFIX))


def test_writes_the_whole_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    assert write_bytes_atomic(target, b"%PDF-1.4 data") == target
    assert target.read_bytes() == b"%PDF-1.4 data"
    assert _leftovers(tmp_path) == []


def test_never_overwrites_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    with pytest.raises(TargetExistsError):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    write_bytes_atomic(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


def test_a_file_appearing_during_the_write_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    with pytest.raises(TargetExistsError), atomic_writer(target) as fh:
        fh.write(b"mine")
        target.write_bytes(b"someone else's")
    assert target.read_bytes() == b"someone else's"
    assert _leftovers(tmp_path) == []


def test_an_error_while_writing_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    with pytest.raises(RuntimeError), atomic_writer(target) as fh:
        fh.write(b"half")
        raise RuntimeError("crash mid-export")
    assert not target.exists()
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_new_files_get_umask_permissions_not_private_ones(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_bytes_atomic(tmp_path / "r.pdf", b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "r.pdf").stat().st_mode & 0o777 == 0o644


def _sharing_violation(code: int = 32) -> OSError:
    exc = PermissionError(13, "The process cannot access the file")
    exc.winerror = code  # type: ignore[attr-defined]
    return exc


def test_sharing_violations_are_retried_a_bounded_number_of_times() -> None:
    calls: list[int] = []
    sleeps: list[float] = []

    def flaky() -> None:
        calls.append(1)
        if len(calls) < 3:
            raise _sharing_violation(32)

    retry_transient(flaky, sleep=sleeps.append, delays=(0.1, 0.2, 0.4))
    assert len(calls) == 3 and sleeps == [0.1, 0.2]

    def always() -> None:
        raise _sharing_violation(5)

    sleeps.clear()
    with pytest.raises(PermissionError):
        retry_transient(always, sleep=sleeps.append, delays=(0.1, 0.2))
    assert sleeps == [0.1, 0.2]


def test_other_errors_are_not_retried() -> None:
    sleeps: list[float] = []

    def denied() -> None:
        raise PermissionError(13, "denied")  # no winerror: a real permission problem

    with pytest.raises(PermissionError):
        retry_transient(denied, sleep=sleeps.append)
    assert sleeps == []


def test_replace_is_retried_on_a_sharing_violation(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real = os.replace
    failures = [_sharing_violation(33)]

    def replace(src: str, dst: str) -> None:
        if failures:
            raise failures.pop()
        real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    write_bytes_atomic(tmp_path / "r.pdf", b"x", overwrite=True, sleep=lambda _: None)
    assert (tmp_path / "r.pdf").read_bytes() == b"x"


def test_without_hard_links_it_still_refuses_to_overwrite(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def no_links(src: str, dst: str) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    write_bytes_atomic(tmp_path / "a.pdf", b"x")
    assert (tmp_path / "a.pdf").read_bytes() == b"x"
    (tmp_path / "b.pdf").write_bytes(b"old")
    with pytest.raises(TargetExistsError):
        write_bytes_atomic(tmp_path / "b.pdf", b"new")
    assert (tmp_path / "b.pdf").read_bytes() == b"old"


def test_stale_temporaries_are_removed_and_nothing_else(tmp_path: Path) -> None:
    stale = tmp_path / f"{atomic.TEMP_PREFIX}abc.part"
    stale.write_bytes(b"partial")
    keep = tmp_path / "report.pdf"
    keep.write_bytes(b"x")
    assert remove_stale_temporaries(tmp_path, older_than_s=0, now=stale.stat().st_mtime + 1) == 1
    assert not stale.exists() and keep.exists()


def test_a_non_regular_target_is_never_replaced(tmp_path: Path) -> None:
    # `--out /dev/null --force` once replaced the device with a regular file.
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target in (fifo, folder):
        with pytest.raises(IsADirectoryError):
            write_bytes_atomic(target, b"x", overwrite=True)
    assert stat.S_ISFIFO(fifo.stat().st_mode) and folder.is_dir()
    assert not list(tmp_path.glob(".immunosep-tmp-*"))
