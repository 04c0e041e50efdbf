"""The result card: the core's ``Assessment`` rendered as it is, never re-derived.

Readable from the bed: a full-width band in the phenotype's colour carries its icon and its
word in at least 28 pt (text, shape and colour, never colour alone), and a **NEAR THRESHOLD —
repeat test advised** badge whenever the core raised an assay-variability warning.  Below it:
the full phenotype name, the trial arm, the reasons, the warnings (above the table, so they are
seen first), the criteria table and the rule-set version.  On a cannot-classify result the
phenotype criteria read "not evaluated": a green "met" beside a refusal reads like a decision.

Every word comes from the catalogue of the window's language: the card's own labels through
``self.tr``, the assessment (phenotype, findings, criteria, rule) through ``report.words`` with
``text_translator()``; ``retranslate()`` renders both again after a language change.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.outcomes import Status
from desktop_app.core.rules import IMMUNOSEP_RULESET, RuleSet
from desktop_app.ui.icons import MET_ICONS, assessment_icon, pixmap
from desktop_app.ui.language import Retranslating, text_translator
from desktop_app.ui.qt_namespace import Qt, set_properties

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from desktop_app.core.phenotype import Assessment, Criterion

# The core's assay-variability warnings: the badge shows whenever one of them was raised.
NEAR_THRESHOLD_CODES = frozenset({"ferritin_near_threshold", "hla_dr_near_threshold"})
# Criteria that decide the phenotype (age is an eligibility check and keeps its outcome).
PHENOTYPE_CRITERIA = frozenset({"ferritin_above_mals_threshold", "hla_dr_below_threshold"})
NEUTRAL = "#595959"
HEADLINE_PT = 28.0


def _label(text: str = "", *, rich: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    set_properties(label, wordWrap=True, textFormat="RichText" if rich else "PlainText",
                   textInteractionFlags="TextSelectableByMouse")
    if name:
        label.setAccessibleName(name)
    return label


def is_near_threshold(a: Assessment) -> bool:
    return any(code in NEAR_THRESHOLD_CODES for code in a.warning_codes())


def hscore_offered(a: Assessment) -> bool:
    """The HScore is offered when the core found ferritin above the MALS threshold (> 4420
    ng/mL): such a ferritin places a patient in MALS but does not establish HLH (reference
    §5); the ICU HLH cut-offs come from other populations and are shown as caveats only."""
    return any(c.key == "ferritin_above_mals_threshold" and c.met for c in a.criteria)


def text_colour(background: str) -> str:
    """Black or white, whichever contrasts more with ``background`` (WCAG luminance)."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    c = QColor(background)
    lum = 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#FFFFFF"


