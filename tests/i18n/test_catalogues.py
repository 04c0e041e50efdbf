"""Every text in every language, with the English placeholders, figures and glossary terms.

These fail the moment a text is added, changed or removed in the sources without its catalogue
entries being brought up to date (``tools/i18n.py update``) and translated — including texts
other engineers add to the window, the PDF or the command line.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from desktop_app.i18n import TRANSLATED_LANGUAGES, glossary
from desktop_app.i18n.catalogue import FINDING, Catalogue, Entry, catalogue_path, read_catalogue
from desktop_app.i18n.checks import (
    Expected,
    consistency_problems,
    glossary_problems,
    missing,
    placeholder_problems,
    unfinished,
)
from desktop_app.i18n.glossaries import Glossary, ReviewStatus, Term

from .conftest import I18N_DIR

LANGS = pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)


def catalogue(lang: str) -> Catalogue:
    return read_catalogue(catalogue_path(lang, I18N_DIR))


def _report(problems: list[object]) -> str:
    return "\n".join(map(str, problems[:40])) + (f"\n… {len(problems)} in all" if problems else "")


@LANGS
def test_every_text_the_sources_use_is_in_the_catalogue(
        lang: str, expected: dict[str, list[Expected]]) -> None:
    problems = missing(catalogue(lang), expected[lang])
    assert not problems, "run tools/i18n.py update, then translate:\n" + _report(problems)


@LANGS
def test_the_catalogue_holds_no_text_the_sources_no_longer_use(
        lang: str, expected: dict[str, list[Expected]]) -> None:
    used = {(x.context, x.source, x.key) for x in expected[lang]}
    stale = [e for e in catalogue(lang).entries if (e.context, e.source, e.key) not in used]
    assert not stale, "run tools/i18n.py update:\n" + _report(
        [f"{e.context}: {e.source[:60]!r}" for e in stale])


@LANGS
def test_no_entry_is_unfinished_or_empty(lang: str) -> None:
    problems = unfinished(catalogue(lang))
    assert not problems, _report(problems)


@LANGS
def test_placeholders_markup_mnemonics_and_figures_match_the_english(lang: str) -> None:
    problems = placeholder_problems(catalogue(lang))
    assert not problems, _report(problems)


@LANGS
def test_translations_use_the_glossary_terms(lang: str) -> None:
    problems = glossary_problems(catalogue(lang), glossary(lang))
    assert not problems, _report(problems)


@LANGS
def test_one_english_text_has_one_translation(lang: str) -> None:
    problems = consistency_problems(catalogue(lang))
    assert not problems, _report(problems)


@LANGS
def test_every_finding_code_has_its_sentence_in_every_language(lang: str,
                                                               sources: ModuleType) -> None:
    cat = catalogue(lang)
    codes = sources.finding_templates()
    assert codes, "no finding templates found in desktop_app.core"
    assert not [c for c in codes if cat.by_key(FINDING, c) is None]


def test_sources_translate_literal_templates_only(sources: ModuleType) -> None:
    _, problems = sources.python_texts()
    problems += sources.qt_code_problems()
    assert not problems, _report(problems)


# -- the checks themselves catch what they claim to ------------------------------------------
def _entry(source: str, translation: str, context: str = "Text", state: str = "",
           numerus: bool = False) -> Entry:
    forms = tuple(translation.split("|")) if numerus else (translation,)
    return Entry(context, source, "", forms, state=state, numerus=numerus)


@pytest.mark.parametrize(("source", "translation"), [
    ("Ferritin {ferritin} is > {f_thr}.", "Ferritin {ferritine} ist > {f_thr}."),  # renamed
    ("Ferritin {ferritin} is > {f_thr}.", "Ferritin ist > {f_thr}."),  # dropped
    ("{pct:.1f} %", "{pct} %"),  # format spec lost
    ("28-day mortality 43.5 %", "28-Tage-Mortalität 45,3 %"),  # figure changed
    ("1500 events", "1.500 Ereignisse"),  # thousands separator added
    ("P = .34", "p = 0,43"),
    ("<b>Note</b> text", "Hinweis Text"),  # markup lost
    ("&Point", "Punkt"),  # mnemonic lost
    ("%n row(s)", "Zeilen"),  # Qt argument lost
    ("Broken {", "Kaputt {"),  # malformed
])
def test_placeholder_check_reports_each_mismatch(source: str, translation: str) -> None:
    assert placeholder_problems(Catalogue("de", (_entry(source, translation),)))


@pytest.mark.parametrize(("source", "translation"), [
    ("Ferritin {ferritin} is > {f_thr}.", "Ferritin {ferritin} ist > {f_thr}."),
    ("28-day mortality 43.5 % (P = .34)", "28-Tage-Mortalität 43,5 % (p = 0,34)"),
    ("&Point: 4420.5", "&Punkt: 4420.5"),
    ("{{literal}} braces", "{{wörtliche}} Klammern"),
])
def test_placeholder_check_accepts_a_faithful_translation(source: str, translation: str) -> None:
    assert not placeholder_problems(Catalogue("de", (_entry(source, translation),)))


def test_unfinished_empty_and_vanished_entries_count_as_missing() -> None:
    entries = (_entry("a", "x", state="unfinished"), _entry("b", ""),
               _entry("c", "z", state="vanished"), _entry("d", "ok"))
    cat = Catalogue("de", entries)
    assert [p.text for p in unfinished(cat)] == ["a", "b", "c"]
    assert cat.get("Text", "a") is None and cat.get("Text", "d") is not None
    assert [p.text for p in missing(cat, [Expected("Text", "a"), Expected("Text", "d")])] == ["a"]


def test_glossary_check_is_case_and_accent_insensitive_and_reports_a_wrong_term() -> None:
    term = Term("training_mark", "TRAINING — NOT FOR CLINICAL USE", "ΕΚΠΑΙΔΕΥΣΗ", "app",
                en_match=("not for clinical use",), require=("όχι για κλινική χρήση",))
    gloss = Glossary("el", ReviewStatus("el", "pending"), (term,))
    good = _entry("TRAINING — NOT FOR CLINICAL USE", "ΕΚΠΑΙΔΕΥΣΗ — ΟΧΙ ΓΙΑ ΚΛΙΝΙΚΗ ΧΡΗΣΗ")
    bad = _entry("Not for clinical use.", "Μη κλινική εφαρμογή.")
    assert not glossary_problems(Catalogue("el", (good,)), gloss)
    assert glossary_problems(Catalogue("el", (bad,)), gloss)


def test_consistency_check_reports_two_translations_of_one_text() -> None:
    cat = Catalogue("de", (Entry("Evidence", "placebo", "a/1", ("Placebo",)),
                           Entry("Evidence", "placebo", "b/2", ("Scheinmedikament",))))
    assert consistency_problems(cat)


def test_plural_entries_need_two_forms() -> None:
    cat = Catalogue("de", (_entry("{n} patients", "{n} Patient", numerus=True),))
    assert placeholder_problems(cat)


def test_self_test_checks_the_installed_catalogues(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.cli.selftest import Context, check_translations

    detail = check_translations(Context(work=tmp_path, keep=None))
    assert detail.startswith("6 languages complete; pending clinical review: de, el")
