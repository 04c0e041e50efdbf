"""Small widgets shared by the score panels (SOFA, daily SOFA, eligibility, HScore).

Choices are ``GuardedComboBox``es (hazard H40: no wheel, no arrow stepping), whose first item is
"unknown" — a missing answer is unknown, never "no" and never 0 (and typing "n" selects "no",
"u" "unknown").  Texts are set by the
panels' ``retranslate()``; an item's value is its data, never its (translated) text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.ui.guarded_combo import GuardedComboBox

if TYPE_CHECKING:
    from desktop_app.services.scores import ScoreRecord

NOT_KNOWN = ""  # the data of the "unknown" item
ERROR_STYLE = "color: #A63A00;"
NOTE_STYLE = "color: #404040;"
WARN_STYLE = "color: #5C3B00;"
UNVERIFIED_STYLE = ("QLabel { background: #FFF1CC; color: #000000; border: 1px solid #B07A00; "
                    "padding: 1px 4px; font-weight: bold; }")


class ChoiceBox(GuardedComboBox):
    """A guarded choice whose items carry values; ``value()`` is ``""`` until one is chosen."""

    chosen = Signal()

    def __init__(self, values: Sequence[str], *, name: str, unknown_item: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = (NOT_KNOWN, *values) if unknown_item else tuple(values)
        for value in self.values:
            self.addItem("", value)
        self.setAccessibleName(name)
        self.setSizeAdjustPolicy(GuardedComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(lambda _i: self.chosen.emit())

    def set_texts(self, texts: Sequence[str]) -> None:
        """The item texts, "unknown" first (called from the panel's ``retranslate``)."""
        for index, text in enumerate(texts):
            self.setItemText(index, text)

    def value(self) -> str:
        return str(self.currentData() or NOT_KNOWN)

    def set_value(self, value: str | None) -> None:
        index = self.findData(value or NOT_KNOWN)
        self.setCurrentIndex(max(index, 0))


def yes_no(box: ChoiceBox) -> bool | None:
    """A yes/no box's answer: ``None`` while not known."""
    return {"yes": True, "no": False}.get(box.value())


def wrapped(text: str = "", *, name: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    if style:
        label.setStyleSheet(style)
    return label


def bold(label: QLabel, factor: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if factor != 1.0:
        font.setPointSizeF(font.pointSizeF() * factor)
    label.setFont(font)
    return label


def version_notes(r: ScoreRecord) -> list[str]:
    """Corrections and "entered in error" of a stored score record, in words."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("ScoreRecords", text)

    notes = []
    if r.supersedes is not None:
        notes.append(tr("corrects #{id}: {reason}").format(id=r.supersedes,
                                                           reason=r.correction_reason))
    if r.superseded_by is not None:
        notes.append(tr("superseded by #{id}").format(id=r.superseded_by))
    if r.entered_in_error:
        notes.append(tr("ENTERED IN ERROR: {reason}").format(reason=r.error_reason))
    return notes
