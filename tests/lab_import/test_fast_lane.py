"""The fast lane of ``batch --out``: byte-identical to the reference path on the golden files
and on hand-made edge cases, and it decides only what it fully understands."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.lab_import import ImportOptions
from desktop_app.lab_import.fast import Renderer
from desktop_app.services.cohort_export import export_results_fast

from .fast_lane_support import NOW, compare_lanes, lanes

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
GOLDEN = sorted(DATA.glob("*.csv"))
HEADER = "patient_id,sample_time,ferritin_ng_ml,hla_dr_ab_per_cell\n"


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.name)
def test_golden_files_identical(path: Path, tmp_path: Path) -> None:
    compare_lanes(path, tmp_path)


@pytest.mark.parametrize(("name", "options"), [
    ("de_lis_export.csv", ImportOptions(decimal_comma=True, time_format="%d.%m.%Y %H:%M")),
    ("de_lis_export.csv", ImportOptions(decimal_comma=False)),
    ("units_in_column.csv", ImportOptions(ferritin_unit="ng/mL")),
    ("units_in_header.csv", ImportOptions(hla_dr_unit="%")),
    ("no_unit.csv", ImportOptions(ferritin_unit="µg/L", hla_dr_unit="AB/C")),
    ("ambiguous_dates.csv", ImportOptions(time_format="%d/%m/%Y %H:%M")),
    ("month_first_dates.csv", ImportOptions(columns=(("sampled_at", ""),))),
])
def test_golden_files_with_options_identical(name: str, options: ImportOptions,
                                             tmp_path: Path) -> None:
    compare_lanes(DATA / name, tmp_path, options)


def test_which_golden_files_take_the_fast_lane() -> None:
    # Quoted cells (en_lis_export) and long layout stay entirely on the reference path.
    assert lanes(DATA / "en_lis_export.csv") is None
    assert lanes(DATA / "long_loinc.csv") is None
    german = lanes(DATA / "de_lis_export.csv")  # dd.mm.yyyy times: every row to the reference
    assert german is not None and (german.fast, german.blank) == (0, 1)
    header = lanes(DATA / "units_in_header.csv")  # 4420, 5000 and <5 are the core's
    assert header is not None and (header.fast, header.reference) == (1, 3)


def _file(tmp_path: Path, body: str, header: str = HEADER, name: str = "labs.csv",
          encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes((header + body).encode(encoding))
    return path


def test_exactly_at_and_just_above_the_thresholds(tmp_path: Path) -> None:
    body = ("P1,2025-03-01T08:00:00,4420.0000000000001,6000\n"  # MALS, decided here
            "P2,2025-03-01T08:00:00,4420,6000\n"  # = threshold: the core decides
            "P3,2025-03-01T08:00:00,4419.99999999999999999,4999.99999999999999999\n"
            "P4,2025-03-01T08:00:00,1000,5000.00000000000000001\n"
            "P5,2025-03-01T08:00:00,3978,4250\n"  # band ends: the core
            "P6,2025-03-01T08:00:00,4862.0001,5750.0001\n"
            "P7,2025-03-01T08:00:00,0,0\n"
            "P8,2025-03-01T08:00:00,999999999.99999999999999999999,100\n"
            "P9,2025-03-01T08:00:00,0004420.5000,099.9\n")
    path = _file(tmp_path, body)
    split = compare_lanes(path, tmp_path)
    assert split is not None and (split.fast, split.reference) == (6, 3)
    out = (tmp_path / "fast.csv").read_text(encoding="utf-8-sig").splitlines()
    assert out[1].startswith("2,2,P1,classified,mals,anakinra,4420.0000000000001,")
    assert ",4420.5000,4420.5000," in out[9] and ",99.9," in out[9]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_encodings_line_ends_delimiters(encoding: str, newline: str, delimiter: str,
                                        tmp_path: Path) -> None:
    rows = [["Patient-ID", "Entnahmezeit", "Ferritin (µg/l)", "HLA-DR [AB/C]", "Alter"],
            ["=A1", "2025-03-01T08:00", "5000", "3000", "60"],
            ["Müller,1" if delimiter != "," else "Müller 1", "2025-03-01T09:00", "100,5"
             if delimiter != "," else "100.5", "4000", ""],
            ["B2", "", "0100", "", "18.5"],
            ["", "", "", "", ""],
            ["B3", "2025-03-01T10:00", "", "7000", "17"]]
    text = newline.join(delimiter.join(r) for r in rows) + newline
    path = tmp_path / "labs.csv"
    path.write_bytes(text.encode(encoding))
    split = compare_lanes(path, tmp_path)
    assert split is not None and split.blank == 1 and split.fast >= 2


def test_blank_ragged_and_missing_lines(tmp_path: Path) -> None:
    body = ("P1,2025-03-01T08:00:00,100,3000\n\n"
            " , ,,\n"
            "P2,2025-03-01T09:00:00,100\n"
            "P3,2025-03-01T10:00:00,100,3000,extra\n"
            "P4,2025-03-01T11:00:00,100,3000,\n"
            "P5,2025-03-01T12:00:00,100,3000")
    split = compare_lanes(_file(tmp_path, body), tmp_path)
    assert split is not None and (split.fast, split.blank) == (2, 2)


def test_duplicates_conflicts_and_two_dates_of_birth(tmp_path: Path) -> None:
    header = "MRN,DOB,Sample time,Ferritin [ng/mL],HLA-DR [AB/C]\n"
    body = ("A,1960-01-01,2025-03-01T08:00,100,3000\n"
            "A,1960-01-01,2025-03-01T08:00,100.0,3000\n"  # duplicate of row 2
            "B,1970-01-01,2025-03-01T08:00,100,3000\n"
            "B,1970-01-01,2025-03-01T08:00,200,3000\n"  # conflicting
            "C,1980-01-01,2025-03-01T08:00,100,3000\n"
            "C,1981-01-01,2025-03-02T08:00,100,3000\n"  # two dates of birth
            "D,1990-01-01,2025-03-01T08:00:00,100,3000\n"
            "D ,1990-01-01,2025-03-01T08:00,100,3000\n"  # same key once stripped
            "E,,2025-03-01T08:00,100,3000\n"
            "F, 1960-01-01 ,2025-03-01T08:00,100,3000\n")
    split = compare_lanes(_file(tmp_path, body, header), tmp_path)
    assert split is not None and split.fast == 2


def test_times_the_fast_lane_leaves_alone(tmp_path: Path) -> None:
    body = ("P1,2025-03-01T08:00:00+01:00,100,3000\n"
            "P2,2025-03-01 08:00,100,3000\n"
            "P3,2099-01-01T00:00,100,3000\n"  # future
            "P4,2025-02-29T08:00,100,3000\n"
            "P5,2024-02-29T24:00,100,3000\n"
            "P6,2024-02-29T23:59:60,100,3000\n"
            "P7,0000-01-01T00:00,100,3000\n"
            "P8,2025-03-01,100,3000\n"
            "P9,2024-02-29T23:59:59,100,3000\n")
    split = compare_lanes(_file(tmp_path, body), tmp_path)
    assert split is not None and split.fast == 1


def test_daylight_saving_days_go_to_the_reference(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    body = ("P1,2025-03-30T01:30,100,3000\n"  # the day of the change: the reference
            "P2,2025-03-29T12:00,100,3000\n"
            "P3,2025-07-01T12:00,100,3000\n"
            "P4,2025-10-26T02:30,100,3000\n")  # repeated hour: rejected by the reference
    options = ImportOptions(local_zone=ZoneInfo("Europe/Berlin"))
    split = compare_lanes(_file(tmp_path, body), tmp_path, options)
    assert split is not None and (split.fast, split.reference) == (2, 2)
    out = (tmp_path / "fast.csv").read_text(encoding="utf-8-sig")
    assert "2025-03-29T12:00:00+01:00" in out and "2025-07-01T12:00:00+02:00" in out


def test_unit_columns_and_units_it_leaves_alone(tmp_path: Path) -> None:
    header = "Patient-ID,Ferritin,Ferritin unit,HLA-DR,HLA-DR unit\n"
    body = ("A,5000,ug/L,3000,AB/C\n"
            "B,5000,ng/ml,3000,molecules/cell\n"
            "C,9932,pmol/L,3000,AB/C\n"
            "D,442.1,µg/dL,3000,AB/C\n"
            "E,100,ng/mL,45,%\n"
            "F,100,,3000,AB/C\n"
            "G,100,mmol/L,3000,AB/C\n"
            "H,,mmol/L,3000, AB/C \n")
    split = compare_lanes(_file(tmp_path, body, header), tmp_path)
    assert split is not None and split.fast == 3


def test_files_left_entirely_to_the_reference(tmp_path: Path) -> None:
    quoted = _file(tmp_path, 'P1,2025-03-01T08:00,"100",3000\n', name="quoted.csv")
    leading_blank = _file(tmp_path, "P1,2025-03-01T08:00,100,3000\n", "\n" + HEADER,
                          name="blank.csv")
    lone_cr = _file(tmp_path, "P1,2025-03-01T08:00,100,3000\rP2,x,1,2\n", name="cr.csv")
    for path in (quoted, leading_blank, lone_cr):
        assert lanes(path) is None
        compare_lanes(path, tmp_path)
    assert lanes(tmp_path / "missing.csv") is None


def test_the_command_line_uses_it_and_agrees(tmp_path: Path) -> None:
    path = _file(tmp_path, "".join(f"P{i},2025-03-01T08:{i % 60:02d},{i * 37 % 9000},"
                                   f"{i * 53 % 9000}\n" for i in range(300)))
    outputs = []
    for extra in ([], ["--reference-path"]):
        out, rej = tmp_path / f"out{len(extra)}.csv", tmp_path / f"rej{len(extra)}.csv"
        text = io.StringIO()
        with redirect_stdout(text):
            assert main(["batch", str(path), "--out", str(out), "--rejected-out", str(rej),
                         *extra]) == 0
        outputs.append((out.read_bytes(), rej.read_bytes(),
                        text.getvalue().replace(str(out), "").replace(str(rej), "")))
    assert outputs[0] == outputs[1]


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_json_counts_are_the_fast_lanes_counts(tmp_path: Path) -> None:
    from desktop_app.services.cohort_export import export_results_fast, summary_to_dict

    path = _file(tmp_path, "P1,2025-03-01T08:00:00,5000,3000\nP2,2025-03-01T09:00,100,3000\n"
                           "P2,2025-03-01T09:00,100,3000\nP3,,<5,\n\nP4,2025-03-01T08:00,1,\n")
    code, text, _ = _run("batch", str(path), "--json")
    assert code == 0
    data = json.loads(text)
    fast = summary_to_dict(export_results_fast(path, None, tmp_path / "out.csv"))  # type: ignore[arg-type]
    keys = ("rows_read", "classified", "cannot_classify", "rejected", "assessments",
            "blank_rows", "phenotype_counts", "settings")
    assert {k: data[k] for k in keys} == {k: fast[k] for k in keys}


def test_write_errors_are_the_reference_errors(tmp_path: Path) -> None:
    path = _file(tmp_path, "P1,2025-03-01T08:00:00,5000,3000\n")
    target = tmp_path / "folder.csv"
    target.mkdir()
    fast = _run("batch", str(path), "--out", str(target), "--force")
    reference = _run("batch", str(path), "--out", str(target), "--force", "--reference-path")
    assert fast == reference and fast[0] == 2
    assert target.is_dir() and not list(target.iterdir())


def test_a_failed_commit_raises_and_leaves_no_file(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # The commit (fsync, link) runs beside the freeing of the cells: its error must still
    # reach the caller, with the temporary file gone and the other file left as it was.
    path = _file(tmp_path, "P1,2025-03-01T08:00:00,5000,3000\n")
    out = tmp_path / "results.csv"
    write = Renderer.write

    def write_then_race(self: Renderer, *args: object) -> None:
        write(self, *args)  # type: ignore[arg-type]
        out.write_text("written by someone else meanwhile")

    monkeypatch.setattr(Renderer, "write", write_then_race)
    with pytest.raises(FileExistsError):
        export_results_fast(path, None, out, now=NOW)
    assert out.read_text() == "written by someone else meanwhile"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labs.csv", "results.csv"]


def test_spreadsheets_and_xlsx_results_take_the_reference_path(tmp_path: Path) -> None:
    import openpyxl

    from desktop_app.services.cohort_export import export_results_fast

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["patient_id", "sample_time", "ferritin_ng_ml", "hla_dr_ab_per_cell"])
    sheet.append(["P1", "2025-03-01T08:00:00", 5000, 3000])
    book.save(tmp_path / "labs.xlsx")
    assert lanes(tmp_path / "labs.xlsx") is None
    csv_file = _file(tmp_path, "P1,2025-03-01T08:00:00,5000,3000\n")
    assert export_results_fast(csv_file, None, tmp_path / "out.xlsx") is None
    assert not (tmp_path / "out.xlsx").exists()
    code, _, _ = _run("batch", str(csv_file), "--out", str(tmp_path / "out.xlsx"))
    assert code == 0 and (tmp_path / "out.xlsx").exists()


@pytest.mark.parametrize("body", ["", "\n", "\n\n", " , , , \n", "P1,2025-03-01T08:00,1,2"])
def test_tiny_files(body: str, tmp_path: Path) -> None:
    compare_lanes(_file(tmp_path, body), tmp_path)


def test_extreme_years_end_as_in_the_reference(tmp_path: Path) -> None:
    # Here the reference path itself may stop ("year 0 is out of range", depending on the
    # local zone); whatever it does, the command with the fast lane does the same.
    path = _file(tmp_path, "P1,0001-01-01T00:00,100,3000\nP2,9999-12-31T23:59,100,3000\n")
    fast = _run("batch", str(path), "--out", str(tmp_path / "a.csv"))
    reference = _run("batch", str(path), "--out", str(tmp_path / "b.csv"), "--reference-path")
    assert fast == reference
