"""About: app, rule-set and evidence versions, the clinical disclaimer, the language's review
status."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.core.rules import RuleSet
from desktop_app.i18n import LANGUAGE_NAMES
from desktop_app.paths import APP_NAME
from desktop_app.ui.language import Retranslating, current_language, text_translator


class AboutDialog(Retranslating, QDialog):
    def __init__(self, app_version: str, ruleset: RuleSet, evidence_version: str, *,
                 training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facts = (app_version, ruleset, evidence_version, training)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A fixed wrapping width and the height that width needs: a top-level dialog does not
        # size a wrapped rich-text label by its height-for-width, and a longer language would
        # otherwise lose its last lines (the review status among them).
        self._wrap = self.fontMetrics().averageCharWidth() * 70
        self.text.setFixedWidth(self._wrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.text.setAccessibleName(self.tr("About"))
        self.text.setText(self.html())
        self.text.setMinimumHeight(self.text.heightForWidth(self._wrap))
        self.adjustSize()

    def html(self) -> str:
        app_version, ruleset, evidence_version, training = self._facts
        e = escape
        training_note = self.tr("Training mode: synthetic data only.")
        mode = f"<p><b>{e(training_note)}</b></p>" if training else ""
        lines = [self.tr("Rule set: {version}").format(version=ruleset.version),
                 self.tr("Evidence: {version}").format(version=evidence_version),
                 self.tr("Source: {citation} doi:{doi}, {registry}").format(
                     citation=ruleset.citation, doi=ruleset.doi, registry=ruleset.registry_id)]
        disclaimer = self.tr(
            "Decision support only. The phenotype says which ImmunoSep stratum a patient's "
            "laboratory values match; the regimens shown are the ones used in the trial, not "
            "orders. The trial showed less organ dysfunction by day 9 and no mortality benefit, "
            "in a phase 2 population (adults with sepsis from pneumonia or primary "
            "bacteraemia, treated within 72 h). The treating clinician decides.")
        language = self.tr("Language: {language}").format(
            language=LANGUAGE_NAMES.get(current_language(), current_language()))
        offline = self.tr("Works offline: no data leave this computer.")
        review = text_translator().review_note()
        return (f"<h3>{e(APP_NAME)} {e(app_version)}</h3>{mode}"
                f"<p>{'<br>'.join(e(line) for line in lines)}</p><p>{e(disclaimer)}</p>"
                f"<p>{e(offline)}</p>"
                f"<p>{e(language)}{'<br>' + e(review) if review else ''}</p>")
