"""The data that flows out of a lab-file import: options in, settings, samples and rejections out.

Every data row of a file ends in exactly one place: a ``Sample`` (to be classified by the core;
several rows in long layout) or a ``RejectedRow`` with the reasons.  Blank rows (no text in any
cell) are counted separately and are not data rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, tzinfo
from typing import Any, Self

from desktop_app.core.findings import Finding, Param, Params, Sentence, render, text_params
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.values import InputError

# Fields a column can be mapped to.  The first seven are the public CLI contract
# (``--column FIELD=HEADER``); then long layout's; then the optional identification of the
# patient (printed on reports, cross-checked per patient id, never part of a decision).
WIDE_FIELDS = ("patient_id", "ferritin", "ferritin_unit", "hla_dr", "hla_dr_unit",
               "sampled_at", "age")
LONG_FIELDS = ("test", "test_code", "value", "unit")
IDENTITY_FIELDS = ("patient_name", "record_number", "date_of_birth")
FIELDS = WIDE_FIELDS + LONG_FIELDS + IDENTITY_FIELDS

DEFAULT_MAX_BYTES = 256 * 1024 * 1024  # a 1 M-row LIS export is about 45 MB
DEFAULT_MAX_ROWS = 2_000_000
DEFAULT_MAX_INTERVAL = timedelta(hours=24)  # hazards H13; AssessmentOptions uses the same


class LabFileError(Exception):
    """The file as a whole cannot be read (exit status 2 on the command line).

    ``code`` is machine-readable (``too_large``, ``not_found``, ``encoding``, ``delimiter``,
    ``unmatched_quote``, ``no_patient_column``, ``zip_bomb``, ...); ``message`` is one sentence
    for the user that says what is needed, in English.  An error raised with ``worded`` also
    keeps its ``template`` (marked with ``N_`` where it is written) and the values of its
    fields, so a reader's language can word it (``localized``); the others are English only
    until they are raised that way too.
    """

    def __init__(self, code: str, message: str, *, template: str = "",
                 params: Mapping[str, object] | None = None,
                 problem: Problem | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.template = template
        self.params = dict(params or {})
        self.problem = problem

    @classmethod
    def worded(cls, code: str, template: str, **params: object) -> LabFileError:
        """``params``: strings shown as they are (a file name), numbers (``Decimal``, ``int``)
        written with the reader's decimal separator."""
        return cls(code, template.format(**params), template=template, params=params)

    @classmethod
    def of(cls, code: str, problem: Problem) -> LabFileError:
        """A value the whole file depends on (an option) that cannot be used, worded by the
        core's template of ``problem``."""
        return cls(code, problem.message, problem=problem)

    def localized(self, tr: Any) -> str:
        """The sentence in the language of ``tr`` (a ``desktop_app.i18n.Translator``)."""
        if self.problem is not None:
            return str(tr.finding(self.problem))
        return tr(self.template, **self.params) if self.template else self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Whole, template and fields included, across the spreadsheet reader's process pipe.
        return (type(self), (self.code, self.message),
                {"template": self.template, "params": self.params})


class Word(str):
    """An English word inside a file error (a delimiter's name, marked with ``N_`` where it is
    written): the English message shows it as it is, ``localized`` in the reader's language."""

    __slots__ = ()

    def localized(self, tr: Callable[..., str]) -> str:
        return tr(str(self))


class ImportCancelled(Exception):
    """Raised when ``should_cancel()`` returned True; nothing is half-returned."""


