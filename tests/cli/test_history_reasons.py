"""``immunosep history`` words the laboratory inbox's reasons in the language of ``--lang``
(issue 18 point 2); ``--json`` keeps every key and the English sentence whatever the
language, and adds each reason's code and parameters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app import i18n
from desktop_app.cli import main

from ..inbox.messages import oru, write
from ..inbox.reasons import german
from .test_text_languages import english_left

# What a history line quotes as it is: identifiers, file names, message ids, segments, units.
DATA = {"LAB", "hl7", "MSG", "OBX", "ng", "mL", "AB", "immunosep", "rule"}


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):
    def run(*args: str) -> str:
        code = main(list(args))
        out = capsys.readouterr()
        assert code == 0, out.err
        return out.out
    return run


@pytest.fixture
def inbox_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    """LAB-7 stored from the drop folder, corrected by the laboratory, then withdrawn."""
    config = tmp_path / "site.toml"
    config.write_text('[inbox]\nhla_dr_codes = ["MHLADR"]\n', encoding="utf-8")
    monkeypatch.setenv("IMMUNOSEP_SITE_CONFIG", str(config))
    monkeypatch.setenv("IMMUNOSEP_DATA_DIR", str(tmp_path / "data"))
    drop = tmp_path / "drop"
    drop.mkdir()
    for name, message in (
            ("a.hl7", oru("MSG1", "LAB-7", ("ferritin", "5000", "F"), ("hla_dr", "20000", "F"))),
            ("b.hl7", oru("MSG2", "LAB-7", ("ferritin", "500", "C"), ("hla_dr", "20000", "F"))),
            ("c.hl7", oru("MSG3", "LAB-7", ("ferritin", "", "D")))):
        write(drop, name, message)
        run("inbox", "run", "--once", "--settle", "0", "--folder", str(drop))


def _german(monkeypatch: pytest.MonkeyPatch, tr: i18n.Translator) -> None:
    real = i18n.translator
    monkeypatch.setattr(i18n, "translator", lambda lang=None: tr if lang == "de" else real(lang))


@pytest.mark.usefixtures("inbox_history")
def test_history_text_words_the_laboratorys_reasons_in_the_language(run, monkeypatch):
    english = run("history", "--patient-id", "LAB-7")
    assert ("corrects #1: The laboratory corrected the ferritin result (status C) in b.hl7, "
            "message 1 (MSG2), segment 4 (OBX).") in english
    _german(monkeypatch, german())
    text = run("history", "--patient-id", "LAB-7", "--lang", "de")
    assert ("korrigiert #1: Das Labor hat das Ferritin-Ergebnis (Status C) in b.hl7, "
            "Nachricht 1 (MSG2), Segment 4 (OBX) korrigiert.") in text
    assert ("FEHLEINGABE: Das Labor hat das Ferritin-Ergebnis (OBX-11 D: Das Ergebnis ist "
            "gelöscht) in c.hl7, Nachricht 1 (MSG3), Segment 4 (OBX) zurückgezogen.") in text
    assert "The laboratory" not in text


@pytest.mark.usefixtures("inbox_history")
def test_every_word_of_the_history_goes_through_the_translator(run, monkeypatch):
    _german(monkeypatch, i18n.pseudo_translator())
    text = run("history", "--patient-id", "LAB-7", "--lang", "de")
    assert english_left(text, DATA) == [], text


@pytest.mark.usefixtures("inbox_history")
def test_history_json_keeps_its_keys_and_the_english_sentence(run, monkeypatch):
    plain = run("history", "--patient-id", "LAB-7", "--json")
    _german(monkeypatch, german())
    assert run("history", "--patient-id", "LAB-7", "--json", "--lang", "de") == plain
    first, corrected = json.loads(plain)["assessments"]
    keys = {"assessment_id", "phenotype", "status", "assessed_at", "sampled_at",
            "ruleset_version", "evidence_version", "app_version", "os_user", "source",
            "supersedes", "superseded_by", "correction_reason", "entered_in_error",
            "error_reason", "current", "inputs"}
    added = {"correction_reason_code", "correction_reason_params", "error_reason_code",
             "error_reason_params"}
    assert set(first) == set(corrected) == keys | added
    assert corrected["correction_reason"].startswith("The laboratory corrected the ferritin")
    assert corrected["error_reason"].startswith("The laboratory withdrew the ferritin result")
    assert (corrected["correction_reason_code"], corrected["error_reason_code"]) == (
        "lab_version.corrected", "lab_withdrawal")
    assert corrected["correction_reason_params"]["status"] == {"type": "text", "value": "C"}
    assert first["correction_reason_code"] is first["correction_reason_params"] is None
