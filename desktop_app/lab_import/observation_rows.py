"""What the HL7 v2 and FHIR readers hand on: per-test observation rows and the accounting.

A laboratory message file becomes the same per-test rows a long-layout export gives (patient,
test code and name, value, unit, sample time) plus what only messages carry: the result status,
a key that identifies the result across files (so a later correction supersedes it and a
cancellation withdraws it) and a source reference (file, message, segment).  Pairing ferritin
with HLA-DR and classifying stay with the long layout's code; nothing here decides a phenotype.

Every message and every result segment (HL7 OBX, FHIR Bundle entry) ends in exactly one
``MessageOutcome`` / ``ResultOutcome``: used, ignored with a reason, or rejected with a reason
and its location.  Values and units in the rows were read by the core's parsers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum
from typing import Any

from desktop_app.core.findings import Param, Sentence, Text, text_params
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import ParsedValue
from desktop_app.lab_import.model import RowIssue

# Result statuses after mapping HL7 OBX-11 / FHIR Observation.status (docs/interop.md).
FINAL = "final"
CORRECTED = "corrected"  # replaces an earlier result with the same key
PRELIMINARY = "preliminary"  # shown, never classified
CLASSIFIABLE = frozenset({FINAL, CORRECTED})


class Outcome(Enum):
    USED = "used"
    IGNORED = "ignored"
    REJECTED = "rejected"


@dataclass(frozen=True)
class SourceRef:
    """Where a result came from.

    ``message_number`` is the 1-based position of the message in the file (a FHIR file is one
    message); ``message_id`` is HL7 MSH-10 or the FHIR Bundle/Observation id, None when absent.
    ``segment`` is the 1-based segment number inside the HL7 message (MSH = 1) or the 1-based
    Bundle entry number (1 for a single Observation); None for the message itself.
    ``element`` names the segment type ("OBX") or the FHIR resource ("Observation/f-1").
    ``line`` is the HL7 segment's line in the file (None for FHIR).
    """

    file: str
    message_number: int
    message_id: str | None = None
    segment: int | None = None
    element: str | None = None
    line: int | None = None

    @property
    def row(self) -> int:
        """Where a person finds the result, as a number: the HL7 segment's line in the file,
        else the FHIR Bundle entry (the "row" of the batch outputs)."""
        return self.line or self.segment or 0

    def describe(self) -> str:
        """E.g. "lab.hl7, message 2 (MSG0002), segment 5 (OBX)"."""
        return self.sentence().message

    def sentence(self) -> Sentence:
        """``describe`` as a template with its values (worded in a reader's language)."""
        message = Sentence("source.message_id" if self.message_id else "source.message",
                           text_params(file=self.file, number=str(self.message_number),
                                       id=self.message_id or ""))
        if self.segment is None:
            return message
        # HL7 segment ids are three capitals ("OBX"); FHIR elements name a resource.
        hl7 = self.element is None or (len(self.element) == 3 and self.element.isupper())
        kind = "segment" if hl7 else "entry"
        return Sentence(f"source.{kind}_element" if self.element else f"source.{kind}",
                        text_params(message=message, number=str(self.segment),
                                    element=self.element or ""))

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "message_number": self.message_number,
                "message_id": self.message_id, "segment": self.segment, "element": self.element,
                "line": self.line}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SourceRef:
        """The reference ``to_dict`` gave (``ValueError``/``TypeError``/``KeyError`` when
        ``d`` is not one)."""
        def number(key: str) -> int | None:
            value = d.get(key)
            if value is None:
                return None
            if type(value) is not int:
                raise TypeError(f"{key}: not a number")
            return value

        def text(key: str) -> str | None:
            value = d.get(key)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"{key}: not text")
            return value

        file, message_number = text("file"), number("message_number")
        if file is None or message_number is None:
            raise KeyError("file and message_number are required")
        return cls(file, message_number, text("message_id"), number("segment"),
                   text("element"), number("line"))

    def to_json(self) -> str:
        """``to_dict`` as compact JSON (the inbox ledger's ``source_ref``, schema 0007)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def stored(cls, source_ref: str | None) -> SourceRef | None:
        """The reference the inbox ledger kept (``to_json``); None for a row stored before
        schema 0007, and for one that is not a reference (only a row changed around the app,
        which ``audit verify`` reports): its stored words are shown instead."""
        if source_ref is None:
            return None
        try:
            d = json.loads(source_ref)
            return cls.from_dict(d) if isinstance(d, dict) else None
        except (ValueError, TypeError, KeyError):
            return None


def stored_source(source: str, source_ref: str | None) -> Param:
    """Where a stored result was received, as a parameter of a sentence: worded in the
    reader's language when the ledger kept the place (``source_ref``, schema 0007), else
    ``source``, the English words stored before, shown as they are."""
    ref = SourceRef.stored(source_ref)
    return Text(source) if ref is None else ref.sentence()


@dataclass(frozen=True)
class ObservationRow:
    """One ferritin or HLA-DR result, shaped like a long-layout row.

    ``patient_id`` is the identifier as written (surrounding spaces removed) and
    ``assigning_authority`` its issuer (HL7 PID-3.4, FHIR ``identifier.system``), None when the
    sender gave none: the pair identifies the patient.  ``code``/``code_system``/``code_text``
    are the test as coded; ``value_text``/``unit_text`` as written (an HL7 SN ``<^5`` is written
    ``<5``); ``value``/``unit`` as the core read them, or both None and ``not_determined`` the
    laboratory's word for a result reported without a value ("n.b.", "pending", a FHIR
    ``dataAbsentReason``).  ``sampled_at`` is zone-aware;
    ``time_field`` names where it was read (``OBX-14``, ``OBR-7``, ``effectiveDateTime`` ...).
    ``result_key`` identifies this result across files: a later ``corrected`` row or a
    ``Withdrawal`` with the same key replaces or removes it.
    """

    patient_id: str
    assigning_authority: str | None
    analyte: str  # "ferritin" | "hla_dr"
    code: str
    code_system: str | None
    code_text: str
    value_text: str
    unit_text: str
    sampled_at: datetime
    sampled_at_text: str
    time_field: str
    status: str  # FINAL | CORRECTED | PRELIMINARY
    status_text: str  # as sent: "F", "C", "final", "amended" ...
    value: ParsedValue | None
    unit: FerritinUnit | HlaDrUnit | None
    result_key: str
    source: SourceRef
    not_determined: str = ""

    @property
    def classifiable(self) -> bool:
        return self.status in CLASSIFIABLE

    def long_fields(self) -> dict[str, str]:
        """The long layout's fields as text (``model.LONG_FIELDS`` + patient id, sample time)."""
        return {"patient_id": self.patient_id, "test": self.code_text, "test_code": self.code,
                "value": self.value_text, "unit": self.unit.value if self.unit else "",
                "sampled_at": self.sampled_at.isoformat()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "patient_id": self.patient_id, "assigning_authority": self.assigning_authority,
            "analyte": self.analyte, "code": self.code, "code_system": self.code_system,
            "code_text": self.code_text, "value_text": self.value_text,
            "unit_text": self.unit_text,
            "comparator": self.value.comparator.value if self.value else None,
            "value": format(self.value.value, "f") if self.value else None,
            "unit": self.unit.value if self.unit else None,
            "not_determined": self.not_determined or None,
            "sampled_at": self.sampled_at.isoformat(), "sampled_at_text": self.sampled_at_text,
            "time_field": self.time_field, "status": self.status,
            "status_text": self.status_text, "result_key": self.result_key,
            "source": self.source.to_dict(),
        }


