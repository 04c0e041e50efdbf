"""Reading speed of the HL7 v2 and FHIR readers (issue 14): how long a drop-folder file takes.

Usage: .venv/bin/python bench/interop_bench.py [--messages 2000] [--reps 5]

Builds in memory an ORU^R01 file of ``--messages`` messages (one patient each, ferritin and
HLA-DR: two OBX per message, plain CR separators) and a FHIR collection Bundle with the same
results (a Patient and two Observations per patient), reads each ``--reps`` times with
``read_hl7_bytes`` / ``read_fhir_bytes`` and prints Markdown: median [min-max] per file, per
result, and the cost of the first read (library imports) measured in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from desktop_app.lab_import.fhir_reader import read_fhir_bytes
from desktop_app.lab_import.hl7_reader import read_hl7_bytes
from desktop_app.lab_import.message_fields import MessageReadOptions

OPTIONS = MessageReadOptions(hla_dr_codes=frozenset({"MHLADR"}))


def hl7_file(n: int) -> bytes:
    out = []
    for i in range(n):
        out.append("\r".join([
            f"MSH|^~\\&|LIS|GENHOSP|IMMUNOSEP|ICU|20250324093000+0100||ORU^R01|M{i}|P|2.5.1",
            f"PID|1||{i:07d}^^^GENHOSP^MR",
            f"OBR|1||LAB{i}^LIS|PANEL|||202503240830+0100",
            f"OBX|1|NM|2276-4^Ferritin^LN||{1000 + i % 7000}|ug/L|||||F",
            f"OBX|2|NM|MHLADR^HLA-DR^L||{2000 + i % 9000}|AB/C|||||F"]) + "\r")
    return "".join(out).encode()


def fhir_file(n: int) -> bytes:
    entries = []
    for i in range(n):
        pid = f"urn:uuid:00000000-0000-4000-8000-{i:012d}"
        entries.append({"fullUrl": pid, "resource": {"resourceType": "Patient", "identifier": [
            {"system": "http://h/mrn", "value": f"{i:07d}"}]}})
        for k, (code, system, value, unit) in enumerate((
                ("2276-4", "http://loinc.org", 1000 + i % 7000, "ug/L"),
                ("MHLADR", "http://h/codes", 2000 + i % 9000, "{AB}/{cell}"))):
            entries.append({"resource": {
                "resourceType": "Observation", "id": f"o{i}-{k}", "status": "final",
                "code": {"coding": [{"system": system, "code": code}]},
                "subject": {"reference": pid}, "effectiveDateTime": "2025-03-24T08:30:00+01:00",
                "valueQuantity": {"value": value, "system": "http://unitsofmeasure.org",
                                  "code": unit}}})
    return json.dumps({"resourceType": "Bundle", "type": "collection",
                       "entry": entries}).encode()


def timed(fn, data: bytes, reps: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        result = fn(data, "bench", OPTIONS)
        times.append(time.perf_counter() - start)
        assert result.counts()["results_used"] > 0
    return times


def first_read_ms(kind: str) -> float:
    code = ("import time; t = time.perf_counter(); "
            "from desktop_app.lab_import.hl7_reader import read_hl7_bytes as r; "
            "r(b'MSH|^~\\\\&|A|B|C|D|2025||ORU^R01|1|P|2.5.1\\r', 'x')" if kind == "hl7" else
            "import time; t = time.perf_counter(); "
            "from desktop_app.lab_import.fhir_reader import read_fhir_bytes as r; "
            "r(b'{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": "
            "[{\"resource\": {\"resourceType\": \"Observation\", \"status\": \"final\", "
            "\"code\": {\"text\": \"x\"}}}]}', 'x')")
    out = subprocess.run([sys.executable, "-c", code + "; print(time.perf_counter() - t)"],
                         capture_output=True, text=True, check=True).stdout
    return float(out.split()[-1]) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    n = args.messages
    print("| file | size | median [min-max] | per result |")
    print("| --- | --- | --- | --- |")
    for label, data, fn in (("HL7 ORU^R01", hl7_file(n), read_hl7_bytes),
                            ("FHIR Bundle", fhir_file(n), read_fhir_bytes)):
        t = timed(fn, data, args.reps)
        med = statistics.median(t)
        print(f"| {label}, {n} patients, {2 * n} results | {len(data) / 1e6:.1f} MB | "
              f"{med * 1000:.0f} ms [{min(t) * 1000:.0f}-{max(t) * 1000:.0f}] | "
              f"{med / (2 * n) * 1e6:.0f} µs |")
    print(f"\nFirst read in a fresh process (imports included): HL7 {first_read_ms('hl7'):.0f} ms,"
          f" FHIR {first_read_ms('fhir'):.0f} ms.")


if __name__ == "__main__":
    main()
