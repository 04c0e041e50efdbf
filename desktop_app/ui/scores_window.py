"""The patient's scores around the phenotype, in one window beside the main one (issue 17).

Four tabs: **Use only if…** (the trial's eligibility checklist), **SOFA calculator**, **Daily
SOFA and day 9** (the course, the day-9 measure, death) and **HScore**.  The window follows
the patient in the main window's form and reloads whenever that patient's records change; it
reads and writes through the main window's ``RecordsSession`` (off the GUI thread), so a store
fault is "Not saved: …" with every value kept on screen, never a traceback.  Opened from the
result card's buttons and the Patient menu (``scores_actions.py``), imported only then.

Every save asks for confirmation naming the patient; corrections and "entered in error" ask
for a reason, as for assessments.  A checklist or an HScore is stored with an assessment: the
past assessment shown, else the patient's newest saved one — never one on screen that is not
saved yet.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTabWidget, QVBoxLayout

from desktop_app.ui.language import Retranslating

if TYPE_CHECKING:
    from desktop_app.services.records import HistoryEntry, Store
    from desktop_app.services.scores import PatientScores
    from desktop_app.ui.main_window import MainWindow

TABS = ("eligibility", "calculator", "daily", "hscore")


def open_scores(window: MainWindow, tab: str = "daily") -> ScoresWindow:
    """Show the scores window of ``window`` (one per main window) on ``tab``."""
    found = window.findChildren(ScoresWindow)
    dialog = found[0] if found else ScoresWindow(window)
    dialog.show_tab(tab)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class ScoresWindow(Retranslating, QDialog):
    """The four panels for the patient in the main window's form."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        from desktop_app.ui.daily_sofa_panel import DailySofaPanel
        from desktop_app.ui.eligibility_panel import EligibilityPanel
        from desktop_app.ui.hscore_panel import HScorePanel
        from desktop_app.ui.sofa_panel import SofaCalculatorPanel

        self.window_ = window
        self.patient = ""
        self.training = window.training
        self.scores: PatientScores | None = None
        self.history: list[HistoryEntry] = []
        self.load_problem = ""
        self.tabs = QTabWidget()
        self.eligibility = EligibilityPanel(self)
        self.calculator = SofaCalculatorPanel(decimal_comma=window.settings.decimal_comma)
        self.daily = DailySofaPanel(self)
        self.hscore = HScorePanel(self)
        self.panels = dict(zip(TABS, (self.eligibility, self.calculator, self.daily,
                                      self.hscore), strict=True))
        for panel in self.panels.values():
            self.tabs.addTab(panel, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.calculator.result_changed.connect(lambda _r: self.daily.refresh())
        window.assessment_changed.connect(lambda _a: self.follow())
        window.training_mode_changed.connect(lambda _on: self.follow(force=True))
        window.records_session.changed.connect(self._records_changed)
        screen = self.screen().availableGeometry()
        metrics = self.fontMetrics()
        self.resize(min(metrics.averageCharWidth() * 150, int(screen.width() * 0.95)),
                    min(metrics.height() * 44, int(screen.height() * 0.9)))
        self.retranslate()
        self.follow(force=True)

    # -- what the panels read ---------------------------------------------------------------
    @property
    def main(self) -> MainWindow:
        return self.window_

    def today(self) -> date:
        return self.window_.today()

    @property
    def decimal_comma(self) -> bool:
        """The window's decimal separator setting, for every value typed here."""
        return bool(self.window_.settings.decimal_comma)

    def target_assessment(self, what: str) -> tuple[HistoryEntry | None, str]:
        """The stored assessment a checklist or an HScore goes with, or why there is none."""
        from desktop_app.ui.records_actions import CORRECTING, PAST

        records = self.window_.records
        if records.mode == PAST and records.record is not None:
            return records.record, ""
        if not self.patient:
            return None, self.tr("Enter the patient identifier in the main window first.")
        if records.mode == CORRECTING:
            return None, self.tr("Finish or cancel the correction in the main window first.")
        if records.is_dirty():
            return None, self.tr("The assessment on screen is not saved yet: save it first "
                                 "(Ctrl+S in the main window); the {what} is stored with it."
                                 ).format(what=what)
        current = [e for e in self.history if e.is_current]
        if self.scores is None:
            return None, self.load_problem or self.tr("Reading the patient's records…")
        if not current:
            return None, self.tr("No assessment of this patient is saved yet: save it first "
                                 "(Ctrl+S in the main window); the {what} is stored with it."
                                 ).format(what=what)
        return current[-1], ""

    # -- following the main window ----------------------------------------------------------
    def follow(self, *, force: bool = False) -> None:
        patient = self.window_.patient_identifier.strip()
        training = self.window_.training
        if force or patient != self.patient or training != self.training:
            self.patient, self.training = patient, training
            self.scores, self.history, self.load_problem = None, [], ""
            self.reload()
        self.refresh(records_changed=force)

    def _records_changed(self, patient: str) -> None:
        if patient.strip() == self.patient:
            self.reload()

    def reload(self) -> None:
        patient = self.patient
        self._set_title()
        if not patient:
            self.refresh(records_changed=True)
            return

        def read(store: Store) -> tuple[PatientScores, list[HistoryEntry]]:
            from desktop_app.services.scores import read_scores

            return read_scores(store, patient), store.history(patient)

        def loaded(result: tuple[PatientScores, list[HistoryEntry]]) -> None:
            if patient != self.patient:
                return  # another patient was chosen meanwhile
            self.scores, self.history = result
            self.load_problem = ""
            self.refresh(records_changed=True)

        def failed(sentence: str) -> None:
            self.load_problem = self.tr("The patient's records cannot be read: {reason}"
                                        ).format(reason=sentence)
            self.refresh(records_changed=True)

        self.window_.records_session.run(read, on_success=loaded, on_error=failed)

    def refresh(self, *, records_changed: bool = False) -> None:
        """Show the form's state (every edit there); ``records_changed``: the patient's
        stored records too (after a read: the day-9 view and the stored versions)."""
        self.calculator.set_decimal_comma(self.decimal_comma)
        self.eligibility.refresh()
        self.daily.refresh(reload_view=records_changed)
        self.hscore.refresh()

    # -- writing --------------------------------------------------------------------------------
    def confirm_and_write(self, *, title: str, question: str, summary: list[str],
                          operation: Callable[[Store], Any], done: str,
                          after: Callable[[], None] | None = None) -> None:
        """Ask (naming the patient), then ``operation(store)`` off the GUI thread."""
        from desktop_app.ui.dialogs.record_dialogs import SaveConfirmDialog

        dialog = SaveConfirmDialog(self.patient, summary, training=self.training, title=title,
                                   question=question, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.write(operation, done, after))
        dialog.open()

    def ask_reason_and_write(self, *, title: str, question: str, action: str,
                             operation: Callable[[Store, str], Any], done: str) -> None:
        from desktop_app.ui.dialogs.record_dialogs import ReasonDialog

        dialog = ReasonDialog(title, question, action=action, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            reason = dialog.reason  # read now: the dialog is gone when the write runs
            self.write(lambda store: operation(store, reason), done)

        dialog.accepted.connect(accepted)
        dialog.open()

    def write(self, operation: Callable[[Store], Any], done: str,
              after: Callable[[], None] | None = None) -> None:
        patient = self.patient

        def succeeded(_result: Any) -> None:
            self.window_.statusBar().showMessage(done, 10000)
            if after is not None:
                after()

        def failed(sentence: str) -> None:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"),
                              self.tr("Not saved: {reason}").format(reason=sentence),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("notSaved")
            box.setInformativeText(self.tr("The values stay on screen."))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        self.window_.records_session.run(operation, on_success=succeeded, on_error=failed,
                                         parent=self, label=self.tr("Saving…"),
                                         changed_patient=patient)

    # -- tabs and texts --------------------------------------------------------------------------
    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.panels[name])
        self.panels[name].setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        titles = (self.tr("Use only if… (eligibility)"), self.tr("SOFA calculator"),
                  self.tr("Daily SOFA and day 9"), self.tr("HScore (HLH question)"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self._set_title()

    def _set_title(self) -> None:
        who = self.patient or self.tr("no patient identifier entered")
        title = self.tr("Scores around the phenotype — {patient}").format(patient=who)
        if self.training:
            title = self.tr("TRAINING — {title}").format(title=title)
        self.setWindowTitle(title)
