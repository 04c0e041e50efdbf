"""The patient history: list oldest first, a readable trend, an empty state in words, a PDF."""

from __future__ import annotations

import math
import re
import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from desktop_app.core.phenotype import classify
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.history_report import render_history_pdf
from desktop_app.services.records import open_store
from desktop_app.ui.patient_history import PatientHistoryDialog, build_view
from desktop_app.ui.trend_chart import plain, time_tick

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _assessment(ferritin: str, hla: str, day: int, ferritin_unit: str = "ng/mL"):
    when = (T0 + timedelta(days=day)).isoformat()
    entry = EntryText(ferritin=ferritin, ferritin_unit=ferritin_unit, hla_dr=hla, age="60",
                      ferritin_sampled=when, hla_dr_sampled=when)
    return classify(build_inputs(entry), now=T0 + timedelta(days=30))


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "data", training=False, os_user="nurse1")
    # Three days, typed in a different order; day 1 is corrected, day 2 is MALS.
    s.save_assessment("BED-7", _assessment("6000", "3000", 2), evidence_version=None, now=T0)
    s.save_assessment("BED-7", _assessment("2000", "3000", 0), evidence_version=None, now=T0)
    wrong = s.save_assessment("BED-7", _assessment("9000", "3000", 1), evidence_version=None,
                              now=T0)
    s.correct_assessment(wrong, _assessment(">3000", "2500", 1), reason="typo",
                         evidence_version=None, now=T0)
    yield s
    s.close()


def dialog_for(qtbot, store, patient: str) -> PatientHistoryDialog:  # type: ignore[no-untyped-def]
    view = build_view(patient, store.history(patient), store.trend(patient),
                      training=store.training)
    dialog = PatientHistoryDialog(view)
    qtbot.addWidget(dialog)
    return dialog


def _ys(item) -> list[float]:
    return [float(y) for y in item.yData]


def test_list_is_oldest_first_with_versions_and_month_and_time(qtbot, store):
    dialog = dialog_for(qtbot, store, "BED-7")
    table = dialog.view.table
    assert table.rowCount() == 4
    assert [e.order_time for e in table.entries] == sorted(e.order_time for e in table.entries)
    first = table.item(0, 0).text()
    assert re.search(r"2026-11-\d\d \d\d:\d\d \(sampled\)", first)  # date with month, time
    results = [table.item(r, 1).text() for r in range(4)]
    assert results[0] == "Immunoparalysis" and results[-1] == "MALS"
    assert not table.item(0, 1).icon().isNull()  # the phenotype's marker
    records = [table.item(r, 4).text() for r in range(4)]
    assert "superseded by" in records[1] and "corrects" in records[2]
    assert table.item(2, 2).text() == ">3000 ng/mL"  # as entered, plain digits
    assert not dialog.view.banner.isVisibleTo(dialog)
    assert "BED-7" in dialog.windowTitle()
    assert dialog.view.table.selected_entry() is table.entries[-1]  # the newest, ready to act


def test_trend_plain_numbers_markers_thresholds_and_transitions(qtbot, store):
    dialog = dialog_for(qtbot, store, "BED-7")
    trend = dialog.view.trend
    ferritin = trend.data_items("ferritin")
    # A grey line through the current versions (log10 positions), then one marker each.
    assert _ys(ferritin[0]) == pytest.approx([math.log10(v) for v in (2000, 3000, 6000)])
    markers = [item.opts["symbol"] for item in ferritin[1:]]
    assert markers == ["s", "x", "t"]  # immunoparalysis, cannot classify (censored), MALS
    assert ferritin[2].opts["symbolBrush"] is None  # the censored value: an open marker
    left = trend.ferritin_plot.getPlotItem().getAxis("left")
    labels = [label for _, label in left._tickLevels[0]]
    assert "1 000" not in labels and "1000" in labels and "4420" in labels
    assert "10 000" in labels and not any("e" in label for label in labels)
    bottom = trend.ferritin_plot.getPlotItem().getAxis("bottom")
    assert next(label for _, label in bottom._tickLevels[0]) == time_tick(T0.timestamp())
    assert trend.threshold_lines["ferritin"].value() == pytest.approx(math.log10(4420))
    assert trend.threshold_lines["hla_dr"].value() == pytest.approx(5000)
    assert len(trend.transition_lines) == 1  # day 0 immunoparalysis -> day 2 MALS
    assert not hasattr(trend.transition_lines[0], "label")  # no label an edge could cut
    assert "immunoparalysis → MALS" in dialog.view.transitions_label.text()
    info = dialog.view.reversal_label.text()
    assert "HLA-DR > 8000 AB/C with ferritin < 4420 ng/mL" in info and "15 %" in info


