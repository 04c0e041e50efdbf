"""What a command writes on stderr, in the language of ``--lang`` (issue 18).

``tests/data/cli_stderr_en.json`` holds, for 89 refusals and notes across every command, the
arguments, the exit status and stderr exactly as the command line printed them before its
diagnostics could be translated: without ``--lang`` (and with ``--lang en``) every line must
stay byte for byte the same — hospital scripts parse them.  With ``--lang`` each line keeps
its prefix and exit status while the sentence after the prefix is the reader's: checked with
the pseudo-locale (``--lang de`` wired to it, as in ``test_text_languages``), where a word no
translator wrote stands out, and with the real German catalogue for the sentences it already
translates.  Arguments and expectations write the test's folder as ``{tmp}``.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import i18n
from desktop_app.cli import main
from desktop_app.cli.common import Diagnostics, OptionError
from desktop_app.core.findings import text_params
from desktop_app.core.values import InputError

from .test_text_languages import english_left, words_of

ROOT = Path(__file__).resolve().parents[2]
CASES: dict[str, dict] = json.loads(
    (ROOT / "tests" / "data" / "cli_stderr_en.json").read_text(encoding="utf-8"))
NO_LANG_OPTION = {"db", "audit"}  # hospital IT's tools: English only, no --lang
PREFIXES = ("immunosep: error: ", "immunosep: note: ")

# Sentences of other layers that have no template yet, shown in English inside a translated
# line (or as the whole line): the core's and the report layer's ValueError, the operating
# system's message.  Everything else on these lines must be translated, the store's errors
# included (``StoreError.localized``).
ENGLISH_INSIDE = {
    "report-cannot-write": "No such file or directory",
    "export-pdf": "No such file or directory",
    "export-cannot-write": "No such file or directory",
    "report-batch-out-dir": "File exists",
}
# Values a sentence lists as they are typed (codes, commands), beyond the case's arguments.
DATA_WORDS = {
    "batch-column": "ferritin='Ferritin (µg/l)'",
    "report-batch-column": "ferritin='Ferritin (µg/l)'",
    "batch-column-field": "patient_id, ferritin_unit, hla_dr, hla_dr_unit, sampled_at, age, "
                          "test, test_code, value, unit, patient_name, record_number, "
                          "date_of_birth",
    "eligibility-phenotype": "mals, immunoparalysis, unclassified, cannot-classify",
    "eligibility-key": "'immunosep eligibility --help'",
    "report-case-unknown": "'immunosep gui --demo'",
    "score-records-kind": "daily_sofa, death, eligibility, hscore",
    "report-batch-exists": "index.csv",
}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The files the cases name, no site settings, and patient BED-7 with one assessment in
    the data folder ``{tmp}/data``."""
    tmp = tmp_path_factory.mktemp("stderr")
    with pytest.MonkeyPatch.context() as mp:
        (tmp / "site.toml").write_text("# no site settings\n", encoding="utf-8")
        mp.setenv("IMMUNOSEP_SITE_CONFIG", str(tmp / "site.toml"))
        mp.setenv("IMMUNOSEP_DATA_DIR", str(tmp / "data"))
        shutil.copy(ROOT / "tests" / "data" / "import" / "en_lis_export.csv", tmp / "lab.csv")
        (tmp / "empty.csv").write_text("", encoding="utf-8")
        for name in ("exists.csv", "exists.pdf", "exists.json", "afile", "out/index.csv",
                     "out/all-reports.pdf"):
            (tmp / name).parent.mkdir(exist_ok=True)
            (tmp / name).write_text("x", encoding="utf-8")
        assert run(tmp, ["assess", "--ferritin", "100", "--patient-id", "BED-7", "--save"])[0] == 0
        yield tmp


