"""The cohort window's table as columns: lines, cells rendered on demand, sort orders, filters.

A cohort of 100 000 assessments must appear in about two seconds and never freeze the window
(issue 13).  So nothing here makes an object per cell up front: a line is an integer (line
``k < n`` is assessment ``k`` of the ``CohortResult``, line ``n + j`` its rejected row ``j``),
its cells are rendered when a view asks for them, and sorting and filtering are numpy over the
result columns (``status_codes``, ``phenotype_codes``, ``numbers``, the category codes).  Why
numpy and not pandas: docs/decisions/0013-cohort-window-on-numpy.md.

Sort orders are stable (ties keep row order) and put what is not given last in both directions.
Numbers sort exactly (equal floats by their decimal text) and, at one value, censored values
where they belong: ``<5`` < ``<=5`` < ``5`` < ``>=5`` < ``>5``.

The free-text filter matches what the cells show.  Rendering every line's sentences takes a
few seconds for 100 000 lines, so ``search_texts`` is built once, off the GUI thread, when the
first text is typed; matching is then a fast scan.  This module decides nothing clinical: it
only shows ``services.cohort`` results.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

import numpy as np

from desktop_app.core.values import Comparator
from desktop_app.lab_import.samples import COMPARATORS, FERRITIN_UNITS, HLA_DR_UNITS
from desktop_app.services.cohort import PHENOTYPE_ORDER, CohortResult

# Column keys, in the table's order (the window gives them translated titles).
COLUMNS = ("row", "patient_id", "status", "phenotype", "ferritin", "hla_dr", "sampled_at",
           "reasons", "warnings")
CLASSIFIED, CANNOT_CLASSIFY, REJECTED = 0, 1, 2  # status code per line
NO_PHENOTYPE = len(PHENOTYPE_ORDER)  # phenotype code of a rejected line
# Filters (the window's "Show" box, in this order).
FILTERS = ("all", "classified", "cannot_classify", "rejected", "mals", "immunoparalysis",
           "unclassified")
_CENSOR_RANK = {Comparator.LT: 0, Comparator.LE: 1, Comparator.EQ: 2, Comparator.GE: 3,
                Comparator.GT: 4}
_CACHE_LINES = 4096  # rendered lines kept for repaints (a screen shows ~40)
SEPARATOR = " | "  # between the findings of one cell


def _english(finding: Any) -> str:
    return str(finding.message)


class CohortLines:
    """Every line of a cohort table; see the module docstring.

    ``status_words`` (classified, cannot classify, rejected) and ``phenotype_words`` (one per
    ``PHENOTYPE_ORDER`` entry) are the words the window shows, in its language;
    ``sentence`` writes a finding or a rejected row's reason in it (``Translator.finding``;
    English, the ``message``, by default).
    """

    def __init__(self, result: CohortResult, *, status_words: Sequence[str],
                 phenotype_words: Sequence[str],
                 sentence: Callable[[Any], str] = _english) -> None:
        self.result = result
        self.sentence = sentence
        self.status_words, self.phenotype_words = tuple(status_words), tuple(phenotype_words)
        rejected = result.rejected_rows
        self.n = result.n
        self.count = self.n + len(rejected)
        first = result.samples.first_row if result.samples is not None else np.zeros(0)
        self.first_row = np.concatenate([
            np.asarray(first, np.int64), np.array([r.row for r in rejected], np.int64)])
        self.status = np.concatenate([result.status_codes().astype(np.int8),
                                      np.full(len(rejected), REJECTED, np.int8)])
        self.phenotype = np.concatenate([result.phenotype_codes().astype(np.int8),
                                         np.full(len(rejected), NO_PHENOTYPE, np.int8)])
        # Row order: the table's first order and every sort's tie-break.
        self.base = np.argsort(self.first_row, kind="stable").astype(np.int64)
        self._orders: dict[tuple[str, bool], np.ndarray] = {}
        self._ranks_of: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._cells: OrderedDict[int, tuple[str, ...]] = OrderedDict()
        self.search_texts: list[str] | None = None

    # -- cells --------------------------------------------------------------------------------
    def cells(self, line: int) -> tuple[str, ...]:
        """The texts of ``line``'s cells in ``COLUMNS`` order (cached for repaints; GUI thread
        only — ``render`` is the thread-safe form)."""
        cached = self._cells.get(line)
        if cached is not None:
            self._cells.move_to_end(line)
            return cached
        cells = self._cells[line] = self.render(line)
        if len(self._cells) > _CACHE_LINES:
            self._cells.popitem(last=False)
        return cells

    def render(self, line: int) -> tuple[str, ...]:
        """The texts of ``line``'s cells, rendered now."""
        r = self.result
        if line >= self.n:
            rej = r.rejected_rows[line - self.n]
            return (str(rej.row), rej.patient_id or "", self.status_words[REJECTED], "", "", "",
                    "", self._joined(rej.reasons), "")
        s = r.samples
        assert s is not None
        t = s.texts
        f_unit = FERRITIN_UNITS[int(s.categories["f_unit"][line])]
        h_unit = HLA_DR_UNITS[int(s.categories["h_unit"][line])]
        when = s.sampled_at[line]
        reasons, warnings = r.findings(line)
        return ("+".join(str(n) for n in s.rows_of(line)), s.patient_id[line],
                self.status_words[int(self.status[line])],
                self.phenotype_words[int(self.phenotype[line])],
                f"{t['f_entered'][line].strip()} {f_unit.value}" if f_unit else "",
                f"{t['h_entered'][line].strip()} {h_unit.value}" if h_unit else "",
                datetime.fromisoformat(when).isoformat(sep=" ", timespec="minutes")
                if when else "",
                self._joined(reasons), self._joined(warnings))

    def _joined(self, findings: Sequence[Any]) -> str:
        return SEPARATOR.join(self.sentence(f) for f in findings)

    def assessment_index(self, line: int) -> int | None:
        """The ``CohortResult`` index of ``line``, or None for a rejected row."""
        return line if line < self.n else None

    # -- sorting ------------------------------------------------------------------------------
    def order(self, column: str, *, descending: bool = False) -> np.ndarray:
        """Every line ordered by ``column`` (a key of ``COLUMNS``); cached.  The first order
        by a column costs up to ~0.2 s for 100 000 lines (``is_ordered`` says whether it is
        ready): the window computes it off the GUI thread."""
        key = (column, descending)
        if key not in self._orders:
            if column == "row" and not descending:
                order = self.base
            else:
                if column not in self._ranks_of:
                    self._ranks_of[column] = self._ranks(column)
                ranks, missing = self._ranks_of[column]
                order = self._by_rank(ranks, missing, descending)
            self._orders[key] = order
        return self._orders[key]

    def is_ordered(self, column: str, *, descending: bool = False) -> bool:
        return (column, descending) in self._orders

    def _by_rank(self, ranks: np.ndarray, missing: np.ndarray, descending: bool) -> np.ndarray:
        """Lines by ``ranks`` (row order among equals), the ``missing`` ones last in row
        order."""
        base = self.base
        given = base[~missing[base]]
        keys = ranks[given]
        order = given[np.argsort(-keys if descending else keys, kind="stable")]
        return np.concatenate([order, base[missing[base]]]).astype(np.int64)

    def _ranks(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """(an int64 sort key per line, which lines have no value) for ``column``."""
        n, count = self.n, self.count
        s = self.result.samples
        missing = np.zeros(count, bool)
        if column == "row":
            return self.first_row, missing
        if column == "status":
            return self.status.astype(np.int64), missing
        if column == "phenotype":
            return self.phenotype.astype(np.int64), self.phenotype == NO_PHENOTYPE
        if column == "patient_id":
            ids = (s.patient_id if s is not None else []) + [
                r.patient_id or "" for r in self.result.rejected_rows]
            return _text_ranks([i.strip().casefold() for i in ids])
        if column in ("reasons", "warnings"):
            return _text_ranks(self._finding_keys(column), few=True)
        ranks = np.zeros(count, np.int64)
        missing[n:] = True
        if s is None or n == 0:
            return ranks, missing
        if column == "sampled_at":
            stamps = np.array([datetime.fromisoformat(t).timestamp() if t else np.nan
                               for t in s.sampled_at], np.float64)
            given = ~np.isnan(stamps)
            ranks[:n][given] = np.unique(stamps[given], return_inverse=True)[1].reshape(-1)
            missing[:n] = ~given
            return ranks, missing
        field, unit_name = ("f_ng_ml", "f_unit") if column == "ferritin" else ("h_value", "h_unit")
        comparator = "f_comparator" if column == "ferritin" else "h_comparator"
        numbers = self.result.numbers(field)
        given = ~np.isnan(numbers)
        exact = _exact_ranks(numbers, s.texts[field], given)
        censor = np.array([_CENSOR_RANK.get(c, 2) if c else 2 for c in COMPARATORS],
                          np.int64)[s.categories[comparator].astype(np.int64)]
        # HLA-DR in % or MFI is not comparable with AB/C: each unit is its own group (in
        # the unit table's order, AB/C first); ferritin is compared in ng/mL.
        unit = (np.zeros(n, np.int64) if column == "ferritin"
                else s.categories[unit_name].astype(np.int64))
        span = int(exact.max(initial=0)) + 1
        ranks[:n] = (unit * span + exact) * len(_CENSOR_RANK) + censor
        missing[:n] = ~given | (s.categories[unit_name] == 0)
        return ranks, missing

    def _finding_keys(self, column: str) -> list[str]:
        """Per line the text its findings cell sorts by: the sentences of its decision,
        rendered for the decision's first line (lines of one decision sort together), or the
        line's own when it has import notes; a rejected line's reasons."""
        r = self.result
        first: dict[int, int] = {}
        outcome = r.outcome.tolist()
        for i, k in enumerate(outcome):
            first.setdefault(k, i)
        which = 7 if column == "reasons" else 8
        per_decision = {k: self.render(i)[which] for k, i in first.items()}
        notes = r.samples.notes if r.samples is not None else {}
        keys = [per_decision[k] if i not in notes else self.render(i)[which]
                for i, k in enumerate(outcome)]
        if column == "reasons":
            keys += [self._joined(rej.reasons) for rej in r.rejected_rows]
        else:
            keys += [""] * len(r.rejected_rows)
        return [k.casefold() for k in keys]

    # -- filtering ----------------------------------------------------------------------------
    def mask(self, filter_key: str = "all", text: str = "") -> np.ndarray | None:
        """Which lines pass ``filter_key`` (one of ``FILTERS``) and contain ``text`` (any
        case) in a cell; None when ``text`` needs ``search_texts`` that are not built yet."""
        keep = np.ones(self.count, bool)
        if filter_key in ("classified", "cannot_classify", "rejected"):
            keep = self.status == FILTERS.index(filter_key) - 1
        elif filter_key in ("mals", "immunoparalysis", "unclassified"):
            keep = self.phenotype == FILTERS.index(filter_key) - 4
        needle = text.strip().casefold()
        if needle:
            if self.search_texts is None:
                return None
            keep = keep & np.fromiter((needle in t for t in self.search_texts), bool,
                                      self.count)
        return keep

    def build_search_texts(self, *, progress: Callable[[int, int], None] | None = None,
                           should_cancel: Callable[[], bool] | None = None) -> list[str]:
        """Every line's cells as one lower-case text (for ``mask``); run it off the GUI
        thread and assign the result to ``search_texts`` on the GUI thread."""
        out: list[str] = []
        step = 5000
        for start in range(0, self.count, step):
            if should_cancel is not None and should_cancel():
                raise InterruptedError
            out += ["\x1f".join(self.render(line)).casefold()
                    for line in range(start, min(start + step, self.count))]
            if progress is not None:
                progress(len(out), self.count)
        return out


def _text_ranks(texts: list[str], *, few: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(rank per text in code-point order, which are empty); ``few``: the texts repeat a
    few distinct values (sorted in Python; numpy would copy every long text)."""
    missing = np.array([not t for t in texts], bool)
    if not texts:
        return np.zeros(0, np.int64), missing
    if few:
        position = {t: k for k, t in enumerate(sorted(set(texts)))}
        return np.array([position[t] for t in texts], np.int64), missing
    ranks = np.unique(np.array(texts, dtype=str), return_inverse=True)[1]
    return ranks.reshape(-1).astype(np.int64), missing


def _exact_ranks(numbers: np.ndarray, texts: Sequence[str], given: np.ndarray) -> np.ndarray:
    """Dense ranks of the given numbers, exact: floats order them, and runs of equal floats
    whose decimal texts differ (4420 and 4420.00000000000000000001) are ordered by
    ``Decimal``."""
    ranks = np.zeros(len(numbers), np.int64)
    index = np.flatnonzero(given)
    if not len(index):
        return ranks
    order = index[np.argsort(numbers[index], kind="stable")]
    values = numbers[order]
    new = np.empty(len(order), bool)
    new[0] = True
    new[1:] = values[1:] != values[:-1]
    group = np.cumsum(new) - 1
    sub = np.zeros(len(order), np.int64)
    # Runs of equal floats whose texts differ: only those need Decimal (rare).
    sorted_texts = np.array([texts[i] for i in order.tolist()], dtype=str)
    differs = np.flatnonzero(~new[1:] & (sorted_texts[1:] != sorted_texts[:-1])) + 1
    for g in np.unique(group[differs]).tolist():
        members = np.flatnonzero(group == g)
        start, end = int(members[0]), int(members[-1]) + 1
        exact = [Decimal(str(t)) for t in sorted_texts[start:end].tolist()]
        position = {d: k for k, d in enumerate(sorted(set(exact)))}
        sub[start:end] = [position[d] for d in exact]
    span = int(sub.max()) + 1
    ranks[order] = group * span + sub
    return ranks
