"""The cohort view in the main window's life: shown after an import, stored only on request,
opened rows asking before they replace unsaved values, and File ▸ Recent imports.

``show_cohort(window, cohort)`` builds the ``CohortView`` with its ``CohortStoreBar`` (store
into the records of the mode the import was made in, through ``window.records_session``, or
view only; both audited) and remembers the import in the user's settings.  Recent imports
reopen by reading the file again with the same options and decision time, only when its
SHA-256 is unchanged (``services.cohort_source.reopen``); a stored import says so and is not
offered for storing twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop_app.services.cohort_source import (
    CohortImport,
    RecentImport,
    SourceChanged,
    options_to_dict,
    recent_from_text,
    recent_to_text,
    remember,
    reopen,
)
from desktop_app.ui.cohort_collector import quietly, thaw_unheld
from desktop_app.ui.workers import run_in_background


def _tr(text: str) -> str:
    return QCoreApplication.translate("CohortWindow", text)


def _now() -> datetime:
    return datetime.now().astimezone()


def show_cohort(window: Any, cohort: CohortImport, *, import_id: int | None = None,
                training: bool | None = None) -> QWidget:
    """Show ``cohort`` in its own window beside ``window`` (the main window)."""
    from desktop_app.services.cohort import entry_text_of
    from desktop_app.ui.cohort_store_bar import CohortStoreBar
    from desktop_app.ui.cohort_view import CohortView

    mode = bool(window.training) if training is None else training
    evidence = window.evidence.version
    view = CohortView(cohort.result, source_name=cohort.path.name, training=mode,
                      map_data=cohort.map_data, evidence_version=evidence, parent=window)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    bar = CohortStoreBar(cohort, training=mode, run=window.records_session.run,
                         evidence_version=evidence, clock=_now, import_id=import_id)
    view.set_store_bar(bar)
    entry = RecentImport(str(cohort.path), cohort.sha256,
                         (cohort.result.assessed_at or _now()).isoformat(),
                         options_to_dict(cohort.options), mode, import_id,
                         cohort.result.rows_read)
    _remember(window, entry)
    bar.stored.connect(lambda record: _remember(window, RecentImport(
        **{**entry.to_dict(), "import_id": record.import_id})))

    def open_row(assessment: Any, patient_id: str) -> None:
        def replace() -> None:
            comma = bool(window.settings.decimal_comma)
            window.set_entry(entry_text_of(assessment, decimal_comma=comma), patient_id.strip())
            window.raise_()
            window.activateWindow()

        window.records.confirm_discard(replace)

    view.assessment_opened.connect(open_row)
    view.show()
    return view


def _remember(window: Any, item: RecentImport) -> None:
    items = recent_from_text(str(window.settings.value("imports/recent") or ""))
    window.settings.set_value("imports/recent", recent_to_text(remember(items, item)))


def recent_imports(window: Any) -> list[RecentImport]:
    return recent_from_text(str(window.settings.value("imports/recent") or ""))


def fill_recent_menu(window: Any, menu: QMenu) -> None:
    """The entries of File ▸ Recent imports (``ui.recent_imports_menu``), newest first."""
    menu.clear()
    items = recent_imports(window)
    if not items:
        menu.addAction(_tr("(no recent imports)")).setEnabled(False)
    for n, item in enumerate(items, 1):
        name = item.path.replace("\\", "/").rsplit("/", 1)[-1]
        if item.import_id is not None:
            text = (_tr("{name} — training, stored as import #{id}") if item.training
                    else _tr("{name} — clinical, stored as import #{id}"))
        else:
            text = (_tr("{name} — training, viewed only") if item.training
                    else _tr("{name} — clinical, viewed only"))
        action = menu.addAction(f"&{n} " + text.format(name=name, id=item.import_id))
        action.setToolTip(item.path)
        action.triggered.connect(lambda _c=False, it=item: reopen_recent(window, it))


def reopen_recent(window: Any, item: RecentImport) -> None:
    """Read the file of ``item`` again (off the GUI thread) and show its cohort."""
    if item.training != bool(window.training):
        QMessageBox.information(window, _tr("Recent import"), _tr(
            "This import was made in training mode; switch to it to reopen the import.")
            if item.training else _tr(
            "This import was made in clinical mode; leave training mode to reopen it."))
        return

    def shown(cohort: CohortImport) -> None:
        show_cohort(window, cohort, import_id=item.import_id, training=item.training)

    def failed(exc: BaseException) -> None:
        from desktop_app.lab_import import LabFileError
        from desktop_app.ui.language import text_translator

        thaw_unheld()
        if isinstance(exc, SourceChanged) and exc.kind == "changed":
            text = _tr("The file has changed since it was imported (its content is different), "
                       "so it is not shown in place of the imported cohort. Import it again to "
                       "see its new content.")
        elif isinstance(exc, SourceChanged):
            text = _tr("The file is no longer where it was imported from: {path}").format(
                path=item.path)
        elif isinstance(exc, LabFileError):
            text = _tr("The file cannot be read: {reason}").format(
                reason=exc.localized(text_translator()))
        else:
            text = _tr("The file cannot be read ({kind}).").format(kind=type(exc).__name__)
        QMessageBox.warning(window, _tr("Recent import"), text)

    from desktop_app.ui.language import text_translator

    run_in_background(quietly, reopen, item, map_title=_tr("Cohort phenotype map"),
                      tr=text_translator(), pass_control=True,
                      on_success=shown, on_error=failed, parent=window,
                      label=_tr("Reading the file again…"))
