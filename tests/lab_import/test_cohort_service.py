"""services.cohort: the core classifies every sample; counts balance; progress and cancel."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.phenotype import classify
from desktop_app.lab_import import ImportCancelled, ImportOptions, read_lab_file
from desktop_app.services.cohort import run_cohort, stream_cohort

NOW = datetime(2025, 12, 1, tzinfo=UTC)  # as in conftest.py

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
GERMAN = DATA / "de_lis_export.csv"


def test_every_assessment_is_the_cores_classify_of_the_imported_inputs(cohort) -> None:
    result = cohort(GERMAN)
    imported = read_lab_file(GERMAN)
    assert [s.rows for s in imported.samples] == [r.rows for r in result.rows]
    for sample, row in zip(imported.samples, result.rows, strict=True):
        assert row.assessment == classify(sample.inputs, now=NOW)


def test_stream_and_run_agree(cohort) -> None:
    streamed_rows, streamed_rejected = [], []
    summary = stream_cohort(GERMAN, on_row=streamed_rows.append,
                            on_rejected=streamed_rejected.append, now=NOW)
    result = run_cohort(GERMAN, now=NOW)
    assert [(r.rows, r.assessment) for r in streamed_rows] == [
        (r.rows, r.assessment) for r in result.rows]
    assert streamed_rejected == result.rejected_rows
    assert (summary.classified, summary.cannot_classify, summary.rejected, summary.rows_read) == (
        result.classified, result.cannot_classify, result.rejected, result.rows_read)
    assert summary.phenotype_counts() == {"mals": 3, "immunoparalysis": 2, "unclassified": 2,
                                          "cannot_classify": 2}


def _many_rows(write, n: int) -> Path:  # type: ignore[no-untyped-def]
    rows = "".join(f"P{i},2025-03-01T08:{i % 60:02d},{100 + i},3000\n" for i in range(n))
    return write("MRN,Sample time,Ferritin (ng/mL),HLA-DR [AB/C]\n" + rows)


def test_progress_reaches_the_total(write) -> None:
    calls: list[tuple[int, int]] = []
    result = run_cohort(_many_rows(write, 10_000), progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 10_000) and calls[-1] == (10_000, 10_000)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert result.classified == 10_000


def test_cancel_stops_the_run(write) -> None:
    path = _many_rows(write, 20_000)
    polls = []

    def should_cancel() -> bool:
        polls.append(1)
        return len(polls) > 2

    with pytest.raises(ImportCancelled):
        run_cohort(path, should_cancel=should_cancel)
    with pytest.raises(ImportCancelled):
        run_cohort(path, ImportOptions(), should_cancel=lambda: True)


def test_cancel_while_reading_a_long_layout_file(write) -> None:
    rows = "".join(f"P{i},Ferritin,{i},ng/mL,2025-03-01T08:00\n" for i in range(10_000))
    path = write("MRN,Test,Value,Unit,Sample time\n" + rows)
    with pytest.raises(ImportCancelled):
        run_cohort(path, should_cancel=lambda: True)


def test_entry_text_reproduces_every_imported_assessment() -> None:
    from desktop_app.services.cohort import entry_text_of
    from desktop_app.services.entry import build_inputs

    for name in ("de_lis_export.csv", "en_lis_export.csv", "long_loinc.csv"):
        for row in run_cohort(DATA / name, now=NOW).rows:
            for comma in (False, True):
                entry = entry_text_of(row.assessment, decimal_comma=comma)
                again = classify(build_inputs(entry, decimal_comma=comma), now=NOW)
                a = row.assessment
                assert (again.status, again.phenotype, again.reason_codes()) == (
                    a.status, a.phenotype, a.reason_codes()), (name, row.row)
