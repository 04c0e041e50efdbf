"""A wide-layout file read column-wise into a ``SampleTable`` and its rejected rows.

Every data row ends as one sample (in row order) or one ``RejectedRow``.  The columns are read
by ``wide_cells``; a row with any cell that cannot be used, no value, a ragged shape, or that
belongs to a duplicate or conflicting group (same patient and sample time), or whose
identification cells are unusable or disagree with another row of its patient id
(``identity``), is rejected with the reasons ``WideRows.read`` words for it.  The
facts of each sample are computed here in columns (``core.facts`` codes): comparators, the
exact sign of every comparison (``vectors.compare``, or the core's ``analyte_facts`` for a
value read by the scalar reader), and the sample-time facts.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import UTC, datetime, timedelta

import numpy as np

from desktop_app.core.decision import fact_layout
from desktop_app.core.facts import FIXED_FACTS, SIGN_CODES, FactKind, Sign, encode
from desktop_app.core.rules import AssessmentOptions, RuleSet
from desktop_app.core.values import MAX_PLAUSIBLE_AGE
from desktop_app.core.wording import TEXT_FIELDS, hours
from desktop_app.lab_import.duplicates import resolve_groups
from desktop_app.lab_import.identity import IdentityColumns, read_identity
from desktop_app.lab_import.model import ImportCancelled, RejectedRow, RowIssue
from desktop_app.lab_import.raw_table import Progress, ShouldCancel
from desktop_app.lab_import.samples import CATEGORIES, HLA_DR_UNITS, SampleTable
from desktop_app.lab_import.wide import WideRows
from desktop_app.lab_import.wide_cells import (
    NO_TIME,
    NOT_DETERMINED,
    PROBLEM,
    VALUE,
    Times,
    Values,
    ferritin_texts,
    read_ids,
    read_times,
    read_units,
    read_values,
    value_facts,
)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


class _Steps:
    """Progress and cancel between the column passes."""

    def __init__(self, n: int, progress: Progress | None, should_cancel: ShouldCancel | None,
                 passes: int) -> None:
        self.n, self.progress, self.should_cancel = n, progress, should_cancel
        self.passes, self.done = passes, 0

    def __call__(self) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise ImportCancelled()
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.n, self.n * self.done // self.passes), self.n)


def read_wide(lab: object, *, ruleset: RuleSet, options: AssessmentOptions,
              now: datetime | None, progress: Progress | None = None,
              should_cancel: ShouldCancel | None = None
              ) -> tuple[SampleTable, list[RejectedRow]]:
    """The samples and rejected rows of a wide-layout ``reader.LabFile``, both in row order."""
    table, fields = lab.table, lab.fields  # type: ignore[attr-defined]
    units = lab.units  # type: ignore[attr-defined]
    n = table.n_rows
    rows = WideRows(table, fields, decimal_comma=lab.decimal_comma,  # type: ignore[attr-defined]
                    ferritin_units=units["ferritin"], hla_dr_units=units["hla_dr"])
    step = _Steps(n, progress, should_cancel, passes=6)
    cols = table.columns
    text = table.kind == "csv"  # every cell of a text file is a string
    step.done = -1
    step()
    raw, keys, pid_problem = read_ids(cols[fields.pid_col], fields.patient_issue, text=text)
    step()
    times = read_times(None if fields.time_col is None else cols[fields.time_col], n,
                       fields.time_reader, text=text)
    step()
    none = _absent(n)
    f = none if rows.f_col is None else read_values(cols[rows.f_col], rows.f_reader, text=text)
    h = none if rows.h_col is None else read_values(cols[rows.h_col], rows.h_reader, text=text)
    age = none if fields.age_col is None else read_values(
        cols[fields.age_col], fields.age_reader, text=text, max_value=MAX_PLAUSIBLE_AGE)
    step()
    f_unit, f_unit_problem = read_units(units["ferritin"], cols, n, "ferritin")
    h_unit, h_unit_problem = read_units(units["hla_dr"], cols, n, "hla_dr")
    problem = pid_problem | times.problem
    for v in (f, h, age):
        problem |= v.state == PROBLEM
    problem |= ((f.state == VALUE) & f_unit_problem) | ((h.state == VALUE) & h_unit_problem)
    if fields.age_unit_problem is not None:
        problem |= age.state == VALUE
    problem |= ~f.given & ~h.given
    if table.shape_issues:
        problem[list(table.shape_issues)] = True
    step()
    pre = {i: [issue] for i, issue in
           _duplicates(rows, keys, times, table.row_numbers).items()}
    identity = read_identity(cols, fields.mapping, fields.pid_col, table.row_numbers)
    if identity is not None:
        for i, issues in identity.issues.items():
            pre.setdefault(i, []).extend(issues)
    rejected_at = np.flatnonzero(problem).tolist()
    if pre:
        rejected_at = sorted(set(rejected_at) | set(pre))
    rejected = [_rejected(rows, i, raw[i], pre.get(i, [])) for i in rejected_at]
    step()
    keep = np.ones(n, bool)
    keep[rejected_at] = False
    sample_table = _table(keep, table.row_numbers, raw, times, f, h, age, f_unit, h_unit,
                          ruleset=ruleset, options=options, now=now)
    if identity is not None:
        sample_table.identity = _identity_columns(identity, keys, keep)
    step()
    return sample_table, rejected


def _absent(n: int) -> Values:
    return Values(np.zeros(n, np.int8), np.zeros(n, np.int8), [""] * n, [""] * n,
                  np.zeros(n, bool), None, {})


def _rejected(rows: WideRows, i: int, raw: str, pre: list[RowIssue]) -> RejectedRow:
    got = rows.read(i)
    shape = rows.table.shape_issues.get(i)
    extra = ([shape] if shape is not None else []) + pre
    reasons = tuple(extra + (got if isinstance(got, list) else []))
    return RejectedRow(rows.table.row_numbers[i], raw if raw.strip() else None, reasons)


def _duplicates(rows: WideRows, keys: list[str], times: Times,
                numbers: list[int]) -> dict[int, RowIssue]:
    """Rows with the same patient key and sample time (the same instant, whatever the
    notation): identical results keep the first, differing ones are all rejected."""
    n = len(keys)
    include = np.fromiter((bool(k) for k in keys), bool, n) & ~times.problem
    code = times.us
    values, counts = np.unique(code[include], return_counts=True)
    repeated = values[counts > 1]
    if not len(repeated):
        return {}
    candidate = include & np.isin(code, repeated)
    groups: dict[tuple[str, int], list[int]] = {}
    for i in np.flatnonzero(candidate).tolist():
        groups.setdefault((keys[i], int(code[i])), []).append(i)
    groups = {k: v for k, v in groups.items() if len(v) > 1}

    def signature(i: int) -> Hashable | None:
        return rows.signature(i)

    return resolve_groups(groups, signature, numbers.__getitem__,  # type: ignore[arg-type]
                          "sample_time")


def _identity_columns(identity: IdentityColumns, keys: list[str],
                      keep: np.ndarray) -> dict[str, list[str]]:
    """Per kept sample, its patient's identification (field -> column of texts)."""
    return identity.columns([keys[i] for i in np.flatnonzero(keep).tolist()])