def test_plain_numbers() -> None:
    assert [plain(v) for v in (10, 1000, 4420, 10_000, 100_000)] == [
        "10", "1000", "4420", "10 000", "100 000"]


def test_view_range_shows_values_and_threshold(qtbot, tmp_path):
    with open_store(tmp_path / "d", training=False) as s:
        for day, ferritin in enumerate(("150", "300")):
            s.save_assessment("P", _assessment(ferritin, "9000", day), evidence_version=None,
                              now=T0)
        dialog = dialog_for(qtbot, s, "P")
    dialog.show()
    qtbot.waitExposed(dialog)
    (_, (y_min, y_max)) = dialog.view.trend.ferritin_plot.getPlotItem().viewRange()
    assert 1.5 < y_min < math.log10(150) and math.log10(4420) < y_max < 4.5
    (_, (h_min, h_max)) = dialog.view.trend.hla_dr_plot.getPlotItem().viewRange()
    assert h_min < 5000 < 9000 < h_max < 12000


def test_empty_history_is_said_in_words_and_training_is_marked(qtbot, tmp_path):
    with open_store(tmp_path / "d", training=True) as training:
        dialog = dialog_for(qtbot, training, "NOBODY")
    assert dialog.view.banner.isVisibleTo(dialog) and "TRAINING" in dialog.windowTitle()
    assert "no stored assessments yet" in dialog.view.title.text()
    assert not dialog.view.table.isVisibleTo(dialog)
    assert dialog.view.trend.empty_label.isVisibleTo(dialog)
    assert dialog.view.trend.ferritin_plot is None  # no axes around nothing
    assert not dialog.view.pdf_button.isEnabled()


def test_history_pdf_is_one_page_with_table_and_trend(tmp_path, store):
    data = render_history_pdf("BED-7", store.history("BED-7"), store.trend("BED-7"),
                              generated_at=T0 + timedelta(days=3), training=False,
                              invariant=True)
    path = tmp_path / "history.pdf"
    path.write_bytes(data)
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for needed in ("Patient history", "BED-7", "Immunoparalysis", "MALS", ">3000 ng/mL",
                   "superseded by #4", "corrects #3: typo", "Ferritin, ng/mL (logarithmic",
                   "4420", "5000", "immunoparalysis → MALS", "Decision support only"):
        assert needed in text, needed
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(path),
                    str(tmp_path / "history")], check=True)
    assert (tmp_path / "history.png").stat().st_size > 10_000


def test_history_pdf_escapes_markup_in_identifiers(tmp_path, store):
    store.save_assessment("<b>x</b>&", _assessment("900", "2000", 0), evidence_version=None,
                          now=T0)
    data = render_history_pdf("<b>x</b>&", store.history("<b>x</b>&"),
                              store.trend("<b>x</b>&"), generated_at=T0, training=True,
                              invariant=True)
    path = tmp_path / "h.pdf"
    path.write_bytes(data)
    text = PdfReader(str(path)).pages[0].extract_text()
    assert "<b>x</b>&" in text and "TRAINING" in text


@pytest.fixture
def main_window(qtbot, tmp_path):
    from desktop_app.services.evidence import load_evidence
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings

    def make(data_dir, *, training=False):
        window = MainWindow(evidence=load_evidence(), settings=AppSettings(tmp_path / "s.ini"),
                            data_dir=data_dir, training=training, persist_state=False,
                            load_charts=False, check_store=False)
        qtbot.addWidget(window)
        return window

    return make


def _wait_for_history(qtbot, window) -> PatientHistoryDialog:  # type: ignore[no-untyped-def]
    from desktop_app.ui.workers import running_tasks

    qtbot.waitUntil(lambda: not running_tasks())
    (dialog,) = window.findChildren(PatientHistoryDialog)
    return dialog


