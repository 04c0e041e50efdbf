"""An assessment in words, in one language: what the window, the PDF and the command line say.

Everything comes from the core's ``Assessment`` — the phenotype, the findings (codes and typed
parameters), the criteria (codes and typed parameters) and the rule set — rendered through one
``Translator``; nothing is re-derived and no English sentence is parsed.  The window calls this
with ``text_translator()``, the PDF and the command line with ``translator(lang)``.

No reportlab here: the command line imports it without the PDF machinery.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from desktop_app.core import criteria_text
from desktop_app.core.findings import Param, Quantity
from desktop_app.core.phenotype import Assessment, Criterion
from desktop_app.core.trend import SHORT_LABELS, Transition, TrendChart
from desktop_app.core.units import FerritinUnit
from desktop_app.i18n import N_, Translator

NOT_GIVEN = N_("not given")
MET_WORDS = {True: N_("met"), False: N_("not met"), None: N_("not decided")}


def headline(a: Assessment, tr: Translator) -> str:
    """The phenotype's full name, or "Cannot classify"."""
    return tr(a.headline)


def trial_arm(a: Assessment, tr: Translator) -> str | None:
    arm = a.treatment_arm
    return tr(arm.label) if arm is not None else None


def reasons(a: Assessment, tr: Translator) -> list[str]:
    return [tr.finding(f) for f in a.reasons]


def warnings(a: Assessment, tr: Translator) -> list[str]:
    return [tr.finding(w) for w in a.warnings]


@dataclass(frozen=True)
class CriterionWords:
    """One row of the criteria table as shown (``entered``/``converted`` None: none)."""

    label: str
    entered: str | None
    comparator: str
    converted: str | None
    threshold: str
    met: str
    note: str


def criterion(c: Criterion, tr: Translator) -> CriterionWords:
    """A criterion from its key, note code and typed parameters; a record stored before the
    criteria carried parameters keeps its English words."""
    params: Mapping[str, Param] = dict(c.params)
    met = tr(MET_WORDS[c.met])
    if "threshold" not in params:
        return CriterionWords(c.label, c.entered, c.comparator, c.converted, c.threshold, met,
                              c.note)
    return CriterionWords(
        label=criteria_text.label(c.key, params, tr),
        entered=criteria_text.value_text(c.analyte, params.get("as_entered"), tr),
        comparator=c.comparator,
        converted=criteria_text.value_text(c.analyte, params.get("converted"), tr),
        threshold=criteria_text.threshold(c.key, params, tr),
        met=met,
        note=criteria_text.note(c.key, c.note_code, c.needed, params, tr))


def rule(a: Assessment, tr: Translator) -> tuple[str, ...]:
    """The rule with its inequalities, in the order it is applied."""
    return a.ruleset.rule_text(tr)


def ferritin_conversion(a: Assessment, tr: Translator) -> str | None:
    """How ferritin became ng/mL ("9932 pmol/L ÷ 2.247 ≈ 4420.12 ng/mL", "5120 ng/mL (no
    conversion)"); None without ferritin."""
    row = next((c for c in a.criteria if c.analyte == "ferritin"), None)
    params = dict(row.params) if row is not None else {}
    entered, converted = params.get("entered"), params.get("converted")
    if not (isinstance(entered, Quantity)
            and isinstance(converted, Quantity)):
        return None
    if entered.unit not in {u.value for u in FerritinUnit}:
        return None
    return criteria_text.conversion(entered, converted, tr)


class Reason(Protocol):
    """A stored reason (``store.reasons.RecordReason``): the app's in ``tr``'s language, a
    clinician's as typed."""

    def localized(self, tr: Translator) -> str: ...


class VersionNote(Protocol):
    """A mark on a stored assessment (``store.records.VersionNote``)."""

    @property
    def template(self) -> str: ...
    @property
    def assessment_id(self) -> int | None: ...
    @property
    def reason(self) -> Reason | None: ...


def transition(t: Transition, tr: Translator) -> str:
    """A change of phenotype between two stored assessments ("MALS → immunoparalysis")."""
    return tr("{before} → {after}", before=tr(SHORT_LABELS.get(t.before, t.before)),
              after=tr(SHORT_LABELS.get(t.after, t.after)))


def trend_notes(chart: TrendChart, tr: Translator) -> list[str]:
    """What could not be drawn, then the trial's day-15 reversal definitions."""
    notes = [tr.plural("{n} ferritin value of 0 ng/mL cannot be drawn on the logarithmic axis.",
                       "{n} ferritin values of 0 ng/mL cannot be drawn on the logarithmic axis.",
                       chart.zero_ferritin)] if chart.zero_ferritin else []
    return notes + [tr(note) for note in chart.reversal_notes]


def version_note(note: VersionNote, tr: Translator) -> str:
    """A correction or entered-in-error mark of a stored assessment ("superseded by #12"),
    with its reason in ``tr``'s language when the app wrote it (the laboratory inbox's)."""
    return tr(note.template, id=note.assessment_id,
              reason=note.reason.localized(tr) if note.reason else "")
