"""About: app, rule-set and evidence versions, and the clinical disclaimer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.core.rules import RuleSet
from desktop_app.paths import APP_NAME

DISCLAIMER = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Decision support only. The phenotype says which ImmunoSep stratum a patient's laboratory "
    "values match; the regimens shown are the ones used in the trial, not orders. The trial "
    "showed less organ dysfunction by day 9 and no mortality benefit, in a phase 2 population "
    "(adults with sepsis from pneumonia or primary bacteraemia, treated within 72 h). "
    "The treating clinician decides.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def about_html(app_version: str, ruleset: RuleSet, evidence_version: str, *,
               training: bool) -> str:
    mode = f"<p><b>{escape(_tr('Training mode: synthetic data only.'))}</b></p>" \
        if training else ""
    versions = _tr("Rule set: {ruleset}<br>Evidence: {evidence}<br>Source: {citation} "
                   "doi:{doi}, {registry}").format(
        ruleset=escape(ruleset.version), evidence=escape(evidence_version),
        citation=escape(ruleset.citation), doi=escape(ruleset.doi),
        registry=escape(ruleset.registry_id))
    return (f"<h3>{escape(APP_NAME)} {escape(app_version)}</h3>{mode}<p>{versions}</p>"
            f"<p>{escape(_tr(DISCLAIMER))}</p>"
            f"<p>{escape(_tr('Works offline: no data leave this computer.'))}</p>")


class AboutDialog(QDialog):
    def __init__(self, app_version: str, ruleset: RuleSet, evidence_version: str, *,
                 training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.text = QLabel(about_html(app_version, ruleset, evidence_version, training=training))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName("About")
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()
