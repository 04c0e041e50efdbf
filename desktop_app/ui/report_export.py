"""PDF export in the GUI: the current patient's report with a first-page preview, and a batch.

``export_current_pdf(window)`` (Ctrl+E, File ▸ Export PDF report…) renders the report in the
background, shows page 1 (``services.pdf_preview``), lets the user set the header and paper,
and saves exactly the previewed bytes: atomically, asking before replacing a file.
``export_cohort_reports(parent, cohort, ...)`` is the cohort view's entry point (implemented in
``ui.report_batch_export``): choose a folder, confirm replacing existing files, then one PDF per
row, the summary and ``index.csv`` from a process pool, with progress and Cancel.

Nothing here classifies or lays out a report; it calls ``services.reports``.  Widgets are only
touched on the GUI thread (results arrive through ``ui.workers`` callbacks).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.evidence import EvidenceBase
from desktop_app.core.phenotype import Assessment
from desktop_app.report.options import PatientIdentity, iso_birth_date
from desktop_app.services.pdf_preview import PageImage, first_page_image
from desktop_app.services.reports import (
    make_options,
    render_patient_pdf,
)
from desktop_app.ui.report_preferences import (
    ReportPreferences,
    layout_form,
    load_preferences,
    save_preferences,
)
from desktop_app.ui.translate_marks import QT_TRANSLATE_NOOP
from desktop_app.ui.workers import BackgroundTask, run_in_background

__all__ = ["ExportPdfDialog", "ReportPreferences", "export_cohort_reports",
           "export_current_pdf", "export_problem", "load_preferences", "save_preferences"]

logger = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("ReportExport", "Export PDF report")
PREVIEW_WIDTH = 460  # logical pixels of the page image in the dialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportExport", text)


def local_now() -> datetime:
    return datetime.now().astimezone()


# -- small dialogs (module functions so that tests can answer them) --------------------------

def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def notify(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                      title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, does not block the caller


def ask_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    # Overwriting is confirmed by us (same wording on every platform, and testable).
    name, _ = QFileDialog.getSaveFileName(parent, _tr(TITLE), str(suggested),
                                          _tr("PDF files (*.pdf)"),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_folder(parent: QWidget | None) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, _tr("Folder for the PDF reports"),
                                              _documents())
    return Path(folder) if folder else None


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


# -- single report -----------------------------------------------------------------------------

class ExportSource(Protocol):
    """What the export needs from the main window (see docs/gui.md, hook points)."""

    @property
    def assessment(self) -> Assessment | None: ...
    @property
    def patient_identifier(self) -> str: ...
    @property
    def training(self) -> bool: ...
    evidence: EvidenceBase
    settings: Any


def export_problem(assessment: Assessment | None, patient_id: str, training: bool) -> str | None:
    """Why there is nothing to export yet, in words; ``None`` when a report can be made."""
    from desktop_app.services.demo import is_demo_identifier

    if assessment is None:
        return _tr("There is no result to report yet: enter values that give a result first.")
    if not patient_id.strip():
        return _tr("Enter the patient identifier first: it is printed on every page of the "
                   "report.")
    if training and not is_demo_identifier(patient_id):
        return _tr("Training reports use synthetic identifiers (DEMO-nnn), never a real "
                "patient's. Load a training case, or leave training mode.")
    if not training and is_demo_identifier(patient_id):
        return _tr("DEMO-nnn identifiers are reserved for training mode.")
    return None


def export_current_pdf(window: ExportSource, *,
                       clock: Callable[[], datetime] = local_now) -> ExportPdfDialog | None:
    """Ctrl+E: preview and save the report of what the window shows."""
    parent = window if isinstance(window, QWidget) else None
    problem = export_problem(window.assessment, window.patient_identifier, window.training)
    if problem is not None:
        notify(parent, _tr(TITLE), problem)
        return None
    assert window.assessment is not None
    generated_at = clock()
    dialog = ExportPdfDialog(window.assessment, window.patient_identifier.strip(),
                             evidence=window.evidence, training=window.training,
                             generated_at=generated_at, settings=window.settings, parent=parent)
    _load_scores(window, dialog, generated_at.date())
    if dialog.exec() and dialog.saved_path is not None and parent is not None:
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(_tr("PDF report saved: {path}").format(
                path=dialog.saved_path), 10_000)
    return dialog


def _load_scores(window: ExportSource, dialog: ExportPdfDialog, today: date) -> None:
    """Read the patient's stored eligibility, day-9 SOFA and HScore (issue 17) off the GUI
    thread; the preview is rendered again with them when they arrive.  A store that cannot
    be read leaves the report without them, and says so."""
    session = getattr(window, "records_session", None)
    if session is None:
        return
    patient = window.patient_identifier.strip()
    records = getattr(window, "records", None)
    record = getattr(records, "record", None)
    assessment_id = getattr(record, "assessment_id", None)

    def read(store: Any) -> Any:
        from desktop_app.services.scores import read_scores, report_section

        return report_section(read_scores(store, patient), today, assessment_id)

    session.run(read, on_success=dialog.set_scores, on_error=dialog.scores_unavailable)


class ExportPdfDialog(QDialog):
    """Page-1 preview and header/paper choices; Save writes the previewed bytes."""

    preview_updated = Signal()  # a new preview (or the "no preview" text) is shown
    saved = Signal(object)  # Path of the written report

    def __init__(self, assessment: Assessment, patient_id: str, *, evidence: EvidenceBase,
                 training: bool, generated_at: datetime, settings: Any | None = None,
                 parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF report — TRAINING") if training
                            else self.tr("Export PDF report"))
        self._assessment, self._patient_id, self._evidence = assessment, patient_id, evidence
        self._training, self._generated_at, self._settings = training, generated_at, settings
        self.pdf: bytes | None = None
        self.scores: Any = None  # report.scores_section.ScoresSection, once read
        self.saved_path: Path | None = None
        self._task: BackgroundTask | None = None
        self._generation = 0
        prefs = load_preferences(settings)
        if lang is not None:
            prefs.lang = lang
        self._build(prefs)
        self._debounce = QTimer(self, singleShot=True, interval=400, timeout=self.refresh)
        for edit in (self.institution, self.ward, self.patient_name, self.birth_date,
                     self.record_number):
            edit.textChanged.connect(self._debounce.start)
        self.paper.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.appendix.toggled.connect(self.refresh)
        self.refresh()

    def _build(self, prefs: ReportPreferences) -> None:
        self.preview = QLabel(self.tr("Rendering the report…"))
        self.preview.setAccessibleName(self.tr("Preview of page 1"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(PREVIEW_WIDTH + bar + 2 * scroll.frameWidth() + 4)
        scroll.setMinimumHeight(int(PREVIEW_WIDTH * 0.9))
        self.status = QLabel()
        self.status.setWordWrap(True)
        header = QFormLayout()
        self.form = layout_form(prefs, header)
        self.institution, self.ward, self.paper, self.appendix, self.language = self.form
        who = QFormLayout()
        self.patient_name = QLineEdit()
        self.patient_name.setAccessibleName(self.tr("Patient name (optional)"))
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.birth_date.setAccessibleName(self.tr("Date of birth, YYYY-MM-DD (optional)"))
        self.record_number = QLineEdit()
        self.record_number.setAccessibleName(self.tr("Record number (optional)"))
        who.addRow(self.tr("&Name:"), self.patient_name)
        who.addRow(self.tr("&Date of birth:"), self.birth_date)
        who.addRow(self.tr("&Record number:"), self.record_number)
        label_hint = QLabel(self.tr("Leave these empty to print a box for a patient label."))
        label_hint.setWordWrap(True)
        self.scores_note = QLabel()
        self.scores_note.setWordWrap(True)
        note = QLabel(self.tr("Patient: {id}\nResult: {result}").format(
            id=self._patient_id, result=self._assessment.headline)
            + ("\n\n" + self.tr("TRAINING — every page is marked as training material.")
               if self._training else ""))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(_heading(self.tr("Page header (site)")))
        side.addLayout(header)
        side.addWidget(_heading(self.tr("Identification")))
        side.addWidget(note)
        side.addLayout(who)
        side.addWidget(label_hint)
        side.addWidget(self.scores_note)
        side.addWidget(self.status)
        side.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save…"))
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(scroll, 3)
        top.addLayout(side, 2)
        box = QVBoxLayout(self)
        box.addLayout(top, 1)
        box.addWidget(self.buttons)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Tall enough for most of a page, never taller than the screen."""
        char = self.fontMetrics().averageCharWidth()
        width = PREVIEW_WIDTH + 40 * char + 60
        height = int(PREVIEW_WIDTH * 1.414) + 90
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width()), min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    # -- rendering ------------------------------------------------------------------------------
    def set_scores(self, section: Any) -> None:
        """The patient's stored scores (``None``: nothing stored): page 1 shows them."""
        if section is None:
            return
        self.scores = section
        self.scores_note.setText(self.tr("Page 1 includes the stored eligibility checklist, "
                                         "day-9 SOFA measure and HScore, where present."))
        self.refresh()

    def scores_unavailable(self, reason: str) -> None:
        self.scores_note.setText(self.tr("Stored scores not included: {reason}").format(
            reason=reason))

    def preferences(self) -> ReportPreferences:
        return self.form.preferences()

    def identity(self) -> PatientIdentity:
        """The identification typed in; ``ValueError`` when the date of birth is not ISO."""
        birth = self.birth_date.text().strip()
        return PatientIdentity(self.patient_name.text().strip(),
                               iso_birth_date(birth) if birth else "",
                               self.record_number.text().strip())

    def refresh(self) -> None:
        """Render again with the current choices (the previous render's result is dropped)."""
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        self.pdf = None
        self.save_button.setEnabled(False)
        try:
            identity = self.identity()
        except ValueError:
            self.status.setText(self.tr("Date of birth: type it as YYYY-MM-DD (e.g. 1958-03-14); "
                                        "03/04/1958 could be March or April."))
            return
        self.status.setText(self.tr("Rendering the report…"))
        prefs = self.preferences()
        options = make_options(institution=prefs.institution, ward=prefs.ward, paper=prefs.paper,
                               appendix=prefs.appendix, training=self._training,
                               lang=prefs.lang)
        self._task = run_in_background(
            render_with_preview, self._assessment, self._patient_id, options=options,
            generated_at=self._generated_at, evidence=self._evidence, identity=identity,
            scores=self.scores,
            on_success=lambda result: self._on_rendered(generation, result),
            on_error=lambda exc: self._on_failed(generation, exc))

    def _on_rendered(self, generation: int, result: tuple[bytes, PageImage | None]) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.pdf, image = result
        if image is None:
            self.preview.setText(self.tr("No preview on this computer (no PDF renderer "
                                         "found).\nThe saved file is the same report."))
            self.status.setText(self.tr("Ready to save."))
        else:
            self.preview.setPixmap(_pixmap(image, PREVIEW_WIDTH * self.devicePixelRatioF()))
            self.status.setText(self.tr("Page 1 of {n} shown. Ready to save.").format(
                n=image.pages) if image.pages else self.tr("Page 1 shown. Ready to save."))
        self.save_button.setEnabled(True)
        self.preview_updated.emit()

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.preview.setText(self.tr("The report could not be produced."))
        self.status.setText(self.tr("Error: {kind}. Nothing can be saved.").format(
            kind=type(exc).__name__))
        self.preview_updated.emit()

    # -- saving ---------------------------------------------------------------------------------
    def suggested_path(self) -> Path:
        from desktop_app.report.filenames import suggested_report_name

        folder = Path(_LAST_FOLDER[0] or _documents() or Path.home())
        return folder / suggested_report_name(self._patient_id, self._generated_at)

    def save(self) -> None:
        if self.pdf is None:
            return
        path = ask_save_path(self, self.suggested_path())
        if path is None:
            return
        overwrite = False
        if path.exists():
            if not ask_yes_no(self, _tr(TITLE), self.tr(
                    "{name} already exists in {folder}.\n\nReplace it with this report?")
                    .format(name=path.name, folder=path.parent)):
                return
            overwrite = True
        self._write(path, overwrite)

    def _write(self, path: Path, overwrite: bool) -> None:
        from desktop_app.services.atomic import write_bytes_atomic

        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving {name}…").format(name=path.name))
        assert self.pdf is not None
        run_in_background(write_bytes_atomic, path, self.pdf, overwrite=overwrite,
                          on_success=lambda _: self._on_saved(path),
                          on_error=lambda exc: self._on_save_failed(path, exc))

    def _on_saved(self, path: Path) -> None:
        _LAST_FOLDER[0] = str(path.parent)
        save_preferences(self._settings, self.preferences())
        self.saved_path = path
        self.saved.emit(path)
        self.accept()

    def _on_save_failed(self, path: Path, exc: BaseException) -> None:
        from desktop_app.services.atomic import TargetExistsError

        self.save_button.setEnabled(True)
        if isinstance(exc, TargetExistsError):  # appeared after we asked
            self.status.setText(self.tr("{name} appeared meanwhile; it was not replaced.")
                                .format(name=path.name))
            return
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        self.status.setText(self.tr("Could not save {name}: {reason}. Nothing was written.")
                            .format(name=path.name, reason=reason))
        notify(self, _tr(TITLE), self.tr(
            "The report could not be saved to {path}:\n{reason}\n\nNothing was written there. "
            "Choose another folder.").format(path=path, reason=reason), warning=True)

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()
        super().done(result)


