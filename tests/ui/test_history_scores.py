"""The stored eligibility checklists and HScores in the patient's history (issue 17 pt 5): each
criterion met / not met / unknown with UNVERIFIED marks, versions with who and when, HScore
with its probability and caveats; a store fault or an unreadable record said in words."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from desktop_app.core.eligibility import Answer
from desktop_app.core.hscore_entry import HScoreText
from desktop_app.core.phenotype import classify
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.records import open_store
from desktop_app.services.scores import (
    EligibilityEntry,
    HScoreEntry,
    SofaEntry,
    read_scores,
    save_daily_sofa,
    save_eligibility,
    save_hscore,
)
from desktop_app.ui.patient_history import PatientHistoryDialog, build_view

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
HSCORE = HScoreText(immunosuppression=False, temperature="39.5", organomegaly="both",
                    cytopenias="2", ferritin=">40000", ferritin_unit="ng/mL",
                    triglycerides="3.2", fibrinogen="1.8", fibrinogen_unit="g/L", ast="85",
                    haemophagocytosis=False)
ANSWERS = {"sepsis_3": Answer.YES, "infection_type": Answer.YES,
           "do_not_resuscitate": Answer.YES, "stage_iv_malignancy": Answer.NO}


def texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    s = open_store(tmp_path / "data", training=False, os_user="nurse1")
    entry = EntryText(ferritin="12500", ferritin_unit="ng/mL", hla_dr="3100",
                      hla_dr_unit="AB/C", age="64")
    s.save_assessment("BED-7", classify(build_inputs(entry), now=NOW), evidence_version=None,
                      now=NOW)
    yield s
    s.close()


def history(qtbot, store, **kw) -> PatientHistoryDialog:  # type: ignore[no-untyped-def]
    dialog = PatientHistoryDialog(build_view(
        "BED-7", store.history("BED-7"), store.trend("BED-7"), training=False,
        today=date(2026, 11, 24), **kw))
    qtbot.addWidget(dialog)
    return dialog


def test_checklists_show_each_criterion_versions_and_unverified_marks(qtbot, store):  # type: ignore[no-untyped-def]
    first = save_eligibility(store, "BED-7", EligibilityEntry(ANSWERS, anc="1200"), now=NOW)
    save_eligibility(store, "BED-7", EligibilityEntry({**ANSWERS, "sepsis_3": Answer.UNKNOWN}),
                     now=NOW, corrects=first, reason="sepsis not confirmed")
    dialog = history(qtbot, store, scores=read_scores(store, "BED-7"))
    view = dialog.view
    tabs = [view.below.tabText(i) for i in range(view.below.count())]
    assert tabs == ["Ferritin and HLA-DR trend", "Daily SOFA and day 9", "Eligibility",
                    "HScore"]
    boxes = view.eligibility.findChildren(QGroupBox)
    assert [b.title() for b in boxes] == ["Checklist #1, stored with assessment #1",
                                          "Checklist #2, stored with assessment #1"]
    old, new = (texts(b) for b in boxes)
    assert "superseded by #2" in old and "corrects #1: sepsis not confirmed" in new
    assert "by nurse1" in new and "checklist immunosep-eligibility-1.0" in new
    # Age 64 and the MALS phenotype answer their criteria; "do not resuscitate" excludes.
    assert "present: excludes" in new and "absent" in new and "unknown" in new
    assert "UNVERIFIED" in new  # the neutropenia criterion
    assert "may not apply outside" in texts(view.eligibility)
    assert "1 of 14 criteria not met" in old  # the core's summary, as for the panel
    assert "Inclusion 5" in new and "Exclusion 6" in new


def test_hscores_show_score_probability_components_and_caveats(qtbot, store):  # type: ignore[no-untyped-def]
    save_hscore(store, "BED-7", HScoreEntry(HSCORE), now=NOW)
    dialog = history(qtbot, store, scores=read_scores(store, "BED-7"))
    view = dialog.view
    (box,) = view.hscore.findChildren(QGroupBox)
    shown = texts(box)
    assert box.title() == "HScore #1, stored with assessment #1"
    assert "HScore 254 (of 337 possible)." in shown
    assert "HScore 254 is at or above the table's last row (250): >99 %." in shown
    assert "not a diagnosis" in texts(view.hscore)
    assert "50" in shown and "ICU" in shown  # ferritin > 6000 → 50 points; the ICU caveat


def test_nothing_stored_is_said_with_where_to_enter_it(qtbot, store):  # type: ignore[no-untyped-def]
    dialog = history(qtbot, store, scores=read_scores(store, "BED-7"))
    view = dialog.view
    assert "No eligibility checklist is stored" in view.eligibility.notice.text()
    assert "Ctrl+Shift+H" in view.hscore.notice.text()


def test_a_store_fault_reading_the_scores_is_said_and_the_assessments_stay(qtbot, store):  # type: ignore[no-untyped-def]
    dialog = history(qtbot, store, scores_problem="the database server is not reachable.")
    view = dialog.view
    assert view.table.rowCount() == 1
    for tab in (view.eligibility.notice, view.hscore.notice, view.sofa):
        assert tab.text() == ("The score records cannot be read: the database server is not "
                              "reachable.")


def test_a_record_that_can_no_longer_be_read_is_said_and_others_show(qtbot, store):  # type: ignore[no-untyped-def]
    save_eligibility(store, "BED-7", EligibilityEntry(ANSWERS), now=NOW)
    save_daily_sofa(store, "BED-7", SofaEntry.typed_total(9), day=1, now=NOW)
    scores = read_scores(store, "BED-7")
    record = scores.records["eligibility"][0]
    record.values["answers_json"] = {**record.values["answers_json"], "anc": "1,5"}
    dialog = history(qtbot, store, scores=scores)
    view = dialog.view
    assert "Record #1 cannot be read:" in texts(view.eligibility)
    assert view.sofa.widget().table.rowCount() == 9


def test_the_history_window_reads_a_score_fault_as_words(qtbot, store, monkeypatch):  # type: ignore[no-untyped-def]
    from desktop_app.services import scores as scores_service
    from desktop_app.store.errors import StoreError
    from desktop_app.ui.history_window import _read

    def broken(_store, _patient):  # type: ignore[no-untyped-def]
        raise StoreError("the score tables cannot be read.")

    monkeypatch.setattr(scores_service, "read_scores", broken)
    entries, _chart, problem = _read("BED-7")(store)  # the error: worded where it is shown
    assert len(entries) == 1 and isinstance(problem, StoreError)
    assert str(problem) == "the score tables cannot be read."


# -- the result card's line ------------------------------------------------------------------

def test_result_card_states_the_stored_checklist_in_one_line(qtbot, make_window):  # type: ignore[no-untyped-def]
    from desktop_app.ui.scores_window import open_scores

    from .test_records import save_values, settle, visible
    from .test_scores_panels import confirm

    w = make_window(show=True)
    card = w.result_card
    assert card.eligibility_line.text() == "Eligibility: not assessed."
    save_values(qtbot, w, "BED-7", ferritin="3000", hla_dr="3000", age="64")
    settle(qtbot)
    assert card.eligibility_line.text().startswith("Eligibility: not assessed. Patient ▸")
    dialog = open_scores(w, "eligibility")
    settle(qtbot)
    panel = dialog.eligibility
    panel.rows["sepsis_3"].answer.set_value("yes")
    panel.rows["do_not_resuscitate"].answer.set_value("yes")
    panel.save_button.click()
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: "checklist #1" in card.eligibility_line.text(), timeout=10_000)
    line = card.eligibility_line.text()
    assert line == ("Eligibility (checklist #1, assessment #1): 4 met · 1 not met · 9 unknown "
                    "— outside the tested population"), line
    assert card.eligibility_line.isVisibleTo(w)
    # A keyboard user hears it on the button that opens the checklist.
    assert card.eligibility_button.accessibleDescription() == line
    assert card.eligibility_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog.close()
    # Another patient: no checklist; back to BED-7: the line comes back.
    w.set_entry(EntryText(), "BED-8")
    qtbot.waitUntil(lambda: "not assessed" in card.eligibility_line.text(), timeout=10_000)
    w.set_entry(EntryText(), "BED-7")
    qtbot.waitUntil(lambda: "checklist #1" in card.eligibility_line.text(), timeout=10_000)
    assert visible(w, type(dialog)) is None
    settle(qtbot)


def test_result_card_line_says_when_the_store_cannot_be_read(qtbot, tmp_path, make_window):  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    data.mkdir()
    (data / "clinical.sqlite").write_bytes(b"garbage" * 1000)
    w = make_window(show=True, check_store=False)
    w.set_entry(EntryText(), "BED-7")
    qtbot.waitUntil(lambda: "cannot be read" in w.result_card.eligibility_line.text(),
                    timeout=10_000)
    assert w.result_card.eligibility_line.text().startswith(
        "Eligibility: the stored checklist cannot be read: ")


# -- the history PDF -------------------------------------------------------------------------

def _full_course(store, days: int = 30) -> None:  # type: ignore[no-untyped-def]
    """Many assessments, a checklist, an HScore, SOFA on days 1, 2 and 4, a death on day 6."""
    from datetime import timedelta

    from desktop_app.services.scores import save_death

    for day in range(days):
        when = (NOW - timedelta(days=days - day)).isoformat()
        entry = EntryText(ferritin=str(3000 + 400 * day), ferritin_unit="ng/mL",
                          hla_dr=str(2000 + 300 * (day % 9)), hla_dr_unit="AB/C", age="64",
                          ferritin_sampled=when, hla_dr_sampled=when)
        store.save_assessment("BED-7", classify(build_inputs(entry), now=NOW),
                              evidence_version=None, now=NOW)
    save_eligibility(store, "BED-7", EligibilityEntry(ANSWERS, anc="1200"), now=NOW)
    save_hscore(store, "BED-7", HScoreEntry(HSCORE), now=NOW)
    start = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    for day, total in ((1, 11), (2, 10), (4, 8)):
        save_daily_sofa(store, "BED-7", SofaEntry.typed_total(total), day=day,
                        on=(start + timedelta(days=day - 1)).date(), now=NOW)
    save_death(store, "BED-7", died_on=date(2026, 11, 23), now=NOW)


def _pdf_text(tmp_path, data: bytes) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    path = tmp_path / "history.pdf"
    path.write_bytes(data)
    reader = PdfReader(str(path))
    return len(reader.pages), " ".join(reader.pages[0].extract_text().split())


def test_history_pdf_prints_daily_sofa_eligibility_and_hscore_on_one_page(tmp_path, store):  # type: ignore[no-untyped-def]
    import subprocess

    from desktop_app.services.history_report import render_history_pdf

    _full_course(store)
    data = render_history_pdf("BED-7", store.history("BED-7"), store.trend("BED-7"),
                              generated_at=NOW, training=False, invariant=True,
                              scores=read_scores(store, "BED-7"), today=date(2026, 11, 24))
    pages, text = _pdf_text(tmp_path, data)
    assert pages == 1
    for needed in (
            "Around the phenotype", "Trial eligibility:", "may not apply outside the tested "
            "population", "HScore 254: HLH probability >99 %", "An aid, not a diagnosis",
            "Daily SOFA and the day-9 measure (day 1 = 2026-11-18",
            "Study day 1 2 3 4 5 6 7 8 9", "SOFA 11 10 10* 8 8* 24† 24† 24† 24†",
            "Day 1 minus the mean of days 2–9: 11 − (10 + 10 + 8 + 8 + 24 + 24 + 24 + 24) / 8",
            "Final.", "research endpoint", "not a treatment target",
            "oldest assessments are not shown", "Decision support only"):
        assert needed in text, needed
    png = tmp_path / "history"
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", str(tmp_path / "history.pdf"),
                    str(png)], check=True)
    assert (tmp_path / "history.png").stat().st_size > 10_000


def test_history_pdf_marks_a_running_measure_provisional(tmp_path, store):  # type: ignore[no-untyped-def]
    from desktop_app.services.history_report import render_history_pdf

    save_daily_sofa(store, "BED-7", SofaEntry.typed_total(12), day=1, on=date(2026, 11, 22),
                    now=NOW)
    data = render_history_pdf("BED-7", store.history("BED-7"), store.trend("BED-7"),
                              generated_at=NOW, training=False, invariant=True,
                              scores=read_scores(store, "BED-7"), today=date(2026, 11, 24))
    pages, text = _pdf_text(tmp_path, data)
    assert pages == 1
    assert "PROVISIONAL: day 3 of 9." in text and "SOFA 12 12* 12° 12°" in text
    assert "Trial eligibility:" not in text and "HScore" not in text  # nothing else stored


def test_history_pdf_without_scores_is_as_before(tmp_path, store):  # type: ignore[no-untyped-def]
    from desktop_app.services.history_report import render_history_pdf

    data = render_history_pdf("BED-7", store.history("BED-7"), store.trend("BED-7"),
                              generated_at=NOW, training=False, invariant=True,
                              scores=read_scores(store, "BED-7"))
    assert "Around the phenotype" not in _pdf_text(tmp_path, data)[1]


# -- reads in flight when the window closes ----------------------------------------------------

def test_closing_the_session_never_closes_the_store_under_a_running_read(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The card's reads run whenever the patient changes; closing the window must not dispose
    the store under one of them (it did: a segmentation fault in SQLite)."""
    import threading

    from desktop_app.ui.records_session import RecordsSession

    session = RecordsSession(tmp_path / "d", training=False)
    started, release = threading.Event(), threading.Event()
    results: list[object] = []

    def read(store):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(10)
        return store.history("BED-7")  # the connection, after the close was asked for

    session.run(read, on_success=results.append, on_error=results.append)
    assert started.wait(10)
    session.close()  # asked while the read runs: the store closes when the read ends
    assert session._store is not None
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == [[]]
    qtbot.waitUntil(lambda: session._store is None, timeout=10_000)


