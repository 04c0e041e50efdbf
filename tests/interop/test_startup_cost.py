"""The message readers and the FHIR export stay off the window's start-up path: importing them
loads neither python-hl7 nor fhir.resources/pydantic; reading a file does."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("hl7", "fhir", "fhir_core", "pydantic")


def _loaded(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport json, sys\n"
                          "print(json.dumps(sorted(sys.modules)))"], capture_output=True,
                         text=True, check=True, timeout=120).stdout
    return {m.split(".")[0] for m in json.loads(out.splitlines()[-1])}


def test_importing_readers_and_export_loads_no_message_library() -> None:
    loaded = _loaded("import desktop_app.lab_import.hl7_reader, desktop_app.lab_import."
                     "fhir_reader, desktop_app.services.fhir_export, desktop_app.cli.export_fhir")
    assert not loaded & set(HEAVY)


def test_reading_loads_them_when_needed() -> None:
    loaded = _loaded(
        "from desktop_app.lab_import.hl7_reader import read_hl7_bytes\n"
        "from desktop_app.lab_import.fhir_reader import read_fhir_bytes\n"
        "read_hl7_bytes(b'MSH|^~\\\\&|A|B|C|D|2025||ORU^R01|1|P|2.5.1\\r', 'x')\n"
        "read_fhir_bytes(b'{\"resourceType\": \"Bundle\", \"type\": \"collection\"}', 'x')")
    assert {"hl7", "pydantic", "fhir"} <= loaded
