"""The JSON shape of an assessment: a public contract that hospital scripts rely on.

Keys named in the product issues (``status``, ``phenotype``, ``treatment_arm``, ``reasons``,
``warnings``, ``criteria``, ``inputs``, ``ruleset_version``, ``evidence_version``) never change
meaning; new keys may be added.  A finding is ``{code, message, params, variant}``: the stable
code, its English sentence, its typed parameters (``findings.param_to_dict``) and the variant
that picks its sentence; ``finding_from_dict`` reads it back, so a stored assessment can be
worded again in any language.
"""

from __future__ import annotations

from typing import Any

from desktop_app.core.findings import (
    Finding,
    Hours,
    Instant,
    Param,
    Params,
    Quantity,
    Sentence,
    Term,
    Text,
    params_to_dict,
)
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.phenotype import Assessment, Criterion
from desktop_app.core.rules import IMMUNOSEP_RULESET, RuleSet
from desktop_app.core.units import conversion_of
from desktop_app.core.wording import InputTexts, texts_of


def finding_to_dict(f: Finding) -> dict[str, Any]:
    return {"code": f.code, "message": f.message, "params": params_to_dict(f.params),
            "variant": f.variant}


def finding_from_dict(data: dict[str, Any]) -> Finding:
    """The ``Finding`` of ``finding_to_dict`` (``params`` and ``variant`` may be missing in
    records written before they existed; such a finding has only its English ``message``)."""
    return Finding(data["code"], params_from_dict(data.get("params", {})),
                   data.get("variant", ""))


def params_from_dict(data: dict[str, Any]) -> Params:
    """The typed parameters of ``findings.params_to_dict``, in their stored order."""
    return tuple((name, param_from_dict(p)) for name, p in data.items())


def param_from_dict(data: dict[str, Any]) -> Param:
    kind = data["type"]
    if kind == "quantity":
        converted = data.get("converted")
        return Quantity(data["value"], data.get("unit", ""), data.get("comparator", "="),
                        data.get("approximate", False),
                        None if converted is None else param_from_dict(converted))  # type: ignore[arg-type]
    if kind == "instant":
        return Instant(data["value"])
    if kind == "hours":
        return Hours(data["value"], data.get("approximate", False))
    if kind == "text":
        return Text(data["value"])
    if kind == "term":
        return Term(data["value"])
    if kind == "sentence":
        return Sentence(data["value"], params_from_dict(data.get("params", {})))
    raise ValueError(f"unknown parameter type {kind!r}")


def criterion_to_dict(c: Criterion) -> dict[str, Any]:
    """The contract keys (``met`` is True, False or None) plus ``outcome`` (met, not_met,
    not_evaluated), ``note_code``, ``needed`` and ``params``."""
    return {"key": c.key, "label": c.label, "analyte": c.analyte, "entered": c.entered,
            "converted": c.converted, "comparator": c.comparator, "threshold": c.threshold,
            "met": c.met, "note": c.note, "outcome": c.outcome.value, "note_code": c.note_code,
            "needed": c.needed, "params": params_to_dict(c.params)}


def inputs_to_dict(inputs: PatientInputs, ruleset: RuleSet = IMMUNOSEP_RULESET) -> dict[str, Any]:
    return inputs_dict(texts_of(inputs, ruleset))


def inputs_dict(t: InputTexts) -> dict[str, Any]:
    """The ``inputs`` object: each value as entered, its unit, comparator, exact number, the
    ferritin in ng/mL as shown (rounded only where that cannot cross the threshold, hazard
    H06) and the sample times; ``ferritin_not_determined`` / ``hla_dr_not_determined``
    (added, only when present): the laboratory's word for a result without a value."""
    out: dict[str, Any] = {"ferritin": None, "hla_dr": None, "age_years": None}
    if t.f_unit is not None:
        symbol = t.f_comparator.symbol
        number = ("≈" if t.f_approximate else "") + t.f_shown
        out["ferritin"] = {
            "entered": t.f_entered, "unit": t.f_unit.value,
            "comparator": t.f_comparator.value, "value": t.f_value,
            "converted": f"{symbol}{number}", "converted_unit": "ng/mL",
            "conversion": conversion_of(t.f_unit).describe(f"{symbol}{t.f_value}", number),
            "sampled_at": t.f_sampled or None,
        }
    if t.h_unit is not None:
        out["hla_dr"] = {
            "entered": t.h_entered, "unit": t.h_unit.value,
            "comparator": t.h_comparator.value, "value": t.h_value,
            "usable": t.h_unit.is_quantitative,
            "sampled_at": t.h_sampled or None, "processed_at": t.h_processed or None,
        }
    if t.a_comparator is not None:
        out["age_years"] = {"entered": t.a_entered, "comparator": t.a_comparator.value,
                            "value": t.a_value}
    # Added keys, present only for a result the laboratory reported without a value.
    if t.f_not_determined:
        out["ferritin_not_determined"] = {"entered": t.f_not_determined,
                                          "sampled_at": t.f_sampled or None}
    if t.h_not_determined:
        out["hla_dr_not_determined"] = {"entered": t.h_not_determined,
                                        "sampled_at": t.h_sampled or None}
    return out


def assessment_to_dict(a: Assessment, *, evidence_version: str | None) -> dict[str, Any]:
    return {
        "status": a.status.value,
        "phenotype": a.phenotype.value if a.phenotype else None,
        "phenotype_label": a.headline,
        "treatment_arm": a.treatment_arm.value if a.treatment_arm else None,
        "reasons": [finding_to_dict(r) for r in a.reasons],
        "warnings": [finding_to_dict(w) for w in a.warnings],
        "criteria": [criterion_to_dict(c) for c in a.criteria],
        "inputs": inputs_to_dict(a.inputs, a.ruleset),
        "rule": list(a.ruleset.rule_text()),
        "ruleset_version": a.ruleset.version,
        "evidence_version": evidence_version,
        "source": {"citation": a.ruleset.citation, "doi": a.ruleset.doi,
                   "registry_id": a.ruleset.registry_id},
    }
