"""Records: patients, lab results, assessments, corrections, entered-in-error, imports.

Every test runs on SQLite and on PostgreSQL (``backend``), with the same expectations.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app import __version__
from desktop_app.core.serialize import assessment_to_dict
from desktop_app.services.records import ImportedRow, RecordError, Source, open_store

from .conftest import T0

LAB = ("analyte", "value_text", "comparator", "value", "unit", "canonical_value",
       "canonical_unit", "sampled_at", "source_kind", "source_file", "source_row")


def _labs(backend, where: str) -> list[dict]:
    rows = backend.query(f"SELECT {', '.join(LAB)} FROM lab_results WHERE {where} "
                         "ORDER BY id")
    return [dict(zip(LAB, (None if v == "" else v for v in r), strict=True)) for r in rows]


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


def test_assessment_record_holds_everything_asked(store, backend, make_assessment):
    a = make_assessment("9932", "3000", ferritin_unit="pmol/L", day=1)
    aid = store.save_assessment("  BED-7 ", a, evidence_version="ev-1", now=T0)
    (entry,) = store.history("BED-7")
    assert entry.result == assessment_to_dict(a, evidence_version="ev-1")
    assert (entry.status, entry.phenotype) == ("classified", "mals")
    assert entry.ruleset_version == a.ruleset.version
    assert (entry.evidence_version, entry.app_version) == ("ev-1", __version__)
    assert entry.os_user == "nurse1" and entry.assessed_at == T0
    assert entry.source == Source.typed() and entry.is_current
    assert backend.query("SELECT identifier FROM patients") == [("BED-7",)]
    ferritin, hla = _labs(backend, f"assessment_id = {aid}")
    assert (ferritin["value_text"], ferritin["unit"], ferritin["comparator"]) == (
        "9932", "pmol/L", "=")
    assert ferritin["canonical_value"].startswith("4420.1157") and \
        ferritin["canonical_unit"] == "ng/mL"
    assert ferritin["sampled_at"] == (T0 + timedelta(days=1)).isoformat()
    assert (hla["value_text"], hla["canonical_value"], hla["canonical_unit"]) == (
        "3000", "3000", "AB/C")
    assert ferritin["source_kind"] == "typed" and ferritin["source_file"] is None


def test_censored_and_non_ab_c_values_keep_what_was_entered(store, backend, make_assessment):
    a = make_assessment(">40000", "45", hla_dr_unit="%", day=0)
    aid = store.save_assessment("P2", a, evidence_version=None, now=T0)
    rows = {r["analyte"]: r for r in _labs(backend, f"assessment_id = {aid}")}
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


def test_import_rows_keep_file_and_row(store, backend, make_assessment):
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
    assert entry.import_id == record.import_id
    # An imported assessment keeps its values in the record itself (compact form, exact);
    # a row with values but no assessment becomes lab results.
    assert entry.inputs == with_assessment_dict(with_assessment)
    assert entry.result == assessment_to_dict(with_assessment, evidence_version="ev-1")
    labs = _labs(backend, "1 = 1")
    assert [(r["source_kind"], r["source_file"], str(r["source_row"]), r["analyte"])
            for r in labs] == [("file", "labs-2026-11.csv", "3", "ferritin")]
    assert store.history("BED-2") == [] and "BED-3" not in store.patient_ids()
    assert store.verify_audit().ok


def with_assessment_dict(a):
    from desktop_app.core.serialize import inputs_to_dict

    return inputs_to_dict(a.inputs)


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


def test_training_records_never_appear_in_the_clinical_database(backend, make_assessment):
    # Training always uses the data folder's own file, even when the site names a server.
    with open_store(backend.data_dir, training=True, site=backend.site) as training:
        training.save_assessment("BED-7", make_assessment("6000"), evidence_version=None,
                                 now=T0)
        assert training.training and training.path.name == "training.sqlite"
        assert len(training.history("BED-7")) == 1
    with backend.open() as clinical:
        assert clinical.is_shared == (backend.kind == "postgresql")
        assert clinical.history("BED-7") == [] and clinical.patient_ids() == []


def test_patient_ids_and_pseudonym(store, backend, make_assessment):
    store.save_assessment("B", make_assessment("1"), evidence_version=None, now=T0,
                          pseudonym="Patient Bravo")
    store.save_assessment("A", make_assessment("1"), evidence_version=None, now=T0)
    assert store.patient_ids() == ["A", "B"]
    assert backend.query("SELECT pseudonym FROM patients WHERE identifier = 'B'") == [
        ("Patient Bravo",)]


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
