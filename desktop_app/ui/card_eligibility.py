"""The result card's eligibility line: the patient's stored checklist, met / not met / unknown.

Issue 17 pt 3: the result card states which criteria the patient meets, fails or leaves
unknown.  The line reads "Eligibility (checklist #2, assessment #5): 5 met · 1 not met · 8
unknown — outside the tested population", or "Eligibility: not assessed." when no checklist is
stored.  Which checklist: the one stored with the past assessment shown, else the patient's
newest current one (the line names its assessment, so a checklist of an earlier assessment is
not mistaken for one of the values on screen).  The verdict word follows the core's summary
(``EligibilityResult.summary``); the counts are the core's, from the stored answers read again.

Read through the window's ``RecordsSession`` off the GUI thread when the patient, the past
record or the mode changes and whenever that patient's records change (a few indexed rows; a
result that arrives for an identifier no longer in the form is dropped); a store fault is said
in the line.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from desktop_app.core.eligibility import EligibilityResult
    from desktop_app.services.records import Store
    from desktop_app.services.scores import ScoreRecord
    from desktop_app.ui.main_window import MainWindow

class CardEligibility(QObject):
    """Keeps ``window.result_card``'s eligibility line on the stored checklist."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.key: tuple[str, bool, int | None] | None = None
        window.assessment_changed.connect(lambda _a: self.follow())
        window.training_mode_changed.connect(lambda _on: self.follow(force=True))
        window.records_session.changed.connect(self._records_changed)

    def _wanted(self) -> tuple[str, bool, int | None]:
        from desktop_app.ui.records_actions import PAST

        records = self.window.records
        past = records.record.assessment_id if records.mode == PAST and records.record else None
        return self.window.patient_identifier.strip(), self.window.training, past

    def follow(self, *, force: bool = False) -> None:
        key = self._wanted()
        if key == self.key and not force:
            return
        self.key = key
        if not key[0]:
            self._set(self.tr("Eligibility: not assessed."))
            return
        self.read()

    def _records_changed(self, patient: str) -> None:
        if self.key is not None and patient.strip() == self.key[0]:
            self.read()

    def read(self) -> None:
        key = self.key
        if key is None or not key[0]:
            return
        patient, _training, past = key

        def work(store: Store) -> tuple[ScoreRecord, EligibilityResult | str] | None:
            from desktop_app.core.values import InputError
            from desktop_app.services.scores import checklist_result, read_scores

            scores = read_scores(store, patient)
            record = scores.latest("eligibility", past) if past is not None else \
                scores.latest("eligibility")
            if record is None:
                return None
            try:
                return record, checklist_result(record)
            except (InputError, ValueError, TypeError, KeyError) as exc:
                return record, getattr(exc, "message", "") or str(exc) or type(exc).__name__

        def done(found: tuple[ScoreRecord, EligibilityResult | str] | None) -> None:
            if key == self.key:  # not another patient by now
                self._show(found)

        def failed(sentence: str) -> None:
            if key == self.key:
                self._set(self.tr("Eligibility: the stored checklist cannot be read: {reason}"
                                  ).format(reason=sentence))

        self.window.records_session.run(work, on_success=done, on_error=failed)

    def _show(self, found: tuple[ScoreRecord, EligibilityResult | str] | None) -> None:
        if found is None:
            self._set(self.tr("Eligibility: not assessed. Patient ▸ Eligibility checklist "
                              "(Ctrl+Shift+E) or the button below enters it."))
            return
        from desktop_app.core.eligibility import Status  # read results only: not at start-up

        record, result = found
        if isinstance(result, str):
            self._set(self.tr("Eligibility: checklist #{id} cannot be read: {reason}").format(
                id=record.record_id, reason=result))
            return
        verdict = {
            "eligibility_outside": self.tr("outside the tested population"),
            "eligibility_incomplete": self.tr("fit to the tested population unknown"),
            "eligibility_all_listed_met": self.tr("all listed criteria met"),
        }[result.summary.code]
        self._set(self.tr("Eligibility (checklist #{id}, assessment #{assessment}): {met} met "
                          "· {failed} not met · {unknown} unknown — {verdict}").format(
            id=record.record_id, assessment=record.values["assessment_id"],
            met=len(result.keys(Status.MET)), failed=len(result.keys(Status.FAILED)),
            unknown=len(result.keys(Status.UNKNOWN)), verdict=verdict))

    def _set(self, line: str) -> None:
        with suppress(RuntimeError):  # the window closed while reading
            self.window.result_card.show_eligibility(line)
