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
                                          "cannot_classify": 3}  # n.b. is one (issue 14)


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


# -- the columnar API the cohort window reads (docs/import.md, "Result columns") -------------
def test_columns_agree_with_each_rows_assessment(cohort) -> None:
    result = cohort(DATA / "en_lis_export.csv")
    status, phenotype = result.status_codes(), result.phenotype_codes()
    from desktop_app.services.cohort import PHENOTYPE_ORDER

    for i in range(result.n):
        a = result.assessment(i)
        reasons, warnings = result.findings(i)
        assert (a.status, a.phenotype) == (result.decision(i).status, result.decision(i).phenotype)
        assert PHENOTYPE_ORDER[phenotype[i]] is a.phenotype
        assert bool(status[i]) is (a.phenotype is None)
        assert reasons == a.reasons and warnings[:len(a.warnings)] == a.warnings
    assert len(result.decisions) <= result.n  # one decision per distinct outcome


def test_sort_orders_are_exact_stable_and_put_missing_last(write) -> None:
    path = write("MRN,Sample time,Ferritin (ng/mL),HLA-DR [AB/C]\n"
                 "A,2025-03-01T08:00,4420.00000000000000000001,\n"
                 "B,2025-03-01T08:01,4420,3000\n"
                 "C,2025-03-01T08:02,,4000\n"
                 "D,2025-03-01T08:03,4420,\n"
                 "E,2025-03-01T08:04,12,6000\n")
    result = run_cohort(path, now=NOW)
    ids = result.samples.patient_id

    def order(key: str, descending: bool = False) -> list[str]:
        return [ids[i] for i in result.sort_order(key, descending=descending)]

    assert order("f_ng_ml") == ["E", "B", "D", "A", "C"]
    assert order("f_ng_ml", descending=True) == ["A", "B", "D", "E", "C"]
    assert order("h_value") == ["B", "C", "E", "A", "D"]
    assert order("patient_id", descending=True) == ["E", "D", "C", "B", "A"]
    assert order("row") == ["A", "B", "C", "D", "E"]
    assert sorted(order("phenotype")) == sorted(ids)
    numbers = result.numbers("f_ng_ml")
    assert numbers[0] == numbers[1] == 4420.0 and numbers[2] != numbers[2]  # NaN: not given
    with pytest.raises(ValueError):
        result.numbers("patient_id")