_LAST_FOLDER: list[str | None] = [None]  # where the last report went (this session)


def render_with_preview(assessment: Assessment, patient_id: str, *, options: Any,
                        generated_at: datetime, evidence: EvidenceBase,
                        identity: PatientIdentity | None = None, scores: Any = None
                        ) -> tuple[bytes, PageImage | None]:
    """Worker thread: the PDF bytes and a picture of page 1."""
    pdf = render_patient_pdf(assessment, patient_id, generated_at=generated_at, options=options,
                             evidence=evidence, identity=identity, scores=scores)
    return pdf, first_page_image(pdf, width_px=2 * PREVIEW_WIDTH)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _pixmap(image: PageImage, width: float) -> QPixmap:
    if image.kind == "png":
        qimage = QImage.fromData(image.data, "PNG")
    else:
        qimage = QImage(image.data, image.width, image.height, image.width * 3,
                        QImage.Format.Format_RGB888).copy()  # own the pixels
    pixmap = QPixmap.fromImage(qimage.scaledToWidth(
        int(width), Qt.TransformationMode.SmoothTransformation))
    pixmap.setDevicePixelRatio(max(1.0, width / PREVIEW_WIDTH))
    return pixmap


# -- batch (cohort view) ------------------------------------------------------------------------

def export_cohort_reports(*args: Any, **kwargs: Any) -> BackgroundTask | None:
    """The cohort view's batch export: see ``ui.report_batch_export.export_cohort_reports``."""
    from desktop_app.ui.report_batch_export import export_cohort_reports as export

    return export(*args, **kwargs)
