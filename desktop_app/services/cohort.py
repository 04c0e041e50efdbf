"""Import a lab file and classify every sample: the one pipeline behind every route.

read (``lab_import``: a ``SampleTable`` of validated samples with the codes of their facts,
and the rejected rows) -> decide (``core.decision.decide``, once per distinct combination of
facts) -> result columns (``CohortResult``).  ``batch`` in every output format, ``report-batch``,
the window's cohort and stored imports all render a ``CohortResult``; nothing here or there
decides a phenotype, a reason or a warning itself.

Each data row of the file ends as exactly one of: part of a classified assessment, part of a
cannot-classify assessment (the core's reasons), or rejected (row number, column, reason):
``rows_read == classified + cannot_classify + rejected`` (hazard H18).
"""

from __future__ import annotations

import gc
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import cached_property
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core import rules
from desktop_app.core.decision import Decision, decide
from desktop_app.core.facts import Facts
from desktop_app.core.findings import Finding
from desktop_app.core.phenotype import Assessment, Phenotype, Status, assessment_of, classify
from desktop_app.core.rules import DEFAULT_OPTIONS, AssessmentOptions, RuleSet
from desktop_app.core.values import ParsedValue
from desktop_app.core.wording import InputTexts, constant_params, finding, input_params
from desktop_app.lab_import import ImportOptions, ImportSettings, LabFile, RejectedRow, Sample
from desktop_app.lab_import import open_lab_file as _open_lab_file
from desktop_app.lab_import.samples import SampleTable
from desktop_app.lab_import.vectors import unique_rows

if TYPE_CHECKING:
    from desktop_app.lab_import.message_file import MessageLabFile
    from desktop_app.lab_import.observation_rows import MessageFileResult
    from desktop_app.services.entry import EntryText

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


class DecisionMismatch(RuntimeError):
    """The batch's decision for a sample differs from ``classify`` on its inputs: a defect,
    never shown as a result."""


@dataclass
class CohortSummary:
    """Counts of a cohort run; ``classified + cannot_classify + rejected == rows_read``."""

    settings: ImportSettings
    rows_read: int = 0
    blank_rows: int = 0
    classified: int = 0  # data rows in classified assessments
    cannot_classify: int = 0  # data rows in cannot-classify assessments
    rejected: int = 0
    assessments: int = 0
    phenotypes: Counter[str] = field(default_factory=Counter)  # per assessment
    assessed_at: datetime | None = None
    ruleset: RuleSet = field(default_factory=lambda: rules.IMMUNOSEP_RULESET)

    @property
    def balanced(self) -> bool:
        return self.classified + self.cannot_classify + self.rejected == self.rows_read

    def phenotype_counts(self) -> dict[str, int]:
        """Assessments per phenotype value, plus ``cannot_classify``, in a fixed order."""
        keys = [p.value for p in Phenotype] + ["cannot_classify"]
        return {k: self.phenotypes.get(k, 0) for k in keys}


