"""Wrong-patient and stale-sample protection (hazards H12, H13): duplicates and conflicts are
reported, ids are compared exactly, pairing is by time within the window, never by row order."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

HEADER = "MRN,Sample time,Ferritin (ng/mL),HLA-DR [AB/C],Geburtsdatum\n"
LONG_HEADER = "MRN,Test,Value,Unit,Sample time\n"


def test_same_result_written_differently_is_a_duplicate(write, cohort, table) -> None:
    path = write(HEADER + "A,2025-03-01T08:00,4420,3000,\nA,2025-03-01 08:00:00,4420.0,3000.00,\n")
    assert table(cohort(path)) == {2: ("immunoparalysis", (2,)),
                                   3: ("rejected", ("duplicate_result",))}


def test_same_instant_in_another_offset_is_the_same_time(write, cohort, table) -> None:
    path = write(HEADER + "A,2025-03-01T08:00+01:00,100,3000,\nA,2025-03-01T07:00Z,200,3000,\n")
    assert table(cohort(path)) == {2: ("rejected", ("conflicting_results",)),
                                   3: ("rejected", ("conflicting_results",))}


def test_ids_are_compared_exactly_but_for_surrounding_spaces(write, cohort, table) -> None:
    rows = ("0123,2025-03-01T08:00,100,3000,\n123,2025-03-01T08:00,200,6000,\n"
            " 0123 ,2025-03-01T08:00,100,3000,\np123,2025-03-01T08:00,5000,3000,\n"
            "P123,2025-03-01T08:00,100,3000,\n")
    result = cohort(write(HEADER + rows))
    assert table(result) == {2: ("immunoparalysis", (2,)), 3: ("unclassified", (3,)),
                             4: ("rejected", ("duplicate_result",)), 5: ("mals", (5,)),
                             6: ("immunoparalysis", (6,))}
    assert result.rejected_rows[0].patient_id == " 0123 "  # as written


def test_rows_without_sample_time_cannot_be_told_apart(write, cohort, table) -> None:
    path = write("MRN,Ferritin (ng/mL),HLA-DR [AB/C]\nA,100,3000\nA,200,3000\nB,100,3000\n")
    result = cohort(path)
    assert table(result) == {2: ("rejected", ("conflicting_results",)),
                             3: ("rejected", ("conflicting_results",)),
                             4: ("immunoparalysis", (4,))}
    assert "no_sample_time_column" in [n.code for n in result.settings.notes]


def test_one_id_with_two_dates_of_birth_rejects_all_its_rows(write, cohort, table) -> None:
    rows = ("A,2025-03-01T08:00,100,3000,1950-01-01\nA,2025-03-02T08:00,100,3000,1950-01-01\n"
            "A,2025-03-03T08:00,100,3000,1951-01-01\nB,2025-03-01T08:00,100,3000,1950-01-01\n")
    result = cohort(write(HEADER + rows))
    assert table(result) == {2: ("rejected", ("identity_conflict",)),
                             3: ("rejected", ("identity_conflict",)),
                             4: ("rejected", ("identity_conflict",)),
                             5: ("immunoparalysis", (5,))}


def _long_rows(spec: list[tuple[str, str, str, datetime]]) -> str:
    unit = {"Ferritin": "ng/mL", "HLA-DR": "AB/C"}
    return LONG_HEADER + "".join(f"{p},{t},{v},{unit[t]},{w.isoformat()}\n"
                                 for p, t, v, w in spec)


T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(("gap", "paired"), [
    (timedelta(hours=24) - timedelta(minutes=1), True),
    (timedelta(hours=24), True),
    (timedelta(hours=24) + timedelta(minutes=1), False),
    (-timedelta(hours=24) - timedelta(minutes=1), False),
    (-timedelta(hours=23, minutes=59), True),
])
def test_pairing_window_boundary(write, cohort, gap: timedelta, paired: bool) -> None:
    path = write(_long_rows([("A", "Ferritin", "100", T0), ("A", "HLA-DR", "3000", T0 + gap)]))
    result = cohort(path)
    assert [r.rows for r in result.rows] == ([(2, 3)] if paired else [(2,), (3,)])


def test_pairing_window_is_configurable(write, cohort) -> None:
    path = write(_long_rows([("A", "Ferritin", "100", T0),
                             ("A", "HLA-DR", "3000", T0 + timedelta(hours=30))]))
    wide = cohort(path, max_interval=timedelta(hours=36))
    assert [r.rows for r in wide.rows] == [(2, 3)]
    assert "samples_far_apart" in [f.code for f in wide.rows[0].findings]  # core warns > 24 h


def test_nearest_result_is_paired_first(write, cohort, table) -> None:
    spec = [("A", "Ferritin", "100", T0), ("A", "HLA-DR", "6000", T0 + timedelta(hours=10)),
            ("A", "HLA-DR", "3000", T0 + timedelta(hours=1)),
            ("A", "Ferritin", "200", T0 + timedelta(hours=12))]
    result = table(cohort(write(_long_rows(spec))))
    assert result[2] == ("immunoparalysis", (2, 4))
    assert result[3] == ("unclassified", (3, 5))


def test_never_pairs_across_patients_whatever_the_row_order(write, cohort) -> None:
    rng = random.Random(4)
    spec = []
    for n in range(30):
        when = T0 + timedelta(minutes=rng.randrange(0, 600))
        spec.append((f"P{n}", "Ferritin", str(100 + n), when))
        spec.append((f"P{(n * 7) % 30}x", "HLA-DR", "3000", when))  # other patients, same time
        spec.append((f"P{n}", "HLA-DR", str(6000 + n), when + timedelta(hours=2)))
    for _ in range(3):
        rng.shuffle(spec)
        result = cohort(write(_long_rows(spec)))
        for r in result.rows:
            inputs = r.assessment.inputs
            if inputs.ferritin and inputs.hla_dr:
                f = int(inputs.ferritin.value.value) - 100
                assert int(inputs.hla_dr.value.value) == 6000 + f, "cross-patient pairing"
                assert r.patient_id == f"P{f}"
        assert sum(len(r.rows) == 2 for r in result.rows) == 30


def test_equally_near_partners_are_not_paired(write, cohort) -> None:
    spec = [("A", "HLA-DR", "3000", T0), ("A", "Ferritin", "100", T0 + timedelta(hours=2)),
            ("A", "HLA-DR", "6000", T0 + timedelta(hours=4))]
    result = cohort(write(_long_rows(spec)))
    assert sorted(r.rows for r in result.rows) == [(2,), (3,), (4,)]
    assert all("pairing_ambiguous" in [f.code for f in r.findings] for r in result.rows)


def test_paired_rows_with_different_ages_are_rejected(write, cohort, table) -> None:
    text = ("MRN,Test,Value,Unit,Sample time,Age\nA,Ferritin,100,ng/mL,2025-03-01T08:00,60\n"
            "A,HLA-DR,3000,AB/C,2025-03-01T09:00,35\n")
    assert table(cohort(write(text))) == {2: ("rejected", ("identity_conflict",)),
                                          3: ("rejected", ("identity_conflict",))}


def test_a_bracket_in_the_test_name_is_never_a_unit(write, cohort, table) -> None:
    """Issue 14: the unit column always wins; a test-name bracket names an assay or is a
    label, never the unit (it once overrode the unit column and rejected good rows)."""
    text = ("MRN,Test,Value,Unit,Sample time\nA,Ferritin (pmol/l),9932,,2025-03-01T08:00\n"
            "A,HLA-DR,3000,AB/C,2025-03-01T09:00\nB,Ferritin (pmol/l),9932,ng/mL,"
            "2025-03-01T08:00\nC,Ferritin,100,,2025-03-01T08:00\n"
            "D,Ferritin (Roche Elecsys),5000,µg/L,2025-03-01T08:00\n")
    assert table(cohort(write(text))) == {
        2: ("rejected", ("unit_missing",)),  # the bracket is not read as pmol/L
        3: ("cannot", ("ferritin_missing",), (3,)),
        4: ("mals", (4,)),  # the unit column: 9932 ng/mL
        5: ("rejected", ("unit_missing",)),
        6: ("mals", (6,)),  # an assay name in brackets does not reject the row
    }
