"""The command line's text output goes through the catalogue in every line; --json does not.

Each command runs in-process with ``--lang de`` wired to the pseudo-locale (``en-XA``:
accented, bracketed, padded with ``~``): a line printed without the translator keeps plain
ASCII words, and a line built from translated fragments still shows them between the brackets,
so every English word left in the output is one that did not go through ``translator(lang)``.
Values the user typed or the data holds (identifiers, file names, units, versions, the trial's
citation) are shown as they are and listed per test.  ``--json`` must be byte-identical with
and without ``--lang``: it keeps codes and the English ``message``.
"""

from __future__ import annotations

import csv
import getpass
import re
import shutil
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app import i18n
from desktop_app.cli import main

from .test_scores_cli import FULL_HSCORE, FULL_SOFA

HL7 = Path(__file__).resolve().parents[1] / "data" / "hl7"
LAB = Path(__file__).resolve().parents[1] / "data" / "import"
WORD = re.compile(r"[A-Za-z]{2,}")
OPTION = re.compile(r"--[a-z][a-z0-9-]*")  # command-line options stay literal in every language
VALUES = ("--ferritin", "3000", "--hla-dr", "3200", "--age", "60")
# Words that are data, never wording: units, identifiers, file names, versions.
DATA_WORDS = {"ng", "mL", "AB", "BED", "hl", "lab", "junk", "txt", "json", "pdf", "csv"}


