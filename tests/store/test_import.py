"""Storing imports (issue 13): compact and exact, one batch and one audit entry, progress and
cancel with nothing half-stored, ≤ 1 kB per assessment — on both engines."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.inputs import Ferritin, HlaDr, NotDetermined, PatientInputs
from desktop_app.core.phenotype import classify
from desktop_app.core.rules import AssessmentOptions
from desktop_app.core.serialize import assessment_to_dict
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import Comparator, ParsedValue
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.records import ImportedRow, Outcome, open_store
from desktop_app.site_config import SiteConfig
from desktop_app.store import compact
from desktop_app.store.errors import ImportCancelledError

from .conftest import T0, assessment


def test_compact_form_knows_every_input_field():
    # A new input field must be added to the compact form, or it would be silently lost.
    assert [f.name for f in dataclasses.fields(Ferritin)] == ["value", "unit", "sampled_at"]
    assert [f.name for f in dataclasses.fields(HlaDr)] == ["value", "unit", "sampled_at",
                                                          "processed_at"]
    assert [f.name for f in dataclasses.fields(PatientInputs)] == [
        "ferritin", "hla_dr", "age_years", "ferritin_not_determined", "hla_dr_not_determined"]
    assert [f.name for f in dataclasses.fields(NotDetermined)] == ["text", "sampled_at"]


values = st.builds(
    ParsedValue, st.sampled_from(list(Comparator)),
    st.decimals(allow_nan=False, allow_infinity=False, places=None,
                min_value=Decimal("0"), max_value=Decimal("1e9")),
    st.text(max_size=12))
# Sample times the core accepts (years 1900-2999, core.times.check_sample_time).
times = st.none() | st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2999, 12, 30),
                                 timezones=st.timezones())
words = st.sampled_from(["n.b.", "pending", "folgt", "---", "Storniert"])


@given(st.none() | st.builds(Ferritin, values, st.sampled_from(list(FerritinUnit)), times),
       st.none() | st.builds(HlaDr, values, st.sampled_from(list(HlaDrUnit)), times, times),
       st.none() | values, st.lists(st.integers(1, 10**6), max_size=2),
       st.none() | st.builds(NotDetermined, words, times),
       st.none() | st.builds(NotDetermined, words, times))
def test_compact_inputs_round_trip_exactly(ferritin, hla_dr, age, rows, f_nd, h_nd):
    inputs = PatientInputs(ferritin, hla_dr, age, None if ferritin else f_nd,
                           None if hla_dr else h_nd)
    encoded = compact.encode_inputs(inputs, tuple(rows))
    decoded = compact.decode_inputs(encoded)
    assert compact.encode_inputs(decoded, tuple(rows)) == encoded
    # Times come back with their UTC offset (a named zone becomes its offset at that time).
    assert decoded == dataclasses.replace(
        inputs,
        ferritin=ferritin and dataclasses.replace(ferritin, sampled_at=_fixed(
            ferritin.sampled_at)),
        hla_dr=hla_dr and dataclasses.replace(hla_dr, sampled_at=_fixed(hla_dr.sampled_at),
                                              processed_at=_fixed(hla_dr.processed_at)),
        ferritin_not_determined=inputs.ferritin_not_determined and dataclasses.replace(
            inputs.ferritin_not_determined,
            sampled_at=_fixed(inputs.ferritin_not_determined.sampled_at)),
        hla_dr_not_determined=inputs.hla_dr_not_determined and dataclasses.replace(
            inputs.hla_dr_not_determined,
            sampled_at=_fixed(inputs.hla_dr_not_determined.sampled_at)))
    for a, b in ((decoded.ferritin, ferritin), (decoded.hla_dr, hla_dr)):
        if a is not None:  # same exponent and digits, not just an equal number
            assert str(a.value.value) == str(b.value.value)


def _fixed(when):
    return None if when is None else datetime.fromisoformat(when.isoformat())


def test_options_round_trip():
    options = AssessmentOptions(ferritin_near_band_pct=Decimal("12.5"),
                                max_sample_interval=timedelta(hours=36, microseconds=7))
    assert compact.options_from_json(compact.options_json(options)) == options


def test_imported_rows_re_render_exactly_as_decided(store, make_assessment):
    # Non-default options and an early decision time change the warnings: both are kept.
    options = AssessmentOptions(ferritin_near_band_pct=Decimal("50"))
    decided = T0 + timedelta(days=1)
    rows = []
    cases = [("2500", "ng/mL", "3000", "AB/C"), (">40000", "ng/mL", "45", "%"),
             ("9932", "pmol/L", "5000", "AB/C"), ("4420,5", "µg/L", None, "AB/C")]
    for n, (f, f_unit, h, h_unit) in enumerate(cases):
        when = (T0 + timedelta(days=n)).isoformat()
        inputs = build_inputs(EntryText(ferritin=f, ferritin_unit=f_unit, hla_dr=h,
                                        hla_dr_unit=h_unit, ferritin_sampled=when,
                                        hla_dr_sampled=when if h else None),
                              decimal_comma="," in f)
        rows.append(ImportedRow(n + 2, "BED-1", inputs, classify(inputs, options=options,
                                                                   now=decided)))
    store.record_import("labs.csv", rows, evidence_version="ev-2", now=T0 + timedelta(days=9),
                        decided_at=decided, options=options)
    history = store.history("BED-1")
    by_row = {e.source.row: e for e in history}
    for r in rows:
        e = by_row[r.row_number]
        assert e.result == assessment_to_dict(r.assessment, evidence_version="ev-2")
        assert e.phenotype == (r.assessment.phenotype.value if r.assessment.phenotype else None)
    assert any(w["code"] == "ferritin_near_threshold" for e in history
               for w in e.result["warnings"])  # a warning only the 50 % band gives


def test_rows_with_only_their_codes(store):
    # A batch path may hand over the decision as codes without building an Assessment.
    a = assessment("6000", "3000")
    outcome = Outcome.of(a)
    record = store.record_import("f.csv", [ImportedRow(7, "BED-2", a.inputs, outcome=outcome)],
                                 evidence_version=None, now=T0 + timedelta(days=30))
    (entry,) = store.history("BED-2")
    assert entry.assessment_id == record.assessment_ids[7]
    assert entry.result == assessment_to_dict(a, evidence_version=None)


def test_codes_are_shown_as_stored_when_the_rule_set_differs():
    a = assessment("6000", "3000")
    _inputs, result = compact.render(
        inputs_json=compact.encode_inputs(a.inputs), result_json=Outcome.of(a).codes_json(),
        status="classified", phenotype="mals", ruleset_version="immunosep-rule-9.9",
        evidence_version=None, options=compact.options_json(AssessmentOptions()),
        decided_at=T0.isoformat())
    assert result["rendered_from"] == "stored codes" and result["phenotype"] == "mals"
    assert [r["code"] for r in result["reasons"]] == list(a.reason_codes())


def test_progress_and_cancel_leave_nothing_half_stored(store, make_assessment):
    a = make_assessment("6000", "3000")
    rows = [ImportedRow(i + 2, f"P{i % 300}", a.inputs, a) for i in range(5000)]
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelledError, match="nothing from it was stored"):
        store.record_import("big.csv", rows, evidence_version=None, now=T0,
                            progress=lambda done, total: seen.append((done, total)),
                            should_cancel=lambda: any(done for done, _ in seen))
    assert seen[0] == (0, 5000) and 0 < seen[-1][0] < 5000
    assert store.patient_ids() == [] and store.verify_audit().entries == 0
    assert store.counts()["import_batches"] == 0
    seen.clear()
    record = store.record_import("big.csv", rows, evidence_version=None, now=T0,
                                 progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (5000, 5000) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(record.assessment_ids) == 5000 and record.patients_created == 300
    report = store.verify_audit()
    assert report.ok and report.entries == 1 and report.records_checked == 5301


def test_existing_patients_are_reused(store, make_assessment):
    a = make_assessment("100", "3000")
    store.save_assessment("BED-1", a, evidence_version=None, now=T0)
    record = store.record_import("f.csv", [ImportedRow(2, " BED-1 ", a.inputs, a),
                                           ImportedRow(3, "BED-2", a.inputs, a)],
                                 evidence_version=None, now=T0)
    assert record.patients_created == 1 and store.patient_ids() == ["BED-1", "BED-2"]
    assert len(store.history("BED-1")) == 2 and store.verify_audit().ok


def test_an_assessment_takes_at_most_1_kb(data_dir):
    # Issue 13's storage goal (≤ 100 MB for 100 000 rows), checked on 20 000 rows.
    a = assessment("2500", "3000", day=1)
    rows = [ImportedRow(i + 2, f"PATIENT-{i:06d}", a.inputs, a) for i in range(20_000)]
    with open_store(data_dir, training=False, site=SiteConfig()) as store:
        store.backup(data_dir.parent / "before.sqlite")
        store.record_import("labs.csv", rows, evidence_version="ev-1", now=T0)
        store.backup(data_dir.parent / "after.sqlite")
    growth = ((data_dir.parent / "after.sqlite").stat().st_size
              - (data_dir.parent / "before.sqlite").stat().st_size)
    assert growth / len(rows) <= 1000, f"{growth / len(rows):.0f} bytes per assessment"
