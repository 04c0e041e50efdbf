"""The words and the order of a batch's summary: which rows need action, and why, in words.

Every row of the file is listed once.  Rows needing action come first — no report (rejected at
import, failed, not done), cannot classify, a value near a threshold — then the rest, each group
by row number.  The same order is the order of the patients in ``all-reports.pdf``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.core.charts import STYLES, map_point
from desktop_app.core.phenotype import Assessment, Phenotype, Status
from desktop_app.i18n import Translator, translator
from desktop_app.report.facts import attention_rank
from desktop_app.report.options import ReportOptions
from desktop_app.services.report_batch import BatchReport, Outcome, ReportJob, RowOutcome

if TYPE_CHECKING:
    from desktop_app.report.cohort import CohortRow


def summary_order(outcomes: Sequence[RowOutcome],
                  assessments: dict[int, Assessment]) -> list[RowOutcome]:
    """Rows needing action first (see the module docstring), then by row."""
    def key(o: RowOutcome) -> tuple[int, int]:
        if o.outcome is not Outcome.WRITTEN:
            return 0, o.row
        return attention_rank(assessments.get(o.row)), o.row

    return sorted(outcomes, key=key)


def summary_rows(ordered: Sequence[RowOutcome], assessments: dict[int, Assessment],
                 tr: Translator) -> tuple[CohortRow, ...]:
    from desktop_app.report.cohort import CohortRow
    from desktop_app.report.document import format_time

    rows = []
    for o in ordered:
        a = assessments.get(o.row)
        if o.outcome is Outcome.REJECTED or a is None:
            why, result, sampled = o.worded_reason(tr), "—", ""
        else:
            result = tr(short_result(o))
            findings = a.reasons if a.status is Status.CANNOT_CLASSIFY else a.warnings
            why = " ".join(tr.finding(f) for f in findings)
            if o.outcome is not Outcome.WRITTEN:
                why = " ".join(p for p in (tr(o.reason), why) if p)
            times = [(tr("ferritin"), a.inputs.ferritin.sampled_at if a.inputs.ferritin
                      else None),
                     (tr("HLA-DR"), a.inputs.hla_dr.sampled_at if a.inputs.hla_dr else None)]
            sampled = tr.join(tr("{analyte} {time}", analyte=name, time=format_time(when))
                                for name, when in times if when is not None)
        attention = o.outcome is not Outcome.WRITTEN or attention_rank(a) < 3
        rows.append(CohortRow(o.row, o.patient_id, result, o.near_threshold, why, sampled,
                              tr(o.outcome.text), attention))
    return tuple(rows)


def render_summary(result: BatchReport, jobs: Sequence[ReportJob], ordered: Sequence[RowOutcome],
                   *, generated_at: datetime, options: ReportOptions,
                   source_name: str, evidence_version: str) -> bytes:
    """The cohort summary PDF: counts, the cohort map of every job, one line per row."""
    from desktop_app.core.rules import IMMUNOSEP_RULESET
    from desktop_app.report.cohort import CohortSummary, render_cohort_summary

    tr = translator(options.lang)
    assessments = {j.row: j.assessment for j in jobs}
    points = tuple(p for j in jobs if (p := map_point(j.assessment)) is not None)
    results = [short_result(o) for o in result.outcomes if o.outcome is not Outcome.REJECTED]
    counts = [(tr("Rows in the file"), len(result.outcomes))]
    counts += [(tr(label), results.count(label)) for label in (
        STYLES[Phenotype.MALS].label, STYLES[Phenotype.IMMUNOPARALYSIS].label,
        STYLES[Phenotype.UNCLASSIFIED].label, STYLES[None].label)]
    counts += [(tr("Near a threshold"), sum(o.near_threshold for o in result.outcomes)),
               (tr("Rejected at import"), result.count(Outcome.REJECTED)),
               (tr("Reports written"), result.count(Outcome.WRITTEN)),
               (tr("Reports failed"), result.count(Outcome.FAILED))]
    if result.cancelled:
        counts.append((tr("Not done (cancelled)"), result.count(Outcome.CANCELLED)))
    ruleset = jobs[0].assessment.ruleset if jobs else IMMUNOSEP_RULESET
    return render_cohort_summary(CohortSummary(
        source_name, summary_rows(ordered, assessments, tr), points, tuple(counts),
        generated_at, options, ruleset.version, evidence_version))


def short_result(o: RowOutcome) -> str:
    """"MALS", "Immunoparalysis", "Unclassified", "Cannot classify", or "—" (rejected)."""
    if o.outcome is Outcome.REJECTED:
        return "—"
    return STYLES[Phenotype(o.phenotype) if o.phenotype else None].label


def bookmark(o: RowOutcome, tr: Translator) -> str:
    """The outline entry of a patient in all-reports.pdf: row, identifier, result, flag."""
    text = tr("Row {row}: {patient} — {result}", row=o.row,
              patient=o.patient_id or tr("(no identifier)"), result=tr(short_result(o)))
    return tr("{entry} — near threshold", entry=text) if o.near_threshold else text
