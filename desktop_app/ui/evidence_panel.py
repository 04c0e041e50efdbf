"""The evidence panel: what the ImmunoSep trial showed for the patient's phenotype.

In the order a clinician reads it (``evidence_text``): the key points and the regimen used in
the trial with its caution first; the statistics audit (published vs recomputed figures)
collapsed behind a button; the provenance (citation, versions, curation notes) last.  For
unclassified and cannot-classify it says plainly that the evidence does not apply, and why.

The panel scrolls as one page (arrow keys and PgUp/PgDn once it has focus) and, in the stacked
layout of a narrow window, grows to its full height inside the window's own scroll area.  It
asks the window for the evidence base when it first shows a text from it (``evidence``): the
window is painted before that base is read.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.language import Retranslating, current_language
from desktop_app.ui.qt_namespace import set_properties

if TYPE_CHECKING:
    from desktop_app.core.evidence import Arm, EvidenceBase
    from desktop_app.core.phenotype import Assessment


def _rich_label() -> QLabel:
    label = QLabel()
    # openExternalLinks off: an offline app, nothing here navigates anywhere
    set_properties(label, textFormat="RichText", wordWrap=True, openExternalLinks=False,
                   textInteractionFlags="TextSelectableByMouse", alignment="AlignTop|AlignLeft")
    return label


class EvidencePanel(Retranslating, QScrollArea):
    """Read-only, selectable, keyboard-scrollable evidence for the current assessment."""

    def __init__(self, evidence: Callable[[], EvidenceBase],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._evidence = evidence
        self.applies = False
        self.arm_key: str | None = None
        self.setObjectName("evidencePanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        set_properties(self, focusPolicy="StrongFocus",
                       horizontalScrollBarPolicy="ScrollBarAlwaysOff")
        body = QWidget()
        body.setObjectName("evidenceBody")
        body.setStyleSheet("#evidenceBody { background: #FFFFFF; } "
                           "#evidenceBody QLabel { color: #000000; }")
        self.clinical = _rich_label()
        self.audit_button = QToolButton()
        set_properties(self.audit_button, checkable=True,
                       toolButtonStyle="ToolButtonTextBesideIcon", focusPolicy="StrongFocus")
        self.audit = _rich_label()
        self.audit.setVisible(False)
        self.provenance = _rich_label()
        box = QVBoxLayout(body)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(self.clinical)
        box.addWidget(self.audit_button)  # at the left: a tool button does not grow
        box.addWidget(self.audit)
        box.addWidget(self.provenance)
        box.addStretch(1)
        self.setWidget(body)
        self.audit_button.toggled.connect(self._on_audit_toggled)
        self._shown_key: object = object()
        self._assessment: Assessment | None = None
        self._audit_arm: Arm | None = None
        self._audit_stale = True
        self._complete = False  # the key points and provenance wait for the first paint
        self._show_waiting()
        self.retranslate()

    @property
    def evidence(self) -> EvidenceBase:
        return self._evidence()

    def retranslate(self) -> None:
        """Labels, then the text shown, in the window's language now."""
        self.setAccessibleName(self.tr("Trial evidence"))
        self.clinical.setAccessibleName(self.tr("Key points and regimen"))
        self.audit_button.setText(self.tr("Statistics audit: published vs recomputed figures"))
        self.audit.setAccessibleName(self.tr("Statistics audit"))
        self.provenance.setAccessibleName(self.tr("Provenance"))
        self._on_audit_toggled(self.audit_button.isChecked())
        if self._complete:
            self.show_for(self._assessment)  # the language is part of the text's key
        else:
            self._show_waiting()

    def focus_target(self) -> QWidget:
        return self

    def complete(self) -> None:
        """After the window's first paint: the full text (key points, provenance) of the
        empty state too.  Every assessment shown before or after gets the full text at once."""
        if not self._complete:
            self._complete = True
            if self._shown_key is None:
                self._shown_key = object()
                self.show_for(None)

    def show_for(self, assessment: Assessment | None) -> None:
        self._assessment = assessment
        if assessment is None and not self._complete:
            self._show_waiting()  # the short start-up text, until ``complete``
            return
        from desktop_app.ui.evidence_text import clinical_html, provenance_html

        arm = self.evidence.arm_for(assessment.phenotype) if assessment else None
        why = (self.evidence.not_applicable_text(assessment.status, assessment.phenotype)
               if assessment else None)
        self.applies = bool(assessment and arm and why is None)
        self.arm_key = arm.key if self.applies and arm else None
        # The text depends only on this key; typing a digit must not rebuild it (the Fisher
        # recomputation and the HTML layout cost milliseconds, every keystroke).
        key = (current_language(), None if assessment is None else (
            assessment.status, assessment.phenotype, assessment.headline,
            () if self.applies else tuple(r.message for r in assessment.reasons)))
        if key == self._shown_key:
            return
        language_changed = not isinstance(self._shown_key, tuple) or \
            self._shown_key[0] != key[0]
        self._shown_key = key
        self._audit_arm = arm if self.applies else None
        self.clinical.setText(clinical_html(self.evidence, assessment, self._audit_arm, why))
        self._audit_stale = True  # built when shown: its recomputations cost milliseconds
        if self.audit_button.isChecked():
            self._fill_audit()
        if language_changed or not self.provenance.text():
            self.provenance.setText(provenance_html(self.evidence))
        self._complete = True

    def _show_waiting(self) -> None:
        self.applies, self.arm_key, self._audit_arm = False, None, None
        self._shown_key = None
        self._audit_stale = True
        self.clinical.setText("<p>" + escape(self.tr(
            "The evidence for the patient's phenotype appears here once the values can be "
            "classified.")) + "</p>")
        self.provenance.setText("")

    def _fill_audit(self) -> None:
        from desktop_app.ui.evidence_text import audit_html

        if self._audit_stale:
            self.audit.setText(audit_html(self.evidence, self._audit_arm))
            self._audit_stale = False

    def toPlainText(self) -> str:
        """Everything the panel holds as plain text (the collapsed audit included)."""
        self._fill_audit()
        return "\n".join(_plain(label.text()) for label in
                         (self.clinical, self.audit, self.provenance))

    def visible_text(self) -> str:
        """What is shown now, top to bottom (the audit only when expanded)."""
        shown = [self.clinical, *([self.audit] if self.audit.isVisibleTo(self) else []),
                 self.provenance]
        return "\n".join(_plain(label.text()) for label in shown)

    def _on_audit_toggled(self, on: bool) -> None:
        if on:
            self._fill_audit()
        self.audit.setVisible(on)
        set_properties(self.audit_button, arrowType="DownArrow" if on else "RightArrow")
        self.audit_button.setAccessibleName(self.tr("Hide the statistics audit") if on else
                                            self.tr("Show the statistics audit"))


def _plain(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()
