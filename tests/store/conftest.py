"""Fixtures for the record store: a fresh data folder, a fixed clock, assessments to save."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core.phenotype import Assessment, classify
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.records import Store, open_store

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"  # not created yet: open_store must create it owner-only


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = open_store(data_dir, training=False, os_user="nurse1")
    yield s
    s.close()


MakeAssessment = Callable[..., Assessment]


@pytest.fixture
def make_assessment() -> MakeAssessment:
    """``make_assessment("5000", "3000", day=2)``: values sampled on T0 + day days."""

    def make(ferritin: str | None, hla_dr: str | None = None, *, day: float | None = 0,
             ferritin_unit: str = "ng/mL", hla_dr_unit: str = "AB/C") -> Assessment:
        when = None if day is None else (T0 + timedelta(days=day)).isoformat()
        entry = EntryText(ferritin=ferritin, ferritin_unit=ferritin_unit, hla_dr=hla_dr,
                          hla_dr_unit=hla_dr_unit, age="60",
                          ferritin_sampled=when if ferritin else None,
                          hla_dr_sampled=when if hla_dr else None)
        return classify(build_inputs(entry), now=T0 + timedelta(days=30))

    return make