@dataclass
class CohortResult(CohortSummary):
    """A classified cohort as result columns (see docs/import.md, "Result columns").

    ``samples`` holds one entry per assessment (row order) with its texts and facts;
    ``outcome[i]`` indexes ``decisions``, the distinct decisions of the run (one ``decide``
    call each).  ``assessment(i)`` builds one assessment on demand (and checks it against
    ``classify``); ``rows`` and ``rejected_rows`` are the per-row objects the older API used.
    """

    samples: SampleTable | None = None
    outcome: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    decisions: list[Decision] = field(default_factory=list)
    rejected_rows: list[RejectedRow] = field(default_factory=list)
    options: AssessmentOptions = DEFAULT_OPTIONS
    # HL7 v2 / FHIR files: the reader's accounting of every message and result.
    messages: MessageFileResult | None = None

    @property
    def n(self) -> int:
        return 0 if self.samples is None else self.samples.n

    def decision(self, i: int) -> Decision:
        return self.decisions[int(self.outcome[i])]

    def texts(self, i: int) -> InputTexts:
        assert self.samples is not None
        return self.samples.input_texts(i)

    def findings(self, i: int) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
        """(reasons, warnings + import notes) of assessment ``i``, with their parameters,
        without building the whole ``Assessment``."""
        d = self.decision(i)
        values = {**constant_params(self.ruleset, self.options),
                  **input_params(self.texts(i))}
        notes = self.samples.notes.get(i, ()) if self.samples is not None else ()
        return (tuple(finding(k, values) for k in d.reasons),
                tuple(finding(k, values) for k in d.warnings) + notes)

    def assessment(self, i: int) -> Assessment:
        """The full ``Assessment`` of sample ``i``.  Its inputs are rebuilt from the columns
        and classified again; a decision that differs from the batch's raises
        ``DecisionMismatch`` (it would be a defect in the batch's facts)."""
        assert self.samples is not None
        inputs = self.samples.inputs(i)
        batch = self.decision(i)
        again = classify(inputs, ruleset=self.ruleset, options=self.options,
                         now=self.assessed_at)
        if (again.status, again.phenotype, again.reason_codes(), again.warning_codes()) != (
                batch.status, batch.phenotype, batch.reason_codes, batch.warning_codes):
            raise DecisionMismatch(f"row {self.samples.first_row[i]}: the batch decision "
                                   "differs from classify")
        return assessment_of(inputs, batch, ruleset=self.ruleset, options=self.options)

    @cached_property
    def rows(self) -> Sequence[CohortRow]:
        return _RowsView(self)

    def status_codes(self) -> np.ndarray:
        """Per assessment: 0 classified, 1 cannot classify (a sort/filter key)."""
        per = np.array([d.status is not Status.CLASSIFIED for d in self.decisions], np.int8)
        return per[self.outcome] if len(per) else np.zeros(0, np.int8)

    def phenotype_codes(self) -> np.ndarray:
        """Per assessment: the index of its phenotype in ``PHENOTYPE_ORDER`` (a sort/filter
        key; cannot classify last)."""
        per = np.array([PHENOTYPE_ORDER.index(d.phenotype) for d in self.decisions], np.int8)
        return per[self.outcome] if len(per) else np.zeros(0, np.int8)


    def numbers(self, name: str) -> np.ndarray:
        """A number column as float64 (NaN where not given): ``name`` is a number field of
        ``InputTexts`` (``f_value``, ``f_ng_ml``, ``h_value``, ``a_value``, ``gap``,
        ``delay``).  For drawing and sorting only: nothing is decided with it."""
        if name not in NUMBER_FIELDS:
            raise ValueError(f"not a number column: {name}")
        if self.samples is None:
            return np.zeros(0)
        texts = self.samples.texts[name]
        return np.array([float(t) if t else np.nan for t in texts], np.float64)

    def sort_order(self, key: str, *, descending: bool = False) -> np.ndarray:
        """The assessments' indices ordered by ``key``, stable (ties keep row order), what
        is not given last in both directions.  ``key``: ``row``, ``patient_id``,
        ``sampled_at``, ``status``, ``phenotype`` or a field of ``NUMBER_FIELDS``; numbers
        are ordered exactly (equal floats by their decimal text)."""
        n = self.n
        if n == 0 or self.samples is None:
            return np.zeros(0, np.int64)
        s = self.samples
        if key in ("status", "phenotype", "row"):
            values = (self.status_codes() if key == "status" else self.phenotype_codes()
                      if key == "phenotype" else s.first_row)
            order = np.argsort(-values.astype(np.int64) if descending else values,
                               kind="stable")
            return order.astype(np.int64)
        if key in ("patient_id", "sampled_at"):
            texts = s.patient_id if key == "patient_id" else s.sampled_at
            given = [i for i in range(n) if texts[i]]
            given.sort(key=texts.__getitem__, reverse=descending)  # stable either way
            return np.array(given + [i for i in range(n) if not texts[i]], np.int64)
        numbers = self.numbers(key)
        texts = s.texts[key]
        present = np.flatnonzero(~np.isnan(numbers))
        keys = numbers[present]
        order = present[np.argsort(-keys if descending else keys, kind="stable")]
        # Exactly: runs of equal floats (4420 and 4420.00000000000000000001) by Decimal.
        sorted_keys = numbers[order].tolist()
        ties = any(a == b for a, b in pairwise(sorted_keys))
        if ties:
            out = order.tolist()
            start = 0
            while start < len(out):
                end = start + 1
                while end < len(out) and sorted_keys[end] == sorted_keys[start]:
                    end += 1
                if end - start > 1:
                    out[start:end] = sorted(out[start:end], key=lambda i: Decimal(texts[i]),
                                            reverse=descending)
                start = end
            order = np.array(out, np.int64)
        missing = np.flatnonzero(np.isnan(numbers))
        return np.concatenate([order, missing]).astype(np.int64)


# The number fields of ``InputTexts`` (``CohortResult.numbers``, ``sort_order``).
NUMBER_FIELDS = ("f_value", "f_ng_ml", "h_value", "a_value", "gap", "delay")
PHENOTYPE_ORDER: tuple[Phenotype | None, ...] = (*Phenotype, None)


