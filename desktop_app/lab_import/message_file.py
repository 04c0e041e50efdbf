"""An HL7 v2 or FHIR file as a lab file of the one import pipeline (issue 14).

``open_lab_file`` hands a file that is HL7 v2 or FHIR JSON (by its content, or ``--format``)
to ``MessageLabFile``: the reader (``hl7_reader`` / ``fhir_reader``) turns it into per-test
observation rows and the accounting of every message and result; here the classifiable rows
become the long layout's measurements and are settled and paired by its code
(``long.settle``: duplicates, then ferritin with HLA-DR by patient and issuer, sample time and
analyte), so every later step -- facts, the decision, results files, reports, records -- is
the one every other file goes through.  Nothing is decided here.  The laboratory inbox adds
results it stored alone from earlier files (``with_stored``, ``stored_results``): they are
settled with the file's own by the same code, so ferritin and HLA-DR of one sample pair
whether they came in one file or two.

Every result segment (HL7 OBX, FHIR Bundle entry) ends in exactly one place: part of an
assessment, or a ``RejectedRow`` whose ``outcome`` says ``ignored`` (another test, a
preliminary result, a repeat ...), ``rejected`` (with the reason and field) or ``withdrawal``
(it cancels a result).  A result's "row" is the HL7 segment's line in the file, or the FHIR
Bundle entry number; ``RejectedRow.location`` names file, message and segment.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from desktop_app.core.decision import fact_layout
from desktop_app.core.findings import Finding, Text
from desktop_app.core.rules import DEFAULT_OPTIONS, IMMUNOSEP_RULESET, AssessmentOptions, RuleSet
from desktop_app.i18n import N_
from desktop_app.lab_import.fhir_reader import looks_like_fhir
from desktop_app.lab_import.hl7_framing import looks_like_hl7
from desktop_app.lab_import.long import Measurement, settle
from desktop_app.lab_import.message_fields import MessageReadOptions, patient_key
from desktop_app.lab_import.model import (
    ImportCancelled,
    ImportOptions,
    ImportSettings,
    LabFileError,
    RejectedRow,
    Sample,
    UnitChoice,
)
from desktop_app.lab_import.observation_rows import (
    MessageFileResult,
    ObservationRow,
    Outcome,
)
from desktop_app.lab_import.raw_table import Progress, ShouldCancel
from desktop_app.lab_import.samples import SampleTable, from_samples
from desktop_app.lab_import.stored_results import Offered, StoredResult

MESSAGE_FORMATS = ("hl7", "fhir")
FORMAT_NAMES = {"hl7": "HL7 v2", "fhir": "FHIR R4 JSON"}
_SNIFF_BYTES = 4096
# An MSH (or batch header) segment at the start of a line: "MSH|^~\&|" with any field
# separator, e.g. after an export banner the interface engine wrote first.
_MSH_LINE = re.compile(rb"(?:\A|[\r\n])\x0b?(?:MSH|FHS|BHS)([^A-Za-z0-9\s])[^\s]{1,4}?\1")


def sniff_format(path: Path) -> str | None:
    """"hl7" or "fhir" when the file's first bytes say so, else None (a table)."""
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF_BYTES)
    except OSError:
        return None  # check_size reports it
    if looks_like_hl7(head) or _MSH_LINE.search(head):
        return "hl7"
    if looks_like_fhir(head):
        return "fhir"
    return None


def measurement(row: ObservationRow, index: int) -> Measurement:
    """A classifiable observation as the long layout's measurement."""
    return Measurement(index, row.source.row, row.patient_id,
                       patient_key(row.patient_id, row.assigning_authority), row.analyte,
                       row.sampled_at, row.value, row.unit, None, row.not_determined or None)


def used_observations(result: MessageFileResult) -> dict[int, ObservationRow]:
    """The results to classify (final or corrected, and used), by their position in
    ``result.results``."""
    rows = {r.source: r for r in result.observations}
    used = {}
    for k, outcome in enumerate(result.results):
        row = rows.get(outcome.source)
        if row is not None and row.classifiable and outcome.outcome is Outcome.USED:
            used[k] = row
    return used