def test_history_pdf_says_when_the_scores_could_not_be_read(tmp_path, store):  # type: ignore[no-untyped-def]
    from desktop_app.services.history_report import render_history_pdf

    data = render_history_pdf("BED-7", store.history("BED-7"), store.trend("BED-7"),
                              generated_at=NOW, training=False, invariant=True,
                              scores_problem="the database server is not reachable.")
    pages, text = _pdf_text(tmp_path, data)
    assert pages == 1
    assert ("The stored scores (eligibility, daily SOFA, HScore) could not be read and are not "
            "printed: the database server is not reachable.") in text


def test_history_pdf_stays_one_page_with_long_correction_notes(tmp_path, store):  # type: ignore[no-untyped-def]
    """Rows that wrap to three lines: the table gives up rows, never the page."""
    import re

    from desktop_app.services.history_report import render_history_pdf

    _full_course(store)
    entry = EntryText(ferritin="12500", ferritin_unit="ng/mL", hla_dr="3100",
                      hla_dr_unit="AB/C", age="64")
    for aid in [e.assessment_id for e in store.history("BED-7") if e.is_current][-6:]:
        store.correct_assessment(aid, classify(build_inputs(entry), now=NOW), reason=(
            "ferritin was typed from the wrong sample, corrected after the laboratory called "
            "back"), evidence_version=None, now=NOW)
    for training in (False, True):  # the training band takes room too
        data = render_history_pdf("BED-7", store.history("BED-7"), store.trend("BED-7"),
                                  generated_at=NOW, training=training, invariant=True,
                                  scores=read_scores(store, "BED-7"), today=date(2026, 11, 24))
        pages, text = _pdf_text(tmp_path, data)
        assert pages == 1, training
        hidden = re.search(r"The (\d+) oldest assessments are not shown", text)
        assert hidden is not None and int(hidden.group(1)) < 37
        assert "corrects #" in text and "Decision support only" in text


