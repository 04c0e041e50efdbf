"""Batch PDF export for the cohort view: choices, a process pool, one file to print.

``export_cohort_reports(parent, cohort, source_name=..., training=...)`` shows the batch dialog
(folder, institution, ward, paper, appendix, identifiers in file names; how many reports print
the name, date of birth or record number the import read), asks before replacing
any file the export would write, then runs ``services.reports.run_report_batch`` (one PDF per
row, the cohort summary, ``all-reports.pdf`` and ``index.csv``) with ``spawn`` worker
processes (forking a process that runs Qt threads is unsafe) behind a progress dialog whose
Cancel stops between reports.  Enter never cancels: the dialog has no default button (a
pharmacist pressing Enter once cancelled a running batch).  At the end a window says what was
written, with **Open folder** and **Print…** (all-reports.pdf through the system's print
dialog); its icon is a warning only when something is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.reports import (
    BatchReport,
    Outcome,
    RejectedInput,
    ReportJob,
    make_options,
    planned_files,
    run_report_batch,
)
from desktop_app.ui import report_export as dialogs
from desktop_app.ui.language import text_translator
from desktop_app.ui.report_preferences import (
    ReportPreferences,
    layout_form,
    load_preferences,
    save_preferences,
)
from desktop_app.ui.translate_marks import QT_TRANSLATE_NOOP
from desktop_app.ui.workers import PROGRESS_DELAY_MS, BackgroundTask, run_in_background

TITLE = QT_TRANSLATE_NOOP("ReportBatchExport", "Export PDF reports")


class CohortLike(Protocol):
    rows: Sequence[Any]
    rejected_rows: Sequence[Any]


@dataclass(frozen=True)
class BatchChoice:
    folder: Path
    prefs: ReportPreferences
    ids_in_names: bool


class BatchExportDialog(QDialog):
    """Where the reports go and how their pages look, before anything is written."""

    def __init__(self, reports: int, rejected: int, prefs: ReportPreferences, *,
                 folder: Path | None = None, training: bool = False, identified: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF reports — TRAINING") if training
                            else self.tr("Export PDF reports"))
        what = QLabel(self.tr("%n one-page report(s), a summary listing every row (rows "
                              "needing action first), and all of them in one file to print "
                              "(all-reports.pdf).", "", reports)
                      + ("\n" + self.tr("%n row(s) rejected at import: they are listed with "
                                        "the reason.", "", rejected) if rejected else "")
                      + "\n" + _identification_note(identified, reports))
        what.setWordWrap(True)
        self.folder = QLineEdit(str(folder) if folder else "")
        self.folder.setAccessibleName(self.tr("Folder for the reports"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        self.form = layout_form(prefs, form)
        self.institution, self.ward, self.paper, self.appendix, self.language = self.form
        self.ids_in_names = QCheckBox(self.tr("Patient identifiers in file &names"))
        self.ids_in_names.setChecked(True)
        self.ids_in_names.setToolTip(self.tr("Untick on a shared drive: files are then named "
                                             "by row number only"))
        form.addRow("", self.ids_in_names)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.folder.textChanged.connect(self._update)
        box = QVBoxLayout(self)
        box.addWidget(what)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self.setMinimumWidth(44 * self.fontMetrics().averageCharWidth() + 200)
        self._update()

    def _browse(self) -> None:
        chosen = dialogs.ask_folder(self)
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.folder.text().strip()))

    def choice(self) -> BatchChoice:
        prefs = self.form.preferences()
        return BatchChoice(Path(self.folder.text().strip()).expanduser(), prefs,
                           self.ids_in_names.isChecked())


def _identification_note(identified: int, reports: int) -> str:
    if identified == 0:
        return _tr("The file has no identification for these rows: each report has a box for "
                   "a patient label.")
    if identified == reports:
        return _tr("Every report prints the name, date of birth or record number from the "
                   "file's identification columns.")
    return _tr("{n} of the reports print the name, date of birth or record number from the "
               "file's identification columns; the others have a box for a patient "
               "label.").format(n=identified)


def ask_batch_choice(parent: QWidget | None, reports: int, rejected: int,
                     prefs: ReportPreferences, training: bool,
                     identified: int = 0) -> BatchChoice | None:
    """The batch dialog, modal; ``None`` when the user cancels (a function tests can answer).
    ``identified``: how many reports carry identification read from the file."""
    dialog = BatchExportDialog(reports, rejected, prefs, training=training,
                               identified=identified, parent=parent)
    return dialog.choice() if dialog.exec() else None


def progress_dialog(parent: QWidget | None, label: str) -> QProgressDialog:
    """A window-modal progress dialog whose Cancel is never the default button: Enter and
    Return do nothing, Cancel needs a click, Space on the focused button, or Esc."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    cancel = QPushButton(_tr("Cancel"))
    cancel.setAutoDefault(False)
    cancel.setDefault(False)
    dialog.setCancelButton(cancel)
    dialog.setWindowTitle(_tr("Export PDF reports"))
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog


