"""Settings: the decimal separator in force (declared, never guessed from the locale) and the
language of the window."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import LANGUAGE_NAMES, LANGUAGES
from desktop_app.ui.language import Retranslating


class SettingsDialog(Retranslating, QDialog):
    """Returns its choices through ``decimal_comma`` and ``language`` after ``exec()``.

    ``language`` is "" for automatic; ``automatic_language`` is what automatic means on this
    computer (shown beside the choice).
    """

    def __init__(self, *, decimal_comma: bool, language: str = "",
                 automatic_language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._automatic = automatic_language
        self.decimal_group = QGroupBox()
        self.point = QRadioButton()
        self.comma = QRadioButton()
        (self.comma if decimal_comma else self.point).setChecked(True)
        self.decimal_note = QLabel()
        self.decimal_note.setWordWrap(True)
        inner = QVBoxLayout(self.decimal_group)
        inner.addWidget(self.point)
        inner.addWidget(self.comma)
        inner.addWidget(self.decimal_note)

        self.language_group = QGroupBox()
        self.language_box = QComboBox()
        self.language_box.addItem("", "")
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_box)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        form = QFormLayout(self.language_group)
        form.addRow(self.language_label, self.language_box)
        form.addRow(self.language_note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.decimal_group)
        box.addWidget(self.language_group)
        box.addWidget(buttons)
        (self.comma if self.comma.isChecked() else self.point).setFocus()  # first field
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.decimal_group.setTitle(self.tr("Decimal separator for typed values"))
        self.point.setText(self.tr("&Point: 4420.5 (a comma is refused)"))
        self.comma.setText(self.tr("&Comma: 4420,5 (a point is refused)"))
        self.decimal_note.setText(self.tr(
            "Thousands separators are never accepted in either setting: '4,420' and '4.420' "
            "are refused because they mean different numbers in different countries. This "
            "does not follow the computer's language settings."))
        self.language_group.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_box.setItemText(0, self.tr("Automatic ({language})").format(
            language=LANGUAGE_NAMES.get(self._automatic, self._automatic)))
        self.language_note.setText(self.tr(
            "The window changes language at once. Typed values are read the same way in "
            "every language: only the decimal separator above decides."))

    @property
    def decimal_comma(self) -> bool:
        return self.comma.isChecked()

    @property
    def language(self) -> str:
        """The chosen language code, or "" for automatic."""
        return str(self.language_box.currentData() or "")
