"""The stored eligibility checklists and HScores in the patient's history (issue 17 pt 5): each
criterion met / not met / unknown with UNVERIFIED marks, versions with who and when, HScore
with its probability and caveats; a store fault or an unreadable record said in words."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
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
    entries, _chart, problem = _read("BED-7")(store)
    assert len(entries) == 1 and problem == "the score tables cannot be read."
