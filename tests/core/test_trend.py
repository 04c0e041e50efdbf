"""Serial measurements: ordering, phenotype transitions and the trend chart description."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from desktop_app.core.trend import (
    SerialAssessment,
    build_trend_chart,
    order_assessments,
    phenotype_transitions,
)

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def item(aid: int, day: float, phenotype: str | None, ferritin: str | None = "1000",
         hla: str | None = "3000", *, current: bool = True) -> SerialAssessment:
    return SerialAssessment(
        assessment_id=aid, when=T0 + timedelta(days=day),
        status="classified" if phenotype else "cannot_classify", phenotype=phenotype,
        ferritin_ng_ml=Decimal(ferritin) if ferritin is not None else None,
        hla_dr_ab_c=Decimal(hla) if hla is not None else None, current=current)


def test_order_is_by_time_across_time_zones_then_id():
    plus2 = timezone(timedelta(hours=2))
    a = SerialAssessment(1, datetime(2026, 11, 20, 9, 0, tzinfo=plus2), "classified", "mals")
    b = SerialAssessment(2, datetime(2026, 11, 20, 8, 0, tzinfo=UTC), "classified", "mals")
    c = SerialAssessment(3, datetime(2026, 11, 20, 8, 0, tzinfo=UTC), "classified", "mals")
    assert [x.assessment_id for x in order_assessments([c, b, a])] == [1, 2, 3]


def test_transitions_between_consecutive_classified_current_assessments():
    items = [item(4, 3, "mals"), item(1, 0, "immunoparalysis"), item(2, 1, None),
             item(3, 2, "immunoparalysis"), item(5, 4, "unclassified", current=False),
             item(6, 5, "mals")]
    transitions = phenotype_transitions(items)
    assert [(t.before, t.after, t.from_assessment_id, t.to_assessment_id) for t in transitions] \
        == [("immunoparalysis", "mals", 3, 4)]
    assert transitions[0].label == "immunoparalysis → MALS"
    assert transitions[0].at == T0 + timedelta(days=3)


def test_no_transition_for_a_single_or_constant_phenotype():
    assert phenotype_transitions([]) == ()
    assert phenotype_transitions([item(1, 0, "mals"), item(2, 1, "mals")]) == ()


def test_chart_description():
    items = [item(2, 1, "mals", "6000", None), item(1, 0, "immunoparalysis", "2000", "3000"),
             item(3, 2, "mals", "9000", "4000", current=False),
             item(4, 3, "unclassified", "0", "9000")]
    chart = build_trend_chart(items)
    assert [(p.assessment_id, p.value) for p in chart.ferritin] == [(1, 2000.0), (2, 6000.0)]
    assert [(p.assessment_id, p.value) for p in chart.hla_dr] == [(1, 3000.0), (4, 9000.0)]
    assert {(t.analyte, t.value, t.unit) for t in chart.thresholds} == {
        ("ferritin", 4420.0, "ng/mL"), ("hla_dr", 5000.0, "AB/C")}
    assert [t.label for t in chart.transitions] == ["immunoparalysis → MALS",
                                                   "MALS → unclassified"]
    assert chart.notes and "0 ng/mL" in chart.notes[0]
    text = " ".join(chart.reversal_notes)
    assert "HLA-DR > 8000 AB/C with ferritin < 4420 ng/mL" in text
    assert "15 %" in text and "not been verified" in text
    assert not chart.is_empty and build_trend_chart([]).is_empty


def test_sample_time_of_each_analyte_places_its_point():
    f_time, h_time = T0 + timedelta(hours=1), T0 + timedelta(hours=5)
    a = SerialAssessment(1, T0, "classified", "mals", Decimal(5000), ">", f_time,
                         Decimal(3000), "=", h_time)
    chart = build_trend_chart([a])
    assert (chart.ferritin[0].when, chart.ferritin[0].comparator) == (f_time, ">")
    assert chart.hla_dr[0].when == h_time


def test_naive_times_are_refused():
    with pytest.raises(ValueError, match="time zone"):
        order_assessments([SerialAssessment(1, datetime(2026, 1, 1), "classified", "mals")])
