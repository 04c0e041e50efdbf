"""The pharmacist's batch (hazard H28): one PDF per row, every failure listed, nothing aborts."""

from __future__ import annotations

import csv
import io
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.services.report_batch import INDEX_COLUMNS, RowOutcome
from desktop_app.services.reports import (
    COMBINED_NAME,
    INDEX_NAME,
    SUMMARY_NAME,
    Outcome,
    OutputExistsError,
    RejectedInput,
    ReportJob,
    make_options,
    render_rows,
    run_report_batch,
)

from .conftest import CASES, NOW, assess, body_text, squeeze

FORK = "fork" if sys.platform != "win32" else "spawn"


def _jobs(n: int, poisoned: Sequence[int] = ()) -> list[ReportJob]:
    cases = sorted(CASES)
    jobs = []
    for i in range(n):
        a = assess(cases[i % len(cases)])
        if i in poisoned:
            a = replace(a, criteria=(object(),))  # type: ignore[arg-type]  # cannot be drawn
        jobs.append(ReportJob(i + 2, f"P-{i:04d}", a))
    return jobs


def _index(folder: Path) -> list[dict[str, str]]:
    text = (folder / INDEX_NAME).read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def _run(jobs: Sequence[ReportJob], folder: Path, **kw: object):  # type: ignore[no-untyped-def]
    kw.setdefault("rejected", [RejectedInput(900, "=cmd|' /C calc'!A0", "ferritin: 'n.b.' is "
                                             "not a number")])
    return run_report_batch(jobs, kw.pop("rejected"), folder, generated_at=NOW,  # type: ignore[arg-type]
                            options=make_options(), source_name="lab <export>.csv", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [1, 2])
def test_poisoned_rows_are_listed_and_the_batch_completes(tmp_path: Path, workers: int) -> None:
    poisoned = (3, 11, 17)
    jobs = _jobs(30, poisoned)
    seen: list[tuple[int, int]] = []
    result = _run(jobs, tmp_path, workers=workers, start_method=FORK,
                  progress=lambda d, t: seen.append((d, t)))
    assert result.count(Outcome.WRITTEN) == 27
    assert result.count(Outcome.FAILED) == 3
    assert result.count(Outcome.REJECTED) == 1
    assert not result.complete and not result.cancelled and result.errors == ()
    assert seen[-1] == (60, 60) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert {t for _, t in seen} == {60}  # a unit per report rendered and per report combined
    rows = _index(tmp_path)
    assert list(rows[0]) == list(INDEX_COLUMNS)
    assert [int(r["row"]) for r in rows] == [*range(2, 32), 900]
    for r in rows:
        if int(r["row"]) - 2 in poisoned:
            assert r["outcome"] == "failed" and "could not be produced" in r["reason"]
            assert r["report_file"] == ""
        elif r["row"] == "900":
            assert r["outcome"] == "rejected" and "n.b." in r["reason"]
            assert r["patient_id"].startswith("'=")  # formula neutralised
        else:
            assert r["outcome"] == "written"
            pdf = tmp_path / r["report_file"]
            assert f"P-{int(r['row']) - 2:04d}" in PdfReader(pdf).pages[0].extract_text()
    pdfs = {p.name for p in tmp_path.glob("*.pdf")}
    assert len(pdfs) == 27 + 2 and {SUMMARY_NAME, COMBINED_NAME} <= pdfs


def test_cohort_summary_lists_every_row_with_the_reason(tmp_path: Path) -> None:
    result = _run(_jobs(8, poisoned=(5,)), tmp_path, workers=1)
    assert result.summary_path == tmp_path / SUMMARY_NAME
    text = squeeze(body_text(result.summary_path.read_bytes()))
    assert "Sourcefile:lab<export>.csv" in text
    for i in range(8):
        assert f"P-{i:04d}" in text
    assert "reportfailed" in text and "rejectedatimport" in text and "n.b." in text
    assert "Cohortphenotypemap" in text and "Rowsinthefile9" in text


