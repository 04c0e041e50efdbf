"""Settings: the decimal separator in force (declared, never guessed from the locale)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class SettingsDialog(QDialog):
    """Returns its choice through ``decimal_comma`` after ``exec()``."""

    def __init__(self, *, decimal_comma: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        group = QGroupBox(self.tr("Decimal separator for typed values"))
        self.point = QRadioButton(self.tr("&Point: 4420.5 (a comma is refused)"))
        self.comma = QRadioButton(self.tr("&Comma: 4420,5 (a point is refused)"))
        chosen = self.comma if decimal_comma else self.point
        chosen.setChecked(True)
        note = QLabel(self.tr("Thousands separators are never accepted in either setting: "
                              "'4,420' and '4.420' are refused because they mean different "
                              "numbers in different countries. This does not follow the "
                              "computer's language settings."))
        note.setWordWrap(True)
        inner = QVBoxLayout(group)
        inner.addWidget(self.point)
        inner.addWidget(self.comma)
        inner.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(group)
        box.addWidget(buttons)
        chosen.setFocus()  # the first field has the focus

    @property
    def decimal_comma(self) -> bool:
        return self.comma.isChecked()
