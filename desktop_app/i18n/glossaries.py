"""Glossaries and review status: ``resources/i18n/glossary/<lang>.toml``.

Each translated language has one glossary: the clinical terms every translated text must use
(phenotype names, units, "decision support only", …), each with the reference it follows, and
the language's clinical review status.  A language stays "pending clinical review" until a
named clinician has reviewed its catalogue and glossary; while pending, About and every PDF
footer say so.  English is the source language: it is reviewed with the software itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

GLOSSARY_DIR = "glossary"
SOURCE_LANGUAGE = "en"
REVIEW_STATES = ("pending", "reviewed")


class GlossaryError(ValueError):
    """A glossary file is missing or malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Term:
    id: str
    en: str  # the English term as the source texts use it
    term: str  # the term in this language
    source: str  # the reference the choice follows (EMA product information, IATE, society …)
    en_match: tuple[str, ...] = ()  # English phrases (case-insensitive) that use this term …
    require: tuple[str, ...] = ()  # … whose translations must contain one of these
    note: str = ""
    checked: str = ""  # who verified ``term`` against ``source``, and when ("" = not yet)


@dataclass(frozen=True)
class ReviewStatus:
    lang: str
    state: str  # "pending" or "reviewed"
    reviewer: str = ""
    reviewed_on: date | None = None
    scope: str = ""

    @property
    def pending(self) -> bool:
        """True while no clinician has signed this language off (never for English)."""
        return self.state != "reviewed"


@dataclass(frozen=True)
class Glossary:
    lang: str
    review: ReviewStatus
    terms: tuple[Term, ...]

    def term(self, term_id: str) -> Term:
        for t in self.terms:
            if t.id == term_id:
                return t
        raise KeyError(term_id)


ENGLISH_REVIEW = ReviewStatus(SOURCE_LANGUAGE, "reviewed", scope="source language")


def read_glossary(path: Path) -> Glossary:
    import tomllib  # here: the window starts without reading any glossary

    try:
        doc = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise GlossaryError(f"glossary {path} cannot be read: {exc}") from None
    lang = _text(doc, "language", path)
    review = doc.get("review")
    if not isinstance(review, dict):
        raise GlossaryError(f"{path}: [review] is missing")
    state = _text(review, "state", path)
    if state not in REVIEW_STATES:
        raise GlossaryError(f"{path}: [review] state must be one of {', '.join(REVIEW_STATES)}")
    reviewer = str(review.get("reviewer", "")).strip()
    reviewed_on = review.get("date") or None
    if state == "reviewed" and (not reviewer or not isinstance(reviewed_on, date)):
        raise GlossaryError(f"{path}: a reviewed language names its reviewer and the date "
                            "(date = YYYY-MM-DD, unquoted)")
    status = ReviewStatus(lang, state, reviewer, reviewed_on if state == "reviewed" else None,
                          str(review.get("scope", "")))
    terms = []
    for i, raw in enumerate(doc.get("term", [])):
        where = f"{path}: term {i + 1}"
        terms.append(Term(
            id=_text(raw, "id", where), en=_text(raw, "en", where),
            term=_text(raw, "term", where), source=_text(raw, "source", where),
            en_match=tuple(raw.get("en_match", ())), require=tuple(raw.get("require", ())),
            note=str(raw.get("note", "")), checked=str(raw.get("checked", ""))))
    return Glossary(lang, status, tuple(terms))


def _text(table: dict[str, object], key: str, where: object) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise GlossaryError(f"{where}: {key} must be non-empty text")
    return value.strip()
