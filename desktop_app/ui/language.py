"""The window's language: which one, Qt's translators for it, and switching it live.

The language is, first match wins: the user's choice in Settings (``display/language``), the
site's default (``site.toml`` [display] language), the computer's UI languages
(``QLocale.system().uiLanguages()``), English.  ``install_language`` loads our catalogue
(``resources/i18n/immunosep_<lang>.qm``, built from the ``.ts`` by ``tools/i18n.py build``) and
Qt's own translation of its dialogs and buttons (``qtbase_<lang>.qm`` from the PySide6 wheel;
Greek has none there, so our catalogue carries those few strings), replacing the previous ones.

Switching is live: installing a translator makes Qt send every widget a ``LanguageChange``
event.  A widget that shows text sets it in ``retranslate()`` and calls that from its
constructor and from ``changeEvent`` (``Retranslating`` does the latter); texts rendered
without Qt (findings, evidence, training texts, numbers) come from ``text_translator()`` inside
``retranslate()``, so the current result is re-rendered in the new language.

``QLocale.setDefault`` is deliberately never called: the language changes words, not how typed
values are read (the decimal separator is its own setting, hazard H08).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop_app.core.findings import worded_by_template
from desktop_app.core.values import InputError
from desktop_app.i18n import (
    DEFAULT_LANGUAGE,
    PSEUDO,
    i18n_dir,
    pseudo,
    pseudo_translator,
    resolve_language,
    translator,
)
from desktop_app.site_config import SiteConfigError, load_site_config

if TYPE_CHECKING:
    from desktop_app.i18n import Translator

logger = logging.getLogger(__name__)

_current = {"lang": DEFAULT_LANGUAGE}
_installed: list[QTranslator] = []


class PseudoTranslator(QTranslator):
    """Every Qt string in the pseudo-locale (layout tests; see ``desktop_app.i18n.pseudo``)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


class Retranslating:
    """Mixin for a ``QWidget`` subclass with a ``retranslate()`` method: called again whenever
    the application's language changes (list it before the Qt base class)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def current_language() -> str:
    """The language the window shows now (``en`` until ``install_language``)."""
    return _current["lang"]


def text_translator() -> Translator:
    """The ``Translator`` for texts the window renders without Qt, in the current language."""
    lang = current_language()
    return pseudo_translator() if lang == PSEUDO else translator(lang)


def input_error_text(error: InputError) -> str:
    """A value the core cannot read, in the window's language: its template by id, filled from
    its typed parameters.  An error raised with a ready sentence of its own (a check of the
    window itself, already translated) is shown as it is."""
    if worded_by_template(error.template_id, error.params):
        return text_translator().finding(error)
    return error.message


def system_ui_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


def site_language() -> str | None:
    """The site's default language, or None (a broken site file is reported where it is used
    for the database; the language then falls back quietly)."""
    try:
        return load_site_config().display.language
    except SiteConfigError:
        logger.warning("site configuration unreadable; language from the computer's locale")
        return None


def window_language(choice: str | None, *, site_default: str | None = None,
                    system: Sequence[str] | None = None) -> str:
    """The language to show for a Settings ``choice`` ('' or None: automatic)."""
    return resolve_language(choice or None, site_default,
                            list(system) if system is not None else system_ui_languages())


def install_language(app: QCoreApplication, lang: str, *, qm_dir: Path | None = None) -> str:
    """Show ``lang`` from now on; returns the language in effect.

    When our compiled catalogue for ``lang`` is missing (a development checkout that was not
    built), the window stays in English and the reason is logged.
    """
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    if lang == PSEUDO:
        _install(app, PseudoTranslator(app))
    elif lang != DEFAULT_LANGUAGE:
        from desktop_app.i18n.catalogue import CATALOGUE_STEM

        ours = QTranslator(app)
        folder = str(qm_dir or i18n_dir())
        if not ours.load(f"{CATALOGUE_STEM}_{lang}", folder):
            logger.error("no compiled catalogue for %s in %s (tools/i18n.py build); English "
                         "shown", lang, folder)
            lang = DEFAULT_LANGUAGE
        else:
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{lang}", qt_dir):
                _install(app, qt)
            _install(app, ours)  # installed last: searched first, so ours wins
    _current["lang"] = lang
    return lang


def _install(app: QCoreApplication, t: QTranslator) -> None:
    app.installTranslator(t)
    _installed.append(t)
