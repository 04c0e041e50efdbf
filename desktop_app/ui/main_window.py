"""The main window: the composition root that creates the widgets and wires their signals.

Every edit recomputes the result synchronously (classification takes microseconds): the card,
the evidence and the charts always show a pure function of the current fields, and anything the
core refuses clears them (hazard H25).  Records (save, correct, entered in error, a past
assessment, unsaved work) are ``records_actions.RecordActions``; the store is reached through
``records_session.RecordsSession`` off the GUI thread.  Hooks for other features are described
in docs/gui.md, "Extending the main window".

The empty window is painted first (docs/gui.md, Start-up): the evidence base is read and both
charts are described in the event-loop turn after the first paint, with the full evidence text,
the plots and the record store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from desktop_app import __version__
from desktop_app.core.outcomes import Status
from desktop_app.core.rules import IMMUNOSEP_RULESET
from desktop_app.paths import APP_NAME
from desktop_app.services.entry import EntryText, build_inputs, field_errors
from desktop_app.ui.charts_panel import ChartsPanel
from desktop_app.ui.entry_panel import EntryPanel
from desktop_app.ui.evidence_panel import EvidencePanel
from desktop_app.ui.language import (
    install_language,
    site_language,
    text_translator,
    window_language,
)
from desktop_app.ui.menus import Menus, build_menus, let_shortcuts_through
from desktop_app.ui.qt_namespace import Qt
from desktop_app.ui.recent_imports_menu import install_recent_imports
from desktop_app.ui.records_actions import CORRECTING, PAST, RecordActions
from desktop_app.ui.records_session import RecordsSession
from desktop_app.ui.result_card import ResultCard
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.training_banner import TrainingBanner
from desktop_app.ui.window_layout import WindowLayout
from desktop_app.ui.zoom import Zoom

if TYPE_CHECKING:
    from desktop_app.core.evidence import EvidenceBase
    from desktop_app.core.inputs import PatientInputs
    from desktop_app.core.phenotype import Assessment
    from desktop_app.services.demo import DemoCase

logger = logging.getLogger(__name__)


def _local_now() -> datetime:
    return datetime.now().astimezone()


def classify(inputs: PatientInputs, *, now: datetime) -> Assessment:
    """The core's decision.  Its modules (decision table, findings, criteria texts) are
    imported with the first assessment: the empty window is painted without them."""
    from desktop_app.core.phenotype import classify as decide

    return decide(inputs, now=now)


class MainWindow(QMainWindow):
    """Patient entry on the left, result and evidence in the middle, charts on the right."""

    assessment_changed = Signal(object)  # Assessment | None, after every recomputation
    training_mode_changed = Signal(bool)
    first_painted = Signal()  # the window has been painted once; the charts load right after

    def __init__(self, *, settings: AppSettings, data_dir: Path,
                 evidence: EvidenceBase | None = None, training: bool = False,
                 demo_cases: Sequence[DemoCase] | None = None,
                 clock: Callable[[], datetime] = _local_now, persist_state: bool = True,
                 load_charts: bool = True, check_store: bool = True,
                 finish_start_up: bool = True, parent: QWidget | None = None) -> None:
        """``evidence``: None reads the bundled evidence base after the first paint."""
        super().__init__(parent)
        self._evidence = evidence
        # The sentence shown when this installation cannot be used (its evidence base cannot
        # be read); the window then takes no values and closes when the message is read.
        self.cannot_start: str | None = None
        self.settings = settings
        self._data_dir = Path(data_dir)
        self._clock = clock
        self._persist_state = persist_state
        self._load_charts = load_charts  # False: never import pyqtgraph (startup smoke test)
        self._check_store = check_store  # False: never open the database (startup smoke test)
        # False: stop at the first paint (the start-up smoke test measures exactly that)
        self._finish_start_up_after_paint = finish_start_up
        self._training = False
        self._demo_cases = demo_cases
        self._loaded_case: tuple[tuple[str, ...], str] | None = None
        self._assessment: Assessment | None = None
        self._painted = False
        self._close_confirmed = False

        self.banner = TrainingBanner()
        self.entry = EntryPanel(decimal_comma=settings.decimal_comma)
        self.demo_panel = None  # DemoCasePanel, created when training mode is first entered
        self.result_card = ResultCard()
        self.evidence_panel = EvidencePanel(lambda: self.evidence)
        self.charts = ChartsPanel()
        self.records_session = RecordsSession(self._data_dir, training=training, parent=self)
        self.records = RecordActions(self, self.records_session)
        self.layout_parts = WindowLayout(self.entry, self.result_card, self.evidence_panel,
                                         self.charts)
        self.splitter = self.layout_parts.splitter
        self._build_layout()
        self.menus: Menus = build_menus(self)
        self.file_menu, self.patient_menu = self.menus.file, self.menus.patient
        self.training_menu, self.help_menu = self.menus.training, self.menus.help
        self.recent_imports_menu = install_recent_imports(self)  # File > Recent imports
        from desktop_app.ui.patient_history_action import add_patient_history_action

        self.patient_history_action = add_patient_history_action(self)
        from desktop_app.ui.scores_actions import add_scores_actions

        self.scores_actions = add_scores_actions(self)
        from desktop_app.ui.inbox_watcher import install_inbox

        self.inbox = install_inbox(self)  # Patient > Laboratory inbox (Ctrl+I), folder watch
        self._shortcut_filter = let_shortcuts_through(self)
        self.mode_label = QLabel()
        self.statusBar().addPermanentWidget(self.mode_label)
        self.zoom = Zoom(self, initial=int(settings.value("display/zoom")),
                         on_change=lambda pct: self.settings.set_value("display/zoom", pct))

        self.entry.changed.connect(self._on_entry_changed)
        self.entry.submit_requested.connect(lambda: self.records.save())
        self._restore_state()
        self._set_training(training)
        # The empty form's charts are described after the first paint, when their slots still
        # say "loading…"; every later result describes them at once.
        self._charts_follow = False
        self.recompute()
        self._charts_follow = True
        self.records.mark_clean()
        self.entry.identifier.setFocus()
        # Settle the layout now: the window's minimum size then goes with its native window
        # when it is shown instead of being pushed to it afterwards (which Qt's offscreen
        # platform, used by the smoke test, answers with a warning logged at every start).
        self.layout().activate()

    # -- hook points (see docs/gui.md) --------------------------------------------------------
    @property
    def evidence(self) -> EvidenceBase:
        """The trial evidence (``resources/evidence/immunosep.json`` unless one was given)."""
        if self._evidence is None:
            from desktop_app.services.evidence import load_evidence

            self._evidence = load_evidence()
        return self._evidence

    @property
    def assessment(self) -> Assessment | None:
        """The assessment on screen; ``None`` when the form is empty or a field is invalid."""
        return self._assessment

    @property
    def patient_identifier(self) -> str:
        return self.entry.patient_identifier()

    @property
    def age_text(self) -> str:
        return self.entry.age_text()

    @property
    def entry_text(self) -> EntryText:
        return self.entry.entry_text()

    @property
    def training(self) -> bool:
        return self._training

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    def now(self) -> datetime:
        """The moment of the assessment on screen: the save time of a past one, else now."""
        record = self.records.record
        if self.records.mode == PAST and record is not None:
            return record.assessed_at
        return self._clock()

    def current_time(self) -> datetime:
        """The workstation's clock now, whatever is on screen (when a record is saved)."""
        return self._clock()

    def today(self) -> date:
        """Today's date on this workstation's clock (a daily SOFA's day, a death's date)."""
        return self._clock().date()

    def set_entry(self, entry: EntryText, patient_identifier: str = "") -> None:
        """Fill the form (an imported row); the result follows at once.  Callers that replace
        typed values call ``records.confirm_discard`` first."""
        self.records.reset()
        self.fill_form(entry, patient_identifier)
        self.records.mark_clean()

    def fill_form(self, entry: EntryText, patient_identifier: str = "") -> None:
        self._loaded_case = None
        self.entry.set_entry(entry, patient_identifier)

    def open_import(self) -> None:
        """Ctrl+O, File ▸ Open / import: the import dialog, then the cohort view (issue 4)."""
        from desktop_app.ui.import_dialog import open_import

        open_import(self)

    def export_pdf(self) -> None:
        """Ctrl+E, File ▸ Export PDF: preview the current report, then save it (issue 5)."""
        from desktop_app.ui.report_export import export_current_pdf

        export_current_pdf(self, clock=self._clock)

    # -- actions ----------------------------------------------------------------------------
    def new_patient(self) -> None:
        """Clear every field (no question asked: ``request_new_patient`` asks first)."""
        self.records.reset()
        self._loaded_case = None
        self.entry.clear()
        self.records.mark_clean()
        if self.demo_panel is not None:
            self.demo_panel.deselect()
        self.statusBar().showMessage(self.tr("New patient: every field cleared."), 5000)

    def request_new_patient(self) -> None:
        self.records.confirm_discard(self.new_patient)

    def open_patient(self, identifier: str, *, then: Callable[[], None] | None = None) -> None:
        """A patient chosen in the list: a new entry for them (after asking about unsaved
        values); their history opens with Ctrl+H (or ``then``, e.g. to show it)."""
        def go() -> None:
            self.new_patient()
            self.entry.identifier.setText(identifier)
            self.records.mark_clean()
            self.entry.age.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.statusBar().showMessage(self.tr("Patient {patient} opened: enter the new "
                                                 "values, or Ctrl+H for the history."
                                                 ).format(patient=identifier), 8000)
            if then is not None:
                then()

        self.records.confirm_discard(go)

    def open_patient_list(self) -> None:
        from desktop_app.ui.patient_list import open_patient_list

        open_patient_list(self)

    def copy_result(self) -> None:
        """Ctrl+Shift+C: the result on screen as plain text for the patient note."""
        from desktop_app.ui.result_summary import copy_result

        copy_result(self)

    def set_training(self, on: bool) -> None:
        """Switch training mode; the form is cleared so the two kinds of data never mix."""
        if on == self._training:
            return
        self._set_training(on)
        self.new_patient()
        self.records_session.switch(on)
        if self._painted and self._check_store:
            self.records_session.check()
        self.training_mode_changed.emit(on)

    def request_training(self, on: bool) -> None:
        self.records.confirm_discard(
            lambda: self.set_training(on),
            cancelled=lambda: self.menus.training_action.setChecked(self._training))

    def open_settings(self) -> None:
        from desktop_app.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(decimal_comma=self.settings.decimal_comma,
                                language=self.settings.language,
                                automatic_language=window_language(None,
                                                                   site_default=site_language()),
                                parent=self)
        if dialog.exec():
            self.set_decimal_comma(dialog.decimal_comma)
            self.set_language(dialog.language)

    def set_language(self, choice: str) -> None:
        """Remember the Settings choice ("" = automatic) and switch the window to it now."""
        self.settings.language = choice
        app = QApplication.instance()
        if app is not None:
            install_language(app, window_language(choice, site_default=site_language()))

    def set_decimal_comma(self, on: bool) -> None:
        self.settings.decimal_comma = on
        self.entry.set_decimal_comma(on)
        self._update_mode_label()
        self.recompute()

    def show_about(self) -> None:
        from desktop_app.ui.dialogs.about import AboutDialog

        AboutDialog(__version__, IMMUNOSEP_RULESET, self.evidence.version,
                    training=self._training, parent=self).exec()

    def load_demo_case(self, case: DemoCase) -> None:
        if not self._training:
            raise RuntimeError("demo cases load only in training mode")
        self.records.reset()
        self.entry.set_entry(case.entry, case.id)
        self._loaded_case = (_normalised(case.entry), case.id)
        self.records.mark_clean()
        self._update_demo_check()

    # -- recomputation ----------------------------------------------------------------------
    def recompute(self) -> None:
        """Read every field through the core and show the result (or why there is none)."""
        text = self.entry.entry_text()
        decimal_comma = self.settings.decimal_comma
        errors = {**field_errors(text, decimal_comma=decimal_comma), **self.entry.own_errors()}
        self.entry.show_errors(errors)
        assessment, message = None, ""
        if errors:
            message = self.tr("No result: correct the field(s) marked in red on the left; each "
                              "message says why.")
        elif not self.entry.has_lab_values():
            message = self.tr("Enter ferritin and HLA-DR, each with its unit, to see the "
                              "phenotype.")
        else:
            try:
                inputs = build_inputs(text, decimal_comma=decimal_comma)
                self.entry.show_inputs(inputs)
                assessment = classify(inputs, now=self.now())
            except Exception as exc:  # fail closed (H27); the message may hold values: not logged
                logger.error("assessment failed: %s", type(exc).__name__)
                message = self.tr("No result: an internal error stopped the assessment "
                                  "(reference: {ref}). Nothing was classified; please report "
                                  "this.").format(ref=type(exc).__name__)
        self._show(assessment, message)

    def _show(self, assessment: Assessment | None, message: str) -> None:
        self._assessment = assessment
        identity = self._identity()
        if assessment is None:
            self.result_card.show_nothing(message, identity)
        else:
            self.result_card.show_assessment(assessment, identity=identity,
                                             evidence_version=self.evidence.version)
        self.evidence_panel.show_for(assessment)
        if self._charts_follow:
            self._describe_charts(assessment)
        self._update_demo_check()
        self.assessment_changed.emit(assessment)

    def _describe_charts(self, assessment: Assessment | None) -> None:
        """Both charts' descriptions (titles, notes, regions, bars) for ``assessment``."""
        from desktop_app.core.charts import evidence_chart, map_point, phenotype_map

        point = map_point(assessment) if assessment else None
        classified = assessment is not None and assessment.status is Status.CLASSIFIED
        tr = text_translator()
        self.charts.show_charts(
            phenotype_map((point,) if point else (), tr=tr),
            evidence_chart(self.evidence, assessment.phenotype if classified else None, tr))

    def _identity(self) -> str:
        who = self.patient_identifier or self.tr("(no identifier entered)")
        age = self.tr("{age} years").format(age=self.age_text) if self.age_text else \
            self.tr("not given")
        text = self.tr("Patient: {who} · age {age}").format(who=who, age=age)
        record = self.records.record
        if self.records.mode == PAST and record is not None:
            text = self.tr("PAST ASSESSMENT #{id} (read-only) — {text}").format(
                id=record.assessment_id, text=text)
        elif self.records.mode == CORRECTING and record is not None:
            text = self.tr("CORRECTING #{id} — {text}").format(id=record.assessment_id,
                                                              text=text)
        if self._training:
            text = self.tr("TRAINING CASE (synthetic) — {text}").format(text=text)
        return text

    def _on_entry_changed(self) -> None:
        self.recompute()
        if self.records.record_bar.kind == "saved" and self.records.is_dirty():
            self.records.record_bar.clear()

    # -- training mode ----------------------------------------------------------------------
    def _set_training(self, on: bool) -> None:
        self._training = on
        self.banner.setVisible(on)
        self.update_title()
        self.menus.training_action.setChecked(on)
        if on and self.demo_panel is None:
            self._create_demo_panel()
        if self.demo_panel is not None:
            self.demo_panel.setVisible(on)
        self._update_mode_label()

    def update_title(self) -> None:
        title = self.tr("TRAINING — {app}").format(app=APP_NAME) if self._training else APP_NAME
        record = self.records.record
        if self.records.mode == PAST and record is not None:
            title = self.tr("{title} — past assessment #{id} (read-only)").format(
                title=title, id=record.assessment_id)
        self.setWindowTitle(title)

    def _create_demo_panel(self) -> None:
        from desktop_app.services.demo import load_demo_cases
        from desktop_app.ui.demo_case_panel import DemoCasePanel

        cases = self._demo_cases if self._demo_cases is not None else load_demo_cases()
        self.demo_panel = DemoCasePanel(cases)
        self.demo_panel.case_selected.connect(self._on_case_chosen)
        self._top.insertWidget(1, self.demo_panel)
        QWidget.setTabOrder(self.demo_panel.combo, self.entry.identifier)

    def _on_case_chosen(self, case: DemoCase) -> None:
        if self._loaded_case is not None:  # a case, perhaps edited for practice: just switch
            self.load_demo_case(case)
            return
        panel = self.demo_panel
        self.records.confirm_discard(lambda: self.load_demo_case(case),
                                     cancelled=panel.deselect if panel else None)

    def _update_demo_check(self) -> None:
        if self.demo_panel is None or self._loaded_case is None:
            return
        edited = (_normalised(self.entry.entry_text()), self.patient_identifier) != \
            self._loaded_case
        self.demo_panel.show_result(self._assessment, edited=edited)

    def _update_mode_label(self) -> None:
        sep = "," if self.settings.decimal_comma else "."
        mode = self.tr("TRAINING — synthetic data") if self._training else \
            self.tr("Clinical mode")
        self.mode_label.setText(self.tr("{mode} · decimal separator '{sep}'").format(
            mode=mode, sep=sep))

    # -- layout, state, first paint ---------------------------------------------------------
    def _build_layout(self) -> None:
        central = QWidget()
        self._top = QVBoxLayout(central)
        self._top.setContentsMargins(4, 4, 4, 4)
        self._top.addWidget(self.banner)
        self._top.addWidget(self.records.store_bar)
        self._top.addWidget(self.records.record_bar)
        self._top.addWidget(self.layout_parts, 1)
        self.setCentralWidget(central)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1360, int(screen.width() * 0.95)),
                        min(860, int(screen.height() * 0.92)))
        splitter = self.settings.value("window/splitter")
        if not splitter.isEmpty():
            self.layout_parts.saved_wide_state = splitter
        self.layout_parts.fit(self.width())

    def save_state(self) -> None:
        state = {"window/geometry": self.saveGeometry()}
        if not self.layout_parts.stacked:  # the three-column positions are what is kept
            state["window/splitter"] = self.splitter.saveState()
        self.settings.set_values(state)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.layout_parts.fit(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "layout_parts"):
            self.layout_parts.fit(self.width())
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "menus"):
            self.retranslate()

    def retranslate(self) -> None:
        """After a language change: the menus, the title, the status bar and everything the
        window derives from the form (the result, the evidence, the charts, the field
        messages) in the new language.  The panels retranslate their own labels."""
        self.menus.texts.retranslate()
        self.records.retranslate()
        self.update_title()
        self._update_mode_label()
        self.recompute()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_confirmed and self.records.is_dirty():
            event.ignore()
            self.records.confirm_discard(self._close_now)
            return
        if self._persist_state:
            self.save_state()
        self.inbox.stop()
        self.records_session.close()
        super().closeEvent(event)

    def _close_now(self) -> None:
        self._close_confirmed = True
        self.close()

    def event(self, e: QEvent) -> bool:
        if not self._painted and e.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)
        return super().event(e)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        # The rest of the start-up, in the next event-loop turn (the window is on screen
        # first): the focus ring, the full evidence text, the charts (pyqtgraph) and the
        # record store (opened on a pool thread).
        if self._finish_start_up_after_paint:
            QTimer.singleShot(0, self._finish_start_up)

    def _finish_start_up(self) -> None:
        if not self._evidence_readable():
            return
        from desktop_app.ui.focus_ring import install_focus_ring

        install_focus_ring()
        self.evidence_panel.complete()
        if self.charts.map_description is None:  # nothing typed since the first paint
            self._describe_charts(self._assessment)
        if self._load_charts:
            self.charts.load_plots()
        if self._check_store:
            self.records_session.check()
            self.inbox.restart()

    def _evidence_readable(self) -> bool:
        """Read the evidence base now.  An installation that cannot read it is not used: the
        window takes no values (no result without the trial's caveats), says so and closes
        when the message is read, as a start that failed on it did before (self-test names
        the file)."""
        try:
            self._evidence = self.evidence  # read now, if it was not given
        except (OSError, ValueError) as exc:  # missing, not JSON, not the expected shape
            logger.error("evidence base unreadable: %s", type(exc).__name__)
            from PySide6.QtWidgets import QMessageBox

            self.cannot_start = self.tr(
                "The trial evidence of this installation cannot be read ({kind}), so no "
                "result can be shown. {app} closes; please ask IT to repair the "
                "installation.").format(kind=type(exc).__name__, app=APP_NAME)
            self.centralWidget().setEnabled(False)
            self.menuBar().setEnabled(False)
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, self.cannot_start,
                              QMessageBox.StandardButton.Close, self)
            box.setObjectName("evidenceUnreadable")
            box.finished.connect(lambda _code: self._close_now())
            box.open()
            return False
        return True


def _normalised(entry: EntryText) -> tuple[str, ...]:
    return tuple((getattr(entry, f) or "").strip() for f in EntryText.__dataclass_fields__)
