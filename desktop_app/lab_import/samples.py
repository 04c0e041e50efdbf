"""Validated samples of a file, by column: what the decision and every output read.

A ``SampleTable`` holds, per sample (one per assessment), its source rows, the patient id as
written, the inputs as the texts every output shows (``core.wording.InputTexts``, one column
per field) and the codes of its facts (``core.facts``, one column per fact).  The wide CSV
reader fills it column-wise (``wide_columns``); every other reader hands over ``Sample`` objects
(``from_samples``), whose texts and facts come from the core's scalar functions.  ``inputs(i)``
rebuilds one sample's ``PatientInputs`` exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

import numpy as np

from desktop_app.core.decision import facts_of
from desktop_app.core.facts import FactLayout
from desktop_app.core.findings import Finding
from desktop_app.core.inputs import Ferritin, HlaDr, NotDetermined, PatientInputs
from desktop_app.core.rules import AssessmentOptions, RuleSet
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import Comparator, ParsedValue
from desktop_app.core.wording import TEXT_FIELDS, InputTexts, texts_of
from desktop_app.lab_import.model import Sample

# Small-integer codes of the categories of ``InputTexts`` (0: not given).
FERRITIN_UNITS: tuple[FerritinUnit | None, ...] = (None, *FerritinUnit)
HLA_DR_UNITS: tuple[HlaDrUnit | None, ...] = (None, *HlaDrUnit)
COMPARATORS: tuple[Comparator | None, ...] = (None, *Comparator)
# The category columns: (name, field of InputTexts, decoding table or None for a flag).
CATEGORIES: tuple[tuple[str, str, tuple[object, ...] | None], ...] = (
    ("f_unit", "f_unit", FERRITIN_UNITS),
    ("f_comparator", "f_comparator", COMPARATORS),
    ("f_approximate", "f_approximate", None),
    ("h_unit", "h_unit", HLA_DR_UNITS),
    ("h_comparator", "h_comparator", COMPARATORS),
    ("a_comparator", "a_comparator", COMPARATORS),
    ("gap_approximate", "gap_approximate", None),
    ("delay_approximate", "delay_approximate", None),
)


@dataclass
class SampleTable:
    """``n`` samples.  ``first_row[i]`` is the first source row of sample ``i`` (spreadsheet
    numbering) and ``rows_of(i)`` all of them (two in long layout when ferritin and HLA-DR
    were paired: ``more_rows``), ``patient_id[i]`` the id as written, ``sampled_at[i]`` its
    sample time (ISO 8601, "" if none), ``texts[name][i]`` its ``InputTexts`` field ``name``,
    ``categories[name][i]`` the code of a category (see ``CATEGORIES``), ``facts[i]`` its fact
    codes in ``layout`` order,
    ``notes`` the import notes of the few samples that have any and ``identity[field][i]`` the
    identification (``model.IDENTITY_FIELDS``) of sample ``i``'s patient, for the fields the
    file has (empty when it has none: no per-sample cost)."""

    layout: FactLayout
    first_row: np.ndarray
    patient_id: list[str]
    sampled_at: list[str]
    texts: dict[str, list[str]]
    categories: dict[str, np.ndarray]
    facts: np.ndarray
    notes: dict[int, tuple[Finding, ...]] = field(default_factory=dict)
    more_rows: dict[int, tuple[int, ...]] = field(default_factory=dict)
    identity: dict[str, list[str]] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.first_row)

    def rows_of(self, i: int) -> tuple[int, ...]:
        return self.more_rows.get(i) or (int(self.first_row[i]),)

    def row_counts(self) -> np.ndarray:
        """How many source rows each sample covers."""
        counts = np.ones(self.n, np.int64)
        for i, rows in self.more_rows.items():
            counts[i] = len(rows)
        return counts

    def input_texts(self, i: int) -> InputTexts:
        values: dict[str, object] = {name: self.texts[name][i] for name in TEXT_FIELDS}
        for name, attr, table in CATEGORIES:
            code = int(self.categories[name][i])
            values[attr] = bool(code) if table is None else table[code]
        if values["f_comparator"] is None:
            values["f_comparator"] = Comparator.EQ
        if values["h_comparator"] is None:
            values["h_comparator"] = Comparator.EQ
        return InputTexts(**values)  # type: ignore[arg-type]

    def inputs(self, i: int) -> PatientInputs:
        """The sample's ``PatientInputs``, rebuilt exactly from its texts."""
        t = self.input_texts(i)
        ferritin = hla_dr = age = None
        if t.f_unit is not None:
            ferritin = Ferritin(_parsed(t.f_comparator, t.f_value, t.f_entered), t.f_unit,
                                _when(t.f_sampled))
        if t.h_unit is not None:
            hla_dr = HlaDr(_parsed(t.h_comparator, t.h_value, t.h_entered), t.h_unit,
                           _when(t.h_sampled), _when(t.h_processed))
        if t.a_comparator is not None:
            age = _parsed(t.a_comparator, t.a_value, t.a_entered)
        f_nd = NotDetermined(t.f_not_determined, _when(t.f_sampled)) \
            if t.f_not_determined else None
        h_nd = NotDetermined(t.h_not_determined, _when(t.h_sampled)) \
            if t.h_not_determined else None
        return PatientInputs(ferritin, hla_dr, age, f_nd, h_nd)

    def take(self, order: Sequence[int]) -> SampleTable:
        """The samples ``order`` (indices), in that order."""
        index = np.asarray(order, np.int64)
        return SampleTable(
            self.layout, self.first_row[index], [self.patient_id[i] for i in order],
            [self.sampled_at[i] for i in order],
            {k: [v[i] for i in order] for k, v in self.texts.items()},
            {k: v[index] for k, v in self.categories.items()}, self.facts[index],
            {k: self.notes[i] for k, i in enumerate(order) if i in self.notes},
            {k: self.more_rows[i] for k, i in enumerate(order) if i in self.more_rows},
            {k: [v[i] for i in order] for k, v in self.identity.items()})

    def identity_of(self, i: int) -> dict[str, str]:
        """Sample ``i``'s identification: field -> text, for the fields the file has."""
        return {k: v[i] for k, v in self.identity.items()}