class BatchExport(QObject):
    """One running batch: its progress dialog, the background task and the result window."""

    def __init__(self, parent: QWidget | None, on_done: Callable[[BatchReport | None], None]
                 | None) -> None:
        super().__init__(parent)
        self._parent, self._on_done = parent, on_done
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.result: BatchReport | None = None
        self.result_window: BatchResultWindow | None = None

    def start(self, jobs: Sequence[ReportJob], rejected: Sequence[RejectedInput], target: Path,
              **batch: Any) -> None:
        self.progress = progress_dialog(
            self._parent, self.tr("Writing %n PDF report(s)…", "", len(jobs)))
        self.progress.canceled.connect(self.cancel)
        self.progress.setValue(0)  # starts the minimum-duration timer
        self.task = run_in_background(
            run_report_batch, jobs, rejected, target, pass_control=True,
            on_progress=self._on_progress, on_success=self._succeeded,
            on_error=self._failed, on_cancelled=lambda: self._cancelled(target),
            on_finished=self._close_progress, **batch)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _succeeded(self, result: BatchReport) -> None:
        self.result = result
        self.result_window = BatchResultWindow(result, self._parent)
        self.result_window.open()
        self._finish(result)

    def _failed(self, exc: BaseException) -> None:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        dialogs.notify(self._parent, _tr(TITLE), self.tr("The export stopped: {reason}.")
                       .format(reason=reason), warning=True)
        self._finish(None)

    def _cancelled(self, target: Path) -> None:
        dialogs.notify(self._parent, _tr(TITLE), self.tr(
            "Export cancelled. The reports written so far are listed in index.csv in "
            "{folder}; no combined file was made.").format(folder=target), warning=True)
        self._finish(None)

    def _finish(self, result: BatchReport | None) -> None:
        if self._on_done is not None:
            self._on_done(result)


class BatchResultWindow(QDialog):
    """What was written, with Open folder and Print… (the combined file); Close closes."""

    def __init__(self, result: BatchReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF reports"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.folder, self.combined = result.out_dir, result.combined_path
        # A warning only when something is missing: a clean batch is not an alarm.
        self.warning = result.problems > 0
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning if self.warning else \
            QStyle.StandardPixmap.SP_MessageBoxInformation
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(batch_message(result))
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(self.tr("&Open folder"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton(self.tr("&Print…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setEnabled(self.combined is not None)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.open_button.clicked.connect(self.open_folder)
        self.print_button.clicked.connect(self.print_all)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.text, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(buttons)
        self.setMinimumWidth(60 * self.fontMetrics().averageCharWidth())

    def open_folder(self) -> None:
        open_in_file_manager(self.folder)

    def print_all(self) -> None:
        if self.combined is not None:
            from desktop_app.ui.report_print import print_pdf

            print_pdf(self, self.combined)


def open_in_file_manager(folder: Path) -> None:
    """The system's file manager on ``folder`` (a function tests replace)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def export_cohort_reports(parent: QWidget | None,
                          cohort: CohortLike | tuple[Sequence[ReportJob], Sequence[RejectedInput]],
                          *, source_name: str, training: bool, settings: Any | None = None,
                          folder: Path | None = None, workers: int | None = None,
                          clock: Callable[[], datetime] = dialogs.local_now,
                          on_done: Callable[[BatchReport | None], None] | None = None,
                          lang: str | None = None) -> BatchExport | None:
    """One PDF per assessment of ``cohort`` (a ``services.cohort.CohortResult`` or
    ``(jobs, rejected)``), the summary, all-reports.pdf and ``index.csv`` in a folder.

    Without ``folder`` the batch dialog asks for it and for the page header, paper and appendix
    (remembered in ``settings``); with ``folder`` the remembered choices are used as they are.
    Returns the running export (``.cancel()`` stops between reports), or ``None`` when the user
    gave up.  ``on_done(result)`` runs on the GUI thread (``None`` when cancelled/failed).
    """
    from desktop_app.services.reports import jobs_from_cohort

    if isinstance(cohort, tuple):
        jobs, rejected = cohort
    else:
        jobs, rejected = jobs_from_cohort(cohort)  # type: ignore[arg-type]
    if not jobs and not rejected:
        dialogs.notify(parent, _tr(TITLE), _tr("The cohort is empty: there is nothing to "
                                               "report."))
        return None
    prefs, ids_in_names = load_preferences(settings), True
    if lang is not None:
        prefs.lang = lang
    if folder is None:
        identified = sum(not job.identity.blank for job in jobs)
        choice = ask_batch_choice(parent, len(jobs), len(rejected), prefs, training, identified)
        if choice is None:
            return None
        folder, prefs, ids_in_names = choice.folder, choice.prefs, choice.ids_in_names
        save_preferences(settings, prefs)
    target = folder
    overwrite = False
    existing = [p for p in planned_files(jobs, target, include_id_in_names=ids_in_names)
                if p.exists()]
    if existing:
        if not dialogs.ask_yes_no(parent, _tr(TITLE), _tr(
                "{n} of the files this export writes already exist in {folder} (e.g. "
                "{example}).\n\nReplace them?").format(n=len(existing), folder=target,
                                                       example=existing[0].name)):
            return None
        overwrite = True
    options = make_options(institution=prefs.institution, ward=prefs.ward, paper=prefs.paper,
                           appendix=prefs.appendix, training=training, lang=prefs.lang)
    export = BatchExport(parent, on_done)
    export.start(jobs, rejected, target, generated_at=clock(), options=options,
                 source_name=source_name, overwrite=overwrite, workers=workers,
                 start_method="spawn", include_id_in_names=ids_in_names)
    return export


def batch_message(r: BatchReport) -> str:
    lines = [_tr("Reports written: {written} of {rows} rows.").format(
                 written=r.count(Outcome.WRITTEN), rows=len(r.outcomes)),
             _tr("Failed: {failed}; rejected at import: {rejected}.").format(
                 failed=r.count(Outcome.FAILED), rejected=r.count(Outcome.REJECTED))]
    if r.combined_path is not None:
        lines.append(_tr("All reports in one file, to print: {name} (summary first, rows "
                         "needing action first, a bookmark per patient).")
                     .format(name=r.combined_path.name))
    lines.append(_tr("Every row, with the reason for each missing report, is listed in "
                     "{index} and in the cohort summary.").format(index=r.index_path))
    tr = text_translator()
    lines += [_tr("Problem: {error}").format(error=e.localized(tr)) for e in r.errors]
    return "\n".join(lines)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportBatchExport", text)