@pytest.fixture
def pseudo_de(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--lang de`` gives the pseudo-locale (the real German catalogue has entries still
    unfinished after a change; the pseudo-locale words every text the sources mark)."""
    real = i18n.translator

    def translator(lang: str | None = None) -> i18n.Translator:
        return i18n.pseudo_translator() if lang == "de" else real(lang)

    monkeypatch.setattr(i18n, "translator", translator)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No site defaults (a report's language is --lang), the inbox's HLA-DR code, a fresh
    record database."""
    config = tmp_path / "site.toml"
    config.write_text('[inbox]\nhla_dr_codes = ["MHLADR"]\n', encoding="utf-8")
    monkeypatch.setenv("IMMUNOSEP_SITE_CONFIG", str(config))
    data = tmp_path / "data"
    monkeypatch.setenv("IMMUNOSEP_DATA_DIR", str(data))
    return data


Run = Callable[..., str]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run a command in-process; its stdout (stderr when asked), failing on exit status."""
    def run(*args: str, expect: int = 0, stderr: bool = False) -> str:
        code = main(list(args))
        out = capsys.readouterr()
        assert code == expect, out.err
        return out.err if stderr else out.out
    return run


def english_left(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """The lines of ``text`` that show words no translator wrote, or that were not translated
    at all (every pseudo text ends in ``~…]``)."""
    known = DATA_WORDS | set(allowed) | words_of(getpass.getuser())  # "saved by <user>"
    return [line for line in text.splitlines() if line.strip() and (
        "~" not in line or set(WORD.findall(OPTION.sub("", line))) - known)]


def words_of(*texts: str) -> set[str]:
    return {w for t in texts for w in WORD.findall(t)}


# -- text output: every line through the catalogue ---------------------------------------------
@pytest.mark.usefixtures("pseudo_de", "site")
def test_score_commands_word_every_line(run: Run) -> None:
    day1 = (date.today() - timedelta(days=3)).isoformat()
    run("assess", *VALUES, "--patient-id", "BED-7", "--save")
    outputs = [
        run("sofa", *FULL_SOFA, "--lang", "de"),
        run("sofa", "--total", "11", "--components", "5", "--patient-id", "BED-7", "--day", "1",
            "--date", day1, "--save", "--lang", "de"),
        run("sofa", "--platelets", "120", "--patient-id", "BED-7", "--day", "2", "--save",
            "--lang", "de"),
        run("hscore", *FULL_HSCORE, "--patient-id", "BED-7", "--save", "--lang", "de"),
        run("eligibility", "--answer", "sepsis_3=yes", "--anc", "1200", "--patient-id", "BED-7",
            "--save", "--lang", "de"),
        run("response", "--patient-id", "BED-7", "--lang", "de"),
        run("death", "--patient-id", "BED-7", "--date", date.today().isoformat(), "--lang",
            "de"),
        run("response", "--patient-id", "BED-7", "--lang", "de"),
        run("score-records", "--patient-id", "BED-7", "--lang", "de"),
        run("history", "--patient-id", "BED-7", "--lang", "de"),
    ]
    from desktop_app.core.eligibility import ELIGIBILITY_VERSION
    from desktop_app.core.hscore import HSCORE_VERSION
    from desktop_app.core.rules import IMMUNOSEP_RULESET
    from desktop_app.core.sofa_table import SOFA_VERSION

    versions = words_of(SOFA_VERSION, HSCORE_VERSION, ELIGIBILITY_VERSION,
                        IMMUNOSEP_RULESET.version)
    for out in outputs:
        assert english_left(out, versions) == [], out


@pytest.mark.usefixtures("pseudo_de", "site")
def test_response_without_day_one_and_an_empty_history_are_worded(run: Run) -> None:
    for out in (run("response", "--patient-id", "BED-9", "--lang", "de"),
                run("history", "--patient-id", "BED-9", "--lang", "de")):
        assert english_left(out, {"SOFA", "immunosep", "sofa", "ID", "patient", "id", "day",
                                  "save"}) == [], out


@pytest.mark.usefixtures("pseudo_de")
def test_evidence_words_every_line_and_writes_figures_with_the_languages_separator(
        run: Run) -> None:
    from desktop_app.services.evidence import load_evidence

    trial = load_evidence().trial
    out = run("evidence", "--lang", "de")
    data = words_of(trial["name"], trial["citation"], trial["doi"], trial["registry_id"],
                    load_evidence().version)
    assert english_left(out, data) == [], out
    assert "2,477 (1,421" in out and "2.477" not in out  # recomputed odds ratio, 3 places


@pytest.mark.usefixtures("pseudo_de", "site")
def test_inbox_run_words_files_reasons_and_totals(run: Run, tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    shutil.copy(HL7 / "oru_v251_two_patients.hl7", drop / "lab.hl7")
    (drop / "junk.txt").write_text("not a message\n", encoding="utf-8")
    (drop / "binary.hl7").write_bytes(b"MSH|^~\\&|LIS|GENHOSP\r\x00\x01")  # a reader's error
    out = run("inbox", "run", "--once", "--settle", "0", "--folder", str(drop), "--lang", "de")
    assert "lab.hl7" in out and "junk.txt" in out and "binary.hl7" in out
    assert english_left(out, {"MALS", "failed", "binary"}) == [], out
    # the reasons IT reads beside the files stay English
    assert (drop / "failed" / "junk.txt.reason.txt").read_text(encoding="utf-8").startswith(
        "The file is neither an HL7 v2 nor a FHIR JSON file")
    missing = run("inbox", "run", "--once", "--folder", str(tmp_path / "none"), "--lang", "de",
                  expect=2, stderr=True)
    assert english_left(missing.removeprefix("immunosep: error: "),
                        words_of(str(tmp_path / "none"))) == [], missing


@pytest.mark.usefixtures("pseudo_de", "site")
def test_export_and_report_status_lines_are_worded(run: Run, tmp_path: Path) -> None:
    run("assess", *VALUES, "--patient-id", "BED-7", "--save")
    out = run("export-fhir", "--patient-id", "BED-7", "--out", str(tmp_path / "b.json"),
              "--lang", "de")
    out += run("report", *VALUES, "--patient-id", "BED-7", "--out", str(tmp_path / "r.pdf"),
               "--lang", "de")
    assert english_left(out, words_of(str(tmp_path)) | {"FHIR", "R4"}) == [], out


@pytest.mark.usefixtures("pseudo_de", "site")
def test_report_batch_summary_is_worded(run: Run, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out = run("report-batch", str(LAB / "en_lis_export.csv"), "--out-dir", str(out_dir),
              "--workers", "1", "--lang", "de", expect=1)  # some rows are rejected at import
    with (out_dir / "index.csv").open(encoding="utf-8-sig", newline="") as f:
        # index.csv keeps the import's English reason; the summary words it (a template)
        reasons = [row["reason"] for row in csv.DictReader(f) if row["outcome"] == "rejected"]
    assert reasons and all(r not in out for r in reasons)
    files = words_of(*(p.name for p in out_dir.iterdir()), str(out_dir))
    # the cells the reasons quote, as written in the file
    assert english_left(out, files | words_of((LAB / "en_lis_export.csv").read_text())) == [], \
        out


def test_the_check_finds_a_line_printed_without_the_translator() -> None:
    tr = i18n.pseudo_translator()
    assert english_left(tr("Saved: death record {id} ({date}).", id=3, date=date(2026, 1, 2)))\
        == []
    assert english_left("Saved: death record 3.") == ["Saved: death record 3."]
    glued = tr("{a}: {b}", a=tr("Rows"), b="written")  # an English fragment inside
    assert english_left(glued) == [glued]


# -- --json: the same bytes whatever the language ----------------------------------------------
@pytest.mark.usefixtures("pseudo_de", "site")
@pytest.mark.parametrize("args", [
    ("sofa", *FULL_SOFA), ("hscore", *FULL_HSCORE), ("eligibility", "--age", "50"),
    ("evidence",), ("assess", *VALUES),
])
def test_json_is_the_same_with_and_without_lang(run: Run, args: tuple[str, ...]) -> None:
    plain = run(*args, "--json")
    assert run(*args, "--json", "--lang", "de") == plain


@pytest.mark.usefixtures("pseudo_de", "site")
def test_json_of_stored_records_is_the_same_with_and_without_lang(run: Run) -> None:
    day1 = (date.today() - timedelta(days=2)).isoformat()
    run("assess", *VALUES, "--patient-id", "BED-7", "--save")
    run("sofa", "--total", "9", "--patient-id", "BED-7", "--day", "1", "--date", day1, "--save")
    for args in (("history", "--patient-id", "BED-7"), ("response", "--patient-id", "BED-7"),
                 ("score-records", "--patient-id", "BED-7")):
        plain = run(*args, "--json")
        assert run(*args, "--json", "--lang", "de") == plain, args


@pytest.mark.usefixtures("pseudo_de")
def test_json_of_saving_and_inbox_commands_is_the_same_with_and_without_lang(
        run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands that store: the same steps on two fresh databases, with and without --lang."""
    config = tmp_path / "site.toml"
    config.write_text('[inbox]\nhla_dr_codes = ["MHLADR"]\n', encoding="utf-8")
    monkeypatch.setenv("IMMUNOSEP_SITE_CONFIG", str(config))
    drop = tmp_path / "drop"
    outputs = []
    for n, lang in enumerate(((), ("--lang", "de"))):
        monkeypatch.setenv("IMMUNOSEP_DATA_DIR", str(tmp_path / f"data{n}"))
        shutil.rmtree(drop, ignore_errors=True)
        drop.mkdir()
        shutil.copy(HL7 / "oru_v251_two_patients.hl7", drop / "lab.hl7")
        (drop / "junk.txt").write_text("not a message\n", encoding="utf-8")
        run("assess", *VALUES, "--patient-id", "BED-7", "--save")
        outputs.append([
            run("sofa", "--total", "9", "--patient-id", "BED-7", "--save", "--json", *lang),
            run("hscore", *FULL_HSCORE, "--patient-id", "BED-7", "--save", "--json", *lang),
            run("eligibility", "--patient-id", "BED-7", "--save", "--json", *lang),
            run("death", "--patient-id", "BED-7", "--date", date.today().isoformat(), "--json",
                *lang),
            run("inbox", "run", "--once", "--settle", "0", "--folder", str(drop), "--json",
                *lang)])
    assert outputs[0] == outputs[1]


