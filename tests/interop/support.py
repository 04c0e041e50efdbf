"""Helpers of the HL7 v2 / FHIR tests: the golden files, fixed options, snapshots, accounting."""

from __future__ import annotations

import json
import os
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop_app.lab_import.message_fields import MessageReadOptions
from desktop_app.lab_import.observation_rows import MessageFileResult, Outcome

DATA = Path(__file__).resolve().parent.parent / "data"
HL7 = DATA / "hl7"
FHIR = DATA / "fhir"
BERLIN = ZoneInfo("Europe/Berlin")
# The golden files' laboratory codes monocyte HLA-DR locally as MHLADR (site configuration).
OPTIONS = MessageReadOptions(hla_dr_codes=frozenset({"MHLADR"}), local_zone=BERLIN)
UPDATE = os.environ.get("IMMUNOSEP_UPDATE_GOLDEN") == "1"


def check_snapshot(result: MessageFileResult, expected: Path) -> None:
    """``result`` as JSON equals the reviewed snapshot ``expected``.

    ``IMMUNOSEP_UPDATE_GOLDEN=1`` rewrites the snapshot instead (then review the diff by hand:
    a snapshot is only golden once a person has checked it against the standard)."""
    got = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    if UPDATE:
        expected.parent.mkdir(exist_ok=True)
        expected.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
    assert expected.is_file(), f"no snapshot {expected.name}; run with IMMUNOSEP_UPDATE_GOLDEN=1"
    assert got == json.loads(expected.read_text(encoding="utf-8"))


def check_accounting(result: MessageFileResult) -> None:
    """Every result belongs to one message; every row and withdrawal has its result."""
    assert len(result.results) == sum(m.results for m in result.messages)
    numbers = [m.source.message_number for m in result.messages]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    places = [(r.source.message_number, r.source.segment) for r in result.results]
    assert len(set(places)) == len(places), "a result accounted for twice"
    by_place = dict(zip(places, result.results, strict=True))
    for row in result.observations:
        outcome = by_place[(row.source.message_number, row.source.segment)]
        assert outcome.code == row.status and outcome.outcome is (
            Outcome.USED if row.classifiable else Outcome.IGNORED)
    for w in result.withdrawals:
        assert by_place[(w.source.message_number, w.source.segment)].code == "withdrawal"
    for r in result.results:
        assert r.reasons or r.outcome is Outcome.USED, r
        if r.outcome is Outcome.REJECTED:
            assert r.code == r.reasons[0].code


def outcomes(result: MessageFileResult) -> dict[tuple[int, int | None], tuple[str, str]]:
    """(message, segment or entry) -> (outcome, code) for every result."""
    return {(r.source.message_number, r.source.segment): (r.outcome.value, r.code)
            for r in result.results}