class ResultCard(Retranslating, QFrame):
    """Shows one ``Assessment``, or why there is none."""

    def __init__(self, ruleset: RuleSet = IMMUNOSEP_RULESET,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultCard")
        self.ruleset = ruleset
        self.assessment: Assessment | None = None
        self.near_threshold = False
        self.identity = _label()
        self.band = QFrame()
        self.band.setObjectName("resultBand")
        self.icon = QLabel()
        self.icon.setObjectName("resultIcon")
        self.word = QLabel()
        self.word.setObjectName("resultWord")
        self.word.setWordWrap(True)
        self.badge = QLabel()
        self.badge.setObjectName("nearThreshold")
        self.badge.setWordWrap(True)
        self.headline = _label()
        self.arm = _label()
        self.reasons_title = _label()
        self.reasons_title.setStyleSheet("font-weight: bold;")
        self.reasons = _label(rich=True)
        self.criteria_box = QWidget()
        self.criteria = QGridLayout(self.criteria_box)
        self.criteria.setContentsMargins(0, 0, 0, 0)
        self.criteria.setHorizontalSpacing(10)
        self.criteria.setVerticalSpacing(2)
        self.warnings_title = _label()
        self.warnings_title.setStyleSheet("font-weight: bold;")
        self.warnings_box = QWidget()
        self.warnings = QGridLayout(self.warnings_box)
        self.warnings.setContentsMargins(0, 0, 0, 0)
        self.footer = _label()
        self.footer.setStyleSheet(f"color: {NEUTRAL};")
        self.rule_button = QPushButton()
        self.rule_button.setCheckable(True)
        self.rule = _label(rich=True)
        self.rule.setVisible(False)
        self._rule_lines: Callable[[], Iterable[str]] = tuple
        self.rule_button.toggled.connect(self._on_rule_toggled)
        # Around the phenotype (issue 17): opened by ``scores_actions``; the HScore is offered
        # when the ferritin criterion (> 4420 ng/mL, MALS) is met.
        self.eligibility_button = QPushButton()
        self.sofa_button = QPushButton()
        self.hscore_button = QPushButton()
        self.hscore_button.setVisible(False)
        # The stored checklist of the patient in a line (``card_eligibility.py`` fills it).
        self.eligibility_line = _label(self.tr("Eligibility: not assessed."),
                                       name=self.tr("Eligibility summary"))

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.icon)  # both fill the row: their own alignment centres them
        head.addWidget(self.word, 1)
        band = QVBoxLayout(self.band)
        band.setContentsMargins(10, 6, 10, 6)
        band.addLayout(head)
        band.addWidget(self.badge)
        foot = QHBoxLayout()
        foot.addWidget(self.footer, 1)
        button_column = QVBoxLayout()  # the button at the top of the footer's lines
        button_column.addWidget(self.rule_button)
        button_column.addStretch(1)
        foot.addLayout(button_column)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 6)
        inner = QVBoxLayout()
        inner.setContentsMargins(10, 0, 10, 0)
        for widget in (self.headline, self.arm, self.reasons_title, self.reasons,
                       self.warnings_title, self.warnings_box, self.criteria_box):
            inner.addWidget(widget)
        inner.addLayout(foot)
        inner.addWidget(self.rule)
        inner.addWidget(self.eligibility_line)
        around = QHBoxLayout()
        for button in (self.eligibility_button, self.sofa_button, self.hscore_button):
            button.setAutoDefault(False)
            around.addWidget(button)
        around.addStretch(1)
        inner.addLayout(around)
        box.addWidget(self._identity_bar())
        box.addWidget(self.band)
        box.addLayout(inner)
        box.addStretch(1)
        self._criteria_rows: list[tuple[str, ...]] = []
        self._warning_texts: list[str] = []
        self._shown: tuple[Assessment, str, str] | tuple[str, str] | None = None
        self._apply_fonts()
        self.retranslate()
        self.show_nothing(self.tr("Enter ferritin and HLA-DR to see the phenotype."))

    def retranslate(self) -> None:
        """The card's own labels, then what it shows, in the window's language now."""
        self.identity.setAccessibleName(self.tr("Patient shown"))
        self.word.setAccessibleName(self.tr("Phenotype"))
        self.badge.setText(self.tr("NEAR THRESHOLD — repeat test advised"))
        self.badge.setAccessibleName(self.tr("Near threshold"))
        self.headline.setAccessibleName(self.tr("Result"))
        self.arm.setAccessibleName(self.tr("Trial arm"))
        self.reasons.setAccessibleName(self.tr("Reasons"))
        self.criteria_box.setAccessibleName(self.tr("Criteria table"))
        self.warnings_title.setText(self.tr("Warnings"))
        self.warnings_box.setAccessibleName(self.tr("Warnings"))
        self.footer.setAccessibleName(self.tr("Rule set version"))
        self.rule_button.setAccessibleName(self.tr("Show the ImmunoSep rule"))
        self.rule.setAccessibleName(self.tr("The ImmunoSep rule"))
        self._on_rule_toggled(self.rule_button.isChecked())
        self.eligibility_button.setText(self.tr("Use only if… (eligibility)"))
        self.eligibility_button.setToolTip(self.tr(
            "The ImmunoSep trial's inclusion and exclusion criteria (Ctrl+Shift+E)"))
        self.sofa_button.setText(self.tr("SOFA and day 9"))
        self.sofa_button.setToolTip(self.tr(
            "SOFA calculator, daily SOFA and the trial's day-9 measure (Ctrl+Shift+S)"))
        self.hscore_button.setText(self.tr("HScore: could this be HLH?"))
        self.hscore_button.setToolTip(self.tr(
            "Ferritin is above 4420 ng/mL: the HScore is an aid to the HLH question, not a "
            "diagnosis (Ctrl+Shift+H)"))
        shown = self._shown
        if shown is not None and len(shown) == 3:
            a, identity, evidence_version = shown
            self.show_assessment(a, identity=identity, evidence_version=evidence_version)

    def _identity_bar(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(10, 6, 10, 2)
        row.addWidget(self.identity)
        return holder

    # -- public -----------------------------------------------------------------------------
    def show_assessment(self, a: Assessment, *, identity: str, evidence_version: str) -> None:
        # Here, not at the top: the empty window is painted without the assessment's words.
        from desktop_app.core.charts import STYLES
        from desktop_app.report import words

        tr = text_translator()
        self.assessment = a
        self._shown = (a, identity, evidence_version)
        style = STYLES[a.phenotype]
        self.near_threshold = is_near_threshold(a)
        self._set_band(style.colour, tr(style.label), assessment_icon(a))
        self.identity.setText(identity)
        self.headline.setText(words.headline(a, tr))
        self.headline.setVisible(a.headline != style.label)
        arm = words.trial_arm(a, tr)
        self.arm.setText(self.tr("ImmunoSep trial arm for this phenotype: {arm} — trial "
                                 "evidence, not an order.").format(arm=arm) if arm else "")
        self.arm.setVisible(arm is not None)
        self.reasons_title.setText(self.tr("Because:") if a.phenotype else self.tr("Reasons:"))
        self.reasons_title.setVisible(True)
        self.reasons.setText(_bullets(words.reasons(a, tr)))
        self.reasons.setVisible(True)
        self._fill_criteria(a.criteria, cannot_classify=a.status is Status.CANNOT_CLASSIFY)
        self._fill_warnings(words.warnings(a, tr))
        self.footer.setText(self.tr("Rule set: {ruleset} · evidence: {evidence}").format(
            ruleset=a.ruleset.version, evidence=evidence_version))
        self.hscore_button.setVisible(hscore_offered(a))
        self._set_rule(lambda: words.rule(a, tr))

    def show_nothing(self, message: str, identity: str = "") -> None:
        """No assessment: an empty form, or fields the core refused (each says why)."""
        self.assessment = None
        self._shown = (message, identity)
        self.near_threshold = False
        self._set_band(NEUTRAL, self.tr("No result"), None)
        self.identity.setText(identity)
        self.headline.setText(self.tr("No result"))
        self.headline.setVisible(False)
        self.arm.setText(message)
        self.arm.setVisible(True)
        for widget in (self.reasons_title, self.reasons):
            widget.setVisible(False)
        self._fill_criteria((), cannot_classify=False)
        self._fill_warnings([])
        self.footer.setText(self.tr("Rule set: {ruleset}").format(ruleset=self.ruleset.version))
        self.hscore_button.setVisible(False)
        self._set_rule(lambda: self.ruleset.rule_text(text_translator()))

    def show_eligibility(self, line: str) -> None:
        """The stored checklist in one line; also what the eligibility button says to a
        screen reader, so the keyboard user hears it on reaching the button."""
        self.eligibility_line.setText(line)
        self.eligibility_button.setAccessibleDescription(line)

    # Read-only views for tests and for other engineers' widgets.
    def headline_text(self) -> str:
        return self.headline.text()

    def word_text(self) -> str:
        return self.word.text()

    def criteria_rows(self) -> list[tuple[str, ...]]:
        """(criterion, as entered, comparator, converted, threshold, met, note) per row."""
        return list(self._criteria_rows)

    def warning_texts(self) -> list[str]:
        return list(self._warning_texts)

    def reasons_text(self) -> str:
        return self.reasons.text() if self.reasons.isVisible() or self.assessment else ""

    # -- internals --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presenter zoom
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        base = self.font()
        word = self.word.font()
        word.setPointSizeF(max(HEADLINE_PT, base.pointSizeF() * 3.0))
        word.setBold(True)
        self.word.setFont(word)
        for label, factor in ((self.headline, 1.3), (self.badge, 1.25)):
            font = label.font()
            font.setPointSizeF(base.pointSizeF() * factor)
            font.setBold(True)
            label.setFont(font)
        if self.assessment is not None:
            self.icon.setPixmap(pixmap(assessment_icon(self.assessment), self.word, 1.0))

    def _set_band(self, colour: str, word: str, icon: str | None) -> None:
        ink = text_colour(colour)
        # Black on white whatever the desktop theme: the band colours are chosen for white.
        self.setStyleSheet(
            f"#resultCard {{ border: 2px solid {colour}; border-radius: 4px; "
            "background: #FFFFFF; } #resultCard QLabel { color: #000000; } "
            f"#resultBand {{ background: {colour}; border: none; }} "
            f"#resultBand QLabel#resultWord {{ color: {ink}; }} "
            "#resultIcon { background: #FFFFFF; border-radius: 6px; padding: 4px; } "
            "#nearThreshold { background: #FFE14D; color: #000000; border: 2px solid #000000; "
            "padding: 2px 8px; }")
        self.word.setText(word)
        self.badge.setVisible(self.near_threshold)
        if icon is None:
            self.icon.clear()
            self.icon.setVisible(False)
            self.icon.setAccessibleName("")
        else:
            self.icon.setPixmap(pixmap(icon, self.word, 1.0))
            self.icon.setVisible(True)
            self.icon.setAccessibleName(word)

    def _fill_criteria(self, criteria: tuple[Criterion, ...], *, cannot_classify: bool) -> None:
        """Per criterion: its label across the table, the cells, then the core's note."""
        _clear(self.criteria)
        self._criteria_rows = []
        self.criteria_box.setVisible(bool(criteria))
        if not criteria:
            return
        headers = (self.tr("As entered"), self.tr("Comparator"), self.tr("Converted"),
                   self.tr("Threshold"), self.tr("Met"))
        for col, header in enumerate(headers):
            label = _label(header)
            label.setStyleSheet("font-weight: bold; border-bottom: 1px solid #999999;")
            self.criteria.addWidget(label, 0, col, 1, 2 if col == 4 else 1)
        from desktop_app.report import words

        row = 1
        tr = text_translator()
        for c in criteria:
            shown = words.criterion(c, tr)
            met_text, icon_name, note = self._outcome(c, shown.note, cannot_classify)
            title = _label(shown.label, name=self.tr("{criterion} criterion").format(
                criterion=shown.label))
            title.setStyleSheet("font-weight: bold; padding-top: 4px;")
            self.criteria.addWidget(title, row, 0, 1, 6)
            cells = (shown.entered or self.tr("not given"), c.comparator or "=",
                     shown.converted or "—", shown.threshold)
            for col, text in enumerate(cells):
                cell = _label(text)
                cell.setWordWrap(col == 0 and len(text) > 24)  # values stay on one line
                self.criteria.addWidget(cell, row + 1, col, Qt.AlignmentFlag.AlignTop)
            icon = QLabel()
            icon.setPixmap(pixmap(icon_name, self))
            icon.setAccessibleName(met_text)
            self.criteria.addWidget(icon, row + 1, 4, Qt.AlignmentFlag.AlignTop)
            self.criteria.addWidget(_label(met_text, name=self.tr("{criterion}: met?").format(
                criterion=shown.label)), row + 1, 5, Qt.AlignmentFlag.AlignTop)
            row += 2
            if note and note != met_text:  # a note that only repeats the outcome is left out
                label = _label(note, name=self.tr("{criterion}: note").format(
                    criterion=shown.label))
                label.setStyleSheet(f"color: {NEUTRAL}; font-style: italic;")
                self.criteria.addWidget(label, row, 0, 1, 6)
                row += 1
            self._criteria_rows.append((shown.label, *cells, met_text, note))
        for col, stretch in enumerate((3, 1, 3, 3, 0, 2)):
            self.criteria.setColumnStretch(col, stretch)

    def _outcome(self, c: Criterion, note: str, cannot_classify: bool) -> tuple[str, str, str]:
        """(met column, icon, note) of one criterion as shown."""
        if cannot_classify and c.key in PHENOTYPE_CRITERIA and c.met is not None:
            return (self.tr("not evaluated"), MET_ICONS[None],
                    self.tr("not evaluated: no phenotype can be given from these data (see the "
                            "reasons)"))
        met_text = {True: self.tr("met"), False: self.tr("not met"), None: "—"}[c.met]
        return met_text, MET_ICONS[c.met], note

    def _fill_warnings(self, messages: list[str]) -> None:
        _clear(self.warnings)
        self._warning_texts = messages
        for row, message in enumerate(messages):
            icon = QLabel()
            icon.setPixmap(pixmap("warning", self))
            icon.setAccessibleName(self.tr("warning"))
            self.warnings.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
            self.warnings.addWidget(_label(message, name=self.tr("warning")), row, 1)
        self.warnings.setColumnStretch(1, 1)
        self.warnings_title.setVisible(bool(messages))
        self.warnings_box.setVisible(bool(messages))

    def _set_rule(self, lines: Callable[[], Iterable[str]]) -> None:
        """The rule's lines, written when the rule is shown (so the empty window's first paint
        needs no translator: docs/gui.md, "Start-up")."""
        self._rule_lines = lines
        if self.rule_button.isChecked():
            self.rule.setText(_bullets(lines()))

    def _on_rule_toggled(self, on: bool) -> None:
        if on:
            self.rule.setText(_bullets(self._rule_lines()))
        self.rule.setVisible(on)
        self.rule_button.setText(self.tr("Hide the rule") if on else self.tr("Show the rule"))


def _bullets(lines: Iterable[object]) -> str:
    items = "".join(f"<li>{escape(str(line))}</li>" for line in lines)
    return f"<ul style='margin-left: 0px; -qt-list-indent: 1;'>{items}</ul>"


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
