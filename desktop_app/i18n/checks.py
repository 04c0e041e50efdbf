"""What a translated catalogue must satisfy before it ships (the tests and ``tools/i18n.py
check`` call these; each problem names the language, the message and what is wrong).

* **complete**: every message finished — ``unfinished``, ``vanished`` or empty counts as
  missing — and every message the sources use is present (``missing``);
* **placeholders** match the English: the same ``{fields}`` (with the same format specs), Qt's
  ``%n`` / ``%1``, the same markup tags, one keyboard mnemonic ``&`` where the English has one;
* **figures** match: the same numbers as the English, whatever the decimal separator
  (``43.5 %`` → ``43,5 %``; a dropped, changed or grouped figure is an error — published
  figures are copied exactly);
* **glossary**: a text using a glossary term in English uses the glossary's term;
* **consistent**: one English text has one translation within a context.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from desktop_app.i18n.catalogue import Catalogue, Entry
from desktop_app.i18n.glossaries import Glossary

PLURAL_FORMS = 2  # all seven languages (Qt's numerus rules)


@dataclass(frozen=True)
class Problem:
    lang: str
    context: str
    text: str  # the English source (shortened) or the key
    what: str

    def __str__(self) -> str:
        return f"[{self.lang}] {self.context}: {self.text!r}: {self.what}"


@dataclass(frozen=True)
class Expected:
    """A message the sources use (from ``tools/i18n.py``'s extraction)."""

    context: str
    source: str
    key: str = ""
    numerus: bool = False
    note: str = field(default="", compare=False)  # for translators (<extracomment>)


def unfinished(catalogue: Catalogue) -> list[Problem]:
    return [_problem(catalogue, e, f"not translated ({e.state or 'empty'})")
            for e in catalogue.entries if not e.finished]


def missing(catalogue: Catalogue, expected: Iterable[Expected]) -> list[Problem]:
    have = {(e.context, e.source, e.key) for e in catalogue.entries if e.finished}
    return [Problem(catalogue.lang, x.context, _short(x.source), "missing from the catalogue")
            for x in expected if (x.context, x.source, x.key) not in have]


def placeholder_problems(catalogue: Catalogue) -> list[Problem]:
    out = []
    for e in catalogue.entries:
        if not e.finished:
            continue
        if e.numerus and len(e.translations) != PLURAL_FORMS:
            out.append(_problem(catalogue, e, f"needs {PLURAL_FORMS} plural forms"))
        for text in e.translations:
            out += [_problem(catalogue, e, what) for what in _mismatches(e, text)]
    return out


_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def glossary_problems(catalogue: Catalogue, glossary: Glossary) -> list[Problem]:
    out = []
    for term in glossary.terms:
        if not term.en_match or not term.require:
            continue
        uses = [re.compile(rf"(?<!\w){re.escape(m)}(?!\w)", re.IGNORECASE) for m in term.en_match]
        wanted = [fold(r) for r in term.require]
        for e in catalogue.entries:
            # A placeholder named like a term ({threshold}, {phenotype}) is filled with a value,
            # not the word: only the English prose outside placeholders asks for the term.
            prose = _PLACEHOLDER.sub(" ", e.source)
            if not e.finished or not any(u.search(prose) for u in uses):
                continue
            for text in e.translations:
                folded = fold(text)
                if not any(w in folded for w in wanted):
                    out.append(_problem(catalogue, e, f"glossary term {term.id!r}: use "
                                        f"{' / '.join(term.require)}"))
    return out


def consistency_problems(catalogue: Catalogue) -> list[Problem]:
    seen: dict[tuple[str, str], tuple[str, ...]] = {}
    out = []
    for e in catalogue.entries:
        if not e.finished:
            continue
        first = seen.setdefault((e.context, e.source), e.translations)
        if first != e.translations:
            out.append(_problem(catalogue, e, "translated differently elsewhere in this context"))
    return out


def all_problems(catalogue: Catalogue, glossary: Glossary | None,
                 expected: Iterable[Expected] = ()) -> list[Problem]:
    problems = unfinished(catalogue) + missing(catalogue, expected)
    problems += placeholder_problems(catalogue) + consistency_problems(catalogue)
    if glossary is not None:
        problems += glossary_problems(catalogue, glossary)
    return problems


def fold(text: str) -> str:
    """Case- and accent-insensitive form (Greek capitals carry no accents: ΧΡΗΣΗ = χρήση)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# -- comparisons ----------------------------------------------------------------------------
_QT_ARG = re.compile(r"%(?:n|L?\d{1,2})")
_TAG = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9]*)[^<>]*>")
_MNEMONIC = re.compile(r"&(?!&|[A-Za-z]+;|#\d+;)(?=\S)")
_NUMBER = re.compile(r"\d*[.,]?\d+")
_FIELD = re.compile(r"\{\{|\}\}|\{[^{}]*\}")


def fields(text: str) -> Counter[str]:
    """The ``str.format`` fields of ``text`` (name, conversion and spec), counted."""
    found: Counter[str] = Counter()
    for _, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            found[f"{{{name}{'!' + conversion if conversion else ''}"
                  f"{':' + spec if spec else ''}}}"] += 1
    return found


def figures(text: str) -> Counter[Decimal]:
    """The numbers written in ``text`` outside ``{fields}``, as values (``43,5`` = ``43.5``)."""
    plain = _FIELD.sub(" ", text)
    # A grouped "1,500" reads as 1.5 and so differs from the English 1500: reported.
    return Counter(Decimal(m.group().replace(",", ".")) for m in _NUMBER.finditer(plain))


def _mismatches(e: Entry, text: str) -> list[str]:
    out = []
    try:
        want, got = fields(e.source), fields(text)
    except ValueError as exc:
        return [f"malformed {{placeholder}}: {exc}"]
    if want != got:
        out.append(f"placeholders {sorted(got)} differ from the English {sorted(want)}")
    qt_want, qt_got = Counter(_QT_ARG.findall(e.source)), Counter(_QT_ARG.findall(text))
    if e.numerus:  # a singular form may spell the count out ("one patient")
        qt_got["%n"] = qt_want["%n"]
    if qt_want != qt_got:
        out.append(f"Qt arguments {sorted(qt_got)} differ from {sorted(qt_want)}")
    tags_want = Counter(t.lower() for t in _TAG.findall(e.source))
    if tags_want != Counter(t.lower() for t in _TAG.findall(text)):
        out.append("markup tags differ from the English")
    if len(_MNEMONIC.findall(e.source)) != len(_MNEMONIC.findall(text)):
        out.append("keyboard mnemonic '&' missing or doubled")
    if figures(e.source) != figures(text):
        out.append(f"figures {sorted(map(str, figures(text).elements()))} differ from the "
                   f"English {sorted(map(str, figures(e.source).elements()))}")
    return out


def _problem(catalogue: Catalogue, e: Entry, what: str) -> Problem:
    return Problem(catalogue.lang, e.context, e.key or _short(e.source), what)


def _short(text: str) -> str:
    return text if len(text) <= 70 else text[:67] + "…"
