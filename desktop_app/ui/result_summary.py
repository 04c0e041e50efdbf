"""Copy result (Ctrl+Shift+C): the assessment as plain text for the patient note.

Everything comes from the ``Assessment`` on screen: phenotype (with the near-threshold badge),
each input as entered with its unit, its reading in the rule's unit and its sample time, the
reasons and warnings as sentences, the rule-set and evidence versions, when it was assessed (or
saved, for a stored record) and "decision support only".  No internal code, no markup.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from desktop_app.core.phenotype import Assessment
from desktop_app.report import words
from desktop_app.ui.language import text_translator
from desktop_app.ui.result_card import is_near_threshold

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultSummary", text)


def time_text(when: datetime) -> str:
    """``2026-11-24 08:00 +01:00`` (in the window's language's date order), with its offset."""
    return text_translator().datetime(when, zone=when.utcoffset() is not None)


def summary_text(a: Assessment, *, patient: str, evidence_version: str, when: datetime,
                 training: bool, record: str = "") -> str:
    """The text put on the clipboard, in the window's language.  ``when`` is the time of the
    assessment (the save time of a stored record, described by ``record``, e.g. "stored
    assessment #12")."""
    tr = text_translator()
    lines: list[str] = []
    if training:
        lines.append(_tr("TRAINING — synthetic data, not a patient record"))
    result = words.headline(a, tr)
    if is_near_threshold(a):
        result = _tr("{result} — NEAR THRESHOLD, repeat test advised").format(result=result)
    lines.append(_tr("ImmunoSep phenotype: {result}").format(result=result))
    lines.append(_tr("Patient: {patient}").format(patient=patient or _tr("(no identifier)")))
    age = a.inputs.age_years
    lines.append(_tr("Age: {age}").format(
        age=_tr("{age} years").format(age=tr.decimal_text(age.display())) if age
        else _tr("not given")))
    lines += input_lines(a)
    lines.append(_tr("Because:") if a.phenotype else _tr("Reasons:"))
    lines += [f"- {r}" for r in words.reasons(a, tr)]
    if a.warnings:
        lines.append(_tr("Warnings:"))
        lines += [f"- {w}" for w in words.warnings(a, tr)]
    lines.append(_tr("Rule set: {ruleset}; evidence: {evidence}").format(
        ruleset=a.ruleset.version, evidence=evidence_version))
    stamp = time_text(when)
    lines.append(_tr("Assessed: {when}").format(when=stamp) if not record else
                 _tr("{record}, saved {when}").format(record=record, when=stamp))
    lines.append(_tr("Decision support only: the treating clinician decides."))
    return "\n".join(lines) + "\n"


def input_lines(a: Assessment) -> list[str]:
    """Ferritin and HLA-DR: as used (with the conversion), as entered, when sampled."""
    tr = text_translator()
    f, h = a.inputs.ferritin, a.inputs.hla_dr
    out = []
    if f is None:
        out.append(_tr("Ferritin: not given"))
    else:
        read = words.ferritin_conversion(a, tr) if f.converts else None
        value = read or tr.decimal_text(f"{f.value.display()} {f.unit.value}")
        entered = f"{f.value.text.strip()} {f.unit.value}"
        line = (_tr("Ferritin: {value} (entered as {entered}); sampled {when}")
                if f.sampled_at else _tr("Ferritin: {value} (entered as {entered})"))
        out.append(line.format(value=value, entered=entered, when=_time(f.sampled_at)))
    if h is None:
        out.append(_tr("HLA-DR: not given"))
    else:
        template = {
            (False, False): _tr("HLA-DR: {value} {unit}"),
            (True, False): _tr("HLA-DR: {value} {unit}; sampled {sampled}"),
            (False, True): _tr("HLA-DR: {value} {unit}; processed {processed}"),
            (True, True): _tr("HLA-DR: {value} {unit}; sampled {sampled}; processed "
                              "{processed}"),
        }[(h.sampled_at is not None, h.processed_at is not None)]
        out.append(template.format(value=tr.decimal_text(h.value.display()), unit=h.unit.value,
                                   sampled=_time(h.sampled_at), processed=_time(h.processed_at)))
    return out


def _time(moment: datetime | None) -> str:
    return time_text(moment) if moment else ""


def copy_result(window: MainWindow) -> None:
    """Put the window's result on the clipboard, or say that there is none."""
    from desktop_app.ui.records_actions import PAST

    a = window.assessment
    if a is None:
        window.statusBar().showMessage(_tr("Nothing to copy: there is no result on screen."),
                                       8000)
        return
    record = window.records.record if window.records.mode == PAST else None
    text = summary_text(a, patient=window.patient_identifier,
                        evidence_version=window.evidence.version, when=window.now(),
                        training=window.training,
                        record=_tr("Stored assessment #{id}").format(id=record.assessment_id)
                        if record else "")
    QGuiApplication.clipboard().setText(text)
    window.statusBar().showMessage(_tr("Result copied: paste it into the patient note."), 8000)
