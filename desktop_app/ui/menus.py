"""The menu bar and its actions: keyboard shortcuts, one place for every command."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


@dataclass(frozen=True)
class Menus:
    file: QMenu
    patient: QMenu
    training: QMenu
    help: QMenu
    open_action: QAction
    export_action: QAction
    settings_action: QAction
    quit_action: QAction
    new_patient_action: QAction
    training_action: QAction
    about_action: QAction


def _action(window: MainWindow, menu: QMenu, text: str, shortcut: str | QKeySequence | None,
            slot: object, tip: str) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> Menus:
    bar = window.menuBar()
    file = bar.addMenu("&File")
    open_action = _action(window, file, "&Open / import lab results…", "Ctrl+O",
                          lambda: window.open_import(),
                          "Import a laboratory export (CSV, Excel) and classify every row")
    export_action = _action(window, file, "&Export PDF report…", "Ctrl+E",
                            lambda: window.export_pdf(),
                            "Save the current assessment as a PDF report")
    file.addSeparator()
    settings_action = _action(window, file, "&Settings…", "Ctrl+,",
                              lambda: window.open_settings(),
                              "Decimal separator for typed values")
    file.addSeparator()
    quit_action = _action(window, file, "&Quit", "Ctrl+Q", window.close, "Close the app")
    patient = bar.addMenu("&Patient")
    new_patient_action = _action(window, patient, "&New patient", "Ctrl+N",
                                 lambda: window.new_patient(),
                                 "Clear every field for the next patient")
    training = bar.addMenu("&Training")
    training_action = _action(window, training, "&Training mode (synthetic data)",
                              "Ctrl+Shift+T", lambda on: window.set_training(bool(on)),
                              "Switch to synthetic training cases; clears the form")
    training_action.setCheckable(True)
    help_menu = bar.addMenu("&Help")
    about_action = _action(window, help_menu, "&About ImmunoSep Phenotyper", None,
                           lambda: window.show_about(),
                           "Versions of the app, the rule set and the evidence; disclaimer")
    return Menus(file, patient, training, help_menu, open_action, export_action,
                 settings_action, quit_action, new_patient_action, training_action,
                 about_action)
