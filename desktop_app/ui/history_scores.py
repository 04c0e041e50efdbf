"""The stored eligibility checklists and HScores of a patient, as the history shows them.

Two read-only views for the tabs of the patient's history (issue 17 pt 5): every stored version,
oldest first, each with who saved it and when, the checklist or table version, the assessment it
is stored with, and its corrections or "entered in error" mark (replaced versions greyed).  A
checklist shows each criterion with its answer, met / not met / unknown (an exclusion: absent /
present) and UNVERIFIED where the reference could not confirm it; an HScore its score, the
published probability, each variable's points and the caveats.  Records are read again through
the core (``services.scores.checklist_result`` / ``hscore_result``), so they render in the
window's language; one that can no longer be read says so ("cannot be read: …") and the others
still show.  The data come in the constructor (read off the GUI thread by the history window).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_app.core.values import InputError
from desktop_app.ui.language import text_translator
from desktop_app.ui.score_widgets import (
    ERROR_STYLE,
    NOTE_STYLE,
    UNVERIFIED_STYLE,
    bold,
    version_notes,
    wrapped,
)

if TYPE_CHECKING:
    from desktop_app.core.eligibility import EligibilityResult
    from desktop_app.core.hscore import HScoreResult
    from desktop_app.services.scores import PatientScores, ScoreRecord

MUTED = "color: #595959;"


def _read_error(exc: Exception) -> str:
    return exc.message if isinstance(exc, InputError) else (str(exc) or type(exc).__name__)


class StoredScoresView(QScrollArea):
    """Every stored version of one kind of score record, each in a box; or why there is none.

    ``problem``: the records could not be read from the store (the sentence of the fault)."""

    kind = ""

    def __init__(self, scores: PatientScores | None, problem: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Up/Down scroll
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.records: list[ScoreRecord] = scores.versions(self.kind) if scores else []
        self.boxes: list[QGroupBox] = []
        self.notice = wrapped(style=ERROR_STYLE if problem else "")
        self.column.addWidget(self.notice)
        if problem:
            self.notice.setText(self.tr("The score records cannot be read: {reason}").format(
                reason=problem))
        elif not self.records:
            self.notice.setText(self.empty_text())
        else:
            self.notice.setVisible(False)
            self.column.addWidget(self.intro())
            for record in self.records:
                self.boxes.append(self._box(record))
                self.column.addWidget(self.boxes[-1])
        self.column.addStretch(1)
        self.setWidget(inner)

    # -- for subclasses -----------------------------------------------------------------------
    def empty_text(self) -> str:
        raise NotImplementedError

    def intro(self) -> QWidget:
        raise NotImplementedError

    def title(self, record: ScoreRecord) -> str:
        raise NotImplementedError

    def version(self, record: ScoreRecord) -> str:
        raise NotImplementedError

    def read(self, record: ScoreRecord) -> Any:
        raise NotImplementedError

    def fill(self, grid: QGridLayout, result: Any, row: int) -> None:
        raise NotImplementedError

    # -- the box of one record ----------------------------------------------------------------
    def _box(self, record: ScoreRecord) -> QGroupBox:
        box = QGroupBox(self.title(record))
        box.setAccessibleName(box.title())
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(10)
        meta = wrapped(self.tr("Saved {when} by {user}; {version}; app {app}.").format(
            when=_local_time(record), user=record.os_user, version=self.version(record),
            app=record.app_version), style=MUTED)
        grid.addWidget(meta, 0, 0, 1, 4)
        row = 1
        notes = version_notes(record)
        if notes:
            state = bold(wrapped(text_translator().join(notes), style=ERROR_STYLE if
                                 record.entered_in_error else MUTED))
            grid.addWidget(state, row, 0, 1, 4)
            row += 1
        try:
            result = self.read(record)
        except (InputError, ValueError, TypeError, KeyError) as exc:
            grid.addWidget(wrapped(self.tr("Record #{id} cannot be read: {reason}").format(
                id=record.record_id, reason=_read_error(exc)), style=ERROR_STYLE), row, 0, 1, 4)
            return box
        self.fill(grid, result, row)
        if not record.is_current:
            box.setStyleSheet("QGroupBox, QLabel { color: #666666; }")
        return box


class EligibilityHistoryView(StoredScoresView):
    """The stored checklists: per criterion its answer, status and notes."""

    kind = "eligibility"

    def empty_text(self) -> str:
        return self.tr("No eligibility checklist is stored for this patient. Patient ▸ "
                       "Eligibility checklist (Ctrl+Shift+E) enters one.")

    def intro(self) -> QWidget:
        return wrapped(self.tr(
            "Eligibility checklists stored for this patient, oldest first. The ImmunoSep "
            "evidence comes from the population these criteria describe and may not apply "
            "outside it; the checklist never blocks a phenotype."), style=NOTE_STYLE)

    def title(self, record: ScoreRecord) -> str:
        return self.tr("Checklist #{id}, stored with assessment #{assessment}").format(
            id=record.record_id, assessment=record.values["assessment_id"])

    def version(self, record: ScoreRecord) -> str:
        return self.tr("checklist {version}").format(
            version=record.values["eligibility_version"])

    def read(self, record: ScoreRecord) -> EligibilityResult:
        from desktop_app.services.scores import checklist_result

        return checklist_result(record)

    def fill(self, grid: QGridLayout, result: EligibilityResult, row: int) -> None:
        from desktop_app.core.eligibility import Kind
        from desktop_app.ui.eligibility_panel import MET_COLOUR, status_text

        tr = text_translator()
        grid.addWidget(bold(wrapped(tr.finding(result.summary))), row, 0, 1, 4)
        row += 1
        headers = (self.tr("Criterion"), self.tr("Answer"), self.tr("Status"))
        for col, header in enumerate(headers):
            label = bold(QLabel(header))
            grid.addWidget(label, row, 0 if col == 0 else col + 1, 1, 2 if col == 0 else 1)
        row += 1
        answers = {"yes": self.tr("yes"), "no": self.tr("no"), "unknown": self.tr("unknown")}
        kinds = {Kind.INCLUSION: self.tr("Inclusion {number}"),
                 Kind.EXCLUSION: self.tr("Exclusion {number}")}
        for c in result.results:
            grid.addWidget(QLabel(kinds[c.criterion.kind].format(number=c.criterion.number)),
                           row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(wrapped(tr.finding(c.criterion.wording)), row, 1)
            grid.addWidget(QLabel(answers[c.answer.value]), row, 2, Qt.AlignmentFlag.AlignTop)
            status = bold(QLabel(status_text(c.criterion.kind, c.status)))
            status.setStyleSheet(f"color: {MET_COLOUR[c.status]};")
            grid.addWidget(status, row, 3, Qt.AlignmentFlag.AlignTop)
            row += 1
            notes = [tr.finding(n) for n in (c.basis, c.criterion.caveat) if n is not None]
            if c.criterion.unverified:
                mark = QLabel(self.tr("UNVERIFIED"))
                mark.setStyleSheet(UNVERIFIED_STYLE)
                grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            if notes:
                grid.addWidget(wrapped("\n".join(notes), style=NOTE_STYLE), row, 1, 1, 3)
            if notes or c.criterion.unverified:
                row += 1
        grid.addWidget(wrapped("\n".join(tr.finding(s) for s in result.statements),
                               style=NOTE_STYLE), row, 0, 1, 4)


class HScoreHistoryView(StoredScoresView):
    """The stored HScores: score, published probability, each variable, the caveats."""

    kind = "hscore"

    def empty_text(self) -> str:
        return self.tr("No HScore is stored for this patient. Patient ▸ HScore (Ctrl+Shift+H) "
                       "enters one.")

    def intro(self) -> QWidget:
        return wrapped(self.tr(
            "HScores stored for this patient, oldest first: an aid to the question whether a "
            "very high ferritin is HLH, not a diagnosis."), style=NOTE_STYLE)

    def title(self, record: ScoreRecord) -> str:
        return self.tr("HScore #{id}, stored with assessment #{assessment}").format(
            id=record.record_id, assessment=record.values["assessment_id"])

    def version(self, record: ScoreRecord) -> str:
        return self.tr("table {version}").format(version=record.values["hscore_version"])

    def read(self, record: ScoreRecord) -> HScoreResult:
        from desktop_app.services.scores import hscore_result

        return hscore_result(record)

    def fill(self, grid: QGridLayout, result: HScoreResult, row: int) -> None:
        tr = text_translator()
        lines: list[tuple[str, Callable[[QLabel], QLabel]]] = [
            (tr.finding(result.summary), lambda label: bold(label, 1.15))]
        if result.probability is not None:
            lines.append((tr.finding(result.probability.finding), bold))
        for text, style in lines:
            grid.addWidget(style(wrapped(text)), row, 0, 1, 4)
            row += 1
        grid.addWidget(bold(QLabel(self.tr("Points"))), row, 0)
        grid.addWidget(bold(QLabel(self.tr("Variable and why"))), row, 1, 1, 3)
        row += 1
        for c in result.components:
            points = QLabel("—" if c.points is None else str(c.points))
            points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(points, row, 0)
            grid.addWidget(wrapped(tr.finding(c.reason)), row, 1, 1, 3)
            row += 1
        grid.addWidget(wrapped("\n".join(tr.finding(s) for s in result.statements),
                               style=NOTE_STYLE), row, 0, 1, 4)


def _local_time(record: ScoreRecord) -> str:
    from desktop_app.ui.patient_history import local_time

    return local_time(record.recorded_at)