def not_used(outcome_code: str, outcome: Outcome) -> str:
    """The ``RejectedRow.outcome`` of a result that is part of no assessment."""
    if outcome is Outcome.USED:
        return "withdrawal" if outcome_code == "withdrawal" else "ignored"
    return outcome.value


def message_outcomes(result: MessageFileResult, options: ImportOptions,
                     stored: tuple[StoredResult, ...] = ()
                     ) -> tuple[list[Sample], list[RejectedRow], dict[int, StoredResult]]:
    """Samples (paired as the long layout pairs) and the results in none, both by row.

    ``stored``: results stored from earlier files (the inbox), settled together with this
    file's (``lab_import.stored_results``); the third value names, by the sample's first row,
    the stored result each sample paired with."""
    rows = {r.source: r for r in result.observations}
    used = used_observations(result)
    offered = Offered(stored, len(result.results))
    kept = offered.measurements()  # first: a new result equal to a stored one is the duplicate
    rejected: dict[int, RejectedRow] = {}
    for k, outcome in enumerate(result.results):
        if k in used:
            kept.append(measurement(used[k], k))
            continue
        row = rows.get(outcome.source)
        rejected[k] = RejectedRow(
            outcome.source.row, row.patient_id if row is not None else None, outcome.reasons,
            outcome=not_used(outcome.code, outcome.outcome),
            location=outcome.source.describe())
    settled, refused = settle(kept, options.max_interval)
    new = {m.index: m for m in kept[len(stored):]} if stored else {}
    for k, rej in refused.items():
        if offered.is_stored(k):
            continue  # stays as it was stored
        reasons = offered.reasons(new[k], rej.reasons) if stored else rej.reasons
        rejected[k] = RejectedRow(rej.row, rej.patient_id, reasons,
                                  location=result.results[k].source.describe())
    samples: list[Sample] = []
    partners: dict[int, StoredResult] = {}
    for sample in settled:
        mine = offered.sample(sample)
        if mine is None:
            continue  # stored results only: nothing new
        samples.append(mine[0])
        if mine[1] is not None:
            partners[mine[0].row] = mine[1]
    samples.sort(key=lambda s: s.row)
    return samples, sorted(rejected.values(), key=lambda r: r.row), partners


