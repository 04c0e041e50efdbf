"""The menu bar and its actions: keyboard shortcuts, one place for every command."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from desktop_app.ui.qt_namespace import set_shortcut
from desktop_app.ui.translate_marks import QT_TRANSLATE_NOOP as N

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
    texts: MenuTexts  # retranslate() after a language change; action() adds one more


class MenuTexts:
    """The English source of every menu and action text, so that they follow a language change
    (``retranslate``).  Sources are marked ``N("Menus", "…")`` (``QT_TRANSLATE_NOOP``, imported
    as ``N``; the extraction reads that spelling too)."""

    def __init__(self) -> None:
        self._items: list[tuple[QMenu | QAction, str, str]] = []

    def menu(self, bar: QMenuBar, title: str) -> QMenu:
        menu = bar.addMenu(_tr(title))
        self._items.append((menu, title, ""))
        return menu

    def action(self, window: MainWindow, menu: QMenu, text: str,
               shortcut: str | list[QKeySequence] | None,
               slot: Callable[..., object], tip: str) -> QAction:
        action = QAction(window)
        if shortcut is not None:
            set_shortcut(action, shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self._items.append((action, text, tip))
        self._set(action, text, tip)
        return action

    def retranslate(self) -> None:
        for item, text, tip in self._items:
            self._set(item, text, tip)

    @staticmethod
    def _set(item: QMenu | QAction, text: str, tip: str) -> None:
        if isinstance(item, QMenu):
            item.setTitle(_tr(text))
            return
        item.setText(_tr(text))
        item.setStatusTip(_tr(tip))
        item.setToolTip(_tr(tip))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def build_menus(window: MainWindow) -> Menus:
    bar = window.menuBar()
    texts = MenuTexts()
    add = texts.action
    file = texts.menu(bar, N("Menus", "&File"))
    open_action = add(window, file, N("Menus", "&Open / import lab results…"), "Ctrl+O",
                      lambda: window.open_import(),
                      N("Menus", "Import a laboratory export (CSV, Excel) and classify every "
                                 "row"))
    export_action = add(window, file, N("Menus", "&Export PDF report…"), "Ctrl+E",
                        lambda: window.export_pdf(),
                        N("Menus", "Save the current assessment as a PDF report"))
    file.addSeparator()
    settings_action = add(window, file, N("Menus", "&Settings…"), "Ctrl+,",
                          lambda: window.open_settings(),
                          N("Menus", "Decimal separator for typed values"))
    file.addSeparator()
    quit_action = add(window, file, N("Menus", "&Quit"), "Ctrl+Q", window.close,
                      N("Menus", "Close the app (asks first if an assessment is not saved)"))
    patient = texts.menu(bar, N("Menus", "&Patient"))
    new_patient_action = add(window, patient, N("Menus", "&New patient"), "Ctrl+N",
                             lambda: window.request_new_patient(),
                             N("Menus", "Clear every field for the next patient"))
    save_action = add(window, patient, N("Menus", "&Save assessment…"), "Ctrl+S",
                      lambda: window.records.save(),
                      N("Menus", "Store the assessment on screen in the patient's records"))
    patients_action = add(window, patient, N("Menus", "Patient &list…"), "Ctrl+L",
                          lambda: window.open_patient_list(),
                          N("Menus", "Find a stored patient by identifier and open them"))
    copy_action = add(window, patient, N("Menus", "&Copy result for the note"), "Ctrl+Shift+C",
                      lambda: window.copy_result(),
                      N("Menus", "Put a plain-text summary of the result on the clipboard"))
    patient.addSeparator()
    view = texts.menu(bar, N("Menus", "&View"))
    zoom_in_action = add(window, view, N("Menus", "Zoom &in"),
                         [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
                         lambda: window.zoom.step(+1), N("Menus", "Larger text for presenting"))
    zoom_out_action = add(window, view, N("Menus", "Zoom &out"),
                          [QKeySequence(QKeySequence.StandardKey.ZoomOut)],
                          lambda: window.zoom.step(-1), N("Menus", "Smaller text"))
    zoom_reset_action = add(window, view, N("Menus", "&Actual size"), "Ctrl+0",
                            lambda: window.zoom.reset(), N("Menus", "Text at 100 %"))
    training = texts.menu(bar, N("Menus", "&Training"))
    training_action = add(window, training, N("Menus", "&Training mode (synthetic data)"),
                          "Ctrl+Shift+T", lambda on: window.request_training(bool(on)),
                          N("Menus", "Switch to synthetic training cases; clears the form"))
    training_action.setCheckable(True)
    help_menu = texts.menu(bar, N("Menus", "&Help"))
    about_action = add(window, help_menu, N("Menus", "&About ImmunoSep Phenotyper"), None,
                       lambda: window.show_about(),
                       N("Menus", "Versions of the app, the rule set and the evidence; "
                                  "disclaimer"))
    return Menus(file, patient, view, training, help_menu, open_action, export_action,
                 settings_action, quit_action, new_patient_action, save_action,
                 patients_action, copy_action, zoom_in_action, zoom_out_action,
                 zoom_reset_action, training_action, about_action, texts)


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
    for edit in window.entry.line_edits():
        edit.installEventFilter(guard)
    return guard
