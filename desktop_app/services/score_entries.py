"""What the user gave for a score record, before it is stored (``services.scores``).

A daily SOFA (the calculator's inputs as typed, or a total typed from the chart), an
eligibility checklist (answers, a neutrophil count, and what the assessment it goes with says),
an HScore (the nine variables as typed).  Each knows how it is read by the core and what the
store keeps of it: the text as typed with its decimal-comma setting (so a record can be read
again and rendered in any language) and the result as shown (codes and parameters).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from desktop_app.core.eligibility import Answer, EligibilityResult
from desktop_app.core.eligibility import checklist as eligibility_checklist
from desktop_app.core.hscore import HScoreResult, score_hscore
from desktop_app.core.hscore_entry import HScoreText, read_hscore
from desktop_app.core.phenotype import Phenotype
from desktop_app.core.response import DailySofa
from desktop_app.core.score_serialize import sofa_to_dict
from desktop_app.core.sofa import SofaResult, score_sofa
from desktop_app.core.sofa_entry import SofaText, read_sofa
from desktop_app.core.sofa_table import SOFA_VERSION
from desktop_app.core.values import parse_value


@dataclass(frozen=True)
class SofaEntry:
    """One day's SOFA as given: the calculator's inputs as typed, or a total typed in."""

    text: SofaText | None = None  # calculator inputs (None: a typed total)
    decimal_comma: bool = False
    total_typed: int | None = None
    components_typed: int = 6  # organ systems a typed total rests on

    @classmethod
    def from_calculator(cls, text: SofaText, *, decimal_comma: bool = False) -> SofaEntry:
        return cls(text=text, decimal_comma=decimal_comma)

    @classmethod
    def typed_total(cls, total: int, assessed_components: int = 6) -> SofaEntry:
        DailySofa(1, total, assessed_components)  # ResponseError: outside 0-24 or 0-6
        return cls(total_typed=total, components_typed=assessed_components)

    def result(self) -> SofaResult | None:
        """The calculator's result (``InputError`` for text the core refuses)."""
        if self.text is None:
            return None
        return score_sofa(read_sofa(self.text, decimal_comma=self.decimal_comma))

    def values(self) -> dict[str, Any]:
        result = self.result()
        if result is None:
            assert self.total_typed is not None
            return dict(total=self.total_typed, assessed_components=self.components_typed,
                        method="total", inputs_json=None, decimal_comma=0, result_json=None,
                        sofa_version=SOFA_VERSION)
        assert self.text is not None
        return dict(total=result.total, assessed_components=result.assessed_components,
                    method="calculator", inputs_json=as_json(asdict(self.text)),
                    decimal_comma=int(self.decimal_comma),
                    result_json=as_json(sofa_to_dict(result)), sofa_version=result.version)


@dataclass(frozen=True)
class EligibilityEntry:
    """The checklist as given: the answers, a neutrophil count per mm³ as typed, and what the
    assessment it goes with says (its age, as exact text with a decimal point, and its
    phenotype), which decide criteria themselves."""

    answers: Mapping[str, Answer] = field(default_factory=dict)
    anc: str | None = None
    decimal_comma: bool = False  # how ``anc`` was typed
    age: str | None = None  # "60", ">89": canonical, read with a decimal point
    phenotype: str | None = None  # ``Phenotype`` value of the assessment
    cannot_classify: bool = False

    def with_assessment(self, *, status: str, phenotype: str | None,
                        age: Mapping[str, Any] | None) -> EligibilityEntry:
        """This entry for an assessment stored as ``status``/``phenotype`` with ``age`` (the
        ``age_years`` part of its inputs: comparator and exact value)."""
        age_text = None if not age else (
            ("" if age["comparator"] == "=" else age["comparator"]) + age["value"])
        return replace(self, age=age_text, phenotype=phenotype,
                       cannot_classify=status == "cannot_classify")

    def result(self) -> EligibilityResult:
        """``InputError`` for a count the core refuses, ``ValueError`` for a criterion both
        answered and decided by the data."""
        return eligibility_checklist(
            self.answers, phenotype=Phenotype(self.phenotype) if self.phenotype else None,
            cannot_classify=self.cannot_classify,
            age_years=None if self.age is None else parse_value(self.age, field="age"),
            anc_per_mm3=None if not (self.anc or "").strip() else parse_value(
                self.anc, field="neutrophils", decimal_comma=self.decimal_comma))

    def to_json(self) -> dict[str, Any]:
        return {"answers": {k: a.value for k, a in sorted(self.answers.items())},
                "anc": self.anc, "decimal_comma": self.decimal_comma, "age": self.age,
                "phenotype": self.phenotype, "cannot_classify": self.cannot_classify}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> EligibilityEntry:
        return cls({k: Answer(v) for k, v in data["answers"].items()}, data.get("anc"),
                   bool(data.get("decimal_comma")), data.get("age"), data.get("phenotype"),
                   bool(data.get("cannot_classify")))


@dataclass(frozen=True)
class HScoreEntry:
    """The nine HScore variables as typed."""

    text: HScoreText
    decimal_comma: bool = False

    def result(self) -> HScoreResult:
        return score_hscore(read_hscore(self.text, decimal_comma=self.decimal_comma))


def as_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
