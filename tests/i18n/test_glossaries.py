"""Glossaries: the same clinical terms in every language, each with its source and the
language's review status."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.i18n import TRANSLATED_LANGUAGES, glossary, review_status
from desktop_app.i18n.checks import fold
from desktop_app.i18n.glossaries import GlossaryError, read_glossary

# The terms issue 18 names: phenotype names, scores, units, and the safety wording.
REQUIRED = {"mals", "immunoparalysis", "unclassified", "cannot_classify", "sofa", "hscore",
            "ab_per_cell_unit", "antibodies_bound_per_cell", "ferritin_unit",
            "decision_support_only", "regimen_used_in_trial", "not_an_order", "near_threshold",
            "training_mark"}


def test_every_language_has_the_same_terms_each_with_a_source() -> None:
    english = None
    for lang in TRANSLATED_LANGUAGES:
        g = glossary(lang)
        assert g.lang == lang
        ids = [t.id for t in g.terms]
        assert len(ids) == len(set(ids)) and set(ids) >= REQUIRED
        assert all(t.source and t.term for t in g.terms)
        terms = {t.id: t.en for t in g.terms}
        english = english or terms
        assert terms == english, f"{lang}: English terms differ from the other glossaries"


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_unclassified_and_cannot_classify_never_read_alike(lang: str) -> None:
    g = glossary(lang)
    result, refusal = g.term("unclassified"), g.term("cannot_classify")
    assert not any(fold(r) in fold(refusal.term) for r in result.require)
    assert not any(fold(r) in fold(result.term) for r in refusal.require)


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_units_are_never_translated(lang: str) -> None:
    g = glossary(lang)
    assert g.term("ab_per_cell_unit").term == "AB/C"
    assert g.term("ferritin_unit").term.startswith("ng/mL")


def test_every_language_is_pending_clinical_review_and_says_so() -> None:
    assert not review_status("en").pending
    for lang in TRANSLATED_LANGUAGES:
        status = review_status(lang)
        assert status.pending and status.reviewer == "" and status.reviewed_on is None


def _write(tmp_path: Path, review: str) -> Path:
    path = tmp_path / "xx.toml"
    path.write_text(f'language = "de"\n[review]\n{review}\n', encoding="utf-8")
    return path


def test_a_reviewed_language_must_name_reviewer_and_date(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="reviewer"):
        read_glossary(_write(tmp_path, 'state = "reviewed"\nreviewer = ""'))
    with pytest.raises(GlossaryError, match="state"):
        read_glossary(_write(tmp_path, 'state = "done"'))
    ok = read_glossary(_write(tmp_path, 'state = "reviewed"\nreviewer = "Dr B (ICU)"\n'
                                        "date = 2027-01-31"))
    assert not ok.review.pending and ok.review.reviewed_on.isoformat() == "2027-01-31"
