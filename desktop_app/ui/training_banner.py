"""The persistent training-mode banner: unmissable, cannot be closed, says what the data are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from desktop_app.ui.icons import pixmap
from desktop_app.ui.language import Retranslating
from desktop_app.ui.translate_marks import QT_TRANSLATE_NOOP

BANNER_TEXT = QT_TRANSLATE_NOOP("TrainingBanner", "TRAINING — synthetic data")
BANNER_DETAIL = QT_TRANSLATE_NOOP("TrainingBanner", "Not for clinical use. Demo cases are "
                                  "invented; nothing entered here is mixed with clinical data.")
# Black on Okabe-Ito orange (contrast 9.6:1), with a black border: visible to every reader.
_STYLE = ("#trainingBanner { background: #E69F00; border: 3px solid #000000; }"
          "#trainingBanner QLabel { color: #000000; }")


class TrainingBanner(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        self.setStyleSheet(_STYLE)
        icon = QLabel()
        icon.setPixmap(pixmap("training", self, 1.8))
        title = QLabel()
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.title = title
        detail = self.detail = QLabel()
        detail.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(icon)  # labels fill the row; their own alignment centres them
        row.addWidget(title)
        row.addSpacing(16)
        row.addWidget(detail, 1)
        self.retranslate()

    def retranslate(self) -> None:
        text = QCoreApplication.translate("TrainingBanner", str(BANNER_TEXT))
        detail = QCoreApplication.translate("TrainingBanner", str(BANNER_DETAIL))
        self.setAccessibleName(text)
        self.setAccessibleDescription(detail)
        self.title.setText(text)
        self.detail.setText(detail)

    def text(self) -> str:
        return self.title.text()