def test_menu_action_opens_history_of_the_patient_in_the_form(qtbot, store, main_window):
    window = main_window(store.path.parent)
    action = window.patient_history_action
    assert action in window.patient_menu.actions() and action.text() == "Patient &history…"
    action.trigger()  # no identifier yet: a hint, no dialog
    assert window.findChildren(PatientHistoryDialog) == []
    assert "identifier" in window.statusBar().currentMessage()
    window.set_entry(EntryText(), patient_identifier="BED-7")
    action.trigger()
    dialog = _wait_for_history(qtbot, window)
    assert dialog.isVisible() and dialog.view.table.rowCount() == 4
    assert not dialog.view.training
    action.trigger()  # asked again: the same window comes forward, no second one
    qtbot.wait(50)
    assert len(window.findChildren(PatientHistoryDialog)) == 1


def test_menu_action_uses_the_training_database_in_training_mode(qtbot, store, main_window):
    window = main_window(store.path.parent, training=True)
    window.set_entry(EntryText(), patient_identifier="BED-7")
    window.patient_history_action.trigger()
    dialog = _wait_for_history(qtbot, window)
    assert dialog.view.training and dialog.view.table.rowCount() == 0  # clinical rows absent


def test_unreadable_database_is_explained_not_crashed(qtbot, tmp_path, main_window):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.workers import running_tasks

    data_dir = tmp_path / "bad"
    data_dir.mkdir()
    (data_dir / "clinical.sqlite").write_bytes(b"garbage" * 1000)
    window = main_window(data_dir)
    window.set_entry(EntryText(), patient_identifier="BED-7")
    window.patient_history_action.trigger()
    qtbot.waitUntil(lambda: not running_tasks())
    assert window.findChildren(PatientHistoryDialog) == []
    (box,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert "damaged or is not an ImmunoSep database" in box.text()
    assert box.text().startswith("Not shown: ")
    assert window.records.store_bar.isVisibleTo(window)  # and says saves are impossible
    box.close()


def test_time_labels_never_print_over_each_other() -> None:
    from desktop_app.ui.trend_chart import _thin

    t = T0.timestamp()
    assert _thin([t, t + 600]) == [t]  # ten minutes apart: one label (both points drawn)
    assert _thin([t, t + 600, t + 2 * 86400]) == [t, t + 2 * 86400]  # the newest keeps its own
    many = [t + k * 3600.0 for k in range(48)]
    kept = _thin(many)
    assert len(kept) <= 8 and kept[0] == many[0] and kept[-1] == many[-1]


def test_the_laboratorys_reasons_follow_the_language_in_the_window_and_the_pdf(
        qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Issue 18 pt 2: a reason the inbox stored is worded in the reader's language (German
    here, with the test's wording of the new templates), a clinician's reason as typed."""
    from desktop_app import i18n
    from desktop_app.ui import patient_history

    from ..inbox.messages import oru
    from ..inbox.reasons import german, store_file

    s = open_store(tmp_path / "data", training=False, os_user="nurse1")
    store_file(s, tmp_path, "a.hl7", oru("MSG1", "LAB-7", ("ferritin", "5000", "F"),
                                         ("hla_dr", "20000", "F")))
    store_file(s, tmp_path, "b.hl7", oru("MSG2", "LAB-7", ("ferritin", "500", "C"),
                                         ("hla_dr", "20000", "F")))
    newest = s.history("LAB-7")[-1].assessment_id
    s.correct_assessment(newest, _assessment("510", "20000", 0), reason="Tippfehler <b>",
                         evidence_version=None, now=T0)
    tr = german()
    monkeypatch.setattr(patient_history, "text_translator", lambda: tr)
    real = i18n.translator
    monkeypatch.setattr(i18n, "translator", lambda lang=None: tr if lang == "de" else real(lang))
    dialog = dialog_for(qtbot, s, "LAB-7")
    table = dialog.view.table
    records = " ".join(table.item(r, 4).text() for r in range(table.rowCount()))
    assert ("Das Labor hat das Ferritin-Ergebnis (Status C) in b.hl7, Nachricht 1 (MSG2), "
            "Segment 4 (OBX) korrigiert.") in records
    assert "The laboratory" not in records and "Tippfehler <b>" in records
    data = render_history_pdf("LAB-7", s.history("LAB-7"), s.trend("LAB-7"),
                              generated_at=T0 + timedelta(days=3), training=False,
                              invariant=True, lang="de")
    (tmp_path / "history.pdf").write_bytes(data)
    text = " ".join(PdfReader(str(tmp_path / "history.pdf")).pages[0].extract_text().split())
    assert "Das Labor hat das Ferritin-Ergebnis" in text and "The laboratory" not in text
    assert "Tippfehler <b>" in text
    assert "Seite 1 von 1" in text and "Decision support only" not in text  # the footer too
    s.close()