def test_existing_outputs_stop_the_batch_before_anything_is_written(tmp_path: Path) -> None:
    (tmp_path / INDEX_NAME).write_text("old index")
    with pytest.raises(OutputExistsError):
        _run(_jobs(3), tmp_path, workers=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == [INDEX_NAME]
    assert (tmp_path / INDEX_NAME).read_text() == "old index"
    result = _run(_jobs(3), tmp_path, workers=1, overwrite=True)
    assert result.count(Outcome.WRITTEN) == 3


def test_cancel_stops_between_reports_and_lists_what_was_not_done(tmp_path: Path) -> None:
    done: list[int] = []
    result = _run(_jobs(10), tmp_path, workers=1, progress=lambda d, t: done.append(d),
                  should_cancel=lambda: len(done) >= 4)
    assert result.cancelled and not result.complete
    assert result.count(Outcome.WRITTEN) == 4 and result.count(Outcome.CANCELLED) == 6
    outcomes = {r["outcome"] for r in _index(tmp_path)}
    assert outcomes == {"written", "cancelled", "rejected"}
    assert len(list(tmp_path.glob("0*.pdf"))) == 4
    assert not (tmp_path / COMBINED_NAME).exists()  # only a complete batch is combined
    assert result.combined_path is None and (tmp_path / SUMMARY_NAME).exists()


def test_cancel_with_a_pool(tmp_path: Path) -> None:
    calls: list[int] = []
    result = _run(_jobs(40), tmp_path, workers=2, start_method=FORK,
                  progress=lambda d, t: calls.append(d), should_cancel=lambda: bool(calls))
    assert result.cancelled
    written = result.count(Outcome.WRITTEN)
    assert 0 < written < 40 and written + result.count(Outcome.CANCELLED) == 40
    assert len(list(tmp_path.glob("0*.pdf"))) == written


def dying_renderer(settings: object, jobs: Sequence[ReportJob]) -> list[RowOutcome]:
    """Kills its worker process on one row, as a crash in a C library would."""
    if any(j.patient_id == "P-0005" for j in jobs):
        os._exit(1)
    return render_rows(settings, jobs)  # type: ignore[arg-type]


@pytest.mark.skipif(sys.platform == "win32", reason="fork start method")
def test_a_dying_worker_fails_only_its_row(tmp_path: Path) -> None:
    result = _run(_jobs(12), tmp_path, workers=2, start_method="fork",
                  renderer=dying_renderer)
    failed = [o for o in result.outcomes if o.outcome is Outcome.FAILED]
    assert [o.patient_id for o in failed] == ["P-0005"]
    assert "worker process stopped" in failed[0].reason
    assert result.count(Outcome.WRITTEN) == 11


def test_spawned_workers_render_too(tmp_path: Path) -> None:
    """The GUI's start method: workers import everything afresh (also in a frozen app)."""
    result = _run(_jobs(6), tmp_path, workers=2, start_method="spawn")
    assert result.count(Outcome.WRITTEN) == 6


def test_hostile_identifiers_make_safe_file_names_inside_the_folder(tmp_path: Path) -> None:
    jobs = [replace(j, patient_id=pid) for j, pid in zip(_jobs(4), (
        "../../etc/passwd", "CON", "a\\b:c", "x" * 5000), strict=True)]
    result = _run(jobs, tmp_path, workers=1, rejected=[])
    assert result.count(Outcome.WRITTEN) == 4
    assert {p.parent for p in tmp_path.rglob("*.pdf")} == {tmp_path}
    assert all(len(o.file) <= 60 for o in result.outcomes)


def test_generated_at_needs_a_time_zone(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        run_report_batch(_jobs(1), [], tmp_path, generated_at=NOW.replace(tzinfo=None),
                         options=make_options(), source_name="x.csv")


# -- one job to print: the combined file and a summary that puts action first -----------------

def _outline(path: Path) -> list[tuple[str, int]]:
    reader = PdfReader(path)
    return [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]


def _near_job(row: int) -> ReportJob:
    from .test_patient_report import NEAR

    return ReportJob(row, f"N-{row}", assess(NEAR))


def test_combined_file_has_the_summary_then_every_report_in_summary_order(
        tmp_path: Path) -> None:
    jobs = [*_jobs(8, poisoned=(5,)), _near_job(50)]
    result = _run(jobs, tmp_path, workers=1)
    assert result.combined_path == tmp_path / COMBINED_NAME
    reader = PdfReader(result.combined_path)
    summary_pages = len(PdfReader(tmp_path / SUMMARY_NAME).pages)
    written = [o for o in result.outcomes if o.outcome is Outcome.WRITTEN]
    assert len(reader.pages) == summary_pages + len(written)  # one page per patient
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    outline = _outline(result.combined_path)
    assert outline[0] == ("Summary", 0)
    assert [page for _, page in outline[1:]] == list(range(summary_pages,
                                                           summary_pages + len(written)))
    titles = [t for t, _ in outline[1:]]
    # needing action first: cannot classify (rows 2, 6), near threshold (3, 50), then the rest;
    # row 7 failed (no page, listed first in the summary)
    assert titles[:4] == ["Row 2: P-0000 — Cannot classify", "Row 6: P-0004 — Cannot classify",
                          "Row 3: P-0001 — Immunoparalysis — near threshold",
                          "Row 50: N-50 — Unclassified — near threshold"]
    assert [t.split(":")[0] for t in titles[4:]] == ["Row 4", "Row 5", "Row 8", "Row 9"]
    assert {int(t.split(":")[0].removeprefix("Row ")) for t in titles} == {
        o.row for o in written}
    for title, page in outline[1:]:
        patient = title.split(": ")[1].split(" — ")[0]
        assert f"Patient identifier (as entered): {patient}" in reader.pages[page].extract_text()
    meta = reader.metadata
    assert meta is not None and meta.title == "ImmunoSep reports: lab <export>.csv"


def test_summary_lists_reason_in_words_flag_and_sample_times_action_first(
        tmp_path: Path) -> None:
    from desktop_app.i18n import translator

    jobs = [*_jobs(4), _near_job(50)]
    result = _run(jobs, tmp_path, workers=1)
    text = body_text((tmp_path / SUMMARY_NAME).read_bytes())
    flat = squeeze(text)
    cannot = next(j for j in jobs if j.assessment.phenotype is None)
    for reason in cannot.assessment.reasons:
        assert squeeze(translator("en").finding(reason)) in flat
        assert reason.code not in text
    assert "nearthreshold" in flat
    assert "ferritin2026-11-2408:30+01:00;HLA-DR2026-11-2408:35+01:00" in flat  # MALS case
    # order: rejected (900), cannot classify (row 2), near threshold (3, 50), then rows 4, 5
    order = [flat.index(k) for k in ("=cmd|'/C", "P-0000", "P-0001", "N-50", "P-0002",
                                     "P-0003")]
    assert order == sorted(order)
    assert result.count(Outcome.WRITTEN) == 5


def test_index_has_flags_times_and_codes(tmp_path: Path) -> None:
    _run([*_jobs(4), _near_job(50)], tmp_path, workers=1)
    rows = {r["row"]: r for r in _index(tmp_path)}
    assert rows["50"]["near_threshold"] == "yes" and rows["2"]["near_threshold"] == ""
    assert rows["3"]["near_threshold"] == "yes"  # immunoparalysis: ferritin near 4420
    assert rows["4"]["ferritin_sampled_at"] == "2026-11-24T08:30:00+01:00"  # MALS case
    assert rows["4"]["hla_dr_sampled_at"] == "2026-11-24T08:35:00+01:00"
    assert rows["2"]["reason_codes"] == ";".join(assess("cannot_classify").reason_codes())


def test_identity_reaches_the_patient_report(tmp_path: Path) -> None:
    from desktop_app.report.options import PatientIdentity

    job = replace(_jobs(1)[0], identity=PatientIdentity("Zoë Doe", "1950-02-03", "MRN-9"))
    result = _run([job], tmp_path, workers=1, rejected=[])
    text = PdfReader(tmp_path / result.outcomes[0].file).pages[0].extract_text()
    assert "Zoë Doe" in text and "1950-02-03" in text and "MRN-9" in text


@pytest.mark.slow
def test_a_thousand_rows_make_one_combined_file_with_a_bookmark_each(tmp_path: Path) -> None:
    """G11 too: 1,000 rows with 5 % poisoned -> 950 reports, 50 listed failures, one file."""
    poisoned = tuple(range(0, 1000, 20))
    jobs = _jobs(1000, poisoned=poisoned)
    result = _run(jobs, tmp_path, workers=2, start_method=FORK, rejected=[])
    assert result.count(Outcome.WRITTEN) == 950 and result.count(Outcome.FAILED) == 50
    assert not result.cancelled and result.errors == ()
    assert [r["outcome"] for r in _index(tmp_path)].count("failed") == 50
    outline = _outline(tmp_path / COMBINED_NAME)
    assert len(outline) == 1 + 950 and outline[0] == ("Summary", 0)
    summary_pages = len(PdfReader(tmp_path / SUMMARY_NAME).pages)
    assert [p for _, p in outline[1:]] == list(range(summary_pages, summary_pages + 950))
    rows = sorted(int(t.split(":")[0].removeprefix("Row ")) for t, _ in outline[1:])
    assert rows == sorted(j.row for i, j in enumerate(jobs) if i not in poisoned)
    assert len(PdfReader(tmp_path / COMBINED_NAME).pages) == summary_pages + 950


def _unreadable_renderer(settings: object, jobs: Sequence[ReportJob]) -> list[RowOutcome]:
    """Writes what is not a PDF, as a disk error between writing and combining would leave."""
    out = []
    for job in jobs:
        (Path(settings.out_dir) / job.file_name).write_bytes(b"not a pdf")  # type: ignore[attr-defined]
        out.append(RowOutcome.for_job(job, Outcome.WRITTEN, job.file_name, ""))
    return out


def test_a_failed_combined_file_is_reported_and_the_index_still_written(tmp_path: Path) -> None:
    result = _run(_jobs(3), tmp_path, workers=1, renderer=_unreadable_renderer)
    assert result.combined_path is None and not result.complete
    assert [str(e) for e in result.errors] == [f"{COMBINED_NAME} not written: PdfStreamError"]
    from desktop_app.i18n import pseudo, pseudo_translator

    assert result.errors[0].localized(pseudo_translator()) == pseudo(
        "{file} not written: {kind}").format(file=COMBINED_NAME, kind="PdfStreamError")
    assert not (tmp_path / COMBINED_NAME).exists()
    assert [r["outcome"] for r in _index(tmp_path)] == ["written"] * 3 + ["rejected"]
