"""HL7 v2 and FHIR files through ``immunosep batch`` and the one pipeline (issue 14 pt 1):
detected by content, the same JSON contract, every message and result accounted for, and the
same phenotypes as the same results written as a long-layout export (nothing decided twice)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from desktop_app.lab_import import ImportOptions, LabFileError
from desktop_app.services.cohort import run_cohort

from .support import FHIR, HL7
from .test_hl7_properties import expected_counts, hl7_files

NOW = datetime(2025, 12, 1, tzinfo=UTC)
CONTRACT = ("rows_read", "classified", "cannot_classify", "rejected", "results",
            "rejected_rows", "assessments", "phenotype_counts", "ruleset_version", "settings")
MESSAGE_FILES = sorted(HL7.glob("*.hl7")) + sorted(FHIR.glob("*.json"))


def batch(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "batch", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.mark.parametrize("path", MESSAGE_FILES, ids=lambda p: p.name)
def test_json_contract_and_every_result_accounted_for(path: Path) -> None:
    r = batch(path, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(CONTRACT) <= set(data)
    assert data["classified"] + data["cannot_classify"] + data["rejected"] == data["rows_read"]
    messages = data["messages"]
    assert data["rows_read"] == messages["counts"]["results"] == len(messages["results"])
    # Each result segment is in exactly one assessment or one rejected row, by its row.
    rows = [n for e in data["results"] for n in e["rows"]] + [
        e["row"] for e in data["rejected_rows"]]
    assert sorted(rows) == sorted(
        res["source"]["line"] or res["source"]["segment"] for res in messages["results"])
    for entry in data["rejected_rows"]:
        assert entry["outcome"] in ("rejected", "ignored", "withdrawal")
        assert entry["location"].startswith(path.name) and entry["reasons"]
    assert sum(messages["not_in_an_assessment"].values()) == data["rejected"]


@pytest.mark.parametrize("path", MESSAGE_FILES, ids=lambda p: p.name)
def test_the_command_line_agrees_with_the_service(path: Path) -> None:
    r = batch(path, "--json")
    data = json.loads(r.stdout)
    service = run_cohort(path, now=datetime.fromisoformat(data["assessed_at"]))
    assert [(e["rows"], e["patient_id"], e["phenotype"], [f["code"] for f in e["reasons"]])
            for e in data["results"]] == [
        (list(row.rows), row.patient_id, row.phenotype.value if row.phenotype else None,
         list(row.assessment.reason_codes())) for row in service.rows]


def test_detected_by_content_whatever_the_name(tmp_path: Path) -> None:
    hl7 = tmp_path / "export.txt"
    hl7.write_bytes((HL7 / "oru_v251_two_patients.hl7").read_bytes())
    fhir = tmp_path / "results.dat"
    fhir.write_bytes((FHIR / "bundle_with_patients.json").read_bytes())
    assert run_cohort(hl7, now=NOW).settings.kind == "hl7"
    assert run_cohort(fhir, now=NOW).settings.kind == "fhir"
    # --format overrides: the same bytes read as a table are refused as a table.
    with pytest.raises(LabFileError):
        run_cohort(hl7, ImportOptions(format="csv"), now=NOW)
    assert run_cohort(fhir, ImportOptions(format="fhir"), now=NOW).settings.kind == "fhir"


def test_table_options_are_refused_for_message_files() -> None:
    r = batch(HL7 / "oru_v251_two_patients.hl7", "--ferritin-unit", "ng/mL")
    assert r.returncode == 2
    assert r.stderr.startswith("immunosep: error: --ferritin-unit cannot be used with a HL7 v2 "
                               "file"), r.stderr
    assert batch(FHIR / "single_observation.json", "--format", "hl7").returncode == 2


def test_text_output_names_message_and_segment() -> None:
    r = batch(HL7 / "oru_v23_cancelled.hl7")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert ("oru_v23_cancelled.hl7, message 2 (CL-2), segment 4 (OBX): WITHDRAWAL: OBX-11 D: "
            "the result is deleted") in r.stdout
    assert any(line.startswith("oru_v23_cancelled.hl7, message 3 (CL-3), segment 5 (OBX): "
                               "REJECTED: OBX-14") for line in lines)
    assert "5 results read in 3 message(s)" in r.stdout


HL7_AND_LONG = [
    # patient, test code, value, unit, time: one HL7 message per patient, and the same as a
    # long-layout export.  Pairing, duplicates and the decision must come out the same.
    ("P1", "2276-4", "5120", "ug/L", "202503240830+0100"),
    ("P1", "MHLADR", "3000", "{AB}/{cell}", "202503240830+0100"),
    ("P2", "2276-4", "1000", "ng/mL", "202503240900+0100"),
    ("P2", "MHLADR", "n.b.", "", "202503241000+0100"),
    ("P3", "20567-4", "9932", "pmol/L", "202503241100+0100"),
    ("P4", "2276-4", "800", "ug/L", "202503241200+0100"),
    ("P4", "MHLADR", "6000", "{AB}/{cell}", "202503250000+0100"),
    ("P4", "MHLADR", "4000", "{AB}/{cell}", "202503241300+0100"),
]


def _name(code: str) -> str:
    """The test's name as the laboratory sends it: the local HLA-DR code is recognised by it
    where no code is configured (the command line runs without a site configuration)."""
    return "Monocyte HLA-DR" if code == "MHLADR" else "Ferritin"


def _hl7(rows: list[tuple[str, str, str, str, str]]) -> bytes:
    out = []
    for n, (pid, code, value, unit, when) in enumerate(rows, start=1):
        system = "L" if code == "MHLADR" else "LN"
        kind = "NM" if value[0].isdigit() else "ST"
        out.append("\r".join([
            f"MSH|^~\\&|LIS|GENHOSP|IMMUNOSEP|ICU|20250324||ORU^R01|M{n}|P|2.5.1",
            f"PID|1||{pid}^^^GENHOSP^MR", f"OBR|1||ORD{n}^LIS|PANEL|||{when}",
            f"OBX|1|{kind}|{code}^{_name(code)}^{system}||{value}|{unit}|||||F"]) + "\r")
    return "".join(out).encode()


def _long(rows: list[tuple[str, str, str, str, str]]) -> str:
    lines = ["MRN,Test,LOINC,Result,Unit,Collection time"]
    for pid, code, value, unit, when in rows:
        iso = f"{when[:4]}-{when[4:6]}-{when[6:8]}T{when[8:10]}:{when[10:12]}{when[12:15]}:00"
        test = "HLA-DR" if code == "MHLADR" else "Ferritin"
        loinc = "2276-4" if code == "2276-4" else ""
        unit = {"{AB}/{cell}": "AB/C", "ug/L": "µg/L"}.get(unit, unit)
        lines.append(f"{pid},{test},{loinc},{value},{unit},{iso}")
    return "\n".join(lines) + "\n"


def _fhir(rows: list[tuple[str, str, str, str, str]]) -> str:
    entries = []
    for n, (pid, code, value, unit, when) in enumerate(rows, start=1):
        iso = f"{when[:4]}-{when[4:6]}-{when[6:8]}T{when[8:10]}:{when[10:12]}:00{when[12:15]}:00"
        system = "http://loinc.org" if code != "MHLADR" else "http://genhosp.example.org/lab"
        resource: dict[str, object] = {
            "resourceType": "Observation", "id": f"r{n}", "status": "final",
            "code": {"coding": [{"system": system, "code": code, "display": _name(code)}]},
            "subject": {"identifier": {"system": "urn:genhosp:mrn", "value": pid}},
            "effectiveDateTime": iso}
        if value[0].isdigit():
            resource["valueQuantity"] = {"value": json.loads(value), "unit": unit,
                                         "system": "http://unitsofmeasure.org", "code": unit}
        else:
            resource["valueString"] = value
        entries.append({"fullUrl": f"urn:uuid:00000000-0000-4000-8000-{n:012d}",
                        "resource": resource})
    return json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries})


def test_hl7_fhir_and_a_long_export_of_the_same_results_agree(tmp_path: Path) -> None:
    hl7 = tmp_path / "labs.hl7"
    hl7.write_bytes(_hl7(HL7_AND_LONG))
    fhir = tmp_path / "labs.json"
    fhir.write_text(_fhir(HL7_AND_LONG), encoding="utf-8")
    csv_file = tmp_path / "labs.csv"
    csv_file.write_text(_long(HL7_AND_LONG), encoding="utf-8")
    codes = ImportOptions(hla_dr_codes=("MHLADR",))

    def by_patient(result):  # type: ignore[no-untyped-def]
        return sorted(((row.patient_id, str(row.phenotype), row.assessment.reason_codes(),
                        row.assessment.inputs) for row in result.rows), key=repr)

    as_hl7 = by_patient(run_cohort(hl7, codes, now=NOW))
    assert as_hl7 == by_patient(run_cohort(csv_file, now=NOW))
    assert as_hl7 == by_patient(run_cohort(fhir, codes, now=NOW))
    assert [(p, phenotype) for p, phenotype, *_ in as_hl7] == [
        ("P1", "Phenotype.MALS"), ("P2", "None"), ("P3", "Phenotype.MALS"),
        ("P4", "None"), ("P4", "Phenotype.IMMUNOPARALYSIS")]  # 800 with the nearer 4000
    assert as_hl7[1][2] == ("hla_dr_not_determined",)  # n.b.


def _phenotypes(data: dict) -> list[tuple[str, str, list[str]]]:  # type: ignore[type-arg]
    return sorted((e["patient_id"], str(e["phenotype"]), [f["code"] for f in e["reasons"]])
                  for e in data["results"])


def test_the_command_line_gives_the_same_phenotypes_for_all_three(tmp_path: Path) -> None:
    files = {"labs.hl7": _hl7(HL7_AND_LONG), "labs.json": _fhir(HL7_AND_LONG).encode(),
             "labs.csv": _long(HL7_AND_LONG).encode()}
    got = {}
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
        r = batch(tmp_path / name, "--json")
        assert r.returncode == 0, r.stderr
        data = json.loads(r.stdout)
        assert set(CONTRACT) <= set(data)
        got[name] = _phenotypes(data)
    assert got["labs.hl7"] == got["labs.json"] == got["labs.csv"]
    assert [(p, phenotype) for p, phenotype, _ in got["labs.csv"]] == [
        ("P1", "mals"), ("P2", "None"), ("P3", "mals"), ("P4", "None"),
        ("P4", "immunoparalysis")]
    # --format names what content detection would find; the other reading is refused.
    same = batch(tmp_path / "labs.hl7", "--json", "--format", "hl7")
    assert _phenotypes(json.loads(same.stdout)) == got["labs.hl7"]
    assert batch(tmp_path / "labs.json", "--format", "csv").returncode != 0


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=hl7_files())
def test_malformed_messages_through_the_pipeline_are_all_accounted_for(tmp_path_factory,
                                                                       data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.hl7"
    path.write_bytes(data)
    try:
        result = run_cohort(path, ImportOptions(format="hl7"), now=NOW)
    except LabFileError:
        return
    assert result.balanced
    assert result.rows_read == expected_counts(data)[1]
    rows = [n for i in range(result.n) for n in result.samples.rows_of(i)]  # type: ignore[union-attr]
    rows += [r.row for r in result.rejected_rows]
    assert len(rows) == len(set(rows)) == result.rows_read
