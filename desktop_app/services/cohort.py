"""Import a lab file and classify every sample: the cohort use case shared by CLI and GUI.

Each data row of the file ends as exactly one of: part of a classified assessment, part of a
cannot-classify assessment (the core's reasons), or rejected (row number, column, reason).
``rows_read == classified + cannot_classify + rejected`` always holds (hazard H18).  The
classification is the core's ``classify``; nothing here decides a phenotype.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop_app.core.phenotype import Assessment, Finding, Phenotype, Status, classify
from desktop_app.core.rules import DEFAULT_OPTIONS, AssessmentOptions
from desktop_app.core.values import ParsedValue
from desktop_app.lab_import import (
    ImportOptions,
    ImportSettings,
    LabFile,
    RejectedRow,
    Sample,
    open_lab_file,
)
from desktop_app.services.entry import EntryText

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass(frozen=True)
class CohortRow:
    """One assessment of the cohort: the sample it came from and the core's ``Assessment``.

    ``row`` is the first source row (spreadsheet numbering, header = row 1), ``rows`` all of
    them (two in long layout when ferritin and HLA-DR were paired); ``patient_id`` is the text
    as written in the file.  ``findings`` are the core's warnings followed by import notes.
    """

    sample: Sample
    assessment: Assessment

    @property
    def row(self) -> int:
        return self.sample.rows[0]

    @property
    def rows(self) -> tuple[int, ...]:
        return self.sample.rows

    @property
    def patient_id(self) -> str:
        return self.sample.patient_id

    @property
    def status(self) -> Status:
        return self.assessment.status

    @property
    def phenotype(self) -> Phenotype | None:
        return self.assessment.phenotype

    @property
    def findings(self) -> tuple[Finding, ...]:
        notes = tuple(Finding(n.code, n.message) for n in self.sample.notes)
        return self.assessment.warnings + notes


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

    @property
    def balanced(self) -> bool:
        return self.classified + self.cannot_classify + self.rejected == self.rows_read

    def phenotype_counts(self) -> dict[str, int]:
        """Assessments per phenotype value, plus ``cannot_classify``, in a fixed order."""
        keys = [p.value for p in Phenotype] + ["cannot_classify"]
        return {k: self.phenotypes.get(k, 0) for k in keys}


@dataclass
class CohortResult(CohortSummary):
    """A cohort in memory: every assessment and every rejected row, in row order."""

    rows: list[CohortRow] = field(default_factory=list)
    rejected_rows: list[RejectedRow] = field(default_factory=list)


def stream_cohort(path: str | Path, options: ImportOptions | None = None, *,
                  on_row: Callable[[CohortRow], None] | None = None,
                  on_rejected: Callable[[RejectedRow], None] | None = None,
                  progress: Progress | None = None, should_cancel: ShouldCancel | None = None,
                  now: datetime | None = None,
                  assessment_options: AssessmentOptions = DEFAULT_OPTIONS) -> CohortSummary:
    """Read, validate and classify ``path``, handing each outcome to a callback in row order.

    Memory stays bounded by the file's raw rows: assessments are not kept, so a caller that
    writes them out (the ``batch`` command) can process a million rows.

    Parameters
    ----------
    path, options:
        The lab file and how to read it (``desktop_app.lab_import.ImportOptions``).
    on_row, on_rejected:
        Called once per assessment (``CohortRow``) / per ``RejectedRow``, in row order.
    progress:
        ``progress(rows_done, rows_total)``, called from the calling thread.
    should_cancel:
        Polled every few thousand rows; ``desktop_app.lab_import.ImportCancelled`` is raised
        when it returns True.
    now:
        The time sample times are checked against (future samples cannot be classified);
        defaults to the current time.

    Raises
    ------
    desktop_app.lab_import.LabFileError
        When the file as a whole cannot be read (``code``, one-sentence ``message``).
    """
    lab = open_lab_file(path, options, should_cancel=should_cancel)
    return classify_lab_file(lab, CohortSummary(lab.settings), on_row=on_row,
                             on_rejected=on_rejected, progress=progress,
                             should_cancel=should_cancel, now=now,
                             assessment_options=assessment_options)


def run_cohort(path: str | Path, options: ImportOptions | None = None, *,
               progress: Progress | None = None, should_cancel: ShouldCancel | None = None,
               now: datetime | None = None,
               assessment_options: AssessmentOptions = DEFAULT_OPTIONS) -> CohortResult:
    """Like ``stream_cohort`` but keeps every ``CohortRow`` (with its ``Assessment``) and
    every ``RejectedRow`` in the returned ``CohortResult`` (about 3 kB per row)."""
    lab = open_lab_file(path, options, should_cancel=should_cancel)
    return cohort_of(lab, progress=progress, should_cancel=should_cancel, now=now,
                     assessment_options=assessment_options)


def cohort_of(lab: LabFile, *, progress: Progress | None = None,
              should_cancel: ShouldCancel | None = None, now: datetime | None = None,
              assessment_options: AssessmentOptions = DEFAULT_OPTIONS) -> CohortResult:
    """Classify an already opened ``LabFile`` (e.g. after the import dialog's preview)."""
    result = CohortResult(lab.settings)
    classify_lab_file(lab, result, on_row=result.rows.append,
                      on_rejected=result.rejected_rows.append, progress=progress,
                      should_cancel=should_cancel, now=now,
                      assessment_options=assessment_options)
    return result


def classify_lab_file(lab: LabFile, out: CohortSummary, *,
                      on_row: Callable[[CohortRow], None] | None = None,
                      on_rejected: Callable[[RejectedRow], None] | None = None,
                      progress: Progress | None = None,
                      should_cancel: ShouldCancel | None = None, now: datetime | None = None,
                      assessment_options: AssessmentOptions = DEFAULT_OPTIONS) -> CohortSummary:
    """Validate every row of ``lab`` and classify every sample with the core, updating the
    counts in ``out``; see ``stream_cohort`` for the callbacks."""
    when = now or datetime.now().astimezone()
    out.rows_read, out.blank_rows, out.assessed_at = lab.rows_read, lab.blank_rows, when
    phenotypes = out.phenotypes
    for outcome in lab.outcomes(progress=progress, should_cancel=should_cancel):
        if isinstance(outcome, RejectedRow):
            out.rejected += 1
            if on_rejected is not None:
                on_rejected(outcome)
            continue
        assessment = classify(outcome.inputs, options=assessment_options, now=when)
        n = len(outcome.rows)
        out.assessments += 1
        if assessment.phenotype is not None:
            out.classified += n
            phenotypes[assessment.phenotype.value] += 1
        else:
            out.cannot_classify += n
            phenotypes["cannot_classify"] += 1
        if on_row is not None:
            on_row(CohortRow(outcome, assessment))
    return out


def entry_text_of(assessment: Assessment, *, decimal_comma: bool = False) -> EntryText:
    """The form text that reproduces ``assessment``'s inputs (to open an imported row in the
    main window).  Numbers are written canonically (comparator, digits, the form's decimal
    separator) so the form reads back exactly the values that were classified."""
    inputs = assessment.inputs
    f, h, age = inputs.ferritin, inputs.hla_dr, inputs.age_years

    def number(value: ParsedValue | None) -> str | None:
        if value is None:
            return None
        text = value.display()
        return text.replace(".", ",") if decimal_comma else text

    def when(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None

    return EntryText(
        ferritin=number(f.value) if f else None, ferritin_unit=f.unit.value if f else "ng/mL",
        hla_dr=number(h.value) if h else None, hla_dr_unit=h.unit.value if h else "AB/C",
        age=number(age), ferritin_sampled=when(f.sampled_at if f else None),
        hla_dr_sampled=when(h.sampled_at if h else None),
        hla_dr_processed=when(h.processed_at if h else None))
