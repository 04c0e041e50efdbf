"""The ImmunoSep rule set: one reviewed, versioned constant with its citation.

Source: Giamarellos-Bourboulis EJ et al. Precision Immunotherapy to Improve Sepsis Outcomes:
The ImmunoSep Randomized Clinical Trial. JAMA 2025, doi:10.1001/jama.2025.24175; NCT04990232
(immunosep-reference §1.3).  Boundaries are exact: ferritin 4420 ng/mL is *not* MALS and HLA-DR
5000 AB/C is *not* immunoparalysis.  A patient meeting both criteria is MALS (trial protocol).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from desktop_app.core.facts import Comparison, WarningRule
from desktop_app.core.words import ENGLISH, Words


@dataclass(frozen=True)
class RuleSet:
    version: str
    name: str
    citation: str
    doi: str
    registry_id: str
    ferritin_threshold_ng_ml: Decimal  # MALS when ferritin > threshold (strict)
    hla_dr_threshold_ab_c: Decimal  # immunoparalysis when HLA-DR < threshold (strict)
    min_age_years: Decimal  # trial population: adults, age >= 18
    # Extension points of the decision table (``core.decision``): more comparisons, and
    # warnings decided from them.  The ImmunoSep rule set has none.
    extra_comparisons: tuple[Comparison, ...] = ()
    extra_warnings: tuple[WarningRule, ...] = ()

    def rule_text(self, tr: Words = ENGLISH) -> tuple[str, ...]:
        """The rule in words with its inequalities, in the order it is applied (in English, or
        in the language of ``tr``)."""
        f, h, age = self.ferritin_threshold_ng_ml, self.hla_dr_threshold_ab_c, self.min_age_years
        return (
            tr("MALS: ferritin > {f} ng/mL (HLA-DR not needed; if HLA-DR < {h} AB/C too, both "
               "criteria are met and MALS takes precedence, as in the trial).", f=f, h=h),
            tr("Immunoparalysis: ferritin ≤ {f} ng/mL and HLA-DR < {h} AB/C (antibodies bound "
               "per CD14 monocyte, QuantiBRITE).", f=f, h=h),
            tr("Unclassified: ferritin ≤ {f} ng/mL and HLA-DR ≥ {h} AB/C; the ImmunoSep "
               "evidence does not apply.", f=f, h=h),
            tr("Cannot classify: missing or undecidable values, HLA-DR not in AB/C when it is "
               "needed, or age < {age} years.", age=age),
        )


IMMUNOSEP_RULESET = RuleSet(
    version="immunosep-rule-1.0 (2025-12-08)",
    name="ImmunoSep phenotype rule",
    citation=("Giamarellos-Bourboulis EJ, Kotsaki A, Kotsamidi I, et al. Precision Immunotherapy "
              "to Improve Sepsis Outcomes: The ImmunoSep Randomized Clinical Trial. JAMA. "
              "Published online 2025-12-08."),
    doi="10.1001/jama.2025.24175",
    registry_id="NCT04990232",
    ferritin_threshold_ng_ml=Decimal("4420"),
    hla_dr_threshold_ab_c=Decimal("5000"),
    min_age_years=Decimal("18"),
)


@dataclass(frozen=True)
class AssessmentOptions:
    """Site-configurable warning settings.  None of them can change a phenotype.

    Defaults and why:
    - ``ferritin_near_band_pct`` 10 %: commercial ferritin assays disagree by method-comparison
      slopes of 1.03-1.41 (reference §3.1), so a value within 10 % of 4420 may fall on the other
      side on another analyser.
    - ``hla_dr_near_band_pct`` 15 %: the inter-laboratory CV of QuantiBRITE HLA-DR is 15-25 %
      (Döcke 2005, reference §3.2); one CV around 5000 AB/C is 4250-5750.
    - ``max_sample_interval`` 24 h: default of hazards H13; no trial figure exists (open question
      for the clinical safety officer).
    - ``max_hla_dr_processing_delay`` 4 h: stain within 4 h of collection (Döcke 2005).
    - ``future_tolerance`` 5 min: clock skew allowed before a sample time counts as future.
    - ``hla_dr_implausibly_low_ab_c`` 100 AB/C: below this an "AB/C" value is more likely
      % positive monocytes or MFI typed into the AB/C field (hazard H03).
    """

    ferritin_near_band_pct: Decimal = Decimal("10")
    hla_dr_near_band_pct: Decimal = Decimal("15")
    max_sample_interval: timedelta = timedelta(hours=24)
    max_hla_dr_processing_delay: timedelta = timedelta(hours=4)
    future_tolerance: timedelta = timedelta(minutes=5)
    hla_dr_implausibly_low_ab_c: Decimal = Decimal("100")


DEFAULT_OPTIONS = AssessmentOptions()
