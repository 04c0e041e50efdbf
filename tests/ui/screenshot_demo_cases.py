"""Save a PNG of the main window for every demo case (run by test_screenshots.py).

Usage: python tests/ui/screenshot_demo_cases.py OUT_DIR WIDTH HEIGHT
WIDTH and HEIGHT are the window's logical size; with QT_SCALE_FACTOR=1.5 the PNGs are 1.5×.
Besides the cases it saves the clinical window empty and with a refused value.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.services.demo import load_demo_cases
from desktop_app.services.evidence import load_evidence
from desktop_app.ui.app import create_application
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def main(out: Path, width: int, height: int) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    profile = Path(tempfile.mkdtemp(prefix="immunosep-shots-"))
    shots = 0
    for training in (False, True):
        window = MainWindow(evidence=load_evidence(), settings=AppSettings(profile / "s.ini"),
                            data_dir=profile, training=training, clock=lambda: NOW,
                            persist_state=False)
        window.resize(width, height)
        window.show()
        settle(app)
        window.charts.load_plots()
        if training:
            for case in load_demo_cases():
                window.demo_panel.select(case.id)
                settle(app)
                window.grab().save(str(out / f"{case.id}.png"))
                shots += 1
        else:
            settle(app)
            window.grab().save(str(out / "clinical-empty.png"))
            window.entry.ferritin.value.setText("4,420")
            window.entry.ferritin.unit.setCurrentIndex(0)
            window.entry.hla_dr.value.setText("3000")
            settle(app)
            window.grab().save(str(out / "clinical-refused-value.png"))
            shots += 2
        window.close()
    print(f"saved {shots} screenshots to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))
