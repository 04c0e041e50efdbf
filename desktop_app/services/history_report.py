"""The one-page history PDF as a use case: stored records in, a file written atomically.

``report/history.py`` draws; this module turns ``HistoryEntry`` records into the report's plain
rows (and the stored scores into the report's ``ScoresSection``), registers the bundled font,
renders under the process-wide reportlab lock and writes the file atomically (a half-written
PDF never appears).  Nothing here logs identifiers or values.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.trend import TrendChart
from desktop_app.report.filenames import safe_stem
from desktop_app.services.atomic import write_bytes_atomic
from desktop_app.services.reports import RENDER_LOCK, make_options, prepare, verify_pdf

if TYPE_CHECKING:
    from desktop_app.i18n import Translator
    from desktop_app.report.history import HistoryRow
    from desktop_app.services.records import HistoryEntry, StoreError
    from desktop_app.services.scores import PatientScores


def history_rows(entries: Sequence[HistoryEntry], tr: Translator) -> list[HistoryRow]:
    from desktop_app.report.history import HistoryRow
    from desktop_app.report.words import version_note

    def value(part: dict | None) -> str:
        return f"{part['entered']} {part['unit']}" if part else "—"

    rows = []
    for e in entries:
        notes = [version_note(n, tr) for n in e.version_marks()]
        rows.append(HistoryRow(
            when=e.order_time, sampled=e.sampled_at is not None, phenotype=e.phenotype,
            ferritin=value(e.inputs.get("ferritin")), hla_dr=value(e.inputs.get("hla_dr")),
            record=f"#{e.assessment_id}" + (f" — {'; '.join(notes)}" if notes else ""),
            current=e.is_current))
    return rows


def render_history_pdf(patient_id: str, entries: Sequence[HistoryEntry], chart: TrendChart, *,
                       generated_at: datetime, training: bool, institution: str = "",
                       ward: str = "", paper: str = "a4", invariant: bool = False,
                       lang: str | None = None, scores: PatientScores | None = None,
                       scores_problem: str | StoreError = "",
                       today: date | None = None) -> bytes:
    """``scores``: the patient's score records, printed as of ``today`` (default: the date
    of ``generated_at``) — the newest checklist and HScore, the day-9 measure;
    ``scores_problem``: why they could not be read (printed instead, so a page without them
    is not taken for a patient without them; a store error is worded in ``lang``)."""
    from desktop_app.i18n import translator
    from desktop_app.report.history import PatientHistory, render_patient_history
    from desktop_app.services.scores import report_section

    if generated_at.tzinfo is None:
        raise ValueError("generated_at must carry a time zone")
    prepare()
    options = make_options(institution=institution, ward=ward, paper=paper, training=training,
                           invariant=invariant, lang=lang or "en")  # the footer's language
    tr = translator(lang)
    section = None if scores is None else report_section(
        scores, today if today is not None else generated_at.date())
    history = PatientHistory(patient_id, history_rows(entries, tr), chart,
                             {e.assessment_id: e.phenotype for e in entries}, generated_at,
                             options, tr, section, scores_problem if isinstance(
                                 scores_problem, str) else scores_problem.localized(tr))
    with RENDER_LOCK:
        data = render_patient_history(history)
    verify_pdf(data)
    return data


def write_history_pdf(path: str | os.PathLike[str], patient_id: str,
                      entries: Sequence[HistoryEntry], chart: TrendChart, *,
                      generated_at: datetime, training: bool, lang: str | None = None,
                      scores: PatientScores | None = None,
                      scores_problem: str | StoreError = "", today: date | None = None) -> Path:
    """Render and write (replacing a file the user chose in the save dialog); returns it."""
    data = render_history_pdf(patient_id, entries, chart, generated_at=generated_at,
                              training=training, lang=lang, scores=scores,
                              scores_problem=scores_problem, today=today)
    target = Path(path)
    write_bytes_atomic(target, data, overwrite=True)
    return target


def suggested_name(patient_id: str, when: datetime) -> str:
    return f"history-{safe_stem(patient_id)}-{when:%Y%m%d-%H%M}.pdf"
