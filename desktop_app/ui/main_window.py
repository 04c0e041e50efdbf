"""The main window: the composition root that creates the widgets and wires their signals.

Every edit recomputes the result synchronously (classification takes microseconds): the card,
the evidence and the charts always show a pure function of the current fields, and anything the
core refuses clears them (hazard H25).  Hooks for other features are described in docs/gui.md,
"Extending the main window": ``assessment``, ``patient_identifier``, ``age_text``,
``assessment_changed``, ``training``, ``data_dir``, the menus, ``open_import``, ``export_pdf``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.core.charts import evidence_chart, map_point, phenotype_map
from desktop_app.core.evidence import EvidenceBase
from desktop_app.core.phenotype import Assessment, Status, classify
from desktop_app.core.rules import IMMUNOSEP_RULESET
from desktop_app.paths import APP_NAME
from desktop_app.services.entry import EntryText, build_inputs, field_errors
from desktop_app.ui.charts_panel import ChartsPanel
from desktop_app.ui.entry_panel import EntryPanel
from desktop_app.ui.evidence_panel import EvidencePanel
from desktop_app.ui.language import install_language, site_language, window_language
from desktop_app.ui.menus import Menus, build_menus
from desktop_app.ui.result_card import ResultCard
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.training_banner import BANNER_TEXT, TrainingBanner

if TYPE_CHECKING:
    from desktop_app.services.demo import DemoCase

logger = logging.getLogger(__name__)

NO_VALUES = "Enter ferritin and HLA-DR, each with its unit, to see the phenotype."
FIX_FIELDS = "No result: correct the field(s) marked in red on the left; each message says why."
INTERNAL_ERROR = ("No result: an internal error stopped the assessment (reference: {ref}). "
                  "Nothing was classified; please report this.")


def _local_now() -> datetime:
    return datetime.now().astimezone()


class MainWindow(QMainWindow):
    """Patient entry on the left, result and evidence in the middle, charts on the right."""

    assessment_changed = Signal(object)  # Assessment | None, after every recomputation
    training_mode_changed = Signal(bool)
    first_painted = Signal()  # the window has been painted once; the charts load right after

    def __init__(self, *, evidence: EvidenceBase, settings: AppSettings, data_dir: Path,
                 training: bool = False, demo_cases: Sequence[DemoCase] | None = None,
                 clock: Callable[[], datetime] = _local_now, persist_state: bool = True,
                 load_charts: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = evidence
        self.settings = settings
        self._data_dir = Path(data_dir)
        self._clock = clock
        self._persist_state = persist_state
        self._load_charts = load_charts  # False: never import pyqtgraph (startup smoke test)
        self._training = False
        self._demo_cases = demo_cases
        self._loaded_case: tuple[tuple[str, ...], str] | None = None
        self._assessment: Assessment | None = None
        self._painted = False

        self.banner = TrainingBanner()
        self.entry = EntryPanel(decimal_comma=settings.decimal_comma)
        self.demo_panel = None  # DemoCasePanel, created when training mode is first entered
        self.result_card = ResultCard()
        self.evidence_panel = EvidencePanel(evidence)
        self.charts = ChartsPanel()
        self._build_layout()
        self.menus: Menus = build_menus(self)
        self.file_menu, self.patient_menu = self.menus.file, self.menus.patient
        self.training_menu, self.help_menu = self.menus.training, self.menus.help
        from desktop_app.ui.patient_history_action import add_patient_history_action  # issue 6

        self.patient_history_action = add_patient_history_action(self)
        self.mode_label = QLabel()
        self.statusBar().addPermanentWidget(self.mode_label)

        self.entry.changed.connect(self._on_entry_changed)
        self._restore_state()
        self._set_training(training)
        self.recompute()
        self.entry.identifier.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- hook points (see docs/gui.md) --------------------------------------------------------
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

    def set_entry(self, entry: EntryText, patient_identifier: str = "") -> None:
        """Fill the form (a saved record, an imported row); the result follows at once."""
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
        self._loaded_case = None
        self.entry.clear()
        if self.demo_panel is not None:
            self.demo_panel.deselect()
        self.statusBar().showMessage("New patient: every field cleared.", 5000)

    def set_training(self, on: bool) -> None:
        """Switch training mode; the form is cleared so the two kinds of data never mix."""
        if on == self._training:
            return
        self._set_training(on)
        self.new_patient()
        self.training_mode_changed.emit(on)

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
        self.entry.set_entry(case.entry, case.id)
        self._loaded_case = (_normalised(case.entry), case.id)
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
            message = FIX_FIELDS
        elif not self.entry.has_lab_values():
            message = NO_VALUES
        else:
            try:
                inputs = build_inputs(text, decimal_comma=decimal_comma)
                self.entry.show_inputs(inputs)
                assessment = classify(inputs, now=self._clock())
            except Exception as exc:  # fail closed (H27); the message may hold values: not logged
                logger.error("assessment failed: %s", type(exc).__name__)
                message = INTERNAL_ERROR.format(ref=type(exc).__name__)
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
        point = map_point(assessment) if assessment else None
        classified = assessment is not None and assessment.status is Status.CLASSIFIED
        self.charts.show_charts(
            phenotype_map((point,) if point else ()),
            evidence_chart(self.evidence, assessment.phenotype if classified else None))
        self._update_demo_check()
        self.assessment_changed.emit(assessment)

    def _identity(self) -> str:
        who = self.patient_identifier or "(no identifier entered)"
        age = f"{self.age_text} years" if self.age_text else "not given"
        prefix = "TRAINING CASE (synthetic) — " if self._training else ""
        return f"{prefix}Patient: {who} · age {age}"

    def _on_entry_changed(self) -> None:
        self.recompute()

    # -- training mode ----------------------------------------------------------------------
    def _set_training(self, on: bool) -> None:
        self._training = on
        self.banner.setVisible(on)
        title = f"{APP_NAME} — {BANNER_TEXT}" if on else APP_NAME
        self.setWindowTitle(title)
        self.menus.training_action.setChecked(on)
        if on and self.demo_panel is None:
            self._create_demo_panel()
        if self.demo_panel is not None:
            self.demo_panel.setVisible(on)
        self._update_mode_label()

    def _create_demo_panel(self) -> None:
        from desktop_app.services.demo import load_demo_cases
        from desktop_app.ui.demo_case_panel import DemoCasePanel

        cases = self._demo_cases if self._demo_cases is not None else load_demo_cases()
        self.demo_panel = DemoCasePanel(cases)
        self.demo_panel.case_selected.connect(self.load_demo_case)
        self._top.insertWidget(1, self.demo_panel)
        QWidget.setTabOrder(self.demo_panel.combo, self.entry.identifier)

    def _update_demo_check(self) -> None:
        if self.demo_panel is None or self._loaded_case is None:
            return
        edited = (_normalised(self.entry.entry_text()), self.patient_identifier) != \
            self._loaded_case
        self.demo_panel.show_result(self._assessment, edited=edited)

    def _update_mode_label(self) -> None:
        sep = "," if self.settings.decimal_comma else "."
        mode = "TRAINING — synthetic data" if self._training else "Clinical mode"
        self.mode_label.setText(f"{mode} · decimal separator '{sep}'")

    # -- layout, state, first paint ---------------------------------------------------------
    def _build_layout(self) -> None:
        left_scroll = _scroll(self.entry)
        char = self.fontMetrics().averageCharWidth()
        left_scroll.setMinimumWidth(char * 40)
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(_scroll(self.result_card))
        middle.addWidget(self.evidence_panel)
        middle.setChildrenCollapsible(False)
        middle.setStretchFactor(0, 5)
        middle.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left_scroll, middle, self.charts):
            self.splitter.addWidget(widget)
        self.splitter.setChildrenCollapsible(False)
        for index, stretch in enumerate((3, 5, 4)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setSizes([char * 46, char * 78, char * 60])  # until a saved state exists
        central = QWidget()
        self._top = QVBoxLayout(central)
        self._top.setContentsMargins(4, 4, 4, 4)
        self._top.addWidget(self.banner)
        self._top.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1360, int(screen.width() * 0.95)),
                        min(860, int(screen.height() * 0.92)))
        splitter = self.settings.value("window/splitter")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.settings.set_values({"window/geometry": self.saveGeometry(),
                                  "window/splitter": self.splitter.saveState()})

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._persist_state:
            self.save_state()
        super().closeEvent(event)

    def event(self, e: QEvent) -> bool:
        if not self._painted and e.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)
        return super().event(e)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        if self._load_charts:
            self.charts.load_plots()


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def _normalised(entry: EntryText) -> tuple[str, ...]:
    return tuple((getattr(entry, f) or "").strip() for f in EntryText.__dataclass_fields__)
