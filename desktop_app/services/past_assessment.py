"""A stored assessment brought back: the form text that reproduces it, and its re-reading.

``entry_text_of_record`` turns the stored inputs (``HistoryEntry.inputs``, the JSON of
``core.serialize.inputs_to_dict``) back into the text of the entry form, canonically (the
comparator, the exact digits, the form's decimal separator, ISO times with their offset), so the
window reads back exactly the values that were stored.  ``reassess`` classifies them again with
the clock set to the time they were assessed (a sample time is "in the future" relative to that
moment, not to today), and ``differs_from_stored`` says whether today's rule gives the stored
result: a difference is shown, never hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktop_app.core.phenotype import Assessment, classify
from desktop_app.core.values import Comparator
from desktop_app.services.entry import EntryText, build_inputs


def _number(part: Mapping[str, Any] | None, decimal_comma: bool) -> str | None:
    if not part:
        return None
    text = f"{Comparator(part['comparator']).symbol}{part['value']}"
    return text.replace(".", ",") if decimal_comma else text


def _time(part: Mapping[str, Any] | None, key: str) -> str | None:
    """``2026-11-24 06:00+01:00``: the stored instant with its offset, as a person types it
    (seconds only when there are any)."""
    text = (part or {}).get(key)
    if not text:
        return None
    when = datetime.fromisoformat(text)
    spec = "minutes" if when.second == 0 and when.microsecond == 0 else "auto"
    return when.isoformat(" ", spec)


def entry_text_of_record(inputs: Mapping[str, Any], *, decimal_comma: bool = False) -> EntryText:
    """The form text of a stored assessment's inputs."""
    f, h, age = inputs.get("ferritin"), inputs.get("hla_dr"), inputs.get("age_years")
    # A result the laboratory reported without a value: its word, as it was received.
    fn, hn = inputs.get("ferritin_not_determined"), inputs.get("hla_dr_not_determined")
    return EntryText(
        ferritin=_number(f, decimal_comma) if f else fn and fn["entered"],
        ferritin_unit=f["unit"] if f else None,
        hla_dr=_number(h, decimal_comma) if h else hn and hn["entered"],
        hla_dr_unit=h["unit"] if h else None,
        age=_number(age, decimal_comma),
        ferritin_sampled=_time(f or fn, "sampled_at"), hla_dr_sampled=_time(h or hn, "sampled_at"),
        hla_dr_processed=_time(h, "processed_at"))


def reassess(inputs: Mapping[str, Any], *, assessed_at: datetime) -> Assessment:
    """The stored inputs classified again, as of the time they were assessed."""
    text = entry_text_of_record(inputs)
    return classify(build_inputs(text), now=assessed_at)


def differs_from_stored(assessment: Assessment, *, status: str, phenotype: str | None) -> bool:
    """True when the result given now is not the one stored with the record."""
    now_phenotype = assessment.phenotype.value if assessment.phenotype else None
    return assessment.status.value != status or now_phenotype != phenotype
