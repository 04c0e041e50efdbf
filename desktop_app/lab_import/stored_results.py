"""Results stored from earlier message files, paired with a new file's results (ADR 0015).

The laboratory sends ferritin (clinical chemistry) and monocyte HLA-DR (flow cytometry, hours
later) in separate messages, often in separate files.  The inbox keeps state across files: it
offers the results it stored earlier that are still alone (``StoredResult``, rebuilt from what
was stored: the value as entered with its comparator, unit, sample time, or the laboratory's
"not determined" word) to ``message_file.message_outcomes``, which settles them together with
the new file's results by the one rule (``long.settle``: duplicates, then nearest in time
within the interval, ties unpaired).  Here the stored results are put in and taken out again:

- as measurements they get indices after the file's results and row numbers below zero, so
  they never clash with a line or entry number of the file;
- a sample made only of stored results is dropped (nothing new to store); a sample pairing a
  new result with a stored one keeps only the new row, and names the stored result it paired
  with (the store makes it a new version of the stored single-value assessment);
- a stored result that a rule rejects stays as it was stored; a new result rejected because
  of a stored one (a duplicate, a conflict) says so with the stored result's source, not with
  a row number the file does not have.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from desktop_app.core.findings import Finding, Param, Text
from desktop_app.core.values import ParsedValue
from desktop_app.lab_import.fields import ANALYTE_LABEL, Unit
from desktop_app.lab_import.long import Measurement
from desktop_app.lab_import.message_fields import patient_key
from desktop_app.lab_import.model import RowIssue, Sample


@dataclass(frozen=True)
class StoredResult:
    """One ferritin or HLA-DR result stored from an earlier message file.

    ``patient_id``/``assigning_authority`` identify the patient as the file's rows do;
    ``value``/``unit`` as stored (or both None and ``not_determined`` the laboratory's word);
    ``source`` where it was received: ``SourceRef.sentence()`` (worded in the reader's
    language), or words shown as they are ("lab.hl7, message 1 (M1), segment 4 (OBX)", a
    result stored before the ledger kept the place: ``observation_rows.stored_source``);
    ``holder`` the stored assessment (its newest version) that holds it.
    """

    result_key: str
    patient_id: str
    assigning_authority: str | None
    analyte: str  # "ferritin" | "hla_dr"
    sampled_at: datetime
    value: ParsedValue | None
    unit: Unit | None
    not_determined: str | None
    source: str | Param
    holder: int

    @property
    def patient_key(self) -> str:
        return patient_key(self.patient_id, self.assigning_authority)


class Offered:
    """Stored results beside a file's own measurements (see the module docstring)."""

    def __init__(self, stored: tuple[StoredResult, ...], first_index: int) -> None:
        self.stored, self.first_index = stored, first_index
        self.by_index = {first_index + j: s for j, s in enumerate(stored)}
        self.by_row = {-1 - j: s for j, s in enumerate(stored)}
        self._named: dict[str, Param] = {
            str(row): Text(s.source) if isinstance(s.source, str) else s.source
            for row, s in self.by_row.items()}
        # the first stored result per (patient, test, time): what a duplicate duplicates
        self._slots: dict[tuple[str, str, datetime], StoredResult] = {}
        for s in stored:
            self._slots.setdefault((s.patient_key, s.analyte, s.sampled_at), s)

    def measurements(self) -> list[Measurement]:
        return [Measurement(self.first_index + j, -1 - j, s.patient_id, s.patient_key,
                            s.analyte, s.sampled_at, s.value, s.unit, None, s.not_determined)
                for j, s in enumerate(self.stored)]

    def is_stored(self, index: int) -> bool:
        return index in self.by_index

    def sample(self, sample: Sample) -> tuple[Sample, StoredResult | None] | None:
        """``sample`` with this file's rows only, and the stored result it paired with; None
        for a sample of stored results only."""
        if not self.by_row:
            return sample, None  # a file on its own (``batch``)
        new = tuple(r for r in sample.rows if r not in self.by_row)
        if not new:
            return None
        partner = next((self.by_row[r] for r in sample.rows if r in self.by_row), None)
        notes = tuple(self._note(n) for n in sample.notes)
        return replace(sample, rows=new, notes=notes), partner

    def _note(self, note: Finding) -> Finding:
        """A tie note naming a stored result by its source instead of a row number."""
        named = self._named
        params = tuple((name, named[p.value] if isinstance(p, Text) and p.value in named
                        else p) for name, p in note.params)
        return replace(note, params=params)

    def reasons(self, m: Measurement, reasons: tuple[RowIssue, ...]) -> tuple[RowIssue, ...]:
        """The reasons of a new result rejected by ``long.settle``: a duplicate of, or a
        conflict with, a stored result names that result's source."""
        stored = self._slots.get((m.key, m.analyte, m.when))
        if stored is None:
            return reasons
        test = ANALYTE_LABEL[m.analyte]
        out = []
        for issue in reasons:
            if issue.code == "duplicate_result":
                issue = RowIssue.worded(issue.code, "duplicate_result.stored", issue.column,
                                        test=test, source=stored.source)
            elif issue.code == "conflicting_results":
                issue = RowIssue.worded(issue.code, "conflicting_results.stored", issue.column,
                                        test=test, source=stored.source)
            out.append(issue)
        return tuple(out)
