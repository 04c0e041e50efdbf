"""Records: patients, lab results, assessments, corrections, entered-in-error, imports."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app import __version__
from desktop_app.core.serialize import assessment_to_dict
from desktop_app.services.records import (
    ImportedRow,
    RecordError,
    Source,
    Store,
    open_store,
)

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)  # as in conftest


def _raw(store: Store) -> sqlite3.Connection:
    conn = sqlite3.connect(store.path)
    conn.row_factory = sqlite3.Row
    return conn


def test_three_assessments_on_different_days_listed_in_sample_order(store, make_assessment):
    # Saved out of order (day 2 typed in late): history follows the sample times.
    ids = {}
    for day, ferritin, hla in ((0, "2000", "3000"), (2, "6000", "3000"), (1, "3000", "9000")):
        ids[day] = store.save_assessment("BED-7", make_assessment(ferritin, hla, day=day),
                                         evidence_version="ev-1", now=T0 + timedelta(days=5))
    history = store.history("BED-7")
    assert [e.assessment_id for e in history] == [ids[0], ids[1], ids[2]]
    assert [e.phenotype for e in history] == ["immunoparalysis", "unclassified", "mals"]
    assert [e.sampled_at for e in history] == [T0, T0 + timedelta(days=1),
                                               T0 + timedelta(days=2)]


def test_without_sample_time_the_assessment_time_orders(store, make_assessment):
    late = store.save_assessment("P1", make_assessment("100", "3000", day=None),
                                 evidence_version=None, now=T0 + timedelta(hours=5))
    early = store.save_assessment("P1", make_assessment("100", "3000", day=None),
                                  evidence_version=None, now=T0 + timedelta(hours=1))
    mixed = store.save_assessment("P1", make_assessment("100", "3000", day=0.125),
                                  evidence_version=None, now=T0 + timedelta(hours=9))
    assert [e.assessment_id for e in store.history("P1")] == [early, mixed, late]


def test_assessment_record_holds_everything_asked(store, make_assessment):
    a = make_assessment("9932", "3000", ferritin_unit="pmol/L", day=1)
    aid = store.save_assessment("  BED-7 ", a, evidence_version="ev-1", now=T0)
    (entry,) = store.history("BED-7")
    assert entry.result == assessment_to_dict(a, evidence_version="ev-1")
    assert (entry.status, entry.phenotype) == ("classified", "mals")
    assert entry.ruleset_version == a.ruleset.version
    assert (entry.evidence_version, entry.app_version) == ("ev-1", __version__)
    assert entry.os_user == "nurse1" and entry.assessed_at == T0
    assert entry.source == Source.typed() and entry.is_current
    with _raw(store) as conn:
        labs = conn.execute("SELECT * FROM lab_results WHERE assessment_id = ? ORDER BY analyte",
                            (aid,)).fetchall()
        patient = conn.execute("SELECT * FROM patients").fetchone()
    assert patient["identifier"] == "BED-7"
    ferritin, hla = labs
    assert (ferritin["value_text"], ferritin["unit"], ferritin["comparator"]) == (
        "9932", "pmol/L", "=")
    assert ferritin["canonical_value"].startswith("4420.1157") and \
        ferritin["canonical_unit"] == "ng/mL"
    assert ferritin["sampled_at"] == (T0 + timedelta(days=1)).isoformat()
    assert (hla["value_text"], hla["canonical_value"], hla["canonical_unit"]) == (
        "3000", "3000", "AB/C")
    assert ferritin["source_kind"] == "typed" and ferritin["source_file"] is None


def test_censored_and_non_ab_c_values_keep_what_was_entered(store, make_assessment):
    a = make_assessment(">40000", "45", hla_dr_unit="%", day=0)
    aid = store.save_assessment("P2", a, evidence_version=None, now=T0)
    with _raw(store) as conn:
        rows = {r["analyte"]: r for r in conn.execute(
            "SELECT * FROM lab_results WHERE assessment_id = ?", (aid,))}
    assert (rows["ferritin"]["value_text"], rows["ferritin"]["comparator"],
            rows["ferritin"]["value"]) == (">40000", ">", "40000")
    assert (rows["hla_dr"]["unit"], rows["hla_dr"]["canonical_value"]) == ("% positive", None)


def test_cannot_classify_is_stored_too(store, make_assessment):
    aid = store.save_assessment("P3", make_assessment(">3000", day=0), evidence_version=None,
                                now=T0)
    (entry,) = store.history("P3")
    assert (entry.assessment_id, entry.status, entry.phenotype) == (aid, "cannot_classify", None)


def test_correction_is_a_new_version_referencing_the_old(store, make_assessment):
    old = store.save_assessment("P4", make_assessment("5000", day=0), evidence_version=None,
                                now=T0)
    new = store.correct_assessment(old, make_assessment("500", "3000", day=0),
                                   reason="ferritin typo", evidence_version=None,
                                   now=T0 + timedelta(minutes=5))
    first, second = store.history("P4")
    assert (first.assessment_id, first.superseded_by, first.is_current) == (old, new, False)
    assert (second.supersedes, second.correction_reason, second.is_current) == (
        old, "ferritin typo", True)
    assert first.phenotype == "mals" and second.phenotype == "immunoparalysis"
    with pytest.raises(RecordError, match="already corrected"):
        store.correct_assessment(old, make_assessment("400", "3000"), reason="again",
                                 evidence_version=None, now=T0)
    with pytest.raises(RecordError, match="reason"):
        store.correct_assessment(new, make_assessment("400", "3000"), reason=" ",
                                 evidence_version=None, now=T0)
    with pytest.raises(RecordError, match="no assessment #999"):
        store.correct_assessment(999, make_assessment("400", "3000"), reason="x",
                                 evidence_version=None, now=T0)


def test_entered_in_error_is_marked_not_deleted(store, make_assessment):
    aid = store.save_assessment("P5", make_assessment("100", "3000"), evidence_version=None,
                                now=T0)
    store.mark_entered_in_error(aid, reason="wrong patient", now=T0 + timedelta(hours=1))
    (entry,) = store.history("P5")
    assert (entry.entered_in_error, entry.error_reason, entry.is_current) == (
        True, "wrong patient", False)
    with pytest.raises(RecordError, match="already marked"):
        store.mark_entered_in_error(aid, reason="again", now=T0)
    with pytest.raises(RecordError, match="reason"):
        store.mark_entered_in_error(aid, reason="", now=T0)


@pytest.mark.parametrize("statement", [
    "DELETE FROM assessments", "UPDATE assessments SET phenotype = 'mals'",
    "DELETE FROM patients", "UPDATE patients SET identifier = 'X'",
    "DELETE FROM lab_results", "UPDATE lab_results SET value_text = '1'",
    "DELETE FROM error_marks", "DELETE FROM audit_log", "UPDATE audit_log SET os_user = 'x'",
])
def test_nothing_can_be_deleted_or_changed(store, make_assessment, statement):
    aid = store.save_assessment("P6", make_assessment("100", "3000"), evidence_version=None,
                                now=T0)
    store.mark_entered_in_error(aid, reason="test", now=T0)
    with _raw(store) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(statement)


def test_import_rows_become_lab_results_with_file_and_row(store, make_assessment):
    with_assessment = make_assessment("6000", "3000", day=0)
    lab_only = make_assessment("800", None, day=1)
    record = store.record_import("labs-2026-11.csv", [
        ImportedRow(2, "BED-1", with_assessment.inputs, with_assessment),
        ImportedRow(3, "BED-2", lab_only.inputs, None),
        ImportedRow(4, "BED-3", None, None),
    ], evidence_version="ev-1", now=T0)
    assert set(record.assessment_ids) == {2} and set(record.lab_result_ids) == {3}
    assert record.rows_without_values == 1
    (entry,) = store.history("BED-1")
    assert entry.source == Source.from_file("labs-2026-11.csv", 2)
    with _raw(store) as conn:
        rows = conn.execute("SELECT source_kind, source_file, source_row, analyte, "
                            "assessment_id FROM lab_results ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [
        ("file", "labs-2026-11.csv", 2, "ferritin", record.assessment_ids[2]),
        ("file", "labs-2026-11.csv", 2, "hla_dr", record.assessment_ids[2]),
        ("file", "labs-2026-11.csv", 3, "ferritin", None),
    ]
    assert store.history("BED-2") == [] and "BED-3" not in store.patient_ids()
    assert store.verify_audit().ok


def test_import_is_all_or_nothing(store, make_assessment):
    good = make_assessment("6000", "3000")
    with pytest.raises(RecordError):
        store.record_import("f.csv", [ImportedRow(2, "BED-1", good.inputs, good),
                                      ImportedRow(3, "", good.inputs, good)],
                            evidence_version=None, now=T0)
    assert store.patient_ids() == [] and store.verify_audit().entries == 0


@pytest.mark.parametrize("identifier", ["", "   ", "A" * 65, "BED\n7"])
def test_bad_identifiers_are_refused(store, make_assessment, identifier):
    with pytest.raises(RecordError):
        store.save_assessment(identifier, make_assessment("100", "3000"),
                              evidence_version=None, now=T0)


def test_naive_time_is_refused(store, make_assessment):
    with pytest.raises(ValueError, match="time zone"):
        store.save_assessment("P", make_assessment("100", "3000"), evidence_version=None,
                              now=T0.replace(tzinfo=None))
    assert store.patient_ids() == []


def test_unknown_patient_has_empty_history(store):
    assert store.history("nobody") == []


def test_training_records_never_appear_in_the_clinical_database(data_dir, make_assessment):
    with open_store(data_dir, training=True) as training:
        training.save_assessment("BED-7", make_assessment("6000"), evidence_version=None,
                                 now=T0)
        assert training.training and training.path.name == "training.sqlite"
        assert len(training.history("BED-7")) == 1
    with open_store(data_dir, training=False) as clinical:
        assert clinical.path.name == "clinical.sqlite"
        assert clinical.history("BED-7") == [] and clinical.patient_ids() == []


def test_patient_ids_and_pseudonym(store, make_assessment):
    store.save_assessment("B", make_assessment("1"), evidence_version=None, now=T0,
                          pseudonym="Patient Bravo")
    store.save_assessment("A", make_assessment("1"), evidence_version=None, now=T0)
    assert store.patient_ids() == ["A", "B"]
    with _raw(store) as conn:
        assert conn.execute("SELECT pseudonym FROM patients WHERE identifier = 'B'"
                            ).fetchone()[0] == "Patient Bravo"


def test_three_days_appear_in_the_trend_in_order(store, make_assessment):
    for day, ferritin, hla in ((2, "6000", "3000"), (0, "2000", "3000"), (1, "9932", "%")):
        unit = "pmol/L" if ferritin == "9932" else "ng/mL"
        store.save_assessment("BED-7", make_assessment(
            ferritin, "45" if hla == "%" else hla, day=day, ferritin_unit=unit,
            hla_dr_unit="%" if hla == "%" else "AB/C"), evidence_version=None, now=T0)
    chart = store.trend("BED-7")
    assert [p.when for p in chart.ferritin] == [T0 + timedelta(days=d) for d in (0, 1, 2)]
    assert [round(p.value, 2) for p in chart.ferritin] == [2000.0, 4420.12, 6000.0]
    assert [p.value for p in chart.hla_dr] == [3000.0, 3000.0]  # % is not drawn as AB/C
    assert [t.label for t in chart.transitions] == ["immunoparalysis → MALS"]
    serial = store.serial("BED-7")
    assert [s.when for s in serial] == [T0 + timedelta(days=d) for d in (0, 1, 2)]
