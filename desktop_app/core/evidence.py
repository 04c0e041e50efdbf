"""The evidence base as data: parsed and checked from ``resources/evidence/immunosep.json``.

Published figures are kept as printed (strings); every comparison is also recomputed from its
counts (``core.stats``) and the two are set side by side with the method used, so a wrong number
in the data shows up as a disagreement (and fails the test suite).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app.core.outcomes import Phenotype, Status, TreatmentArm
from desktop_app.core.stats import METHODS, Recomputed, recompute


class EvidenceError(ValueError):
    """The evidence file does not have the expected shape."""


@dataclass(frozen=True)
class Group:
    label: str
    events: int
    total: int

    @property
    def percent(self) -> float:
        return 100 * self.events / self.total


@dataclass(frozen=True)
class Agreement:
    figure: str  # e.g. "odds_ratio", "or_ci.low"
    printed: str
    recomputed: float
    agrees: bool


@dataclass(frozen=True)
class Comparison:
    key: str
    label: str
    endpoint: str
    subgroup: str
    treated: Group
    control: Group
    published: Mapping[str, Any]
    events: str = "responders"  # what the counts count: "responders" or "deaths"

    @property
    def recomputed(self) -> Recomputed:
        return recompute(self.treated.events, self.treated.total, self.control.events,
                         self.control.total)

    def agreement(self) -> tuple[Agreement, ...]:
        """Each printed figure beside its recomputation.

        A figure agrees when it lies within one unit of its last printed digit of the
        recomputed value: the publication mixes rounding and truncation (reference §1.12).
        """
        r, pub = self.recomputed, self.published
        flip = pub.get("rd_contrast") == "control_minus_treated"
        rd, rd_lo, rd_hi = r.risk_difference, *r.rd_ci
        if flip:
            rd, rd_lo, rd_hi = -rd, -rd_hi, -rd_lo
        candidates: list[tuple[str, str | None, float]] = [
            ("treated_pct", pub.get("treated_pct"), r.treated_pct),
            ("control_pct", pub.get("control_pct"), r.control_pct),
            ("p_value", pub.get("p_value"), r.p_value),
            ("odds_ratio", pub.get("odds_ratio"), r.odds_ratio),
            ("or_ci.low", _item(pub.get("or_ci"), 0), r.or_ci[0]),
            ("or_ci.high", _item(pub.get("or_ci"), 1), r.or_ci[1]),
            ("risk_difference", pub.get("risk_difference"), rd),
            ("rd_ci.low", _item(pub.get("rd_ci"), 0), rd_lo),
            ("rd_ci.high", _item(pub.get("rd_ci"), 1), rd_hi),
        ]
        return tuple(Agreement(name, printed, value, _agrees(printed, value))
                     for name, printed, value in candidates if printed is not None)


@dataclass(frozen=True)
class Arm:
    key: str
    phenotype: Phenotype
    drug: str
    regimen: str
    regimen_label: str
    primary_comparison: str
    mortality_comparisons: tuple[str, ...]
    safety: tuple[str, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class KeyPoint:
    """One of the statements a clinician reads first (no mortality benefit, phase 2, ...)."""

    id: str
    text: str


EVENT_KINDS = ("responders", "deaths")

# Every screen and report leads with these, in this order (issue 12 point 4, issue 16 point 1).
REQUIRED_KEY_POINTS = ("no_mortality_benefit", "phase_2_organ_dysfunction", "off_label",
                       "population", "key_exclusions")


@dataclass(frozen=True)
class EvidenceBase:
    version: str
    cutoff: str
    trial: Mapping[str, Any]
    endpoint_definition: str
    key_points: tuple[KeyPoint, ...]
    regimen_caution: str  # shown beside every trial regimen
    comparisons: Mapping[str, Comparison]
    arms: Mapping[str, Arm]
    overall_safety: tuple[str, ...]
    not_applicable: Mapping[str, str]
    published_discrepancies: tuple[str, ...]
    methods: Mapping[str, str]
    # Curation notes (what could not be verified, circulating errors): shown as provenance,
    # never in the clinical text.
    provenance: tuple[str, ...] = ()

    @property
    def citation(self) -> str:
        return str(self.trial["citation"])

    @property
    def doi(self) -> str:
        return str(self.trial["doi"])

    def arm_for(self, phenotype: Phenotype | None) -> Arm | None:
        for arm in self.arms.values():
            if arm.phenotype is phenotype:
                return arm
        return None

    def not_applicable_text(self, status: Status, phenotype: Phenotype | None) -> str | None:
        """Why the evidence does not apply (``None`` when it does)."""
        if status is Status.CANNOT_CLASSIFY:
            return self.not_applicable["cannot_classify"]
        if phenotype is Phenotype.UNCLASSIFIED:
            return self.not_applicable["unclassified"]
        return None


def _item(seq: Any, i: int) -> str | None:
    return None if seq is None else str(seq[i])


def _agrees(printed: str, value: float) -> bool:
    text = printed.replace("−", "-")
    if text.startswith((".", "-.")):
        text = text.replace(".", "0.", 1)
    number = Decimal(text)
    unit = Decimal(1).scaleb(number.as_tuple().exponent)  # type: ignore[arg-type]
    return abs(Decimal(repr(value)) - number) <= unit


def parse_evidence(data: Mapping[str, Any]) -> EvidenceBase:
    """Check the shape of the evidence mapping and build the typed evidence base."""
    try:
        if data.get("schema") != 1:
            raise EvidenceError(f"unsupported evidence schema {data.get('schema')!r}")
        comparisons = {key: Comparison(key, c["label"], c["endpoint"], c["subgroup"],
                                       Group(**c["treated"]), Group(**c["control"]),
                                       dict(c["published"]), str(c.get("events", "responders")))
                       for key, c in data["comparisons"].items()}
        for c in comparisons.values():
            if c.events not in EVENT_KINDS:
                raise EvidenceError(f"{c.key}: events must be one of {', '.join(EVENT_KINDS)}")
        arms = {}
        for key, a in data["arms"].items():
            arm = Arm(key, Phenotype(a["phenotype"]), a["drug"], a["regimen"],
                      a["regimen_label"], a["primary_comparison"],
                      tuple(a["mortality_comparisons"]), tuple(a["safety"]), tuple(a["notes"]))
            TreatmentArm(key)  # every arm key must be a known treatment arm
            for ref in (arm.primary_comparison, *arm.mortality_comparisons):
                if ref not in comparisons:
                    raise EvidenceError(f"arm {key!r} refers to unknown comparison {ref!r}")
            arms[key] = arm
        for c in comparisons.values():
            for g in (c.treated, c.control):
                if not 0 <= g.events <= g.total or g.total == 0:
                    raise EvidenceError(f"{c.key}: impossible counts {g.events}/{g.total}")
        trial = dict(data["trial"])
        for needed in ("citation", "doi", "registry_id", "population", "limits", "flow"):
            if needed not in trial:
                raise EvidenceError(f"trial.{needed} is missing")
        key_points = tuple(KeyPoint(str(k["id"]), str(k["text"])) for k in data["key_points"])
        if tuple(k.id for k in key_points) != REQUIRED_KEY_POINTS:
            raise EvidenceError(f"key_points must be {', '.join(REQUIRED_KEY_POINTS)} in order")
        return EvidenceBase(
            version=str(data["evidence_version"]), cutoff=str(data["evidence_cutoff"]),
            trial=trial, endpoint_definition=str(data["endpoint_definition"]),
            key_points=key_points, regimen_caution=str(data["regimen_caution"]),
            comparisons=comparisons, arms=arms,
            overall_safety=tuple(data["overall_safety"]),
            not_applicable=dict(data["not_applicable"]),
            published_discrepancies=tuple(data["published_discrepancies"]),
            methods=dict(METHODS),
            provenance=tuple(str(p) for p in data.get("provenance", ())))
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, EvidenceError):
            raise
        raise EvidenceError(f"evidence data is malformed: {exc!r}") from exc
