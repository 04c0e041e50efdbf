"""One assessment of a cohort as a results-file row and as a ``batch --json`` entry.

These two functions are the only place where the results columns and the JSON entry are
assembled; every writer renders through them -- directly for a single row, or through a
template compiled from them once per kind of row (``row_templates``).  They read only the
decision, the inputs as texts (``core.wording.InputTexts``), the row's identity and import
notes, and never look inside a text: so a text may be a placeholder when a template is built.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.core.decision import Decision
from desktop_app.core.findings import Finding
from desktop_app.core.outcomes import TRIAL_ARM
from desktop_app.core.rules import AssessmentOptions, RuleSet
from desktop_app.core.serialize import finding_to_dict, inputs_dict
from desktop_app.core.values import Comparator
from desktop_app.core.wording import InputTexts, constant_params, finding, input_params

# Every column a results table can hold.  ``reasons`` and ``warnings`` say in sentences what
# the code columns and the input columns already hold; a results file carries them only on
# request (``batch --sentences``, and always from the window).  See docs/import.md.
EXPLAINED_RESULT_COLUMNS = (
    "row", "rows", "patient_id", "status", "phenotype", "treatment_arm",
    "ferritin_entered", "ferritin_unit", "ferritin_comparator", "ferritin_value",
    "ferritin_ng_ml", "ferritin_sampled_at", "hla_dr_entered", "hla_dr_unit",
    "hla_dr_comparator", "hla_dr_value", "hla_dr_sampled_at", "age_years",
    "reason_codes", "reasons", "warning_codes", "warnings", "ruleset_version",
)
SENTENCE_COLUMNS = ("reasons", "warnings")
RESULT_COLUMNS = tuple(c for c in EXPLAINED_RESULT_COLUMNS if c not in SENTENCE_COLUMNS)


def result_columns(sentences: bool) -> tuple[str, ...]:
    return EXPLAINED_RESULT_COLUMNS if sentences else RESULT_COLUMNS


class NumberText(str):
    """A number as its exact decimal text: a numeric cell in XLSX when the number is exact
    there (``xlsx_number``), otherwise text; plain text in CSV."""

    __slots__ = ()


@dataclass(frozen=True)
class RowIdentity:
    """Where an assessment comes from: its first row (int), all its rows (``rows``), the
    patient id as written and its sample time (ISO 8601, "" if none).  When a template is
    built these hold placeholders (``row`` and ``rows`` then as strings)."""

    row: int | str
    rows: Sequence[int] | str
    patient_id: str
    sampled_at: str


def row_findings(d: Decision, t: InputTexts, notes: tuple[Finding, ...], ruleset: RuleSet,
                 options: AssessmentOptions) -> tuple[list[Finding], list[Finding]]:
    """(reasons, warnings followed by the import notes) with their parameters."""
    values = {**constant_params(ruleset, options), **input_params(t)}
    return ([finding(k, values) for k in d.reasons],
            [finding(k, values) for k in d.warnings] + list(notes))


def result_cells(d: Decision, t: InputTexts, ident: RowIdentity, notes: tuple[Finding, ...],
                 *, sentences: bool, ruleset: RuleSet,
                 options: AssessmentOptions) -> list[object]:
    """The ``result_columns(sentences)`` of one assessment: the row number as int, exact
    numbers as ``NumberText``, everything else as text as it is written."""
    reasons, warnings = row_findings(d, t, notes, ruleset, options)
    arm = TRIAL_ARM.get(d.phenotype) if d.phenotype else None
    f, h = t.f_unit is not None, t.h_unit is not None
    if t.a_comparator is None:
        age: object = ""
    elif t.a_comparator is Comparator.EQ:
        age = NumberText(t.a_value)
    else:
        age = f"{t.a_comparator.symbol}{t.a_value}"
    rows = ident.rows if isinstance(ident.rows, str) else ";".join(str(n) for n in ident.rows)
    cells: list[object] = [
        ident.row, rows, ident.patient_id, d.status.value,
        d.phenotype.value if d.phenotype else "", arm.value if arm else "",
        # "entered": the cell as written -- a value, or the laboratory's "not determined" word
        t.f_entered or t.f_not_determined, t.f_unit.value if t.f_unit else "",
        t.f_comparator.symbol if f else "",
        NumberText(t.f_value), NumberText(t.f_ng_ml), t.f_sampled,
        t.h_entered or t.h_not_determined, t.h_unit.value if t.h_unit else "",
        t.h_comparator.symbol if h else "",
        NumberText(t.h_value), t.h_sampled, age, ";".join(x.code for x in reasons),
    ]
    if sentences:
        cells.append(" | ".join(x.message for x in reasons))
    cells.append(";".join(x.code for x in warnings))
    if sentences:
        cells.append(" | ".join(x.message for x in warnings))
    cells.append(ruleset.version)
    return cells


def result_entry(d: Decision, t: InputTexts, ident: RowIdentity, notes: tuple[Finding, ...],
                 *, ruleset: RuleSet, options: AssessmentOptions) -> dict[str, Any]:
    """One entry of ``batch --json``'s ``results``: the contract keys (``row``,
    ``patient_id``, ``status``, ``phenotype``, ``treatment_arm``, ``reasons``, ``warnings``)
    plus ``rows``, ``sampled_at`` and ``inputs``; each finding with ``code``, ``message``,
    ``params`` and ``variant``."""
    reasons, warnings = row_findings(d, t, notes, ruleset, options)
    arm = TRIAL_ARM.get(d.phenotype) if d.phenotype else None
    return {
        "row": ident.row, "rows": ident.rows if isinstance(ident.rows, str) else list(ident.rows),
        "patient_id": ident.patient_id, "status": d.status.value,
        "phenotype": d.phenotype.value if d.phenotype else None,
        "treatment_arm": arm.value if arm else None,
        "reasons": [finding_to_dict(x) for x in reasons],
        "warnings": [finding_to_dict(x) for x in warnings],
        "sampled_at": ident.sampled_at or None,
        "inputs": inputs_dict(t),
    }
