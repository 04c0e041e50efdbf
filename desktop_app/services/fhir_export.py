"""Assessments out as FHIR R4: a ``collection`` Bundle with, per assessment, an Observation of
the phenotype, the laboratory Observations it was derived from, and optionally the PDF report
as a DocumentReference.  docs/interop.md describes every element; the choices are in
docs/decisions/0011-hl7-fhir-interop.md.

- The phenotype is a coded value in the app's own code system (``CONCEPTS``: ``mals``,
  ``immunoparalysis``, ``unclassified``, ``cannot-classify``); ``method`` names the rule-set
  version; ``derivedFrom`` points to the input Observations (LOINC ferritin, monocyte HLA-DR,
  age); ``component`` repeats the inputs with their criterion as ``interpretation`` text; the
  reasons are ``interpretation`` codes with their sentences; the warnings, the rule and
  "Decision support only" are ``note``s.
- Numbers are written exactly as stored (``4420.0000000000001`` stays that), never via float.
- Every Bundle is validated against the R4 models before it is returned, so an invalid file is
  never written.

The Bundle is built from the JSON shape of an assessment (``core.serialize``), which is what the
record store keeps, so a live ``Assessment`` and a stored one export identically.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app import __version__
from desktop_app.core.serialize import assessment_to_dict
from desktop_app.i18n import N_
from desktop_app.services.atomic import write_bytes_atomic

if TYPE_CHECKING:
    from desktop_app.core.phenotype import Assessment
    from desktop_app.store.records import HistoryEntry

# Our code systems: fixed UUID URNs (RFC 4122), unique without claiming anyone's domain.
CONCEPTS = "urn:uuid:0ec6c8a6-e47c-469e-810a-53405d1a8d61"  # phenotypes and app concepts
RULE_SETS = "urn:uuid:68004135-70c2-4222-b51b-96781c06be21"  # code = rule-set version
FINDINGS = "urn:uuid:a6682711-303d-4138-92e1-c931e19e8810"  # code = finding code (reasons)
ASSESSMENT_IDS = "urn:uuid:a41d85c1-f0f4-485b-afd7-4972e82e912d"  # stored assessment ids
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"

PHENOTYPE_DISPLAY = {
    "mals": "MALS (macrophage activation-like syndrome)",
    "immunoparalysis": "Immunoparalysis (sepsis-induced)",
    "unclassified": "Unclassified (neither ImmunoSep phenotype)",
    "cannot-classify": "Cannot classify",
}
# App unit (core.units values) -> UCUM code.  fhir_reader reads these back (UCUM annotations
# in braces are labels: {AB}/{cell} is read as AB/cell).
UCUM_CODES = {"ng/mL": "ng/mL", "µg/L": "ug/L", "pmol/L": "pmol/L", "µg/dL": "ug/dL",
              "AB/C": "{AB}/{cell}", "% positive": "%", "MFI": "{MFI}", "years": "a"}
FERRITIN_LOINC = {"pmol/L": ("20567-4", "Ferritin [Moles/volume] in Serum or Plasma")}
FERRITIN_MASS = ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma")
HLA_DR_CONCEPT = ("monocyte-hla-dr", "Monocyte HLA-DR")
AGE_LOINC = ("30525-0", "Age")
COMPARATOR = {"=": None, "<": "<", "<=": "<=", ">": ">", ">=": ">="}
# Training exports carry the security label "test health data" on every resource.
TRAINING_LABEL = {"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                  "code": "HTEST", "display": "test health data"}
TRAINING_NOTE = "TRAINING — NOT FOR CLINICAL USE: synthetic data from the training database."
DISCLAIMER = ("Decision support only: the phenotype says which ImmunoSep stratum the laboratory "
              "values match; the treatment shown in the app is the one used in the trial, not "
              "an order. The treating clinician decides.")


class FhirExportError(ValueError):
    """The export cannot be made (the message says why, without patient data).

    ``str()`` is the English sentence; ``localized(tr)`` words its template (marked ``N_``
    where it is raised) in ``tr``'s language, for the command line's ``--lang``.
    """

    def __init__(self, template: str, /, **params: object) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params

    def localized(self, tr: Callable[..., str]) -> str:
        return tr(self.template, **self.params)


@dataclass(frozen=True)
class PatientRef:
    """The patient as the receiving system knows them: identifier value and its system."""

    value: str
    system: str | None = None

    def reference(self) -> dict[str, Any]:
        ident: dict[str, Any] = {"value": self.value}
        if self.system:
            ident["system"] = self.system
        return {"identifier": ident}


@dataclass(frozen=True)
class _Record:
    """One assessment in its JSON shape plus what the store knows about it."""

    result: dict[str, Any]
    assessed_at: datetime
    status: str = "final"  # FHIR: final | corrected | entered-in-error
    assessment_id: int | None = None
    notes: tuple[str, ...] = ()
    app_version: str = __version__


def assessment_bundle(assessment: Assessment, patient: PatientRef, *, assessed_at: datetime,
                      now: datetime, evidence_version: str | None = None,
                      pdf: bytes | None = None, training: bool = False,
                      new_id: Callable[[], str] | None = None) -> dict[str, Any]:
    """A validated Bundle for one assessment just made (``pdf``: its report, if any).

    ``training``: every resource is labelled test data (HTEST) and says so in a note.
    ``new_id``: resource ids (default: random UUIDs; tests pass a counter)."""
    record = _Record(assessment_to_dict(assessment, evidence_version=evidence_version),
                     assessed_at)
    return _build([record], patient, now=now, pdf=pdf, training=training, new_id=new_id)


def history_bundle(entries: Sequence[HistoryEntry], patient: PatientRef, *, now: datetime,
                   pdf: bytes | None = None, training: bool = False,
                   new_id: Callable[[], str] | None = None) -> dict[str, Any]:
    """A validated Bundle of a patient's stored assessments (``Store.history``): the current
    version of each, a correction as ``corrected``, and those marked entered in error as
    ``entered-in-error`` (so a receiver can withdraw them); superseded versions are left out.
    ``pdf`` is attached to the newest current assessment."""
    records = []
    for e in entries:
        if e.superseded_by is not None:
            continue
        status = ("entered-in-error" if e.entered_in_error else
                  "corrected" if e.supersedes is not None else "final")
        records.append(_Record(e.result, e.assessed_at, status, e.assessment_id,
                               tuple(e.version_notes()), e.app_version))
    if not records:
        raise FhirExportError(N_("there is no stored assessment to export for this patient"))
    return _build(records, patient, now=now, pdf=pdf, training=training, new_id=new_id)


def assessment_count(doc: dict[str, Any]) -> int:
    """How many assessment Observations a Bundle made here holds."""
    return sum(1 for e in doc.get("entry", [])
               if any(c.get("system") == CONCEPTS and c.get("code") == "immunosep-phenotype"
                      for c in e["resource"].get("code", {}).get("coding", [])))


def to_json(doc: dict[str, Any]) -> bytes:
    """UTF-8 JSON with every ``Decimal`` written as the exact number it holds."""
    nonce = secrets.token_hex(8)
    marks: dict[str, str] = {}

    def mark(o: object) -> str:
        if isinstance(o, Decimal):
            token = f"\x00{nonce}:{len(marks)}\x00"
            marks[json.dumps(token)] = format(o, "f")
            return token
        raise TypeError(f"{type(o).__name__} is not JSON")

    text = json.dumps(doc, ensure_ascii=False, indent=2, default=mark)
    for token, number in marks.items():
        text = text.replace(token, number, 1)
    return (text + "\n").encode("utf-8")


def write_bundle(path: str | os.PathLike[str], doc: dict[str, Any], *,
                 overwrite: bool = False) -> Path:
    """Write the Bundle atomically (never over an existing file unless ``overwrite``)."""
    return write_bytes_atomic(path, to_json(doc), overwrite=overwrite)


def validate_bundle(doc: dict[str, Any]) -> None:
    """Raise ``FhirExportError`` unless ``doc`` is a valid FHIR R4 Bundle."""
    from desktop_app.lab_import.fhir_json import validation_problems

    problems = validation_problems("Bundle", doc)
    if problems:
        # The validator's findings are technical English (element paths), shown as they are.
        raise FhirExportError(N_("the export is not valid FHIR R4: {problems}"),
                              problems="; ".join(problems))


# -- building ---------------------------------------------------------------------------------
def _build(records: list[_Record], patient: PatientRef, *, now: datetime, pdf: bytes | None,
           training: bool, new_id: Callable[[], str] | None) -> dict[str, Any]:
    if now.tzinfo is None:
        raise ValueError("now must carry a time zone")
    if not patient.value.strip():
        raise FhirExportError(N_("a patient identifier is needed"))
    ids = new_id or (lambda: str(uuid.uuid4()))
    entries: list[dict[str, Any]] = []
    last_current = None
    for record in records:
        obs_id = ids()
        inputs = _input_observations(record.result, patient, ids)
        entries += [_entry(i, r) for i, r in inputs]
        observation = _assessment_observation(record, patient, obs_id, [i for i, _ in inputs])
        if training:
            observation["note"].insert(0, {"text": TRAINING_NOTE})
        entries.append(_entry(obs_id, observation))
        if record.status != "entered-in-error":
            last_current = obs_id
    if pdf is not None:
        if last_current is None:
            raise FhirExportError(N_("the PDF has no current assessment to belong to"))
        doc_id = ids()
        entries.append(_entry(doc_id, _document(pdf, patient, now, doc_id, last_current)))
    bundle = {"resourceType": "Bundle", "id": ids(),
              "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{ids()}"},
              "type": "collection", "timestamp": now.isoformat(), "entry": entries}
    if training:
        for resource in (bundle, *(e["resource"] for e in entries)):
            resource["meta"] = {"security": [dict(TRAINING_LABEL)]}
    validate_bundle(bundle)
    return bundle


def _entry(resource_id: str, resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": f"urn:uuid:{resource_id}", "resource": resource}


def _assessment_observation(record: _Record, patient: PatientRef, obs_id: str,
                            inputs: list[str]) -> dict[str, Any]:
    r = record.result
    phenotype = r.get("phenotype") or "cannot-classify"
    version = r["ruleset_version"]
    obs: dict[str, Any] = {
        "resourceType": "Observation", "id": obs_id, "status": record.status,
        "code": {"coding": [{"system": CONCEPTS, "code": "immunosep-phenotype",
                             "display": "ImmunoSep immune phenotype"}],
                 "text": "ImmunoSep immune phenotype (decision support)"},
        "subject": patient.reference(),
        "issued": record.assessed_at.isoformat(),
        "valueCodeableConcept": {"coding": [{"system": CONCEPTS, "code": phenotype,
                                             "display": PHENOTYPE_DISPLAY[phenotype]}],
                                 "text": r.get("phenotype_label") or PHENOTYPE_DISPLAY[phenotype]},
        "method": {"coding": [{"system": RULE_SETS, "code": version,
                               "display": f"ImmunoSep phenotype rule {version}"}],
                   "text": f"ImmunoSep phenotype rule, rule set {version}"},
        "device": {"display": f"ImmunoSep Phenotyper {record.app_version}"},
    }
    if record.assessment_id is not None:
        obs["identifier"] = [{"system": ASSESSMENT_IDS, "value": str(record.assessment_id)}]
    sampled = _earliest_sample(r.get("inputs", {}))
    if sampled:
        obs["effectiveDateTime"] = sampled
    if r.get("reasons"):
        obs["interpretation"] = [{"coding": [{"system": FINDINGS, "code": f["code"]}],
                                  "text": f["message"]} for f in r["reasons"]]
    obs["note"] = [{"text": t} for t in _notes(record)]
    if inputs:
        obs["derivedFrom"] = [{"reference": f"urn:uuid:{i}"} for i in inputs]
    components = _components(r)
    if components:
        obs["component"] = components
    return obs


def _notes(record: _Record) -> list[str]:
    r = record.result
    source = r.get("source") or {}
    notes = [DISCLAIMER, *record.notes, *(w["message"] for w in r.get("warnings", []))]
    notes.append("Rule: " + " ".join(r.get("rule", [])))
    cite = source.get("citation")
    if cite:
        notes.append(f"Source: {cite} doi:{source.get('doi')}; {source.get('registry_id')}.")
    if r.get("evidence_version"):
        notes.append(f"Evidence base version: {r['evidence_version']}.")
    return notes


def _earliest_sample(inputs: dict[str, Any]) -> str | None:
    times = [v["sampled_at"] for k in ("ferritin", "hla_dr")
             if (v := inputs.get(k)) and v.get("sampled_at")]
    return min(times, key=datetime.fromisoformat) if times else None


def _quantity(value: dict[str, Any], unit: str) -> dict[str, Any]:
    q: dict[str, Any] = {"value": Decimal(value["value"]), "unit": unit, "system": UCUM,
                         "code": UCUM_CODES[unit]}
    comparator = COMPARATOR[value.get("comparator", "=")]
    if comparator:
        q["comparator"] = comparator
    return q


def _analytes(inputs: dict[str, Any]) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(input key, code, quantity) for each input present."""
    out: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    f, h, age = inputs.get("ferritin"), inputs.get("hla_dr"), inputs.get("age_years")
    if f:
        code, display = FERRITIN_LOINC.get(f["unit"], FERRITIN_MASS)
        out.append(("ferritin", {"coding": [{"system": LOINC, "code": code,
                                             "display": display}]}, _quantity(f, f["unit"])))
    if h:
        out.append(("hla_dr", {"coding": [{"system": CONCEPTS, "code": HLA_DR_CONCEPT[0],
                                           "display": HLA_DR_CONCEPT[1]}],
                               "text": HLA_DR_CONCEPT[1]}, _quantity(h, h["unit"])))
    if age:
        out.append(("age_years", {"coding": [{"system": LOINC, "code": AGE_LOINC[0],
                                              "display": AGE_LOINC[1]}]},
                    _quantity(age, "years")))
    return out


