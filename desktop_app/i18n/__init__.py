"""Words for people, in the language they read: the seam every non-Qt text goes through.

The window translates its own strings with Qt (``self.tr()`` / ``QCoreApplication.translate``,
``.ts`` files in ``resources/i18n/``).  Everything rendered without Qt — PDF reports, the command
line's text output, finding sentences — goes through a ``Translator``::

    tr = translator("de")
    tr("Result")                         # msgid = the English text
    tr("{n} patients", n=12)             # placeholders are str.format fields
    tr.finding(finding)                  # a core Finding (code + parameters) as a sentence

JSON output never goes through here: it keeps codes and the English ``message``.  Input rules
never depend on the language (the decimal separator of *entry* stays an explicit setting).

Standard library only; may read catalogue files from ``resources/``; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.site_config import LANGUAGES

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Translator:
    """Translates English source strings into ``lang`` (English only until catalogues land)."""

    lang: str = DEFAULT_LANGUAGE

    def __call__(self, text: str, /, **params: Any) -> str:
        return text.format(**params) if params else text

    def finding(self, finding: Any) -> str:
        """The sentence of a core ``Finding`` in this language."""
        return str(finding.message)


def translator(lang: str | None = None) -> Translator:
    """The translator for ``lang`` (one of ``LANGUAGES``; None: English)."""
    code = (lang or DEFAULT_LANGUAGE).lower()
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(LANGUAGES)}")
    return Translator(code)
