"""The scores around the phenotype in the window (issue 17): the result card's buttons and the
Patient menu, the SOFA calculator, daily SOFA with the day-9 measure and death, the eligibility
checklist, the HScore — keyboard-complete, saved with the patient, store faults in words, and
the SAP's worked examples giving the command line's numbers."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox

from desktop_app.core.hscore import Variable
from desktop_app.core.sofa import Organ
from desktop_app.services.entry import EntryText
from desktop_app.ui.daily_sofa_panel import DeathDialog
from desktop_app.ui.dialogs.record_dialogs import ReasonDialog, SaveConfirmDialog
from desktop_app.ui.guarded_combo import GuardedComboBox
from desktop_app.ui.scores_window import ScoresWindow, open_scores

from .test_records import activate, save_values, settle, visible

REPO = Path(__file__).resolve().parents[2]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CODE = re.compile(r"\b(sofa|hscore|response|eligibility|criterion)_[a-z_]+\b")


def scores_window(qtbot, w, tab: str = "daily") -> ScoresWindow:  # type: ignore[no-untyped-def]
    dialog = open_scores(w, tab)
    settle(qtbot)
    return dialog


def confirm(qtbot, parent) -> None:  # type: ignore[no-untyped-def]
    dialog = visible(parent, SaveConfirmDialog)
    assert dialog is not None
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    settle(qtbot)


def type_total(qtbot, panel, on: str, total: str) -> None:  # type: ignore[no-untyped-def]
    panel.date_edit.setText(on)
    panel.use_total.setChecked(True)
    panel.total_edit.setText(total)
    assert panel.save_button.isEnabled(), panel.message.text()
    panel.save_button.click()
    confirm(qtbot, panel.host)


def labels_text(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel)
                     if label.isVisibleTo(widget))


# -- reachable from the result card and the Patient menu ------------------------------------

def test_result_card_offers_the_panels_and_hscore_when_ferritin_is_above_4420(qtbot, make_window):  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    card = w.result_card
    w.set_entry(EntryText(ferritin="9931", ferritin_unit="pmol/L", hla_dr="2600",
                          hla_dr_unit="AB/C", age="64"), "BED-7")  # ≈ 4419.67 ng/mL
    assert card.eligibility_button.isVisible() and card.sofa_button.isVisible()
    assert not card.hscore_button.isVisible()
    w.set_entry(EntryText(ferritin="9932", ferritin_unit="pmol/L", hla_dr="2600",
                          hla_dr_unit="AB/C", age="64"), "BED-7")  # ≈ 4420.12 ng/mL: MALS
    assert card.hscore_button.isVisible()
    card.hscore_button.click()
    dialog = visible(w, ScoresWindow)
    assert dialog.tabs.currentWidget() is dialog.hscore
    assert "Offered because ferritin is above 4420 ng/mL" in dialog.hscore.offer.text()
    settle(qtbot)


@pytest.mark.parametrize(("key", "tab"), [(Qt.Key.Key_E, "eligibility"),
                                          (Qt.Key.Key_S, "daily"), (Qt.Key.Key_H, "hscore")])
def test_patient_menu_shortcuts_open_each_panel_from_the_form(qtbot, make_window, key, tab):  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    activate(qtbot, w)
    w.entry.identifier.setFocus()
    qtbot.keyClicks(w.entry.identifier, "BED-7")
    qtbot.keyClick(w.entry.identifier, key, CTRL_SHIFT)  # from a line edit: not claimed by it
    qtbot.waitUntil(lambda: visible(w, ScoresWindow) is not None, timeout=5000)
    dialog = visible(w, ScoresWindow)
    assert dialog.tabs.currentWidget() is dialog.panels[tab]
    assert "BED-7" in dialog.windowTitle()
    assert w.entry.identifier.text() == "BED-7"  # the key did not edit the field
    texts = [a.text().replace("&", "") for a in w.patient_menu.actions()]
    assert "Eligibility checklist (use only if…)…" in texts
    settle(qtbot)


def test_every_choice_in_the_panels_is_guarded(qtbot, make_window):  # type: ignore[no-untyped-def]
    """H40: no box of the scores window changes on a wheel notch or an arrow key."""
    w = make_window(show=True)
    dialog = scores_window(qtbot, w, "calculator")
    boxes = dialog.findChildren(QComboBox)
    assert boxes and all(isinstance(b, GuardedComboBox) for b in boxes)
    unit = dialog.calculator.fields["bilirubin"].unit
    unit.setCurrentIndex(0)
    wheel = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(unit, wheel)
    assert unit.currentText() == "µmol/L"
    assert dialog.calculator.fields["pao2"].unit.currentIndex() == -1  # never preselected


# -- the SOFA calculator ----------------------------------------------------------------------

def test_calculator_shows_each_component_and_never_scores_a_missing_one_as_zero(qtbot, make_window):  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    calc = scores_window(qtbot, w, "calculator").calculator
    f = calc.fields
    f["pao2"].value.setFocus()
    qtbot.keyClicks(f["pao2"].value, "9.5")
    qtbot.keyClicks(f["pao2"].unit, "k")  # typed: kPa
    qtbot.keyClicks(f["fio2"].value, "0.4")
    qtbot.keyClicks(calc.choices["ventilated"], "y")
    qtbot.keyClicks(f["platelets"].value, "85")
    box = calc.boxes
    assert box[Organ.RESPIRATION].points.text() == "3 of 4 points"
    assert "(9.5 kPa × 7.50062) / 0.4 ≈ 178.14 mmHg" in box[Organ.RESPIRATION].reason.text()
    assert box[Organ.COAGULATION].points.text() == "2 of 4 points"
    assert box[Organ.LIVER].points.text() == "not assessed (could be 0 to 4)"
    assert calc.total.text().startswith("SOFA 5 from 2 of 6 organ systems")
    assert calc.result.total == 5 and calc.result.assessed_components == 2
    for name, text in (("bilirubin", "34"), ("map", "65"), ("gcs", "14"),
                       ("creatinine", "172"), ("urine_output", "1200")):
        f[name].value.setText(text)
    f["bilirubin"].unit.setCurrentIndex(0)
    f["creatinine"].unit.setCurrentIndex(0)
    calc.none_running.setChecked(True)
    assert calc.total.text() == "SOFA 9 of 24; all 6 organ systems assessed."
    f["gcs"].value.setText("16")
    assert calc.result is None and "No total" in calc.total.text()
    assert "a whole number from 3 to 15" in f["gcs"].message.text()
    assert not CODE.search(labels_text(calc)), CODE.search(labels_text(calc))


# -- daily SOFA and the day-9 measure ---------------------------------------------------------

def test_sap_missing_days_in_the_window_match_the_command_line(qtbot, make_window, tmp_path):  # type: ignore[no-untyped-def]
    """Today (the test clock) is 2026-11-24 = day 10 of a course starting 2026-11-15."""
    w = make_window(show=True)
    save_values(qtbot, w, "BED-7", ferritin="6000", hla_dr="3000", age="64")
    panel = scores_window(qtbot, w).daily
    panel.day_spin.setValue(1)
    for on, total in (("2026-11-15", "12"), ("2026-11-16", "10"), ("2026-11-18", "9"),
                      ("2026-11-21", "6")):
        type_total(qtbot, panel, on, total)
    view = panel.view
    assert view.badge.text() == "FINAL (day 9 reached)"
    assert view.arithmetic.text().endswith(
        "12 − (10 + 10 + 9 + 9 + 9 + 6 + 6 + 6) / 8 = 12 − 65/8 = 12 − 8.125 = 3.875")
    assert "the trial's response definition is met" in view.verdict.text()
    assert "research endpoint" in view.statements.text()
    assert "not a treatment target" in view.statements.text()
    rows = [[view.table.item(r, c).text() for c in (0, 2, 4)] for r in range(9)]
    assert rows[2] == ["3", "10", "missing: day 2 carried forward"]
    assert rows[6] == ["7", "6", "entered (record #4)"]
    cli = subprocess.run([sys.executable, "-m", "desktop_app", "response", "--patient-id",
                          "BED-7", "--on", "2026-11-24", "--json", "--data-dir",
                          str(tmp_path / "data")], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    data = json.loads(cli.stdout)
    assert (data["decrease"], data["responder"]) == (3.875, True)
    assert data["arithmetic"] in view.arithmetic.text()
    assert [d["sofa"] for d in data["days"]] == [int(r[1]) for r in rows[1:]]


def test_death_on_day_5_then_the_measure_is_final(qtbot, make_window, monkeypatch):  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    w.entry.identifier.setText("BED-9")
    panel = scores_window(qtbot, w).daily
    for on, total in (("2026-11-20", "11"), ("2026-11-21", "10"), ("2026-11-22", "9"),
                      ("2026-11-23", "8")):
        type_total(qtbot, panel, on, total)
    assert panel.view.badge.text().startswith("PROVISIONAL — today is day 5")
    panel.death_button.click()
    dialog = visible(panel.host, DeathDialog)
    assert dialog is not None and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.date_edit, "2026-11-24")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    settle(qtbot)
    view = panel.view
    assert view.badge.text() == "FINAL (death recorded)"
    assert view.arithmetic.text().endswith("= 11 − 147/8 = 11 − 18.375 = −7.375")
    assert "is not met" in view.verdict.text() or "not met" in view.verdict.text()
    assert [view.table.item(r, 4).text() for r in range(4, 9)] == ["death: counted 24"] * 5
    assert "Correct the date of death" in panel.death_button.text().replace("&", "")


def test_a_daily_sofa_from_the_calculator_corrected_and_marked_in_error(qtbot, make_window):  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    w.entry.identifier.setText("BED-7")
    dialog = scores_window(qtbot, w)
    panel = dialog.daily
    assert "Nothing is entered in the SOFA calculator yet" in panel.message.text()
    dialog.calculator.fields["platelets"].value.setText("85")
    assert panel.save_button.isEnabled()
    assert "SOFA 2 from 1 of 6 organ systems" in panel.calculator_text.text()
    panel.save_button.click()
    confirm(qtbot, dialog)
    stored = dialog.scores.daily[0]
    assert (stored.values["method"], stored.values["total"],
            stored.values["assessed_components"]) == ("calculator", 2, 1)
    assert stored.values["inputs_json"]["platelets"] == "85"
    assert panel.view.warnings.isVisible()  # rests on 1 of 6 organ systems
    # Correct it with a typed total; a reason is required.
    panel.use_total.setChecked(True)
    panel.total_edit.setText("7")
    panel.records.selectRow(0)
    panel.correct_button.click()
    reason = visible(dialog, ReasonDialog)
    qtbot.keyClicks(reason.reason_edit, "platelets were the only value at hand")
    qtbot.keyClick(reason.reason_edit, Qt.Key.Key_Return)
    settle(qtbot)
    versions = dialog.scores.versions("daily_sofa")
    assert [(v.values["total"], v.is_current) for v in versions] == [(2, False), (7, True)]
    notes = [panel.records.item(r, 3).text() for r in range(panel.records.rowCount())]
    assert notes == ["superseded by #2", "corrects #1: platelets were the only value at hand"]
    panel.records.selectRow(1)
    panel.error_button.click()
    reason = visible(dialog, ReasonDialog)
    qtbot.keyClicks(reason.reason_edit, "wrong patient")
    reason.ok_button.click()
    settle(qtbot)
    assert dialog.scores.daily == []
    assert "ENTERED IN ERROR: wrong patient" in panel.records.item(1, 3).text()
    assert panel.view.problem_text() in panel.view.verdict.text()


def test_a_store_fault_says_not_saved_and_keeps_the_values(qtbot, make_window, monkeypatch):  # type: ignore[no-untyped-def]
    from desktop_app.services import scores
    from desktop_app.store.errors import DiskFullError

    def full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise DiskFullError("The disk holding the database is full. Nothing of this operation "
                            "was saved.")

    monkeypatch.setattr(scores, "save_daily_sofa", full)
    w = make_window(show=True)
    w.entry.identifier.setText("BED-7")
    dialog = scores_window(qtbot, w)
    panel = dialog.daily
    panel.use_total.setChecked(True)
    panel.total_edit.setText("9")
    panel.save_button.click()
    confirm(qtbot, dialog)
    box = visible(dialog, QMessageBox, "notSaved")
    assert box is not None and box.text().startswith("Not saved: The disk holding")
    assert panel.total_edit.text() == "9" and panel.date_edit.text() == "2026-11-24"
    box.close()


# -- the eligibility checklist ------------------------------------------------------------------

def test_checklist_derives_what_it_can_marks_unverified_and_never_blocks(qtbot, make_window):  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    save_values(qtbot, w, "BED-7", ferritin="3000", hla_dr="3000", age="16")
    assert w.assessment is not None  # cannot classify (age), still a result: nothing blocked
    dialog = scores_window(qtbot, w, "eligibility")
    panel = dialog.eligibility
    age, phenotype = panel.rows["age_18_or_over"], panel.rows["immune_phenotype"]
    assert not age.answer.isEnabled() and age.answer.value() == "no"
    assert age.status.text() == "not met" and "From the age entered: 16 years." in age.notes.text()
    assert not phenotype.answer.isEnabled()
    assert panel.rows["age_under_18"].status.text() == "present: excludes"
    neutropenia = panel.rows["neutropenia"]
    assert neutropenia.unverified.isVisibleTo(panel) and neutropenia.unverified.text() == \
        "UNVERIFIED"
    assert "registry gives < 1500/mm³" in neutropenia.notes.text()
    panel.rows["sepsis_3"].answer.setFocus()
    qtbot.keyClicks(panel.rows["sepsis_3"].answer, "y")
    assert panel.rows["sepsis_3"].status.text() == "met"
    panel.anc.value.setText("800")
    assert neutropenia.answer.value() == "yes" and not neutropenia.answer.isEnabled()
    assert neutropenia.status.text() == "present: excludes"
    assert "may not apply outside it" in panel.statements.text()
    assert "does not block a phenotype" in panel.statements.text()
    assert panel.summary.text().startswith("3 of 14 criteria not met")
    assert panel.target.text() == "Saved with assessment #1."
    panel.save_button.click()
    confirm(qtbot, dialog)
    stored = dialog.scores.latest("eligibility")
    assert stored.values["assessment_id"] == 1 and stored.values["criteria_failed"] == 3
    assert stored.values["answers_json"]["anc"] == "800"
    # A second save for the same assessment is a correction with a reason.
    assert "Save corrected checklist" in panel.save_button.text().replace("&", "")
    panel.anc.value.setText("1600")
    panel.save_button.click()
    reason = visible(dialog, ReasonDialog)
    qtbot.keyClicks(reason.reason_edit, "new count")
    reason.ok_button.click()
    settle(qtbot)
    assert dialog.scores.latest("eligibility").values["criteria_failed"] == 2
    assert not CODE.search(labels_text(panel)), CODE.search(labels_text(panel))


def test_checklist_waits_for_the_assessment_to_be_saved(qtbot, make_window):  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    w.set_entry(EntryText(ferritin="6000", ferritin_unit="ng/mL", hla_dr="3000",
                          hla_dr_unit="AB/C", age="60"), "BED-7")
    w.entry.ferritin.value.setText("6100")  # typed, not saved
    panel = scores_window(qtbot, w, "eligibility").eligibility
    assert not panel.save_button.isEnabled()
    assert "not saved yet: save it first" in panel.target.text()
    assert panel.rows["immune_phenotype"].status.text() == "met"  # live from the screen


# -- the HScore -----------------------------------------------------------------------------

def test_hscore_with_all_nine_variables_is_saved_with_the_assessment(qtbot, make_window):  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    save_values(qtbot, w, "BED-7", ferritin="12000", hla_dr="3000", age="60")
    dialog = scores_window(qtbot, w, "hscore")
    panel = dialog.hscore
    assert panel.fields[Variable.FERRITIN].text() == "12000"  # copied from the form, said so
    assert "Ferritin copied from the assessment on screen" in panel.ferritin_note.text()
    assert not panel.save_button.isEnabled()
    f, c = panel.fields, panel.choices
    for box, typed in ((c[Variable.IMMUNOSUPPRESSION], "n"), (c[Variable.ORGANOMEGALY], "b"),
                       (c[Variable.CYTOPENIAS], "2"), (c[Variable.HAEMOPHAGOCYTOSIS], "n")):
        box.setFocus()
        qtbot.keyClicks(box, typed)
    f[Variable.TEMPERATURE].value.setText("39.5")
    f[Variable.TRIGLYCERIDES].value.setText("3.2")
    f[Variable.FIBRINOGEN].value.setText("1.8")
    f[Variable.FIBRINOGEN].unit.setCurrentIndex(0)
    f[Variable.AST].value.setText("85")
    assert panel.score.text() == "HScore 254 (of 337 possible)."
    assert ">99" in panel.probability.text()
    assert panel.points[Variable.ORGANOMEGALY].text() == "38 points"
    statements = panel.statements.text()
    assert "not a diagnosis" in statements and "not been validated in ICU" in statements
    assert "9083" in statements and "3951" in statements
    panel.save_button.click()
    confirm(qtbot, dialog)
    stored = dialog.scores.latest("hscore")
    assert (stored.values["score"], stored.values["assessment_id"]) == (254, 1)
    assert "#1: HScore 254, probability >99 %" in panel.stored.text()
    panel.error_button.click()
    reason = visible(dialog, ReasonDialog)
    qtbot.keyClicks(reason.reason_edit, "typo in AST")
    reason.ok_button.click()
    settle(qtbot)
    assert dialog.scores.latest("hscore") is None
    assert "ENTERED IN ERROR: typo in AST" in panel.stored.text()


# -- the history -----------------------------------------------------------------------------

def test_history_shows_the_daily_sofa_and_the_day_9_measure(qtbot, make_window):  # type: ignore[no-untyped-def]
    from desktop_app.ui.history_window import open_patient_history
    from desktop_app.ui.patient_history import PatientHistoryDialog

    w = make_window(show=True)
    save_values(qtbot, w, "BED-7", ferritin="6000", hla_dr="3000", age="60")
    panel = scores_window(qtbot, w).daily
    type_total(qtbot, panel, "2026-11-23", "11")
    open_patient_history(w, "BED-7")
    qtbot.waitUntil(lambda: visible(w, PatientHistoryDialog) is not None, timeout=10_000)
    view = visible(w, PatientHistoryDialog).view
    assert view.below.tabText(1) == "Daily SOFA and day 9"
    course = view.sofa.widget()
    assert course.plot is not None and course.table.rowCount() == 9
    assert course.badge.text().startswith("PROVISIONAL — today is day 2")
    # A new day saved in the scores window reaches the open history at once.
    type_total(qtbot, panel, "2026-11-24", "9")
    qtbot.waitUntil(lambda: visible(w, PatientHistoryDialog).view is not view, timeout=10_000)
    course = visible(w, PatientHistoryDialog).view.sofa.widget()
    assert course.table.item(1, 4).text() == "entered (record #2)"
    settle(qtbot)


def test_the_pdf_export_prints_the_stored_scores(qtbot, make_window, monkeypatch):  # type: ignore[no-untyped-def]
    from desktop_app.ui import report_export

    shown = []
    monkeypatch.setattr(report_export.ExportPdfDialog, "exec",
                        lambda self: shown.append(self) or 0)
    w = make_window(show=True)
    save_values(qtbot, w, "BED-7", ferritin="6000", hla_dr="3000", age="60")
    panel = scores_window(qtbot, w).daily
    type_total(qtbot, panel, "2026-11-23", "11")
    w.export_pdf()
    dialog = shown[0]
    qtbot.waitUntil(lambda: dialog.scores is not None, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30_000)
    assert dialog.scores.response is not None and dialog.scores.eligibility is None
    assert "stored eligibility checklist, day-9 SOFA" in dialog.scores_note.text()
    import io

    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()
    assert "Day-9 SOFA" in text
    dialog.done(0)
    settle(qtbot)
