"""Words for people, in the language they read: the seam every non-Qt text goes through.

The window translates its own strings with Qt (``self.tr()`` / ``QCoreApplication.translate``,
compiled from the same ``resources/i18n/immunosep_<lang>.ts`` catalogues; see
``desktop_app.ui.language``).  Everything rendered without Qt — PDF reports, the command line's
text output, finding sentences, evidence and training texts — goes through a ``Translator``::

    tr = translator("de")
    tr("Result")                              # msgid = the English text (context "Text")
    tr("{n} rows read in {file}", n=12, file=name)   # str.format fields, typed values
    tr.plural("{n} patient", "{n} patients", n)      # the right form for n
    tr.finding(finding)                       # a core Finding (code + typed params)
    tr.evidence(key_point.text)               # a text of resources/evidence/immunosep.json
    tr.training(case.title)                   # a text of resources/demo/cases.json
    tr.number(Decimal("4420.5"))              # "4420,5": output only, never grouped
    tr.datetime(when, zone=True)              # "24.11.2026 10:15 +01:00 (CET)"
    review_status("de").pending, tr.review_note()   # About and the PDF footer

JSON output never goes through here: it keeps codes and the English ``message``.  Input rules
never depend on the language (the decimal separator of *entry* stays an explicit setting).
``docs/i18n.md`` explains how to add a text, build the catalogues and check them.

Standard library only; reads catalogue and glossary files from ``resources/i18n``; no Qt.
The translator, catalogue reader and glossaries are imported when first used (``__getattr__``
below): the window's first paint in English needs none of them (docs/gui.md, "Start-up").
"""

from __future__ import annotations

import os
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.i18n.pseudo import PSEUDO, pseudo
from desktop_app.paths import resource
from desktop_app.site_config import LANGUAGES

if TYPE_CHECKING:
    from desktop_app.i18n.catalogue import CatalogueError
    from desktop_app.i18n.glossaries import Glossary, GlossaryError, ReviewStatus
    from desktop_app.i18n.translation import Translator

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "N_",
    "PSEUDO",
    "TRANSLATED_LANGUAGES",
    "CatalogueError",
    "GlossaryError",
    "ReviewStatus",
    "Translator",
    "glossary",
    "i18n_dir",
    "load_translator",
    "normalise_language",
    "pseudo_translator",
    "resolve_language",
    "review_status",
    "system_languages",
    "translator",
]

DEFAULT_LANGUAGE = "en"
TRANSLATED_LANGUAGES = tuple(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)
# Each language named in itself (what a user looks for in a list), never translated.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "el": "Ελληνικά", "nl": "Nederlands",
                  "fr": "Français", "it": "Italiano", "es": "Español"}
# Names of this package that live in a module imported at their first use.
_LAZY = {"Translator": "translation", "CatalogueError": "catalogue",
         "GlossaryError": "glossaries", "ReviewStatus": "glossaries"}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def N_(text: str) -> str:
    """Mark ``text`` as a ``Text`` msgid where it is defined (a table, a constant); translate it
    where it is shown, with ``tr(text)``.  Returns ``text`` unchanged."""
    return text


def i18n_dir() -> Path:
    return resource("i18n")


def normalise_language(code: str | None) -> str | None:
    """``"de_DE.UTF-8"``, ``"de-AT"`` or ``"DE"`` → ``"de"``; None when not one of ours."""
    if not code:
        return None
    primary = code.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    return primary if primary in LANGUAGES else None


def resolve_language(choice: str | None = None, site_default: str | None = None,
                     system: tuple[str, ...] | list[str] = ()) -> str:
    """The language to use: the user's ``choice`` (Settings, ``--lang``), else the site's
    default (``site.toml`` [display] language), else the first of the computer's languages
    that we have, else English."""
    for candidate in (choice, site_default, *system):
        code = normalise_language(candidate)
        if code:
            return code
    return DEFAULT_LANGUAGE


def system_languages(environ: dict[str, str] | None = None) -> tuple[str, ...]:
    """The computer's preferred languages without Qt (POSIX locale variables; on Windows the
    user's UI language).  The window asks Qt instead (``QLocale.system().uiLanguages()``)."""
    env = os.environ if environ is None else environ
    found: list[str] = []
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        found += [v for v in env.get(name, "").split(":") if v and v not in ("C", "POSIX")]
    if not found and os.name == "nt":  # pragma: no cover - Windows only
        import ctypes
        import locale

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        ui_language = locale.windows_locale.get(lcid)
        if ui_language:
            found.append(ui_language)
    return tuple(found)


def load_translator(lang: str, directory: Path | None = None) -> Translator:
    """A translator reading its catalogue from ``directory`` (default: the bundled one)."""
    from desktop_app.i18n.catalogue import CatalogueError, catalogue_path, read_catalogue
    from desktop_app.i18n.translation import Translator

    code = _checked(lang)
    if code == DEFAULT_LANGUAGE:
        return Translator(code)  # the source language: no translation review to state
    folder = directory or i18n_dir()
    catalogue = read_catalogue(catalogue_path(code, folder))
    if catalogue.lang != code:
        raise CatalogueError(f"{catalogue_path(code, folder)} declares language "
                             f"{catalogue.lang!r}, not {code!r}")
    return Translator(code, catalogue, review=_review(code, folder))


@cache
def translator(lang: str | None = None) -> Translator:
    """The translator for ``lang`` (one of ``LANGUAGES``; None: English), read once.

    Raises ``CatalogueError`` when the language's catalogue cannot be read (an installation
    defect: ``immunosep self-test`` reports it) and ``ValueError`` for an unknown language.
    ``PSEUDO`` gives the pseudo-locale (layout tests of reports and the command line).
    """
    if lang == PSEUDO:
        return pseudo_translator()
    return load_translator(lang or DEFAULT_LANGUAGE)


def pseudo_translator() -> Translator:
    """The pseudo-locale (accented, ~40 % longer English) for layout tests."""
    from desktop_app.i18n.formatting import FORMATS
    from desktop_app.i18n.translation import Translator

    return Translator(PSEUDO, transform=pseudo, fmt=FORMATS["de"])


@cache
def glossary(lang: str) -> Glossary:
    """The glossary of a translated language (``GlossaryError`` if missing or malformed)."""
    from desktop_app.i18n.glossaries import GLOSSARY_DIR, read_glossary

    code = _checked(lang)
    return read_glossary(i18n_dir() / GLOSSARY_DIR / f"{code}.toml")


def review_status(lang: str) -> ReviewStatus:
    """Whether ``lang`` has been clinically reviewed, by whom and when.  While ``.pending``,
    About and every PDF footer show ``translator(lang).review_note()``."""
    from desktop_app.i18n.glossaries import ENGLISH_REVIEW

    code = _checked(lang)
    return ENGLISH_REVIEW if code == DEFAULT_LANGUAGE else glossary(code).review


def _review(code: str, folder: Path) -> ReviewStatus:
    from desktop_app.i18n.glossaries import GLOSSARY_DIR, read_glossary

    return read_glossary(folder / GLOSSARY_DIR / f"{code}.toml").review


def _checked(lang: str) -> str:
    code = (lang or "").strip().lower()
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(LANGUAGES)}")
    return code
