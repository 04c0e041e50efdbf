"""Which data lines the fast lane decides itself, and the reference path for all the others.

Every line ends in exactly one of three states: blank (as ``RowCollector`` counts it), FAST
(read and decided here, vectorised), or REFERENCE (validated by ``wide.WideRows`` and
classified by ``core.phenotype.classify``, exactly as the reference path does).  A line is FAST
only when every one of its cells is in the narrow grammar of ``grammar.py`` and every decision
on it is provably the core's (see ``decide.py``); the settings (decimal separator, time format,
units, notes) come from the reference ``LabFile`` itself.  The file-wide checks -- duplicate or
conflicting results, several dates of birth for one patient id -- run over all lines, and every
line they concern goes to the reference path with the reference's issue.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np

from desktop_app.core.rules import AssessmentOptions
from desktop_app.lab_import.columns import map_columns
from desktop_app.lab_import.duplicates import identity_conflicts, resolve_groups
from desktop_app.lab_import.fast import decide
from desktop_app.lab_import.fast.source import SplitCsv, shape_line
from desktop_app.lab_import.model import (
    ImportOptions,
    ImportSettings,
    LabFileError,
    RowIssue,
    Sample,
)
from desktop_app.lab_import.raw_table import RawTable
from desktop_app.lab_import.reader import LabFile, Outcome
from desktop_app.lab_import.times import TimeProblem

# The reference's own value signature, so "duplicate" and "conflicting" mean the same here.
from desktop_app.lab_import.wide import WideRows, _value_signature

BLANK, FAST, REFERENCE = 0, 1, 2
_NO_TIME = np.iinfo(np.int64).min  # the key of a row without sample time
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)


class _ListedRows(WideRows):
    """``WideRows`` over a subset of the file's rows, with the file-wide issues precomputed."""

    def __init__(self, table: RawTable, lab: LabFile, issues: dict[int, RowIssue]) -> None:
        super().__init__(table, lab.fields, decimal_comma=lab.decimal_comma,
                         ferritin_units=lab.units["ferritin"], hla_dr_units=lab.units["hla_dr"])
        self._issues = issues

    def precheck(self) -> dict[int, RowIssue]:
        return self._issues


@dataclass
class FastBatch:
    """A planned file: settings, every line's state, the decided rows and the others."""

    split: SplitCsv
    lab: LabFile
    status: np.ndarray
    decided: decide.Decided
    reference_lines: list[int]
    reference_cells: list[list[object]]
    reference_issues: dict[int, RowIssue]  # by position in reference_lines

    @property
    def settings(self) -> ImportSettings:
        return self.lab.settings

    @property
    def rows_read(self) -> int:
        return int(np.count_nonzero(self.status != BLANK))

    @property
    def blank_rows(self) -> int:
        return int(np.count_nonzero(self.status == BLANK))

    def reference_outcomes(self) -> Iterator[tuple[int, Outcome]]:
        """(line, outcome) of every REFERENCE line, in row order."""
        rows = _ListedRows(self._table(self.reference_lines, self.reference_cells),
                           self.lab, self.reference_issues)
        yield from zip(self.reference_lines, rows.outcomes(), strict=True)

    def samples_of(self, lines: list[int]) -> list[Sample]:
        """What the reference path makes of FAST ``lines`` (each a ``Sample``)."""
        cells = [self.split.cells(i) for i in lines]
        got = list(_ListedRows(self._table(lines, cells), self.lab, {}).outcomes())
        assert all(isinstance(s, Sample) for s in got)
        return got  # type: ignore[return-value]

    def _table(self, lines: list[int], cells: list[list[object]]) -> RawTable:
        shape = {k: issue for k, i in enumerate(lines)
                 if (issue := self.split.irregular.get(i, (None, None))[1]) is not None}
        return RawTable("csv", self.lab.table.headers, cells, [i + 2 for i in lines],
                        shape_issues=shape)


def plan_batch(split: SplitCsv, options: ImportOptions, *, now: datetime,
               assessment_options: AssessmentOptions, triggers: bytes) -> FastBatch | None:
    """Decide every line of ``split``; None when the file is not for the fast lane.

    ``triggers``: the first bytes that make the exporter neutralise a text cell.
    """
    try:
        mapping = map_columns(split.headers, options.column_map, options.layout)
    except LabFileError:
        return None
    if mapping.layout != "wide":
        return None
    cells = decide.Cells.read(split, mapping, triggers)
    status = np.where(cells.candidate, FAST, REFERENCE)
    shaped: dict[int, list[object]] = {}
    for i in np.flatnonzero(status == REFERENCE).tolist():
        got = split.irregular[i][0] if i in split.irregular else shape_line(
            split.cells(i), split.width)[0]  # type: ignore[arg-type]
        if got is None:
            status[i] = BLANK
        else:
            shaped[i] = got
    detect = sorted(set(shaped) | set(cells.representatives()))
    table = RawTable("csv", split.headers, [shaped.get(i) or split.cells(i) for i in detect],
                     [i + 2 for i in detect], encoding=split.encoding,
                     delimiter=split.delimiter, notes=list(split.notes))
    try:
        lab = LabFile(split.path, table, options)
    except LabFileError:
        return None
    if lab.mapping != mapping or now.tzinfo is None:
        return None
    decided = decide.decide(cells, lab, now=now, options=assessment_options)
    status[(status == FAST) & ~decided.fast] = REFERENCE
    issues = _file_wide_issues(split, lab, cells, decided, status, shaped)
    for i in issues:
        status[i] = REFERENCE
    lines = np.flatnonzero(status == REFERENCE).tolist()
    ref_cells = [shaped[i] if i in shaped else split.cells(i) for i in lines]
    sub_issues = {k: issues[i] for k, i in enumerate(lines) if i in issues}
    return FastBatch(split, lab, status, decided, lines, ref_cells, sub_issues)


