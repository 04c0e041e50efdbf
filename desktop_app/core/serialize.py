"""The JSON shape of an assessment: a public contract that hospital scripts rely on.

Keys named in the product issues (``status``, ``phenotype``, ``treatment_arm``, ``reasons``,
``warnings``, ``criteria``, ``inputs``, ``ruleset_version``, ``evidence_version``) never change
meaning; new keys may be added.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from desktop_app.core.display import show_converted
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.phenotype import Assessment


def _time(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def inputs_to_dict(inputs: PatientInputs) -> dict[str, Any]:
    f, h, age = inputs.ferritin, inputs.hla_dr, inputs.age_years
    out: dict[str, Any] = {"ferritin": None, "hla_dr": None, "age_years": None}
    if f is not None:
        number = show_converted(f.ng_per_ml)
        out["ferritin"] = {
            "entered": f.value.text.strip(), "unit": f.unit.value,
            "comparator": f.value.comparator.value, "value": format(f.value.value, "f"),
            "converted": f"{f.value.comparator.symbol}{number}", "converted_unit": "ng/mL",
            "conversion": f.conversion.describe(f.value.display(), number),
            "sampled_at": _time(f.sampled_at),
        }
    if h is not None:
        out["hla_dr"] = {
            "entered": h.value.text.strip(), "unit": h.unit.value,
            "comparator": h.value.comparator.value, "value": format(h.value.value, "f"),
            "usable": h.unit.is_quantitative,
            "sampled_at": _time(h.sampled_at), "processed_at": _time(h.processed_at),
        }
    if age is not None:
        out["age_years"] = {"entered": age.text.strip(), "comparator": age.comparator.value,
                            "value": format(age.value, "f")}
    return out


def assessment_to_dict(a: Assessment, *, evidence_version: str | None) -> dict[str, Any]:
    return {
        "status": a.status.value,
        "phenotype": a.phenotype.value if a.phenotype else None,
        "phenotype_label": a.headline,
        "treatment_arm": a.treatment_arm.value if a.treatment_arm else None,
        "reasons": [asdict(r) for r in a.reasons],
        "warnings": [asdict(w) for w in a.warnings],
        "criteria": [asdict(c) for c in a.criteria],
        "inputs": inputs_to_dict(a.inputs),
        "rule": list(a.ruleset.rule_text()),
        "ruleset_version": a.ruleset.version,
        "evidence_version": evidence_version,
        "source": {"citation": a.ruleset.citation, "doi": a.ruleset.doi,
                   "registry_id": a.ruleset.registry_id},
    }
