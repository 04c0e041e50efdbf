"""Patient ▸ eligibility, SOFA and HScore, and the result card's buttons for them.

Kept apart from the panels so that the window starts without them: the scores window
(``scores_window.py``: the panels, the store, pyqtgraph for the SOFA chart) is imported only
when one of these is triggered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop_app.ui.qt_namespace import set_shortcut
from desktop_app.ui.translate_marks import QT_TRANSLATE_NOOP as N

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

# (tab, menu text, shortcut, tip)
ACTIONS = (
    ("eligibility", N("Menus", "&Eligibility checklist (use only if…)…"), "Ctrl+Shift+E",
     N("Menus", "The ImmunoSep trial's inclusion and exclusion criteria for the patient in "
                "the form")),
    ("daily", N("Menus", "&SOFA and the day-9 response…"), "Ctrl+Shift+S",
     N("Menus", "SOFA calculator, daily SOFA, the trial's day-9 measure and the date of "
                "death")),
    ("hscore", N("Menus", "HScore (HLH &question)…"), "Ctrl+Shift+H",
     N("Menus", "HScore (Fardet 2014): an aid to the question whether a very high ferritin "
                "is HLH")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def add_scores_actions(window: MainWindow) -> dict[str, QAction]:
    """Add the three actions to the Patient menu, connect the result card's buttons and keep
    its eligibility line on the patient's stored checklist."""
    window.patient_menu.addSeparator()
    actions = {}
    for tab, text, shortcut, tip in ACTIONS:
        action = QAction(_tr(text), window)
        set_shortcut(action, shortcut)
        action.setStatusTip(_tr(tip))
        action.setToolTip(_tr(tip))
        action.triggered.connect(lambda _checked=False, t=tab: open_tab(window, t))
        window.patient_menu.addAction(action)
        actions[tab] = action
    card = window.result_card
    card.eligibility_button.clicked.connect(lambda: open_tab(window, "eligibility"))
    card.sofa_button.clicked.connect(lambda: open_tab(window, "daily"))
    card.hscore_button.clicked.connect(lambda: open_tab(window, "hscore"))
    from desktop_app.ui.card_eligibility import CardEligibility

    window.card_eligibility = CardEligibility(window)  # type: ignore[attr-defined]
    return actions


def open_tab(window: MainWindow, tab: str) -> None:
    from desktop_app.ui.scores_window import open_scores

    open_scores(window, tab)
