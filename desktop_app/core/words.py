"""How the core words its texts in any language, without knowing any language but English.

Functions that describe something for people (the criteria table, the rule, the charts) take a
``tr`` argument: anything that satisfies ``Words`` — ``desktop_app.i18n.Translator`` does (the
core imports nothing from it) — or ``ENGLISH``, the source language, by default.  Texts passed
to ``tr("…")`` are literal English templates with named fields; the extraction collects them
into the catalogues (``tools/i18n_sources.py``).  Numbers are passed as ``Decimal`` or ``int``
so that each language writes its own decimal separator.

Standard library only.
"""

from __future__ import annotations

from typing import Any, Protocol

from desktop_app.core.findings import TERMS, Writer


class Words(Writer, Protocol):
    """A language, as the core's renderers use it."""

    def __call__(self, text: str, /, **params: Any) -> str:
        """``text`` (an English template) in this language, its fields filled from ``params``."""

    def evidence(self, text: str) -> str:
        """A text of the evidence base (``resources/evidence/immunosep.json``)."""

    def template(self, key: str, english: str, /, **params: Any) -> str:
        """The keyed template ``key`` (English ``english``, context "Finding"), filled."""


class English:
    """The source language: templates as written, each value in its English form."""

    def __call__(self, text: str, /, **params: Any) -> str:
        return text.format_map({k: _english(v) for k, v in params.items()}) if params else text

    def evidence(self, text: str) -> str:
        return text

    def template(self, key: str, english: str, /, **params: Any) -> str:
        return self(english, **params)

    def decimal_text(self, text: str) -> str:
        return text

    def instant(self, iso: str) -> str:
        return iso

    def term(self, key: str, english: str) -> str:
        return TERMS.get(key, english)


def _english(value: object) -> object:
    """A parameter's English form (typed findings parameters render themselves)."""
    english = getattr(value, "english", None)
    return english() if callable(english) else value


ENGLISH = English()
