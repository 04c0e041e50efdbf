"""Reading the fields HL7 v2 and FHIR results share: which test, which patient, value and unit.

One set of rules for both formats (docs/interop.md has the tables):

- **Test.** A LOINC coding decides: 2276-4 is ferritin mass concentration, 20567-4 ferritin
  molar concentration, any other LOINC code is another test (the name is not consulted: e.g.
  ferritin in body fluid is not serum ferritin).  A code listed in the site's
  ``[inbox] hla_dr_codes`` is monocyte HLA-DR.  Without either, the test *name* is compared
  as the long layout compares test names (``columns.SYNONYMS``); "HLA-DR positive monocytes"
  is HLA-DR in %.  A code and a name that name different analytes are refused.
- **Unit.** The coded unit (HL7 OBX-6.1, FHIR ``valueQuantity.code`` with system UCUM) wins;
  a unit text that names another unit is refused; a unit in a test name is never a unit.
  UCUM annotations lose their braces (``{AB}/{cell}`` → ``AB/cell``) before the core's unit
  parser reads them.  A ferritin LOINC code must agree with its unit's dimension (2276-4 with
  pmol/L, or 20567-4 with ng/mL, is refused: one of them is wrong and we cannot tell which).
- **Value.** The core's grammar (``core.values.parse_value``), decimal point only.
- **Patient.** One identifier: the one issued by ``[inbox] patient_id_authority`` when set,
  else the only one, else the only medical-record number (type MR); otherwise refused.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any, Protocol

from desktop_app.core.findings import Term
from desktop_app.core.units import (
    FerritinUnit,
    HlaDrUnit,
    parse_ferritin_unit,
    parse_hla_dr_unit,
)
from desktop_app.core.values import InputError, ParsedValue, parse_value
from desktop_app.lab_import.columns import (
    HLA_DR_PERCENT_NAMES,
    NAME_WITH_UNIT,
    SYNONYMS,
    split_header,
)
from desktop_app.lab_import.model import RowIssue

LOINC_SYSTEMS = frozenset({"LN", "LOINC", "http://loinc.org", "urn:oid:2.16.840.1.113883.6.1"})
FERRITIN_LOINC = {"2276-4": "mass", "20567-4": "molar"}  # Ferritin [Mass/volume], [Moles/volume]
_MOLAR_UNITS = frozenset({FerritinUnit.PMOL_PER_L})
_NAMES = {name: "ferritin" for name in SYNONYMS["ferritin"]} | {
    name: "hla_dr" for name in SYNONYMS["hla_dr"] | HLA_DR_PERCENT_NAMES} | {
    key: analyte for key, (analyte, _unit) in NAME_WITH_UNIT.items()
    if analyte in ("ferritin", "hla_dr")}
_UCUM_ANNOTATION = re.compile(r"\{([^{}]*)\}")
ANALYTE_LABEL = {"ferritin": Term("ferritin"), "hla_dr": Term("hla_dr")}
Unit = FerritinUnit | HlaDrUnit
DEFAULT_MAX_MESSAGE_FILE_BYTES = 32 * 1024 * 1024  # a day of a busy lab's ORU traffic is < 5 MB


class _InboxSettings(Protocol):
    hla_dr_codes: tuple[str, ...]
    patient_id_authority: str | None


@dataclass(frozen=True)
class MessageReadOptions:
    """How to read HL7 v2 and FHIR files.

    hla_dr_codes:
        Codes (OBX-3 / ``Observation.code.coding.code``) that mean monocyte HLA-DR.
    patient_id_authority:
        The issuer whose identifier is the patient id when a message carries several
        (HL7 PID-3.4 namespace or universal id; FHIR ``identifier.system``).
    local_zone:
        Zone for HL7 times without offset; None: the workstation's zone (as the CSV importer).
    accept_test_messages:
        HL7 messages with processing id T (training) or D (debugging) are ignored unless set.
    seen_messages:
        ``MessageOutcome.key -> digest`` of messages read from earlier files (import once).
    """

    hla_dr_codes: frozenset[str] = frozenset()
    patient_id_authority: str | None = None
    local_zone: tzinfo | None = None
    accept_test_messages: bool = False
    seen_messages: Mapping[str, str] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_MESSAGE_FILE_BYTES

    @classmethod
    def from_site(cls, inbox: _InboxSettings, **overrides: Any) -> MessageReadOptions:
        """Options from the site configuration's ``[inbox]`` section."""
        return cls(hla_dr_codes=frozenset(inbox.hla_dr_codes),
                   patient_id_authority=inbox.patient_id_authority, **overrides)


