"""JSON shapes of the scores: public contracts that hospital scripts rely on (issue 17).

Keys named in the issue never change meaning: SOFA ``total``, ``assessed_components``,
``components`` (``respiration`` ... ``renal``, each ``points``, ``assessed``, ``reason``);
HScore ``score``, ``probability_percent``, ``components``; day-9 response ``day1``, ``days``
(``day``, ``sofa``, ``source``), ``mean_days_2_9``, ``decrease``, ``responder``,
``provisional``.  New keys may be added.  A finding
is ``{"code", "params", "message"}`` (English message; codes and parameters for translation).
Exact numbers are strings (a float would round them); counts and points are integers;
``probability_percent`` is the table's cell as printed ("<1", "40", ">99"), hence a string.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from desktop_app.core.eligibility import ELIGIBILITY_SOURCES, EligibilityResult, Status
from desktop_app.core.hscore import HSCORE_SOURCES, PROBABILITY_TABLE, HScoreInputs, HScoreResult
from desktop_app.core.response import ResponseResult
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


def _dyadic(x: Fraction) -> float:
    """A multiple of 1/8 as a JSON number: exact, because 8 is a power of two."""
    number = x.numerator / x.denominator
    assert Fraction(number) == x, "only multiples of 1/8 are written as numbers"
    return number


def response_to_dict(r: ResponseResult) -> dict[str, Any]:
    """Contract keys: ``day1``, ``days`` (``day``, ``sofa``, ``source``), ``mean_days_2_9``,
    ``decrease``, ``responder`` (null while provisional), ``provisional``.  The mean and the
    decrease are multiples of 1/8, which a JSON number holds exactly."""
    return {
        "day1": r.day1,
        "day1_components": r.day1_components,
        "days": [{"day": d.day, "sofa": d.sofa, "source": d.source.value,
                  "carried_from": d.carried_from, "pending": d.pending,
                  "assessed_components": d.assessed_components} for d in r.days],
        "mean_days_2_9": _dyadic(r.mean_days_2_9),
        "decrease": _dyadic(r.decrease),
        "threshold": "> 1.4",
        "responder": r.responder,
        "provisional": r.provisional,
        "pending_days": list(r.pending_days),
        "current_day": r.current_day,
        "died_on_day": r.died_on_day,
        "arithmetic": r.arithmetic,
        "verdict": r.verdict.to_dict(),
        "statements": findings_to_list(r.statements),
        "warnings": findings_to_list(r.warnings),
    }


def eligibility_to_dict(r: EligibilityResult) -> dict[str, Any]:
    return {
        "criteria": [{
            "key": c.criterion.key, "kind": c.criterion.kind.value,
            "number": c.criterion.number, "text": c.criterion.wording.message,
            "answer": c.answer.value, "status": c.status.value,
            "trial_procedure": c.criterion.trial_procedure,
            "unverified": None if c.criterion.caveat is None else c.criterion.caveat.to_dict(),
            "basis": None if c.basis is None else c.basis.to_dict(),
        } for c in r.results],
        "criteria_met": list(r.keys(Status.MET)),
        "criteria_failed": list(r.keys(Status.FAILED)),
        "criteria_unknown": list(r.keys(Status.UNKNOWN)),
        "summary": r.summary.to_dict(),
        "statements": findings_to_list(r.statements),
        "version": r.version,
        "sources": list(ELIGIBILITY_SOURCES),
    }