@dataclass(frozen=True)
class ImportOptions:
    """How to read a file.  ``None`` everywhere means "detect it, and refuse if ambiguous".

    columns:
        Field -> header overrides, e.g. ``(("ferritin", "Ferritin (pmol/l)"),)``; fields are
        in ``FIELDS``.  A header must match a column exactly (surrounding spaces ignored); an
        empty header means the field is not read at all.
    ferritin_unit, hla_dr_unit:
        Unit for every value of that analyte, overriding the header (a unit column that says
        otherwise rejects the row).  Parsed by the core's unit parsers.
    decimal_comma:
        True/False as declared; None detects it only when the value cells are unambiguous.
    encoding, delimiter:
        CSV only; None detects (UTF-8 with/without BOM, UTF-16 with BOM, cp1252/latin-1).
    time_format:
        ``strptime`` format for sample times that are not ISO 8601, e.g. ``%d.%m.%Y %H:%M``.
        None detects a format only when every non-ISO time in the column fits exactly one.
    local_zone:
        Zone for times written without offset; None means the workstation's zone.
    max_interval:
        Long layout: ferritin and HLA-DR of one patient are paired only within this interval.
    layout:
        "wide", "long" or None (detected from the headers).
    format:
        "csv", "excel", "hl7", "fhir" or None (detected from the file's content, then its
        extension).
    hla_dr_codes, patient_id_authority:
        HL7 and FHIR files: the site's ``[inbox]`` settings (codes meaning monocyte HLA-DR;
        the issuer whose identifier is the patient id).
    """

    sheet: str | None = None
    columns: tuple[tuple[str, str], ...] = ()
    ferritin_unit: str | None = None
    hla_dr_unit: str | None = None
    decimal_comma: bool | None = None
    encoding: str | None = None
    delimiter: str | None = None
    time_format: str | None = None
    local_zone: tzinfo | None = None
    max_interval: timedelta = DEFAULT_MAX_INTERVAL
    layout: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    max_rows: int = DEFAULT_MAX_ROWS
    format: str | None = None
    hla_dr_codes: tuple[str, ...] = ()
    patient_id_authority: str | None = None

    @property
    def column_map(self) -> dict[str, str]:
        return dict(self.columns)


class Problem(ValueError):
    """A cell or value that cannot be used: ``code`` (what a row's reason says in JSON), the
    ``core.findings`` template ``template_id`` with its typed ``params``, and ``message``, the
    English sentence rendered from them."""

    def __init__(self, code: str, template_id: str, params: Params = ()) -> None:
        self.code = code
        self.template_id = template_id
        self.params = params
        self.message = render(template_id, params)
        super().__init__(self.message)

    @classmethod
    def worded(cls, code: str, template_id: str, /, **params: str | Param) -> Self:
        """``params``: a ``str`` is shown exactly as it is (``findings.Text``)."""
        return cls(code, template_id, text_params(**params))

    @classmethod
    def of(cls, exc: Problem | InputError, *, where: str | None = None) -> Self:
        """``exc`` with its code; ``where`` (a column or field) written before its reason."""
        if where is None:
            return cls(exc.code, exc.template_id, exc.params)
        return cls(exc.code, IN_COLUMN, text_params(where=where, reason=reason_of(exc)))


# "{where}: {reason}": a column header (or HL7/FHIR field) before the reason of its cell.
IN_COLUMN = "in_column"


def reason_of(exc: Problem | InputError) -> Sentence:
    return Sentence(exc.template_id, exc.params)


@dataclass(frozen=True)
class RowIssue:
    """One reason a row was rejected; ``column`` is the header as written in the file.

    ``message`` is the English sentence of the ``core.findings`` template ``template_id``
    (``template``, or ``code`` when empty) filled from the typed ``params``: JSON and results
    files keep ``code`` and ``message``; a reader's language renders the template
    (``Translator.finding``).  Build one with ``worded`` or ``of``, never from a ready text."""

    code: str
    message: str
    column: str | None = None
    params: Params = ()
    template: str = ""

    @property
    def template_id(self) -> str:
        return self.template or self.code

    @classmethod
    def worded(cls, code: str, template_id: str, column: str | None = None, /,
               **params: str | Param) -> RowIssue:
        """``params``: a ``str`` is shown exactly as it is (``findings.Text``)."""
        values = text_params(**params)
        return cls(code, render(template_id, values), column, values, template_id)

    @classmethod
    def of(cls, exc: Problem | InputError, column: str | None, *,
           where: str | None = None) -> RowIssue:
        """The reason of ``exc`` (its code kept); ``where`` written before it (a header)."""
        if where is None:
            return cls(exc.code, exc.message, column, exc.params, exc.template_id)
        return cls.worded(exc.code, IN_COLUMN, column, where=where, reason=reason_of(exc))

    def with_column(self) -> RowIssue:
        """This reason with its column named first ("ferritin: …"), unless it already is."""
        if not self.column or self.message.startswith(self.column):
            return self
        return RowIssue.worded(self.code, IN_COLUMN, self.column, where=self.column,
                               reason=Sentence(self.template_id, self.params))