def _table(keep: np.ndarray, numbers: list[int], raw: list[str], times: Times, f: Values,
           h: Values, age: Values, f_unit: np.ndarray, h_unit: np.ndarray, *,
           ruleset: RuleSet, options: AssessmentOptions,
           now: datetime | None) -> SampleTable:
    n = len(keep)
    layout = fact_layout(ruleset, options)
    has_f, has_h = f.state == VALUE, h.state == VALUE
    f_nd, h_nd = f.state == NOT_DETERMINED, h.state == NOT_DETERMINED
    timed = times.us != NO_TIME
    usable = np.fromiter((u is not None and u.is_quantitative for u in HLA_DR_UNITS),
                         bool)[h_unit]
    facts = np.zeros((n, len(layout.names)), np.int8)
    columns: dict[str, np.ndarray] = {}
    columns.update(value_facts(f, f_unit, "ferritin", layout, np.ones(n, bool)))
    columns.update(value_facts(h, h_unit, "hla_dr", layout, usable))
    columns.update(value_facts(age, np.zeros(n, np.int8), "age", layout, np.ones(n, bool)))
    if now is not None:
        limit = (now + options.future_tolerance - _EPOCH) // _MICROSECOND
        future = _sign_codes(np.where(timed, times.us, limit) - limit)
        columns["ferritin_sampled_vs_now"] = np.where(has_f & timed, future, 0)
        columns["hla_dr_sampled_vs_now"] = np.where(has_h & timed, future, 0)
    flag = encode(FactKind.FLAG, True)
    columns["ferritin_not_determined"] = np.where(f_nd, flag, 0)
    columns["hla_dr_not_determined"] = np.where(h_nd, flag, 0)
    gap_limit = options.max_sample_interval // _MICROSECOND
    both = has_f & has_h & timed
    columns["sample_gap_vs_max_interval"] = np.where(both, _sign_codes(
        np.zeros(n, np.int64) - gap_limit), 0)
    for k, name in enumerate(layout.names):
        if name in columns:
            facts[:, k] = columns[name]
        elif name not in dict(FIXED_FACTS):
            raise ValueError(f"no column for fact {name}")
    ng_ml, shown, approximate = ferritin_texts(f, f_unit, ruleset)
    gap_text = hours(timedelta(0), options.max_sample_interval)[0]
    texts = {
        "f_entered": f.entered, "f_value": f.value, "f_ng_ml": ng_ml, "f_shown": shown,
        "f_sampled": _where(f.given, times.iso), "h_entered": h.entered, "h_value": h.value,
        "h_sampled": _where(h.given, times.iso), "h_processed": [""] * n,
        "a_entered": age.entered, "a_value": age.value,
        "gap": _where(both, [gap_text] * n), "delay": [""] * n,
        "f_not_determined": f.words(), "h_not_determined": h.words(),
    }
    assert set(texts) == set(TEXT_FIELDS)
    categories = {
        "f_unit": np.where(has_f, f_unit, 0), "f_comparator": f.comparator,
        "f_approximate": approximate, "h_unit": np.where(has_h, h_unit, 0),
        "h_comparator": h.comparator, "a_comparator": age.comparator,
        "gap_approximate": np.zeros(n, bool), "delay_approximate": np.zeros(n, bool),
    }
    assert set(categories) == {name for name, _, _ in CATEGORIES}
    index = np.flatnonzero(keep)
    every = len(index) == n
    take = (lambda col: col) if every else (lambda col: [col[i] for i in index.tolist()])
    return SampleTable(
        layout, np.asarray(numbers, np.int64)[index], take(raw),
        take(times.iso), {k: take(v) for k, v in texts.items()},
        {k: np.asarray(v, np.int8)[index] for k, v in categories.items()}, facts[index])


def _sign_codes(difference: np.ndarray) -> np.ndarray:
    return np.where(difference > 0, SIGN_CODES[Sign.ABOVE],
                    np.where(difference < 0, SIGN_CODES[Sign.BELOW],
                             SIGN_CODES[Sign.EQUAL])).astype(np.int8)


def _where(mask: np.ndarray, texts: list[str]) -> list[str]:
    """``texts`` where ``mask``, "" elsewhere."""
    if mask.all():
        return texts
    out = np.array(texts, dtype=object)
    out[~mask] = ""
    return out.tolist()
