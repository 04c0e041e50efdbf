"""Every bundled training case classifies, through the core, exactly as the case says it does."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_app.core.phenotype import Phenotype, Status, classify
from desktop_app.services.demo import (
    DemoDataError,
    load_demo_cases,
    parse_demo_cases,
)
from desktop_app.services.entry import build_inputs

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
CASES = load_demo_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_classifies_as_stated(case) -> None:  # type: ignore[no-untyped-def]
    a = classify(build_inputs(case.entry, local_zone=UTC), now=NOW)
    assert a.status is case.expected.status
    assert a.phenotype is case.expected.phenotype
    assert case.expected.reason in a.reason_codes()
    assert set(a.warning_codes()) == set(case.expected.warnings)
    assert case.expected.matches(a)
    assert case.note.strip() and case.title.strip()


def test_cases_cover_what_training_needs() -> None:
    reasons = {c.expected.reason for c in CASES}
    phenotypes = {c.expected.phenotype for c in CASES}
    warnings = {w for c in CASES for w in c.expected.warnings}
    units = {c.entry.ferritin_unit for c in CASES if c.entry.ferritin}
    assert phenotypes == {*Phenotype, None}
    assert {"both_criteria_met", "ferritin_missing", "ferritin_indeterminate", "hla_dr_missing",
            "hla_dr_not_ab_per_cell", "hla_dr_indeterminate", "age_under_18"} <= reasons
    assert {"ferritin_near_threshold", "hla_dr_near_threshold", "samples_far_apart"} <= warnings
    assert {"pmol/L", "µg/L", "µg/dL"} <= units
    censored_deciding = [c for c in CASES if c.expected.status is Status.CLASSIFIED
                         and any((v or "").startswith(("<", ">"))
                                 for v in (c.entry.ferritin, c.entry.hla_dr))]
    assert censored_deciding


def test_every_value_has_an_explicit_unit() -> None:
    for c in CASES:
        assert not c.entry.ferritin or c.entry.ferritin_unit, c.id
        assert not c.entry.hla_dr or c.entry.hla_dr_unit, c.id


def test_identifiers_are_visibly_fake_and_unique() -> None:
    assert all(c.id.startswith("DEMO-") for c in CASES)
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("bad", [
    {"schema": 2, "cases": []},
    {"schema": 1, "cases": [{"id": "MRN-123"}]},
    {"schema": 1, "cases": [{"id": "DEMO-001", "title": "t", "topic": "t", "note": "n",
                             "entry": {"ferritn": "1"}, "expected": {}}]},
])
def test_malformed_demo_data_is_refused(bad) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DemoDataError):
        parse_demo_cases(bad)
