"""Which column holds what: header synonyms and units written in headers.

Synonyms are English and German; the identification columns (name, record number, date of
birth) also French, as the admission systems of the sites write them.

Headers are compared after lower-casing and dropping everything but letters and digits, so
``Pat.-Nr.``, ``Patient-ID`` and ``patient id`` need no separate entries.  A unit in round or
square brackets (``Ferritin (µg/l)``, ``HLA-DR [AB/C]``) is split off first.  A header that
matches no synonym is left unused (and listed); two columns matching one field are refused, never
picked between -- except a "% HLA-DR positive monocytes" column beside an HLA-DR column: the same
test as a percentage, which the rule cannot use, so it is listed unused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.i18n import N_
from desktop_app.lab_import.model import (
    FIELDS,
    IDENTITY_FIELDS,
    LONG_FIELDS,
    WIDE_FIELDS,
    ColumnChoice,
    LabFileError,
)

_UNIT_IN_HEADER = re.compile(r"^(?P<name>.*?)\s*[\(\[]\s*(?P<unit>[^\)\]]*?)\s*[\)\]]\s*$")
_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)

SYNONYMS: dict[str, frozenset[str]] = {
    "patient_id": frozenset({
        "patientid", "patid", "pid", "mrn", "patnr", "patientnr", "patientennr",
        "patientnumber", "patientennummer", "patientnummer", "medicalrecordnumber",
        "patientidentifier", "patidnr"}),
    "ferritin": frozenset({"ferritin", "serumferritin", "sferritin", "ferritinserum",
                           "ferritinimserum"}),
    "ferritin_unit": frozenset({"ferritinunit", "ferritineinheit", "einheitferritin",
                                "unitferritin", "ferritinunits"}),
    "hla_dr": frozenset({"hladr", "mhladr", "hladrmonozyten", "hladronmonocytes",
                         "hladrmonocytes", "monocytehladr", "monocytichladr", "cd14hladr",
                         "monozytärhladr", "monozytenhladr"}),
    "hla_dr_unit": frozenset({"hladrunit", "mhladrunit", "hladreinheit", "mhladreinheit",
                              "einheithladr", "unithladr", "hladrunits"}),
    "sampled_at": frozenset({
        "sampletime", "samplingtime", "sampledat", "sampledatetime", "collectiontime",
        "collectedat", "collectiondatetime", "specimencollectiontime",
        # English-language laboratory systems (issue 14): Epic, Cerner, Sunquest, LabVantage
        # exports and HL7-to-CSV tools write these
        "collected", "collecteddatetime", "collectedon", "datetimecollected",
        "collectiondate", "collectiondateandtime", "collectdatetime", "colldatetime",
        "specimencollected", "specimencollecteddatetime", "specimencollecteddate",
        "specimencollectiondatetime", "specimencollectiondate", "samplecollected",
        "samplecollectiondatetime", "samplecollectiontime", "drawtime", "drawdatetime",
        "datecollected", "observationdatetime", "entnahmezeit",
        "entnahmezeitpunkt", "entnahmedatum", "abnahmezeit", "abnahmezeitpunkt",
        "probenentnahme", "entnahme", "probenahme", "probenahmezeit"}),
    "age": frozenset({"age", "alter", "ageyears", "alterjahre", "ageinyears",
                      "alterinjahren"}),
    # Not a bare "Name" / "Nom": in a long export it may name the test.
    "patient_name": frozenset({
        "patientname", "patientsname", "nameofpatient", "fullname", "patientenname",
        "namevorname", "nachnamevorname", "vornamename", "vornamenachname", "nompatient",
        "nomdupatient", "nomprénom", "nomprenom", "nometprénom", "nometprenom"}),
    "record_number": frozenset({
        "recordnumber", "recordno", "recordnr", "patientrecordnumber", "chartnumber", "chartno",
        "casenotenumber", "aktennummer", "aktennr", "krankenaktennummer", "akte",
        "numérodedossier", "numerodedossier", "nodossier", "ndossier", "numdossier",
        "dossier"}),
    "date_of_birth": frozenset({"dob", "dateofbirth", "birthdate", "geburtsdatum",
                                "gebdatum", "gebdat", "geb", "geburtstag", "datedenaissance",
                                "datenaissance", "naissance", "ddn"}),
    "test": frozenset({"test", "testname", "analyte", "analyt", "parameter", "untersuchung",
                       "testbezeichnung", "bezeichnung", "analysis", "observation"}),
    "test_code": frozenset({"loinc", "loinccode", "testcode", "loincnr", "loincnummer"}),
    "value": frozenset({"value", "result", "wert", "ergebnis", "resultvalue", "messwert",
                        "befund"}),
    "unit": frozenset({"unit", "units", "einheit", "resultunit", "masseinheit"}),
}

# "% HLA-DR positive monocytes" and its spellings: a test name (long layout, HL7, FHIR) for
# HLA-DR in % -- recognised as HLA-DR, so the core explains that % cannot establish
# immunoparalysis, and refused when its unit says AB/C (a percentage read as AB/C would fake
# immunoparalysis, hazard H03).
HLA_DR_PERCENT_NAMES = frozenset({
    "hladrpositivemonocytes", "hladrposmonocytes", "hladrpositivemonocytespercent",
    "percenthladrpositivemonocytes", "monocyteshladrpositive", "hladrmonocytespositive",
    "hladrpositivemonozyten", "hladrposmonozyten", "monozytenhladrpositiv",
    "hladrpositivemonocytesofmonocytes"})

# Headers that carry the unit in their name, as some exports write them (``ferritin_ng_ml``).
NAME_WITH_UNIT: dict[str, tuple[str, str]] = {
    "ferritinngml": ("ferritin", "ng/mL"), "ferritinugl": ("ferritin", "µg/L"),
    "ferritinpmoll": ("ferritin", "pmol/L"), "ferritinugdl": ("ferritin", "µg/dL"),
    "hladrabpercell": ("hla_dr", "AB/C"), "hladrabc": ("hla_dr", "AB/C"),
    "mhladrabc": ("hla_dr", "AB/C"), "mhladrabpercell": ("hla_dr", "AB/C"),
    "agey": ("age", "years"), "ageyears": ("age", "years"),
}

AGE_UNITS = frozenset({"years", "year", "y", "yr", "yrs", "jahre", "jahr", "j", "a"})
_REQUIRED_FOR = {"wide": ("patient_id",), "long": ("patient_id", "value", "sampled_at")}
RELEVANT_FIELDS = {
    "wide": frozenset(WIDE_FIELDS + IDENTITY_FIELDS),
    "long": frozenset(("patient_id", "sampled_at", "age", *LONG_FIELDS, *IDENTITY_FIELDS)),
}


@dataclass(frozen=True)
class HeaderName:
    """A header split into the normalised name and the unit written in brackets (if any)."""

    key: str
    unit: str | None


def split_header(header: str) -> HeaderName:
    text = header.strip()
    unit = None
    m = _UNIT_IN_HEADER.match(text)
    if m and m.group("name"):
        text, unit = m.group("name"), (m.group("unit") or None)
    key = _NOT_ALNUM.sub("", text.lower())
    if unit is None and key in NAME_WITH_UNIT:
        unit = NAME_WITH_UNIT[key][1]
    return HeaderName(key, unit)


def is_percent_name(name: str) -> bool:
    """Whether a header or test name says "% HLA-DR positive monocytes" (HLA-DR in %)."""
    return split_header(name).key in HLA_DR_PERCENT_NAMES


def field_of(header: str) -> str | None:
    """The field a header names, or None.  A "% HLA-DR positive monocytes" column is HLA-DR
    (its unit then decides: % is explained by the core, AB/C refused)."""
    key = split_header(header).key
    if key in NAME_WITH_UNIT:
        return NAME_WITH_UNIT[key][0]
    if key in HLA_DR_PERCENT_NAMES:
        return "hla_dr"
    for field, names in SYNONYMS.items():
        if key in names:
            return field
    return None


def count_recognised(headers: list[str]) -> int:
    return sum(field_of(h) is not None for h in headers)


@dataclass(frozen=True)
class ColumnMapping:
    layout: str
    choices: tuple[ColumnChoice, ...]
    header_units: dict[str, str]  # field -> unit text written in its header
    unused: tuple[str, ...]

    def index(self, field: str) -> int | None:
        return next((c.index for c in self.choices if c.field == field), None)

    def header(self, field: str) -> str | None:
        return next((c.header for c in self.choices if c.field == field), None)


def map_columns(headers: list[str], overrides: dict[str, str],
                layout: str | None) -> ColumnMapping:
    """Map headers to fields; ``overrides`` (field -> header) win over detection, and an
    empty header excludes the field (the import dialog's "not used").

    Raises ``LabFileError`` when a given header does not exist, when two columns match one
    field, or when the layout or a required column cannot be determined.
    """
    for field in overrides:
        if field not in FIELDS:
            raise LabFileError.worded("bad_option", N_("unknown field {field!r}; fields are: "
                                                     "{fields}"),
                                      field=field, fields=", ".join(FIELDS))
    stripped = [h.strip() for h in headers]
    chosen: dict[str, ColumnChoice] = {}
    claimed: set[int] = set()
    excluded = {f for f, wanted in overrides.items() if not wanted.strip()}
    for field, wanted in overrides.items():
        if field in excluded:  # "" means: do not read this field at all
            continue
        hits = [i for i, h in enumerate(stripped) if h == wanted.strip()]
        if not hits:
            raise LabFileError.worded(
                "no_column", N_("no column is headed {header!r} (for {field}); the columns are: "
                                "{columns}"),
                header=wanted, field=field, columns=_listed(stripped))
        if len(hits) > 1:
            raise LabFileError.worded(
                "ambiguous_column", N_("{count} columns are headed {header!r}; rename one in "
                                       "the file"), count=len(hits), header=wanted)
        chosen[field] = ColumnChoice(field, stripped[hits[0]], hits[0], "given")
        claimed.add(hits[0])
    detected: dict[str, list[int]] = {}
    for i, h in enumerate(stripped):
        if i in claimed:
            continue
        found = field_of(h)
        if found is not None and found not in chosen and found not in excluded:
            detected.setdefault(found, []).append(i)
    # Beside an HLA-DR column, a "% positive monocytes" column is the same test reported as a
    # percentage, which the rule cannot use: the HLA-DR column is read, the other listed unused.
    plain = [i for i in detected.get("hla_dr", []) if not is_percent_name(stripped[i])]
    if plain:
        detected["hla_dr"] = plain
    present = set(chosen) | set(detected)
    resolved = _layout(present, layout)
    relevant = RELEVANT_FIELDS[resolved]
    for field, idx in detected.items():
        if field not in relevant:
            continue
        if len(idx) == 2:
            raise LabFileError.worded(
                "ambiguous_column", N_("columns {first!r} and {second!r} could both be {field}; "
                                       "choose one (--column {field}=HEADER)"),
                first=stripped[idx[0]], second=stripped[idx[1]], field=field)
        if len(idx) > 2:
            raise LabFileError.worded(
                "ambiguous_column", N_("columns {columns} could all be {field}; choose one "
                                       "(--column {field}=HEADER)"),
                columns=_listed(stripped[i] for i in idx), field=field)
        chosen[field] = ColumnChoice(field, stripped[idx[0]], idx[0], "detected")
    for field in list(chosen):
        if field not in relevant:
            raise LabFileError.worded(
                "bad_option", N_("{field} is not used in {layout} layout"), field=field,
                layout=resolved)
    for field in _REQUIRED_FOR[resolved]:
        if field not in chosen:
            raise LabFileError.worded(
                "missing_column", N_("no {name} column found; name it with --column "
                                     "{field}=HEADER (columns: {columns})"),
                name=field.replace("_", " "), field=field, columns=_listed(stripped))
    units = {}
    for field in ("ferritin", "hla_dr", "age"):
        if field in chosen:
            unit = split_header(chosen[field].header).unit
            if unit:
                units[field] = unit
    used = {c.index for c in chosen.values()}
    unused = tuple(h for i, h in enumerate(stripped) if i not in used)
    order = {f: n for n, f in enumerate(FIELDS)}
    return ColumnMapping(resolved, tuple(sorted(chosen.values(), key=lambda c: order[c.field])),
                         units, unused)


def _layout(chosen: set[str], layout: str | None) -> str:
    wide = "ferritin" in chosen or "hla_dr" in chosen
    long = "value" in chosen and ("test" in chosen or "test_code" in chosen)
    if layout is not None:
        if layout not in ("wide", "long"):
            raise LabFileError.worded(
                "bad_option", N_("layout must be 'wide' or 'long', not {layout!r}"),
                layout=layout)
        if layout == "wide" and not wide:
            raise LabFileError.worded(
                "missing_column", N_("wide layout needs a ferritin or HLA-DR column (--column "
                                     "ferritin=HEADER)"))
        if layout == "long" and not long:
            raise LabFileError.worded(
                "missing_column", N_("long layout needs a test (name or LOINC code) and a value "
                                     "column (--column test=HEADER --column value=HEADER)"))
        return layout
    if wide and long:
        raise LabFileError.worded(
            "ambiguous_layout", N_("the file has both ferritin/HLA-DR columns and test/value "
                                   "columns; choose the layout"))
    if wide:
        return "wide"
    if long:
        return "long"
    raise LabFileError.worded(
        "missing_column", N_("no ferritin or HLA-DR column and no test/value columns were "
                             "recognised; name them with --column FIELD=HEADER"))


def _listed(headers: Iterable[str]) -> str:
    """Column headers as the errors list them: quoted, comma-separated."""
    return ", ".join(repr(h) for h in headers)