def run(tmp: Path, args: list[str], *extra: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of one command run in this process."""
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = main([a.replace("{tmp}", str(tmp)) for a in args] + list(extra))
    return code, out.getvalue(), err.getvalue().replace(str(tmp), "{tmp}")


@pytest.fixture
def pseudo_de(monkeypatch: pytest.MonkeyPatch) -> None:
    real = i18n.translator
    monkeypatch.setattr(i18n, "translator", lambda lang=None: i18n.pseudo_translator()
                        if lang == "de" else real(lang))


def split(line: str) -> tuple[str, str]:
    prefix = next(p for p in PREFIXES if line.startswith(p))
    return prefix, line.removeprefix(prefix)


TRANSLATED = [name for name, case in CASES.items() if case["args"][0] not in NO_LANG_OPTION]


# -- without --lang: the lines scripts parse, unchanged ----------------------------------------
@pytest.mark.parametrize("name", list(CASES))
def test_without_lang_every_line_is_the_english_one_byte_for_byte(world: Path, name: str
                                                                   ) -> None:
    case = CASES[name]
    code, _, err = run(world, case["args"])
    assert (code, err) == (case["exit"], case["stderr"])


@pytest.mark.parametrize("name", TRANSLATED)
def test_lang_en_prints_the_same_lines(world: Path, name: str) -> None:
    case = CASES[name]
    assert run(world, case["args"], "--lang", "en")[::2] == (case["exit"], case["stderr"])


# -- with --lang: the prefix stays, the sentence is the reader's --------------------------------
@pytest.mark.usefixtures("pseudo_de")
@pytest.mark.parametrize("name", TRANSLATED)
def test_with_lang_each_line_keeps_its_prefix_and_every_word_is_translated(
        world: Path, name: str) -> None:
    case = CASES[name]
    code, _, err = run(world, case["args"], "--lang", "de")
    assert code == case["exit"]
    english_lines, lines = case["stderr"].splitlines(), err.splitlines()
    assert len(lines) == len(english_lines), err
    for english, line in zip(english_lines, lines, strict=True):
        prefix, sentence = split(line)
        inside = ENGLISH_INSIDE.get(name, "")
        assert prefix == split(english)[0]
        assert sentence != split(english)[1] or sentence == inside  # an untemplated error
        assert inside in sentence, "the other layer's sentence is shown whole"
        data = words_of(*case["args"], DATA_WORDS.get(name, ""))
        assert english_left(sentence.replace(inside, "") or "~", data) == [], line


@pytest.mark.usefixtures("pseudo_de")
def test_diagnostics_follow_lang_with_json_too(world: Path) -> None:
    """--json is for scripts and keeps English codes on stdout; stderr is for the person who
    asked for --lang."""
    _, out, err = run(world, ["inbox", "run", "--once", "--json", "--folder", "{tmp}/none"],
                      "--lang", "de")
    assert out == "" and err.startswith("immunosep: error: [") and "~" in err


GERMAN = {  # sentences the German catalogue translates already (new templates await it)
    "assess-bad-value": "--ferritin: „-5“ ist negativ",
    "sofa-bad-value": "--platelets: „abc“ enthält Buchstaben",
    "sofa-yes-no": "--ventilated: „maybe“ ist weder ja noch nein.",
    "eligibility-anc": "--anc: „abc“ enthält Buchstaben",
    "history-bad-id": "--patient-id: Die Patienten-ID enthält U+0009",
    "batch-missing": "missing.csv: Datei nicht gefunden.",
    "batch-empty": "empty.csv ist leer.",
    "report-batch-missing": "missing.csv: Datei nicht gefunden.",
    "inbox-missing": "Der Eingangsordner {tmp}/none existiert nicht.",
    "inbox-interval": "--interval muss über 0 und --settle mindestens 0 Sekunden betragen.",
}


@pytest.mark.parametrize("name", list(GERMAN))
def test_what_the_german_catalogue_translates_is_german(world: Path, name: str) -> None:
    case = CASES[name]
    code, _, err = run(world, case["args"], "--lang", "de")
    assert code == case["exit"]
    assert err.startswith(f"immunosep: error: {GERMAN[name]}"), err
    assert err.count("\n") == 1


# -- a catalogue that cannot be read: refused in English, before any work ----------------------
@pytest.mark.parametrize("args", [
    ["assess", "--ferritin", "100", "--patient-id", "BED-5", "--save", "--data-dir",
     "{tmp}/fresh"],
    ["batch", "{tmp}/lab.csv", "--out", "{tmp}/fresh/results.csv"],
    ["report", "--ferritin", "100", "--patient-id", "BED-5", "--out", "{tmp}/fresh/r.pdf"],
    ["inbox", "run", "--once", "--folder", "{tmp}/fresh"],
], ids=lambda a: a[0])
def test_an_unreadable_catalogue_refuses_the_command_in_english_before_any_work(
        world: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    from desktop_app.i18n.catalogue import CatalogueError

    real = i18n.translator

    def broken(lang: str | None = None) -> i18n.Translator:
        if lang == "de":
            raise CatalogueError("translation catalogue not found: immunosep_de.ts")
        return real(lang)

    monkeypatch.setattr(i18n, "translator", broken)
    fresh = world / "fresh"
    fresh.mkdir()
    try:
        assert run(world, args, "--lang", "de") == (
            2, "", "immunosep: error: translation catalogue not found: immunosep_de.ts\n")
        assert list(fresh.iterdir()) == []  # no database, no results file, no report
    finally:
        fresh.rmdir()


def test_the_windows_lang_is_not_a_text_language() -> None:
    """gui's --lang chooses the window's language: the window reads its catalogue itself, and
    its start reads no text catalogue."""
    from desktop_app.cli import build_parser

    args = build_parser().parse_args(["gui", "--lang", "el"])
    assert args.window_lang == "el" and getattr(args, "lang", None) is None


# -- the API itself ------------------------------------------------------------------------------
class Worded:
    def localized(self, tr: i18n.Translator) -> str:
        return tr("No inbox folder is configured: set [inbox] folder in site.toml or give "
                  "--folder.")


def test_diagnostics_in_the_pseudo_locale(capsys: pytest.CaptureFixture[str]) -> None:
    diag = Diagnostics(i18n.pseudo_translator())
    assert diag.error("--workers must be at least 1") == 2
    diag.note("not saved (add --save to store it)")
    assert diag.error_of(Worded()) == 2
    assert diag.error_of(OptionError("--answer: {key} is answered twice; keep one answer.",
                                     key="sepsis_3")) == 2
    assert diag.error_of(ValueError("English, as raised")) == 2
    assert diag.input_error(InputError("--anc", "not_a_number", variant="letters",
                                       params=text_params(text="abc"))) == 2
    # an InputError given a ready sentence shows it as it is (only the frame is worded)
    assert diag.input_error(InputError("x", "not_a_number", "As given.", variant="letters"),
                            "--age") == 2
    diag.warning_of("cohort summary not written: OSError")
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(": ", 2)[:2] for line in lines] == [
        ["immunosep", "error"], ["immunosep", "note"], ["immunosep", "error"],
        ["immunosep", "error"], ["immunosep", "error"], ["immunosep", "error"],
        ["immunosep", "error"], ["immunosep", "warning"]]
    assert lines[0] == f"immunosep: error: {i18n.pseudo('--workers must be at least 1')}"
    assert "sepsis_3" in lines[3] and "~" in lines[3]
    assert lines[4] == "immunosep: error: English, as raised"
    assert lines[5].startswith("immunosep: error: [--anc: [") and "áƀç" in lines[5]
    assert lines[6].startswith("immunosep: error: [--age: As given. ~")
    assert lines[7] == "immunosep: warning: cohort summary not written: OSError"


def test_a_full_stop_is_added_only_where_missing(capsys: pytest.CaptureFixture[str]) -> None:
    diag = Diagnostics(i18n.translator())
    diag.error_of("no full stop", full_stop=True)
    diag.error_of("one.", full_stop=True)
    assert capsys.readouterr().err == ("immunosep: error: no full stop.\n"
                                       "immunosep: error: one.\n")