def _file_wide_issues(split: SplitCsv, lab: LabFile, cells: decide.Cells,
                      decided: decide.Decided, status: np.ndarray,
                      shaped: dict[int, list[object]]) -> dict[int, RowIssue]:
    """``WideRows.precheck`` over the whole file, by line: duplicates and identity."""
    fields = lab.fields
    keys: list[bytes | None] = list(cells.pid_text)
    codes = np.where(decided.has_time, decided.utc_us, _NO_TIME)
    include = status != BLANK
    for i in np.flatnonzero(status != FAST).tolist():
        if status[i] == BLANK:
            keys[i] = None
            continue
        row = shaped[i] if i in shaped else split.cells(i)
        key = fields.patient(row)[1]
        keys[i] = key.encode("utf-8")
        if not key:
            include[i] = False
            continue
        when = None
        if fields.time_col is not None:
            try:
                when = fields.time_reader.read(row[fields.time_col])
            except TimeProblem:
                include[i] = False
                continue
        codes[i] = _NO_TIME if when is None else (when - _EPOCH) // _MICRO
    groups = _groups(keys, codes, include)
    issues: dict[int, RowIssue] = {}
    if groups:
        members = sorted({i for g in groups.values() for i in g})
        for i in members:
            status[i] = REFERENCE
        sub = {i: k for k, i in enumerate(members)}
        rows = _ListedRows(RawTable("csv", split.headers,
                                    [shaped[i] if i in shaped else split.cells(i)
                                     for i in members], [i + 2 for i in members]), lab, {})

        def signature(k: int) -> Hashable | None:
            got = rows.read(k)
            return None if isinstance(got, list) else _value_signature(got)

        found = resolve_groups({key: [sub[i] for i in g] for key, g in groups.items()},
                               signature, lambda k: members[k] + 2, "sample time")
        issues = {members[k]: issue for k, issue in found.items()}
    if fields.dob_col is not None:
        for i, issue in _identity_issues(split, cells, keys, include, status, shaped,
                                         lab).items():
            issues[i] = issue
    return issues


def _groups(keys: list[bytes | None], codes: np.ndarray,
            include: np.ndarray) -> dict[tuple[bytes, int], list[int]]:
    """Lines with the same patient key and sample time (KeyIndex's groups), found by sorting
    the times first: only lines whose time occurs twice can be duplicates."""
    ordered = np.sort(codes[include])
    repeated = ordered[1:][ordered[1:] == ordered[:-1]]
    hit = np.zeros(len(codes), bool)
    if len(repeated):
        at = np.minimum(np.searchsorted(repeated, codes), len(repeated) - 1)
        hit = include & (repeated[at] == codes)
    seen: dict[tuple[bytes, int], list[int]] = {}
    for i in np.flatnonzero(hit).tolist():
        seen.setdefault((keys[i], int(codes[i])), []).append(i)  # type: ignore[arg-type]
    return {k: v for k, v in seen.items() if len(v) > 1}


def _identity_issues(split: SplitCsv, cells: decide.Cells, keys: list[bytes | None],
                     include: np.ndarray, status: np.ndarray,
                     shaped: dict[int, list[object]], lab: LabFile) -> dict[int, RowIssue]:
    """``identity_conflicts`` over the whole file: ids that carry two dates of birth."""
    fields = lab.fields
    dobs: list[bytes] = list(cells.dob_text)
    for i in np.flatnonzero((status != FAST) | ~cells.dob_plain).tolist():
        if status[i] != BLANK:
            row = shaped[i] if i in shaped else split.cells(i)
            dobs[i] = fields.dob(row).encode("utf-8")
    included = np.flatnonzero(include).tolist()
    pairs = {(keys[i], dobs[i]) for i in included if dobs[i]}
    counts = Counter(k for k, _ in pairs)
    torn = {k for k, n in counts.items() if n > 1}
    if not torn:
        return {}
    found: dict[str, dict[str, int]] = {}
    for i in included:
        if keys[i] in torn and dobs[i]:
            found.setdefault(keys[i].decode("utf-8"),  # type: ignore[union-attr]
                             {}).setdefault(dobs[i].decode("utf-8"), i)
    conflicts = identity_conflicts(found, lambda i: i + 2)
    issues = {}
    for i, key in enumerate(keys):
        if key is not None and key in torn:
            hit = conflicts.get(key.decode("utf-8"))
            if hit is not None:
                issues[i] = hit
    return issues
