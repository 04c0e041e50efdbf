"""An "HLA-DR positive monocytes" (%) test is HLA-DR in % on every route (issue 14 pt 4): the
same results as a wide and a long export, an HL7 v2 file and a FHIR Bundle give the same
outcome, and the reason is the very finding the typed path gives for HLA-DR typed in %."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.inputs import Ferritin, HlaDr, PatientInputs
from desktop_app.core.phenotype import classify
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import parse_value
from desktop_app.lab_import import ImportOptions
from desktop_app.services.cohort import run_cohort

from .support import DATA, FHIR, HL7

NOW = datetime(2025, 12, 1, tzinfo=UTC)
FILES = [DATA / "import" / "hla_dr_percent_wide.csv", DATA / "import" / "hla_dr_percent_long.csv",
         HL7 / "oru_v251_hla_dr_percent.hl7", FHIR / "bundle_hla_dr_percent.json"]


def typed(ferritin: str, percent: str) -> PatientInputs:
    """The typed path: ferritin in ng/mL and HLA-DR typed as % positive monocytes."""
    return PatientInputs(Ferritin(parse_value(ferritin, field="ferritin"), FerritinUnit.NG_PER_ML),
                         HlaDr(parse_value(percent, field="hla_dr"), HlaDrUnit.PERCENT_POSITIVE),
                         None)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_percent_test_is_hla_dr_in_percent_and_explained_as_typed(path: Path) -> None:
    result = run_cohort(path, ImportOptions(local_zone=UTC), now=NOW)
    assert result.balanced and not result.rejected_rows
    by_patient = {row.patient_id: row.assessment for row in result.rows}
    p1, p2 = by_patient["P1"], by_patient["P2"]
    # 800 ng/mL does not meet MALS, and 45 % cannot establish immunoparalysis: cannot classify,
    # with the typed path's finding (one decision, one wording), not "neither ferritin nor HLA-DR".
    assert p1.phenotype is None
    assert p1.inputs.hla_dr is not None and p1.inputs.hla_dr.unit is HlaDrUnit.PERCENT_POSITIVE
    assert p1.inputs.hla_dr.value.text == "45"
    as_typed = classify(typed("800", "45"), now=NOW)
    assert p1.reasons == as_typed.reasons
    assert [f.code for f in p1.reasons] == ["hla_dr_not_ab_per_cell"]
    assert "cannot be converted to antibodies bound per cell" in p1.reasons[0].message
    # Ferritin alone decides MALS; the percentage beside it changes nothing.
    assert p2.phenotype is not None and p2.phenotype.value == "mals"
    assert p2.reasons == classify(typed("5000", "30"), now=NOW).reasons
