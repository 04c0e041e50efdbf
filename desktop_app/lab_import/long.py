"""Long layout: one row per test result (test name or LOINC code, value, unit, time).

Identification cells (name, record number, date of birth: ``identity``) are checked per row
and per patient id before pairing; their problems reject the row.  Ferritin and HLA-DR of the
same patient are paired by sample time, nearest first, and only
within the configured interval (hazard H13); never by row order.  A result that has two equally
near partners is not paired (and says so).  Rows of other tests are rejected as "not used".
The unit comes from the unit column (or the unit option), never from the test name: a bracket
in a test name ("Ferritin (Roche Elecsys)") names an assay, not a unit.  A value the
laboratory reported as not determined ("n.b.", "pending") is a result without a value.

``settle`` (duplicates, then pairing) is shared with the HL7 and FHIR readers
(``message_table``), so results from messages are paired exactly as rows of a file.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop_app.core.findings import Finding, Hours, Text
from desktop_app.core.inputs import Ferritin, HlaDr, NotDetermined, PatientInputs
from desktop_app.core.values import ParsedValue
from desktop_app.lab_import.cells import CellProblem, ValueReader, cell_text
from desktop_app.lab_import.columns import HLA_DR_PERCENT_NAMES, SYNONYMS, split_header
from desktop_app.lab_import.duplicates import KeyIndex, resolve_groups
from desktop_app.lab_import.fields import AnalyteUnits, RowFields, Unit
from desktop_app.lab_import.identity import read_identity
from desktop_app.lab_import.model import ImportCancelled, RejectedRow, RowIssue, Sample
from desktop_app.lab_import.raw_table import CANCEL_CHECK_EVERY, Progress, RawTable, ShouldCancel

FERRITIN_LOINC = "2276-4"
_FERRITIN_NAMES = SYNONYMS["ferritin"] | {"22764", "loinc22764"}
_HLA_DR_NAMES = SYNONYMS["hla_dr"] | HLA_DR_PERCENT_NAMES
MAX_CANDIDATES_PER_PATIENT = 200_000


@dataclass(frozen=True)
class Measurement:
    """One usable result: ``key`` identifies the patient for pairing (the id without
    surrounding spaces; for messages also its issuer), ``value``/``unit`` as read, or
    ``absent`` -- the laboratory's word for a result reported without a value (then value
    and unit are None)."""

    index: int
    row: int
    patient_id: str
    key: str
    analyte: str  # "ferritin" | "hla_dr"
    when: datetime
    value: ParsedValue | None
    unit: Unit | None
    age: ParsedValue | None
    absent: str | None = None

    def signature(self) -> Hashable:
        """Equal for the same result (4420 and 4420.0 are the same)."""
        return ((self.value.comparator, self.value.value, self.unit) if self.value is not None
                else self.absent, (self.age.comparator, self.age.value) if self.age else None)

    def given(self) -> dict[str, object]:
        """This result as ``PatientInputs`` keywords."""
        if self.absent is not None:
            return {f"{self.analyte}_not_determined": NotDetermined(self.absent, self.when)}
        kind = Ferritin if self.analyte == "ferritin" else HlaDr
        return {self.analyte: kind(self.value, self.unit, self.when)}  # type: ignore[arg-type]


class LongRows:
    def __init__(self, table: RawTable, fields: RowFields, *, decimal_comma: bool,
                 units: dict[str, AnalyteUnits], max_interval: timedelta) -> None:
        m = fields.mapping
        self.table, self.fields, self.units = table, fields, units
        self.test_col, self.code_col = m.index("test"), m.index("test_code")
        self.test_header = m.header("test") or m.header("test_code") or "test"
        self.value_col = m.index("value")
        self.value_header = m.header("value") or "value"
        self.value_reader = ValueReader("value", self.value_header, decimal_comma)
        self.max_interval = max_interval
        fields.set_decimal_comma(decimal_comma)

    def analyte(self, cells: list[object]) -> tuple[str | None, str, bool]:
        """(analyte, or None for another test; the test as written; whether its name says
        "% positive monocytes").  A bracket in the name is part of the name, not a unit."""
        name = cell_text(cells[self.test_col]).strip() if self.test_col is not None else ""
        code = cell_text(cells[self.code_col]).strip() if self.code_col is not None else ""
        key = split_header(name).key
        by_name = ("ferritin" if key in _FERRITIN_NAMES else
                   "hla_dr" if key in _HLA_DR_NAMES else None)
        percent = key in HLA_DR_PERCENT_NAMES
        if code == FERRITIN_LOINC:
            if name and by_name != "ferritin":
                return "conflict", f"{name} / {code}", False
            return "ferritin", code, False
        return by_name, name or code, percent

    def read(self, i: int, cells: list[object]) -> Measurement | list[RowIssue]:
        f, issues = self.fields, []
        raw, key = f.patient(cells)
        pid_issue = f.patient_issue(raw)
        if pid_issue is not None:
            issues.append(pid_issue)
        analyte, test, percent = self.analyte(cells)
        if analyte == "conflict":
            return [RowIssue.worded("test_conflict", "test_name_loinc_disagree", self.test_header,
                                    where=self.test_header, test=test)]
        if analyte is None:
            if test:
                return [RowIssue.worded("other_test", "other_test.row", self.test_header,
                                        where=self.test_header, test=test)]
            return [RowIssue.worded("other_test", "other_test.empty", self.test_header,
                                    where=self.test_header)]
        when = f.time(cells, issues)
        if when is None and not issues:
            issues.append(RowIssue.worded("time_missing", "time_missing.row", f.time_header,
                                          where=f.time_header))
        value = unit = None
        cell = cells[self.value_col]  # type: ignore[index]
        absent = self.value_reader.not_determined(cell)
        if absent is None:
            try:
                value = self.value_reader.read(cell)
                if value is None:
                    issues.append(RowIssue.worded("value_missing", "value_missing.row",
                                                  self.value_header, where=self.value_header))
            except CellProblem as exc:
                issues.append(RowIssue.of(exc, self.value_header))
        if value is not None:
            unit = self._unit(analyte, cells, test if percent else None, issues)
        age = f.age(cells, issues)
        if issues:
            return issues
        assert when is not None and (value is not None or absent is not None)
        return Measurement(i, self.table.row_numbers[i], raw, key, analyte, when, value,
                           unit, age, absent)

    def _unit(self, analyte: str, cells: list[object], percent_name: str | None,
              issues: list[RowIssue]) -> Unit | None:
        """The unit column / override, as in wide layout.  A test named "% HLA-DR positive
        monocytes" with a unit in AB/C is refused: one of the two is wrong (hazard H03)."""
        units = self.units[analyte]
        try:
            unit = units.resolve(cells)
        except CellProblem as exc:
            issues.append(RowIssue.of(exc, units.unit_header))
            return None
        if percent_name and getattr(unit, "is_quantitative", False):
            issues.append(RowIssue.worded("test_conflict", "percent_test_quantitative_unit",
                                          self.test_header, where=self.test_header,
                                          test=percent_name, unit=unit.value))
            return None
        return unit

    # -- the whole table --------------------------------------------------------------------
    def outcomes(self, *, progress: Progress | None = None,
                 should_cancel: ShouldCancel | None = None) -> Iterator[Sample | RejectedRow]:
        table = self.table
        rejected: dict[int, RejectedRow] = {}
        kept: list[Measurement] = []
        identity = read_identity(table.columns, self.fields.mapping, self.fields.pid_col,
                                 table.row_numbers)
        cell_issues = identity.issues if identity is not None else {}
        total = len(table.rows)
        for i, cells in enumerate(table.rows):
            if i % CANCEL_CHECK_EVERY == 0:
                if should_cancel is not None and should_cancel():
                    raise ImportCancelled()
                if progress is not None:
                    progress(i, total)
            got = self.read(i, cells)
            shape = table.shape_issues.get(i)
            who = cell_issues.get(i, [])
            if isinstance(got, list) or shape is not None or who:
                raw = self.fields.patient(cells)[0]
                reasons = (([shape] if shape else []) + who
                           + (got if isinstance(got, list) else []))
                rejected[i] = RejectedRow(table.row_numbers[i], raw if raw.strip() else None,
                                          tuple(reasons))
                continue
            kept.append(got)
        samples, refused = settle(kept, self.max_interval)
        rejected.update(refused)
        if identity is not None:
            samples = [s.identified(identity.of(s.patient_id.strip())) for s in samples]
        yield from _merge(samples, rejected, table.row_numbers)
        if progress is not None:
            progress(total, total)


