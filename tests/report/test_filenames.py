"""File names from identifiers (hazard H21): portable, inside the folder, never a device name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.report.filenames import (
    UnsafePathError,
    batch_report_name,
    inside,
    safe_stem,
    suggested_report_name,
)

from .conftest import NOW
from .test_hostile_text import CORE_CORPUS

NAMES = [*CORE_CORPUS, "", " ", ".", "..", "...", "../..", "/", "\\", "CON", "con", "Nul",
         "COM1", "lpt9", "LPT¹", "CONIN$", "AUX.txt", "name.", "name ", " .hidden", ".bashrc",
         "a\x00b", "x" * 10_000, "王小明", ":stream", "C:", "a/b\\c:d*e?f\"g<h>i|j"]
PLAIN = re.compile(r"[0-9]{5}(_[A-Za-z0-9_-]+_[0-9a-f]{8})?\.pdf")
DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
           *(f"LPT{i}" for i in range(10))}


@pytest.mark.parametrize("pid", NAMES)
def test_batch_names_are_plain_and_stay_inside(pid: str, tmp_path: Path) -> None:
    name = batch_report_name(12, pid)
    assert PLAIN.fullmatch(name), name
    assert len(name) <= 60
    assert not name.startswith(".") and not name.removesuffix(".pdf").endswith((".", " "))
    assert name.split(".")[0].split("_")[0].upper() not in DEVICES
    path = inside(tmp_path, name)
    assert path.parent == tmp_path.resolve()


def test_names_without_identifiers() -> None:
    assert batch_report_name(7, "Doe, John", include_id=False) == "00007.pdf"


def test_distinct_identifiers_get_distinct_names() -> None:
    names = {batch_report_name(3, pid) for pid in ("Müller", "Muller", "Mü ller", "王", "李")}
    assert len(names) == 5


@pytest.mark.parametrize("pid", ["CON", "com1", "LPT3", "aux", "nul"])
def test_windows_device_names_are_never_the_stem(pid: str) -> None:
    stem = safe_stem(pid)
    assert stem.upper() not in DEVICES and stem.startswith("_")


def test_suggested_name_for_a_single_report() -> None:
    name = suggested_report_name("../../Doe <John>", NOW)
    assert re.fullmatch(r"immunosep_Doe_John_[0-9a-f]{8}_20261124-1015\.pdf", name), name


@pytest.mark.parametrize("bad", ["..", ".", "", "a/b", "a\\b", "c:x", "x\x00"])
def test_inside_refuses_anything_but_a_plain_name(bad: str, tmp_path: Path) -> None:
    with pytest.raises(UnsafePathError):
        inside(tmp_path, bad)
