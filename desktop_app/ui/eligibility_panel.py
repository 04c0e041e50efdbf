"""Use only if…: the ImmunoSep trial's inclusion and exclusion criteria as a checklist.

Each criterion is answered yes / no / not known *to the criterion as written* (the core
decides what that means: yes to an exclusion fails it).  The age and the phenotype of the
assessment answer their criteria themselves (shown with their basis, not editable), and so does
a neutrophil count where the two published limits agree.  Criteria the reference could not
verify are marked UNVERIFIED with their caveat.  The summary says which criteria are met,
failed or unknown and that the evidence may not apply outside the tested population; nothing
here blocks a phenotype.  The checklist is saved with an assessment (``ScoresWindow
.target_assessment``); a second save for the same assessment is a correction with a reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
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

from desktop_app.core.eligibility import CRITERIA, Answer, EligibilityResult, Kind, Status
from desktop_app.core.serialize import inputs_to_dict
from desktop_app.core.values import InputError
from desktop_app.ui.language import Retranslating, text_translator
from desktop_app.ui.score_widgets import (
    ERROR_STYLE,
    NOTE_STYLE,
    UNVERIFIED_STYLE,
    ChoiceBox,
    bold,
    wrapped,
)
from desktop_app.ui.value_field import ValueField

if TYPE_CHECKING:
    from desktop_app.services.records import HistoryEntry, Store
    from desktop_app.services.scores import EligibilityEntry, ScoreRecord
    from desktop_app.ui.scores_window import ScoresWindow

MET_COLOUR = {Status.MET: "#006400", Status.FAILED: "#A63A00", Status.UNKNOWN: "#404040"}


def status_text(kind: Kind, status: Status) -> str:
    """A criterion's status in words: an exclusion is "met" by being absent."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("EligibilityPanel", text)

    if kind is Kind.INCLUSION:
        return {Status.MET: tr("met"), Status.FAILED: tr("not met"),
                Status.UNKNOWN: tr("unknown")}[status]
    return {Status.MET: tr("absent"), Status.FAILED: tr("present: excludes"),
            Status.UNKNOWN: tr("unknown")}[status]


class CriterionRow:
    """The widgets of one criterion in its group's grid."""

    def __init__(self, grid: QGridLayout, row: int, key: str) -> None:
        self.key = key
        self.number = QLabel()
        self.wording = wrapped()
        self.answer = ChoiceBox([a.value for a in (Answer.YES, Answer.NO)], name=key)
        self.status = bold(QLabel())
        self.notes = wrapped(style=NOTE_STYLE)
        self.unverified = QLabel()
        self.unverified.setStyleSheet(UNVERIFIED_STYLE)
        grid.addWidget(self.number, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.wording, row, 1)
        grid.addWidget(self.answer, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.status, row, 3, Qt.AlignmentFlag.AlignTop)
        line = QHBoxLayout()
        line.addWidget(self.unverified, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.notes, 1)
        grid.addLayout(line, row + 1, 1, 1, 3)


