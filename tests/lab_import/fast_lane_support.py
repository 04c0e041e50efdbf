"""Run ``batch --out`` both ways -- fast lane and reference path -- and compare the bytes, for
results files with and without the sentence columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from desktop_app.core.rules import DEFAULT_OPTIONS
from desktop_app.lab_import import ImportOptions
from desktop_app.lab_import.fast import BLANK, FAST, REFERENCE, CsvStyle, plan_file
from desktop_app.services.cohort import stream_cohort
from desktop_app.services.cohort_export import (
    REJECTED_COLUMNS,
    RESULT_COLUMNS,
    TableWriter,
    export_results_fast,
    rejected_cells,
    result_cells,
    result_columns,
    summary_to_dict,
)
from desktop_app.services.spreadsheet_safety import FORMULA_TRIGGERS, NEUTRALISER

NOW = datetime(2025, 12, 1, tzinfo=UTC)
STYLE = CsvStyle(RESULT_COLUMNS, FORMULA_TRIGGERS, NEUTRALISER)


@dataclass
class Lanes:
    """What the fast lane decided per line (None: file left to the reference path)."""

    fast: int
    reference: int
    blank: int


def lanes(path: Path, options: ImportOptions | None = None) -> Lanes | None:
    renderer = plan_file(path, options, now=NOW, assessment_options=DEFAULT_OPTIONS,
                         style=STYLE, max_reference_share=1.0)
    if renderer is None:
        return None
    status = renderer.batch.status
    return Lanes(*(int(np.count_nonzero(status == s)) for s in (FAST, REFERENCE, BLANK)))


def reference_run(path: Path, options: ImportOptions | None, out: Path,
                  rejected: Path, sentences: bool = False) -> dict[str, object]:
    """What ``batch FILE --out OUT --rejected-out REJECTED [--sentences]`` does on the
    reference path."""
    results = TableWriter(out, result_columns(sentences))
    rejects = TableWriter(rejected, REJECTED_COLUMNS, sheet_title="rejected rows")

    def on_rejected(r: object) -> None:
        for cells in rejected_cells(r):  # type: ignore[arg-type]
            rejects.write(cells)

    summary = stream_cohort(path, options,
                            on_row=lambda r: results.write(result_cells(r, sentences)),
                            on_rejected=on_rejected, now=NOW)
    results.close()
    rejects.close()
    return summary_to_dict(summary)


def compare_lanes(path: Path, tmp: Path, options: ImportOptions | None = None,
                  layouts: tuple[bool, ...] = (False, True)) -> Lanes | None:
    """Assert that the fast lane writes the reference path's bytes and counts, for each of
    ``layouts`` (``--sentences`` or not); returns how the fast lane split the file (None when
    it left the whole file to the reference path)."""
    split: Lanes | None = None
    for sentences in layouts:
        split = _compare_layout(path, tmp, options, sentences)
    return split


def _compare_layout(path: Path, tmp: Path, options: ImportOptions | None,
                    sentences: bool) -> Lanes | None:
    fast_out, fast_rej = tmp / "fast.csv", tmp / "fast-rejected.csv"
    ref_out, ref_rej = tmp / "ref.csv", tmp / "ref-rejected.csv"
    for p in (fast_out, fast_rej, ref_out, ref_rej):
        p.unlink(missing_ok=True)
    try:
        expected = reference_run(path, options, ref_out, ref_rej, sentences)
    except Exception as exc:  # the fast lane must then leave the file alone too
        assert lanes(path, options) is None, f"reference raised {exc!r}"
        return None
    summary = export_results_fast(path, options, fast_out, rejected_path=fast_rej,
                                  sentences=sentences, now=NOW)
    split = lanes(path, options)
    if summary is None:
        assert split is None, "the fast lane planned the file but did not write it"
        assert not fast_out.exists() and not fast_rej.exists()
        return None
    assert fast_out.read_bytes() == ref_out.read_bytes()
    assert fast_rej.read_bytes() == ref_rej.read_bytes()
    assert summary_to_dict(summary) == expected
    return split
