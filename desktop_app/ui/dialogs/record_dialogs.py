"""Dialogs of the record actions: confirm a save (naming the patient), give a reason.

Both are window-modal and opened with ``open()`` (no nested event loop); the caller reads the
result in ``accepted``.  The first field has the focus: the reason, or the Save button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MAX_REASON = 500


def _big(text: str, factor: float = 1.6) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    label.setFont(font)
    return label


class SaveConfirmDialog(QDialog):
    """"Save this assessment for patient BED-7?" with what will be stored."""

    def __init__(self, patient: str, summary: list[str], *, training: bool,
                 title: str | None = None, question: str | None = None,
                 parent: QWidget | None = None) -> None:
        """``title``/``question``: for another kind of record (a daily SOFA, a checklist);
        ``question`` is the whole sentence, naming the clinical or the TRAINING records (one
        sentence each: word order differs between languages)."""
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Save assessment"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        asked = QLabel(question or (
            self.tr("Save this assessment in the TRAINING records of patient:") if training
            else self.tr("Save this assessment in the clinical records of patient:")))
        asked.setWordWrap(True)
        self.patient = _big(patient)
        self.patient.setAccessibleName(self.tr("Patient to save for"))
        details = QLabel("\n".join(summary))
        details.setTextFormat(Qt.TextFormat.PlainText)
        details.setWordWrap(True)
        details.setAccessibleName(self.tr("What will be saved"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("&Save for {patient}").format(patient=_short(patient)),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        # Return means Save (the button named after the patient), never Cancel.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(asked)
        box.addWidget(self.patient)
        box.addWidget(details)
        box.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)


class ReasonDialog(QDialog):
    """A required, non-blank reason (correction, entered in error)."""

    def __init__(self, title: str, question: str, *, action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        prompt = QLabel(question)
        prompt.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setPlaceholderText(self.tr("required: why, in a few words"))
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        label = QLabel(self.tr("&Reason (required):"))
        label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        # Return with no reason does nothing (the OK button is disabled); never Cancel.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self._accept_if_given)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip())))
        box = QVBoxLayout(self)
        box.addWidget(prompt)
        box.addWidget(label)
        box.addWidget(self.reason_edit)
        box.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _accept_if_given(self) -> None:
        if self.reason:
            self.accept()


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
