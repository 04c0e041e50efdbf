"""Records from the window: Save, Correct, Mark entered in error, a past assessment, unsaved work.

The window is in one of three modes:

- ``ENTRY``: typing a new assessment; Save (Ctrl+S, or Enter once every required field is
  filled) asks for confirmation naming the patient, then stores it;
- ``PAST``: a stored assessment shown read-only under a dark-blue "PAST ASSESSMENT" bar, with
  Back, Correct… and Mark entered in error…;
- ``CORRECTING``: the values of a stored assessment, editable for the same patient; Save asks
  for the required reason and stores a new version that supersedes the old one.

Every write goes through ``RecordsSession`` (off the GUI thread) and is audited by the store.
A failed write says "Not saved: <reason>" and leaves every value on screen.  Work that has not
been saved is never dropped silently: ``confirm_discard`` asks Save / Discard / Cancel first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop_app.services.entry import EntryText
from desktop_app.ui.notice_bar import NoticeBar
from desktop_app.ui.qt_namespace import Qt
from desktop_app.ui.records_session import RecordsSession

if TYPE_CHECKING:
    from desktop_app.services.records import HistoryEntry, Store
    from desktop_app.ui.main_window import MainWindow

ENTRY, PAST, CORRECTING = "entry", "past", "correcting"
_FORM_FIELDS = tuple(EntryText.__dataclass_fields__)


class RecordActions(QObject):
    """The record side of the main window (state, dialogs, writes)."""

    def __init__(self, window: MainWindow, session: RecordsSession) -> None:
        super().__init__(window)
        self.w = window
        self.session = session
        self.mode = ENTRY
        self.record: HistoryEntry | None = None
        self.record_patient = ""
        self.busy = False
        self.record_bar = NoticeBar(self.tr("Record shown"))
        self.store_bar = NoticeBar(self.tr("Record store status"))
        self._baseline = self.snapshot()
        session.availability_changed.connect(self._show_availability)

    # -- unsaved work ------------------------------------------------------------------------
    def snapshot(self) -> tuple[str, ...]:
        text = self.w.entry.entry_text()
        return (*((getattr(text, f) or "").strip() for f in _FORM_FIELDS),
                self.w.patient_identifier)

    def mark_clean(self) -> None:
        self._baseline = self.snapshot()

    def is_dirty(self) -> bool:
        """Values typed (not only an identifier) that differ from what was loaded or saved."""
        if self.mode == PAST:
            return False
        current = self.snapshot()
        typed = any(v for f, v in zip(_FORM_FIELDS, current, strict=False)
                    if not f.endswith("_unit"))
        return typed and current != self._baseline

    def confirm_discard(self, then: Callable[[], None], *,
                        cancelled: Callable[[], None] | None = None) -> None:
        """Run ``then`` once nothing unsaved would be lost: ask Save / Discard / Cancel."""
        if not self.is_dirty():
            then()
            return
        from PySide6.QtWidgets import QMessageBox  # here: its type costs start-up time

        who = self.w.patient_identifier or self.tr("(no identifier)")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved assessment"),
                          self.tr("The values entered for {patient} have not been saved."
                                  ).format(patient=who), parent=self.w)
        box.setObjectName("unsavedQuestion")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        can_save = self.w.assessment is not None and bool(self.w.patient_identifier)
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if can_save:
            buttons |= QMessageBox.StandardButton.Save
        box.setStandardButtons(buttons)
        box.setDefaultButton(QMessageBox.StandardButton.Save if can_save
                             else QMessageBox.StandardButton.Cancel)
        if not can_save:
            box.setInformativeText(self.tr("They cannot be saved as they are (no result, or no "
                                           "patient identifier). Discard them?"))

        def answered(_code: int) -> None:
            choice = box.standardButton(box.clickedButton())
            if choice == QMessageBox.StandardButton.Discard:
                then()
            elif choice == QMessageBox.StandardButton.Save:
                self.save(then=then)
            elif cancelled is not None:
                cancelled()
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    # -- saving ------------------------------------------------------------------------------
    def save(self, *, then: Callable[[], None] | None = None) -> None:
        """Ctrl+S: confirm (naming the patient), then store; or the correction's reason."""
        w = self.w
        problem = self._save_problem()
        if problem:
            self._not_saved(problem)
            return
        if self.mode == CORRECTING:
            self._ask_correction_reason(then)
            return
        from desktop_app.report import words
        from desktop_app.ui.dialogs.record_dialogs import SaveConfirmDialog
        from desktop_app.ui.language import text_translator
        from desktop_app.ui.result_summary import input_lines

        a = w.assessment
        assert a is not None
        summary = [words.headline(a, text_translator()), *input_lines(a)]
        dialog = SaveConfirmDialog(w.patient_identifier, summary, training=w.training, parent=w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._store_new(then))
        dialog.open()

    def _save_problem(self) -> str:
        w = self.w
        if self.busy:
            return self.tr("a save is already in progress.")
        if self.mode == PAST:
            return self.tr("this is a stored assessment, shown read-only; use Correct… to "
                           "change it.")
        if not w.patient_identifier:
            w.entry.identifier.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr("enter the patient identifier first.")
        if w.assessment is None:
            return self.tr("there is no result to save; complete or correct the fields on the "
                           "left.")
        if self.mode == CORRECTING and self.snapshot() == self._baseline:
            return self.tr("nothing was changed; change a value before saving a correction.")
        return ""

    def _store_new(self, then: Callable[[], None] | None) -> None:
        w, a, patient = self.w, self.w.assessment, self.w.patient_identifier
        assert a is not None
        saved_state, now = self.snapshot(), w.now()

        def write(store: Store) -> int:
            return store.save_assessment(patient, a, evidence_version=w.evidence.version,
                                         now=now)

        def done(aid: int) -> None:
            from desktop_app.ui.result_summary import time_text

            self._baseline = saved_state
            self.record_bar.show_notice("saved", self.tr(
                "Saved for {patient} as assessment #{id} ({when}). Ctrl+H shows the history."
            ).format(patient=patient, id=aid, when=time_text(now)))
            w.statusBar().showMessage(self.tr("Saved for {patient}.").format(patient=patient),
                                      8000)
            if then is not None:
                then()

        self._write(write, done, patient)

    def _ask_correction_reason(self, then: Callable[[], None] | None) -> None:
        from desktop_app.ui.dialogs.record_dialogs import ReasonDialog

        record, patient = self.record, self.record_patient
        assert record is not None
        dialog = ReasonDialog(
            self.tr("Correct assessment"),
            self.tr("The corrected values will be saved as a new version of assessment #{id} "
                    "of {patient}; the old version stays stored, marked as superseded.").format(
                id=record.assessment_id, patient=patient),
            action=self.tr("&Save correction"), parent=self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._store_correction(dialog.reason, then))
        dialog.open()

    def _store_correction(self, reason: str, then: Callable[[], None] | None) -> None:
        w, a, record, patient = self.w, self.w.assessment, self.record, self.record_patient
        assert a is not None and record is not None
        saved_state, now = self.snapshot(), w.now()

        def write(store: Store) -> int:
            return store.correct_assessment(record.assessment_id, a, reason=reason,
                                            evidence_version=w.evidence.version, now=now)

        def done(aid: int) -> None:
            self._set_mode(ENTRY)
            self._baseline = saved_state
            self.record_bar.show_notice("saved", self.tr(
                "Correction saved for {patient} as assessment #{id}; it supersedes #{old}."
            ).format(patient=patient, id=aid, old=record.assessment_id))
            if then is not None:
                then()

        self._write(write, done, patient)

    def _write(self, write: Callable[[Store], int], done: Callable[[int], None],
               patient: str) -> None:
        self.busy = True

        def finished_ok(aid: int) -> None:
            self.busy = False
            done(aid)

        def failed(sentence: str) -> None:
            self.busy = False
            self._not_saved(sentence)

        self.session.run(write, on_success=finished_ok, on_error=failed, parent=self.w,
                         label=self.tr("Saving…"), changed_patient=patient)

    def _not_saved(self, sentence: str) -> None:
        """Say why, keep every value on screen (nothing is cleared or changed)."""
        from PySide6.QtWidgets import QMessageBox

        text = self.tr("Not saved: {reason}").format(reason=sentence)
        self.w.statusBar().showMessage(text, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), text,
                          QMessageBox.StandardButton.Ok, self.w)
        box.setObjectName("notSaved")
        box.setInformativeText(self.tr("The values stay on screen."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- a stored assessment ----------------------------------------------------------------
    def show_past(self, record: HistoryEntry, patient: str) -> None:
        """Show ``record`` in the window, read-only and marked as past."""
        self.confirm_discard(lambda: self._show_past(record, patient))

    def _show_past(self, record: HistoryEntry, patient: str) -> None:
        from desktop_app.services.past_assessment import entry_text_of_record

        self.record, self.record_patient = record, patient
        self._set_mode(PAST)
        self.w.fill_form(entry_text_of_record(record.inputs,
                                              decimal_comma=self.w.settings.decimal_comma),
                         patient)
        self.mark_clean()
        self._show_past_bar()

    def _show_past_bar(self) -> None:
        from desktop_app.report import words
        from desktop_app.services.past_assessment import differs_from_stored
        from desktop_app.ui.language import text_translator
        from desktop_app.ui.result_summary import time_text

        record, w = self.record, self.w
        assert record is not None
        lines = [self.tr("PAST ASSESSMENT — #{id} of {patient}, saved {when} by {user}. "
                         "Read-only.").format(id=record.assessment_id, patient=self.record_patient,
                                              when=time_text(record.assessed_at),
                                              user=record.os_user)]
        lines += [words.version_note(n, text_translator()) for n in record.version_marks()]
        a = w.assessment
        if a is not None and differs_from_stored(a, status=record.status,
                                                 phenotype=record.phenotype):
            lines.append(self.tr("The stored result was “{stored}”; the rule applied today "
                                 "gives what is shown.").format(
                stored=record.result.get("phenotype_label") or record.status))
        actions = [(self.tr("&Back to entry"), self.leave_past)]
        if record.is_current:
            actions += [(self.tr("Correct val&ues…"), lambda: self.start_correction(record,
                                                                            self.record_patient)),
                        (self.tr("Mark e&ntered in error…"),
                         lambda: self.mark_entered_in_error(record, self.record_patient))]
        self.record_bar.show_notice("past", "\n".join(lines), actions)

    def leave_past(self) -> None:
        """Back to a new entry for the same patient."""
        patient = self.record_patient
        self._set_mode(ENTRY)
        self.w.fill_form(EntryText(ferritin_unit=None, hla_dr_unit=None), patient)
        self.mark_clean()
        self.w.entry.age.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_correction(self, record: HistoryEntry, patient: str) -> None:
        """Enter a correction of ``record`` (its newest version only; the store checks too)."""
        def begin() -> None:
            from desktop_app.services.past_assessment import entry_text_of_record

            self.record, self.record_patient = record, patient
            self._set_mode(CORRECTING)
            self.w.fill_form(entry_text_of_record(
                record.inputs, decimal_comma=self.w.settings.decimal_comma), patient)
            self.mark_clean()
            self.record_bar.show_notice("correcting", self.tr(
                "CORRECTING assessment #{id} of {patient}: change the values, then save with "
                "Ctrl+S; a reason is required.").format(id=record.assessment_id,
                                                         patient=patient),
                [(self.tr("Cancel correctio&n"), self.cancel_correction)])
            self.w.entry.age.edit.setFocus(Qt.FocusReason.OtherFocusReason)

        if self.mode == PAST:
            begin()
        else:
            self.confirm_discard(begin)

    def cancel_correction(self) -> None:
        self.confirm_discard(self.leave_past)

    def mark_entered_in_error(self, record: HistoryEntry, patient: str) -> None:
        from desktop_app.ui.dialogs.record_dialogs import ReasonDialog

        dialog = ReasonDialog(
            self.tr("Mark entered in error"),
            self.tr("Assessment #{id} of {patient} will be marked as entered in error. It stays "
                    "stored and listed, struck through, and no longer counts in the trend."
                    ).format(id=record.assessment_id, patient=patient),
            action=self.tr("&Mark entered in error"), parent=self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._store_error_mark(record, patient, dialog.reason))
        dialog.open()

    def _store_error_mark(self, record: HistoryEntry, patient: str, reason: str) -> None:
        now = self.w.now()

        def write(store: Store) -> int:
            store.mark_entered_in_error(record.assessment_id, reason=reason, now=now)
            return record.assessment_id

        def done(aid: int) -> None:
            if self.mode == PAST and self.record is record:
                self.leave_past()
            self.record_bar.show_notice("saved", self.tr(
                "Assessment #{id} of {patient} marked as entered in error.").format(
                id=aid, patient=patient))

        self._write(write, done, patient)

    # -- internals ---------------------------------------------------------------------------
    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        if mode == ENTRY:
            self.record = None
            self.record_bar.clear()
        self.w.entry.set_read_only(mode == PAST)
        self.w.entry.set_identifier_locked(mode in (PAST, CORRECTING))
        self.w.update_title()

    def reset(self) -> None:
        """A new patient or another mode: back to plain entry, nothing shown as past."""
        self._set_mode(ENTRY)

    def retranslate(self) -> None:
        """After a language change: the store's state in the new language (once the change
        has reached every widget: the notice rebuilds its buttons)."""
        QTimer.singleShot(0, self._show_availability)

    def _show_availability(self) -> None:
        reason = self.session.unavailable_reason
        if reason is None:
            self.store_bar.clear()
            return
        self.store_bar.show_notice("fault", self.tr(
            "Records unavailable: {reason} Results can be viewed, but nothing can be saved "
            "until the database can be used.").format(reason=reason),
            [(self.tr("Retr&y"), self.session.check)])
