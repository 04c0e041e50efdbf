"""PDF export from the GUI: preview of page 1, save exactly that, ask before replacing; batch."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.phenotype import Assessment, classify
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.evidence import load_evidence
from desktop_app.services.reports import Outcome, RejectedInput, ReportJob
from desktop_app.ui import report_export
from desktop_app.ui.report_export import (
    ExportPdfDialog,
    export_cohort_reports,
    export_problem,
)

from .conftest import NOW

MALS = EntryText(ferritin="5120", hla_dr="3200", age="67")


def _assess(entry: EntryText = MALS) -> Assessment:
    return classify(build_inputs(entry), now=NOW)


@pytest.fixture(autouse=True)
def messages(monkeypatch) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(report_export, "notify",
                        lambda parent, title, text, warning=False: said.append((text, warning)))
    return said


def _dialog(qtbot, *, training: bool = False, pid: str = "BED-7") -> ExportPdfDialog:  # type: ignore[no-untyped-def]
    d = ExportPdfDialog(_assess(), pid, evidence=load_evidence(), training=training,
                        generated_at=NOW)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.pdf is not None, timeout=20_000)
    return d


def test_preview_shows_page_one_then_save_writes_those_bytes(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot)
    pixmap = d.preview.pixmap()
    assert not pixmap.isNull()
    assert pixmap.height() / pixmap.width() == pytest.approx(841.89 / 595.28, rel=0.02)  # A4
    assert "Page 1 of" in d.status.text() and d.save_button.isEnabled()
    previewed = d.pdf
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(report_export, "ask_save_path", lambda parent, suggested: target)
    d.save_button.click()
    qtbot.waitUntil(lambda: d.saved_path == target, timeout=10_000)
    assert target.read_bytes() == previewed
    assert "BED-7" in PdfReader(target).pages[0].extract_text()


def test_header_and_paper_choices_render_again(qtbot):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot)
    d.institution.setText("St. Elsewhere")
    d.paper.setCurrentIndex(d.paper.findData("letter"))
    qtbot.waitUntil(lambda: d.pdf is not None and _page_width(d.pdf) == 612, timeout=20_000)
    qtbot.waitUntil(lambda: "St. Elsewhere" in PdfReader(io.BytesIO(d.pdf)).pages[0]  # type: ignore[arg-type]
                    .extract_text(), timeout=20_000)
    pixmap = d.preview.pixmap()
    assert pixmap.height() / pixmap.width() == pytest.approx(792 / 612, rel=0.02)


def _page_width(pdf: bytes) -> int:
    return round(float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width))


def test_an_existing_file_is_replaced_only_when_the_user_agrees(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"older report")
    monkeypatch.setattr(report_export, "ask_save_path", lambda parent, suggested: target)
    asked: list[str] = []

    def answer_no(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return False

    monkeypatch.setattr(report_export, "ask_yes_no", answer_no)
    d.save_button.click()
    assert asked and "already exists" in asked[0]
    assert target.read_bytes() == b"older report" and d.saved_path is None
    monkeypatch.setattr(report_export, "ask_yes_no", lambda parent, title, text: True)
    d.save_button.click()
    qtbot.waitUntil(lambda: d.saved_path == target, timeout=10_000)
    assert target.read_bytes() == d.pdf


def test_a_failed_save_says_so_and_writes_nothing(qtbot, tmp_path, monkeypatch, messages):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot)
    target = tmp_path / "missing-folder" / "report.pdf"
    monkeypatch.setattr(report_export, "ask_save_path", lambda parent, suggested: target)
    d.save_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[0][1] is True and "could not be saved" in messages[0][0]
    assert not target.parent.exists() and d.saved_path is None
    assert d.save_button.isEnabled()


def test_without_a_pdf_renderer_there_is_no_preview_but_saving_works(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(report_export, "first_page_image", lambda pdf, width_px: None)
    d = _dialog(qtbot)
    assert "No preview" in d.preview.text() and d.save_button.isEnabled()


def test_training_reports_are_marked(qtbot):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot, training=True, pid="DEMO-001")
    assert "TRAINING" in d.windowTitle()
    assert "TRAINING — NOT FOR CLINICAL USE" in PdfReader(io.BytesIO(d.pdf)).pages[0]\
        .extract_text()  # type: ignore[arg-type]


def test_what_cannot_be_exported_and_why() -> None:
    a = _assess()
    assert "no result" in (export_problem(None, "BED-7", False) or "")
    assert "identifier" in (export_problem(a, "  ", False) or "")
    assert "DEMO-nnn" in (export_problem(a, "MRN 123", True) or "")
    assert "reserved" in (export_problem(a, "DEMO-001", False) or "")
    assert export_problem(a, "BED-7", False) is None
    assert export_problem(a, "DEMO-001", True) is None


def test_ctrl_e_in_the_main_window_opens_the_preview(qtbot, make_window, monkeypatch, messages):  # type: ignore[no-untyped-def]
    w = make_window()
    w.menus.export_action.trigger()  # empty form: nothing to export, and it says why
    assert messages and "no result" in messages[0][0]
    w.set_entry(MALS, "BED-7")
    opened: list[ExportPdfDialog] = []

    def fake_exec(self: ExportPdfDialog) -> int:
        opened.append(self)
        qtbot.waitUntil(lambda: self.pdf is not None, timeout=20_000)
        return 0

    monkeypatch.setattr(ExportPdfDialog, "exec", fake_exec)
    assert w.menus.export_action.shortcut().toString() == "Ctrl+E"
    w.menus.export_action.trigger()
    assert len(opened) == 1
    text = PdfReader(io.BytesIO(opened[0].pdf)).pages[0].extract_text()  # type: ignore[arg-type]
    assert "BED-7" in text and "MALS" in text


# -- batch -----------------------------------------------------------------------------------

def _jobs(n: int) -> tuple[list[ReportJob], list[RejectedInput]]:
    entries = [MALS, EntryText(ferritin="800", hla_dr="2100", age="55")]
    jobs = [ReportJob(i + 2, f"P-{i:03d}", _assess(entries[i % 2])) for i in range(n)]
    return jobs, [RejectedInput(99, "P-bad", "ferritin: 'abc' is not a number")]


def _index(folder: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((folder / "index.csv").read_text("utf-8-sig"))))


def test_batch_export_writes_reports_summary_and_index(qtbot, tmp_path, messages):  # type: ignore[no-untyped-def]
    done: list[object] = []
    export = export_cohort_reports(None, _jobs(4), source_name="lab.csv", training=False,
                                   folder=tmp_path, workers=1, on_done=done.append)
    assert export is not None
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    rows = _index(tmp_path)
    assert [r["outcome"] for r in rows] == ["written"] * 4 + ["rejected"]
    assert (tmp_path / "cohort-summary.pdf").is_file() and (tmp_path / "all-reports.pdf").is_file()
    window = export.result_window
    assert window is not None
    qtbot.addWidget(window)
    assert "Reports written: 4 of 5 rows" in window.text.text()
    assert "all-reports.pdf" in window.text.text()
    assert window.warning  # a rejected row: something is missing
    assert window.print_button.isEnabled() and window.close_button.isDefault()


def test_no_warning_icon_when_nothing_failed_and_open_folder(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from desktop_app.ui import report_batch_export

    done: list[object] = []
    jobs, _ = _jobs(3)
    export = export_cohort_reports(None, (jobs, []), source_name="lab.csv", training=False,
                                   folder=tmp_path, workers=1, on_done=done.append)
    assert export is not None
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    window = export.result_window
    assert window is not None and not window.warning
    qtbot.addWidget(window)
    opened: list[Path] = []
    monkeypatch.setattr(report_batch_export, "open_in_file_manager", opened.append)
    window.open_button.click()
    assert opened == [tmp_path] and window.isVisible()  # Open folder leaves the window open


def test_enter_on_the_progress_dialog_does_not_cancel(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from desktop_app.ui.report_batch_export import progress_dialog

    dialog = progress_dialog(None, "Writing 9 PDF reports…")
    qtbot.addWidget(dialog)
    dialog.setMaximum(9)
    dialog.show()
    dialog.setValue(2)
    qtbot.waitExposed(dialog)
    cancelled: list[bool] = []
    dialog.canceled.connect(lambda: cancelled.append(True))
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(dialog, key)
        qtbot.keyClick(dialog.focusWidget() or dialog, key)
    assert not cancelled and not dialog.wasCanceled()
    cancel = next(b for b in dialog.findChildren(QPushButton))
    cancel.click()  # a deliberate click still cancels
    assert cancelled


def test_a_plain_progress_dialog_would_cancel_on_enter(qtbot):  # type: ignore[no-untyped-def]
    """The control for the test above: what the issue saw (Enter cancelled a batch)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    plain = QProgressDialog("Writing 9 PDF reports…", "Cancel", 0, 9)
    qtbot.addWidget(plain)
    plain.show()
    plain.setValue(2)
    qtbot.waitExposed(plain)
    qtbot.keyClick(plain, Qt.Key.Key_Return)
    assert plain.wasCanceled()


