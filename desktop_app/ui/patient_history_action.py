"""The Patient ▸ Patient history… action, kept apart so the window starts without the view.

The history window (``history_window.py``, ``patient_history.py``) pulls in the trend chart,
pyqtgraph and SQLAlchemy; it is imported only when the action is triggered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from desktop_app.ui.translate_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


def add_patient_history_action(window: MainWindow) -> QAction:
    """Add Patient ▸ Patient history… (Ctrl+H) to the main window's patient menu."""
    return window.menus.texts.action(
        window, window.patient_menu, QT_TRANSLATE_NOOP("Menus", "Patient &history…"), "Ctrl+H",
        lambda: _open(window), QT_TRANSLATE_NOOP(
            "Menus", "Stored assessments and the ferritin / HLA-DR trend of the patient in the "
            "form"))


def _open(window: MainWindow) -> None:
    from desktop_app.ui.history_window import open_patient_history

    open_patient_history(window)
