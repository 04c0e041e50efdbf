"""The window's Inbox: with a folder configured, an ORU^R01 file and a FHIR Bundle dropped in
appear within seconds as classified patients (off the GUI thread); a corrected result then
supersedes and a cancelled one withdraws; the marker of new results clears when seen; a row
opens the patient's history; training mode never reads the ward's folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.site_config import InboxConfig
from desktop_app.ui.history_window import PatientHistoryDialog
from desktop_app.ui.inbox_view import InboxDialog, open_inbox_view
from desktop_app.ui.patient_history import HistoryTable

from ..inbox.messages import oru, write

DATA = Path(__file__).resolve().parents[1] / "data"


def _watching(make_window, tmp_path: Path, **kwargs):
    drop = tmp_path / "drop"
    drop.mkdir()
    window = make_window(**kwargs)
    window.inbox.inbox = InboxConfig(folder=drop, hla_dr_codes=("MHLADR",))
    window.inbox.restart()
    return window, drop


def _texts(dialog: InboxDialog) -> dict[str, list[list[str]]]:
    tree = dialog.tree
    out = {}
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out[top.text(0)] = [[top.child(k).text(c) for c in range(tree.columnCount())]
                            for k in range(top.childCount())]
    return out


def test_dropped_files_appear_in_the_inbox_and_are_marked_seen(qtbot, make_window,
                                                                 tmp_path):
    window, drop = _watching(make_window, tmp_path)
    assert window.inbox.active
    shutil.copy(DATA / "hl7" / "oru_v251_two_patients.hl7", drop / "lab.hl7")
    shutil.copy(DATA / "fhir" / "bundle_with_patients.json", drop / "lab.json")
    qtbot.waitUntil(lambda: (drop / "processed" / "lab.json").exists()
                    and (drop / "processed" / "lab.hl7").exists(), timeout=30000)
    qtbot.waitUntil(lambda: window.inbox.unseen > 0, timeout=10000)
    assert "new" in window.inbox.action.text()
    dialog = open_inbox_view(window, window.inbox)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=10000)
    rows = _texts(dialog)
    assert rows["0012345"][0][1].startswith("MALS")
    assert {row[3] for row in rows["0012345"]} == {"lab.hl7", "lab.json"}  # both files
    assert dialog.tree.topLevelItem(0).font(0).bold()
    assert "new result(s) since you last looked" in dialog.heading.text()

    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(
        PatientHistoryDialog)), timeout=10000)

    dialog.seen_button.click()
    qtbot.waitUntil(lambda: window.inbox.unseen == 0, timeout=10000)
    assert not dialog.tree.topLevelItem(0).font(0).bold()
    assert window.inbox.action.text() == "Laboratory &inbox…"
    window.inbox.restart()  # stops and restarts the watch; nothing is read twice
    for d in window.findChildren(PatientHistoryDialog):
        d.close()
    dialog.close()
    qtbot.waitUntil(lambda: not window.inbox.busy, timeout=10000)


def test_a_correction_and_a_cancellation_show_in_the_inbox(qtbot, make_window, tmp_path):
    window, drop = _watching(make_window, tmp_path)
    steps = [
        ("1.hl7", oru("M1", "P9", ("ferritin", "5000", "F"), ("hla_dr", "3000", "F"))),
        ("2.hl7", oru("M2", "P9", ("ferritin", "300", "C"), ("hla_dr", "3000", "F"))),
        ("3.hl7", oru("M3", "P9", ("hla_dr", "", "W"))),
    ]
    for name, message in steps:
        write(drop, name, message)
        qtbot.waitUntil(lambda n=name: (drop / "processed" / n).exists(), timeout=30000)
    dialog = open_inbox_view(window, window.inbox)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=10000)
    results = [row[1] for row in _texts(dialog)["P9"]]
    assert results[0] == "Withdrawn by the laboratory (W)"
    assert results[1:3] == ["Immunoparalysis", "Immunoparalysis — corrected result"]
    assert results[3:] == ["MALS — earlier version"] * 2  # the first version
    dialog.close()
    qtbot.waitUntil(lambda: not window.inbox.busy, timeout=10000)


def test_an_hla_dr_arriving_in_a_later_file_shows_the_patient_with_a_phenotype(
        qtbot, make_window, tmp_path):
    window, drop = _watching(make_window, tmp_path)
    steps = [("1.hl7", oru("M1", "P5", ("ferritin", "300", "F"), order="O1")),
             ("2.hl7", oru("M2", "P5", ("hla_dr", "3000", "F"), order="O2"))]
    for name, message in steps:
        write(drop, name, message)
        qtbot.waitUntil(lambda n=name: (drop / "processed" / n).exists(), timeout=30000)
    dialog = open_inbox_view(window, window.inbox)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=10000)
    top = dialog.tree.topLevelItem(0)
    assert (top.text(0), top.text(1)) == ("P5", "Immunoparalysis")  # one patient row
    assert [(row[0], row[1]) for row in _texts(dialog)["P5"]] == [
        ("HLA-DR (F)", "Immunoparalysis"),
        ("Ferritin (F)", "Cannot classify — earlier version")]
    assert _places(dialog) == ["2.hl7, message 1 (M2), segment 4 (OBX)",
                               "1.hl7, message 1 (M1), segment 4 (OBX)"]
    dialog.tree.setCurrentItem(top)
    dialog.open_selected()  # the history lists both versions, the new one with its reason
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(
        PatientHistoryDialog)), timeout=10000)
    (history,) = [d for d in window.findChildren(PatientHistoryDialog) if d.isVisible()]
    table = history.findChild(HistoryTable)
    records = [table.item(r, 4).text() for r in range(table.rowCount())]
    assert any("corrects #1: Paired with the HLA-DR result received in 2.hl7, message 1 (M2)"
               in r for r in records), records
    history.close()
    dialog.close()
    _phenotypes_are_in_the_windows_language(qtbot, window)
    qtbot.waitUntil(lambda: not window.inbox.busy, timeout=10000)


def _places(dialog: InboxDialog) -> list[str]:
    """The tooltips of the source-file cells of the first patient's results."""
    top = dialog.tree.topLevelItem(0)
    return [top.child(k).toolTip(3) for k in range(top.childCount())]


