"""The import dialog: preview and detected settings, editing them, progress, cancel, errors."""

from __future__ import annotations

import gc
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.ui.cohort_window import show_cohort
from desktop_app.ui.import_dialog import NOT_USED, ImportDialog
from desktop_app.ui.workers import running_tasks

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
NOW = datetime(2025, 12, 1, tzinfo=UTC)


def dialog_for(qtbot, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(path, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.lab is not None or bool(dialog.error.text()), timeout=10_000)
    return dialog


def reload_and_wait(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)


def test_preview_and_detected_settings(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, DATA / "de_lis_export.csv")
    assert dialog.error.text() == ""
    assert dialog.preview.rowCount() == 19
    assert dialog.preview.verticalHeaderItem(0).text() == "2"
    assert dialog.preview.verticalHeaderItem(7).text() == "10"  # blank row 8 skipped
    assert dialog.preview.item(0, 0).text() == "0012"
    assert "→ Ferritin" in dialog.preview.horizontalHeaderItem(4).text()
    assert dialog.encoding.currentText() == "(detect: cp1252)"
    assert dialog.delimiter.currentText() == "(detect: semicolon)"
    assert dialog.decimal.currentText() == "(detect: comma)"
    assert dialog.mapping_combos["ferritin"].currentText() == "Ferritin (µg/l)"
    assert dialog.mapping_combos["date_of_birth"].currentText() == "Geburtsdatum"
    assert "semicolon" in dialog.notes.text() and "µg/L (header)" in dialog.notes.text()
    assert dialog.import_button.isEnabled()
    assert dialog.options().encoding is None  # still "detect"


def test_import_classifies_and_emits_the_cohort(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, DATA / "de_lis_export.csv")
    with qtbot.waitSignal(dialog.cohort_ready, timeout=10_000) as signal:
        dialog.import_button.click()
    result = signal.args[0]
    assert result is dialog.result
    # row 7's "n.b." is ferritin not determined: cannot classify, not rejected (issue 14 pt 4)
    assert (result.rows_read, result.classified, result.cannot_classify, result.rejected) == (
        19, 7, 3, 9)
    assert dialog.result.assessed_at == NOW


def test_editing_a_setting_reads_the_file_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, DATA / "de_lis_export.csv")
    dialog.decimal.setCurrentIndex(1)  # decimal point: 5120,5 is then refused, not guessed
    reload_and_wait(qtbot, dialog)
    assert dialog.options().decimal_comma is False
    with qtbot.waitSignal(dialog.cohort_ready, timeout=10_000):
        dialog.import_button.click()
    assert dialog.result.rejected > 10


def test_units_must_be_chosen_when_the_file_has_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, DATA / "no_unit.csv")
    assert "never assumed" in dialog.error.text()
    dialog.ferritin_unit.setCurrentText("ng/mL")
    reload_and_wait(qtbot, dialog)
    dialog.hla_dr_unit.setCurrentText("AB/C")
    reload_and_wait(qtbot, dialog)
    assert dialog.error.text() == ""
    with qtbot.waitSignal(dialog.cohort_ready, timeout=10_000):
        dialog.import_button.click()
    assert [r.phenotype.value for r in dialog.result.rows] == ["mals", "immunoparalysis"]


def test_column_mapping_is_editable(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, DATA / "de_lis_export.csv")
    dialog.mapping_combos["age"].setCurrentText(NOT_USED)
    reload_and_wait(qtbot, dialog)
    assert dict(dialog.options().columns)["age"] == ""
    assert dialog.lab.settings.column_for("age") is None
    assert "Alter" in dialog.notes.text()  # listed among the columns not used


