"""Untrusted workbooks (hazard H42): a 1.5 KB XLSX with one cell at XFD1048576 made calamine
allocate 512 GiB and abort the process.  The extent is bounded before reading, and a reader
that dies anyway takes down only its child process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.lab_import import LabFileError, open_lab_file
from desktop_app.lab_import.model import ImportCancelled
from desktop_app.lab_import.sheet_guard import MAX_SHEET_COLUMNS, column_number, read_isolated
from desktop_app.services.cohort import run_cohort

from .sheet_builders import workbook


def test_far_cell_workbook_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = workbook(tmp_path / "far.xlsx")
    assert path.stat().st_size < 2000
    with pytest.raises(LabFileError) as info:
        run_cohort(path)
    assert info.value.code == "sheet_too_large"
    assert "XFD1048576" in info.value.message and "far.xlsx" in info.value.message


@pytest.mark.parametrize(("far", "dimension"), [
    (None, "A1:ZZ100000"),  # a declared dimension wider than the column cap
    ("CVZ1", None),  # 2600 columns
    ("T2000000", None),  # 20 columns x 2 million rows: over the cell budget
])
def test_declared_dimension_and_far_references_are_bounded(tmp_path: Path, far: str | None,
                                                            dimension: str | None) -> None:
    with pytest.raises(LabFileError) as info:
        open_lab_file(workbook(tmp_path / "wide.xlsx", far, dimension=dimension))
    assert info.value.code == "sheet_too_large"


def test_a_far_row_within_the_cell_budget_is_read(tmp_path: Path) -> None:
    lab = open_lab_file(workbook(tmp_path / "tall.xlsx", "B100000"))  # 200 000 cells
    assert lab.rows_read == 2  # the data row and the far cell's row; blank rows between


def test_an_ordinary_workbook_is_read(tmp_path: Path) -> None:
    lab = open_lab_file(workbook(tmp_path / "ok.xlsx", None))
    assert lab.rows_read == 1 and lab.settings.sheet == "labs"


def test_batch_refuses_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    path = workbook(tmp_path / "far.xlsx")
    r = subprocess.run([sys.executable, "-m", "desktop_app", "batch", str(path), "--out",
                        str(tmp_path / "out.xlsx")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "XFD1048576" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["far.xlsx"]


def _abort() -> None:
    os.abort()  # what calamine does when an allocation fails


def _sleep() -> None:
    time.sleep(60)


def test_a_reader_that_dies_takes_down_only_its_child() -> None:
    with pytest.raises(LabFileError) as info:
        read_isolated(_abort, name="labs.ods")
    assert info.value.code == "reader_failed" and "labs.ods" in info.value.message


def test_a_reader_can_be_cancelled() -> None:
    started = time.monotonic()
    with pytest.raises(ImportCancelled):
        read_isolated(_sleep, name="labs.xlsx", should_cancel=lambda: True)
    assert time.monotonic() - started < 30


def test_column_letters() -> None:
    assert [column_number(x) for x in (b"A", b"Z", b"AA", b"XFD")] == [1, 26, 27, 16384]
    assert MAX_SHEET_COLUMNS >= 1000