# -- batch: the text output worded with --lang, unchanged without it --------------------------
BATCH_FILES = [LAB / "de_lis_export.csv", LAB / "ambiguous_dates.csv", LAB / "identity.csv",
               HL7 / "oru_v251_rejections.hl7", HL7 / "oru_v23_cancelled.hl7"]


def _cell_words(path: Path) -> set[str]:
    """Every word of the input file: values, headers, codes and segment names as written,
    which a reason quotes as they are."""
    return words_of(path.read_text(encoding="utf-8", errors="replace"))


@pytest.mark.usefixtures("pseudo_de", "site")
@pytest.mark.parametrize("path", BATCH_FILES, ids=lambda p: p.name)
def test_batch_words_every_line_with_lang(run: Run, path: Path) -> None:
    from desktop_app.core.rules import IMMUNOSEP_RULESET

    out = run("batch", str(path), "--lang", "de")
    data = _cell_words(path) | words_of(path.name, IMMUNOSEP_RULESET.version,
                                        IMMUNOSEP_RULESET.registry_id) | {"cp", "utf"}
    assert english_left(out, data) == [], out
    assert "[ferritin_" not in out and "REJECTED" not in out  # no codes, no shouting


@pytest.mark.usefixtures("site")
@pytest.mark.parametrize("path", BATCH_FILES, ids=lambda p: p.name)
def test_batch_json_is_the_same_with_and_without_lang(run: Run, path: Path) -> None:
    def json_of(*lang: str) -> str:  # the run's own clock masked: the rest byte for byte
        return re.sub(r'"assessed_at": "[^"]*"', '"assessed_at": "<now>"',
                      run("batch", str(path), "--json", *lang))

    plain = json_of()
    assert '"message": "' in plain
    assert json_of("--lang", "de") == plain


@pytest.mark.usefixtures("site")
def test_batch_text_without_lang_is_the_golden_text(run: Run) -> None:
    """Hospital scripts parse this output: without --lang it never changes, byte for byte
    (--lang en words it for a reader instead)."""
    from tests.golden_outputs import BATCH_CASES, EXPECTED, _cli, _fixed_world, _mask

    with _fixed_world():
        for name, (file, *options) in BATCH_CASES.items():
            code, text = _cli("batch", str(LAB / file), *options)
            golden = (EXPECTED / f"{name}.batch.txt").read_bytes()
            assert _mask(text) + f"\nexit {code}\n".encode() == golden, name
    english = run("batch", str(LAB / "ambiguous_dates.csv"), "--lang", "en")
    assert "Rejected" in english and "REJECTED" not in english and "[" not in english
