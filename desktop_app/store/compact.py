"""The compact form of imported assessments: exact inputs plus the decision's codes.

A typed assessment keeps the full result a clinician saw (``result_json``, ~3.5 kB of English
sentences).  An import of 100 000 rows cannot (issue 13: ≤ 1 kB and ≤ 0.1 ms per row), and
needs not: the decision is a pure function of the inputs, the rule set, the warning options
and the time it was made.  So an imported row stores

- ``inputs_json``: the inputs losslessly — comparator, exact decimal, the text as written,
  unit, sample and processing times:
  ``["inputs-1", [ferritin: cmp, value, text, unit, sampled], [HLA-DR: cmp, value, text,
  unit, sampled, processed], [age: cmp, value, text], [source rows]]`` (``null`` = absent;
  a result the laboratory reported without a value has ``null`` comparator, value and unit
  and its word as the text: ``[null, null, "n.b.", null, sampled]``);
- ``result_json``: the decision as codes (``["codes-1", [reasons], [warnings]]``) beside the
  ``status``/``phenotype`` columns;

and the batch row keeps what is shared: the options and the decision time.  Reading re-runs
``core.phenotype.classify`` on the decoded inputs and checks that it gives the stored codes,
then renders it exactly as a typed assessment (``assessment_to_dict``), in whatever language
the renderer speaks.  If the app's rule set is no longer the one recorded (a later version),
the stored codes are shown as they are, never a re-decided result.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from desktop_app.core import rules
from desktop_app.core.inputs import Ferritin, HlaDr, NotDetermined, PatientInputs
from desktop_app.core.phenotype import TRIAL_ARM, Assessment, Phenotype, classify
from desktop_app.core.rules import AssessmentOptions
from desktop_app.core.serialize import assessment_to_dict, inputs_to_dict
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import Comparator, ParsedValue

INPUTS_FORMAT, CODES_FORMAT = "inputs-1", "codes-1"


@dataclass(frozen=True)
class Outcome:
    """A decision as codes: what an imported row stores instead of sentences."""

    status: str
    phenotype: str | None
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]

    @classmethod
    def of(cls, a: Assessment) -> Outcome:
        return cls(a.status.value, a.phenotype.value if a.phenotype else None,
                   a.reason_codes(), a.warning_codes())

    def codes_json(self) -> str:
        return _dumps([CODES_FORMAT, self.reasons, self.warnings])


_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def _time(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def _parsed(data: list[str]) -> ParsedValue:
    return ParsedValue(Comparator(data[0]), Decimal(data[1]), data[2])


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _absent(nd: NotDetermined | None, width: int) -> list[str | None] | None:
    """A result reported without a value: no comparator, value or unit, the laboratory's
    word where the text goes ("n.b.", "pending"), its sample time."""
    if nd is None:
        return None
    return [None, None, nd.text, None, _time(nd.sampled_at), None][:width]


def encode_inputs(inputs: PatientInputs, source_rows: tuple[int, ...] = ()) -> str:
    """Lossless, compact JSON of ``inputs`` (``decode_inputs`` gives an equal object)."""
    f, h, age = inputs.ferritin, inputs.hla_dr, inputs.age_years
    ferritin = _absent(inputs.ferritin_not_determined, 5) if f is None else [
        f.value.comparator.value, str(f.value.value), f.value.text, f.unit.value,
        _time(f.sampled_at)]
    hla_dr = _absent(inputs.hla_dr_not_determined, 6) if h is None else [
        h.value.comparator.value, str(h.value.value), h.value.text, h.unit.value,
        _time(h.sampled_at), _time(h.processed_at)]
    return _dumps([
        INPUTS_FORMAT, ferritin, hla_dr,
        age and [age.comparator.value, str(age.value), age.text],
        # long layout: ferritin and HLA-DR paired from two rows
        list(source_rows) if len(source_rows) > 1 else None,
    ])


def decode_inputs(text: str) -> PatientInputs:
    data = json.loads(text)
    if not isinstance(data, list) or data[0] != INPUTS_FORMAT:
        raise ValueError("not compact inputs")
    f, h, a = data[1], data[2], data[3]
    f_nd, h_nd = (f and f[0] is None), (h and h[0] is None)  # reported without a value
    return PatientInputs(
        ferritin=Ferritin(_parsed(f[:3]), FerritinUnit(f[3]), _when(f[4]))
        if f and not f_nd else None,
        hla_dr=HlaDr(_parsed(h[:3]), HlaDrUnit(h[3]), _when(h[4]), _when(h[5]))
        if h and not h_nd else None,
        age_years=_parsed(a) if a else None,
        ferritin_not_determined=NotDetermined(f[2], _when(f[4])) if f_nd else None,
        hla_dr_not_determined=NotDetermined(h[2], _when(h[4])) if h_nd else None)


def is_compact(inputs_json: str) -> bool:
    return inputs_json.startswith('["' + INPUTS_FORMAT)


# -- the options a batch was decided with --------------------------------------------------------

def options_json(options: AssessmentOptions) -> str:
    out: dict[str, Any] = {}
    for f in fields(options):
        value = getattr(options, f.name)
        out[f.name] = ({"microseconds": value // timedelta(microseconds=1)}
                       if isinstance(value, timedelta) else str(value))
    return _dumps(out)


def options_from_json(text: str) -> AssessmentOptions:
    data = json.loads(text)
    kwargs: dict[str, Any] = {}
    for f in fields(AssessmentOptions):
        value = data[f.name]
        kwargs[f.name] = (timedelta(microseconds=value["microseconds"])
                          if isinstance(value, dict) else Decimal(value))
    return AssessmentOptions(**kwargs)


# -- reading a compact row back ------------------------------------------------------------------

def render(*, inputs_json: str, result_json: str, status: str, phenotype: str | None,
           ruleset_version: str, evidence_version: str | None, options: str,
           decided_at: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(inputs dict, result dict)`` of a compact row, shaped as for a typed assessment."""
    inputs = decode_inputs(inputs_json)
    _format, reasons, warnings = json.loads(result_json)
    stored = Outcome(status, phenotype, tuple(reasons), tuple(warnings))
    ruleset = rules.IMMUNOSEP_RULESET  # looked up at call time: the one rule set in force
    if ruleset_version == ruleset.version:
        again = classify(inputs, ruleset=ruleset, options=options_from_json(options),
                         now=datetime.fromisoformat(decided_at))
        if Outcome.of(again) == stored:
            return inputs_to_dict(inputs), assessment_to_dict(
                again, evidence_version=evidence_version)
    return inputs_to_dict(inputs), _stored_codes(stored, inputs, ruleset_version,
                                                 evidence_version)


def _stored_codes(o: Outcome, inputs: PatientInputs, ruleset_version: str,
                  evidence_version: str | None) -> dict[str, Any]:
    """The record as stored when it cannot be re-rendered by this app's rule set."""
    phenotype = Phenotype(o.phenotype) if o.phenotype else None
    arm = TRIAL_ARM.get(phenotype) if phenotype else None
    return {
        "status": o.status, "phenotype": o.phenotype,
        "phenotype_label": phenotype.label if phenotype else "Cannot classify",
        "treatment_arm": arm.value if arm else None,
        "reasons": [{"code": c, "message": ""} for c in o.reasons],
        "warnings": [{"code": c, "message": ""} for c in o.warnings],
        "criteria": [], "inputs": inputs_to_dict(inputs), "rule": [],
        "ruleset_version": ruleset_version, "evidence_version": evidence_version,
        "rendered_from": "stored codes",
    }
