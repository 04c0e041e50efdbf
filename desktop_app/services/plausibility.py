"""Magnitudes worth a second look: warnings beside a field, never a refusal, never a phenotype.

A value outside these limits is still read and classified exactly as entered; the window says
"check the value and its unit" next to the field, because the commonest cause is a slip of
unit or of a digit.  The limits (``../shared/domain/immunosep-reference.md``):

- ferritin above 100 000 ng/mL: the upper end of the range over which a common ferritin
  immunoassay is free of the high-dose hook effect (Roche Elecsys type, §3.1); laboratories
  dilute and re-measure, or report "> …", above their measuring range.  Real values this high
  exist (case reports of 138 000 and 387 000 µg/L in HLH, §3.1), hence a warning only.
- ferritin below 1 ng/mL: a tenth of the lowest lower reference limit quoted (10–13 ng/mL,
  §3.1); such a number is more likely another unit (mg/L, µg/mL) than a measurement.
- HLA-DR above 100 000 AB/C: more than six times the 15 000 AB/C lower limit of normal
  immunocompetence (§3.2); no stored source reports monocyte values near it, so a count per µL
  or an extra digit is the likelier explanation.

HLA-DR below 100 AB/C is already a warning of the core (``hla_dr_implausibly_low``), and "%
positive" above 100 is refused by ``services.entry`` (a percentage cannot exceed 100).
These limits are for the clinical safety officer to confirm (hazard log H40).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.core.inputs import PatientInputs
from desktop_app.core.values import Comparator

FERRITIN_HIGH_NG_ML = Decimal(100_000)
FERRITIN_LOW_NG_ML = Decimal(1)
HLA_DR_HIGH_AB_C = Decimal(100_000)


@dataclass(frozen=True)
class PlausibilityNote:
    """``field`` ("ferritin" | "hla_dr") lies ``direction`` ("above" | "below") ``limit``
    (in ``unit``, the rule's unit)."""

    field: str
    direction: str
    limit: Decimal
    unit: str


def plausibility_notes(inputs: PatientInputs) -> tuple[PlausibilityNote, ...]:
    """Notes for exact values beyond the limits above (a censored bound is never "unusual":
    the laboratory said so itself)."""
    notes = []
    f, h = inputs.ferritin, inputs.hla_dr
    if f is not None and f.value.comparator is Comparator.EQ:
        if f.ng_per_ml > FERRITIN_HIGH_NG_ML:
            notes.append(PlausibilityNote("ferritin", "above", FERRITIN_HIGH_NG_ML, "ng/mL"))
        elif f.ng_per_ml < FERRITIN_LOW_NG_ML:
            notes.append(PlausibilityNote("ferritin", "below", FERRITIN_LOW_NG_ML, "ng/mL"))
    if h is not None and h.unit.is_quantitative and h.value.comparator is Comparator.EQ \
            and h.value.value > HLA_DR_HIGH_AB_C:
        notes.append(PlausibilityNote("hla_dr", "above", HLA_DR_HIGH_AB_C, "AB/C"))
    return tuple(notes)
