"""Findings and input errors as codes with typed, language-neutral parameters.

A ``Finding`` (a reason or warning of an assessment, or a note of an import) and an
``InputError`` (a value that cannot be read) carry a stable ``code`` and ``params``; their
English sentence is rendered from ``TEMPLATES``, the one table of every such sentence (the
message ids a translation catalogue translates).  A translated renderer substitutes the same
parameters into its own template for ``template_id``; it never parses an English sentence.

Parameter types (all values are strings, so nothing is lost or rounded on the way):

- ``Quantity``: a decimal number as exact text ("4420.5", never exponent form), its unit
  symbol ("ng/mL", "pmol/L", "AB/C", "%", "" for a bare number), the comparator of a censored
  value ("=", ">", ">=", "<", "<="), ``approximate`` when the text is rounded for display (never
  onto or across a threshold, hazard H06) and the same amount ``converted`` into the rule's
  unit when it was entered in another one.
- ``Instant``: ISO 8601 with its UTC offset.
- ``Hours``: a duration in hours as decimal text (``approximate`` as for a quantity).
- ``Text``: shown exactly as it is (a unit symbol, a row number, text as entered).
- ``Term``: a word of the app's vocabulary by key (``TERMS`` holds the English).
- ``Sentence``: another template with its own parameters (a refused cell's reason written
  after its column).

Each type writes itself in English (``english()``) and, for a translated renderer, in any
language (``localized(writer)``): the same composition, with the writer's decimal separator,
date order and words (``Writer`` is what ``desktop_app.i18n.Translator`` offers; the core
imports nothing from it).
"""

from __future__ import annotations

import string
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Protocol, Union

from desktop_app.core.record_reason_templates import RECORD_REASON_TEMPLATES
from desktop_app.core.row_issue_templates import ROW_ISSUE_TEMPLATES

# Comparator symbols as printed ("=" prints nothing).
SYMBOLS = {"=": "", ">": ">", ">=": "≥", "<": "<", "<=": "≤"}


class Writer(Protocol):
    """How a language writes parameter values (on output only; never how input is read)."""

    def decimal_text(self, text: str) -> str:
        """A decimal number written in English digits, with this language's separator."""

    def instant(self, iso: str) -> str:
        """An ISO 8601 date-time (with its UTC offset) in this language's order."""

    def term(self, key: str, english: str) -> str:
        """A word of ``TERMS`` (or another core vocabulary) in this language."""

    def template(self, key: str, english: str, /, **params: Param) -> str:
        """The template ``key`` of ``TEMPLATES`` (English ``english``) in this language, filled
        with ``params`` (a ``Sentence`` parameter; its first letter as the template has it)."""


@dataclass(frozen=True)
class Quantity:
    value: str
    unit: str = ""
    comparator: str = "="
    approximate: bool = False
    converted: Quantity | None = None

    def english(self) -> str:
        text = f"{SYMBOLS[self.comparator]}{'≈' if self.approximate else ''}{self.value}"
        if self.unit:
            text += f" {self.unit}"
        if self.converted is not None:
            text += f" ({self.converted.english()})"
        return text

    def localized(self, w: Writer) -> str:
        text = f"{SYMBOLS[self.comparator]}{'≈' if self.approximate else ''}"
        text += w.decimal_text(self.value)
        if self.unit:
            text += f" {self.unit}"
        if self.converted is not None:
            text += f" ({self.converted.localized(w)})"
        return text


@dataclass(frozen=True)
class Instant:
    iso: str

    def english(self) -> str:
        return self.iso

    def localized(self, w: Writer) -> str:
        return w.instant(self.iso)


@dataclass(frozen=True)
class Hours:
    value: str
    approximate: bool = False

    def english(self) -> str:
        return f"{'≈' if self.approximate else ''}{self.value} h"

    def localized(self, w: Writer) -> str:
        return f"{'≈' if self.approximate else ''}{w.decimal_text(self.value)} h"


@dataclass(frozen=True)
class Text:
    value: str

    def english(self) -> str:
        return self.value

    def localized(self, w: Writer) -> str:
        return self.value


@dataclass(frozen=True)
class Term:
    key: str

    def english(self) -> str:
        return TERMS[self.key]

    def localized(self, w: Writer) -> str:
        return w.term(self.key, TERMS[self.key])

    @property
    def label(self) -> str:
        """The English word (a translator looks the word up by ``key``)."""
        return TERMS[self.key]


