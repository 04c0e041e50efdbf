"""FHIR R4 laboratory results (a Bundle, or a single Observation) as observation rows.

``read_fhir_file(path, options)`` returns the same ``MessageFileResult`` as the HL7 reader: one
message per file, one result per Bundle entry.  Each Observation is validated against the R4
model (``fhir_json``); what it means is read here, with every code checked by us:

- ``code.coding``: LOINC 2276-4 / 20567-4 or a site HLA-DR code; else the name in ``code.text``
  or a ``display`` (``message_fields.identify_test``).
- ``status`` (table in docs/interop.md): final used; amended and corrected used, replacing an
  earlier result; preliminary shown, never classified; entered-in-error and cancelled
  withdraw an earlier result; registered has no result yet; unknown and anything else refused.
- ``subject``: a Patient of the Bundle (by ``fullUrl`` or ``Type/id``), a contained Patient
  (``#id``), or a logical reference with ``identifier``; one identifier is chosen as for HL7.
- ``effectiveDateTime``, ``effectivePeriod.start`` or ``effectiveInstant``: to the minute.
- ``valueQuantity`` (value as written, ``comparator``, UCUM ``code`` before ``unit``) or
  ``valueString`` (which carries no unit, so it is refused for want of one, unless it says
  the value was not determined: "pending", "n.b."); a ``dataAbsentReason`` is the laboratory
  saying there is no value: a result without a value, with its words
  (``core.inputs.NotDetermined``).

Other entries are accounted for too: a Patient as context, anything else as not read.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from desktop_app.core.findings import Sentence, Text
from desktop_app.core.values import not_determined_word
from desktop_app.i18n import N_
from desktop_app.lab_import.fhir_json import (
    BundleIndex,
    Number,
    digest,
    load_json,
    number_text,
    validation_problems,
)
from desktop_app.lab_import.hl7_fields import time_reader
from desktop_app.lab_import.limits import check_size
from desktop_app.lab_import.message_fields import (
    Coding,
    IdCandidate,
    MessageReadOptions,
    TestIdentity,
    choose_identifier,
    identify_test,
    read_unit,
    read_value,
    result_key,
)
from desktop_app.lab_import.model import LabFileError, RowIssue, reason_of
from desktop_app.lab_import.observation_rows import (
    CORRECTED,
    FINAL,
    PRELIMINARY,
    MessageFileResult,
    ObservationRow,
    Outcome,
    ResultCollector,
    SourceRef,
    Withdrawal,
)
from desktop_app.lab_import.times import TimeProblem

UCUM = "http://unitsofmeasure.org"
ID_TYPES = "http://terminology.hl7.org/CodeSystem/v2-0203"
STATUS = {"final": FINAL, "amended": CORRECTED, "corrected": CORRECTED,
          "preliminary": PRELIMINARY, "entered-in-error": "withdraw", "cancelled": "withdraw",
          "registered": "ignore"}
COMPARATORS = ("<", "<=", ">=", ">")
# JSON types of every element this reader takes from the raw JSON (fhir_json.shape_problem).
_CODING = {"system": str, "code": str, "display": str}
_IDENTIFIER = {"system": str, "value": str, "type": {"coding": [_CODING], "text": str},
               "assigner": {"display": str}}
OBSERVATION_SHAPE = {
    "id": str, "status": str, "identifier": [_IDENTIFIER], "contained": [dict],
    "code": {"coding": [_CODING], "text": str},
    "subject": {"reference": str, "identifier": _IDENTIFIER},
    "effectiveDateTime": str, "effectivePeriod": {"start": str}, "effectiveInstant": str,
    "valueQuantity": {"value": Number, "comparator": str, "unit": str, "system": str,
                      "code": str},
    "valueString": str, "dataAbsentReason": {"coding": [_CODING], "text": str},
}
PATIENT_SHAPE = {"id": str, "identifier": [_IDENTIFIER]}
_OTHER_VALUES = ("valueCodeableConcept", "valueBoolean", "valueInteger", "valueRange",
                 "valueRatio", "valueSampledData", "valueTime", "valueDateTime", "valuePeriod")


def looks_like_fhir(head: bytes) -> bool:
    """True when a file starts like FHIR JSON: a JSON object naming a ``resourceType``."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return text.startswith(b"{") and b'"resourceType"' in head[:4096]


def read_fhir_file(path: str | os.PathLike[str], options: MessageReadOptions | None = None,
                   *, name: str | None = None) -> MessageFileResult:
    """Read a FHIR JSON file.  Raises ``LabFileError`` when it is not FHIR results JSON."""
    options = options or MessageReadOptions()
    p = Path(path)
    check_size(p, options.max_bytes)
    return read_fhir_bytes(p.read_bytes(), name or p.name, options)


def read_fhir_bytes(data: bytes, file: str,
                    options: MessageReadOptions | None = None) -> MessageFileResult:
    options = options or MessageReadOptions()
    doc = load_json(data, file)
    if not isinstance(doc, dict) or doc.get("resourceType") not in ("Bundle", "Observation"):
        kind = doc.get("resourceType") if isinstance(doc, dict) else None
        if isinstance(kind, str):
            raise LabFileError.worded(
                "not_fhir_results", N_("{file}: a {kind} resource; a Bundle or an Observation "
                                       "is needed"), file=file, kind=kind)
        raise LabFileError.worded(
            "not_fhir_results", N_("{file}: not a FHIR resource; a Bundle or an Observation is "
                                   "needed"), file=file)
    if doc["resourceType"] == "Bundle":
        entries = _bundle_entries(doc, file)
        message_id = _bundle_id(doc)
    else:
        entries = [(None, doc)]
        message_id = doc.get("id") if isinstance(doc.get("id"), str) else None
    reader = _Reader(file, options, message_id, entries)
    reader.read(digest(doc))
    return reader.collector.finish()


def _bundle_entries(doc: dict[str, Any], file: str) -> list[tuple[str | None, Any]]:
    entries = doc.get("entry", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise LabFileError.worded("invalid_fhir", N_("{file}: Bundle.entry must be a list of "
                                                     "objects"), file=file)
    # The envelope is validated without the resources, so one bad Observation costs only itself.
    envelope = dict(doc, entry=[{k: v for k, v in e.items() if k != "resource"}
                                for e in entries])
    if not entries:
        envelope.pop("entry")
    problems = validation_problems("Bundle", envelope)
    if problems:
        # The validator's findings name FHIR elements: shown as they are.
        raise LabFileError.worded("invalid_fhir", N_("{file}: not a valid FHIR R4 Bundle: "
                                                     "{problems}"),
                                  file=file, problems="; ".join(problems))
    return [(e.get("fullUrl"), e.get("resource")) for e in entries]


def _bundle_id(doc: dict[str, Any]) -> str | None:
    ident = doc.get("identifier")
    if isinstance(ident, dict) and ident.get("value"):
        return str(ident["value"])
    return doc.get("id") if isinstance(doc.get("id"), str) else None


class _Reader:
    def __init__(self, file: str, options: MessageReadOptions, message_id: str | None,
                 entries: list[tuple[str | None, Any]]) -> None:
        self.file, self.options, self.message_id, self.entries = file, options, message_id, entries
        self.collector = ResultCollector(file, "fhir")
        self.index = BundleIndex([(u, r) for u, r in entries if isinstance(r, dict)])
        self.time_reader = time_reader(None)
        self._valid_patients: dict[int, list[str]] = {}

    def read(self, file_digest: str) -> None:
        key = result_key("fhir", file_digest)
        message = SourceRef(self.file, 1, self.message_id)
        if key in self.options.seen_messages:
            for number, (_url, resource) in enumerate(self.entries, start=1):
                self.collector.ignore(self._source(number, resource), RowIssue.worded(
                    "duplicate_message", "duplicate_message.file"))
            return self.collector.message(message, key=key, digest=file_digest,
                                          results=len(self.entries), outcome=Outcome.IGNORED,
                                          verdict=RowIssue.worded("duplicate_message",
                                                                  "duplicate_message.content"))
        for number, (url, resource) in enumerate(self.entries, start=1):
            self._entry(number, url, resource)
        self.collector.message(message, key=key, digest=file_digest, results=len(self.entries))

    def _source(self, number: int, resource: Any) -> SourceRef:
        kind = resource.get("resourceType") if isinstance(resource, dict) else None
        rid = resource.get("id") if isinstance(resource, dict) else None
        element = (f"{kind}/{rid}" if isinstance(rid, str) else kind) if isinstance(
            kind, str) else "entry"
        return SourceRef(self.file, 1, self.message_id, number, element)

    def _entry(self, number: int, url: str | None, resource: Any) -> None:
        src = self._source(number, resource)
        kind = resource.get("resourceType") if isinstance(resource, dict) else None
        if kind == "Observation":
            return self._observation(src, url, resource)
        if kind is None:
            return self.collector.reject(src, [RowIssue.worded("no_resource", "no_resource",
                                                               "entry.resource")])
        if kind == "Patient":
            return self.collector.ignore(src, RowIssue.worded("patient_context",
                                                              "patient_context"))
        self.collector.ignore(src, RowIssue.worded("not_an_observation", "not_an_observation",
                                                   kind=str(kind)))

    # -- one Observation ----------------------------------------------------------------------
    def _observation(self, src: SourceRef, url: str | None, obs: dict[str, Any]) -> None:
        problems = validation_problems("Observation", obs, OBSERVATION_SHAPE)
        if problems:
            return self.collector.reject(src, [RowIssue.worded(
                "invalid_fhir", "invalid_fhir.observation", "Observation",
                problems="; ".join(problems))])
        code = obs.get("code", {})
        codings = [Coding(str(c.get("code", "")).strip(), c.get("system"), c.get("display", ""))
                   for c in code.get("coding", [])]
        names = [code.get("text", ""), *(c.display for c in codings)]
        test = identify_test(codings, names, self.options.hla_dr_codes, "code")
        if isinstance(test, RowIssue):
            if test.code == "other_test":
                return self.collector.ignore(src, test)
            return self.collector.reject(src, [test])
        status_text = obs["status"]
        action = STATUS.get(status_text)
        if action is None:
            return self.collector.reject(src, [RowIssue.worded(
                "status_unknown", "status_unknown.fhir", "status", text=str(status_text))])
        patient = self._patient(obs, url)
        if isinstance(patient, RowIssue):
            return self.collector.reject(src, [patient])
        pid, authority = patient
        key = self._key(obs, url, pid, authority, test)
        if action == "withdraw":
            words = Sentence("status_meaning.fhir", (("text", Text(status_text)),))
            return self.collector.withdraw(Withdrawal(
                key, pid, authority, test.analyte, test.code, status_text, src,
                meaning=words.message, meaning_words=words))
        if action == "ignore":
            return self.collector.ignore(src, RowIssue.worded("no_result", "no_result.fhir",
                                                              "status"), key)
        self._result(src, obs, test, pid, authority, key, action, status_text)

    def _result(self, src: SourceRef, obs: dict[str, Any], test: TestIdentity, pid: str,
                authority: str | None, key: str, status: str, status_text: str) -> None:
        issues: list[RowIssue] = []
        when_field, when_text = _effective(obs)
        when = self._time(when_field, when_text, issues)
        absent = _absent_reason(obs)
        value_text, unit_texts = (None, None) if absent else _value(obs, issues)
        value = unit = None
        if absent is None and value_text is not None:
            absent = not_determined_word(value_text) if unit_texts is None else None
        if absent is None and value_text is not None:
            parsed = read_value(value_text, "valueQuantity.value" if unit_texts is not None
                                else "valueString")
            if isinstance(parsed, RowIssue):
                issues.append(parsed)
            else:
                value = parsed
                read = read_unit(test, unit_texts or [("valueQuantity.unit", "")])
                if isinstance(read, RowIssue):
                    if unit_texts is None:
                        read = RowIssue.worded("unit_missing", "unit_missing.value_string",
                                               "valueString")
                    issues.append(read)
                else:
                    unit = read
        if issues:
            return self.collector.reject(src, issues)
        assert when is not None and (absent is not None or (value and unit))
        self.collector.add_row(ObservationRow(
            patient_id=pid, assigning_authority=authority, analyte=test.analyte,
            code=test.code, code_system=test.system, code_text=test.text or test.code,
            value_text=value_text or "", unit_text=unit[1] if unit else "", sampled_at=when,
            sampled_at_text=when_text, time_field=when_field, status=status,
            status_text=status_text, value=value, unit=unit[0] if unit else None,
            result_key=key, source=src, not_determined=absent or ""))

    def _time(self, where: str, text: str, issues: list[RowIssue]) -> Any:
        if not text:
            issues.append(RowIssue.worded("time_missing", "time_missing.fhir",
                                          "effectiveDateTime"))
            return None
        if "T" not in text:
            issues.append(RowIssue.worded("date_without_time", "date_without_time.minute", where,
                                          where=where, text=text))
            return None
        try:
            return self.time_reader.read(text)
        except TimeProblem as exc:
            issues.append(RowIssue.worded(exc.code, "time_refused.field", where, where=where,
                                          text=text, reason=reason_of(exc)))
            return None

    # -- patient and identity -----------------------------------------------------------------
    def _patient(self, obs: dict[str, Any], url: str | None) -> tuple[str, str | None] | RowIssue:
        subject = obs.get("subject")
        if not subject:
            return RowIssue.worded("patient_id_missing", "patient_id_missing.fhir", "subject")
        reference = subject.get("reference")
        target = None
        if reference:
            target = self.index.resolve(reference, url, obs.get("contained", []))
            if target is None and not subject.get("identifier"):
                return RowIssue.worded("subject_unresolved", "subject_unresolved", "subject",
                                       reference=str(reference))
        if target is not None:
            if target.get("resourceType") != "Patient":
                return RowIssue.worded("subject_not_patient", "subject_not_patient", "subject",
                                       kind=str(target.get("resourceType")))
            problems = self._patient_problems(target)
            if problems:
                return RowIssue.worded("invalid_fhir", "invalid_fhir.patient", "subject",
                                       problems="; ".join(problems))
            identifiers, where = target.get("identifier", []), "Patient.identifier"
        else:
            identifiers, where = [subject["identifier"]], "subject.identifier"
        candidates = [IdCandidate(str(i.get("value", "")),
                                  (i.get("system", ""), i.get("assigner", {}).get("display", "")),
                                  next((c.get("code", "") for c in i.get("type", {})
                                        .get("coding", []) if c.get("system") == ID_TYPES), ""))
                      for i in identifiers]
        return choose_identifier(candidates, self.options.patient_id_authority, where)

    def _patient_problems(self, patient: dict[str, Any]) -> list[str]:
        key = id(patient)
        if key not in self._valid_patients:
            self._valid_patients[key] = validation_problems("Patient", patient, PATIENT_SHAPE)
        return self._valid_patients[key]

    def _key(self, obs: dict[str, Any], url: str | None, pid: str, authority: str | None,
             test: TestIdentity) -> str:
        """Identifier (system|value), else the resource's identity, else test and time: a
        corrected version of an Observation keeps its id (and usually its identifier)."""
        for ident in obs.get("identifier", []):
            if ident.get("value"):
                return result_key("fhir", authority, pid, "identifier", ident.get("system"),
                                  ident["value"])
        if url and not url.startswith("urn:"):
            return result_key("fhir", authority, pid, "url", url.split("/_history/")[0])
        if obs.get("id"):
            return result_key("fhir", authority, pid, "id", obs["id"])
        return result_key("fhir", authority, pid, "test", test.system, test.code or test.text,
                          _effective(obs)[1])


def _absent_reason(obs: dict[str, Any]) -> str | None:
    """The laboratory's words for a value it did not send (``dataAbsentReason``): its text,
    else the first coding's display, else its code ("not-performed", "error" ...)."""
    reason = obs.get("dataAbsentReason")
    if reason is None or any(k.startswith("value") for k in obs):
        return None
    said = reason.get("text") or next((c.get("display") or c.get("code")
                                       for c in reason.get("coding", [])
                                       if c.get("display") or c.get("code")), None)
    return said.strip() if isinstance(said, str) and said.strip() else "unknown"


def _effective(obs: dict[str, Any]) -> tuple[str, str]:
    if obs.get("effectiveDateTime"):
        return "effectiveDateTime", obs["effectiveDateTime"]
    if obs.get("effectivePeriod", {}).get("start"):
        return "effectivePeriod.start", obs["effectivePeriod"]["start"]
    if obs.get("effectiveInstant"):
        return "effectiveInstant", obs["effectiveInstant"]
    return "effectiveDateTime", ""


def _value(obs: dict[str, Any],
           issues: list[RowIssue]) -> tuple[str | None, list[tuple[str, str]] | None]:
    """(value text for the core's grammar, unit candidates) from value[x]; (None, None) when
    unusable, with the reason in ``issues``.  valueString has no unit candidates (None)."""
    quantity = obs.get("valueQuantity")
    if quantity is not None:
        raw = quantity.get("value")
        if raw is None:
            issues.append(RowIssue.worded("value_missing", "value_missing.quantity",
                                          "valueQuantity.value"))
            return None, None
        number = number_text(raw)
        if number is None:
            issues.append(RowIssue.worded("not_a_number", "not_a_number.json",
                                          "valueQuantity.value", text=f"{raw}"))
            return None, None
        comparator = quantity.get("comparator", "")
        if comparator and comparator not in COMPARATORS:
            issues.append(RowIssue.worded("comparator_unknown", "comparator_unknown.fhir",
                                          "valueQuantity.comparator", text=f"{comparator}"))
            return None, None
        code = (("valueQuantity.code", quantity.get("code", "")),)
        unit = (("valueQuantity.unit", quantity.get("unit", "")),)
        ucum = quantity.get("system") == UCUM
        return comparator + number, list(code + unit if ucum else unit + code)
    if "valueString" in obs:
        return str(obs["valueString"]), None
    other = next((k for k in _OTHER_VALUES if k in obs), None)
    if other is not None:
        issues.append(RowIssue.worded("value_type_unsupported", "value_type_unsupported.fhir",
                                      other, where=other))
    else:
        issues.append(RowIssue.worded("value_missing", "value_missing.fhir", "value[x]"))
    return None, None