def test_unreadable_file_shows_why(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\x01" * 100)
    dialog = dialog_for(qtbot, junk)
    assert dialog.error.text().startswith("Cannot read this file:")
    assert not dialog.import_button.isEnabled()


def test_cancel_stops_a_large_import(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = "".join(f"P{i},2025-03-01T08:{i % 60:02d},{100 + i % 9000},3000\n"
                   for i in range(60_000))
    path = tmp_path / "big.csv"
    path.write_text("MRN,Sample time,Ferritin (ng/mL),HLA-DR [AB/C]\n" + rows)
    dialog = dialog_for(qtbot, path)
    dialog.import_button.click()
    assert dialog.progress.isVisible() or dialog.task is not None
    qtbot.waitUntil(lambda: dialog.progress.maximum() > 0, timeout=10_000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: "cancelled" in dialog.error.text(), timeout=10_000)
    assert dialog.result is None
    qtbot.waitUntil(lambda: not running_tasks(), timeout=30_000)
    assert gc.isenabled() and gc.get_freeze_count() == 0  # ui.cohort_collector: nothing held


def test_opening_a_cohort_row_fills_the_main_window(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = dialog_for(qtbot, DATA / "en_lis_export.csv")
    with qtbot.waitSignal(dialog.cohort_ready, timeout=10_000):
        dialog.import_button.click()
    view = show_cohort(window, dialog.cohort)
    qtbot.addWidget(view)
    view.select_row(0)  # row 2: 9932 pmol/L -> MALS
    assert window.assessment is None  # selecting shows the row in the cohort window only
    view.open_button.click()
    assert window.assessment is not None
    assert window.assessment.phenotype == dialog.result.rows[0].phenotype
    assert window.patient_identifier == "100234"


def test_opening_a_row_asks_before_replacing_unsaved_values(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    window = make_window()
    asked = []
    monkeypatch.setattr(window.records, "confirm_discard",
                        lambda then, cancelled=None: asked.append(then))
    dialog = dialog_for(qtbot, DATA / "en_lis_export.csv")
    with qtbot.waitSignal(dialog.cohort_ready, timeout=10_000):
        dialog.import_button.click()
    view = show_cohort(window, dialog.cohort)
    qtbot.addWidget(view)
    view.select_row(0)
    view.open_button.click()
    assert len(asked) == 1 and window.assessment is None  # nothing replaced before the answer
    asked[0]()
    assert window.patient_identifier == "100234"


def test_ctrl_o_in_the_main_window_imports_and_shows_the_cohort(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                                monkeypatch) -> None:
    from desktop_app.ui import import_dialog
    from desktop_app.ui.cohort_view import CohortView

    window = make_window(show=True)
    monkeypatch.setattr(import_dialog.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(DATA / "long_loinc.csv"), ""))

    def run_modal(self: ImportDialog) -> int:  # what the user does in the modal dialog
        qtbot.waitUntil(lambda: self.lab is not None, timeout=10_000)
        with qtbot.waitSignal(self.cohort_ready, timeout=10_000):
            self.import_button.click()
        return 1

    monkeypatch.setattr(ImportDialog, "exec", run_modal)
    window.menus.open_action.trigger()
    views = window.findChildren(CohortView)
    assert len(views) == 1 and views[0].isVisible()
    assert views[0].windowTitle() == "Cohort — long_loinc.csv"
    assert views[0].result.rows_read == 18


def test_files_beyond_the_window_limit_point_to_the_command_line(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import import_dialog

    monkeypatch.setattr(import_dialog, "GUI_MAX_ROWS", 10)
    dialog = dialog_for(qtbot, DATA / "de_lis_export.csv")
    assert "immunosep batch" in dialog.error.text()
    assert not dialog.import_button.isEnabled()


def test_enter_does_not_cancel_a_running_import(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = "".join(f"P{i},2025-03-01T08:{i % 60:02d},{100 + i % 9000},3000\n"
                   for i in range(60_000))
    path = tmp_path / "big.csv"
    path.write_text("MRN,Sample time,Ferritin (ng/mL),HLA-DR [AB/C]\n" + rows)
    dialog = dialog_for(qtbot, path)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.cancel_button.autoDefault() and not dialog.cancel_button.isDefault()
    dialog.import_button.click()
    assert dialog.task is not None
    dialog.cancel_button.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Enter)
    assert dialog.task is not None and not dialog.task.is_cancelled and dialog.isVisible()
    dialog.cancel_button.click()  # only a deliberate click cancels (and ends the test quickly)
    qtbot.waitUntil(lambda: "cancelled" in dialog.error.text(), timeout=30_000)
    assert dialog.result is None


def test_identification_columns_are_mapped_and_reach_the_batch_reports(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch) -> None:
    from pypdf import PdfReader

    from desktop_app.ui import report_batch_export
    from desktop_app.ui.report_batch_export import BatchChoice, export_cohort_reports
    from desktop_app.ui.report_preferences import ReportPreferences

    dialog = dialog_for(qtbot, DATA / "de_lis_export.csv")
    assert {"patient_name", "record_number", "date_of_birth"} <= set(dialog.mapping_combos)
    assert dialog.mapping_combos["patient_name"].currentText() == NOT_USED  # bare "Name"
    dialog.mapping_combos["patient_name"].setCurrentText("Name")
    reload_and_wait(qtbot, dialog)
    assert dict(dialog.options().columns)["patient_name"] == "Name"
    with qtbot.waitSignal(dialog.cohort_ready, timeout=10_000) as signal:
        dialog.import_button.click()
    cohort = signal.args[0]
    asked: list[tuple[object, ...]] = []

    def answer(*args: object) -> BatchChoice:
        asked.append(args)
        return BatchChoice(tmp_path, ReportPreferences("", "", "a4", False), False)

    monkeypatch.setattr(report_batch_export, "ask_batch_choice", answer)
    done: list[object] = []
    export_cohort_reports(None, cohort, source_name="de_lis_export.csv", training=False,
                          workers=1, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    reports = asked[0][1]
    assert reports == 10 and asked[0][-1] == reports  # every report carries a name
    text = PdfReader(tmp_path / "00002.pdf").pages[0].extract_text()
    assert "Muster, Max" in text and "1960-02-01" in text


def test_detected_settings_are_said_in_the_windows_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    """lab_import's notes are codes with values: the dialog words them through the catalogue
    (the pseudo-locale here), never as the English text the JSON keeps."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.i18n import PSEUDO
    from desktop_app.i18n.pseudo import pseudo
    from desktop_app.ui.language import install_language

    install_language(QApplication.instance(), PSEUDO)
    try:
        dialog = dialog_for(qtbot, DATA / "de_lis_export.csv")
        notes = dialog.notes.text()
        assert pseudo("delimiter semicolon (detected)") in notes
        assert "delimiter semicolon" not in notes and "decimal comma (detected" not in notes
        assert {n.code for n in dialog.lab.settings.notes} >= {  # type: ignore[union-attr]
            "delimiter_detected", "decimal_comma_detected"}
    finally:
        install_language(QApplication.instance(), "en")