@dataclass(frozen=True)
class Sentence:
    """A whole sentence of ``TEMPLATES`` used as a parameter of another: the reason a cell was
    refused, written after the column it concerns ("{where}: {reason}")."""

    template_id: str
    params: Params = ()

    @property
    def code(self) -> str:
        return self.template_id.split(".")[0]

    @property
    def message(self) -> str:
        return render(self.template_id, self.params)

    def english(self) -> str:
        return self.message

    def localized(self, w: Writer) -> str:
        return w.template(self.template_id, TEMPLATES[self.template_id], **dict(self.params))


for _param_type in (Quantity, Instant, Hours, Text, Term, Sentence):
    # A formatter that knows no parameter types writes the English rendering, never a repr.
    _param_type.__str__ = _param_type.english  # type: ignore[method-assign, assignment]


Param = Union[Quantity, Instant, Hours, Text, Term, Sentence]  # noqa: UP007 (a runtime alias)
Params = tuple[tuple[str, Param], ...]


def text_params(**values: str | Param) -> Params:
    """Parameters by name; a ``str`` is a ``Text`` (shown exactly as it is)."""
    return tuple((name, Text(v) if isinstance(v, str) else v) for name, v in values.items())


def param_to_dict(p: Param) -> dict[str, object]:
    """The JSON form of a parameter: ``{"type": ..., "value": ...}`` and the fields that
    differ from their defaults (``unit`` "", ``comparator`` "=", ``approximate`` false,
    ``converted`` none)."""
    if isinstance(p, Quantity):
        out: dict[str, object] = {"type": "quantity", "value": p.value}
        if p.unit:
            out["unit"] = p.unit
        if p.comparator != "=":
            out["comparator"] = p.comparator
        if p.approximate:
            out["approximate"] = True
        if p.converted is not None:
            out["converted"] = param_to_dict(p.converted)
        return out
    if isinstance(p, Instant):
        return {"type": "instant", "value": p.iso}
    if isinstance(p, Hours):
        return {"type": "hours", "value": p.value, **({"approximate": True}
                                                      if p.approximate else {})}
    if isinstance(p, Text):
        return {"type": "text", "value": p.value}
    if isinstance(p, Sentence):
        return {"type": "sentence", "value": p.template_id, "params": params_to_dict(p.params)}
    return {"type": "term", "value": p.key}


def params_to_dict(params: Params) -> dict[str, dict[str, object]]:
    return {name: param_to_dict(p) for name, p in params}


def render(template_id: str, params: Params | Mapping[str, Param]) -> str:
    """The English sentence of ``template_id`` with ``params`` filled in."""
    values = dict(params)
    return TEMPLATES[template_id].format_map({k: v.english() for k, v in values.items()})


def placeholders(template_id: str) -> tuple[str, ...]:
    """The parameter names a template uses, in order of first use."""
    names: list[str] = []
    for _, name, _, _ in string.Formatter().parse(TEMPLATES[template_id]):
        if name and name not in names:
            names.append(name)
    return tuple(names)


def worded_by_template(template_id: str, params: Collection[object]) -> bool:
    """Whether a finding (or input error) can be worded from its template and typed values in
    any language; one raised with a ready sentence of its own (a check of the window or the
    command line itself, already in the reader's language) is shown as it is."""
    return template_id in TEMPLATES and (bool(params) or not placeholders(template_id))


@dataclass(frozen=True)
class Finding:
    """A reason or warning (or an import note): a stable code and its parameters.

    ``variant`` selects one of several sentences of the same code (e.g. which sample time is
    in the future); ``template_id`` is the key into ``TEMPLATES`` and into a translation
    catalogue.  ``message`` is the English sentence.
    """

    code: str
    params: Params = ()
    variant: str = ""

    @property
    def template_id(self) -> str:
        return f"{self.code}.{self.variant}" if self.variant else self.code

    @property
    def message(self) -> str:
        return render(self.template_id, self.params)

    def param(self, name: str) -> Param:
        return dict(self.params)[name]


# Words that parameters of type Term name.
TERMS: dict[str, str] = {
    "ferritin": "ferritin",
    "hla_dr": "HLA-DR",
    "age": "age",
    # analytes of the scores (the same words as core.score_messages.TERMS)
    "pao2": "PaO2",
    "bilirubin": "bilirubin",
    "creatinine": "creatinine",
    "fibrinogen": "fibrinogen",
}