@dataclass(frozen=True)
class RejectedRow:
    """A data row that was not classified, with every reason found.

    ``row`` is the row number as a spreadsheet shows it (the header is row 1);
    ``patient_id`` is the text as written, or None when the cell was empty or unreadable.
    HL7 and FHIR files (``message_file``): ``row`` is the segment's line (HL7) or the Bundle
    entry (FHIR), ``location`` names file, message and segment, and ``outcome`` says whether
    the result was ``rejected``, ``ignored`` (another test, preliminary, a repeat ...) or is a
    ``withdrawal`` of another result.
    """

    row: int
    patient_id: str | None
    reasons: tuple[RowIssue, ...]
    outcome: str = "rejected"
    location: str | None = None


@dataclass(frozen=True)
class Sample:
    """Validated inputs of one assessment, ready for ``core.phenotype.classify``.

    ``rows`` are all source rows (one in wide layout; the ferritin and HLA-DR rows in long
    layout), ``row`` the first of them.  ``notes`` are import findings (codes with parameters,
    like the core's) that belong next to the core's warnings (e.g. a pairing that was not
    made).  ``patient_name``, ``record_number`` and ``date_of_birth`` (YYYY-MM-DD) identify
    the patient on a report when the file has such columns ("" otherwise); they are left out
    of ``repr`` so that they never reach a log by accident.
    """

    rows: tuple[int, ...]
    patient_id: str
    inputs: PatientInputs
    sampled_at: datetime | None = None
    notes: tuple[Finding, ...] = ()
    patient_name: str = field(default="", repr=False)
    record_number: str = field(default="", repr=False)
    date_of_birth: str = field(default="", repr=False)

    @property
    def row(self) -> int:
        return self.rows[0]

    def identified(self, identity: Mapping[str, str]) -> Sample:
        """This sample with its patient's identification (field of ``IDENTITY_FIELDS`` ->
        text; fields not given stay as they are)."""
        if not identity:
            return self
        return replace(self, patient_name=identity.get("patient_name", self.patient_name),
                       record_number=identity.get("record_number", self.record_number),
                       date_of_birth=identity.get("date_of_birth", self.date_of_birth))


@dataclass(frozen=True)
class ColumnChoice:
    """Which column a field was read from and why (shown in the import dialog)."""

    field: str
    header: str
    index: int
    source: str  # "detected" | "given"


@dataclass(frozen=True)
class UnitChoice:
    """Where an analyte's unit comes from: an override, the header, or a unit column."""

    field: str  # "ferritin" | "hla_dr"
    unit: str | None  # None: read per row from the unit column
    source: str  # "given" | "header" | "unit column" | "missing"


@dataclass(frozen=True)
class ImportSettings:
    """What was detected or given; the GUI shows these and lets the user change them."""

    kind: str  # "csv" | "xlsx" | "xls" | "ods" | ...
    layout: str
    columns: tuple[ColumnChoice, ...]
    units: tuple[UnitChoice, ...]
    decimal_comma: bool
    decimal_comma_source: str  # "given" | "detected" | "default"
    time_format: str | None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    headers: tuple[str, ...] = ()
    unused_headers: tuple[str, ...] = ()
    notes: tuple[Finding, ...] = ()  # what was detected (import notes: codes and params)

    def column_for(self, field_name: str) -> ColumnChoice | None:
        return next((c for c in self.columns if c.field == field_name), None)


@dataclass
class ImportResult:
    """Everything read from a file: ``len(rejected) + rows in samples == rows_read``."""

    settings: ImportSettings
    samples: list[Sample] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    rows_read: int = 0
    blank_rows: int = 0

    @property
    def rows_in_samples(self) -> int:
        return sum(len(s.rows) for s in self.samples)
