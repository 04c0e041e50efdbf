"""Start the desktop application: QApplication, settings, language, main window, event loop.

``run_gui(..., smoke_test="paint")`` quits right after the window's first paint (startup
check and benchmark); ``smoke_test="charts"`` also waits until both charts exist and render.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop_app.paths import APP_NAME, APP_SLUG, resource
from desktop_app.ui.language import install_language, site_language, window_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import SETTINGS_FILE, AppSettings

logger = logging.getLogger(__name__)
SMOKE_TIMEOUT_MS = 60_000


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def _excepthook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """An exception in a slot: log its type (never its message: it may hold values, H31)."""
    logger.error("unhandled %s", kind.__name__, exc_info=(kind, exc, tb))
    window = QApplication.activeWindow()
    if window is not None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(window, APP_NAME, QCoreApplication.translate(
            "App", "An internal error occurred ({kind}). The result on screen may be "
            "incomplete: start a new patient and enter the values again, and please report "
            "this.").format(kind=kind.__name__))


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_SLUG)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource("app", "immunosep.svg"))))
    return app


def run_gui(*, data_dir: Path, training: bool = False, smoke_test: str | None = None,
            settings_path: Path | None = None, lang: str | None = None) -> int:
    """Open the main window and run the event loop; returns the exit status.

    ``lang`` overrides the language of Settings for this session (``immunosep gui --lang``).
    """
    app = create_application()
    qInstallMessageHandler(_qt_message)
    if smoke_test is None:
        sys.excepthook = _excepthook
    settings = AppSettings(settings_path or data_dir / SETTINGS_FILE)
    install_language(app, window_language(lang or settings.language,
                                          site_default=site_language()))
    window = MainWindow(settings=settings, data_dir=data_dir, training=training,
                        persist_state=smoke_test is None, load_charts=smoke_test != "paint",
                        check_store=smoke_test is None, finish_start_up=smoke_test != "paint")
    if smoke_test is not None:
        return _run_smoke_test(app, window, smoke_test)
    window.show()
    status = app.exec()
    return 1 if window.cannot_start else status


def _run_smoke_test(app: QApplication, window: MainWindow, mode: str) -> int:
    status = {"code": 1}
    errors: list[str] = []

    def record(kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        errors.append(kind.__name__)
        sys.__excepthook__(kind, exc, tb)

    sys.excepthook = record

    def done() -> None:
        status["code"] = 0
        QTimer.singleShot(0, app.quit)

    def charts_rendered() -> None:
        plot = window.charts.map_plot
        if plot is not None and not plot.grab().isNull():
            done()

    if mode == "charts":
        window.charts.loaded.connect(charts_rendered)
    else:
        window.first_painted.connect(done)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, app.quit)  # never hang a CI job or an installer check
    window.show()
    app.exec()
    if errors:
        print(f"immunosep: smoke test ({mode}) raised {', '.join(errors)}", file=sys.stderr)
        return 1
    if status["code"]:
        print(f"immunosep: smoke test ({mode}) did not complete"
              f"{': ' + window.cannot_start if window.cannot_start else ''}", file=sys.stderr)
    return status["code"]
