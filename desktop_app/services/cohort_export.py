"""Cohort results out: the ``batch --json`` document, CSV and XLSX results and rejected rows.

Every output renders the same ``CohortResult`` through ``cohort_rows`` (one row at a time, or
compiled per kind of row by ``row_templates``).  Files are written atomically (temporary file
in the target folder, fsync, then rename) and an existing file is never replaced unless
``force`` is given.  Every text cell is formula-neutralised (``spreadsheet_safety``).  CSV is
UTF-8 with a byte-order mark so spreadsheet programs show µ and umlauts correctly; XLSX rows
are streamed into a package xlsxwriter lays out (``xlsx_writer``, constant memory), numbers as
numeric cells only when the cell holds the number exactly (otherwise as their exact text,
hazard H06).
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import numpy as np

from desktop_app.core.findings import Finding
from desktop_app.lab_import import RejectedRow
from desktop_app.lab_import.samples import CATEGORIES
from desktop_app.lab_import.vectors import unique_rows
from desktop_app.services.atomic import atomic_writer
from desktop_app.services.cohort import CohortResult, CohortRow, CohortSummary
from desktop_app.services.cohort_rows import (
    EXPLAINED_RESULT_COLUMNS,
    RESULT_COLUMNS,
    SENTENCE_COLUMNS,
    NumberText,
    RowIdentity,
    result_cells,
    result_columns,
    result_entry,
)
from desktop_app.services.row_templates import (
    TemplateWriter,
    csv_line,
    json_text,
    placeholder,
    placeholder_texts,
)

if TYPE_CHECKING:
    from desktop_app.services.xlsx_writer import XlsxTable

__all__ = ["EXPLAINED_RESULT_COLUMNS", "EXPORT_FORMATS", "REJECTED_COLUMNS", "RESULT_COLUMNS",
           "SENTENCE_COLUMNS", "AtomicFile", "ResultsWriter", "TableWriter", "findings_to_list",
           "rejected_cells", "rejected_to_dict", "result_cells_of", "result_columns",
           "row_to_dict", "summary_to_dict", "write_json", "write_rejected", "write_results"]

REJECTED_COLUMNS = ("row", "patient_id", "column", "code", "message")
# HL7 / FHIR files add where the result is and what became of it (ignored, rejected,
# withdrawal), after the columns every rejected-rows file has.
MESSAGE_REJECTED_COLUMNS = (*REJECTED_COLUMNS, "outcome", "location")
EXPORT_FORMATS = ("csv", "xlsx")
CHUNK = 4096
JSON_SEPARATOR = ",\n    "  # between two entries of an array of the batch --json document


# -- the rows of a result -----------------------------------------------------------------------
class ResultsWriter:
    """Renders the assessments of ``result`` (all of them, or ``indices``) in row order."""

    def __init__(self, result: CohortResult, *, sentences: bool = False,
                 indices: Iterable[int] | None = None) -> None:
        assert result.samples is not None
        self.result, self.samples, self.sentences = result, result.samples, sentences
        order = None if indices is None else list(indices)
        self.order = order
        self.n = result.n if order is None else len(order)

    def _index(self, k: int) -> int:
        return k if self.order is None else self.order[k]

    @cached_property
    def shapes(self) -> np.ndarray:
        """Per row: which template renders it (same decision, categories, given texts)."""
        s, n = self.samples, self.samples.n
        if n == 0:
            return np.zeros(0, np.int64)
        parts = np.zeros((n, 2 + len(CATEGORIES)), np.int32)
        parts[:, 0] = self.result.outcome
        for j, (name, _, _) in enumerate(CATEGORIES, start=1):
            parts[:, j] = s.categories[name]
        for bit, texts in enumerate((s.texts["f_sampled"], s.texts["h_sampled"],
                                     s.texts["h_processed"], s.texts["gap"], s.texts["delay"],
                                     s.sampled_at)):  # which optional texts a row has, as bits
            parts[:, -1] |= np.fromiter(map(bool, texts), bool, n).astype(np.int32) << bit
        parts[list(s.notes), -1] |= 1 << 6
        shapes = unique_rows(parts)[1]
        return shapes if self.order is None else shapes[self.order]

    @cached_property
    def _identity(self) -> dict[str, list[str]]:
        s = self.samples
        first = list(map(str, s.first_row.tolist()))
        rows = list(first)
        for i, more in s.more_rows.items():
            rows[i] = ";".join(map(str, more))
        return {"row": first, "rows": rows,
                "patient_id": self.samples.patient_id, "sampled_at": self.samples.sampled_at}

    def columns(self, field: str, start: int, stop: int) -> list[str]:
        if field == "sheet_row":  # the row of an XLSX results sheet (the header is row 1)
            return [str(k + 2) for k in range(start, stop)]
        texts = self._identity[field] if field in self._identity else self.samples.texts[field]
        if self.order is None:
            return texts[start:stop]
        return [texts[i] for i in self.order[start:stop]]

    def _parts(self, k: int, placeholders: bool) -> tuple[Any, ...] | None:
        i = self._index(k)
        notes: tuple[Finding, ...] = self.samples.notes.get(i, ())
        if placeholders and notes:
            return None
        t = self.samples.input_texts(i)
        if placeholders:
            t = placeholder_texts(t)
            ident = RowIdentity(NumberText(placeholder("row")), placeholder("rows"),
                                placeholder("patient_id"),
                                placeholder("sampled_at") if self.samples.sampled_at[i] else "")
        else:
            ident = RowIdentity(int(self.samples.first_row[i]), self.samples.rows_of(i),
                                self.samples.patient_id[i], self.samples.sampled_at[i])
        r = self.result
        return r.decision(i), t, ident, notes, r.ruleset, r.options

    def cells(self, k: int, placeholders: bool = False) -> list[object] | None:
        parts = self._parts(k, placeholders)
        if parts is None:
            return None
        d, t, ident, notes, ruleset, options = parts
        return result_cells(d, t, ident, notes, sentences=self.sentences, ruleset=ruleset,
                            options=options)

    def entry(self, k: int, placeholders: bool = False) -> dict[str, Any] | None:
        parts = self._parts(k, placeholders)
        if parts is None:
            return None
        d, t, ident, notes, ruleset, options = parts
        return result_entry(d, t, ident, notes, ruleset=ruleset, options=options)

    def csv_chunks(self) -> Iterator[str]:
        """The results CSV lines, a few thousand rows at a time."""
        writer = TemplateWriter("csv", self.cells, self.columns)
        for a in range(0, self.n, CHUNK):
            yield writer.render(self.shapes, a, min(a + CHUNK, self.n))

    def xlsx_chunks(self) -> Iterator[tuple[str, int]]:
        """The ``<row>`` elements of an XLSX results sheet from its second row on, a few
        thousand at a time, with their count."""
        writer = TemplateWriter("xlsx", self.cells, self.columns)
        for a in range(0, self.n, CHUNK):
            b = min(a + CHUNK, self.n)
            yield writer.render(self.shapes, a, b), b - a

    def json_chunks(self, separator: str = JSON_SEPARATOR) -> Iterator[str]:
        """The ``results`` entries, a few thousand at a time, ``separator`` between two."""
        writer = TemplateWriter("json", self.entry, self.columns)
        for a in range(0, self.n, CHUNK):
            yield writer.render(self.shapes, a, min(a + CHUNK, self.n), separator)


# -- JSON ---------------------------------------------------------------------------------------
def findings_to_list(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    from desktop_app.core.serialize import finding_to_dict

    return [finding_to_dict(f) for f in findings]


def row_to_dict(r: CohortRow) -> dict[str, Any]:
    """One entry of ``results`` (see ``cohort_rows.result_entry``)."""
    entry = ResultsWriter(r.result, indices=[r.index]).entry(0)
    assert entry is not None
    return entry


def result_cells_of(r: CohortRow, sentences: bool = False) -> list[object]:
    """The ``result_columns(sentences)`` of one assessment."""
    cells = ResultsWriter(r.result, sentences=sentences, indices=[r.index]).cells(0)
    assert cells is not None
    return cells


def rejected_to_dict(r: RejectedRow) -> dict[str, Any]:
    out = {"row": r.row, "patient_id": r.patient_id,
           "reasons": [{"code": i.code, "message": i.message, "column": i.column}
                       for i in r.reasons]}
    if r.location is not None:  # HL7 / FHIR: where, and ignored / rejected / withdrawal
        out.update(outcome=r.outcome, location=r.location)
    return out


def summary_to_dict(s: CohortSummary) -> dict[str, Any]:
    """The count keys; ``classified + cannot_classify + rejected == rows_read``."""
    st, rs = s.settings, s.ruleset
    out: dict[str, Any] = {
        "rows_read": s.rows_read, "classified": s.classified,
        "cannot_classify": s.cannot_classify, "rejected": s.rejected,
        "assessments": s.assessments, "blank_rows": s.blank_rows,
        "phenotype_counts": s.phenotype_counts(),
        "assessed_at": s.assessed_at.isoformat() if s.assessed_at else None,
        # Every row of a run is decided by this one rule set.
        "ruleset_version": rs.version,
        "rule": list(rs.rule_text()),
        "source": {"citation": rs.citation, "doi": rs.doi, "registry_id": rs.registry_id},
        "settings": {
            "kind": st.kind, "layout": st.layout, "encoding": st.encoding,
            "delimiter": st.delimiter, "sheet": st.sheet, "decimal_comma": st.decimal_comma,
            "time_format": st.time_format,
            "columns": {c.field: c.header for c in st.columns},
            "units": {u.field: {"unit": u.unit, "source": u.source} for u in st.units},
            "notes": [n.message for n in st.notes],  # English, as JSON keeps every sentence
        },
    }
    messages = getattr(s, "messages", None)
    if messages is not None:  # HL7 / FHIR: every message and result segment accounted for
        apart = {kind: 0 for kind in ("rejected", "ignored", "withdrawal")}
        for r in getattr(s, "rejected_rows", ()):
            apart[r.outcome] += 1
        out["messages"] = {**messages.to_dict(), "not_in_an_assessment": apart}
    return out


def write_json(result: CohortResult, out: IO[str]) -> None:
    """The ``batch --json`` document, streamed: the summary keys, ``results`` and
    ``rejected_rows`` (one entry per line)."""
    import json

    head = json.dumps(summary_to_dict(result), ensure_ascii=False, indent=2)
    out.write(head[:-2] + ',\n  "results": [\n')
    first = True
    for entries in ResultsWriter(result).json_chunks():
        if entries:
            out.write(("    " if first else JSON_SEPARATOR) + entries)
            first = False
    out.write('\n  ],\n  "rejected_rows": [\n')
    out.write(",\n".join("    " + json_text(rejected_to_dict(r)) for r in result.rejected_rows))
    out.write("\n  ]\n}\n")


# -- files --------------------------------------------------------------------------------------
class AtomicFile:
    """A new file that appears at ``path`` only when ``commit()`` succeeds.

    A thin open/commit/abort wrapper around ``services.atomic.atomic_writer`` (temporary file
    in the same folder, fsync, rename; Windows sharing violations retried).  Without ``force``
    an existing ``path`` is never replaced (``TargetExistsError``, at open or at commit).
    """

    def __init__(self, path: str | Path, *, force: bool = False) -> None:
        self.path = Path(path)
        self._context = atomic_writer(self.path, overwrite=force)
        self.file = self._context.__enter__()
        self._done = False

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self._context.__exit__(None, None, None)

    def abort(self) -> None:
        """Drop the temporary file; the target is left as it was."""
        if not self._done:
            self._done = True
            self._context.__exit__(_Aborted, _Aborted(), None)


class _Aborted(Exception):
    """Thrown into ``atomic_writer`` so that it removes its temporary file."""


def _format_of(path: Path) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"{path.name}: the output must end in .csv or .xlsx")
    return fmt


class TableWriter:
    """Rows of cells to a CSV or XLSX file, atomically; ``close()`` commits, ``abort()``
    leaves nothing behind (and no half-closed writer)."""

    def __init__(self, path: str | Path, header: Iterable[str], *, force: bool = False,
                 sheet_title: str = "results", rows: int | None = None) -> None:
        """``rows``: how many rows follow the header, when known (an XLSX sheet declares
        its dimension)."""
        self.path = Path(path)
        self.format = _format_of(self.path)
        self.out = AtomicFile(self.path, force=force)
        self.xlsx: XlsxTable | None = None
        names = list(header)
        try:
            if self.format == "csv":
                self.out.file.write(codecs.BOM_UTF8)
            else:
                from desktop_app.services.xlsx_writer import XlsxTable  # xlsxwriter: XLSX only

                self.xlsx = XlsxTable(self.out.file, sheet_title, columns=len(names),
                                      rows=None if rows is None else rows + 1)
            self.write(names)
        except BaseException:
            self.abort()
            raise

    def write(self, cells: Sequence[object]) -> None:
        if self.xlsx is not None:
            self.xlsx.write_row(cells)
        else:
            self.out.file.write(csv_line(cells).encode("utf-8"))

    def write_text(self, text: str) -> None:
        """Ready CSV lines (``ResultsWriter.csv_chunks``)."""
        self.out.file.write(text.encode("utf-8"))

    def close(self) -> None:
        try:
            if self.xlsx is not None:
                self.xlsx.close()
        except BaseException:
            self.out.abort()
            raise
        self.out.commit()

    def abort(self) -> None:
        if self.xlsx is not None:
            self.xlsx.discard()
        self.out.abort()


def rejected_cells(r: RejectedRow) -> list[list[object]]:
    """One table row per reason of a rejected row (HL7/FHIR: with outcome and location)."""
    extra = [] if r.location is None else [r.outcome, r.location]
    return [[r.row, r.patient_id or "", i.column or "", i.code, i.message, *extra]
            for i in r.reasons]


def write_results(rows: CohortResult | Iterable[CohortRow], path: str | Path, *,
                  force: bool = False, sentences: bool = False) -> None:
    """The results file (``.csv`` or ``.xlsx``) of a cohort or of some of its rows."""
    result, indices = _rows_of(rows)
    results = None if result is None else ResultsWriter(result, sentences=sentences,
                                                        indices=indices)
    writer = TableWriter(path, result_columns(sentences), force=force,
                         rows=0 if results is None else results.n)
    try:
        if results is not None:
            _write_rows(writer, results)
    except BaseException:
        writer.abort()
        raise
    writer.close()


def _rows_of(rows: CohortResult | Iterable[CohortRow]) -> tuple[CohortResult | None,
                                                                  list[int] | None]:
    if isinstance(rows, CohortResult):
        return rows, None
    view = getattr(rows, "result", None)
    if isinstance(view, CohortResult) and len(rows) == view.n:  # type: ignore[arg-type]
        return view, None
    items = list(rows)
    if not items:
        return None, None
    result = items[0].result
    if any(r.result is not result for r in items):
        raise ValueError("rows of different cohorts")
    return result, [r.index for r in items]


def _write_rows(writer: TableWriter, rows: ResultsWriter) -> None:
    if writer.xlsx is None:
        for text in rows.csv_chunks():
            writer.write_text(text)
        return
    for text, count in rows.xlsx_chunks():
        writer.xlsx.write_xml(text, count)


def write_rejected(rows: Iterable[RejectedRow], path: str | Path, *, force: bool = False) -> None:
    rows = list(rows)
    located = any(r.location is not None for r in rows)
    writer = TableWriter(path, MESSAGE_REJECTED_COLUMNS if located else REJECTED_COLUMNS,
                         force=force, sheet_title="rejected rows",
                         rows=sum(len(r.reasons) for r in rows))
    try:
        for r in rows:
            for cells in rejected_cells(r):
                writer.write(cells)
    except BaseException:
        writer.abort()
        raise
    writer.close()
