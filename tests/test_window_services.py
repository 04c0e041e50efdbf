"""The Qt-free services behind the window's records and entry checks.

% positive above 100 refused (for every surface that reads typed values), the plausibility
limits, a stored assessment read back into the form exactly, and the patient overview.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.phenotype import classify
from desktop_app.core.serialize import inputs_to_dict
from desktop_app.core.values import InputError
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.past_assessment import (
    differs_from_stored,
    entry_text_of_record,
    reassess,
)
from desktop_app.services.plausibility import plausibility_notes
from desktop_app.services.records import open_store

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "refused"), [("100", False), ("100.0", False), ("0", False),
                                               ("100.01", True), ("101", True), (">100", True),
                                               ("≥100", False), ("<150", True)])
def test_percent_positive_above_100_is_refused(text: str, refused: bool) -> None:
    entry = EntryText(ferritin="900", hla_dr=text, hla_dr_unit="% positive")
    if refused:
        with pytest.raises(InputError) as caught:
            build_inputs(entry)
        assert caught.value.code == "percent_over_100"
        assert "cannot exceed 100" in caught.value.message
    else:
        assert build_inputs(entry).hla_dr is not None


def test_values_in_ab_per_cell_may_exceed_100() -> None:
    assert build_inputs(EntryText(ferritin="900", hla_dr="2600")).hla_dr is not None


@pytest.mark.parametrize(("entry", "expected"), [
    (EntryText(ferritin="100001"), [("ferritin", "above")]),
    (EntryText(ferritin="100000"), []),  # the limit itself is not unusual
    (EntryText(ferritin="44500", ferritin_unit="pmol/L"), []),  # ≈ 19 800 ng/mL
    (EntryText(ferritin="10001", ferritin_unit="µg/dL"), [("ferritin", "above")]),  # 100 010
    (EntryText(ferritin="0.99"), [("ferritin", "below")]),
    (EntryText(ferritin=">200000"), []),  # censored: the laboratory said so itself
    (EntryText(hla_dr="100001"), [("hla_dr", "above")]),
    (EntryText(hla_dr="100001", hla_dr_unit="MFI"), []),  # not AB/C: no limit applies
])
def test_plausibility_limits(entry: EntryText, expected: list[tuple[str, str]]) -> None:
    notes = plausibility_notes(build_inputs(entry))
    assert [(n.field, n.direction) for n in notes] == expected


ENTRIES = st.builds(
    EntryText,
    ferritin=st.sampled_from(["900", ">40000", "≤120", "4420.5", "9931", "0.5"]),
    ferritin_unit=st.sampled_from(["ng/mL", "µg/L", "pmol/L", "µg/dL"]),
    hla_dr=st.sampled_from([None, "2600", "<5000", "12000.75", "45"]),
    hla_dr_unit=st.sampled_from(["AB/C", "MFI"]),
    age=st.sampled_from([None, "64", ">90", "17.5"]),
    ferritin_sampled=st.sampled_from([None, "2026-11-20T06:00+01:00", "2026-11-20 06:00:30Z"]),
    hla_dr_sampled=st.sampled_from([None, "2026-11-20T06:10-05:00"]),
    hla_dr_processed=st.sampled_from([None, "2026-11-20T09:10-05:00"]))


@given(ENTRIES, st.booleans())
def test_a_stored_assessment_reads_back_into_the_same_inputs(entry: EntryText,
                                                              comma: bool) -> None:
    """Value, comparator, unit and times survive; only the spelling of a number may change."""
    inputs = build_inputs(entry)
    again = build_inputs(entry_text_of_record(inputs_to_dict(inputs), decimal_comma=comma),
                         decimal_comma=comma)

    def essence(i):  # type: ignore[no-untyped-def]
        f, h, age = i.ferritin, i.hla_dr, i.age_years
        return ((f.value.comparator, f.value.value, f.unit, f.sampled_at) if f else None,
                (h.value.comparator, h.value.value, h.unit, h.sampled_at, h.processed_at)
                if h else None,
                (age.comparator, age.value) if age else None)

    assert essence(again) == essence(inputs)
    assert classify(again, now=T0).phenotype == classify(inputs, now=T0).phenotype


def test_reassess_uses_the_time_of_the_assessment() -> None:
    entry = EntryText(ferritin="900", hla_dr="2600", age="60",
                      ferritin_sampled=(T0 + timedelta(days=2)).isoformat())
    stored = inputs_to_dict(build_inputs(entry))
    then = reassess(stored, assessed_at=T0 + timedelta(days=3))
    assert then.phenotype is not None  # not "in the future" relative to its own save time
    early = reassess(stored, assessed_at=T0)
    assert early.phenotype is None and differs_from_stored(
        early, status="classified", phenotype="immunoparalysis")
    assert not differs_from_stored(then, status="classified", phenotype="immunoparalysis")


def test_patients_overview_recent_first_current_versions_only(tmp_path) -> None:
    def a(ferritin: str):  # type: ignore[no-untyped-def]
        return classify(build_inputs(EntryText(ferritin=ferritin, hla_dr="2600", age="60")))

    with open_store(tmp_path, training=False) as s:
        s.save_assessment("BED_1", a("900"), evidence_version=None, now=T0)
        wrong = s.save_assessment("BED_1", a("9000"), evidence_version=None,
                                  now=T0 + timedelta(hours=1))
        s.correct_assessment(wrong, a("950"), reason="typo", evidence_version=None,
                             now=T0 + timedelta(hours=2))
        s.save_assessment("Bed-2", a("12500"), evidence_version=None,
                          now=T0 + timedelta(hours=3))
        gone = s.save_assessment("ICU%3", a("900"), evidence_version=None, now=T0)
        s.mark_entered_in_error(gone, reason="wrong patient", now=T0)
        rows = s.patients_overview()
        assert [r.identifier for r in rows] == ["Bed-2", "BED_1", "ICU%3"]
        assert [r.assessments for r in rows] == [1, 2, 0]  # corrected/erroneous not counted
        assert rows[0].last_phenotype == "mals" and rows[1].last_phenotype == "immunoparalysis"
        assert rows[2].last_date is None and rows[2].last_status is None
        assert [r.identifier for r in s.patients_overview("bed")] == ["Bed-2", "BED_1"]
        assert [r.identifier for r in s.patients_overview("_")] == ["BED_1"]  # literal _
        assert [r.identifier for r in s.patients_overview("%")] == ["ICU%3"]
        assert len(s.patients_overview(limit=1)) == 1
