"""HScore (Fardet 2014): an aid to the question "could this very high ferritin be HLH?".

Offered — a button on the result card — when the core's ferritin criterion is met (ferritin >
4420 ng/mL, the MALS criterion of the ImmunoSep rule): reference §5, "a ferritin > 4420 places
a patient in MALS but does not establish HLH; the app can offer HScore as a separate, clearly
labelled aid".  The ICU's own HLH cut-offs (3951, 9083, ≥ 10 000 ng/mL) are shown among the
caveats, not used to offer it: they come from other populations.  It can be opened for any
patient from the Patient menu.

Nine variables with their units (ferritin in any unit the phenotype accepts, the same
conversion; fibrinogen g/L or mg/dL); the score, the published probability (the table's row at
or below it, the row above named) and every caveat are the core's (``core.hscore``).  A
variable not given leaves the score uncomputed, with the range it could reach.  Saved with an
assessment, like the checklist; every stored HScore is listed and can be marked in error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.hscore import HScoreResult, Variable, score_hscore
from desktop_app.core.hscore_entry import HScoreText, hscore_field_errors, read_hscore
from desktop_app.core.units import FerritinUnit
from desktop_app.core.values import InputError
from desktop_app.ui.language import Retranslating, text_translator
from desktop_app.ui.result_card import hscore_offered
from desktop_app.ui.score_widgets import (
    ERROR_STYLE,
    NOTE_STYLE,
    WARN_STYLE,
    ChoiceBox,
    bold,
    version_notes,
    wrapped,
    yes_no,
)
from desktop_app.ui.value_field import ValueField

if TYPE_CHECKING:
    from desktop_app.services.records import Store
    from desktop_app.ui.scores_window import ScoresWindow

# (variable, units or choices, censored allowed); a choice list makes a ChoiceBox.
VALUES = {
    Variable.TEMPERATURE: (("°C",), False),
    Variable.FERRITIN: (tuple(u.value for u in FerritinUnit), True),
    Variable.TRIGLYCERIDES: (("mmol/L",), True),
    Variable.FIBRINOGEN: (("g/L", "mg/dL"), True),
    Variable.AST: (("U/L",), True),
}
CHOICES = {
    Variable.IMMUNOSUPPRESSION: ("yes", "no"),
    Variable.ORGANOMEGALY: ("none", "hepatomegaly", "splenomegaly", "both"),
    Variable.CYTOPENIAS: ("0", "1", "2", "3"),
    Variable.HAEMOPHAGOCYTOSIS: ("yes", "no"),
}


class HScorePanel(Retranslating, QWidget):
    """The nine variables, the score and its probability, the caveats, saving."""

    def __init__(self, host: ScoresWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.result: HScoreResult | None = None
        self.offer = wrapped(style=NOTE_STYLE)
        self.score = bold(wrapped(), 1.2)
        self.probability = bold(wrapped())
        self.statements = wrapped(style=WARN_STYLE)
        self.inputs_box = QGroupBox()
        grid = QGridLayout(self.inputs_box)
        grid.setColumnStretch(3, 1)
        self.captions: dict[Variable, QLabel] = {}
        self.points: dict[Variable, QLabel] = {}
        self.reasons: dict[Variable, QLabel] = {}
        self.fields: dict[Variable, ValueField] = {}
        self.choices: dict[Variable, ChoiceBox] = {}
        for row, variable in enumerate(Variable):
            caption = QLabel()
            if variable in VALUES:
                units, censored = VALUES[variable]
                field = ValueField(variable.value, list(units), placeholder="",
                                   censored=censored, fixed_unit=len(units) == 1)
                field.edited.connect(self.recompute)
                self.fields[variable] = field
                widget: QWidget = field
                caption.setBuddy(field.value)
            else:
                box = ChoiceBox(CHOICES[variable], name=variable.value)
                box.chosen.connect(self.recompute)
                self.choices[variable] = box
                widget = box
                caption.setBuddy(box)
            self.captions[variable] = caption
            self.points[variable] = bold(QLabel())
            self.reasons[variable] = wrapped()
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.points[variable], row, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.reasons[variable], row, 3, Qt.AlignmentFlag.AlignTop)
        self.ferritin_note = wrapped(style=NOTE_STYLE)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.target = wrapped()
        self.stored = wrapped()
        self.error_button = QPushButton()
        self.error_button.clicked.connect(self.mark_in_error)
        self.message = wrapped(style=ERROR_STYLE)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        inner = QWidget()
        column = QVBoxLayout(inner)
        for widget in (self.offer, self.score, self.probability, self.inputs_box,
                       self.ferritin_note, self.statements):
            column.addWidget(widget)
        save = QHBoxLayout()
        save.addWidget(self.save_button)
        save.addWidget(self.target, 1)
        column.addLayout(save)
        column.addWidget(self.message)
        stored = QHBoxLayout()
        stored.addWidget(self.stored, 1)
        stored.addWidget(self.error_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(stored)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.choices[Variable.IMMUNOSUPPRESSION])

    # -- reading ------------------------------------------------------------------------------
    def hscore_text(self) -> HScoreText:
        f, c = self.fields, self.choices
        return HScoreText(
            immunosuppression=yes_no(c[Variable.IMMUNOSUPPRESSION]),
            temperature=f[Variable.TEMPERATURE].text(),
            organomegaly=c[Variable.ORGANOMEGALY].value() or None,
            cytopenias=c[Variable.CYTOPENIAS].value() or None,
            ferritin=f[Variable.FERRITIN].text(),
            ferritin_unit=f[Variable.FERRITIN].unit_text() or None,
            triglycerides=f[Variable.TRIGLYCERIDES].text(),
            fibrinogen=f[Variable.FIBRINOGEN].text(),
            fibrinogen_unit=f[Variable.FIBRINOGEN].unit_text() or None,
            ast=f[Variable.AST].text(),
            haemophagocytosis=yes_no(c[Variable.HAEMOPHAGOCYTOSIS]))

    def refresh(self) -> None:
        """The ferritin of the assessment on screen is copied into an empty ferritin field."""
        ferritin = self.fields[Variable.FERRITIN]
        entry = self.host.main.entry_text
        if ferritin.is_blank() and (entry.ferritin or "").strip() and entry.ferritin_unit:
            ferritin.set_entry(entry.ferritin, entry.ferritin_unit)
            self._copied = (entry.ferritin, entry.ferritin_unit)
        self.recompute()

    def recompute(self) -> None:
        text = self.hscore_text()
        decimal_comma = self.host.decimal_comma
        errors = hscore_field_errors(text, decimal_comma=decimal_comma)
        for variable, field in self.fields.items():
            field.show_message(errors.get(variable.value) or errors.get(f"{variable.value}_unit"))
        self.result = None
        if not errors:
            try:
                self.result = score_hscore(read_hscore(text, decimal_comma=decimal_comma))
            except InputError as exc:
                errors = {"": exc}
        self._errors = errors
        self._show()

    def _show(self) -> None:
        tr = text_translator()
        r = self.result
        for variable in Variable:
            c = r.component(variable) if r is not None else None
            self.points[variable].setText("—" if c is None or c.points is None
                                          else self.tr("{n} points").format(n=c.points))
            self.reasons[variable].setText("" if c is None else tr.finding(c.reason))
        if r is None:
            first = next(iter(self._errors.values()), None)
            self.score.setText(self.tr("No HScore: correct the field marked in red ({reason})."
                                       ).format(reason=first.message if first else ""))
            self.score.setStyleSheet(ERROR_STYLE)
            self.probability.setText("")
            self.statements.setText("")
        else:
            self.score.setText(tr.finding(r.summary))
            self.score.setStyleSheet("")
            self.probability.setText(tr.finding(r.probability.finding) if r.probability
                                     else "")
            self.statements.setText("\n".join(tr.finding(s) for s in r.statements))
        self.probability.setVisible(bool(self.probability.text()))
        self._show_offer_and_target()

    def _show_offer_and_target(self) -> None:
        a = self.host.main.assessment
        offered = a is not None and hscore_offered(a)
        self.offer.setText(self.tr(
            "Offered because ferritin is above 4420 ng/mL (the MALS criterion of the rule): "
            "such a ferritin places a patient in MALS but does not establish HLH. The HScore "
            "is an aid to that question, not a diagnosis.") if offered else self.tr(
            "The window offers the HScore when ferritin is above 4420 ng/mL (the MALS "
            "criterion); it can be computed for any patient. It is an aid to the HLH "
            "question, not a diagnosis."))
        copied = getattr(self, "_copied", None)
        self.ferritin_note.setText(self.tr("Ferritin copied from the assessment on screen "
                                           "({value} {unit}); change it if the HScore uses "
                                           "another value.").format(value=copied[0],
                                                                    unit=copied[1])
                                   if copied else "")
        self.ferritin_note.setVisible(bool(copied))
        target, why = self.host.target_assessment(self.tr("HScore"))
        complete = self.result is not None and self.result.score is not None
        if target is None:
            self.target.setText(why)
        elif not complete:
            self.target.setText(self.tr("An HScore is saved once all nine variables are "
                                        "given."))
        else:
            self.target.setText(self.tr("Saved with assessment #{assessment}.").format(
                assessment=target.assessment_id))
        self.save_button.setEnabled(target is not None and complete)
        self._show_stored()

    def _show_stored(self) -> None:
        scores = self.host.scores
        versions = scores.versions("hscore") if scores else []
        lines = []
        for r in versions:
            v = r.values
            notes = version_notes(r)
            line = self.tr("#{id}: HScore {score}, probability {p} %, with assessment "
                           "#{assessment}, saved {when} by {user}").format(
                id=r.record_id, score=v["score"], p=v["probability_percent"],
                assessment=v["assessment_id"], when=r.recorded_at.strftime("%Y-%m-%d %H:%M"),
                user=r.os_user)
            lines.append(line + (f" [{'; '.join(notes)}]" if notes else ""))
        self.stored.setText(self.tr("Stored HScores:") + "\n" + "\n".join(lines) if lines else
                            self.tr("No HScore stored for this patient."))
        current = scores.latest("hscore") if scores else None
        self.error_button.setVisible(current is not None)
        self.error_button.setText(self.tr("Mark #{id} entered in &error…").format(
            id=current.record_id) if current else "")

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        from desktop_app.services.scores import HScoreEntry, save_hscore

        target, _why = self.host.target_assessment(self.tr("HScore"))
        r = self.result
        if target is None or r is None or r.score is None:
            return
        entry = HScoreEntry(self.hscore_text(), decimal_comma=self.host.decimal_comma)
        patient, now, aid = self.host.patient, self.host.main.current_time(), \
            target.assessment_id
        tr = text_translator()

        def write(store: Store) -> int:
            return save_hscore(store, patient, entry, now=now, assessment_id=aid)

        self.host.confirm_and_write(
            title=self.tr("Save HScore"),
            question=(self.tr("Save this HScore in the TRAINING records of patient:")
                      if self.host.training else
                      self.tr("Save this HScore in the clinical records of patient:")),
            summary=[self.tr("With assessment #{assessment}").format(assessment=aid),
                     tr.finding(r.summary),
                     tr.finding(r.probability.finding) if r.probability else ""],
            operation=write,
            done=self.tr("HScore saved for {patient}.").format(patient=patient))

    def mark_in_error(self) -> None:
        from desktop_app.services.scores import mark_score_in_error

        scores = self.host.scores
        current = scores.latest("hscore") if scores else None
        if current is None:
            return
        patient, now = self.host.patient, self.host.main.current_time()
        self.host.ask_reason_and_write(
            title=self.tr("Mark entered in error"),
            question=self.tr("HScore #{id} of {patient} will be marked as entered in error. It "
                             "stays stored and listed.").format(id=current.record_id,
                                                                patient=patient),
            action=self.tr("&Mark entered in error"),
            operation=lambda store, reason: mark_score_in_error(
                store, "hscore", current.record_id, reason=reason, now=now),
            done=self.tr("HScore #{id} marked as entered in error.").format(
                id=current.record_id))

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.inputs_box.setTitle(self.tr("The nine variables (Fardet 2014)"))
        captions = {
            Variable.IMMUNOSUPPRESSION: self.tr("Known underlying &immunosuppression (HIV, "
                                                "long-term immunosuppressive therapy)"),
            Variable.TEMPERATURE: self.tr("Highest &temperature"),
            Variable.ORGANOMEGALY: self.tr("&Organomegaly"),
            Variable.CYTOPENIAS: self.tr("&Cytopenic lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ "
                                         "5000/µL, platelets ≤ 110 000/µL)"),
            Variable.FERRITIN: self.tr("&Ferritin"),
            Variable.TRIGLYCERIDES: self.tr("Tri&glycerides"),
            Variable.FIBRINOGEN: self.tr("Fi&brinogen"),
            Variable.AST: self.tr("&AST (aspartate aminotransferase)"),
            Variable.HAEMOPHAGOCYTOSIS: self.tr("&Haemophagocytosis on bone-marrow aspirate"),
        }
        for variable, caption in self.captions.items():
            caption.setText(captions[variable])
            caption.setWordWrap(True)
        unknown = self.tr("unknown")
        self.choices[Variable.IMMUNOSUPPRESSION].set_texts((unknown, self.tr("yes"),
                                                            self.tr("no")))
        self.choices[Variable.HAEMOPHAGOCYTOSIS].set_texts((unknown, self.tr("yes"),
                                                            self.tr("no")))
        self.choices[Variable.ORGANOMEGALY].set_texts((
            unknown, self.tr("none"), self.tr("hepatomegaly"), self.tr("splenomegaly"),
            self.tr("both")))
        self.choices[Variable.CYTOPENIAS].set_texts((unknown, "0", "1", "2", "3"))
        for variable, box in self.choices.items():
            box.setAccessibleName(self.captions[variable].text().replace("&", ""))
        self.save_button.setText(self.tr("&Save HScore…"))
        self.recompute()
