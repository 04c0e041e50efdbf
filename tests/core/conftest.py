from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.core.phenotype import Assessment, classify
from desktop_app.services.entry import EntryText, build_inputs

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def assess(ferritin: str | None = None, ferritin_unit: str = "ng/mL", hla_dr: str | None = None,
           hla_dr_unit: str = "AB/C", age: str | None = "60", **times: str) -> Assessment:
    text = EntryText(ferritin=ferritin, ferritin_unit=ferritin_unit, hla_dr=hla_dr,
                     hla_dr_unit=hla_dr_unit, age=age, **times)
    return classify(build_inputs(text, local_zone=UTC), now=NOW)


@pytest.fixture
def now() -> datetime:
    return NOW


__all__ = ["NOW", "assess", "timedelta"]
