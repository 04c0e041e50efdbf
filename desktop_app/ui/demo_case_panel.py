"""Training cases: pick one to fill in the form; read its teaching note and expected result.

A strip under the training banner (so the form itself looks the same in both modes).  The
arrow keys in the case box step through the cases.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QWidget

from desktop_app.core.phenotype import Assessment
from desktop_app.services.demo import DemoCase

_STYLE = ("#demoCasePanel { background: #FFF4DC; border: 1px solid #E69F00; }"
          "#demoCasePanel QLabel { color: #000000; }")


class DemoCasePanel(QFrame):
    """Case chooser with the selected case's expected result, teaching note and self-check."""

    case_selected = Signal(object)  # DemoCase

    def __init__(self, cases: Sequence[DemoCase], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoCasePanel")
        self.setStyleSheet(_STYLE)
        self.cases = tuple(cases)
        self.current: DemoCase | None = None
        self.combo = QComboBox()
        self.combo.setAccessibleName("Training case")
        self.combo.setPlaceholderText("choose a synthetic case…")
        for case in self.cases:
            self.combo.addItem(f"{case.label}  [{case.topic}]")
        self.combo.setCurrentIndex(-1)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel("Training &case:")
        label.setBuddy(self.combo)
        self.note = QLabel("Choose a case to fill in the form; ↑/↓ step through them.")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAccessibleName("Teaching note")
        self.expected = QLabel()
        self.expected.setWordWrap(True)
        self.expected.setTextFormat(Qt.TextFormat.PlainText)
        self.expected.setAccessibleName("Expected result")
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.check.setAccessibleName("Result compared with the case")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.combo, 0, 1)
        grid.addWidget(self.expected, 0, 2)
        grid.addWidget(self.check, 0, 3)
        grid.addWidget(self.note, 1, 0, 1, 4)
        grid.setColumnStretch(2, 1)
        self.combo.currentIndexChanged.connect(self._on_index_changed)

    def select(self, case_id: str) -> None:
        index = next(i for i, c in enumerate(self.cases) if c.id == case_id)
        if index == self.combo.currentIndex():
            self._on_index_changed(index)
        else:
            self.combo.setCurrentIndex(index)

    def deselect(self) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(-1)
        self.combo.blockSignals(False)
        self.current = None
        self.expected.setText("")
        self.check.setText("")

    def show_result(self, assessment: Assessment | None, *, edited: bool) -> None:
        """Say whether the result on screen is the one the case teaches."""
        case = self.current
        if case is None:
            self.check.setText("")
        elif not edited and assessment is not None and case.expected.matches(assessment):
            self.check.setText("✔ matches the result shown")
        else:
            self.check.setText("Values changed: the result may differ")

    def _on_index_changed(self, index: int) -> None:
        if not 0 <= index < len(self.cases):
            return
        case = self.cases[index]
        self.current = case
        self.expected.setText(f"Expected: {case.expected.describe()}")
        self.note.setText(case.note)
        self.case_selected.emit(case)
