"""Print a PDF report (the batch's all-reports.pdf) through the system's print dialog.

Qt cannot draw a PDF here (no QtPdf in PySide6-Essentials), so each page is rendered by PDFium
(``services.pdf_preview.render_pages``) at the printer's resolution, capped at 300 dpi, and
painted onto the ``QPrinter`` — one page at a time, in the background (painting on a QPrinter
from a worker thread is supported by Qt), with progress and Cancel.  Printing from a PDF viewer
(Open folder) keeps the text as vector type; this path is for "print it now" from the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.services.pdf_preview import page_count, render_pages
from desktop_app.ui.workers import BackgroundTask, run_in_background

MAX_DPI = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportPrint", text)


def ask_print(dialog: QPrintDialog) -> bool:
    """The system's print dialog, modal (a function tests answer)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_pdf(parent: QWidget | None, path: Path, *,
              on_done: Callable[[int], None] | None = None,
              printer: QPrinter | None = None) -> BackgroundTask | None:
    """Ask for a printer and pages, then print ``path``; ``None`` when the user cancels.

    ``on_done(pages_printed)`` runs on the GUI thread when printing ends (also after Cancel).
    """
    from desktop_app.ui.report_batch_export import progress_dialog
    from desktop_app.ui.report_export import notify

    pages = page_count(path)
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    printer.setFromTo(1, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, pages)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if not ask_print(dialog):
        return None
    first, last = printer.fromPage() or 1, printer.toPage() or pages
    dpi = min(printer.resolution(), MAX_DPI)
    progress = progress_dialog(parent, _tr("Printing {name}…").format(name=path.name))
    progress.setMaximum(last - first + 1)
    progress.setValue(0)

    def finished(printed: int) -> None:
        if on_done is not None:
            on_done(printed)

    task = run_in_background(
        paint_pages, path, printer, dpi=dpi, first=first, last=last, pass_control=True,
        on_progress=lambda done, total: progress.setValue(min(done, total)),
        on_success=finished, on_cancelled=lambda: finished(-1),
        on_error=lambda exc: notify(parent, _tr("Print"), _tr("Printing stopped: {reason}.")
                                    .format(reason=type(exc).__name__), warning=True),
        on_finished=progress.deleteLater)
    progress.canceled.connect(task.cancel)
    return task


def paint_pages(path: Path, printer: QPrinter, *, dpi: float, first: int, last: int,
                progress: Callable[[int, int], None],
                should_cancel: Callable[[], bool]) -> int:
    """Worker thread: paint pages ``first``..``last`` of ``path`` on ``printer``; the count."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    done = 0
    try:
        for image in render_pages(path, dpi=dpi, first=first, last=last,
                                  should_cancel=should_cancel):
            if done:
                printer.newPage()
            page = QImage(image.data, image.width, image.height, image.width * 3,
                          QImage.Format.Format_RGB888)
            area = painter.viewport()
            fitted = page.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), fitted.width(), fitted.height()), page)
            done += 1
            progress(done, last - first + 1)
    finally:
        painter.end()
    return done