class MessageLabFile:
    """A message file opened for the pipeline: the same members ``reader.LabFile`` offers
    (``settings``, ``rows_read``, ``blank_rows``, ``preview``, ``outcomes``,
    ``read_samples``) plus ``messages``, the reader's full accounting."""

    def __init__(self, path: Path, fmt: str, options: ImportOptions, *,
                 read_options: MessageReadOptions | None = None) -> None:
        _refuse_table_options(options, fmt)
        self.path, self.options, self.format = path, options, fmt
        read_options = read_options or MessageReadOptions(
            hla_dr_codes=frozenset(options.hla_dr_codes),
            patient_id_authority=options.patient_id_authority,
            local_zone=options.local_zone, max_bytes=options.max_bytes)
        if fmt == "hl7":
            from desktop_app.lab_import.hl7_reader import read_hl7_file

            self.messages = read_hl7_file(path, read_options)
        else:
            from desktop_app.lab_import.fhir_reader import read_fhir_file

            self.messages = read_fhir_file(path, read_options)
        counts = self.messages.counts()
        notes = [Finding("message_counts", tuple((name, Text(str(value))) for name, value in (
            ("file_format", FORMAT_NAMES[fmt]), ("messages", counts["messages"]),
            ("results", counts["results"]), ("used", counts["results_used"]),
            ("ignored", counts["results_ignored"]), ("rejected", counts["results_rejected"]))))]
        notes += [Finding(i.code, i.params) for i in self.messages.outside_messages]
        self.settings = ImportSettings(
            kind=fmt, layout="long", columns=(),
            units=(UnitChoice("ferritin", None, "message"), UnitChoice("hla_dr", None, "message")),
            decimal_comma=False, decimal_comma_source="given", time_format=None,
            notes=tuple(notes))
        self.stored: tuple[StoredResult, ...] = ()
        self._outcomes: tuple[list[Sample], list[RejectedRow],
                              dict[int, StoredResult]] | None = None

    @property
    def rows_read(self) -> int:
        return len(self.messages.results)

    @property
    def blank_rows(self) -> int:
        return 0

    def preview(self, rows: int = 20) -> list[tuple[int, list[str]]]:
        """The first results as text: where, patient, test, value, unit, time, status."""
        by_source = {r.source: r for r in self.messages.observations}
        out = []
        for outcome in self.messages.results[:rows]:
            row = by_source.get(outcome.source)
            cells = [outcome.source.describe()]
            if row is not None:
                cells += [row.patient_id, row.code_text, row.not_determined or row.value_text,
                          row.unit_text, row.sampled_at_text, row.status_text]
            else:
                cells += ["", "", "", "", "", outcome.code]
            out.append((outcome.source.row, cells))
        return out

    def with_stored(self, stored: tuple[StoredResult, ...]) -> MessageLabFile:
        """This file with results stored from earlier files settled beside its own (the
        inbox, ``services.inbox_pairing``); the file itself is not read again."""
        other = copy.copy(self)
        other.stored, other._outcomes = tuple(stored), None
        return other

    @property
    def partners(self) -> dict[int, StoredResult]:
        """The stored result each sample paired with, by the sample's first row."""
        return self._settled()[2]

    def _settled(self) -> tuple[list[Sample], list[RejectedRow], dict[int, StoredResult]]:
        if self._outcomes is None:
            self._outcomes = message_outcomes(self.messages, self.options, self.stored)
        return self._outcomes

    def outcomes(self, *, progress: Progress | None = None,
                 should_cancel: ShouldCancel | None = None) -> Iterator[Sample | RejectedRow]:
        """Every sample and every result in none, by (first) row."""
        if should_cancel is not None and should_cancel():
            raise ImportCancelled()
        samples, rejected, _ = self._settled()
        merged: list[Sample | RejectedRow] = [*samples, *rejected]
        merged.sort(key=lambda o: o.rows[0] if isinstance(o, Sample) else o.row)
        if progress is not None:
            progress(self.rows_read, self.rows_read)
        return iter(merged)

    def read_samples(self, *, ruleset: RuleSet = IMMUNOSEP_RULESET,
                     options: AssessmentOptions = DEFAULT_OPTIONS, now: datetime | None = None,
                     progress: Progress | None = None, should_cancel: ShouldCancel | None = None
                     ) -> tuple[SampleTable, list[RejectedRow]]:
        if should_cancel is not None and should_cancel():
            raise ImportCancelled()
        samples, rejected, _ = self._settled()
        table = from_samples(samples, ruleset=ruleset, options=options, now=now,
                             layout=fact_layout(ruleset, options))
        if progress is not None:
            progress(self.rows_read, self.rows_read)
        return table, list(rejected)


def _refuse_table_options(options: ImportOptions, fmt: str) -> None:
    """Options that describe a table have no meaning for a message file: refused, never
    silently ignored (a unit given for a file whose messages carry their own is a guess)."""
    given = [name for name, on in (
        ("--sheet", options.sheet), ("--column", options.columns),
        ("--ferritin-unit", options.ferritin_unit), ("--hla-dr-unit", options.hla_dr_unit),
        ("--decimal-comma/--decimal-point", options.decimal_comma is not None),
        ("--encoding", options.encoding), ("--delimiter", options.delimiter),
        ("--time-format", options.time_format), ("--layout", options.layout)) if on]
    if given:
        raise LabFileError.worded(
            "bad_option", N_("{options} cannot be used with a {format} file: its messages carry "
                             "their own units, numbers and times"),
            options=", ".join(given), format=FORMAT_NAMES[fmt])
