"""The one font of every report: DejaVu Sans, bundled and embedded.

reportlab's standard fonts are never embedded and cannot show γ, ≥ or subscripts reliably
(ecosystem §3.2), and a frozen app has no reportlab font folder, so the TTFs come from
``resources/fonts`` and are registered by absolute path.  The caller passes the folder: this
package does not know where resources live.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_registered_from: Path | None = None


class FontError(RuntimeError):
    """The bundled report font is missing or unreadable."""


def register_fonts(font_dir: Path) -> None:
    """Register the regular and bold faces once per process (idempotent)."""
    global _registered_from
    if _registered_from is not None:
        return
    for name, filename in FONT_FILES.items():
        path = Path(font_dir) / filename
        if not path.is_file():
            raise FontError(f"report font not found: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> in our own markup resolves to the bold face; no italic face is bundled, so
    # italic maps to the regular one rather than falling back to a standard font.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    _registered_from = Path(font_dir)