def settle(kept: list[Measurement], max_interval: timedelta, *,
           identity: dict[str, RowIssue] | None = None
           ) -> tuple[list[Sample], dict[int, RejectedRow]]:
    """Duplicates, then pairing: the samples (by first row) and the rejected measurements
    (by ``Measurement.index``).  Per patient key, test and time, identical results keep the
    first and reject the others (``duplicate_result``), differing ones are all rejected
    (``conflicting_results``); ``identity`` rejects every result of a patient key (e.g. two
    dates of birth).  The rest is paired by ``pair_measurements``."""
    index = KeyIndex()
    for k, m in enumerate(kept):
        index.add((m.key, m.analyte, m.when), k)
    index.release()
    dup = resolve_groups(index.groups, lambda k: kept[k].signature(), lambda k: kept[k].row,
                         "test_time")
    identity = identity or {}
    rejected: dict[int, RejectedRow] = {}
    usable = []
    for k, m in enumerate(kept):
        issue = dup.get(k) or identity.get(m.key)
        if issue is not None:
            rejected[m.index] = RejectedRow(m.row, m.patient_id, (issue,))
        else:
            usable.append(m)
    samples, refused = pair_measurements(usable, max_interval)
    rejected.update(refused)
    return sorted(samples, key=lambda s: s.rows[0]), rejected


