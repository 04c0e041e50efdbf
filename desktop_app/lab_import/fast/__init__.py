"""The fast lane of ``immunosep batch FILE --out RESULTS.csv``: the common clean case,
vectorised, with the reference path deciding everything else.

The reference path (``services.cohort.stream_cohort``: ``csv`` module, ``parse_value`` per
cell, ``classify`` per row, ``result_cells`` per row) costs about 35-70 µs per row.  For a
wide-layout CSV export this package reads the file with numpy, decides the rows it fully
understands in bulk and writes their result lines from per-kind templates; every other row
is validated and classified by the reference code itself, in place, and whole files it does
not handle (spreadsheets, long layout, quoted cells, ...) return ``None`` so that the caller
runs the reference path.  The output file is byte-identical to the reference path's
(tests/lab_import/test_fast_lane*.py prove it on the golden files and generated files).

Which rows are decided here, and why the decisions are exact: ``decide.py``.  Which files:
``source.py``.  How lines are written and checked against the reference: ``render.py``.

Usage (``services.cohort_export.export_results_fast`` is the only caller)::

    renderer = plan_file(path, options, now=now, assessment_options=opts, style=style)
    if renderer is not None and renderer.verify(reference_line):
        for line, outcome in renderer.batch.reference_outcomes(): ...  # the reference's rows
        renderer.write(results_file, reference_lines)
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from desktop_app.core.rules import AssessmentOptions
from desktop_app.lab_import.fast.plan import BLANK, FAST, REFERENCE, FastBatch, plan_batch
from desktop_app.lab_import.fast.render import RESULT_LAYOUT, CsvStyle, Renderer
from desktop_app.lab_import.fast.source import split_csv
from desktop_app.lab_import.model import ImportOptions

# Above this share of rows for the reference path (and 20 000 rows), the fast lane steps
# aside: the reference path streams with bounded memory, the fast lane keeps those lines.
MAX_REFERENCE_SHARE = 0.2
MIN_REFERENCE_LIMIT = 20_000

_log = logging.getLogger(__name__)

__all__ = ["BLANK", "FAST", "REFERENCE", "CsvStyle", "FastBatch", "Renderer", "plan_file"]


def plan_file(path: str | Path, options: ImportOptions | None, *, now: datetime,
              assessment_options: AssessmentOptions, style: CsvStyle,
              max_reference_share: float = MAX_REFERENCE_SHARE) -> Renderer | None:
    """Read ``path`` and decide its rows; None when the file is for the reference path.

    Nothing is written and no callback runs.  Nothing is raised either: a file that cannot
    be read, or anything unforeseen here, returns None, and the reference path then reads the
    file and reports whatever it reports.
    """
    if not _in_layout(tuple(style.columns)):
        return None
    options = options or ImportOptions()
    try:
        split = split_csv(Path(path), options)
        if split is None:
            return None
        batch = plan_batch(split, options, now=now, assessment_options=assessment_options,
                           triggers="".join(sorted(style.formula_triggers)).encode("utf-8"))
        if batch is None:
            return None
        limit = max(MIN_REFERENCE_LIMIT, int(split.lines * max_reference_share))
        if len(batch.reference_lines) > limit:
            return None
        return Renderer(batch, assessment_options, style)
    except Exception as exc:  # the reference path decides, and reports, instead
        # The type only: a message could quote a cell (no patient values in logs).
        _log.warning("fast lane stepped aside after %s", type(exc).__name__)
        return None


def _in_layout(columns: tuple[str, ...]) -> bool:
    """Are ``columns`` some of ``RESULT_LAYOUT``, each once, in its order?"""
    return list(columns) == [c for c in RESULT_LAYOUT if c in columns]
