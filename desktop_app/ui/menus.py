"""The menu bar and its actions: keyboard shortcuts, one place for every command."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


@dataclass(frozen=True)
class Menus:
    file: QMenu
    patient: QMenu
    view: QMenu
    training: QMenu
    help: QMenu
    open_action: QAction
    export_action: QAction
    settings_action: QAction
    quit_action: QAction
    new_patient_action: QAction
    save_action: QAction
    patients_action: QAction
    copy_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    zoom_reset_action: QAction
    training_action: QAction
    about_action: QAction


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def _action(window: MainWindow, menu: QMenu, text: str,
            shortcut: str | QKeySequence | list[QKeySequence] | None,
            slot: Callable[..., object], tip: str) -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, list):
        action.setShortcuts(shortcut)
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> Menus:
    bar = window.menuBar()
    file = bar.addMenu(_tr("&File"))
    open_action = _action(window, file, _tr("&Open / import lab results…"), "Ctrl+O",
                          lambda: window.open_import(),
                          _tr("Import a laboratory export (CSV, Excel) and classify every row"))
    export_action = _action(window, file, _tr("&Export PDF report…"), "Ctrl+E",
                            lambda: window.export_pdf(),
                            _tr("Save the current assessment as a PDF report"))
    file.addSeparator()
    settings_action = _action(window, file, _tr("&Settings…"), "Ctrl+,",
                              lambda: window.open_settings(),
                              _tr("Decimal separator for typed values"))
    file.addSeparator()
    quit_action = _action(window, file, _tr("&Quit"), "Ctrl+Q", window.close,
                          _tr("Close the app (asks first if an assessment is not saved)"))
    patient = bar.addMenu(_tr("&Patient"))
    new_patient_action = _action(window, patient, _tr("&New patient"), "Ctrl+N",
                                 lambda: window.request_new_patient(),
                                 _tr("Clear every field for the next patient"))
    save_action = _action(window, patient, _tr("&Save assessment…"), "Ctrl+S",
                          lambda: window.records.save(),
                          _tr("Store the assessment on screen in the patient's records"))
    patients_action = _action(window, patient, _tr("Patient &list…"), "Ctrl+L",
                              lambda: window.open_patient_list(),
                              _tr("Find a stored patient by identifier and open them"))
    copy_action = _action(window, patient, _tr("&Copy result for the note"), "Ctrl+Shift+C",
                          lambda: window.copy_result(),
                          _tr("Put a plain-text summary of the result on the clipboard"))
    patient.addSeparator()
    view = bar.addMenu(_tr("&View"))
    zoom_in_action = _action(window, view, _tr("Zoom &in"),
                             [QKeySequence(QKeySequence.StandardKey.ZoomIn),
                              QKeySequence("Ctrl+=")],
                             lambda: window.zoom.step(+1), _tr("Larger text for presenting"))
    zoom_out_action = _action(window, view, _tr("Zoom &out"),
                              QKeySequence(QKeySequence.StandardKey.ZoomOut),
                              lambda: window.zoom.step(-1), _tr("Smaller text"))
    zoom_reset_action = _action(window, view, _tr("&Actual size"), "Ctrl+0",
                                lambda: window.zoom.reset(), _tr("Text at 100 %"))
    training = bar.addMenu(_tr("&Training"))
    training_action = _action(window, training, _tr("&Training mode (synthetic data)"),
                              "Ctrl+Shift+T", lambda on: window.request_training(bool(on)),
                              _tr("Switch to synthetic training cases; clears the form"))
    training_action.setCheckable(True)
    help_menu = bar.addMenu(_tr("&Help"))
    about_action = _action(window, help_menu, _tr("&About ImmunoSep Phenotyper"), None,
                           lambda: window.show_about(),
                           _tr("Versions of the app, the rule set and the evidence; disclaimer"))
    return Menus(file, patient, view, training, help_menu, open_action, export_action,
                 settings_action, quit_action, new_patient_action, save_action,
                 patients_action, copy_action, zoom_in_action, zoom_out_action,
                 zoom_reset_action, training_action, about_action)


class _ShortcutsWin(QObject):
    """Lets the window's shortcuts through a focused line edit.

    On X11 a line edit claims Emacs keys (Ctrl+E: end of line, Ctrl+K: delete to end), so
    Ctrl+E would never export from the form.  The window's own shortcuts win; the End key and
    Shift+End do what Ctrl+E did."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            pressed = QKeySequence(event.keyCombination())  # type: ignore[attr-defined]
            for action in self.window.findChildren(QAction):  # the menus' and added ones
                if action.isEnabled() and pressed in action.shortcuts():
                    return True  # not claimed by the line edit: the shortcut map fires it
        return False


def let_shortcuts_through(window: MainWindow) -> QObject:
    """Install ``_ShortcutsWin`` on every line edit of the entry form (the window's only
    line edits); the caller keeps the returned filter."""
    guard = _ShortcutsWin(window)
    for edit in window.entry.findChildren(QLineEdit):
        edit.installEventFilter(guard)
    return guard
