"""Render the app icon ``resources/app/immunosep.svg`` into the formats installers need.

PNG at the hicolor sizes (Linux desktop entry, Qt window icon), ``.ico`` (Windows EXE, MSI
Add/Remove Programs) and ``.icns`` (macOS bundle).  Each size is rendered from the SVG itself,
not downscaled from a big bitmap, so small sizes stay sharp.  The outputs are committed; run this
again only after changing the SVG:

    .venv/bin/python installers/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # Pillow comes with reportlab
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_DIR = Path(__file__).resolve().parent.parent / "resources" / "app"
SVG = APP_DIR / "immunosep.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES,
                                                               *ICNS_SIZES})}
    for size in PNG_SIZES:
        images[size].save(APP_DIR / f"immunosep-{size}.png", optimize=True)
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(APP_DIR / "immunosep.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    images[max(ICNS_SIZES)].save(APP_DIR / "immunosep.icns",
                                 append_images=[images[s] for s in ICNS_SIZES[:-1]])
    print(f"wrote {len(PNG_SIZES)} PNGs, immunosep.ico, immunosep.icns to {APP_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