_CRITERION = {"ferritin": "ferritin_above_mals_threshold", "hla_dr": "hla_dr_below_threshold",
              "age_years": "age_adult"}


def _components(r: dict[str, Any]) -> list[dict[str, Any]]:
    criteria = {c["key"]: c for c in r.get("criteria", [])}
    out = []
    for key, code, quantity in _analytes(r.get("inputs", {})):
        component: dict[str, Any] = {"code": code, "valueQuantity": quantity}
        c = criteria.get(_CRITERION[key])
        if c:
            component["interpretation"] = [{"text": f"{c['label']}: {c['note']}"}]
        out.append(component)
    return out


def _input_observations(r: dict[str, Any], patient: PatientRef,
                        ids: Callable[[], str]) -> list[tuple[str, dict[str, Any]]]:
    """The laboratory results the assessment used, as Observations (age is not a lab result
    and stays a component)."""
    out = []
    inputs = r.get("inputs", {})
    for key, code, quantity in _analytes(inputs):
        if key == "age_years":
            continue
        rid = ids()
        obs: dict[str, Any] = {
            "resourceType": "Observation", "id": rid, "status": "final",
            "category": [{"coding": [{"system": CATEGORY, "code": "laboratory"}]}],
            "code": code, "subject": patient.reference(), "valueQuantity": quantity}
        if inputs[key].get("sampled_at"):
            obs["effectiveDateTime"] = inputs[key]["sampled_at"]
        out.append((rid, obs))
    return out


def _document(pdf: bytes, patient: PatientRef, now: datetime, doc_id: str,
              related: str) -> dict[str, Any]:
    if not pdf.startswith(b"%PDF-"):
        raise FhirExportError(N_("the report to attach is not a PDF file"))
    return {
        "resourceType": "DocumentReference", "id": doc_id, "status": "current",
        "docStatus": "final",
        "type": {"coding": [{"system": CONCEPTS, "code": "immunosep-report",
                             "display": "ImmunoSep phenotype report"}],
                 "text": "ImmunoSep phenotype report (decision support only)"},
        "subject": patient.reference(), "date": now.isoformat(),
        "description": "ImmunoSep phenotype report (PDF); decision support only",
        "content": [{"attachment": {
            "contentType": "application/pdf", "data": base64.b64encode(pdf).decode("ascii"),
            # R4 Attachment.hash is SHA-1, base64 (an integrity check, not a signature)
            "size": len(pdf), "hash": base64.b64encode(hashlib.sha1(pdf).digest()).decode(),
            "title": "ImmunoSep phenotype report", "creation": now.isoformat()}}],
        "context": {"related": [{"reference": f"urn:uuid:{related}"}]},
    }