def test_a_store_fault_reading_the_scores_is_worded_on_screen_and_in_the_pdf(  # type: ignore[no-untyped-def]
        qtbot, store, tmp_path, monkeypatch):
    """Issue 18: the store's sentence in the window's language on screen (the pseudo-locale
    here), in the report's language in the PDF."""
    import sqlite3

    from desktop_app.i18n import PSEUDO, pseudo_translator
    from desktop_app.services.history_report import render_history_pdf
    from desktop_app.store.fault_words import Place
    from desktop_app.store.faults import translate
    from desktop_app.ui import language

    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5  # type: ignore[attr-defined]
    fault = translate(busy, Place.database(tmp_path / "clinical.sqlite"))
    worded = fault.localized(pseudo_translator())
    monkeypatch.setattr(language, "current_language", lambda: PSEUDO)
    dialog = history(qtbot, store, scores_problem=fault)
    view = dialog.view
    assert view.hscore.notice.text() == f"The score records cannot be read: {worded}"
    for lang, sentence in ((PSEUDO, worded), ("en", str(fault))):
        data = render_history_pdf("BED-7", store.history("BED-7"), store.trend("BED-7"),
                                  generated_at=NOW, training=False, invariant=True,
                                  scores_problem=view.scores_problem, lang=lang)
        assert " ".join(sentence.split()) in _pdf_text(tmp_path, data)[1]
