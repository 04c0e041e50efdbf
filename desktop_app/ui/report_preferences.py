"""Report preferences shared by the single and the batch export dialogs.

Institution, ward, paper and appendix: each is the user's last choice (``report/*`` in the
settings file), else the site configuration's ``[report]`` (set once by IT), else empty / A4 /
no appendix.  Identification (name, date of birth, record number) is never remembered.  The
report's language starts as the window's each time (a pharmacist at an English workstation
prints a German ward's reports by choosing it; the next export starts from the window again).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit

from desktop_app.i18n import LANGUAGE_NAMES, LANGUAGES
from desktop_app.ui.translate_marks import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

PAPERS = ((QT_TRANSLATE_NOOP("ReportPreferences", "A4"), "a4"),
          (QT_TRANSLATE_NOOP("ReportPreferences", "US Letter"), "letter"))
PREF_KEYS = {"institution": "report/institution", "ward": "report/ward", "paper": "report/paper",
             "appendix": "report/appendix"}


@dataclass
class ReportPreferences:
    institution: str = ""
    ward: str = ""
    paper: str = "a4"
    appendix: bool = False
    lang: str = "en"  # the report's language (not remembered: the window's, each time)


class ReportForm(NamedTuple):
    institution: QLineEdit
    ward: QLineEdit
    paper: QComboBox
    appendix: QCheckBox
    language: QComboBox

    def preferences(self) -> ReportPreferences:
        return ReportPreferences(self.institution.text().strip(), self.ward.text().strip(),
                                 self.paper.currentData(), self.appendix.isChecked(),
                                 self.language.currentData())


_SESSION: dict[str, str] = {}  # this session's choices when there is no settings file


def site_defaults() -> ReportPreferences:
    """The ``[report]`` section of the site configuration (set once by IT)."""
    from desktop_app.site_config import SiteConfigError, load_site_config

    try:
        site = load_site_config().report
    except SiteConfigError:  # the window reports a broken site.toml at start-up
        logger.warning("site configuration unreadable; report defaults used")
        return ReportPreferences()
    return ReportPreferences(site.institution, site.ward, site.paper.lower(), site.appendix)


def load_preferences(settings: Any | None) -> ReportPreferences:
    """What the export dialogs start with: each field as the user last chose it, else as the
    site configuration says, else empty / A4 / no appendix."""
    prefs = site_defaults()
    stored = dict(_SESSION)
    if settings is not None:
        stored.update({attr: str(settings.value(key) or "") for attr, key in PREF_KEYS.items()})
    for attr in ("institution", "ward", "paper"):
        if stored.get(attr):
            setattr(prefs, attr, stored[attr])
    if stored.get("appendix") in ("yes", "no"):
        prefs.appendix = stored["appendix"] == "yes"
    if prefs.paper not in dict(PAPERS).values():
        prefs.paper = "a4"
    prefs.lang = report_language()
    return prefs


def report_language() -> str:
    """The language a report starts in: the window's (the pseudo-locale prints English)."""
    from desktop_app.i18n import normalise_language
    from desktop_app.ui.language import current_language

    return normalise_language(current_language()) or "en"


def save_preferences(settings: Any | None, prefs: ReportPreferences) -> None:
    values = {"institution": prefs.institution, "ward": prefs.ward, "paper": prefs.paper,
              "appendix": "yes" if prefs.appendix else "no"}
    _SESSION.update(values)
    if settings is not None:
        settings.set_values({PREF_KEYS[attr]: value for attr, value in values.items()})


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportPreferences", text)


def layout_form(prefs: ReportPreferences, form: QFormLayout) -> ReportForm:
    """Institution, ward, paper, language and the appendix box, shared by the single and batch
    dialogs."""
    institution = QLineEdit(prefs.institution)
    institution.setAccessibleName(_tr("Institution (page header)"))
    ward = QLineEdit(prefs.ward)
    ward.setAccessibleName(_tr("Ward (page header)"))
    paper = QComboBox()
    paper.setAccessibleName(_tr("Paper size"))
    for label, value in PAPERS:
        paper.addItem(_tr(label), value)
    paper.setCurrentIndex(max(0, paper.findData(prefs.paper)))
    appendix = QCheckBox(_tr("Add the full &evidence (appendix)"))
    appendix.setChecked(prefs.appendix)
    appendix.setToolTip(_tr("Published and recomputed figures, safety, trial population "
                                 "and provenance after the one-page report"))
    form.addRow(_tr("&Institution:"), institution)
    form.addRow(_tr("&Ward:"), ward)
    language = QComboBox()
    language.setAccessibleName(_tr("Language of the report"))
    for code in LANGUAGES:
        language.addItem(LANGUAGE_NAMES[code], code)
    language.setCurrentIndex(max(0, language.findData(prefs.lang)))
    form.addRow(_tr("&Paper:"), paper)
    form.addRow(_tr("&Language:"), language)
    form.addRow("", appendix)
    return ReportForm(institution, ward, paper, appendix, language)