def _parsed(comparator: Comparator, value: str, entered: str) -> ParsedValue:
    return ParsedValue(comparator, Decimal(value), entered)


def _when(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def empty_table(layout: FactLayout) -> SampleTable:
    return SampleTable(layout, np.zeros(0, np.int64), [], [], {name: [] for name in TEXT_FIELDS},
                       {name: np.zeros(0, np.int8) for name, _, _ in CATEGORIES},
                       np.zeros((0, len(layout.names)), np.int8))


def from_samples(samples: Sequence[Sample], *, ruleset: RuleSet, options: AssessmentOptions,
                 now: datetime | None, layout: FactLayout,
                 identity_fields: Sequence[str] = ()) -> SampleTable:
    """A table of ``samples`` (any layout), each through the core's ``texts_of`` and
    ``facts_of``; ``identity_fields`` are the identification fields the samples carry."""
    table = empty_table(layout)
    table.identity = {f: [getattr(s, f) for s in samples] for f in identity_fields}
    facts = np.zeros((len(samples), len(layout.names)), np.int8)
    categories: dict[str, list[int]] = {name: [] for name, _, _ in CATEGORIES}
    first: list[int] = []
    for k, s in enumerate(samples):
        t = texts_of(s.inputs, ruleset, options)
        first.append(s.rows[0])
        if len(s.rows) > 1:
            table.more_rows[k] = s.rows
        table.patient_id.append(s.patient_id)
        table.sampled_at.append(s.sampled_at.isoformat() if s.sampled_at else "")
        for name in TEXT_FIELDS:
            table.texts[name].append(getattr(t, name))
        for name, attr, decode in CATEGORIES:
            value = getattr(t, attr)
            categories[name].append(int(value) if decode is None else decode.index(value))
        if s.inputs.ferritin is None:
            categories["f_comparator"][-1] = 0
        if s.inputs.hla_dr is None:
            categories["h_comparator"][-1] = 0
        facts[k] = facts_of(s.inputs, ruleset=ruleset, options=options, now=now).codes
        if s.notes:
            table.notes[k] = s.notes
    table.first_row = np.asarray(first, np.int64)
    table.categories = {k: np.asarray(v, np.int8) for k, v in categories.items()}
    table.facts = facts
    return table


def concatenate(tables: Sequence[SampleTable]) -> SampleTable:
    """The samples of ``tables`` one after the other (same layout)."""
    first = tables[0]
    offset, notes, more = 0, {}, {}
    identity = dict.fromkeys(k for t in tables for k in t.identity)
    for t in tables:
        notes.update({offset + k: v for k, v in t.notes.items()})
        more.update({offset + k: v for k, v in t.more_rows.items()})
        offset += t.n
    return SampleTable(
        first.layout, np.concatenate([t.first_row for t in tables]),
        [p for t in tables for p in t.patient_id], [s for t in tables for s in t.sampled_at],
        {k: [x for t in tables for x in t.texts[k]] for k in first.texts},
        {k: np.concatenate([t.categories[k] for t in tables]) for k in first.categories},
        np.concatenate([t.facts for t in tables]), notes, more,
        {k: [x for t in tables for x in t.identity.get(k, [""] * t.n)] for k in identity})

