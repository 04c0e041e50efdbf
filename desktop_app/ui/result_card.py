"""The result card: the core's ``Assessment`` rendered as it is, never re-derived.

Headline (phenotype or "Cannot classify") with the phenotype's icon, colour band and text, so
colour is never the only cue; the reasons; the warnings (above the table, so they are seen
first); the criteria table (value as entered, comparator, converted value, threshold, met,
note); the rule-set version and the rule itself.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.charts import STYLES
from desktop_app.core.phenotype import Assessment, Criterion
from desktop_app.core.rules import IMMUNOSEP_RULESET, RuleSet
from desktop_app.ui.icons import MET_ICONS, assessment_icon, pixmap

CRITERIA_HEADERS = ("Criterion", "As entered", "Comparator", "Converted", "Threshold", "Met")
MET_TEXT = {True: "met", False: "not met", None: "—"}
NEUTRAL = "#595959"


def _label(text: str = "", *, rich: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    return label


class ResultCard(QFrame):
    """Shows one ``Assessment``, or why there is none."""

    def __init__(self, ruleset: RuleSet = IMMUNOSEP_RULESET,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultCard")
        self.ruleset = ruleset
        self.assessment: Assessment | None = None
        self.identity = _label(name="Patient shown")
        self.icon = QLabel()
        self.headline = _label(name="Result")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.headline.setFont(font)
        self.arm = _label(name="Trial arm")
        self.reasons_title = _label()
        self.reasons_title.setStyleSheet("font-weight: bold;")
        self.reasons = _label(rich=True, name="Reasons")
        self.criteria_box = QWidget()
        self.criteria_box.setAccessibleName("Criteria table")
        self.criteria = QGridLayout(self.criteria_box)
        self.criteria.setContentsMargins(0, 0, 0, 0)
        self.criteria.setHorizontalSpacing(10)
        self.criteria.setVerticalSpacing(2)
        self.warnings_title = _label("Warnings")
        self.warnings_title.setStyleSheet("font-weight: bold;")
        self.warnings_box = QWidget()
        self.warnings_box.setAccessibleName("Warnings")
        self.warnings = QGridLayout(self.warnings_box)
        self.warnings.setContentsMargins(0, 0, 0, 0)
        self.footer = _label(name="Rule set version")
        self.footer.setStyleSheet(f"color: {NEUTRAL};")
        self.rule_button = QPushButton("Show the rule")
        self.rule_button.setCheckable(True)
        self.rule_button.setAccessibleName("Show the ImmunoSep rule")
        self.rule = _label(rich=True, name="The ImmunoSep rule")
        self.rule.setVisible(False)
        self.rule_button.toggled.connect(self._on_rule_toggled)

        head = QHBoxLayout()
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.headline, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.footer, 1)
        foot.addWidget(self.rule_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.addWidget(self.identity)
        box.addLayout(head)
        box.addWidget(self.arm)
        box.addWidget(self.reasons_title)
        box.addWidget(self.reasons)
        box.addWidget(self.warnings_title)
        box.addWidget(self.warnings_box)
        box.addWidget(self.criteria_box)
        box.addLayout(foot)
        box.addWidget(self.rule)
        box.addStretch(1)
        self._criteria_rows: list[tuple[str, ...]] = []
        self._warning_texts: list[str] = []
        self.show_nothing("Enter ferritin and HLA-DR to see the phenotype.")

    # -- public -----------------------------------------------------------------------------
    def show_assessment(self, a: Assessment, *, identity: str, evidence_version: str) -> None:
        self.assessment = a
        style = STYLES[a.phenotype]
        self._set_band(style.colour)
        self.identity.setText(identity)
        self.icon.setPixmap(pixmap(assessment_icon(a), self, 2.2))
        self.icon.setAccessibleName(style.label)
        self.headline.setText(a.headline)
        arm = a.treatment_arm
        self.arm.setText(f"ImmunoSep trial arm for this phenotype: {arm.label} — trial "
                         "evidence, not an order." if arm else "")
        self.arm.setVisible(arm is not None)
        self.reasons_title.setText("Because:" if a.phenotype else "Reasons:")
        self.reasons_title.setVisible(True)
        self.reasons.setText(_bullets(r.message for r in a.reasons))
        self.reasons.setVisible(True)
        self._fill_criteria(a.criteria)
        self._fill_warnings([w.message for w in a.warnings])
        self.footer.setText(f"Rule set: {a.ruleset.version} · evidence: {evidence_version}")
        self.rule.setText(_bullets(a.ruleset.rule_text()))

    def show_nothing(self, message: str, identity: str = "") -> None:
        """No assessment: an empty form, or fields the core refused (each says why)."""
        self.assessment = None
        self._set_band(NEUTRAL)
        self.identity.setText(identity)
        self.icon.clear()
        self.icon.setAccessibleName("")
        self.headline.setText("No result")
        self.arm.setText(message)
        self.arm.setVisible(True)
        for widget in (self.reasons_title, self.reasons):
            widget.setVisible(False)
        self._fill_criteria(())
        self._fill_warnings([])
        self.footer.setText(f"Rule set: {self.ruleset.version}")
        self.rule.setText(_bullets(self.ruleset.rule_text()))

    # Read-only views for tests and for other engineers' widgets.
    def headline_text(self) -> str:
        return self.headline.text()

    def criteria_rows(self) -> list[tuple[str, ...]]:
        """(criterion, as entered, comparator, converted, threshold, met, note) per row."""
        return list(self._criteria_rows)

    def warning_texts(self) -> list[str]:
        return list(self._warning_texts)

    def reasons_text(self) -> str:
        return self.reasons.text() if self.reasons.isVisible() or self.assessment else ""

    # -- internals --------------------------------------------------------------------------
    def _set_band(self, colour: str) -> None:
        # Black on white whatever the desktop theme: the band colours are chosen for white.
        self.setStyleSheet(f"#resultCard {{ border: 2px solid {colour}; border-left: 12px solid "
                           f"{colour}; border-radius: 4px; background: #FFFFFF; }}"
                           "#resultCard QLabel { color: #000000; }")

    def _fill_criteria(self, criteria: tuple[Criterion, ...]) -> None:
        """Per criterion: its label across the table, the cells, then the core's note."""
        _clear(self.criteria)
        self._criteria_rows = []
        self.criteria_box.setVisible(bool(criteria))
        if not criteria:
            return
        for col, header in enumerate(CRITERIA_HEADERS[1:]):
            label = _label(header)
            label.setStyleSheet("font-weight: bold; border-bottom: 1px solid #999999;")
            self.criteria.addWidget(label, 0, col, 1, 2 if col == 4 else 1)
        row = 1
        for c in criteria:
            title = _label(c.label, name=f"{c.analyte} criterion")
            title.setStyleSheet("font-weight: bold; padding-top: 4px;")
            self.criteria.addWidget(title, row, 0, 1, 6)
            cells = (c.entered or "not given", c.comparator or "=", c.converted or "—",
                     c.threshold)
            for col, text in enumerate(cells):
                cell = _label(text)
                cell.setWordWrap(col == 0 and len(text) > 24)  # values stay on one line
                self.criteria.addWidget(cell, row + 1, col, Qt.AlignmentFlag.AlignTop)
            icon = QLabel()
            icon.setPixmap(pixmap(MET_ICONS[c.met], self))
            icon.setAccessibleName(MET_TEXT[c.met])
            self.criteria.addWidget(icon, row + 1, 4, Qt.AlignmentFlag.AlignTop)
            self.criteria.addWidget(_label(MET_TEXT[c.met], name=f"{c.analyte} met"), row + 1, 5,
                                    Qt.AlignmentFlag.AlignTop)
            row += 2
            if c.note != MET_TEXT[c.met]:  # a note that only repeats "met" is left out
                note = _label(c.note, name=f"{c.analyte} note")
                note.setStyleSheet(f"color: {NEUTRAL}; font-style: italic;")
                self.criteria.addWidget(note, row, 0, 1, 6)
                row += 1
            self._criteria_rows.append((c.label, *cells, MET_TEXT[c.met], c.note))
        for col, stretch in enumerate((3, 1, 3, 3, 0, 2)):
            self.criteria.setColumnStretch(col, stretch)

    def _fill_warnings(self, messages: list[str]) -> None:
        _clear(self.warnings)
        self._warning_texts = messages
        for row, message in enumerate(messages):
            icon = QLabel()
            icon.setPixmap(pixmap("warning", self))
            icon.setAccessibleName("warning")
            self.warnings.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
            self.warnings.addWidget(_label(message, name="warning"), row, 1)
        self.warnings.setColumnStretch(1, 1)
        self.warnings_title.setVisible(bool(messages))
        self.warnings_box.setVisible(bool(messages))

    def _on_rule_toggled(self, on: bool) -> None:
        self.rule.setVisible(on)
        self.rule_button.setText("Hide the rule" if on else "Show the rule")


def _bullets(lines: object) -> str:
    items = "".join(f"<li>{escape(str(line))}</li>" for line in lines)  # type: ignore[attr-defined]
    return f"<ul style='margin-left: 0px; -qt-list-indent: 1;'>{items}</ul>"


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
