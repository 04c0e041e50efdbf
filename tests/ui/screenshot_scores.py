"""Save PNGs of the scores window's panels (run by test_scores_screenshots.py under Xvfb).

Usage: python tests/ui/screenshot_scores.py OUT_DIR WIDTH HEIGHT
A clinical window of WIDTH×HEIGHT (logical) with a saved MALS assessment for BED-7; then each
tab of the scores window filled in as on a ward round (checklist answered, SOFA typed, a course
of daily SOFAs, an HScore; the checklist and the HScore saved), the result card with its
buttons before and after (its eligibility line), the Daily SOFA, Eligibility and HScore tabs of
the history, and the death dialog.  Every visible field, box, label and button is checked for cut
text (``clipped.txt``; exit status 1 if anything is cut).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from screenshot_demo_cases import Shooter, _visible_child, settle

from desktop_app.core.hscore import Variable
from desktop_app.services.entry import EntryText
from desktop_app.services.evidence import load_evidence
from desktop_app.ui.app import create_application
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def main(out: Path, width: int, height: int) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    profile = Path(tempfile.mkdtemp(prefix="immunosep-scores-shots-"))
    shooter = Shooter(app, out)
    w = MainWindow(evidence=load_evidence(), settings=AppSettings(profile / "s.ini"),
                   data_dir=profile, training=False, clock=lambda: NOW, persist_state=False)
    w.resize(width, height)
    w.show()
    settle(app)
    w.charts.load_plots()
    w.set_entry(EntryText(ferritin="12500", ferritin_unit="ng/mL", hla_dr="3100",
                          hla_dr_unit="AB/C", age="64"), "BED-7")
    w.records.save()
    _visible_child(w, "SaveConfirmDialog").save_button.click()
    settle(app)
    shooter.shot(w, "scores-result-card")

    from desktop_app.ui.scores_window import open_scores

    dialog = open_scores(w, "eligibility")
    settle(app)
    panel = dialog.eligibility
    for key, answer in (("informed_consent", "yes"), ("infection_type", "yes"),
                        ("sepsis_3", "yes"), ("within_72_hours", "yes"),
                        ("other_infection_site", "no"), ("stage_iv_malignancy", "no"),
                        ("do_not_resuscitate", "no")):
        panel.rows[key].answer.set_value(answer)
    panel.anc.value.setText("1200")
    shooter.shot(dialog, "scores-eligibility")
    panel.save_button.click()
    _visible_child(dialog, "SaveConfirmDialog").save_button.click()
    settle(app)

    dialog.show_tab("calculator")
    calc = dialog.calculator
    f = calc.fields
    for name, value in (("pao2", "9.5"), ("fio2", "0.4"), ("platelets", "85"),
                        ("bilirubin", "34"), ("map", "65"), ("norepinephrine", "0.08"),
                        ("gcs", "14"), ("creatinine", "172"), ("urine_output", "1200")):
        f[name].value.setText(value)
    f["pao2"].unit.setCurrentIndex(f["pao2"].unit.findText("kPa"))
    f["bilirubin"].unit.setCurrentIndex(f["bilirubin"].unit.findText("µmol/L"))
    f["creatinine"].unit.setCurrentIndex(f["creatinine"].unit.findText("µmol/L"))
    calc.choices["ventilated"].set_value("yes")
    shooter.shot(dialog, "scores-calculator")

    dialog.show_tab("daily")
    daily = dialog.daily
    daily.use_total.setChecked(True)
    for on, total in (("2026-11-20", "11"), ("2026-11-21", "10"), ("2026-11-23", "8")):
        daily.date_edit.setText(on)
        daily.total_edit.setText(total)
        daily.save_button.click()
        _visible_child(dialog, "SaveConfirmDialog").save_button.click()
        settle(app)
    daily.use_calculator.setChecked(True)
    daily.date_edit.setText("2026-11-24")
    shooter.shot(dialog, "scores-daily")
    daily.death_button.click()
    settle(app)
    shooter.shot(_visible_child(dialog, "DeathDialog"), "scores-death-dialog")
    _visible_child(dialog, "DeathDialog").reject()

    dialog.show_tab("hscore")
    h = dialog.hscore
    for variable, value in ((Variable.IMMUNOSUPPRESSION, "no"), (Variable.ORGANOMEGALY, "both"),
                            (Variable.CYTOPENIAS, "2"), (Variable.HAEMOPHAGOCYTOSIS, "no")):
        h.choices[variable].set_value(value)
    for variable, value in ((Variable.TEMPERATURE, "39.5"), (Variable.TRIGLYCERIDES, "3.2"),
                            (Variable.FIBRINOGEN, "1.8"), (Variable.AST, "85")):
        h.fields[variable].value.setText(value)
    h.fields[Variable.FIBRINOGEN].unit.setCurrentIndex(0)
    shooter.shot(dialog, "scores-hscore")
    h.save_button.click()
    _visible_child(dialog, "SaveConfirmDialog").save_button.click()
    settle(app)
    dialog.close()
    settle(app)
    shooter.shot(w, "scores-result-card-eligibility")

    from desktop_app.ui.history_window import open_patient_history

    open_patient_history(w, "BED-7")
    settle(app)
    history = _visible_child(w, "PatientHistoryDialog")
    history.resize(min(width, 1100), min(height, 760))
    history.view.below.setCurrentIndex(1)
    shooter.shot(history, "scores-history-sofa")
    history.view.below.setCurrentIndex(2)
    shooter.shot(history, "scores-history-eligibility")
    history.view.below.setCurrentIndex(3)
    shooter.shot(history, "scores-history-hscore")
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
