"""Opening a patient's history from the main window, and keeping it current.

``open_patient_history(window)`` reads the history and trend of the patient in the form (or the
one given) through the window's ``RecordsSession`` and shows a ``PatientHistoryDialog``; one
window per patient and mode, raised again when asked twice.  Its buttons call the main
window's record actions; whenever the session reports a write for this patient the dialog
reloads.  A store fault is said in words ("History not shown: …"), never raised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.ui.patient_history import PatientHistoryDialog, PatientHistoryView, build_view

if TYPE_CHECKING:
    from desktop_app.services.records import HistoryEntry, Store
    from desktop_app.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("PatientHistory", text)


def _read(patient: str):
    """History, trend and score records; a fault reading the score records leaves the
    assessments shown and is said in the score tabs (the sentence in place of the scores)."""
    def read(store: Store):
        from desktop_app.services.scores import read_scores
        from desktop_app.store.errors import StoreError

        entries, chart = store.history(patient), store.trend(patient)
        try:
            return entries, chart, read_scores(store, patient)
        except StoreError as exc:
            return entries, chart, exc
    return read


def _view(window: MainWindow, patient: str, result: tuple[Any, Any, Any],
          training: bool) -> PatientHistoryView:
    from desktop_app.store.errors import StoreError

    entries, chart, scores = result
    problem = scores if isinstance(scores, StoreError) else ""
    return build_view(patient, entries, chart, training=training,
                      scores=None if problem else scores, scores_problem=problem,
                      today=window.today())


def open_patient_history(window: MainWindow, patient: str | None = None) -> None:
    """Show the history of ``patient`` (default: the identifier in the form)."""
    identifier = (patient if patient is not None else window.patient_identifier).strip()
    if not identifier:
        window.statusBar().showMessage(
            _tr("Patient history: enter the patient identifier first, or open a patient from "
                "the list (Ctrl+L)."), 8000)
        return
    training = window.training
    for dialog in window.findChildren(PatientHistoryDialog):
        if dialog.patient_id == identifier and dialog.training == training \
                and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return

    def show(result) -> None:
        dialog = PatientHistoryDialog(_view(window, identifier, result, training),
                                      parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _wire(window, dialog)
        session = window.records_session
        session.changed.connect(dialog_reloader(window, dialog))
        dialog.show()

    window.records_session.run(_read(identifier), on_success=show,
                               on_error=lambda sentence: _explain(window, sentence))


def dialog_reloader(window: MainWindow, dialog: PatientHistoryDialog):
    """A slot that reloads ``dialog`` when its patient's records change (and disconnects
    itself once the dialog is gone)."""
    session = window.records_session

    def reload(patient: str) -> None:
        try:
            alive = dialog.isVisible()
        except RuntimeError:  # deleted on close
            alive = False
        if not alive:
            session.changed.disconnect(reload)
            return
        if patient != dialog.patient_id or session.training != dialog.training:
            return

        def replace(result) -> None:
            dialog.replace_view(_view(window, patient, result, dialog.training))
            _wire(window, dialog)

        session.run(_read(patient), on_success=replace,
                    on_error=lambda sentence: _explain(window, sentence))

    return reload


def _wire(window: MainWindow, dialog: PatientHistoryDialog) -> None:
    view = dialog.view
    patient = dialog.patient_id

    def selected() -> HistoryEntry | None:
        return view.table.selected_entry()

    def act(action) -> None:
        entry = selected()
        if entry is None:
            return
        if dialog.training != window.training:
            window.statusBar().showMessage(_tr("This history belongs to the other mode "
                                               "(training or clinical); switch mode first."),
                                           8000)
            return
        action(entry, patient)
        window.raise_()
        window.activateWindow()

    view.open_button.clicked.connect(lambda: act(window.records.show_past))
    view.correct_button.clicked.connect(lambda: act(window.records.start_correction))
    view.error_button.clicked.connect(lambda: act(window.records.mark_entered_in_error))
    view.pdf_button.clicked.connect(lambda: export_history_pdf(window, dialog))


def export_history_pdf(window: MainWindow, dialog: PatientHistoryDialog) -> None:
    """Export PDF…: the one-page history (table, trend and the stored scores) to a file the
    user chooses."""
    from desktop_app.services.history_report import suggested_name, write_history_pdf
    from desktop_app.ui.report_preferences import report_language
    from desktop_app.ui.workers import run_in_background

    view = dialog.view
    path, _ = QFileDialog.getSaveFileName(
        dialog, _tr("Export the patient history as PDF"),
        suggested_name(dialog.patient_id, window.now()), _tr("PDF (*.pdf)"))
    if not path:
        return
    entries, chart = list(view.table.entries), view.trend.chart
    when, training = window.now(), dialog.training
    scores, problem, today = view.scores, view.scores_problem, view.today

    def done(written) -> None:
        window.statusBar().showMessage(_tr("History PDF saved: {path}").format(path=written),
                                       10000)

    def failed(exc: BaseException) -> None:
        _explain(window, _tr("the PDF could not be written ({reason}).").format(
            reason=getattr(exc, "strerror", None) or str(exc) or type(exc).__name__),
            title=_tr("PDF not saved"))

    run_in_background(write_history_pdf, path, dialog.patient_id, entries, chart,
                      generated_at=when, training=training, lang=report_language(),
                      scores=scores, scores_problem=problem, today=today,
                      on_success=done, on_error=failed,
                      parent=dialog, label=_tr("Writing the history PDF…"))


def _explain(window: MainWindow, sentence: str, *, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or _tr("Patient history"),
                      _tr("Not shown: {reason}").format(reason=sentence) if title is None
                      else sentence, QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