@dataclass(frozen=True)
class Withdrawal:
    """A cancellation (HL7 OBX-11 D, W, X; FHIR entered-in-error, cancelled) of the result
    with ``result_key``.  Rows of the same file are removed by the reader; results stored from
    earlier files must be withdrawn by whoever stores them."""

    result_key: str
    patient_id: str
    assigning_authority: str | None
    analyte: str
    code: str
    status_text: str
    source: SourceRef
    meaning: str = ""  # the status in words, e.g. "OBX-11 X: the result cannot be obtained"
    meaning_words: Sentence | None = field(default=None, compare=False)  # ``meaning``'s template
    removed: tuple[SourceRef, ...] = ()  # rows of this file it removed

    def to_dict(self) -> dict[str, Any]:
        return {"result_key": self.result_key, "patient_id": self.patient_id,
                "assigning_authority": self.assigning_authority, "analyte": self.analyte,
                "code": self.code, "status_text": self.status_text, "meaning": self.meaning,
                "source": self.source.to_dict(),
                "removed": [s.to_dict() for s in self.removed]}


@dataclass(frozen=True)
class ResultOutcome:
    """What became of one result segment (HL7 OBX) or Bundle entry (FHIR).

    ``code`` says why in one word: for used results ``final``, ``corrected`` or ``withdrawal``;
    for ignored ones e.g. ``other_test``, ``preliminary``, ``superseded``, ``withdrawn``,
    ``duplicate_message``; for rejected ones the first reason's code.  ``reasons`` are the
    sentences, each naming the field (``column``: ``OBX-5``, ``valueQuantity``).
    """

    source: SourceRef
    outcome: Outcome
    code: str
    reasons: tuple[RowIssue, ...] = ()
    result_key: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source.to_dict(), "outcome": self.outcome.value,
                "code": self.code, "result_key": self.result_key,
                "reasons": [{"code": r.code, "message": r.message, "field": r.column}
                            for r in self.reasons]}


