"""Every message a command prints for a refused input (``assess`` and ``batch`` in full): one
line, a whole sentence (it ends with a full stop), naming the option or the file it is about
(issue 19)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from desktop_app.cli import main

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
LABS = str(DATA / "units_in_header.csv")


def _error(*args: str) -> str:
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's own refusals
            code = int(exc.code or 0)
    assert code == 2, err.getvalue()
    assert out.getvalue() == ""
    lines = [line for line in err.getvalue().splitlines()
             if line.startswith("immunosep") and "error:" in line]
    assert len(lines) == 1, err.getvalue()
    return lines[0].split("error: ", 1)[1]


ASSESS = [
    (["--ferritin", "-5"], "--ferritin", "cannot be negative"),
    (["--ferritin", "4,420"], "--ferritin", "thousands-grouped"),
    (["--ferritin", "nan"], "--ferritin", "NaN"),
    (["--ferritin", "1e4"], "--ferritin", "exponent"),
    (["--ferritin", "12 mg"], "--ferritin", "letters"),
    (["--ferritin", "٤٤٢٠"], "--ferritin", "U+0664"),
    (["--ferritin", ">"], "--ferritin", "comparator but no number"),
    (["--ferritin", "5000", "--ferritin-unit", "mg/L"], "--ferritin-unit", "mg/L"),
    (["--ferritin", "5000", "--ferritin-unit", " "], "--ferritin-unit", "No unit"),
    (["--ferritin", "100", "--hla-dr", "1e3"], "--hla-dr", "exponent"),
    (["--ferritin", "100", "--hla-dr", "10", "--hla-dr-unit", "cells"], "--hla-dr-unit",
     "not an HLA-DR unit"),
    (["--ferritin", "100", "--age", "abc"], "--age", "age as a number of years"),
    (["--ferritin", "100", "--age", "-1"], "--age", "an age cannot be negative"),
    (["--ferritin", "100", "--age", "<0"], "--age", "below 0 years"),
    (["--ferritin", "100", "--age", "200"], "--age", "not a plausible age"),
    (["--ferritin", "100", "--age", ">130"], "--age", "not a plausible age"),
    (["--ferritin", "100", "--ferritin-sampled", "24/11/2026 08:00"], "--ferritin-sampled",
     "ISO 8601"),
    (["--ferritin", "100", "--ferritin-sampled", "2026-11-24"], "--ferritin-sampled",
     "no time of day"),
    (["--ferritin", "100", "--ferritin-sampled", "9999-12-31T23:59"], "--ferritin-sampled",
     "1900 to 2999"),
    (["--ferritin", "100", "--hla-dr", "3000", "--hla-dr-sampled", "0001-01-01T00:00"],
     "--hla-dr-sampled", "1900 to 2999"),
    (["--ferritin", "100", "--hla-dr", "3000", "--hla-dr-processed",
      "2026-01-01T00:00+23:59"], "--hla-dr-processed", "+23:59"),
    (["--ferritin", "100", "--ferritin-sampled", "2026-01-01T00:00-15:00"],
     "--ferritin-sampled", "-15:00"),
    (["--ferritin", "100", "--save"], "--save", "--patient-id"),
    (["--ferritin", "100", "--patient-id", "ab\u200dc"], "--patient-id", "U+200D"),
    (["--ferritin", "100", "--patient-id", "ABC\u202eFDP.exe"], "--patient-id", "U+202E"),
    (["--ferritin", "100", "--patient-id", "A\tB"], "--patient-id", "U+0009"),
]


@pytest.mark.parametrize(("args", "option", "fragment"), ASSESS)
def test_assess_messages_are_whole_sentences_naming_the_option(
        args: list[str], option: str, fragment: str) -> None:
    message = _error("assess", *args)
    assert message.startswith(option), message
    assert message.endswith("."), message
    assert fragment in message
    assert "concentration cannot be\n" not in message


BATCH = [
    (["missing.csv"], "missing.csv", "not found"),
    ([LABS, "--column", "bogus=x"], "--column", "is not a field"),
    ([LABS, "--column", "ferritin"], "--column", "FIELD=HEADER"),
    ([LABS, "--column", "ferritin=F", "--column", "ferritin=G"], "--column", "twice"),
    ([LABS, "--delimiter", "ab"], "--delimiter", "one character"),
    ([LABS, "--encoding", "klingon"], "--encoding", "not an encoding"),
    ([LABS, "--time-format", "%d.%m.%Y"], "--time-format", "time of day"),
    ([LABS, "--max-rows", "0"], "--max-rows", "greater than 0"),
    ([LABS, "--max-rows", "many"], "--max-rows", "whole number"),
    ([LABS, "--max-size-mb", "-1"], "--max-size-mb", "greater than 0"),
    ([LABS, "--max-interval-hours", "nan"], "--max-interval-hours", "greater than 0"),
    ([LABS, "--out", "results.txt"], "--out", ".csv or .xlsx"),
    ([LABS, "--rejected-out", "r.json"], "--rejected-out", ".csv or .xlsx"),
    ([LABS, "--sentences"], "--sentences", "needs --out"),
    ([LABS, "--out", LABS, "--force"], "--out", "must not be the input file"),
]


@pytest.mark.parametrize(("args", "subject", "fragment"), BATCH)
def test_batch_messages_are_whole_sentences_naming_the_option(
        args: list[str], subject: str, fragment: str) -> None:
    message = _error("batch", *args)
    assert subject in message, message
    assert message.endswith("."), message
    assert fragment in message


def test_file_errors_are_whole_sentences_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "mixed.csv"
    bad.write_bytes("MRN,Ferritin (ng/mL)\nMüller-1,100\n".encode()
                    + "Müller-2,200\n".encode("cp1252"))
    message = _error("batch", str(bad))
    assert message.startswith("mixed.csv") and message.endswith("."), message
    assert "mixes encodings" in message


OTHER = [  # every other command's refusals, argparse's own included
    (["sofa", "--gcs", "16"], "--gcs", "Glasgow Coma Scale"),
    (["hscore", "--temperature", "101"], "--temperature", "°C"),
    (["report", "--patient-id", "BED-1"], "--out", "required"),
    (["report-batch", "missing.csv", "--out-dir", "out"], "missing.csv", "not found"),
    (["history", "--patient-id", "a\u200db"], "--patient-id", "U+200D"),
    (["export-fhir", "--out", "x.json"], "--patient-id", "required"),
]


@pytest.mark.parametrize(("args", "subject", "fragment"), OTHER)
def test_every_command_refuses_in_whole_sentences_naming_the_option(
        args: list[str], subject: str, fragment: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # nothing a refusal might write lands in the tree
    message = _error(*args)
    assert subject in message and fragment in message and message.endswith("."), message
