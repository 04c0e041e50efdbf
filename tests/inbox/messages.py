"""ORU^R01 messages for the inbox tests, written from HL7 v2.5.1 (MSH, PID, OBR, OBX; table
0085 result status) with the golden files' conventions (LOINC 2276-4 ferritin, local code
MHLADR for monocyte HLA-DR, configured as the site's ``[inbox] hla_dr_codes``)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.site_config import InboxConfig

INBOX = InboxConfig(hla_dr_codes=("MHLADR",))
TIME = "202503240830+0100"


def obx(n: int, analyte: str, value: str, status: str = "F") -> str:
    if analyte == "ferritin":
        return f"OBX|{n}|NM|2276-4^Ferritin^LN||{value}|ng/mL|||||{status}|||{TIME}"
    return f"OBX|{n}|NM|MHLADR^Monocyte HLA-DR^L||{value}|AB/C|||||{status}|||{TIME}"


def oru(message_id: str, patient: str, *results: tuple[str, str, str],
        order: str = "ORD1") -> str:
    """One message: ``results`` are (analyte, value, OBX-11 status)."""
    segments = [
        f"MSH|^~\\&|LIS|GENHOSP|IMMUNOSEP|ICU2|20250324093000+0100||ORU^R01^ORU_R01|"
        f"{message_id}|P|2.5.1",
        f"PID|1||{patient}^^^GENHOSP^MR||TEST^PATIENT||19580312|F",
        f"OBR|1|{order}^ICU|LAB-{order}^LIS|IMMUNO^ImmunoSep panel^L|||{TIME}",
        *(obx(k, *r) for k, r in enumerate(results, start=1)),
    ]
    return "\r".join(segments) + "\r"


def write(folder: Path, name: str, *messages: str) -> Path:
    path = folder / name
    path.write_bytes("".join(messages).encode("utf-8"))
    return path