@dataclass(frozen=True)
class MessageOutcome:
    """One message (HL7) or one JSON file (FHIR): used when any of its results was used.

    ``key`` identifies the message for "import once" (HL7: sending facility, application and
    MSH-10; FHIR: the content digest), ``digest`` is a SHA-256 of its content (without the
    MSH segment, whose time may change on a resend).  A key seen before with the same digest is
    a repeat (ignored); with another digest it is rejected (``conflicting_message_id``).
    """

    source: SourceRef
    outcome: Outcome
    code: str
    message: str
    key: str | None
    digest: str
    results: int  # result segments / entries in the message
    words: RowIssue | None = field(default=None, compare=False)  # ``message``'s template

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source.to_dict(), "outcome": self.outcome.value,
                "code": self.code, "message": self.message, "key": self.key,
                "digest": self.digest, "results": self.results}


@dataclass
class MessageFileResult:
    """Everything read from one message file, in file order.

    ``observations``: ferritin/HLA-DR rows left after this file's own corrections and
    withdrawals (classify those with ``classifiable``; show preliminary ones).
    ``withdrawals``: every cancellation in the file (also those that removed rows here).
    ``messages``: one per message; ``results``: one per result segment / entry.
    ``outside_messages``: text that belongs to no message (HL7 lines before the first MSH).
    ``len(results) == sum(m.results for m in messages)`` always.
    """

    file: str
    format: str  # "hl7" | "fhir"
    observations: list[ObservationRow] = field(default_factory=list)
    withdrawals: list[Withdrawal] = field(default_factory=list)
    messages: list[MessageOutcome] = field(default_factory=list)
    results: list[ResultOutcome] = field(default_factory=list)
    outside_messages: list[RowIssue] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {"messages": len(self.messages), "results": len(self.results)}
        for o in Outcome:
            out[f"results_{o.value}"] = sum(r.outcome is o for r in self.results)
            out[f"messages_{o.value}"] = sum(m.outcome is o for m in self.messages)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "format": self.format, "counts": self.counts(),
                "observations": [o.to_dict() for o in self.observations],
                "withdrawals": [w.to_dict() for w in self.withdrawals],
                "messages": [m.to_dict() for m in self.messages],
                "results": [r.to_dict() for r in self.results],
                "outside_messages": [{"code": i.code, "message": i.message}
                                     for i in self.outside_messages]}