class CohortRow:
    """One assessment of a cohort, built on access: the sample it came from and the core's
    ``Assessment``.  ``row`` is the first source row (spreadsheet numbering, header = row 1),
    ``rows`` all of them; ``patient_id`` is the text as written in the file; ``findings`` are
    the core's warnings followed by import notes."""

    def __init__(self, result: CohortResult, index: int) -> None:
        self.result, self.index = result, index

    @property
    def rows(self) -> tuple[int, ...]:
        return self.result.samples.rows_of(self.index)  # type: ignore[union-attr]

    @property
    def row(self) -> int:
        return self.rows[0]

    @property
    def patient_id(self) -> str:
        return self.result.samples.patient_id[self.index]  # type: ignore[union-attr]

    @cached_property
    def assessment(self) -> Assessment:
        return self.result.assessment(self.index)

    @cached_property
    def sample(self) -> Sample:
        s = self.result.samples
        assert s is not None
        when = s.sampled_at[self.index]
        return Sample(self.rows, self.patient_id, self.assessment.inputs,
                      datetime.fromisoformat(when) if when else None,
                      s.notes.get(self.index, ())).identified(s.identity_of(self.index))

    @property
    def status(self) -> Status:
        return self.result.decision(self.index).status

    @property
    def phenotype(self) -> Phenotype | None:
        return self.result.decision(self.index).phenotype

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.assessment.warnings + self.result.samples.notes.get(  # type: ignore[union-attr]
            self.index, ())


class _RowsView(Sequence[CohortRow]):
    """The assessments as ``CohortRow`` objects, each made on first access and kept (the
    same object on every access)."""

    def __init__(self, result: CohortResult) -> None:
        self.result = result
        self._made: dict[int, CohortRow] = {}

    def _row(self, k: int) -> CohortRow:
        row = self._made.get(k)
        if row is None:
            row = self._made[k] = CohortRow(self.result, k)
        return row

    def __len__(self) -> int:
        return self.result.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._row(k) for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._row(i)

    def __iter__(self) -> Iterator[CohortRow]:
        return (self._row(k) for k in range(len(self)))


def open_lab_file(path: str | os.PathLike[str], options: ImportOptions | None = None, *,
                  should_cancel: ShouldCancel | None = None) -> LabFile | MessageLabFile:
    """``lab_import.open_lab_file`` (spreadsheets are read in a child process)."""
    return _open_lab_file(path, options, should_cancel=should_cancel)


def run_cohort(path: str | os.PathLike[str], options: ImportOptions | None = None, *,
               progress: Progress | None = None, should_cancel: ShouldCancel | None = None,
               now: datetime | None = None, ruleset: RuleSet | None = None,
               assessment_options: AssessmentOptions = DEFAULT_OPTIONS) -> CohortResult:
    """Read, validate and classify ``path`` into result columns.

    Parameters
    ----------
    path, options:
        The lab file and how to read it (``desktop_app.lab_import.ImportOptions``).
    progress:
        ``progress(rows_done, rows_total)``, called from the calling thread.
    should_cancel:
        Polled between the passes over the file; ``desktop_app.lab_import.ImportCancelled``
        is raised when it returns True (nothing is returned half done).
    now:
        The time sample times are checked against (future samples cannot be classified);
        defaults to the current time.
    ruleset:
        Default: ``core.rules.IMMUNOSEP_RULESET`` (looked up at call time).

    Raises
    ------
    desktop_app.lab_import.LabFileError
        When the file as a whole cannot be read (``code``, one-sentence ``message``).
    """
    lab = open_lab_file(path, options, should_cancel=should_cancel)
    return cohort_of(lab, progress=progress, should_cancel=should_cancel, now=now,
                     ruleset=ruleset, assessment_options=assessment_options)


def cohort_of(lab: LabFile | MessageLabFile, *, progress: Progress | None = None,
              should_cancel: ShouldCancel | None = None, now: datetime | None = None,
              ruleset: RuleSet | None = None,
              assessment_options: AssessmentOptions = DEFAULT_OPTIONS) -> CohortResult:
    """Classify an already opened ``LabFile`` (e.g. after the import dialog's preview)."""
    ruleset = ruleset or rules.IMMUNOSEP_RULESET
    when = now or datetime.now().astimezone()
    with gc_paused():
        samples, rejected = lab.read_samples(ruleset=ruleset, options=assessment_options,
                                             now=when, progress=progress,
                                             should_cancel=should_cancel)
        outcome, decisions = decide_all(samples, ruleset)
    result = CohortResult(lab.settings, rows_read=lab.rows_read, blank_rows=lab.blank_rows,
                          assessed_at=when, ruleset=ruleset, samples=samples, outcome=outcome,
                          decisions=decisions, rejected_rows=rejected,
                          options=assessment_options, messages=getattr(lab, "messages", None))
    _count(result)
    return result


