"""Broken FHIR files made from the golden ones: the reader never crashes, and every Bundle
entry ends in exactly one outcome (or the whole file is refused with a reason)."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.lab_import.fhir_reader import read_fhir_bytes
from desktop_app.lab_import.model import LabFileError

from .support import FHIR, OPTIONS, check_accounting

GOLDEN = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FHIR.glob("*.json"))]
VALUES = st.sampled_from([
    None, "", 0, -1, 5120, 4420.5, "x", [], {}, True, "final", "corrected", "entered-in-error",
    "2025-03-24", "2025-03-24T08:30:00+01:00", "Patient/p2", "#pat", "urn:uuid:nope",
    {"resourceType": "Observation"}, {"resourceType": "Nonsense"}, {"value": "5120"},
    {"coding": [{"system": "http://loinc.org", "code": "2276-4"}]}, [{"resource": None}],
    {"reference": "Patient/p2"}, {"identifier": {"value": "1"}}, "ug/L", "pmol/L", "%"])


def mutate(doc: Any, data: st.DataObject) -> Any:
    """Replace, delete or duplicate one randomly chosen part of ``doc`` (in place)."""
    node = doc
    for _ in range(data.draw(st.integers(0, 6))):
        children = (list(node.items()) if isinstance(node, dict) else list(enumerate(node))
                    if isinstance(node, list) else [])
        children = [(k, v) for k, v in children if isinstance(v, dict | list) and v]
        if not children:
            break
        node = data.draw(st.sampled_from(children))[1]
    if isinstance(node, dict) and node:
        key = data.draw(st.sampled_from(sorted(node)))
        action = data.draw(st.sampled_from(["replace", "delete"]))
        if action == "delete":
            del node[key]
        else:
            node[key] = copy.deepcopy(data.draw(VALUES))
    elif isinstance(node, list) and node:
        i = data.draw(st.integers(0, len(node) - 1))
        if data.draw(st.booleans()):
            node.append(copy.deepcopy(node[i]))
        else:
            node[i] = copy.deepcopy(data.draw(VALUES))
    return doc


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data(), which=st.integers(0, len(GOLDEN) - 1), rounds=st.integers(1, 4))
def test_broken_files_never_crash_and_every_entry_is_accounted_for(data: st.DataObject,
                                                                   which: int, rounds: int):
    doc = copy.deepcopy(GOLDEN[which])
    for _ in range(rounds):
        doc = mutate(doc, data)
    raw = json.dumps(doc).encode()
    try:
        result = read_fhir_bytes(raw, "fuzz.json", OPTIONS)
    except LabFileError as exc:
        assert exc.code in ("not_fhir_results", "invalid_fhir", "not_json")
        return
    check_accounting(result)
    assert len(result.messages) == 1
    entries = doc.get("entry", []) if doc.get("resourceType") == "Bundle" else [doc]
    assert len(result.results) == len(entries)
    for row in result.observations:
        assert row.sampled_at.tzinfo is not None and row.patient_id


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes(data: bytes) -> None:
    try:
        result = read_fhir_bytes(b'{"resourceType": "Bundle", ' + data, "fuzz.json", OPTIONS)
    except LabFileError:
        return
    check_accounting(result)
