"""Records from the window: save, history, correct, entered in error, past assessments, faults.

The first test is issue 12's "done when", keyboard only: a nurse enters ferritin and HLA-DR
with units, saves (Enter, confirmation naming the patient), sees the new point in the history,
corrects the entry with a reason and copies the result for the note.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop_app.services.entry import EntryText
from desktop_app.ui.dialogs.record_dialogs import ReasonDialog, SaveConfirmDialog
from desktop_app.ui.patient_history import PatientHistoryDialog
from desktop_app.ui.records_actions import CORRECTING, ENTRY, PAST
from desktop_app.ui.workers import running_tasks

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def activate(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    w.raise_()
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=10_000)


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not running_tasks(), timeout=10_000)


def audit_rows(data_dir: Path, training: bool = False) -> list[tuple[str, dict]]:
    name = "training.sqlite" if training else "clinical.sqlite"
    with sqlite3.connect(data_dir / name) as conn:
        rows = conn.execute("SELECT action, detail FROM audit_log ORDER BY seq").fetchall()
    return [(action, json.loads(detail)) for action, detail in rows]


def visible(w, kind, name: str | None = None):  # type: ignore[no-untyped-def]
    found = [d for d in w.findChildren(kind) if d.isVisible()
             and (name is None or d.objectName() == name)]
    return found[-1] if found else None


def type_assessment(qtbot, w, ferritin: str = "9931", hla: str = "2600") -> None:  # type: ignore[no-untyped-def]
    """Identifier, age, both values and their units, moving with Enter only."""
    e = w.entry
    e.identifier.setFocus()
    for widget, text in ((e.identifier, "BED-7"), (e.age.edit, "64"), (e.ferritin.value, ferritin),
                         (e.ferritin.unit, "p"), (e.hla_dr.value, hla), (e.hla_dr.unit, "a")):
        assert widget.hasFocus(), widget.accessibleName()
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def save_values(qtbot, w, patient: str, **values: str) -> None:  # type: ignore[no-untyped-def]
    """Fill the form, Save, confirm, and wait until the store has written it."""
    w.set_entry(EntryText(ferritin_unit="ng/mL", hla_dr_unit="AB/C", **values), patient)
    w.records.save()
    visible(w, SaveConfirmDialog).save_button.click()
    settle(qtbot)


def history(qtbot, w) -> PatientHistoryDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: visible(w, PatientHistoryDialog) is not None, timeout=10_000)
    return visible(w, PatientHistoryDialog)


def test_keyboard_only_save_history_correct_and_copy(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    activate(qtbot, w)
    type_assessment(qtbot, w)  # the last Enter asks to save
    dialog = visible(w, SaveConfirmDialog)
    assert dialog is not None and dialog.patient.text() == "BED-7"
    assert "Save for BED-7" in dialog.save_button.text().replace("&", "")
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    settle(qtbot)
    assert w.records.record_bar.kind == "saved" and "BED-7" in w.records.record_bar.text.text()
    assert not w.records.is_dirty()
    assert w.entry.ferritin.value.text() == "9931"  # nothing cleared

    activate(qtbot, w)
    qtbot.keyClick(w.entry.hla_dr.unit, Qt.Key.Key_H, CTRL)
    h = history(qtbot, w)
    assert h.view.table.rowCount() == 1
    assert [float(y) for y in h.view.trend.data_items("hla_dr")[0].yData] == [2600.0]

    # Correct the newest assessment from the history, with the keyboard.
    activate(qtbot, h)
    assert h.view.table.hasFocus()
    qtbot.keyClick(h.view.table, Qt.Key.Key_R, ALT)  # a mnemonic "animates" its click
    qtbot.waitUntil(lambda: w.records.mode == CORRECTING)
    assert w.entry.identifier.isReadOnly()
    assert w.entry.ferritin.value.text() == "9931"
    h.close()  # (Xvfb has no window manager to hand the focus back to the main window)
    activate(qtbot, w)
    w.entry.ferritin.value.selectAll()
    qtbot.keyClicks(w.entry.ferritin.value, "9000")
    qtbot.keyClick(w.entry.ferritin.value, Qt.Key.Key_S, CTRL)
    reason = visible(w, ReasonDialog)
    assert reason is not None and not reason.ok_button.isEnabled()  # a reason is required
    qtbot.keyClicks(reason.reason_edit, "ferritin transcribed wrongly")
    qtbot.keyClick(reason.reason_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert w.records.mode == ENTRY and not w.entry.identifier.isReadOnly()
    activate(qtbot, w)
    qtbot.keyClick(w.entry.ferritin.value, Qt.Key.Key_H, CTRL)  # the history, reopened
    h = history(qtbot, w)
    qtbot.waitUntil(lambda: h.view.table.rowCount() == 2)
    records = [h.view.table.item(r, 4).text() for r in range(2)]
    assert "superseded by #2" in records[0] and "corrects #1: ferritin transcribed" in records[1]
    actions = [a for a, _ in audit_rows(tmp_path / "data")]
    assert actions == ["create", "classify", "correct"]
    assert audit_rows(tmp_path / "data")[-1][1]["supersedes"] == 1

    activate(qtbot, w)
    qtbot.keyClick(w.entry.ferritin.value, Qt.Key.Key_C,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)
    text = QGuiApplication.clipboard().text()
    for needed in ("ImmunoSep phenotype: Immunoparalysis", "Patient: BED-7",
                   "9000 pmol/L", "2600 AB/C", "immunosep-rule-1.0", "Decision support only"):
        assert needed in text, needed
    assert "_" not in text  # no internal code


def test_entered_in_error_is_audited_and_shown(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    save_values(qtbot, w, "BED-9", ferritin="12500", hla_dr="9100", age="70")
    w.patient_history_action.trigger()
    h = history(qtbot, w)
    h.view.error_button.click()
    reason = visible(w, ReasonDialog)
    reason.reason_edit.setText("wrong patient")
    reason.ok_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: "ENTERED IN ERROR" in h.view.table.item(0, 4).text())
    assert "wrong patient" in h.view.table.item(0, 4).text()
    assert h.view.trend.empty_label.isVisibleTo(h)  # it no longer counts in the trend
    action, detail = audit_rows(tmp_path / "data")[-1]
    assert action == "mark_in_error" and detail["target_id"] == 1


def test_a_past_assessment_opens_read_only_and_marked(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    save_values(qtbot, w, "BED-3", ferritin="900", hla_dr="2100", age="55")
    w.new_patient()
    w.set_entry(EntryText(ferritin="300", ferritin_unit="ng/mL"), "BED-3")
    from desktop_app.ui.history_window import open_patient_history

    open_patient_history(w, "BED-3")
    h = history(qtbot, w)
    h.view.open_button.click()
    assert w.records.mode == PAST
    assert w.entry.ferritin.value.text() == "900" and w.entry.ferritin.value.isReadOnly()
    assert w.entry.identifier.isReadOnly() and not w.entry.ferritin.unit.isEnabled()
    assert "PAST ASSESSMENT" in w.records.record_bar.text.text()
    assert "PAST ASSESSMENT #1" in w.result_card.identity.text()
    assert "past assessment #1" in w.windowTitle()
    assert w.assessment is not None and w.assessment.phenotype.value == "immunoparalysis"
    w.records.save()  # a stored record is never saved again
    box = visible(w, QMessageBox, "notSaved")
    assert box is not None and "read-only" in box.text()
    box.close()
    w.records.record_bar.button("Back to entry").click()
    assert w.records.mode == ENTRY and w.patient_identifier == "BED-3"
    assert not w.entry.ferritin.value.isReadOnly() and w.entry.ferritin.value.text() == ""


def test_closing_or_switching_patient_asks_before_losing_values(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    w.set_entry(EntryText(ferritin="900", ferritin_unit="ng/mL"), "BED-1")
    assert not w.records.is_dirty()  # filled from elsewhere: nothing typed yet
    qtbot.keyClicks(w.entry.age.edit, "61")
    assert w.records.is_dirty()
    w.close()
    box = visible(w, QMessageBox, "unsavedQuestion")
    assert box is not None and w.isVisible() and "BED-1" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert w.isVisible() and w.age_text == "61"
    w.open_patient("BED-2")
    box = visible(w, QMessageBox, "unsavedQuestion")
    assert box is not None
    box.button(QMessageBox.StandardButton.Discard).click()
    assert w.patient_identifier == "BED-2" and w.age_text == ""
    qtbot.keyClicks(w.entry.age.edit, "70")
    w.close()
    visible(w, QMessageBox, "unsavedQuestion").button(
        QMessageBox.StandardButton.Discard).click()
    assert not w.isVisible()


def test_answering_save_saves_then_continues(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    w.set_entry(EntryText(ferritin="900", ferritin_unit="ng/mL", hla_dr="2100",
                          hla_dr_unit="AB/C"), "BED-4")
    qtbot.keyClicks(w.entry.age.edit, "48")
    w.request_new_patient()
    visible(w, QMessageBox, "unsavedQuestion").button(QMessageBox.StandardButton.Save).click()
    visible(w, SaveConfirmDialog).save_button.click()
    settle(qtbot)
    assert w.patient_identifier == "" and w.age_text == ""  # saved, then cleared
    assert [a for a, _ in audit_rows(tmp_path / "data")][-1] == "classify"


def test_a_store_that_cannot_be_opened_is_said_and_refuses_saves(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                                  tmp_path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    w = make_window(show=True)
    settle(qtbot)
    bar = w.records.store_bar
    qtbot.waitUntil(lambda: bar.isVisible())
    assert bar.text.text().startswith("Records unavailable:")
    w.set_entry(EntryText(ferritin="900", ferritin_unit="ng/mL", hla_dr="2100",
                          hla_dr_unit="AB/C", age="50"), "BED-5")
    w.records.save()
    visible(w, SaveConfirmDialog).save_button.click()
    settle(qtbot)
    box = visible(w, QMessageBox, "notSaved")
    assert box is not None and box.text().startswith("Not saved: ")
    assert "Traceback" not in box.text() and "BED-5" not in box.text()
    assert w.entry.ferritin.value.text() == "900" and w.patient_identifier == "BED-5"
    blocker.unlink()  # the folder becomes usable: Retry reconnects
    bar.button("Retry").click()
    settle(qtbot)
    assert not bar.isVisible()


def test_an_unreachable_ward_server_is_said_and_refuses_saves(qtbot, make_window, tmp_path,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    """Issue 15 pt 4: no silent fall-back to a local file when the configured server is down
    (nothing listens on port 9 of this machine)."""
    site = tmp_path / "site.toml"
    site.write_text('[database]\nurl = "postgresql+psycopg://immunosep_app@127.0.0.1:9/ward"\n'
                    'connect_timeout = 2\n')
    monkeypatch.setenv("IMMUNOSEP_SITE_CONFIG", str(site))
    w = make_window(show=True)
    bar = w.records.store_bar
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=15_000)
    assert bar.text.text().startswith("Records unavailable:")
    w.set_entry(EntryText(ferritin="900", ferritin_unit="ng/mL", hla_dr="2100",
                          hla_dr_unit="AB/C", age="50"), "BED-5")
    w.records.save()
    visible(w, SaveConfirmDialog).save_button.click()
    qtbot.waitUntil(lambda: visible(w, QMessageBox, "notSaved") is not None, timeout=15_000)
    box = visible(w, QMessageBox, "notSaved")
    assert box.text().startswith("Not saved: ") and "BED-5" not in box.text()
    assert w.entry.ferritin.value.text() == "900" and w.patient_identifier == "BED-5"
    assert not (tmp_path / "data" / "clinical.sqlite").exists()  # no local fork of the records


@pytest.mark.parametrize("failure", ["store", "unexpected"])
def test_a_failed_save_keeps_the_values_and_says_why(qtbot, make_window, monkeypatch,  # type: ignore[no-untyped-def]
                                                     failure: str) -> None:
    from desktop_app.services.records import Store, StoreError

    def broken(*_a: object, **_k: object) -> int:
        if failure == "store":
            raise StoreError("The disk is full; free some space and save again.")
        raise KeyError("BED-6 ferritin 900")  # a message with values must not be shown

    monkeypatch.setattr(Store, "save_assessment", broken)
    w = make_window(show=True)
    w.set_entry(EntryText(ferritin="900", ferritin_unit="ng/mL", hla_dr="2100",
                          hla_dr_unit="AB/C", age="5"), "BED-6")
    qtbot.keyClicks(w.entry.age.edit, "1")
    w.records.save()
    visible(w, SaveConfirmDialog).save_button.click()
    settle(qtbot)
    box = visible(w, QMessageBox, "notSaved")
    expected = "disk is full" if failure == "store" else "unexpected error"
    assert box is not None and expected in box.text() and "900" not in box.text()
    assert w.records.is_dirty() and w.entry.age.edit.text() == "51"


def test_training_saves_go_to_the_training_database(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = make_window(training=True, show=True)
    w.demo_panel.select("DEMO-002")
    w.records.save()
    dialog = visible(w, SaveConfirmDialog)
    assert "TRAINING" in dialog.findChildren(type(dialog.patient))[0].text()
    dialog.save_button.click()
    settle(qtbot)
    assert [a for a, _ in audit_rows(tmp_path / "data", training=True)][-1] == "classify"
    assert not (tmp_path / "data" / "clinical.sqlite").exists()


def test_patient_list_finds_and_opens_a_patient(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.patient_list import PatientListDialog

    w = make_window(show=True)
    activate(qtbot, w)
    for patient, ferritin in (("BED-1", "900"), ("BED-2", "12500"), ("ICU-7", "950")):
        save_values(qtbot, w, patient, ferritin=ferritin, hla_dr="2100", age="50")
    activate(qtbot, w)
    qtbot.keyClick(w.entry.identifier, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: visible(w, PatientListDialog) is not None)
    dialog = visible(w, PatientListDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    assert dialog.focusWidget() is dialog.search
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(3)]
    assert {r[0] for r in rows} == {"BED-1", "BED-2", "ICU-7"}
    assert dict((r[0], r[1]) for r in rows)["BED-2"] == "MALS"
    assert all(r[3] == "1" for r in rows)
    qtbot.keyClicks(dialog.search, "icu")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    settle(qtbot)
    assert dialog.table.item(0, 0).text() == "ICU-7"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert w.patient_identifier == "ICU-7" and w.entry.ferritin.value.text() == ""
    assert w.entry.age.edit.hasFocus() or w.focusWidget() is w.entry.age.edit


def test_the_record_bar_shows_only_the_buttons_of_its_state(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    save_values(qtbot, w, "BED-8", ferritin="900", hla_dr="2100", age="60")
    from desktop_app.ui.history_window import open_patient_history

    open_patient_history(w, "BED-8")
    history(qtbot, w).view.open_button.click()
    bar = w.records.record_bar
    bar.button("Correct values").click()  # the past bar's own button replaces the bar
    shown = [b.text().replace("&", "") for b in bar.findChildren(QPushButton)
             if b.isVisibleTo(w)]
    assert shown == ["Cancel correction"]



def test_a_store_fault_is_said_in_the_windows_language(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                       tmp_path) -> None:
    """Issue 18: after the translated "Not saved:" the store's sentence is in the window's
    language too (the pseudo-locale here), and so is the store's status, which a language
    switch words again; ``str()`` stays the English sentence."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.i18n import PSEUDO, pseudo_translator
    from desktop_app.i18n.pseudo import pseudo
    from desktop_app.store.errors import StoreError
    from desktop_app.store.location import ensure_private_dir
    from desktop_app.ui.language import install_language

    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreError) as caught:
        ensure_private_dir(blocker)  # what the window's store meets
    fault = caught.value
    worded = fault.localized(pseudo_translator())
    app = QApplication.instance()
    w = make_window()  # not shown: the pseudo-locale's live switch of a shown main window
    w.records_session.check()  # crashes offscreen Qt (before this change too)
    bar = w.records.store_bar
    qtbot.waitUntil(lambda: not bar.isHidden())
    install_language(app, PSEUDO)
    try:
        unavailable = pseudo("Records unavailable: {reason} Results can be viewed, but "
                             "nothing can be saved until the database can be used.")
        qtbot.waitUntil(lambda: bar.text.text() == unavailable.format(reason=worded))
        save_values(qtbot, w, "BED-5", ferritin="900", hla_dr="2100", age="50")
        box = visible(w, QMessageBox, "notSaved")
        assert box is not None
        assert box.text() == pseudo("Not saved: {reason}").format(reason=worded)
        assert str(fault) not in box.text() and str(blocker) in box.text()
        box.done(0)
    finally:
        install_language(app, "en")
    qtbot.waitUntil(lambda: bar.text.text().startswith(f"Records unavailable: {fault} "))
