"""JSON shapes of the scores: public contracts that hospital scripts rely on (issue 17).

Keys named in the issue never change meaning: SOFA ``total``, ``assessed_components``,
``components`` (``respiration`` ... ``renal``, each ``points``, ``assessed``, ``reason``);
HScore ``score``, ``probability_percent``, ``components``.  New keys may be added.  A finding
is ``{"code", "params", "message"}`` (English message; codes and parameters for translation).
Exact numbers are strings (a float would round them); counts and points are integers;
``probability_percent`` is the table's cell as printed ("<1", "40", ">99"), hence a string.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from desktop_app.core.hscore import HSCORE_SOURCES, PROBABILITY_TABLE, HScoreInputs, HScoreResult
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


def hscore_inputs_to_dict(i: HScoreInputs) -> dict[str, Any]:
    ferritin: dict[str, Any] | None = None
    if i.ferritin is not None:
        ferritin = {"entered": i.ferritin.value.text.strip(),
                    "comparator": i.ferritin.value.comparator.value,
                    "value": format_decimal(i.ferritin.value.value),
                    "unit": i.ferritin.unit.value}
        if i.ferritin.converts:
            ferritin |= {"converted": show_fraction(Fraction(i.ferritin.ng_per_ml)),
                         "converted_unit": "ng/mL"}
    return {
        "immunosuppression": i.immunosuppression,
        "temperature": value_to_dict(i.temperature, "°C"),
        "organomegaly": None if i.organomegaly is None else i.organomegaly.value,
        "cytopenias": i.cytopenias,
        "ferritin": ferritin,
        "triglycerides": value_to_dict(i.triglycerides, "mmol/L"),
        "fibrinogen": value_to_dict(i.fibrinogen),
        "ast": value_to_dict(i.ast, "U/L"),
        "haemophagocytosis": i.haemophagocytosis,
    }


def hscore_to_dict(r: HScoreResult) -> dict[str, Any]:
    p = r.probability
    return {
        "score": r.score,
        "probability_percent": None if p is None else p.percent,
        "probability": None if p is None else {
            "percent": p.percent, "table_row": p.row,
            "next_row": None if p.next_row is None else {"score": p.next_row[0],
                                                          "percent": p.next_row[1]},
            "explanation": p.finding.to_dict()},
        "possible": list(r.possible),
        "summary": r.summary.to_dict(),
        "components": {c.variable.value: {
            "points": c.points, "assessed": c.assessed, "reason": c.reason.to_dict(),
            "possible": list(c.possible), "warnings": findings_to_list(c.warnings),
        } for c in r.components},
        "statements": findings_to_list(r.statements),
        "inputs": hscore_inputs_to_dict(r.inputs),
        "probability_table": [{"score": s, "percent": pct} for s, pct in PROBABILITY_TABLE],
        "version": r.version,
        "sources": list(HSCORE_SOURCES),
    }
