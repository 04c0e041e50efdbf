"""Training cases: pick one to fill in the form; read its teaching note and expected result.

A strip under the training banner (so the form itself looks the same in both modes).  The
arrow keys in the case box step through the cases (choosing a case fills the form; it changes
no value of a real patient).  **Quiz** hides each case's title, topic, expected result and
teaching note until **Reveal** (Alt+E), so a trainee reads the result before being told.
The expected result is shown in words (phenotype, never a reason code).  Case titles, topics
and notes come from the catalogue (``Translator.training``); ``retranslate()`` shows them in
the new language after a change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop_app.core.phenotype import Assessment
from desktop_app.services.demo import DemoCase
from desktop_app.ui.language import Retranslating, text_translator
from desktop_app.ui.qt_namespace import set_properties

_STYLE = ("#demoCasePanel { background: #FFF4DC; border: 1px solid #E69F00; }"
          "#demoCasePanel QLabel, #demoCasePanel QCheckBox { color: #000000; }")


class DemoCasePanel(Retranslating, QFrame):
    """Case chooser with the selected case's expected result, teaching note and self-check."""

    case_selected = Signal(object)  # DemoCase

    def __init__(self, cases: Sequence[DemoCase], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoCasePanel")
        self.setStyleSheet(_STYLE)
        self.cases = tuple(cases)
        self.current: DemoCase | None = None
        self.revealed = False
        self._last: tuple[Assessment | None, bool] | None = None
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        label = self.case_label = QLabel()
        label.setBuddy(self.combo)
        self.quiz = QCheckBox()
        self.reveal_button = QPushButton()
        self.note = QLabel()
        set_properties(self.note, wordWrap=True, textFormat="PlainText")
        self.expected = QLabel()
        set_properties(self.expected, wordWrap=True, textFormat="PlainText")
        self.check = QLabel()
        self.check.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.combo, 0, 1)
        grid.addWidget(self.quiz, 0, 2)
        grid.addWidget(self.reveal_button, 0, 3)
        grid.addWidget(self.expected, 1, 0, 1, 2)
        grid.addWidget(self.check, 1, 2, 1, 2)
        grid.addWidget(self.note, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        self._fill_combo()
        self.combo.setCurrentIndex(-1)
        self.combo.currentIndexChanged.connect(self._on_index_changed)
        self.quiz.toggled.connect(self._on_quiz_toggled)
        self.reveal_button.clicked.connect(self.reveal)
        self.retranslate()

    def retranslate(self) -> None:
        self.combo.setAccessibleName(self.tr("Training case"))
        self.combo.setPlaceholderText(self.tr("choose a synthetic case…"))
        self.case_label.setText(self.tr("Training &case:"))
        self.quiz.setText(self.tr("&Quiz: hide the answers"))
        self.quiz.setAccessibleName(self.tr("Quiz mode"))
        self.reveal_button.setText(self.tr("R&eveal"))
        self.reveal_button.setAccessibleName(self.tr("Reveal the expected result"))
        self.note.setAccessibleName(self.tr("Teaching note"))
        self.expected.setAccessibleName(self.tr("Expected result"))
        self.check.setAccessibleName(self.tr("Result compared with the case"))
        self._fill_combo()
        self._show_case()

    @property
    def quiz_mode(self) -> bool:
        return self.quiz.isChecked()

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
        self._update_reveal()

    def reveal(self) -> None:
        self.revealed = True
        self._show_case()

    def show_result(self, assessment: Assessment | None, *, edited: bool) -> None:
        """Say whether the result on screen is the one the case teaches (once revealed)."""
        case = self.current
        if case is None or (self.quiz_mode and not self.revealed):
            self.check.setText("")
        elif not edited and assessment is not None and case.expected.matches(assessment):
            self.check.setText(self.tr("✔ matches the result shown"))
        else:
            self.check.setText(self.tr("Values changed: the result may differ"))
        self._last = (assessment, edited)

    # -- internals --------------------------------------------------------------------------
    def _fill_combo(self) -> None:
        index = self.combo.currentIndex()
        self.combo.blockSignals(True)
        self.combo.clear()
        tr = text_translator()
        for number, case in enumerate(self.cases, start=1):
            if self.quiz_mode:
                self.combo.addItem(self.tr("Case {n} of {total} ({id})").format(
                    n=number, total=len(self.cases), id=case.id))
            else:
                self.combo.addItem(self.tr("{id} · {title} — topic: {topic}").format(
                    id=case.id, title=tr.training(case.title), topic=tr.training(case.topic)))
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def _on_index_changed(self, index: int) -> None:
        if not 0 <= index < len(self.cases):
            return
        case = self.cases[index]
        self.current = case
        self.revealed = False
        self._show_case()
        self.case_selected.emit(case)

    def _on_quiz_toggled(self, _on: bool) -> None:
        self.revealed = False
        self._fill_combo()
        self._show_case()

    def _show_case(self) -> None:
        case = self.current
        hidden = self.quiz_mode and not self.revealed
        tr = text_translator()
        if case is None:
            self.expected.setText("")
            self.note.setText(self.tr("Choose a case to fill in the form; ↑/↓ step through "
                                      "them."))
        elif hidden:
            self.expected.setText(self.tr("Expected result hidden: read the result, then "
                                          "Reveal (Alt+E)."))
            self.note.setText(self.tr("Quiz: {id}. What phenotype do these values give, and "
                                      "why?").format(id=case.id))
        else:
            what = tr(case.expected.phenotype.label) if case.expected.phenotype else \
                self.tr("Cannot classify")
            self.expected.setText(self.tr("Expected: {result}").format(result=what))
            note = tr.training(case.note)
            self.note.setText(self.tr("{title}: {note}").format(
                title=tr.training(case.title), note=note) if self.quiz_mode else note)
        if self._last is not None:
            assessment, edited = self._last
            self.show_result(assessment, edited=edited)
        self._update_reveal()

    def _update_reveal(self) -> None:
        self.reveal_button.setVisible(self.quiz_mode)
        self.reveal_button.setEnabled(self.current is not None and not self.revealed)
