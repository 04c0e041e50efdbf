"""The Translator: texts, plurals, findings, evidence and training texts in each language."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.findings import TEMPLATES
from desktop_app.core.phenotype import Phenotype
from desktop_app.i18n import (
    LANGUAGES,
    TRANSLATED_LANGUAGES,
    CatalogueError,
    Translator,
    load_translator,
    normalise_language,
    resolve_language,
    review_status,
    system_languages,
    translator,
)
from desktop_app.i18n.catalogue import FINDING, PLURAL_KEY, TEXT, Catalogue, Entry
from desktop_app.i18n.glossaries import ReviewStatus
from desktop_app.i18n.translation import plural_form
from desktop_app.services.demo import load_demo_cases
from desktop_app.services.evidence import load_evidence

# every finding template of the core, by template id (code or code.variant)
MESSAGES = dict(TEMPLATES)


@dataclass(frozen=True)
class FakeFinding:
    """The protocol ``Translator.finding`` renders: a code, typed params, the English text."""

    code: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)


def test_english_is_the_source_and_passes_through() -> None:
    tr = translator("en")
    assert tr("Result") == "Result"
    assert tr("{n} rows in {file}", n=12, file="labs.csv") == "12 rows in labs.csv"
    assert tr.finding(FakeFinding("x", "As core wrote it.")) == "As core wrote it."
    assert tr.review_note() == ""


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_the_translator_is_read_once_per_language(lang: str) -> None:
    assert translator(lang) is translator(lang)
    assert translator(lang).lang == lang


def test_texts_in_german_with_typed_fields() -> None:
    tr = translator("de")
    assert tr("Translation pending clinical review.") == (
        "Übersetzung: klinische Prüfung ausstehend.")
    assert tr(Phenotype.IMMUNOPARALYSIS.label) == "Immunparalyse (sepsisinduziert)"


def test_a_finding_renders_from_its_code_and_typed_params_in_each_language() -> None:
    finding = FakeFinding("hla_dr_below_threshold", "HLA-DR 3669.5 AB/C is < 5000 AB/C: …",
                          {"hla_dr": "3669.5 AB/C", "hla_dr_threshold": "5000 AB/C"})
    assert translator("de").finding(finding) == (
        "HLA-DR 3669.5 AB/C ist < 5000 AB/C: Kriterien der Immunparalyse erfüllt.")
    assert translator("el").finding(finding) == (
        "HLA-DR 3669.5 AB/C < 5000 AB/C: πληρούνται τα κριτήρια ανοσοπαράλυσης.")
    # Numbers passed as numbers are written with the language's decimal separator.
    typed = FakeFinding("hla_dr_below_threshold", "…",
                        {"hla_dr": Decimal("3669.5"), "hla_dr_threshold": Decimal(5000)})
    assert translator("fr").finding(typed) == (
        "HLA-DR 3669,5 < 5000\u00a0: critères d'immunoparalysie remplis.")


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_finding_template_fills_from_the_english_fields(lang: str, code: str) -> None:
    names = {n for n in __import__("re").findall(r"\{(\w+)", MESSAGES[code])}
    params = {n: f"<{n}>" for n in names}
    text = translator(lang).finding(FakeFinding(code, "ENGLISH", params))
    assert text != "ENGLISH" and all(f"<{n}>" in text for n in names)


def test_a_finding_the_catalogue_lacks_is_shown_in_english_and_logged_once(
        caplog: pytest.LogCaptureFixture) -> None:
    tr = load_translator("de")  # a fresh one: warnings are remembered per translator
    finding = FakeFinding("no_such_code", "The English sentence.", {})
    with caplog.at_level(logging.WARNING):
        assert tr.finding(finding) == "The English sentence."
        assert tr.finding(finding) == "The English sentence."
    assert len([r for r in caplog.records if "no_such_code" in r.getMessage()]) == 1


def test_a_finding_without_params_is_shown_as_core_wrote_it() -> None:
    # Until core findings carry typed params, the window and reports show core's sentence.
    @dataclass(frozen=True)
    class CodeOnly:
        code: str
        message: str

    assert translator("de").finding(CodeOnly("ferritin_missing", "English.")) == "English."


def test_a_translation_naming_a_field_the_caller_lacks_falls_back_to_english() -> None:
    cat = Catalogue("de", (Entry(TEXT, "Saved {n} records.", "", ("{m} gespeichert.",)),
                           Entry(FINDING, "F {x}.", "code_x", ("F {y}.",))))
    tr = Translator("de", cat)
    assert tr("Saved {n} records.", n=3) == "Saved 3 records."
    assert tr.finding(FakeFinding("code_x", "English F 1.", {"x": 1})) == "English F 1."


def test_plural_forms_follow_each_languages_rule() -> None:
    cat = Catalogue("fr", (Entry(TEXT, "{n} patients", PLURAL_KEY,
                                 ("{n} patient", "{n} patients"), numerus=True),))
    fr = Translator("fr", cat)
    assert [fr.plural("{n} patient", "{n} patients", n) for n in (0, 1, 2)] == [
        "0 patient", "1 patient", "2 patients"]
    en = translator("en")
    assert [en.plural("{n} patient", "{n} patients", n) for n in (0, 1, 2)] == [
        "0 patients", "1 patient", "2 patients"]
    assert [plural_form("de", n) for n in (0, 1, 2)] == [1, 0, 1]


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_every_evidence_and_training_text_is_translated(
        lang: str, caplog: pytest.LogCaptureFixture) -> None:
    ev = load_evidence()
    tr = load_translator(lang)
    texts = [k.text for k in ev.key_points] + [ev.regimen_caution, ev.endpoint_definition]
    for arm in ev.arms.values():
        texts += [arm.drug, arm.regimen, arm.regimen_label, *arm.safety, *arm.notes]
    with caplog.at_level(logging.WARNING):
        shown = [tr.evidence(t) for t in texts]
        cases = [(tr.training(c.title), c.title) for c in load_demo_cases()]
    assert not caplog.records
    assert all(s != t for s, t in zip(shown, texts, strict=True) if t != "anakinra")
    assert all(shown_title != title for shown_title, title in cases)


def test_enum_fields_are_written_with_their_translated_label() -> None:
    class Kind(Enum):
        MALS = "mals"

        @property
        def label(self) -> str:
            return "MALS (macrophage activation-like syndrome)"

    cat = Catalogue("de", (Entry(TEXT, "Phenotype: {kind}", "", ("Phänotyp: {kind}",)),))
    de = Translator("de", cat)
    # The label is looked up like any text (this small catalogue lacks it: English shown).
    assert de("Phenotype: {kind}", kind=Kind.MALS) == (
        "Phänotyp: MALS (macrophage activation-like syndrome)")
    assert translator("de")("{p}", p=Phenotype.MALS) == (
        "MALS (Makrophagenaktivierungs-ähnliches Syndrom)")


def test_review_status_is_pending_for_every_translated_language() -> None:
    assert not review_status("en").pending
    for lang in TRANSLATED_LANGUAGES:
        assert review_status(lang).pending
        assert translator(lang).review_note()
    assert translator("el").review_note() == "Μετάφραση: εκκρεμεί κλινικός έλεγχος."


def test_a_reviewed_language_names_reviewer_and_date_in_its_own_format() -> None:
    review = ReviewStatus("de", "reviewed", "Dr. A. Muster (ICU)", date(2027, 1, 31))
    tr = Translator("de", translator("de")._catalogue, review=review)
    assert tr.review_note() == "Übersetzung geprüft von Dr. A. Muster (ICU) am 31.01.2027."


def test_unknown_language_and_missing_catalogue_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        translator("pt")
    with pytest.raises(CatalogueError, match="not found"):
        load_translator("de", tmp_path)
    (tmp_path / "immunosep_de.ts").write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(CatalogueError, match="cannot be read"):
        load_translator("de", tmp_path)


def test_language_resolution_order() -> None:
    assert resolve_language("el", "de", ["fr_FR"]) == "el"  # the user's choice
    assert resolve_language(None, "de", ["fr_FR"]) == "de"  # the site's default
    assert resolve_language("", None, ["pt_BR", "nl-BE"]) == "nl"  # the computer's
    assert resolve_language(None, None, ["ja_JP"]) == "en"
    assert resolve_language("xx", None, ()) == "en"
    assert [normalise_language(c) for c in ("de_DE.UTF-8", "EL", "fr-CA", "C", "")] == [
        "de", "el", "fr", None, None]
    assert set(LANGUAGES) == {"en", *TRANSLATED_LANGUAGES}


def test_system_languages_from_the_posix_locale_variables() -> None:
    env = {"LANGUAGE": "el:en", "LANG": "de_DE.UTF-8", "LC_ALL": "C"}
    assert system_languages(env) == ("el", "en", "de_DE.UTF-8")
    assert resolve_language(None, None, system_languages(env)) == "el"


@dataclass(frozen=True)
class FakeTerm:
    """As ``core.score_findings.Term``: a key and its English label."""

    key: str
    label: str


@dataclass(frozen=True)
class FakeScoreFinding:
    """As ``core.score_findings.ScoreFinding``: params are (name, value) pairs."""

    code: str
    params: tuple[tuple[str, Any], ...]
    message: str = "English."


def test_score_findings_render_terms_lists_and_pairs() -> None:
    from desktop_app.i18n.catalogue import TERM

    cat = Catalogue("el", (
        Entry(FINDING, "Not assessed: {needed} not given.", "sofa_missing",
              ("Δεν αξιολογήθηκε: δεν δόθηκαν {needed}.",)),
        Entry(FINDING, "{criterion} not running → 0 of 4 points.", "sofa_not_running",
              ("{criterion} εκτός χορήγησης → 0 από 4 βαθμούς.",)),
        Entry(TERM, "PaO2", "pao2", ("PaO2",)),
        Entry(TERM, "FiO2", "fio2", ("FiO2",)),
        Entry(TERM, "dopamine", "dopamine", ("ντοπαμίνη",))))
    el = Translator("el", cat)
    needed = (FakeTerm("pao2", "PaO2"), FakeTerm("fio2", "FiO2"))
    assert el.finding(FakeScoreFinding("sofa_missing", (("needed", needed),))) == (
        "Δεν αξιολογήθηκε: δεν δόθηκαν PaO2, FiO2.")
    # A sentence that starts with a term starts with a capital, as in English.
    assert el.finding(FakeScoreFinding(
        "sofa_not_running", (("criterion", FakeTerm("dopamine", "dopamine")),))) == (
        "Ντοπαμίνη εκτός χορήγησης → 0 από 4 βαθμούς.")
    assert el.term("urine_output", "urine output") == "urine output"  # missing: English


def test_core_tables_merge_re_exports_and_refuse_two_texts_for_one_key(
        monkeypatch: pytest.MonkeyPatch, sources: Any) -> None:
    import types

    a = types.SimpleNamespace(__name__="a", MESSAGES={"x": "X {n}."}, TERMS={"t": "word"})
    b = types.SimpleNamespace(__name__="b", MESSAGES={"x": "X {n}."})  # re-export: same text
    monkeypatch.setattr(sources, "_core_modules", lambda: iter([a, b]))
    assert sources.finding_templates() == {"x": "X {n}."}
    assert [(t.context, t.key, t.source) for t in sources.term_texts()] == [
        ("Term", "t", "word")]
    c = types.SimpleNamespace(__name__="c", FINDING_TEMPLATES={"x": "Other."})
    monkeypatch.setattr(sources, "_core_modules", lambda: iter([a, c]))
    with pytest.raises(ValueError, match="two texts"):
        sources.finding_templates()


def test_lists_use_each_languages_separator() -> None:
    """Greek reads ';' as a question mark: its lists are separated by the ano teleia."""
    items = ["MALS: 1", "Cannot classify: 2"]
    assert translator("en").join(items) == "MALS: 1; Cannot classify: 2"
    assert translator("de").join(items) == "MALS: 1; Cannot classify: 2"
    greek = translator("el").join(items)
    assert ";" not in greek and greek == "MALS: 1\u0387 Cannot classify: 2"


def test_score_figures_take_the_languages_decimal_separator() -> None:
    """A SOFA comparison is written with the language's decimal separator (German: comma);
    the English message, which ``--json`` keeps, is unchanged."""
    from desktop_app.core.score_findings import ScoreFinding, Term

    f = ScoreFinding("sofa_criterion", (
        ("criterion", Term("bilirubin")), ("value", "1.5 mg/dL"),
        ("comparison", "1.2 ≤ 1.5 < 2.0"), ("points", 1)))
    assert "1.2 ≤ 1.5 < 2.0" in f.message
    german = translator("de").finding(f)
    assert "1,5 mg/dL" in german and "1,2 ≤ 1,5 < 2,0" in german and "1.5" not in german
    assert "1,2 ≤ 1,5 < 2,0" in translator("el").finding(f)
    assert translator("en").finding(f) == f.message
