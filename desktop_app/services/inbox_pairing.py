"""Which stored results a new inbox file's results may pair with (ADR 0015).

Ferritin and HLA-DR of one sample usually arrive in different files.  For the patients of a
new file (identifier *and* issuer, as pairing within a file), the inbox offers the results it
stored earlier to the one pairing rule (``lab_import.message_file.message_outcomes`` ->
``long.settle``):

- every result still **alone**: its assessment (the newest version) holds that one result
  only -- a single-value assessment, cannot classify unless ferritin alone decides;
- the **partner** of a result this file corrects: when the laboratory corrects (or sends
  again) one of two paired results, the other one is rebuilt from the stored version, so the
  new version holds the corrected result *and* its partner, classified again.

Never offered: a result this file corrects or withdraws itself (the file's version replaces
it), one withdrawn or held by a version marked entered in error, one whose newest version a
clinician typed (``inbox_ledger.held_results``).  Everything is rebuilt from what was stored
(value as entered with comparator, unit, sample time, the "not determined" word); earlier
files are never read again.  The store step calls this inside its write transaction, so what
is offered cannot change before the new versions are written.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from desktop_app.lab_import.message_fields import ANALYTE_LABEL, key_patient, patient_key
from desktop_app.lab_import.message_file import used_observations
from desktop_app.lab_import.observation_rows import (
    MessageFileResult,
    ObservationRow,
    stored_source,
)
from desktop_app.lab_import.stored_results import StoredResult
from desktop_app.store.inbox_ledger import HeldResult, held_results
from desktop_app.store.reasons import RecordReason


def offered_results(conn: Any, messages: MessageFileResult) -> tuple[StoredResult, ...]:
    """The stored results offered for pairing with the results of ``messages``."""
    rows = list(used_observations(messages).values())
    if not rows:
        return ()
    patients = {patient_key(r.patient_id, r.assigning_authority) for r in rows}
    replaced = {r.result_key for r in rows}
    withdrawn = {w.result_key for w in messages.withdrawals}
    held = held_results(conn, {r.patient_id for r in rows})
    by_holder: dict[int, list[HeldResult]] = defaultdict(list)
    for h in held:
        by_holder[h.assessment_id].append(h)
    out = []
    for h in held:
        if h.result_key in replaced or h.result_key in withdrawn:
            continue
        result = _rebuilt(h)
        if result is None or result.patient_key not in patients:
            continue
        others = {o.result_key for o in by_holder[h.assessment_id]} - {h.result_key}
        alone = _analytes(h) == {h.analyte}
        partner = bool(others & replaced) and not others & withdrawn
        if alone or partner:
            out.append(result)
    return tuple(out)


def pairing_reason(row: ObservationRow) -> RecordReason:
    """Why a new version of a stored single-value assessment was stored: "Paired with the
    HLA-DR result received in b.hl7, message 1 (M2), segment 4 (OBX)." (kept with the
    version, shown in the history in the reader's language)."""
    return RecordReason.worded("lab_version.paired", test=ANALYTE_LABEL[row.analyte],
                               source=row.source.sentence())


def _analytes(h: HeldResult) -> set[str]:
    i = h.inputs
    return ({"ferritin"} if i.ferritin or i.ferritin_not_determined else set()) | (
        {"hla_dr"} if i.hla_dr or i.hla_dr_not_determined else set())


def _rebuilt(h: HeldResult) -> StoredResult | None:
    """The stored result as the file's rows carry it, or None when the stored version does
    not hold it with a sample time (never the case for what the inbox stored)."""
    who = key_patient(h.result_key)
    i = h.inputs
    if who is None or h.analyte not in ("ferritin", "hla_dr"):
        return None
    value = i.ferritin if h.analyte == "ferritin" else i.hla_dr
    absent = i.ferritin_not_determined if h.analyte == "ferritin" else i.hla_dr_not_determined
    when = value.sampled_at if value is not None else absent.sampled_at if absent else None
    if when is None:
        return None
    return StoredResult(
        result_key=h.result_key, patient_id=who[0], assigning_authority=who[1],
        analyte=h.analyte, sampled_at=when, value=value.value if value else None,
        unit=value.unit if value else None, not_determined=absent.text if absent else None,
        source=stored_source(h.source, h.source_ref), holder=h.assessment_id)