def test_enter_during_a_running_batch_lets_it_finish(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    done: list[object] = []
    jobs, _ = _jobs(30)
    export = export_cohort_reports(parent, (jobs, []), source_name="lab.csv", training=False,
                                   folder=tmp_path, workers=1, on_done=done.append)
    assert export is not None and export.progress is not None
    progress = export.progress
    progress.show()  # at once rather than after the delay
    qtbot.waitUntil(lambda: progress.value() >= 2, timeout=30_000)
    qtbot.keyClick(progress, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert done[0] is not None and done[0].count(Outcome.WRITTEN) == 30  # type: ignore[attr-defined]
    if export.result_window is not None:
        qtbot.addWidget(export.result_window)


def test_batch_dialog_asks_folder_header_paper_and_appendix(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from desktop_app.ui import report_batch_export
    from desktop_app.ui.report_batch_export import BatchChoice, BatchExportDialog
    from desktop_app.ui.report_export import ReportPreferences, load_preferences
    from desktop_app.ui.settings import AppSettings

    d = BatchExportDialog(4, 1, ReportPreferences("St. Elsewhere", "ICU 2", "letter", True))
    qtbot.addWidget(d)
    assert not d.ok_button.isEnabled()  # no folder yet
    d.folder.setText(str(tmp_path))
    d.ward.setText("ICU 3")
    d.appendix.setChecked(False)
    d.ids_in_names.setChecked(False)
    choice = d.choice()
    assert choice.folder == tmp_path and not choice.ids_in_names
    assert choice.prefs == ReportPreferences("St. Elsewhere", "ICU 3", "letter", False)

    settings = AppSettings(tmp_path / "settings.ini")
    out = tmp_path / "out"
    picked = BatchChoice(out, ReportPreferences("General", "ICU 4", "a4", True), False)
    monkeypatch.setattr(report_batch_export, "ask_batch_choice", lambda *a: picked)
    done: list[object] = []
    export_cohort_reports(None, _jobs(2), source_name="lab.csv", training=False,
                          settings=settings, workers=1, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert sorted(p.name for p in out.glob("0*.pdf")) == ["00002.pdf", "00003.pdf"]
    first = PdfReader(out / "00002.pdf")
    assert len(first.pages) >= 2 and "General · ICU 4" in first.pages[0].extract_text()
    assert load_preferences(AppSettings(tmp_path / "settings.ini")) == picked.prefs


def test_print_paints_every_page_of_the_combined_file(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.ui import report_print

    done: list[object] = []
    jobs, _ = _jobs(2)
    export_cohort_reports(None, (jobs, []), source_name="lab.csv", training=False,
                          folder=tmp_path, workers=1, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    combined = tmp_path / "all-reports.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed_to = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed_to))
    monkeypatch.setattr(report_print, "ask_print", lambda dialog: True)
    monkeypatch.setattr(report_print, "MAX_DPI", 60)  # fast
    printed: list[int] = []
    task = report_print.print_pdf(None, combined, on_done=printed.append, printer=printer)
    assert task is not None
    qtbot.waitUntil(lambda: bool(printed), timeout=60_000)
    pages = len(PdfReader(combined).pages)
    assert printed == [pages] and len(PdfReader(printed_to).pages) == pages


def test_batch_export_from_a_cohort_with_worker_processes(qtbot, tmp_path, messages):  # type: ignore[no-untyped-def]
    from desktop_app.services.cohort import run_cohort

    lab = tmp_path / "lab.csv"
    lab.write_text("patient_id,ferritin (ng/mL),HLA-DR (AB/C),age\nP1,5120,3200,60\n"
                   "P2,800,2000,70\nP3,abc,2000,70\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    done: list[object] = []
    export_cohort_reports(None, run_cohort(lab), source_name=lab.name, training=True,
                          folder=out, workers=2, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert [r["outcome"] for r in _index(out)] == ["written", "written", "rejected"]
    assert "TRAINING" in PdfReader(out / "cohort-summary.pdf").pages[0].extract_text()


def test_batch_export_asks_before_replacing_files(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    (tmp_path / "index.csv").write_text("old")
    monkeypatch.setattr(report_export, "ask_yes_no", lambda parent, title, text: False)
    task = export_cohort_reports(None, _jobs(2), source_name="lab.csv", training=False,
                                 folder=tmp_path, workers=1)
    assert task is None and (tmp_path / "index.csv").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.csv"]


def test_batch_export_can_be_cancelled(qtbot, tmp_path, messages):  # type: ignore[no-untyped-def]
    done: list[object] = []
    export = export_cohort_reports(None, _jobs(40), source_name="lab.csv", training=False,
                                   folder=tmp_path, workers=1, on_done=done.append)
    assert export is not None
    export.cancel()
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert done == [None] and "cancelled" in messages[-1][0]
    outcomes = {r["outcome"] for r in _index(tmp_path)}
    assert "cancelled" in outcomes  # the index still lists every row


def test_header_and_paper_are_remembered_in_the_settings_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.report_export import ReportPreferences, load_preferences, save_preferences
    from desktop_app.ui.settings import AppSettings

    path = tmp_path / "settings.ini"
    save_preferences(AppSettings(path), ReportPreferences("St. Elsewhere", "ICU 2", "letter",
                                                          True))
    again = load_preferences(AppSettings(path))
    assert again == ReportPreferences("St. Elsewhere", "ICU 2", "letter", True)


def test_site_configuration_is_the_default_until_the_user_chooses(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from desktop_app.ui.report_export import ReportPreferences, load_preferences, save_preferences
    from desktop_app.ui.settings import AppSettings

    site = tmp_path / "site.toml"
    site.write_text('[report]\ninstitution = "General Hospital"\nward = "ICU 2"\n'
                    'paper = "Letter"\nappendix = true\n', encoding="utf-8")
    monkeypatch.setenv("IMMUNOSEP_SITE_CONFIG", str(site))
    from desktop_app.ui import report_preferences

    monkeypatch.setattr(report_preferences, "_SESSION", {})
    settings = AppSettings(tmp_path / "settings.ini")
    assert load_preferences(settings) == ReportPreferences("General Hospital", "ICU 2",
                                                           "letter", True)
    save_preferences(settings, ReportPreferences("General Hospital", "ICU 5", "letter", False))
    assert load_preferences(settings) == ReportPreferences("General Hospital", "ICU 5",
                                                           "letter", False)


def test_identification_and_appendix_reach_the_previewed_pdf(qtbot):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot)
    assert "Patient label" in PdfReader(io.BytesIO(d.pdf)).pages[0].extract_text()  # type: ignore[arg-type]
    d.birth_date.setText("03/04/1958")
    qtbot.waitUntil(lambda: "YYYY-MM-DD" in d.status.text(), timeout=5_000)
    assert not d.save_button.isEnabled() and d.pdf is None
    d.patient_name.setText("Zoë Doe")
    d.birth_date.setText("1958-03-14")
    d.record_number.setText("MRN 42")
    d.appendix.setChecked(True)
    qtbot.waitUntil(lambda: d.pdf is not None and len(PdfReader(io.BytesIO(d.pdf)).pages) > 1
                    and "Zoë Doe" in PdfReader(io.BytesIO(d.pdf)).pages[0].extract_text(),
                    timeout=20_000)
    text = PdfReader(io.BytesIO(d.pdf)).pages[0].extract_text()  # type: ignore[arg-type]
    assert "1958-03-14" in text and "MRN 42" in text and "Patient label" not in text
