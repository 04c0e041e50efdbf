"""Save PNGs of the real window in every state a nurse meets (run by test_screenshots.py).

Usage: python tests/ui/screenshot_demo_cases.py OUT_DIR WIDTH HEIGHT
WIDTH and HEIGHT are the window's logical size (with QT_SCALE_FACTOR=1.5 the PNGs are 1.5×).
Besides every demo case it saves the clinical window empty, with a refused value, with a
near-threshold result, after a unit change, saved, a past assessment, a correction, the patient
history, the patient list and the evidence audit.  For every shot it checks that no visible
value or label is cut (``clipped``) and writes the findings to ``clipped.txt``; the exit status
is 1 if anything was cut.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from desktop_app.services.demo import load_demo_cases
from desktop_app.services.entry import EntryText
from desktop_app.services.evidence import load_evidence
from desktop_app.ui.app import create_application
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.workers import running_tasks

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def settle(app: QApplication, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()
    while running_tasks():
        app.processEvents()
    for _ in range(rounds):
        app.processEvents()


def _visible(widget: QWidget, top: QWidget) -> bool:
    if not widget.isVisibleTo(top) or widget.width() <= 0:
        return False
    return not widget.visibleRegion().isEmpty()


def clipped(top: QWidget) -> list[str]:
    """Visible widgets whose text does not fit: a value, a unit or a label cut off."""
    found = []
    for edit in top.findChildren(QLineEdit):
        if not _visible(edit, top) or not edit.text():
            continue
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                           edit).width()
        room -= edit.textMargins().left() + edit.textMargins().right() + 4
        if edit.isClearButtonEnabled():
            room -= edit.height()
        if edit.fontMetrics().horizontalAdvance(edit.text()) > room:
            found.append(f"line edit '{edit.accessibleName()}' cuts '{edit.text()}'")
    for box in top.findChildren(QComboBox):
        if _visible(box, top) and box.currentText() and box.width() < box.minimumSizeHint()\
                .width() - 2:
            found.append(f"combo '{box.accessibleName()}' cuts '{box.currentText()}'")
    for label in top.findChildren(QLabel):
        if not _visible(label, top) or not label.text() or label.wordWrap() \
                or (label.pixmap() is not None and not label.pixmap().isNull()):
            continue
        if label.width() < label.minimumSizeHint().width() - 2:
            found.append(f"label '{label.text()[:40]}' is cut")
    for button in top.findChildren(QAbstractButton):
        if _visible(button, top) and button.text() and \
                button.width() < button.minimumSizeHint().width() - 2:
            found.append(f"button '{button.text()}' is cut")
    return found


class Shooter:
    def __init__(self, app: QApplication, out: Path) -> None:
        self.app, self.out, self.problems = app, out, []

    def shot(self, widget: QWidget, name: str) -> None:
        settle(self.app)
        widget.grab().save(str(self.out / f"{name}.png"))
        self.problems += [f"{name}: {p}" for p in clipped(widget)]


def main(out: Path, width: int, height: int) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    profile = Path(tempfile.mkdtemp(prefix="immunosep-shots-"))
    shooter = Shooter(app, out)

    def window(training: bool) -> MainWindow:
        w = MainWindow(evidence=load_evidence(), settings=AppSettings(profile / "s.ini"),
                       data_dir=profile, training=training, clock=lambda: NOW,
                       persist_state=False)
        w.resize(width, height)
        w.show()
        settle(app)
        w.charts.load_plots()
        return w

    w = window(training=True)
    for case in load_demo_cases():
        w.demo_panel.select(case.id)
        shooter.shot(w, case.id)
    w.demo_panel.quiz.setChecked(True)
    w.demo_panel.select("DEMO-016")
    shooter.shot(w, "training-quiz")
    w.close()

    w = window(training=False)
    shooter.shot(w, "clinical-empty")
    e = w.entry
    e.ferritin.value.setText("4,420")
    e.ferritin.unit.setCurrentIndex(0)
    e.hla_dr.value.setText("3000")
    shooter.shot(w, "clinical-refused-value")
    w.set_entry(EntryText(ferritin="9931", ferritin_unit="pmol/L", hla_dr="2600",
                          hla_dr_unit="AB/C", age="64",
                          ferritin_sampled="2026-11-24T06:00+01:00",
                          hla_dr_sampled="2026-11-24T06:10+01:00"), "BED-7")
    shooter.shot(w, "clinical-near-threshold")
    if w.layout_parts.stacked:  # the stacked column scrolled down to the charts
        bar = w.layout_parts.column_scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        shooter.shot(w, "clinical-near-threshold-charts")
        bar.setValue(0)
    e.ferritin.unit.setCurrentIndex(e.ferritin.unit.findText("µg/dL"))  # the slip of issue 12
    shooter.shot(w, "clinical-unit-changed")
    e.ferritin.unit.setCurrentIndex(e.ferritin.unit.findText("pmol/L"))
    e.age.edit.setText("16")
    shooter.shot(w, "clinical-cannot-classify")
    e.age.edit.setText("64")
    w.records.save()
    dialog = _visible_child(w, "SaveConfirmDialog")
    shooter.shot(dialog, "dialog-save-confirm")
    dialog.save_button.click()
    shooter.shot(w, "clinical-saved")
    w.set_entry(EntryText(ferritin="12500", ferritin_unit="ng/mL", hla_dr="9100",
                          hla_dr_unit="AB/C", age="64"), "BED-7")
    w.records.save()
    _visible_child(w, "SaveConfirmDialog").save_button.click()
    settle(app)
    from desktop_app.ui.history_window import open_patient_history

    open_patient_history(w, "BED-7")
    settle(app)
    history = _visible_child(w, "PatientHistoryDialog")
    history.resize(min(width, 1100), min(height, 760))
    shooter.shot(history, "history")
    history.view.table.selectRow(0)
    history.view.open_button.click()
    shooter.shot(w, "clinical-past-assessment")
    w.records.record_bar.button("Correct").click()
    shooter.shot(w, "clinical-correcting")
    w.records.cancel_correction()
    settle(app)
    w.open_patient_list()
    settle(app)
    shooter.shot(_visible_child(w, "PatientListDialog"), "patient-list")
    _visible_child(w, "PatientListDialog").close()
    w.evidence_panel.audit_button.click()
    w.evidence_panel.verticalScrollBar().setValue(
        w.evidence_panel.audit_button.y() - 20)
    shooter.shot(w, "clinical-evidence-audit")
    for top in QApplication.topLevelWidgets():  # orderly, so the interpreter exits cleanly
        top.close()
        top.deleteLater()
    settle(app)
    (out / "clipped.txt").write_text("\n".join(shooter.problems) + "\n", encoding="utf-8")
    print(f"saved screenshots to {out}; {len(shooter.problems)} clipped")
    return 1 if shooter.problems else 0


def _visible_child(parent: QWidget, class_name: str) -> QWidget:
    return next(c for c in parent.findChildren(QWidget)
                if type(c).__name__ == class_name and c.isVisible())


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))