def _merge(samples: list[Sample], rejected: dict[int, RejectedRow],
           numbers: list[int]) -> Iterator[Sample | RejectedRow]:
    """Samples and rejections in order of their first row."""
    rej = [rejected[i] for i in sorted(rejected)]
    a = b = 0
    while a < len(samples) or b < len(rej):
        if b >= len(rej) or (a < len(samples) and samples[a].rows[0] < rej[b].row):
            yield samples[a]
            a += 1
        else:
            yield rej[b]
            b += 1


Refused = list[tuple[int, RejectedRow]]  # (row index, rejection)


def pair_measurements(items: list[Measurement],
                      window: timedelta) -> tuple[list[Sample], Refused]:
    """Pair each patient's ferritin with HLA-DR results: nearest in time first, within
    ``window`` (inclusive); ties leave the rows unpaired, each becoming its own sample.
    Rows that cannot be paired safely (ages that disagree, too many candidates) are refused."""
    by_patient: dict[str, list[Measurement]] = {}
    for m in items:
        by_patient.setdefault(m.key, []).append(m)
    out: list[Sample] = []
    refused: Refused = []
    for group in by_patient.values():
        out += _pair_patient(group, window, refused)
    return out, refused


def _refuse(group: list[Measurement], refused: Refused, issue: RowIssue) -> None:
    refused.extend((m.index, RejectedRow(m.row, m.patient_id, (issue,))) for m in group)


def _pair_patient(group: list[Measurement], window: timedelta,
                  refused: Refused) -> list[Sample]:
    fer = sorted((m for m in group if m.analyte == "ferritin"), key=lambda m: m.when)
    hla = sorted((m for m in group if m.analyte == "hla_dr"), key=lambda m: m.when)
    h_times = [m.when for m in hla]
    cands: list[tuple[timedelta, int, int]] = []
    for fi, f in enumerate(fer):
        lo, hi = bisect_left(h_times, f.when - window), bisect_right(h_times, f.when + window)
        cands += [(abs(f.when - hla[hj].when), fi, hj) for hj in range(lo, hi)]
        if len(cands) > MAX_CANDIDATES_PER_PATIENT:
            _refuse(group, refused, RowIssue.worded("too_many_results", "too_many_results"))
            return []
    used_f: dict[int, int] = {}
    used_h: dict[int, int] = {}
    notes: dict[tuple[str, int], Finding] = {}
    cands.sort()
    start = 0
    while start < len(cands):
        end = start
        while end < len(cands) and cands[end][0] == cands[start][0]:
            end += 1
        open_ = [(fi, hj) for _, fi, hj in cands[start:end]
                 if fi not in used_f and hj not in used_h]
        f_count: dict[int, int] = {}
        h_count: dict[int, int] = {}
        for fi, hj in open_:
            f_count[fi] = f_count.get(fi, 0) + 1
            h_count[hj] = h_count.get(hj, 0) + 1
        for fi, hj in open_:
            if f_count[fi] == 1 and h_count[hj] == 1:
                used_f[fi], used_h[hj] = hj, fi
        for fi, hj in open_:
            if f_count[fi] > 1 or h_count[hj] > 1:
                used_f.setdefault(fi, -1)
                used_h.setdefault(hj, -1)
                notes[("ferritin", fi)] = notes[("hla_dr", hj)] = Finding(
                    "pairing_ambiguous", (("first_row", Text(str(fer[fi].row))),
                                          ("second_row", Text(str(hla[hj].row)))))
        start = end
    out = []
    for fi, f in enumerate(fer):
        hj = used_f.get(fi, -1)
        if hj >= 0:
            h = hla[hj]
            if not _same_age(f, h):
                _refuse([f, h], refused, RowIssue.worded(
                    "identity_conflict", "identity_conflict.age", first_row=str(f.row),
                    second_row=str(h.row)))
                continue
            inputs = PatientInputs(age_years=f.age if f.age is not None else h.age,
                                   **f.given(), **h.given())  # type: ignore[arg-type]
            out.append(Sample(tuple(sorted((f.row, h.row))), f.patient_id, inputs, f.when))
        else:
            note = notes.get(("ferritin", fi)) or _unpaired("ferritin", window)
            out.append(Sample((f.row,), f.patient_id, PatientInputs(
                age_years=f.age, **f.given()), f.when, (note,)))  # type: ignore[arg-type]
    for hj, h in enumerate(hla):
        if used_h.get(hj, -1) < 0:
            note = notes.get(("hla_dr", hj)) or _unpaired("hla_dr", window)
            out.append(Sample((h.row,), h.patient_id, PatientInputs(
                age_years=h.age, **h.given()), h.when, (note,)))  # type: ignore[arg-type]
    return out


def _unpaired(analyte: str, window: timedelta) -> Finding:
    hours = window.total_seconds() / 3600
    return Finding("not_paired", (("max_interval", Hours(f"{hours:g}")),), analyte)


def _same_age(f: Measurement, h: Measurement) -> bool:
    if f.age is None or h.age is None:
        return True
    return (f.age.comparator, f.age.value) == (h.age.comparator, h.age.value)
