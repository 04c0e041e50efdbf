"""What a decision can say: status, phenotype, trial arm, and the outcome of a criterion."""

from __future__ import annotations

from enum import Enum


class Status(Enum):
    CLASSIFIED = "classified"
    CANNOT_CLASSIFY = "cannot_classify"


class Phenotype(Enum):
    MALS = "mals"
    IMMUNOPARALYSIS = "immunoparalysis"
    UNCLASSIFIED = "unclassified"

    @property
    def label(self) -> str:
        return {
            "mals": "MALS (macrophage activation-like syndrome)",
            "immunoparalysis": "Immunoparalysis (sepsis-induced)",
            "unclassified": "Unclassified (neither ImmunoSep phenotype)",
        }[self.value]


class TreatmentArm(Enum):
    ANAKINRA = "anakinra"
    INTERFERON_GAMMA = "interferon_gamma"

    @property
    def label(self) -> str:
        return {"anakinra": "anakinra", "interferon_gamma": "recombinant interferon-γ"}[self.value]


TRIAL_ARM = {Phenotype.MALS: TreatmentArm.ANAKINRA,
             Phenotype.IMMUNOPARALYSIS: TreatmentArm.INTERFERON_GAMMA}


class CriterionOutcome(Enum):
    """A criterion row: met, not met, or not evaluated (value not given, not in a usable
    unit, or a censored interval that spans the threshold); ``note`` says which."""

    MET = "met"
    NOT_MET = "not_met"
    NOT_EVALUATED = "not_evaluated"

    @property
    def met(self) -> bool | None:
        """The criterion row's ``met`` of the JSON contract: True, False or None."""
        return {"met": True, "not_met": False, "not_evaluated": None}[self.value]