class ResultCollector:
    """Builds a ``MessageFileResult`` in file order and applies the file's own corrections and
    withdrawals to the rows read before them (same ``result_key``):

    - a corrected result replaces every earlier result with its key (``superseded``);
    - a final result replaces an earlier preliminary one; two final results both stay (the
      long layout's duplicate check decides: identical, or conflicting);
    - a preliminary result after a final one is not shown (``preliminary_after_final``);
    - a withdrawal removes every earlier result with its key (``withdrawn``) and is passed on,
      since results stored from earlier files may carry the same key.
    """

    def __init__(self, file: str, fmt: str) -> None:
        self.result = MessageFileResult(file, fmt)
        self._rows: list[tuple[ObservationRow, int] | None] = []  # (row, its outcome index)
        self._alive: dict[str, list[int]] = {}  # result key -> indices into _rows
        self._messages: list[tuple[SourceRef, str | None, str, int, Outcome | None,
                                   RowIssue | None]] = []

    # -- results ----------------------------------------------------------------------------
    def add_row(self, row: ObservationRow) -> None:
        alive = [i for i in self._alive.get(row.result_key, []) if self._rows[i] is not None]
        earlier = [self._rows[i] for i in alive]
        if row.status == PRELIMINARY and any(e is not None and e[0].classifiable
                                             for e in earlier):
            self._outcome(ResultOutcome(row.source, Outcome.IGNORED, "preliminary_after_final", (
                RowIssue.worded("preliminary_after_final", "preliminary_after_final", "status"),),
                row.result_key))
            return
        for i in alive:
            held = self._rows[i]
            assert held is not None
            if row.status == CORRECTED or held[0].status == PRELIMINARY:
                self._remove(i, "superseded", f"superseded.{row.status}",
                             source=row.source.sentence())
        if row.classifiable:
            note = () if row.status == FINAL else (RowIssue.worded(
                "corrected", "corrected", "status"),)
            index = self._outcome(ResultOutcome(row.source, Outcome.USED, row.status, note,
                                                row.result_key))
        else:
            index = self._outcome(ResultOutcome(row.source, Outcome.IGNORED, PRELIMINARY, (
                RowIssue.worded(PRELIMINARY, "preliminary", "status"),), row.result_key))
        self._alive.setdefault(row.result_key, []).append(len(self._rows))
        self._rows.append((row, index))

    def withdraw(self, withdrawal: Withdrawal) -> None:
        removed = []
        for i in self._alive.pop(withdrawal.result_key, []):
            held = self._rows[i]
            if held is not None:
                removed.append(held[0].source)
                self._remove(i, "withdrawn", "withdrawn", source=withdrawal.source.sentence(),
                             status=withdrawal.status_text)
        params: dict[str, str | Param] = {}
        if removed:
            params["sources"] = removed[0].sentence() if len(removed) == 1 else \
                "; ".join(s.describe() for s in removed)
        if withdrawal.meaning:
            params["meaning"] = withdrawal.meaning_words or withdrawal.meaning
        template = ("withdrawal.removed" if removed else "withdrawal.stored") + (
            "_meaning" if withdrawal.meaning else "")
        self._outcome(ResultOutcome(withdrawal.source, Outcome.USED, "withdrawal",
                                    (RowIssue.worded("withdrawal", template, "status",
                                                     **params),),
                                    withdrawal.result_key))
        self.result.withdrawals.append(replace(withdrawal, removed=tuple(removed)))

    def ignore(self, source: SourceRef, issue: RowIssue, key: str | None = None) -> None:
        self._outcome(ResultOutcome(source, Outcome.IGNORED, issue.code, (issue,), key))

    def reject(self, source: SourceRef, issues: list[RowIssue] | tuple[RowIssue, ...]) -> None:
        assert issues, "a rejection always says why"
        self._outcome(ResultOutcome(source, Outcome.REJECTED, issues[0].code, tuple(issues)))

    # -- messages ---------------------------------------------------------------------------
    def message(self, source: SourceRef, *, key: str | None, digest: str, results: int,
                outcome: Outcome | None = None, verdict: RowIssue | None = None) -> None:
        """Record a message.  Without ``outcome`` it is decided in ``finish`` from its results
        (used when any was used), since a later message of the file may still supersede them;
        with one, ``verdict`` says why (its code and sentence)."""
        self._messages.append((source, key, digest, results, outcome, verdict))

    def finish(self) -> MessageFileResult:
        self.result.observations = [r[0] for r in self._rows if r is not None]
        by_message: dict[int, list[ResultOutcome]] = {}
        for r in self.result.results:
            by_message.setdefault(r.source.message_number, []).append(r)
        for source, key, digest, count, outcome, verdict in self._messages:
            if outcome is None or verdict is None:
                outcome, verdict = _message_verdict(by_message.get(source.message_number, []))
            self.result.messages.append(MessageOutcome(source, outcome, verdict.code,
                                                       verdict.message, key, digest, count,
                                                       verdict))
        return self.result

    # -- helpers ----------------------------------------------------------------------------
    def _outcome(self, outcome: ResultOutcome) -> int:
        self.result.results.append(outcome)
        return len(self.result.results) - 1

    def _remove(self, i: int, code: str, template_id: str, **params: str | Param) -> None:
        held = self._rows[i]
        assert held is not None
        row, index = held
        self._rows[i] = None
        self.result.results[index] = ResultOutcome(
            row.source, Outcome.IGNORED, code, (RowIssue.worded(code, template_id, "status",
                                                                **params),), row.result_key)


def _message_verdict(results: list[ResultOutcome]) -> tuple[Outcome, RowIssue]:
    used = sum(r.outcome is Outcome.USED for r in results)
    if used:
        return Outcome.USED, RowIssue.worded("used", "message_used", used=str(used),
                                             results=str(len(results)))
    if not results:
        return Outcome.IGNORED, RowIssue.worded("no_results", "no_results")
    counts: dict[str, int] = {}
    for r in results:
        counts[r.code] = counts.get(r.code, 0) + 1
    # The outcome codes, counted (as the JSON's results say them).
    detail = ", ".join(f"{n} {code.replace('_', ' ')}" for code, n in sorted(counts.items()))
    return Outcome.IGNORED, RowIssue.worded("no_results_used", "no_results_used", detail=detail)
