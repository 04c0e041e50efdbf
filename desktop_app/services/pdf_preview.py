"""Pictures of PDF pages: the first page for the "check before you save" preview, and every
page for printing the batch's combined file.

Qt cannot draw a PDF here: QtPdf is not part of PySide6-Essentials (its image plugin is shipped
but finds no ``libQt6Pdf``), and reportlab can only rasterise its own drawings, not a laid-out
page.  So the page is rendered by PDFium through ``pypdfium2`` (a wheel with the PDFium binary
for Windows, Linux and macOS: works offline, no system package), or, where that is missing, by
poppler's ``pdftoppm`` if installed.  Without either there is no preview; saving still works.
No Qt here: the GUI turns the pixels into a ``QImage``.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)
# PDFium is not thread-safe: one render at a time in this process.
_PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    data: bytes  # "rgb": rows of width*3 bytes, top to bottom; "png": a PNG file
    kind: str  # "rgb" | "png"
    pages: int  # pages in the document (0 when unknown)
    renderer: str  # "pdfium" | "pdftoppm"


def first_page_image(pdf: bytes, *, width_px: int = 900) -> PageImage | None:
    """Page 1 of ``pdf`` about ``width_px`` pixels wide, or ``None`` when no renderer exists."""
    for render in (_with_pdfium, _with_pdftoppm):
        try:
            image = render(pdf, width_px)
        except Exception as exc:  # a broken renderer must not stop the export
            logger.warning("PDF preview with %s failed: %s", render.__name__, type(exc).__name__)
            continue
        if image is not None:
            return image
    return None


def _with_pdfium(pdf: bytes, width_px: int) -> PageImage | None:
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return None
    with _PDFIUM_LOCK:
        doc = pdfium.PdfDocument(pdf)
        try:
            page = doc[0]
            scale = width_px / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB, not BGR
            pixels = bitmap.to_numpy()
            height, width = pixels.shape[:2]
            return PageImage(width, height, pixels[:, :, :3].tobytes(), "rgb", len(doc),
                             "pdfium")
        finally:
            doc.close()


def _with_pdftoppm(pdf: bytes, width_px: int) -> PageImage | None:
    exe = shutil.which("pdftoppm")
    if exe is None:
        return None
    with tempfile.TemporaryDirectory(prefix="immunosep-preview-") as folder:
        source = Path(folder) / "report.pdf"
        source.write_bytes(pdf)
        subprocess.run([exe, "-png", "-f", "1", "-l", "1", "-scale-to-x", str(width_px),
                        "-scale-to-y", "-1", "-singlefile", str(source),
                        str(Path(folder) / "page")], check=True, capture_output=True,
                       timeout=60)
        png = (Path(folder) / "page.png").read_bytes()
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    return PageImage(width, height, png, "png", 0, "pdftoppm")


def page_count(pdf: bytes | Path) -> int:
    """Pages in ``pdf`` (PDFium)."""
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        doc = pdfium.PdfDocument(pdf)
        try:
            return len(doc)
        finally:
            doc.close()


def render_pages(pdf: bytes | Path, *, dpi: float, first: int = 1, last: int | None = None,
                 should_cancel: Callable[[], bool] | None = None) -> Iterator[PageImage]:
    """Pages ``first``..``last`` (1-based, inclusive) as RGB images at ``dpi``, for printing.

    PDFium only: printing needs the same renderer on every platform, and PDFium is bundled.
    One page at a time, so a thousand pages never sit in memory together.
    """
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        doc = pdfium.PdfDocument(pdf)
        total = len(doc)
    try:
        for index in range((first or 1) - 1, min(last or total, total)):
            if should_cancel is not None and should_cancel():
                return
            with _PDFIUM_LOCK:
                page = doc[index]
                try:
                    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
                    pixels = bitmap.to_numpy()
                finally:
                    page.close()
            height, width = pixels.shape[:2]
            yield PageImage(width, height, pixels[:, :, :3].tobytes(), "rgb", total, "pdfium")
    finally:
        with _PDFIUM_LOCK:
            doc.close()