class EligibilityPanel(Retranslating, QWidget):
    """The checklist for the patient in the main window."""

    def __init__(self, host: ScoresWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.result: EligibilityResult | None = None
        self.error = ""
        self._loaded: tuple[str, int | None, int | None] | None = None
        self.title = bold(wrapped(), 1.2)
        self.summary = bold(wrapped())
        self.statements = wrapped(style=NOTE_STYLE)
        self.anc = ValueField("neutrophils", ["/mm³"], placeholder="", fixed_unit=True)
        self.anc_caption = QLabel()
        self.anc_caption.setBuddy(self.anc.value)
        self.groups = {Kind.INCLUSION: QGroupBox(), Kind.EXCLUSION: QGroupBox()}
        self.rows: dict[str, CriterionRow] = {}
        grids = {kind: QGridLayout(box) for kind, box in self.groups.items()}
        for grid in grids.values():
            grid.setColumnStretch(1, 1)
        counts = {Kind.INCLUSION: 0, Kind.EXCLUSION: 0}
        for c in CRITERIA:
            self.rows[c.key] = CriterionRow(grids[c.kind], counts[c.kind], c.key)
            counts[c.kind] += 2
            self.rows[c.key].answer.chosen.connect(self.recompute)
        self.anc.edited.connect(self.recompute)
        self.target = wrapped()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.message = wrapped(style=ERROR_STYLE)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        inner = QWidget()
        column = QVBoxLayout(inner)
        for widget in (self.title, self.summary, self.statements):
            column.addWidget(widget)
        anc = QHBoxLayout()
        anc.addWidget(self.anc_caption)
        anc.addWidget(self.anc, 1)
        column.addLayout(anc)
        column.addWidget(self.groups[Kind.INCLUSION])
        column.addWidget(self.groups[Kind.EXCLUSION])
        save = QHBoxLayout()
        save.addWidget(self.save_button)
        save.addWidget(self.target, 1)
        column.addLayout(save)
        column.addWidget(self.message)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.rows[CRITERIA[0].key].answer)

    # -- the entry ------------------------------------------------------------------------------
    def entry(self, target: HistoryEntry | None) -> EligibilityEntry:
        """The answers given, with the facts of the assessment on screen (else the target)."""
        from dataclasses import replace

        answers = {key: Answer(row.answer.value()) for key, row in self.rows.items()
                   if row.answer.value() and row.answer.isEnabled()}
        return replace(self._facts(target), answers=answers)

    def _facts(self, target: HistoryEntry | None) -> EligibilityEntry:
        """No answers yet: the neutrophil count and what the assessment says (age,
        phenotype) — the assessment on screen, else the one the checklist is stored with."""
        from desktop_app.services.scores import EligibilityEntry

        entry = EligibilityEntry(anc=None if self.anc.is_blank() else self.anc.text(),
                                 decimal_comma=self.host.decimal_comma)
        a = self.host.main.assessment
        if a is not None:
            return entry.with_assessment(
                status=a.status.value, phenotype=a.phenotype.value if a.phenotype else None,
                age=inputs_to_dict(a.inputs)["age_years"])
        if target is not None:
            return entry.with_assessment(status=target.status, phenotype=target.phenotype,
                                         age=target.inputs.get("age_years"))
        return entry

    def existing(self, target: HistoryEntry | None) -> ScoreRecord | None:
        scores = self.host.scores
        if scores is None or target is None:
            return None
        return scores.latest("eligibility", target.assessment_id)

    # -- recomputation --------------------------------------------------------------------------
    def refresh(self) -> None:
        target, _why = self.host.target_assessment(self.tr("checklist"))
        existing = self.existing(target)
        key = (self.host.patient, target.assessment_id if target else None,
               existing.record_id if existing else None)
        if key != self._loaded:  # another patient, assessment or stored checklist: load it
            self._loaded = key
            self._load(existing)
        self.recompute()

    def _load(self, record: ScoreRecord | None) -> None:
        from desktop_app.services.scores import EligibilityEntry

        stored = EligibilityEntry.from_json(record.values["answers_json"]) if record else None
        for key, row in self.rows.items():
            row.answer.blockSignals(True)
            row.answer.set_value(stored.answers[key].value if stored and key in stored.answers
                                 else None)
            row.answer.blockSignals(False)
        self.anc.set_entry(stored.anc if stored else None, "/mm³")

    def recompute(self) -> None:
        target, why = self.host.target_assessment(self.tr("checklist"))
        # Criteria the data answer are read-only: derived first, then the boxes follow.
        derived = self._derived_keys(target)
        for key, row in self.rows.items():
            row.answer.setEnabled(key not in derived)
        self.error = ""
        try:
            self.result = self.entry(target).result()
        except InputError as exc:
            self.result, self.error = None, exc.message
        self.anc.show_message(None if not self.error else InputError("", "", self.error))
        self._show(target, why)

    def _derived_keys(self, target: HistoryEntry | None) -> set[str]:
        """The criteria the data answer (each then shows its basis, not a choice)."""
        from dataclasses import replace

        facts = self._facts(target)
        try:
            return {r.criterion.key for r in facts.result().results if r.basis is not None}
        except InputError:  # the count is refused (said beside it): the rest still answers
            return {r.criterion.key for r in replace(facts, anc=None).result().results
                    if r.basis is not None}

    def _show(self, target: HistoryEntry | None, why: str) -> None:
        tr = text_translator()
        r = self.result
        by_key = {c.criterion.key: c for c in r.results} if r else {}
        for key, row in self.rows.items():
            c = by_key.get(key)
            row.wording.setText(tr.finding(next(x for x in CRITERIA if x.key == key).wording))
            if c is None:
                row.status.setText("—")
                continue
            if c.basis is not None:
                row.answer.blockSignals(True)
                row.answer.set_value(c.answer.value if c.answer is not Answer.UNKNOWN else None)
                row.answer.blockSignals(False)
            row.status.setText(status_text(c.criterion.kind, c.status))
            row.status.setStyleSheet(f"color: {MET_COLOUR[c.status]};")
            notes = [tr.finding(c.basis)] if c.basis is not None else []
            if c.criterion.caveat is not None:
                notes.append(tr.finding(c.criterion.caveat))
            if c.criterion.trial_procedure:
                notes.append(self.tr("About taking part in the trial, not about the patient's "
                                     "condition."))
            row.notes.setText("\n".join(notes))
            row.notes.setVisible(bool(notes))
            row.unverified.setVisible(c.criterion.unverified)
        if r is not None:
            self.summary.setText(tr.finding(r.summary))
            self.statements.setText("\n".join(tr.finding(s) for s in r.statements))
        else:
            self.summary.setText(self.tr("No summary: {reason}").format(reason=self.error))
        existing = self.existing(target)
        if target is None:
            self.target.setText(why)
        elif existing is not None:
            self.target.setText(self.tr("A checklist (record #{id}) is stored with assessment "
                                        "#{assessment}; saving stores a corrected version."
                                        ).format(id=existing.record_id,
                                                 assessment=target.assessment_id))
        else:
            self.target.setText(self.tr("Saved with assessment #{assessment}.").format(
                assessment=target.assessment_id))
        self.save_button.setText(self.tr("&Save corrected checklist…") if existing else
                                 self.tr("&Save checklist…"))
        self.save_button.setEnabled(target is not None and r is not None)
        self.message.setVisible(False)

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        from desktop_app.services.scores import save_eligibility

        target, _why = self.host.target_assessment(self.tr("checklist"))
        if target is None or self.result is None:
            return
        entry, patient = self.entry(target), self.host.patient
        now, aid = self.host.main.current_time(), target.assessment_id
        existing = self.existing(target)
        tr = text_translator()
        done = self.tr("Eligibility checklist saved for {patient}.").format(patient=patient)
        if existing is not None:
            self.host.ask_reason_and_write(
                title=self.tr("Correct the eligibility checklist"),
                question=self.tr("The checklist of assessment #{assessment} of {patient} will "
                                 "be stored again with these answers; the old version (record "
                                 "#{id}) stays stored, marked as superseded.").format(
                    assessment=aid, patient=patient, id=existing.record_id),
                action=self.tr("&Save correction"),
                operation=lambda store, reason: save_eligibility(
                    store, patient, entry, now=now, assessment_id=aid,
                    corrects=existing.record_id, reason=reason),
                done=done)
            return

        def write(store: Store) -> int:
            return save_eligibility(store, patient, entry, now=now, assessment_id=aid)

        self.host.confirm_and_write(
            title=self.tr("Save eligibility checklist"),
            question=(self.tr("Save this checklist in the TRAINING records of patient:")
                      if self.host.training else
                      self.tr("Save this checklist in the clinical records of patient:")),
            summary=[self.tr("With assessment #{assessment}").format(assessment=aid),
                     tr.finding(self.result.summary)],
            operation=write, done=done)

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Use only if… — the ImmunoSep trial's eligibility criteria "
                                   "(NCT04990232), as registered"))
        self.groups[Kind.INCLUSION].setTitle(self.tr("Inclusion criteria: each must be met"))
        self.groups[Kind.EXCLUSION].setTitle(self.tr("Exclusion criteria: each must be absent"))
        self.anc_caption.setText(self.tr("Neutrophils (&ANC):"))
        for c in CRITERIA:
            row = self.rows[c.key]
            row.number.setText(f"{c.number}.")
            row.answer.set_texts((self.tr("unknown"), self.tr("yes"), self.tr("no")))
            row.answer.setAccessibleName(self.tr("{kind} criterion {number}: answer").format(
                kind=self.tr("Inclusion") if c.kind is Kind.INCLUSION else self.tr("Exclusion"),
                number=c.number))
            row.unverified.setText(self.tr("UNVERIFIED"))
        self.recompute()
