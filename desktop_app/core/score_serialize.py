"""JSON shapes of the scores: public contracts that hospital scripts rely on (issue 17).

Keys named in the issue never change meaning: SOFA ``total``, ``assessed_components``,
``components`` (``respiration`` ... ``renal``, each ``points``, ``assessed``, ``reason``);
HScore ``score``, ``probability_percent``, ``components``.  New keys may be added.  A finding
is ``{"code", "params", "message"}`` (English message; codes and parameters for translation).
Exact numbers are strings (``"1.99"`` would be a rounding); counts and points are integers.
"""

from __future__ import annotations

from typing import Any

from desktop_app.core.score_bands import show_fraction
from desktop_app.core.score_findings import findings_to_list
from desktop_app.core.score_units import Measurement
from desktop_app.core.sofa import SofaComponent, SofaInputs, SofaResult
from desktop_app.core.sofa_table import SOFA_SOURCES
from desktop_app.core.values import ParsedValue, format_decimal


def value_to_dict(value: ParsedValue | Measurement | bool | None, unit: str = ""
                  ) -> dict[str, Any] | bool | None:
    """An input as entered (text, comparator, exact value, unit) and, if converted, as used."""
    if value is None or isinstance(value, bool):
        return value
    parsed = value.value if isinstance(value, Measurement) else value
    out: dict[str, Any] = {
        "entered": parsed.text.strip(), "comparator": parsed.comparator.value,
        "value": format_decimal(parsed.value),
        "unit": value.unit.symbol if isinstance(value, Measurement) else unit,
    }
    if isinstance(value, Measurement) and value.unit.converts:
        out["converted"] = show_fraction(value.reference)
        out["converted_unit"] = value.unit.reference
        out["conversion"] = value.unit.factor_text
    return out


def sofa_inputs_to_dict(i: SofaInputs) -> dict[str, Any]:
    return {
        "pao2": value_to_dict(i.pao2), "fio2": value_to_dict(i.fio2),
        "respiratory_support": i.respiratory_support,
        "platelets": value_to_dict(i.platelets, "×10³/µL"),
        "bilirubin": value_to_dict(i.bilirubin), "map": value_to_dict(i.map, "mmHg"),
        "dopamine": value_to_dict(i.dopamine, "µg/kg/min"), "dobutamine": i.dobutamine,
        "epinephrine": value_to_dict(i.epinephrine, "µg/kg/min"),
        "norepinephrine": value_to_dict(i.norepinephrine, "µg/kg/min"),
        "gcs": value_to_dict(i.gcs), "creatinine": value_to_dict(i.creatinine),
        "urine_output": value_to_dict(i.urine_output, "mL/day"),
    }


def sofa_component_to_dict(c: SofaComponent) -> dict[str, Any]:
    return {
        "points": c.points, "assessed": c.assessed, "reason": c.reason.to_dict(),
        "possible": list(c.possible), "criteria": findings_to_list(c.criteria),
        "notes": findings_to_list(c.notes), "warnings": findings_to_list(c.warnings),
    }


def sofa_to_dict(r: SofaResult) -> dict[str, Any]:
    return {
        "total": r.total,
        "assessed_components": r.assessed_components,
        "complete": r.complete,
        "possible_total": list(r.possible_total),
        "summary": r.summary.to_dict(),
        "components": {c.organ.value: sofa_component_to_dict(c) for c in r.components},
        "inputs": sofa_inputs_to_dict(r.inputs),
        "version": r.version,
        "sources": list(SOFA_SOURCES),
    }