# Every sentence a finding, an import note or an input error can say, by template id.
# Placeholders are parameter names; each is a whole parameter (never a fragment of one).
TEMPLATES: dict[str, str] = {
    # -- reasons ------------------------------------------------------------------------------
    "ferritin_missing": "Ferritin is needed: every ImmunoSep phenotype starts from ferritin "
                        "(> {ferritin_threshold} is MALS).",
    "ferritin_not_determined": "Ferritin not determined (\"{ferritin_not_determined}\"): the "
                               "laboratory reported no value; every ImmunoSep phenotype starts "
                               "from ferritin (> {ferritin_threshold} is MALS).",
    "ferritin_indeterminate": "Ferritin {ferritin_entered} could be above or below "
                              "{ferritin_threshold}; an exact value, or a bound that lies "
                              "wholly on one side of {ferritin_threshold}, is needed.",
    "ferritin_above_threshold": "Ferritin {ferritin} is > {ferritin_threshold}: MALS criterion "
                                "met.",
    "both_criteria_met": "HLA-DR < {hla_dr_threshold} too: both criteria are met and MALS takes "
                         "precedence, as in the trial.",
    "hla_dr_missing": "HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because "
                      "ferritin {ferritin} is ≤ {ferritin_threshold}.",
    "hla_dr_not_determined": "HLA-DR not determined (\"{hla_dr_not_determined}\"): the "
                             "laboratory reported no value; HLA-DR in AB/C is needed because "
                             "ferritin {ferritin} is ≤ {ferritin_threshold}.",
    "hla_dr_not_ab_per_cell": "HLA-DR was given as {hla_dr_unit}, which cannot be converted to "
                              "antibodies bound per cell; HLA-DR in AB/C is needed because "
                              "ferritin {ferritin} is ≤ {ferritin_threshold}.",
    "hla_dr_indeterminate": "HLA-DR {hla_dr} could be above or below {hla_dr_threshold}; an "
                            "exact value is needed because ferritin {ferritin} is ≤ "
                            "{ferritin_threshold}.",
    "ferritin_at_or_below_threshold": "Ferritin {ferritin} is ≤ {ferritin_threshold}: MALS "
                                      "criterion not met.",
    "hla_dr_below_threshold": "HLA-DR {hla_dr} is < {hla_dr_threshold}: immunoparalysis "
                              "criteria met.",
    "hla_dr_at_or_above_threshold": "HLA-DR {hla_dr} is ≥ {hla_dr_threshold}: neither "
                                    "phenotype; the ImmunoSep evidence does not apply.",
    "age_under_18": "Age {age} years is under {min_age}: ImmunoSep enrolled adults only, and "
                    "HLA-DR differs in children.",
    "age_indeterminate": "Age {age} years could be under {min_age}; the exact age is needed.",
    "sample_time_in_future.ferritin_sample": "The ferritin sample time {ferritin_sampled} is in "
                                             "the future; check the date and time.",
    "sample_time_in_future.hla_dr_sample": "The HLA-DR sample time {hla_dr_sampled} is in the "
                                           "future; check the date and time.",
    "sample_time_in_future.hla_dr_processing": "The HLA-DR processing time {hla_dr_processed} "
                                               "is in the future; check the date and time.",
    "internal_error": "The rule could not be applied to these inputs.",
    # -- warnings -----------------------------------------------------------------------------
    "ferritin_near_threshold": "Ferritin {ferritin} is within {ferritin_band} of "
                               "{ferritin_threshold}; ferritin assays differ between methods, "
                               "so a repeat test may be wise.",
    "hla_dr_near_threshold": "HLA-DR {hla_dr} is within {hla_dr_band} of {hla_dr_threshold}; "
                             "the inter-laboratory CV is 15-25 %, so a repeat test may be wise.",
    "hla_dr_implausibly_low": "HLA-DR {hla_dr} is unusually low for antibodies bound per cell; "
                              "check that it is not % positive monocytes or MFI.",
    "hla_dr_unit_not_used": "HLA-DR given as {hla_dr_unit} was not used: it cannot be converted "
                            "to AB/C (not needed for MALS).",
    "samples_far_apart": "Ferritin and HLA-DR were sampled {sample_gap} apart (more than "
                         "{max_interval}); they may reflect different immune states.",
    "hla_dr_processed_before_sampled": "The HLA-DR processing time is before its sample time; "
                                       "check both times.",
    "hla_dr_processing_delay": "HLA-DR was processed {processing_delay} after sampling (more "
                               "than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, "
                               "on ice, stain within 4 h).",
    "age_not_given": "Age not given: ImmunoSep enrolled adults (≥ {min_age} years) only.",
    # -- import notes (long layout) -----------------------------------------------------------
    "not_paired.ferritin": "no HLA-DR result of this patient within {max_interval} of this "
                           "ferritin result",
    "not_paired.hla_dr": "no ferritin result of this patient within {max_interval} of this "
                         "HLA-DR result",
    "pairing_ambiguous": "not paired: two results are equally close in time (rows {first_row} "
                         "and {second_row} among them); pair them by hand",
    # -- import notes (what was detected in a file, shown with its settings) ------------------
    # Remarks, not sentences (no full stop): "• delimiter semicolon (detected)".
    "encoding_cp1252": "encoding cp1252 (identical to latin-1 for this file)",
    "delimiter_detected.comma": "delimiter comma (detected)",
    "delimiter_detected.semicolon": "delimiter semicolon (detected)",
    "delimiter_detected.tab": "delimiter tab (detected)",
    "delimiter_detected.pipe": "delimiter pipe (detected)",
    "header_row": "header on row {row}",
    "first_sheet": "sheet {sheet} (the first of {count}: {sheets})",
    "decimal_comma_detected": "decimal comma (detected: values such as 5120,5 and none with a "
                              "decimal point)",
    "decimal_point_detected": "decimal point (detected)",
    "decimal_separators_mixed": "values use both decimal comma and decimal point; declare the "
                                "decimal separator (rows that do not fit it are rejected)",
    "decimal_grouping_ambiguous": "values such as 4.420 or 4,420 could be grouped thousands or "
                                  "decimals; they are rejected (declare the decimal separator if "
                                  "needed)",
    "no_decimal_separator": "no decimal separator in the values",
    "time_separators_mixed": "sample times mix date separators ({separators}); give the time "
                             "format",
    "time_format_detected.day_first": "time format {time_format} (detected: day first, a first "
                                      "field reaches {value})",
    "time_format_detected.month_first": "time format {time_format} (detected: month first, a "
                                        "second field reaches {value})",
    "time_order_ambiguous": "sample times like {example} could be day-first or month-first; "
                            "give the time format (e.g. {time_format})",
    "time_order_inconsistent": "sample times do not follow one day/month order; give the time "
                               "format",
    "midnight_dates": "date cells in the sample-time column are taken as 00:00 (the other cells "
                      "of the column are date-times)",
    "no_sample_time_column": "no sample time column: results carry no sample time, and two rows "
                             "of one patient cannot be told apart (they are reported as "
                             "conflicting)",
    "header_unit_ignored": "header {header}: {text} is not a {analyte} unit; ignored",
    # (kept word for word: batch --json carries this English text)
    "message_counts": "{file_format}: {messages} message(s), {results} result(s): {used} used, "
                      "{ignored} ignored, {rejected} rejected",
    "outside_message": "line {line} of the file comes before the first MSH segment and belongs "
                       "to no message; it was not read",
    # -- input errors (``InputError``; the field name is shown before the sentence) -----------
    "empty": "No value was given; a number is required.",
    "empty.comparator_only": "'{text}' has a comparator but no number; a number is required.",
    "censored_not_allowed": "'{text}' is a censored value; an exact number is required.",
    "non_ascii": "'{text}' contains {character} ({character_name}); only the ASCII digits 0-9 "
                 "and one decimal separator are accepted.",
    "not_a_number.nan": "'{text}': NaN is not a number; a number is required.",
    "not_a_number.infinity": "'{text}': infinity is not a measurement; a number is required.",
    "not_a_number.letters": "'{text}' contains letters; enter only the number (the unit has its "
                            "own field).",
    "not_a_number.letters_age": "'{text}' contains letters; enter the age as a number of years.",
    "not_a_number": "'{text}' is not a number; expected digits with an optional '{separator}' "
                    "decimal separator, e.g. {example}.",
    "negative": "'{text}' is negative; a laboratory value cannot be negative.",
    "negative.age": "'{text}' is negative; an age cannot be negative.",
    "percent_over_100": "'{text}' % positive monocytes is impossible: a percentage cannot exceed "
                        "100; check the value and its unit.",
    "sign": "'{text}' has a '+' sign; write the number without it.",
    "exponent": "'{text}' uses exponent notation; write the number in full.",
    "underscore": "'{text}' contains '_'; write digits only.",
    "grouping.space": "'{text}' contains a space or apostrophe used as a thousands separator; "
                      "write the number without grouping.",
    "grouping": "'{text}' contains '{separator}'; thousands separators are not accepted (if ',' "
                "is your decimal separator, declare decimal comma).",
    "grouping.decimal_comma": "'{text}' contains '{separator}'; thousands separators are not "
                              "accepted (decimal comma is on, so '.' is not accepted).",
    "ambiguous_separator": "'{text}' could be a thousands-grouped integer or a decimal number; "
                           "write it without grouping and with at most one decimal separator, "
                           "e.g. 4420 or 4.42.",
    "too_long": "'{text}' has too many digits to be a lab result.",
    "age_implausible": "'{text}' years is not a plausible age: the oldest person on record "
                       "lived {oldest_age} years; check the age.",
    "age_below_zero": "'{text}' means an age below 0 years, which is impossible.",
    "unit_missing.ferritin": "No unit was given; one of {accepted} is required.",
    "unit_missing.hla_dr": "No unit was given; {accepted} is required.",
    # The HLA-DR units accepted, as {accepted} above: the unit spellings stay as typed.
    "units_accepted.hla_dr": "AB/C (antibodies bound per cell; also molecules/cell, mAb/cell)",
    "unit_unknown.ferritin": "'{text}' is not a ferritin unit this app converts; accepted: "
                             "{accepted}.",
    "unit_unknown.hla_dr": "'{text}' is not an HLA-DR unit; accepted: {accepted} ('%' and 'MFI' "
                           "are recognised but cannot establish immunoparalysis).",
    "date_without_time": "'{text}' has no time of day; an ISO 8601 date-time such as "
                         "2026-11-24T08:30 is required.",
    "bad_time": "'{text}' is not an ISO 8601 date-time such as 2026-11-24T08:30 or "
                "2026-11-24T08:30+01:00.",
    "implausible_time": "'{text}' lies outside the years {earliest} to {latest}; check the "
                        "date.",
    "bad_offset": "'{text}' has the UTC offset {offset}, which no place on Earth uses (offsets "
                  "run from -12:00 to +14:00); check the time.",
    # -- score inputs (SOFA, HScore) --------------------------------------------------------------
    "impossible_bound": "'{text}' leaves no possible value; enter the number.",
    "fio2_percent": "'{text}' looks like a percentage; FiO2 is a fraction from {minimum} to "
                    "{maximum}, e.g. 0.4 for 40 %.",
    "fio2_range": "'{text}' is not a fraction of inspired oxygen; FiO2 runs from {minimum} (room "
                  "air) to {maximum}.",
    "gcs_range": "'{text}' is not a Glasgow Coma Scale score; a whole number from {minimum} to "
                 "{maximum} is required.",
    "temperature_range": "'{text}' is not a body temperature in °C (if it is °F, convert it); "
                         "{minimum} to {maximum} accepted.",
    "zero": "'{text}' cannot be 0.",
    "not_yes_no": "'{text}' is not yes or no.",
    "contradiction": "No catecholamine is said to be running, but {running} is given; leave "
                     "out one or the other.",
    "not_a_choice.organomegaly": "'{text}' is not one of {choices}.",
    "not_a_choice.cytopenias": "'{text}' is not a number of cytopenic lineages; 0, 1, 2 or 3 "
                               "(haemoglobin, leukocytes, platelets).",
    "unit_missing.score": "No unit was given; {accepted} is required.",
    "unit_unknown.score": "'{text}' is not a unit of {analyte}; accepted: {accepted}.",
    "identifier_empty": "No patient identifier was given.",
    "identifier_too_long": "The patient identifier is longer than {limit} characters; use the "
                           "identifier used on the ward.",
    "identifier_not_utf8": "The patient identifier is not valid UTF-8 text (a byte of it could "
                           "not be read); type the identifier again.",
    "identifier_control": "The patient identifier contains {character} ({character_name}), an "
                          "invisible or control character; type the identifier again.",
}

# Templates that are never a sentence of their own, only a value inside one.
PHRASES = frozenset({"units_accepted.hla_dr"})
TEMPLATES.update(ROW_ISSUE_TEMPLATES)
TEMPLATES.update(RECORD_REASON_TEMPLATES)

# Codes of import notes: remarks listed with an import's settings or beside a sample, written
# without a full stop (every other template is a whole sentence).
IMPORT_NOTES = frozenset({
    "not_paired", "pairing_ambiguous", "encoding_cp1252", "delimiter_detected", "header_row",
    "first_sheet", "decimal_comma_detected", "decimal_point_detected",
    "decimal_separators_mixed", "decimal_grouping_ambiguous", "no_decimal_separator",
    "time_separators_mixed", "time_format_detected", "time_order_ambiguous",
    "time_order_inconsistent", "midnight_dates", "no_sample_time_column", "header_unit_ignored",
    "message_counts", "outside_message"})