@dataclass(frozen=True)
class Coding:
    code: str
    system: str | None
    display: str = ""


@dataclass(frozen=True)
class TestIdentity:
    """The analyte a result is for, and what its code and name promise about the unit."""

    analyte: str  # "ferritin" | "hla_dr"
    code: str
    system: str | None
    text: str
    dimension: str | None = None  # ferritin LOINC: "mass" | "molar"
    percent_name: bool = False  # the name says "% positive monocytes"


def identify_test(codings: list[Coding], names: list[str], hla_dr_codes: frozenset[str],
                  field_name: str) -> TestIdentity | RowIssue:
    """The analyte, or a ``RowIssue``: ``other_test`` (ignore) or ``test_conflict`` (refuse)."""
    names = [n.strip() for n in names if n and n.strip()]
    text = names[0] if names else ""
    claims: dict[str, TestIdentity] = {}
    loinc = [c for c in codings if c.code and c.system in LOINC_SYSTEMS]
    for c in loinc:
        if c.code in FERRITIN_LOINC:
            claims.setdefault("ferritin", TestIdentity("ferritin", c.code, c.system,
                                                       text or c.display,
                                                       FERRITIN_LOINC[c.code]))
    for c in codings:
        if c.code and c.code in hla_dr_codes:
            claims.setdefault("hla_dr", TestIdentity("hla_dr", c.code, c.system,
                                                     text or c.display))
    dims = {FERRITIN_LOINC[c.code] for c in loinc if c.code in FERRITIN_LOINC}
    by_name = {a for n in names if (a := _NAMES.get(split_header(n).key)) is not None}
    percent = any(split_header(n).key in HLA_DR_PERCENT_NAMES for n in names)
    shown = " / ".join(dict.fromkeys([*(f"{c.code}" for c in codings if c.code), *names]))
    if len(claims) > 1 or len(dims) > 1 or len(by_name) > 1 or (
            claims and by_name and set(claims) != by_name):
        return RowIssue.worded("test_conflict", "test_codes_disagree", field_name,
                               where=field_name, test=shown)
    if claims:
        found = next(iter(claims.values()))
        return TestIdentity(found.analyte, found.code, found.system, found.text,
                            found.dimension, percent)
    if loinc:
        return RowIssue.worded("other_test", "other_test.loinc", field_name, where=field_name,
                               code=loinc[0].code)
    if by_name:
        first = next((c for c in codings if c.code), Coding("", None))
        return TestIdentity(by_name.pop(), first.code, first.system, text, None, percent)
    if shown:
        return RowIssue.worded("other_test", "other_test.message", field_name, where=field_name,
                               test=shown)
    return RowIssue.worded("other_test", "other_test.unnamed", field_name, where=field_name)


def ucum_to_text(code: str) -> str:
    """UCUM annotations are labels in braces; the core's unit parser reads the label."""
    return _UCUM_ANNOTATION.sub(lambda m: m.group(1), code).strip()


