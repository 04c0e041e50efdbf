"""Icons from ``resources/icons/*.svg`` (SVG, so they stay crisp at every scale factor)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QWidget

from desktop_app.core.outcomes import Phenotype
from desktop_app.paths import resource

if TYPE_CHECKING:
    from desktop_app.core.phenotype import Assessment

PHENOTYPE_ICONS = {Phenotype.MALS: "mals", Phenotype.IMMUNOPARALYSIS: "immunoparalysis",
                   Phenotype.UNCLASSIFIED: "unclassified", None: "cannot-classify"}
MET_ICONS = {True: "met", False: "not-met", None: "undecided"}


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


def pixmap(name: str, widget: QWidget, lines: float = 1.0) -> QPixmap:
    """``name`` as a pixmap as tall as ``lines`` text lines of ``widget``, at its device ratio."""
    side = max(8, round(widget.fontMetrics().height() * lines))
    return icon(name).pixmap(QSize(side, side), widget.devicePixelRatioF())


def assessment_icon(assessment: Assessment | None) -> str:
    return PHENOTYPE_ICONS[assessment.phenotype if assessment else None]
