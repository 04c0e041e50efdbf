"""ORU^R01 messages for the inbox tests, written from HL7 v2.5.1 (MSH, PID, OBR, OBX; table
0085 result status) with the golden files' conventions (LOINC 2276-4 ferritin, local code
MHLADR for monocyte HLA-DR, configured as the site's ``[inbox] hla_dr_codes``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.site_config import InboxConfig

INBOX = InboxConfig(hla_dr_codes=("MHLADR",))
TIME = "202503240830+0100"
SAMPLED = datetime(2025, 3, 24, 7, 30, tzinfo=UTC)  # TIME


def hl7_time(hours_after: float) -> str:
    """The HL7 DTM ``hours_after`` the sample time ``TIME`` (to the minute, UTC)."""
    return (SAMPLED + timedelta(hours=hours_after)).strftime("%Y%m%d%H%M+0000")


def obx(n: int, analyte: str, value: str, status: str = "F", at: str = TIME) -> str:
    if analyte == "ferritin":
        return f"OBX|{n}|NM|2276-4^Ferritin^LN||{value}|ng/mL|||||{status}|||{at}"
    return f"OBX|{n}|NM|MHLADR^Monocyte HLA-DR^L||{value}|AB/C|||||{status}|||{at}"


def oru(message_id: str, patient: str, *results: tuple[str, str, str],
        order: str = "ORD1", at: str = TIME, authority: str = "GENHOSP") -> str:
    """One message: ``results`` are (analyte, value, OBX-11 status), sampled ``at``;
    ``authority`` is PID-3.4 (``&URI`` subcomponents allowed)."""
    segments = [
        f"MSH|^~\\&|LIS|GENHOSP|IMMUNOSEP|ICU2|20250324093000+0100||ORU^R01^ORU_R01|"
        f"{message_id}|P|2.5.1",
        f"PID|1||{patient}^^^{authority}^MR||TEST^PATIENT||19580312|F",
        f"OBR|1|{order}^ICU|LAB-{order}^LIS|IMMUNO^ImmunoSep panel^L|||{at}",
        *(obx(k, *r, at=at) for k, r in enumerate(results, start=1)),
    ]
    return "\r".join(segments) + "\r"


def write(folder: Path, name: str, *messages: str) -> Path:
    path = folder / name
    path.write_bytes("".join(messages).encode("utf-8"))
    return path


MRN = "http://genhosp.example.org/fhir/sid/mrn"


def fhir_observation(obs_id: str, patient: str, analyte: str, value: str, at: str, *,
                     system: str = MRN, status: str = "final") -> str:
    """A FHIR R4 Observation (JSON) of ferritin (LOINC 2276-4) or monocyte HLA-DR (local code
    MHLADR); ``at`` is its ``effectiveDateTime``; the number is written as given."""
    code = ('{"system": "http://loinc.org", "code": "2276-4"}' if analyte == "ferritin"
            else '{"system": "http://genhosp.example.org/codes", "code": "MHLADR"}')
    unit = ('"unit": "ng/mL", "system": "http://unitsofmeasure.org", "code": "ng/mL"'
            if analyte == "ferritin" else
            '"unit": "AB/C", "system": "http://unitsofmeasure.org", "code": "{AB}/{cell}"')
    return (f'{{"resourceType": "Observation", "id": "{obs_id}", "status": "{status}", '
            f'"identifier": [{{"system": "http://genhosp.example.org/lab", "value": "{obs_id}"}}], '
            f'"code": {{"coding": [{code}]}}, '
            f'"subject": {{"identifier": {{"system": "{system}", "value": "{patient}"}}}}, '
            f'"effectiveDateTime": "{at}", "valueQuantity": {{"value": {value}, {unit}}}}}')
