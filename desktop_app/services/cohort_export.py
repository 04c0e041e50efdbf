"""Cohort results out: JSON dicts (the ``batch --json`` contract), CSV and XLSX files.

Files are written atomically (temporary file in the target folder, fsync, then rename) and an
existing file is never replaced unless ``force`` is given.  Every text cell is
formula-neutralised (``spreadsheet_safety``); numbers are written as numbers.  CSV is UTF-8
with a byte-order mark so spreadsheet programs show µ and umlauts correctly.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from desktop_app.core.phenotype import Assessment, Finding, Phenotype, classify
from desktop_app.core.rules import DEFAULT_OPTIONS, IMMUNOSEP_RULESET, AssessmentOptions
from desktop_app.core.serialize import inputs_to_dict
from desktop_app.lab_import import ImportOptions, RejectedRow, Sample
from desktop_app.services.atomic import atomic_writer
from desktop_app.services.cohort import CohortRow, CohortSummary
from desktop_app.services.spreadsheet_safety import (
    FORMULA_TRIGGERS,
    NEUTRALISER,
    csv_number,
    is_number,
    neutralise,
    safe_xlsx_cell,
)

if TYPE_CHECKING:  # numpy is imported only when the fast lane runs
    from desktop_app.lab_import.fast import Renderer

_log = logging.getLogger(__name__)

# Every column a results table can hold.  ``reasons`` and ``warnings`` say in sentences what
# the code columns and the input columns already hold; they make up most of a line (about 250
# of 450 bytes), so a results file carries them only on request (``batch --sentences``, and
# always from the window, where people read the file).  See docs/import.md "Results files".
EXPLAINED_RESULT_COLUMNS = (
    "row", "rows", "patient_id", "status", "phenotype", "treatment_arm",
    "ferritin_entered", "ferritin_unit", "ferritin_comparator", "ferritin_value",
    "ferritin_ng_ml", "ferritin_sampled_at", "hla_dr_entered", "hla_dr_unit",
    "hla_dr_comparator", "hla_dr_value", "hla_dr_sampled_at", "age_years",
    "reason_codes", "reasons", "warning_codes", "warnings", "ruleset_version",
)
SENTENCE_COLUMNS = ("reasons", "warnings")
RESULT_COLUMNS = tuple(c for c in EXPLAINED_RESULT_COLUMNS if c not in SENTENCE_COLUMNS)


def result_columns(sentences: bool) -> tuple[str, ...]:
    return EXPLAINED_RESULT_COLUMNS if sentences else RESULT_COLUMNS


REJECTED_COLUMNS = ("row", "patient_id", "column", "code", "message")
EXPORT_FORMATS = ("csv", "xlsx")


# -- JSON -------------------------------------------------------------------------------------
def findings_to_list(findings: Iterable[Finding]) -> list[dict[str, str]]:
    return [{"code": f.code, "message": f.message} for f in findings]


def row_to_dict(r: CohortRow) -> dict[str, Any]:
    """One entry of ``results``: the contract keys plus ``rows``, ``sampled_at``, ``inputs``."""
    a = r.assessment
    return {
        "row": r.row, "rows": list(r.rows), "patient_id": r.patient_id,
        "status": a.status.value,
        "phenotype": a.phenotype.value if a.phenotype else None,
        "treatment_arm": a.treatment_arm.value if a.treatment_arm else None,
        "reasons": findings_to_list(a.reasons), "warnings": findings_to_list(r.findings),
        "sampled_at": r.sample.sampled_at.isoformat() if r.sample.sampled_at else None,
        "inputs": inputs_to_dict(a.inputs),
    }


def rejected_to_dict(r: RejectedRow) -> dict[str, Any]:
    return {"row": r.row, "patient_id": r.patient_id,
            "reasons": [{"code": i.code, "message": i.message, "column": i.column}
                        for i in r.reasons]}


def summary_to_dict(s: CohortSummary) -> dict[str, Any]:
    """The count keys; ``classified + cannot_classify + rejected == rows_read``."""
    st = s.settings
    return {
        "rows_read": s.rows_read, "classified": s.classified,
        "cannot_classify": s.cannot_classify, "rejected": s.rejected,
        "assessments": s.assessments, "blank_rows": s.blank_rows,
        "phenotype_counts": s.phenotype_counts(),
        "assessed_at": s.assessed_at.isoformat() if s.assessed_at else None,
        # Every row of a run is decided by this one rule set (``classify``'s only one).
        "ruleset_version": IMMUNOSEP_RULESET.version,
        "rule": list(IMMUNOSEP_RULESET.rule_text()),
        "source": {"citation": IMMUNOSEP_RULESET.citation, "doi": IMMUNOSEP_RULESET.doi,
                   "registry_id": IMMUNOSEP_RULESET.registry_id},
        "settings": {
            "kind": st.kind, "layout": st.layout, "encoding": st.encoding,
            "delimiter": st.delimiter, "sheet": st.sheet, "decimal_comma": st.decimal_comma,
            "time_format": st.time_format,
            "columns": {c.field: c.header for c in st.columns},
            "units": {u.field: {"unit": u.unit, "source": u.source} for u in st.units},
            "notes": list(st.notes),
        },
    }


# -- table rows -------------------------------------------------------------------------------
def result_cells(r: CohortRow, sentences: bool = False) -> list[object]:
    """The ``result_columns(sentences)`` of one assessment; numbers as Decimal/int, texts raw."""
    a = r.assessment
    f, h, age = a.inputs.ferritin, a.inputs.hla_dr, a.inputs.age_years
    findings = r.findings
    reasons = [";".join(x.code for x in a.reasons)]
    warnings = [";".join(x.code for x in findings)]
    if sentences:
        reasons.append(" | ".join(x.message for x in a.reasons))
        warnings.append(" | ".join(x.message for x in findings))
    return [
        r.row, ";".join(str(n) for n in r.rows), r.patient_id, a.status.value,
        a.phenotype.value if a.phenotype else "",
        a.treatment_arm.value if a.treatment_arm else "",
        f.value.text.strip() if f else "", f.unit.value if f else "",
        f.value.comparator.symbol if f else "", f.value.value if f else None,
        f.ng_per_ml if f else None,
        f.sampled_at.isoformat() if f and f.sampled_at else "",
        h.value.text.strip() if h else "", h.unit.value if h else "",
        h.value.comparator.symbol if h else "", h.value.value if h else None,
        h.sampled_at.isoformat() if h and h.sampled_at else "",
        age.value if age and not age.is_censored else (age.display() if age else None),
        *reasons, *warnings, a.ruleset.version,
    ]


def rejected_cells(r: RejectedRow) -> list[list[object]]:
    """One table row per reason of a rejected row."""
    return [[r.row, r.patient_id or "", i.column or "", i.code, i.message] for i in r.reasons]


# -- files ------------------------------------------------------------------------------------
class AtomicFile:
    """A new file that appears at ``path`` only when ``commit()`` succeeds.

    A thin open/commit/abort wrapper around ``services.atomic.atomic_writer`` (temporary file
    in the same folder, fsync, rename; Windows sharing violations retried) for writers that
    stream rows over a long run.  Without ``force`` an existing ``path`` is never replaced
    (``TargetExistsError``, a ``FileExistsError``, at open or at commit).
    """

    def __init__(self, path: str | Path, *, force: bool = False) -> None:
        self.path = Path(path)
        self._context = atomic_writer(self.path, overwrite=force)
        self.file: BinaryIO = self._context.__enter__()
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


def _csv_text(value: object) -> object:
    # Hot path (23 cells per row): exact type checks before the general rules.
    kind = type(value)
    if kind is str:
        text: str = value  # type: ignore[assignment]
        return NEUTRALISER + text if text and text[0] in FORMULA_TRIGGERS else text
    if value is None:
        return ""
    if kind is int:
        return value
    if kind is Decimal:
        return format(value, "f")
    if is_number(value):
        return csv_number(value)  # type: ignore[arg-type]
    return neutralise(str(value))


class TableWriter:
    """Writes rows of cells to a CSV or XLSX file atomically; ``close()`` commits."""

    def __init__(self, path: str | Path, header: Iterable[str], *, force: bool = False,
                 sheet_title: str = "results") -> None:
        self.path = Path(path)
        fmt = self.path.suffix.lower().lstrip(".")
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"{self.path.name}: the output must end in .csv or .xlsx")
        self.format = fmt
        self.out = AtomicFile(self.path, force=force)
        self.write: Callable[[list[object]], None]
        if fmt == "csv":
            self.text = io.TextIOWrapper(self.out.file, encoding="utf-8-sig", newline="")
            self.csv = csv.writer(self.text)
            self.write = lambda cells: self.csv.writerow([_csv_text(c) for c in cells])
        else:
            from openpyxl import Workbook

            self.book = Workbook(write_only=True)
            self.sheet = self.book.create_sheet(sheet_title)
            self.write = lambda cells: self.sheet.append([safe_xlsx_cell(c) for c in cells])
        self.write(list(header))

    def close(self) -> None:
        try:
            if self.format == "csv":
                self.text.flush()
                self.text.detach()
            else:
                self.book.save(self.out.file)
        except BaseException:
            self.out.abort()
            raise
        self.out.commit()

    def abort(self) -> None:
        self.out.abort()


def write_results(rows: Iterable[CohortRow], path: str | Path, *, force: bool = False,
                  sentences: bool = False) -> None:
    writer = TableWriter(path, result_columns(sentences), force=force)
    try:
        for r in rows:
            writer.write(result_cells(r, sentences))
    except BaseException:
        writer.abort()
        raise
    writer.close()


def csv_line(cells: Iterable[object]) -> bytes:
    """One row exactly as ``TableWriter`` writes it to a CSV file (without the BOM)."""
    text = io.StringIO()
    csv.writer(text).writerow([_csv_text(c) for c in cells])
    return text.getvalue().encode("utf-8")


def export_results_fast(path: str | Path, options: ImportOptions | None,
                        results_path: str | Path, *, rejected_path: str | Path | None = None,
                        force: bool = False, sentences: bool = False,
                        now: datetime | None = None,
                        assessment_options: AssessmentOptions = DEFAULT_OPTIONS
                        ) -> CohortSummary | None:
    """``batch FILE --out RESULTS.csv [--rejected-out FILE] [--sentences]`` through the fast lane
    (``desktop_app.lab_import.fast``): the same files, byte for byte, and the same summary as
    ``stream_cohort`` with ``write_results``-style writers, much faster for clean CSV exports.

    Returns None, having written and called nothing, when the fast lane does not take the
    file (not a CSV target, or ``lab_import.fast`` leaves it to the reference path): the
    caller then runs the reference path.
    """
    if Path(results_path).suffix.lower() != ".csv":
        return None
    from desktop_app.lab_import.fast import CsvStyle, plan_file

    when = now or datetime.now().astimezone()
    columns = result_columns(sentences)
    style = CsvStyle(columns, FORMULA_TRIGGERS, NEUTRALISER)
    renderer = plan_file(path, options, now=when, assessment_options=assessment_options,
                         style=style)

    def reference(sample: Sample) -> tuple[Assessment, bytes]:
        a = classify(sample.inputs, options=assessment_options, now=when)
        return a, csv_line(result_cells(CohortRow(sample, a), sentences))

    if renderer is None or not _verified(renderer, lambda s: reference(s)[1]):
        return None
    batch = renderer.batch
    out = CohortSummary(batch.settings, rows_read=batch.rows_read, blank_rows=batch.blank_rows,
                        assessed_at=when)
    results = AtomicFile(results_path, force=force)
    rejected = None
    try:
        if rejected_path is not None:
            rejected = TableWriter(rejected_path, REJECTED_COLUMNS, force=force,
                                   sheet_title="rejected rows")
        lines: dict[int, bytes] = {}
        for line, outcome in batch.reference_outcomes():
            if isinstance(outcome, RejectedRow):
                out.rejected += 1
                if rejected is not None:
                    for cells in rejected_cells(outcome):
                        rejected.write(cells)
                continue
            a, lines[line] = reference(outcome)
            _count(out, a.phenotype, len(outcome.rows), 1)
        for phenotype, rows in renderer.counts():
            _count(out, phenotype, rows, rows)
        results.file.write(codecs.BOM_UTF8 + csv_line(columns))
        renderer.write(results.file, lines)
    except BaseException:
        results.abort()
        if rejected is not None:
            rejected.abort()
        raise
    # The file's fsync waits for the disk without the GIL: free the file's cells meanwhile
    # (about 400 000 objects per 100 000 rows).
    with ThreadPoolExecutor(1) as pool:
        flushed = pool.submit(results.commit)
        del renderer, batch, lines
        flushed.result()
    if rejected is not None:
        rejected.close()
    return out


def _verified(renderer: Renderer, reference_line: Callable[[Sample], bytes]) -> bool:
    """The fast lane's lines equal the reference's for one row of every kind (no error)."""
    try:
        return bool(renderer.verify(reference_line))
    except Exception as exc:  # then the reference path does the whole file
        _log.warning("fast lane check failed (%s); reference path", type(exc).__name__)
        return False


def _count(out: CohortSummary, phenotype: Phenotype | None, rows: int, assessments: int) -> None:
    """What ``classify_lab_file`` counts for ``assessments`` assessments of ``rows`` rows."""
    out.assessments += assessments
    if phenotype is not None:
        out.classified += rows
        out.phenotypes[phenotype.value] += assessments
    else:
        out.cannot_classify += rows
        out.phenotypes["cannot_classify"] += assessments


def write_rejected(rows: Iterable[RejectedRow], path: str | Path, *, force: bool = False) -> None:
    writer = TableWriter(path, REJECTED_COLUMNS, force=force, sheet_title="rejected rows")
    try:
        for r in rows:
            for cells in rejected_cells(r):
                writer.write(cells)
    except BaseException:
        writer.abort()
        raise
    writer.close()
