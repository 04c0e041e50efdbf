"""File ▸ Recent imports: a submenu after Open / import, filled when it opens.

Only Qt is imported here (the menu exists from start-up on; the cohort services load when the
menu is first opened): ``ui.cohort_window`` lists and reopens the imports.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu


def install_recent_imports(window: Any) -> QMenu:
    menu = QMenu(QCoreApplication.translate("CohortWindow", "Recent &imports"), window)
    menu.setToolTipsVisible(True)
    menu.setAccessibleName(QCoreApplication.translate("CohortWindow", "Recent imports"))
    actions = window.file_menu.actions()
    after = actions.index(window.menus.open_action) + 1
    if after < len(actions):
        window.file_menu.insertMenu(actions[after], menu)
    else:
        window.file_menu.addMenu(menu)

    def fill() -> None:
        from desktop_app.ui.cohort_window import fill_recent_menu

        fill_recent_menu(window, menu)

    menu.aboutToShow.connect(fill)
    return menu