@contextmanager
def gc_paused(*, freeze: bool = False) -> Iterator[None]:
    """Pause the cycle collector during a bulk pass.  Reading a file makes millions of small
    lists and strings but no reference cycles; the collector's repeated passes over them cost
    a quarter of the reading time and free nothing.

    ``freeze`` (for a process that ends soon after, as ``batch``): the objects made meanwhile
    are moved to the collector's permanent generation before it is switched on again, so the
    first collection after the pass does not walk every cell of the file (about 35 ms per
    100 000 rows).  Refcounting still frees them; only cyclic garbage among them would stay."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if freeze:
                gc.freeze()
            gc.enable()


def decide_all(samples: SampleTable, ruleset: RuleSet) -> tuple[np.ndarray, list[Decision]]:
    """The core's decision once per distinct row of fact codes: (index per sample, the
    distinct decisions)."""
    if samples.n == 0:
        return np.zeros(0, np.int32), []
    distinct, index = unique_rows(samples.facts)
    decisions = [decide(Facts(samples.layout, tuple(int(c) for c in row)), ruleset)
                 for row in distinct]
    return index.reshape(-1).astype(np.int32), decisions


def _count(result: CohortResult) -> None:
    samples = result.samples
    assert samples is not None
    sizes = samples.row_counts()
    per_outcome_rows = np.bincount(result.outcome, weights=sizes,
                                   minlength=len(result.decisions))
    per_outcome = np.bincount(result.outcome, minlength=len(result.decisions))
    result.rejected = len(result.rejected_rows)
    result.assessments = samples.n
    for d, rows_, count in zip(result.decisions, per_outcome_rows.tolist(),
                               per_outcome.tolist(), strict=True):
        if d.phenotype is not None:
            result.classified += int(rows_)
            result.phenotypes[d.phenotype.value] += count
        else:
            result.cannot_classify += int(rows_)
            result.phenotypes["cannot_classify"] += count


def stream_cohort(path: str | Path, options: ImportOptions | None = None, *,
                  on_row: Callable[[CohortRow], None] | None = None,
                  on_rejected: Callable[[RejectedRow], None] | None = None,
                  progress: Progress | None = None, should_cancel: ShouldCancel | None = None,
                  now: datetime | None = None,
                  assessment_options: AssessmentOptions = DEFAULT_OPTIONS) -> CohortResult:
    """``run_cohort``, then each assessment (``CohortRow``) and each ``RejectedRow`` handed to
    a callback, in row order."""
    result = run_cohort(path, options, progress=progress, should_cancel=should_cancel, now=now,
                        assessment_options=assessment_options)
    for item in in_row_order(result):
        if isinstance(item, RejectedRow):
            if on_rejected is not None:
                on_rejected(item)
        elif on_row is not None:
            on_row(CohortRow(result, item))
    return result


def in_row_order(result: CohortResult) -> Iterator[int | RejectedRow]:
    """Assessment indices and rejected rows merged by first row."""
    firsts = result.samples.first_row.tolist() if result.samples is not None else []
    k = 0
    for rej in result.rejected_rows:
        while k < len(firsts) and firsts[k] < rej.row:
            yield k
            k += 1
        yield rej
    yield from range(k, len(firsts))


def entry_text_of(assessment: Assessment, *, decimal_comma: bool = False) -> EntryText:
    """The form text that reproduces ``assessment``'s inputs (to open an imported row in the
    main window).  Numbers are written canonically (comparator, digits, the form's decimal
    separator) so the form reads back exactly the values that were classified."""
    from desktop_app.services.entry import EntryText

    inputs = assessment.inputs
    f, h, age = inputs.ferritin, inputs.hla_dr, inputs.age_years
    fn, hn = inputs.ferritin_not_determined, inputs.hla_dr_not_determined

    def number(value: ParsedValue | None) -> str | None:
        if value is None:
            return None
        text = value.display()
        return text.replace(".", ",") if decimal_comma else text

    def when(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None

    return EntryText(
        ferritin=number(f.value) if f else fn.text if fn else None,
        ferritin_unit=f.unit.value if f else "ng/mL",
        hla_dr=number(h.value) if h else hn.text if hn else None,
        hla_dr_unit=h.unit.value if h else "AB/C",
        age=number(age),
        ferritin_sampled=when(f.sampled_at if f else fn.sampled_at if fn else None),
        hla_dr_sampled=when(h.sampled_at if h else hn.sampled_at if hn else None),
        hla_dr_processed=when(h.processed_at if h else None))
