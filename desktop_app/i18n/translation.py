"""The ``Translator``: every text rendered without Qt, in one language."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Protocol

from desktop_app.i18n import N_
from desktop_app.i18n.catalogue import (
    EVIDENCE,
    FINDING,
    PLURAL_KEY,
    TERM,
    TEXT,
    TRAINING,
    Catalogue,
)
from desktop_app.i18n.formatting import FORMATS, LocaleFormat, ValueFormatter
from desktop_app.i18n.glossaries import ReviewStatus

logger = logging.getLogger(__name__)


class FindingLike(Protocol):
    """What ``Translator.finding`` needs of a core finding or input error (duck-typed: core
    imports nothing from here).  ``template_id`` (``code`` or ``code.variant``; ``code`` when
    absent) names the sentence in the catalogue; ``params`` gives each of its placeholders a
    typed value (see ``formatting.ValueFormatter``), as a mapping or as (name, value) pairs;
    ``message`` is the English sentence."""

    @property
    def code(self) -> str: ...

    @property
    def message(self) -> str: ...


def plural_form(lang: str, n: int) -> int:
    """Index of the plural form for ``n`` (Qt's numerus rules for our languages: two forms;
    French counts 0 as singular)."""
    if lang == "fr":
        return 0 if abs(n) <= 1 else 1
    return 0 if n == 1 else 1


class Translator:
    """Texts, findings, evidence and training texts, numbers and dates in ``lang``.

    English (``catalogue=None``) is the source: texts pass through, findings are their core
    ``message``.  Another language looks each text up in its catalogue; a text missing there
    (which the completeness test forbids in shipped catalogues) is written in English and
    logged once, never raised: a report in part English beats no report.
    """

    def __init__(self, lang: str, catalogue: Catalogue | None = None, *,
                 review: ReviewStatus | None = None, transform: Callable[[str], str] | None = None,
                 fmt: LocaleFormat | None = None) -> None:
        self.lang = lang
        self.fmt = fmt or FORMATS[lang]
        self.review = review
        self._catalogue = catalogue
        self._transform = transform  # the pseudo-locale's rewrite of the English source
        self._formatter = ValueFormatter(self.fmt, self._text, self, self.term)
        self._warned: set[tuple[str, str]] = set()

    def __repr__(self) -> str:
        return f"Translator({self.lang!r})"

    # -- texts ------------------------------------------------------------------------------
    def __call__(self, text: str, /, **params: Any) -> str:
        """``text`` (the English msgid) in this language, its ``{fields}`` filled from
        ``params`` (written as ``ValueFormatter`` says: numbers with this language's decimal
        separator, dates in its order, strings verbatim)."""
        return self._fill(self._lookup(TEXT, text), params, text)

    def plural(self, singular: str, plural: str, n: int, /, **params: Any) -> str:
        """The form of ``singular``/``plural`` for count ``n`` (also available as ``{n}``)."""
        params = {"n": n, **params}
        english = singular if n == 1 else plural
        if self._catalogue is None:
            return self._fill(self._pseudo(english), params, english)
        entry = self._catalogue.get(TEXT, plural, PLURAL_KEY)
        if entry is None:
            self._missing(TEXT, plural)
            return self._fill(english, params, english)
        forms = entry.translations
        return self._fill(forms[min(plural_form(self.lang, n), len(forms) - 1)], params,
                          english)

    def join(self, items: Iterable[str]) -> str:
        """Items of one line with this language's separator ("; " in English; Greek writes
        "· ", its ";" being the question mark)."""
        return self(N_("; ")).join(items)

    def finding(self, finding: FindingLike) -> str:
        """A core finding (or input error) as a sentence: its template in this language, filled
        from its typed ``params``."""
        message = str(finding.message)
        if self._catalogue is None:
            return self._pseudo(message)
        key = template_id(finding)
        entry = self._catalogue.by_key(FINDING, key)
        params = _params(getattr(finding, "params", None))
        if entry is None or params is None:
            self._missing(FINDING, key if entry is None
                          else f"{key} (the finding carries no params)")
            return message
        if getattr(finding, "FIGURES_IN_TEXT", False) and self.fmt.decimal != ".":
            params = {k: _decimals(v, self.fmt.decimal) if type(v) is str else v
                      for k, v in params.items()}
        return sentence(self._fill(entry.translations[0], params, message,
                                   english_is_final=True))

    def template(self, key: str, english: str, /, **params: Any) -> str:
        """A keyed sentence of context ``Finding`` that is not a finding object (a criterion's
        label or note): ``english`` is its template, filled the same way when untranslated."""
        if self._catalogue is None:
            return self._fill(self._pseudo(english), params, english)
        entry = self._catalogue.by_key(FINDING, key)
        if entry is None:
            self._missing(FINDING, key)
            return self._fill(english, params, english)
        return self._fill(entry.translations[0], params, english)

    def term(self, key: str, english: str) -> str:
        """A word or phrase used inside findings (a core ``TERMS`` entry), by its key."""
        if self._catalogue is None:
            return self._pseudo(english)
        entry = self._catalogue.by_key(TERM, key)
        if entry is None:
            self._missing(TERM, key)
            return english
        return entry.translations[0]

    def evidence(self, text: str) -> str:
        """An evidence text from ``resources/evidence`` (key point, regimen, limit …)."""
        return self._lookup(EVIDENCE, text)

    def training(self, text: str) -> str:
        """A training case's title, topic or note from ``resources/demo/cases.json``."""
        return self._lookup(TRAINING, text)

    def review_note(self) -> str:
        """The language's clinical review status as a sentence ('' for English)."""
        review = self.review
        if review is None:
            return ""
        if review.pending:
            return self(N_("Translation pending clinical review."))
        return self(N_("Translation reviewed by {reviewer} on {date}."), reviewer=review.reviewer,
                    date=review.reviewed_on)

    # -- numbers and dates ------------------------------------------------------------------
    def number(self, value: int | float | Decimal, places: int | None = None) -> str:
        return self.fmt.number(value, places)

    def decimal_text(self, text: str) -> str:
        return self.fmt.decimal_text(text)

    def date(self, value: date) -> str:
        return self.fmt.date_text(value)

    def time(self, value: time | datetime) -> str:
        return self.fmt.time_text(value)

    def datetime(self, value: datetime, *, zone: bool = False) -> str:
        return self.fmt.datetime_text(value, zone=zone)

    def hours(self, value: timedelta) -> str:
        return self.fmt.hours(value)

    def instant(self, iso: str) -> str:
        """An ISO 8601 date-time as stored in a finding: this language's date and time, with
        the UTC offset it was given (text that is not ISO is shown as it is)."""
        try:
            when = datetime.fromisoformat(iso)
        except ValueError:
            return iso
        return self.datetime(when, zone=when.utcoffset() is not None)

    # -- internals --------------------------------------------------------------------------
    def _text(self, text: str) -> str:
        return self._lookup(TEXT, text)

    def _pseudo(self, text: str) -> str:
        return self._transform(text) if self._transform else text

    def _lookup(self, context: str, text: str) -> str:
        if self._catalogue is None:
            return self._pseudo(text)
        entry = (self._catalogue.get(context, text) if context == TEXT
                 else self._catalogue.by_source(context, text))
        if entry is None:
            self._missing(context, text)
            return text
        return entry.translations[0]

    def _fill(self, template: str, params: Mapping[str, Any], english: str, *,
              english_is_final: bool = False) -> str:
        if not params:
            return template
        try:
            return self._formatter.vformat(template, (), params)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            # A placeholder the catalogue names but the caller did not pass (the placeholder
            # test forbids it): the English sentence is better than a crash or a gap.
            self._missing("placeholder", english[:60])
            if english_is_final:
                return english
            return self._formatter.vformat(english, (), params)

    def _missing(self, context: str, key: str) -> None:
        """Log a missing translation once per translator (the text is ours, never patient data)."""
        if (context, key) not in self._warned:
            self._warned.add((context, key))
            logger.warning("no %s translation for %s %r; English shown", self.lang, context,
                           key[:60])


def template_id(finding: object) -> str:
    """The catalogue key of a finding: ``template_id`` (``code.variant``) or its ``code``."""
    key = getattr(finding, "template_id", None) or getattr(finding, "code", None)
    if key is None:
        raise TypeError(f"not a finding: {type(finding).__name__}")
    return str(key)


def sentence(text: str) -> str:
    """Capitalise the first letter, as the English renderers do (a sentence may start with a
    term's lower case)."""
    return text[:1].upper() + text[1:]


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def _decimals(text: str, separator: str) -> str:
    """Figures in ``text`` ("34 µmol/L ÷ 17.1 ≈ 1.99 mg/dL") with ``separator``; the digits
    stay as printed."""
    return _DECIMAL_POINT.sub(separator, text)


def _params(raw: object) -> Mapping[str, Any] | None:
    """A finding's params as a mapping: core findings hold a mapping or (name, value) pairs."""
    if isinstance(raw, Mapping):
        return raw
    if isinstance(raw, tuple | list):
        try:
            return dict(raw)
        except (TypeError, ValueError):
            return None
    return None