def read_unit(test: TestIdentity, texts: list[tuple[str, str]]) -> tuple[Unit, str] | RowIssue:
    """The unit from ``(field, text)`` candidates, most authoritative first.

    The first non-empty text decides; a later one that the core reads as another unit is a
    conflict; one the core cannot read (free text such as "micrograms per litre") is ignored.
    """
    label = ANALYTE_LABEL[test.analyte]
    present = [(f, t.strip()) for f, t in texts if t and t.strip()]
    if not present:
        where = texts[0][0] if texts else "unit"
        return RowIssue.worded("unit_missing", "unit_missing.message", where, where=where,
                               analyte=label)
    (where, text), others = present[0], present[1:]
    try:
        unit = _parse_unit(test.analyte, text, where)
    except InputError as exc:
        return RowIssue.of(exc, where, where=where)
    for other_field, other_text in others:
        try:
            other = _parse_unit(test.analyte, other_text, other_field)
        except InputError:
            continue
        if other is not unit:
            return RowIssue.worded("unit_conflict", "unit_conflict.fields", where, where=where,
                                   unit=unit.value, other_field=other_field,
                                   other_unit=other.value)
    if test.dimension is not None:
        molar = unit in _MOLAR_UNITS
        if molar != (test.dimension == "molar"):
            return RowIssue.worded("unit_conflict", "unit_conflict.molar_loinc" if molar
                                   else "unit_conflict.mass_loinc", where, where=where,
                                   unit=unit.value, code=test.code)
    if test.percent_name and unit is HlaDrUnit.AB_PER_CELL:
        return RowIssue.worded("test_conflict", "percent_test_ab_per_cell.message", where,
                               where=where, test=test.text)
    return unit, text


def _parse_unit(analyte: str, text: str, where: str) -> Unit:
    core_text = ucum_to_text(text)
    if analyte == "ferritin":
        return parse_ferritin_unit(core_text, field=where)
    return parse_hla_dr_unit(core_text, field=where)


def read_value(text: str, where: str) -> ParsedValue | RowIssue:
    """A lab value through the core's grammar (decimal point: both formats define it so)."""
    if not text.strip():
        return RowIssue.worded("value_missing", "value_missing.row", where, where=where)
    try:
        return parse_value(text, field=where, decimal_comma=False)
    except InputError as exc:
        return RowIssue.of(exc, where, where=where)


@dataclass(frozen=True)
class IdCandidate:
    value: str
    authorities: tuple[str, ...]  # every name of the issuer (HL7 namespace and universal id)
    type_code: str = ""


def choose_identifier(candidates: list[IdCandidate], preferred: str | None,
                      where: str) -> tuple[str, str | None] | RowIssue:
    """(identifier, its issuer) as the module docstring says, or why none can be chosen."""
    usable = [c for c in candidates if c.value.strip()]
    if not usable:
        return RowIssue.worded("patient_id_missing", "patient_id_missing.message", where,
                               where=where)
    if preferred:
        usable = [c for c in usable if preferred in c.authorities]
        if not usable:
            return RowIssue.worded("patient_id_missing", "patient_id_missing.authority", where,
                                   where=where, authority=preferred)
    elif len(usable) > 1:
        usable = [c for c in usable if c.type_code.upper() == "MR"] or usable
    if len(usable) > 1:
        return RowIssue.worded("patient_id_ambiguous", "patient_id_ambiguous", where,
                               where=where, count=str(len(usable)))
    chosen = usable[0]
    issuer = next((a for a in chosen.authorities if a), None)
    return chosen.value.strip(), issuer


def result_key(*parts: str | None) -> str:
    """An unambiguous text key from its parts (JSON array: no separator can collide)."""
    return json.dumps(list(parts), ensure_ascii=False, separators=(",", ":"))


def patient_key(patient_id: str, authority: str | None) -> str:
    """The pairing key of a patient: the identifier *and* its issuer (two issuers may give
    the same number to different people)."""
    return json.dumps([authority, patient_id], ensure_ascii=False)


def key_patient(key: str) -> tuple[str, str | None] | None:
    """(identifier, issuer) named by a result key (``result_key("hl7" | "fhir", issuer,
    identifier, ...)``), or None for a key of another shape."""
    try:
        parts = json.loads(key)
    except ValueError:
        return None
    if (not isinstance(parts, list) or len(parts) < 3 or parts[0] not in ("hl7", "fhir")
            or not isinstance(parts[2], str) or not isinstance(parts[1], str | None)):
        return None
    return parts[2], parts[1]
