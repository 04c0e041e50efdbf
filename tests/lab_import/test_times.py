"""Sample times: ISO 8601, explicit or unambiguously detected formats; nothing guessed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop_app.lab_import import ImportOptions
from desktop_app.lab_import.times import DateOrder, TimeProblem, TimeReader, detect_order

BERLIN = ZoneInfo("Europe/Berlin")


def reader(fmt: str | None = None, order: DateOrder | None = None,
           zone=BERLIN) -> TimeReader:  # type: ignore[no-untyped-def]
    return TimeReader(explicit_format=fmt, order=order, ambiguous=order is None,
                      local_zone=zone)


def problem(cell: object, r: TimeReader | None = None) -> str:
    with pytest.raises(TimeProblem) as info:
        (r or reader()).read(cell)
    return info.value.code


def test_iso_with_and_without_offset() -> None:
    r = reader()
    assert r.read("2025-03-01T08:00:00+02:00") == datetime(2025, 3, 1, 6, 0, tzinfo=UTC)
    assert r.read("2025-03-01T08:00Z") == datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
    local = r.read("2025-03-01 08:00")
    assert local.utcoffset() == timedelta(hours=1)  # type: ignore[union-attr]
    assert r.read("2025-07-01T08:00").utcoffset() == timedelta(hours=2)  # type: ignore[union-attr]
    assert r.read("") is None and r.read("   ") is None and r.read(None) is None


@pytest.mark.parametrize(("cell", "code"), [
    ("2025-03-01", "date_without_time"),
    ("45731", "serial_number"),
    ("45731.5", "serial_number"),
    (45731.0, "serial_number"),
    (60, "serial_number"),
    (True, "serial_number"),
    (date(2025, 3, 1), "date_without_time"),
    (time(8, 30), "time_without_date"),
    (timedelta(hours=3), "time_without_date"),
    (datetime(1900, 2, 28), "excel_1900_artefact"),
    ("2025-13-01T08:00", "bad_time"),
    ("yesterday", "bad_time"),
    ("05.06.2025 10:00", "ambiguous_date"),
    ("2025-03-30T02:30", "dst_ambiguous"),  # skipped in Berlin (spring forward)
    ("2025-10-26T02:30", "dst_ambiguous"),  # happens twice in Berlin (fall back)
])
def test_refusals(cell: object, code: str) -> None:
    assert problem(cell) == code


def test_dst_boundaries_are_exact() -> None:
    r = reader()
    before = r.read("2025-03-30T01:59")
    after = r.read("2025-03-30T03:00")
    assert after - before == timedelta(minutes=1)  # type: ignore[operator]
    assert r.read("2025-10-26T03:00") - r.read("2025-10-26T01:59") == timedelta(hours=2, minutes=1)  # type: ignore[operator]


def test_excel_typed_datetime_is_taken_as_local_time() -> None:
    got = reader().read(datetime(2025, 3, 1, 8, 30))
    assert got == datetime(2025, 3, 1, 7, 30, tzinfo=UTC)


def test_explicit_format() -> None:
    r = reader("%d.%m.%Y %H:%M")
    assert r.read("05.06.2025 10:00").month == 6  # type: ignore[union-attr]
    assert problem("06/05/2025 10:00", r) == "bad_time"
    assert r.read("2025-06-05T10:00").day == 5  # type: ignore[union-attr]  # ISO still fine
    with pytest.raises(ValueError):
        reader("%d.%m.%Y")  # no time of day


@pytest.mark.parametrize(("cells", "order", "ambiguous"), [
    (["24.11.2025 08:00", "05.11.2025 09:00"], "DMY", False),
    (["11/24/2025 08:00", "11/05/2025 09:00"], "MDY", False),
    (["05.06.2025 08:00", "07.08.2025 09:00"], None, True),
    (["24.11.2025 08:00", "11/24/2025 08:00"], None, True),  # mixed separators
    (["24.13.2025 08:00", "13.24.2025 08:00"], None, True),  # no single order fits
    (["2025-11-24T08:00", ""], None, False),  # nothing to detect
])
def test_detect_order(cells: list[object], order: str | None, ambiguous: bool) -> None:
    got = detect_order(cells)
    assert (got.order.order if got.order else None, got.ambiguous) == (order, ambiguous)


def test_detected_order_reads_times_with_and_without_seconds() -> None:
    r = TimeReader(explicit_format=None, order=DateOrder("DMY", "."), ambiguous=False,
                   local_zone=UTC)
    assert r.read("24.11.2025 08:00:30") == datetime(2025, 11, 24, 8, 0, 30, tzinfo=UTC)
    assert r.read("05.11.2025 9:05") == datetime(2025, 11, 5, 9, 5, tzinfo=UTC)
    assert problem("05.11.2025", r) == "date_without_time"
    assert problem("05/11/2025 09:00", r) == "bad_time"  # other separator
    assert problem("31.02.2025 09:00", r) == "bad_time"


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Europe/Berlin"])
def test_implausibly_early_sample_time_rejects_the_row_not_the_file(
        tmp_path, zone: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # year 1 once aborted the whole batch ("year 0 is out of range") west of Greenwich
    import time as _time

    from desktop_app.cli import main

    monkeypatch.setenv("TZ", zone)
    _time.tzset()
    src = tmp_path / "labs.csv"
    src.write_text("patient_id,sample_time,ferritin (ng/mL),HLA-DR (AB/C),age\n"
                   "P1,0001-01-01T00:00,5000,3000,50\nP2,2026-01-01T00:00,100,3000,50\n",
                   encoding="utf-8")
    out = tmp_path / "out.csv"
    try:
        assert main(["batch", str(src), "--out", str(out)]) == 0
    finally:
        monkeypatch.undo()
        _time.tzset()
    text = out.read_text(encoding="utf-8-sig")
    assert "P2" in text


@pytest.mark.parametrize(("cell", "code"), [
    ("9999-12-31T23:59", "implausible_time"),
    ("0001-01-01T00:00", "implausible_time"),
    ("3000-01-01T00:00", "implausible_time"),
    ("1899-12-31T23:59", "implausible_time"),
    ("2025-01-01T00:00+23:59", "bad_offset"),
    ("2025-01-01T00:00-12:30", "bad_offset"),
    ("9999-12-31T23:59-05:00", "implausible_time"),
])
def test_both_ends_of_the_calendar_reject_their_row_only(write, cell: str, code: str) -> None:
    from desktop_app.services.cohort import run_cohort

    path = write("MRN,Sample time,Ferritin (ng/mL),HLA-DR [AB/C]\n"
                 f"A,{cell},100,3000\nB,2025-03-01T08:00,100,3000\n")
    result = run_cohort(path, ImportOptions(local_zone=ZoneInfo("America/New_York")))
    assert [r.patient_id for r in result.rows] == ["B"]
    assert [(r.row, r.reasons[0].code) for r in result.rejected_rows] == [(2, code)]
    assert cell[:10] in result.rejected_rows[0].reasons[0].message
