"""Report preferences shared by the single and the batch export dialogs.

Institution, ward, paper and appendix: each is the user's last choice (``report/*`` in the
settings file), else the site configuration's ``[report]`` (set once by IT), else empty / A4 /
no appendix.  Identification (name, date of birth, record number) is never remembered.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

logger = logging.getLogger(__name__)

PAPERS = (("A4", "a4"), ("US Letter", "letter"))
PREF_KEYS = {"institution": "report/institution", "ward": "report/ward", "paper": "report/paper",
             "appendix": "report/appendix"}


@dataclass
class ReportPreferences:
    institution: str = ""
    ward: str = ""
    paper: str = "a4"
    appendix: bool = False


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
    return prefs


def save_preferences(settings: Any | None, prefs: ReportPreferences) -> None:
    values = {"institution": prefs.institution, "ward": prefs.ward, "paper": prefs.paper,
              "appendix": "yes" if prefs.appendix else "no"}
    _SESSION.update(values)
    if settings is not None:
        settings.set_values({PREF_KEYS[attr]: value for attr, value in values.items()})


def layout_form(prefs: ReportPreferences, form: QFormLayout,
                owner: QWidget) -> tuple[QLineEdit, QLineEdit, QComboBox, QCheckBox]:
    """Institution, ward, paper and the appendix box, shared by the single and batch dialogs."""
    institution = QLineEdit(prefs.institution)
    institution.setAccessibleName(owner.tr("Institution (page header)"))
    ward = QLineEdit(prefs.ward)
    ward.setAccessibleName(owner.tr("Ward (page header)"))
    paper = QComboBox()
    paper.setAccessibleName(owner.tr("Paper size"))
    for label, value in PAPERS:
        paper.addItem(owner.tr(label), value)
    paper.setCurrentIndex(max(0, paper.findData(prefs.paper)))
    appendix = QCheckBox(owner.tr("Add the full &evidence (appendix)"))
    appendix.setChecked(prefs.appendix)
    appendix.setToolTip(owner.tr("Published and recomputed figures, safety, trial population "
                                 "and provenance after the one-page report"))
    form.addRow(owner.tr("&Institution:"), institution)
    form.addRow(owner.tr("&Ward:"), ward)
    form.addRow(owner.tr("&Paper:"), paper)
    form.addRow("", appendix)
    return institution, ward, paper, appendix
