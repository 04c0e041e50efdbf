"""The column-wise wide reader and batch facts equal the one-row, one-sample core path.

For generated wide files (plain and censored values, every unit, decimal commas, ages at and
around 18 and the plausible limit, times in ISO and other forms, DST days, odd identifiers,
duplicates): every row the column-wise reader keeps is the sample ``WideRows.read`` makes of
it, every row it rejects is rejected with the same reasons, each sample's fact codes are
``core.decision.facts_of``'s, its texts ``core.wording.texts_of``'s, and the batch decision is
``classify``'s.  This is the proof that a batch never decides differently from ``classify``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.decision import facts_of
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.values import ParsedValue
from desktop_app.core.wording import texts_of
from desktop_app.lab_import import ImportOptions, LabFileError, open_lab_file
from desktop_app.lab_import.wide import WideRows
from desktop_app.services.cohort import cohort_of

NOW = datetime(2025, 12, 1, 12, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")

values = st.one_of(
    st.sampled_from(["4420", "4420.0", "4420.00000000000000000001", "4419.99999999999999999999",
                     "3978", "4862", "5000", "4250", "5750", "100", "99.9", "9931.74", "442",
                     "0", "04420", "12", "<5", ">40000", ">=4420", "<=4421", ">4419", " 100",
                     "≥5000", "n.b.", "", "", "1e4", "-5", "4,420", "4420,5", "0,125",
                     "1.234,5", "04420,0"]),
    st.integers(0, 20000).map(str),
    st.tuples(st.integers(0, 9999), st.integers(0, 99)).map(lambda t: f"{t[0]}.{t[1]:02d}"))
ages = st.sampled_from(["", "18", "17", "17.99", "<18", ">17", "<=18", ">=18", "60", "125",
                        "126", "200", "<0", ">130", "abc", "-1", "0"])
units_f = st.sampled_from(["ng/mL", "µg/L", "ug/L", "pmol/L", "µg/dL", "", "mg/L"])
units_h = st.sampled_from(["AB/C", "AB/C", "%", "MFI", "", "cells"])
times = st.sampled_from(["2025-03-01T08:00", "2025-03-01T08:00:30", "2025-03-30T02:30",
                         "2025-10-26T02:30", "2025-03-30T12:00", "2099-01-01T00:00",
                         "2025-03-01T08:00+05:30", "2025-03-01 08:00", "01.03.2025 08:00",
                         "9999-12-31T23:59", "1899-12-31T23:00", "2025-03-01", "", "45731"])
ids = st.sampled_from(["P1", "P2", "P3", " P1 ", "P\u200d1", "=1+1", "", "Müller", "P" * 70])
row = st.tuples(ids, times, values, units_f, values, units_h, ages)


def _stripped(inputs: PatientInputs) -> PatientInputs:
    def text(v: ParsedValue) -> ParsedValue:
        return replace(v, text=v.text.strip())

    f, h, a = inputs.ferritin, inputs.hla_dr, inputs.age_years
    # replace(), not a new PatientInputs: every other field (a "not determined" word ...) kept
    return replace(inputs, ferritin=f and replace(f, value=text(f.value)),
                   hla_dr=h and replace(h, value=text(h.value)), age_years=a and text(a))


def _file(tmp: Path, rows: list[tuple[str, ...]]) -> Path:
    lines = ["Patient ID;Sample time;Ferritin;Ferritin unit;HLA-DR;HLA-DR unit;Age"]
    lines += [";".join(r) for r in rows]
    path = tmp / "labs.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(row, min_size=1, max_size=25), st.booleans())
def test_columnar_batch_equals_the_core_row_by_row(tmp_path_factory, rows,  # type: ignore[no-untyped-def]
                                                   decimal_comma: bool) -> None:
    path = _file(tmp_path_factory.mktemp("labs"), rows)
    try:
        lab = open_lab_file(path, ImportOptions(local_zone=BERLIN, decimal_comma=decimal_comma,
                                                delimiter=";"))
    except LabFileError:
        return
    result = cohort_of(lab, now=NOW)
    assert result.balanced
    scalar = WideRows(lab.table, lab.fields, decimal_comma=lab.decimal_comma,
                      ferritin_units=lab.units["ferritin"], hla_dr_units=lab.units["hla_dr"])
    samples = result.samples
    assert samples is not None
    kept = {int(r): k for k, r in enumerate(samples.first_row.tolist())}
    rejected = {r.row: r for r in result.rejected_rows}
    assert len(kept) + len(rejected) == lab.rows_read
    for i, number in enumerate(lab.table.row_numbers):
        got = scalar.read(i)
        if number in rejected:
            if not isinstance(got, list):
                continue  # rejected for the file as a whole (duplicate group, identity)
            codes = [x.code for x in rejected[number].reasons]
            assert codes[-len(got):] == [x.code for x in got]
            continue
        assert not isinstance(got, list), (number, got)
        k = kept[number]
        inputs = samples.inputs(k)
        assert inputs == _stripped(got)  # the table keeps a value's text as entered, stripped
        assert samples.facts[k].tolist() == list(facts_of(inputs, now=NOW).codes)
        assert samples.input_texts(k) == texts_of(inputs)
        result.assessment(k)  # raises DecisionMismatch if the batch decided otherwise