def test_a_result_stored_before_the_ledger_kept_its_place_shows_its_words(qtbot,
                                                                        make_window):
    """A ledger row stored before schema 0007 has English words only: shown as stored in
    every language, beside a newer row whose place is worded in the window's language."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.i18n import PSEUDO, pseudo_translator
    from desktop_app.lab_import.observation_rows import SourceRef
    from desktop_app.store.inbox_ledger import InboxResult
    from desktop_app.ui.language import install_language

    window = make_window()
    old_words = "old.hl7, message 1 (M1), segment 4 (OBX)"
    place = SourceRef("new.hl7", 2, "M7", 5, "OBX", 9)

    def row(ledger_id: int, source: str, source_ref: str | None) -> InboxResult:
        return InboxResult(ledger_id=ledger_id, patient_identifier="P7", analyte="ferritin",
                           status="final", status_text="F", assessment_id=None,
                           phenotype=None, assessment_status=None, sampled_at_utc=None,
                           source_file=source.split(",")[0], source=source,
                           received_at="2026-11-20T08:00:00+00:00", source_ref=source_ref)

    install_language(QApplication.instance(), PSEUDO)
    try:
        dialog = InboxDialog(window, window.inbox)
        qtbot.addWidget(dialog)
        dialog._fill([row(2, place.describe(), place.to_json()), row(1, old_words, None)])
        new_tip, old_tip = _places(dialog)
        assert old_tip == old_words
        assert new_tip == place.sentence().localized(pseudo_translator())
        assert new_tip != place.describe()
    finally:
        install_language(QApplication.instance(), "en")


def _phenotypes_are_in_the_windows_language(qtbot, window) -> None:
    """The Inbox and the patient list word phenotypes in the window's language (the
    pseudo-locale here), never the English label."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.i18n import PSEUDO, pseudo_translator
    from desktop_app.i18n.pseudo import pseudo
    from desktop_app.lab_import.observation_rows import SourceRef
    from desktop_app.ui.language import install_language
    from desktop_app.ui.patient_list import PatientListDialog

    install_language(QApplication.instance(), PSEUDO)
    try:
        dialog = open_inbox_view(window, window.inbox)
        qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=10000)
        assert [row[1] for row in _texts(dialog)["P5"]] == [
            pseudo("Immunoparalysis"),
            pseudo("{label} — earlier version").format(label=pseudo("Cannot classify"))]
        # where each result was received, worded in the window's language too
        assert _places(dialog) == [
            SourceRef(name, 1, message, 4, "OBX", 4).sentence().localized(pseudo_translator())
            for name, message in (("2.hl7", "M2"), ("1.hl7", "M1"))]
        words = [pseudo(w).strip("[~ ]") for w in ("message", "segment")]  # the bare words
        assert all(w in tip for w in words for tip in _places(dialog))
        dialog.close()
        patients = PatientListDialog(window)
        patients.reload()
        qtbot.waitUntil(lambda: patients.table.rowCount() == 1, timeout=10000)
        assert patients.table.item(0, 1).text() == pseudo("Immunoparalysis")
        patients.close()
    finally:
        install_language(QApplication.instance(), "en")


def test_training_mode_does_not_watch_the_ward_folder(qtbot, make_window, tmp_path):
    window, drop = _watching(make_window, tmp_path, training=True)
    assert not window.inbox.active
    shutil.copy(DATA / "hl7" / "oru_v251_two_patients.hl7", drop / "lab.hl7")
    window.inbox.run_pass()
    assert (drop / "lab.hl7").exists()


def test_a_skipped_pass_is_said_in_the_windows_language(qtbot, make_window, tmp_path):
    """The service's reason is a code with values: the window words it in its language (the
    pseudo-locale here) and the inbox's heading shows it."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.i18n import PSEUDO
    from desktop_app.i18n.pseudo import pseudo
    from desktop_app.ui.language import install_language

    missing = tmp_path / "gone"
    window = make_window()
    install_language(QApplication.instance(), PSEUDO)
    try:
        window.inbox.inbox = InboxConfig(folder=missing, hla_dr_codes=("MHLADR",))
        window.inbox.restart()
        qtbot.waitUntil(lambda: bool(window.inbox.problem), timeout=10000)
        assert window.inbox.problem == pseudo("The inbox folder {folder} does not exist.").format(
            folder=str(missing))
        dialog = open_inbox_view(window, window.inbox)
        qtbot.waitUntil(lambda: window.inbox.problem in dialog.heading.text(), timeout=10000)
        dialog.close()
    finally:
        install_language(QApplication.instance(), "en")
