"""Save PNGs of the laboratory Inbox (run by test_inbox_screenshots.py under Xvfb).

Usage: python tests/ui/screenshot_inbox.py OUT_DIR WIDTH HEIGHT
A clinical window of WIDTH×HEIGHT (logical) watching a drop folder; two golden files (HL7
ORU^R01, FHIR Bundle) and a first result, its correction and a withdrawal are dropped in; then
the window with its status message and the Inbox dialog are shot.  Every visible label and
button is checked for cut text (``clipped.txt``; exit status 1 if anything is cut), and every
cell of the Inbox's tree must be shown whole (no "…").
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from screenshot_demo_cases import Shooter, settle

from desktop_app.services.evidence import load_evidence
from desktop_app.site_config import InboxConfig
from desktop_app.ui.app import create_application
from desktop_app.ui.inbox_view import open_inbox_view
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
DATA = Path(__file__).resolve().parents[1] / "data"
TIME = "202503240830+0100"


def _oru(message_id: str, obx: str) -> bytes:
    return ("\r".join([
        f"MSH|^~\\&|LIS|GENHOSP|IMMUNOSEP|ICU2|20250324093000+0100||ORU^R01^ORU_R01|"
        f"{message_id}|P|2.5.1",
        "PID|1||BED-12^^^GENHOSP^MR||TEST^PATIENT||19580312|F",
        f"OBR|1|ORD9^ICU|LAB-ORD9^LIS|IMMUNO^ImmunoSep panel^L|||{TIME}", obx]) + "\r"
    ).encode()


def _wait_processed(app, drop: Path, *names: str) -> None:
    deadline = time.monotonic() + 60
    while not all((drop / "processed" / n).exists() for n in names):
        if time.monotonic() > deadline:
            raise SystemExit(f"not processed: {names}")
        app.processEvents()
        time.sleep(0.05)
    settle(app)


def main(out: Path, width: int, height: int) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    profile = Path(tempfile.mkdtemp(prefix="immunosep-inbox-shots-"))
    drop = profile / "drop"
    drop.mkdir()
    shooter = Shooter(app, out)
    w = MainWindow(evidence=load_evidence(), settings=AppSettings(profile / "s.ini"),
                   data_dir=profile, training=False, clock=lambda: NOW, persist_state=False)
    w.resize(width, height)
    w.show()
    settle(app)
    w.inbox.inbox = InboxConfig(folder=drop, hla_dr_codes=("MHLADR",))
    w.inbox.restart()
    shutil.copy(DATA / "hl7" / "oru_v251_two_patients.hl7", drop / "ward-lab.hl7")
    shutil.copy(DATA / "fhir" / "bundle_with_patients.json", drop / "ward-lab.json")
    _wait_processed(app, drop, "ward-lab.hl7", "ward-lab.json")
    for name, obx in (("r1.hl7", f"OBX|1|NM|2276-4^Ferritin^LN||5000|ng/mL|||||F|||{TIME}"),
                      ("r2.hl7", f"OBX|1|NM|2276-4^Ferritin^LN||3900|ng/mL|||||C|||{TIME}"),
                      ("r3.hl7", f"OBX|1|NM|MHLADR^Monocyte HLA-DR^L||2400|AB/C|||||F|||{TIME}")):
        (drop / name).write_bytes(_oru(name, obx))
        _wait_processed(app, drop, name)
    while not w.inbox.unseen:
        app.processEvents()
    shooter.shot(w, "inbox-window")
    dialog = open_inbox_view(w, w.inbox)
    settle(app)
    while not dialog.tree.topLevelItemCount():
        app.processEvents()
    settle(app)
    shooter.shot(dialog, "inbox-dialog")
    tree = dialog.tree
    metrics = tree.fontMetrics()
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items += [top.child(k) for top in list(items) for k in range(top.childCount())]
    for item in items:
        for col in range(tree.columnCount()):
            need = metrics.horizontalAdvance(item.text(col)) + (40 if col == 0 else 8)
            if tree.columnWidth(col) < need:
                shooter.problems.append(f"inbox-dialog: column {col} cuts {item.text(col)!r}")
    dialog.close()
    from PySide6.QtWidgets import QApplication

    for top in QApplication.topLevelWidgets():
        top.close()
        top.deleteLater()
    settle(app)
    (out / "clipped.txt").write_text("\n".join(shooter.problems) + "\n", encoding="utf-8")
    print(f"saved screenshots to {out}; {len(shooter.problems)} clipped")
    return 1 if shooter.problems else 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))
