"""HL7 v2 ORU^R01 laboratory results (versions 2.3 to 2.5.1) as observation rows.

``read_hl7_file(path, options)`` returns a ``MessageFileResult`` (``observation_rows``): the
ferritin and HLA-DR results as per-test rows, and what became of every message and every OBX
segment.  Messages are parsed with python-hl7 (imported here, on first use, so the window does
not pay for it at start-up); which segment means what is ours:

- MSH-9 must be ORU^R01 (other messages are ignored), MSH-12 a version 2.3-2.5.1, MSH-10 the
  control id (with MSH-3/MSH-4 the key that makes a repeated message count once), MSH-11
  processing id P (T and D are test traffic, ignored unless the options accept them).
- PID-3 names the patient (``message_fields.choose_identifier``); an OBX belongs to the PID and
  OBR before it.  OBX-14, else OBR-7, is the sample time.
- OBX-3 the test, OBX-2/OBX-5 the value (NM, SN, ST), OBX-6 the unit, OBX-11 the status
  (table below and docs/interop.md); OBX-8 abnormal flags play no part in the rule.  An OBX-5
  that says the value was not determined ("n.b.", "pending", "---") is a result without a
  value (``core.inputs.NotDetermined``), never a malformed number.

Nothing is guessed: a result that cannot be read is rejected with its segment number and the
message id, and the rest of the file is still read.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop_app.core.findings import Sentence
from desktop_app.core.values import not_determined_word
from desktop_app.i18n import N_
from desktop_app.lab_import import hl7_fields as f
from desktop_app.lab_import.hl7_framing import (
    Hl7FileError,
    RawMessage,
    decode_message,
    split_messages,
)
from desktop_app.lab_import.limits import check_size
from desktop_app.lab_import.message_fields import (
    Coding,
    IdCandidate,
    MessageReadOptions,
    TestIdentity,
    choose_identifier,
    identify_test,
    read_unit,
    read_value,
    result_key,
)
from desktop_app.lab_import.model import LabFileError, RowIssue
from desktop_app.lab_import.observation_rows import (
    CORRECTED,
    FINAL,
    PRELIMINARY,
    MessageFileResult,
    ObservationRow,
    Outcome,
    ResultCollector,
    SourceRef,
    Withdrawal,
)
from desktop_app.lab_import.times import TimeReader

SUPPORTED_VERSIONS = ("2.3", "2.3.1", "2.4", "2.5", "2.5.1")
# OBX-11 (HL7 table 0085) -> what the app does with the result.
STATUS = {"F": FINAL, "C": CORRECTED, "P": PRELIMINARY, "R": PRELIMINARY, "S": PRELIMINARY,
          "D": "withdraw", "W": "withdraw", "X": "withdraw",
          "I": "ignore", "O": "ignore", "N": "ignore", "U": "ignore"}


def _meaning(words: Sentence) -> dict[str, Any]:
    """A withdrawal's status in words (``Withdrawal.meaning`` and its template)."""
    return {"meaning": words.message, "meaning_words": words}


def read_hl7_file(path: str | os.PathLike[str], options: MessageReadOptions | None = None,
                  *, name: str | None = None) -> MessageFileResult:
    """Read an HL7 v2 file.  Raises ``LabFileError`` when it is not HL7 v2 text at all."""
    options = options or MessageReadOptions()
    p = Path(path)
    check_size(p, options.max_bytes)
    return read_hl7_bytes(p.read_bytes(), name or p.name, options)


def read_hl7_bytes(data: bytes, file: str,
                   options: MessageReadOptions | None = None) -> MessageFileResult:
    options = options or MessageReadOptions()
    try:
        framed = split_messages(data)
    except Hl7FileError as exc:
        raise LabFileError.worded(exc.code, exc.template, file=file) from None
    if not framed.messages:
        raise LabFileError.worded("not_hl7", N_("{file}: no HL7 message (MSH segment) in the "
                                                "file"), file=file)
    reader = _Reader(file, options)
    for stray in framed.stray:
        reader.collector.result.outside_messages.append(RowIssue.worded(
            "outside_message", "outside_message", line=str(stray.line)))
    for raw in framed.messages:
        reader.message(raw)
    return reader.collector.finish()


@dataclass
class _Order:
    order_id: str
    time_text: str
    time_precision: str


class _Reader:
    def __init__(self, file: str, options: MessageReadOptions) -> None:
        self.file, self.options = file, options
        self.collector = ResultCollector(file, "hl7")
        self.time_reader: TimeReader = f.time_reader(options.local_zone)
        self.keys: dict[str, tuple[str, int]] = {}  # message key -> (digest, message number)

    # -- one message --------------------------------------------------------------------------
    def message(self, raw: RawMessage) -> None:
        obx = [i for i, sid in enumerate(raw.segment_ids(), start=1) if sid == "OBX"]
        digest = raw.digest()
        if raw.problem:
            return self._whole(raw, obx, digest, None, None, Outcome.REJECTED, raw.problem)
        text, problem = decode_message(raw)
        if problem:
            return self._whole(raw, obx, digest, None, None, Outcome.REJECTED, problem)
        hl7 = _python_hl7()
        try:
            msg = hl7.parse(text)
        except Exception:  # a broken MSH: python-hl7 raises whatever it trips on
            return self._whole(raw, obx, digest, None, None, Outcome.REJECTED,
                               RowIssue.worded("unreadable", "msh_unreadable"))
        msh = msg[0]
        control_id = f.field(msh, 10).strip() or None
        verdict = self._check_msh(msh, control_id)
        if verdict:
            return self._whole(raw, obx, digest, control_id, None, *verdict)
        key = result_key("hl7", f.raw_field(msh, 4), f.raw_field(msh, 3), control_id)
        repeat = self._repeat(key, digest)
        if repeat:
            return self._whole(raw, obx, digest, control_id, key, *repeat)
        self.keys[key] = (digest, raw.number)
        self._segments(msg, raw, control_id)
        self.collector.message(SourceRef(self.file, raw.number, control_id), key=key,
                               digest=digest, results=len(obx))

    def _check_msh(self, msh: Any, control_id: str | None) -> tuple[Outcome, RowIssue] | None:
        kind = f"{f.field(msh, 9, comp=1)}^{f.field(msh, 9, comp=2)}"
        version = f.field(msh, 12).strip()
        processing = f.field(msh, 11).strip().upper()
        if version not in SUPPORTED_VERSIONS:
            supported = ", ".join(SUPPORTED_VERSIONS)
            return (Outcome.REJECTED, RowIssue.worded(
                "version_unsupported", "version_unsupported", text=version, supported=supported)
                if version else RowIssue.worded("version_unsupported",
                                                "version_unsupported.empty", supported=supported))
        if kind.upper() != "ORU^R01":
            return (Outcome.IGNORED, RowIssue.worded("not_results_message",
                                                     "not_results_message",
                                                     kind=kind.strip("^")))
        if control_id is None:
            return (Outcome.REJECTED, RowIssue.worded("message_id_missing", "message_id_missing"))
        if processing in ("T", "D") and not self.options.accept_test_messages:
            return (Outcome.IGNORED, RowIssue.worded(
                "test_message", "test_message.training" if processing == "T"
                else "test_message.debugging", processing=processing))
        if processing not in ("P", "T", "D"):
            return (Outcome.REJECTED, RowIssue.worded("processing_id_unknown",
                                                      "processing_id_unknown", text=processing))
        return None

    def _repeat(self, key: str, digest: str) -> tuple[Outcome, RowIssue] | None:
        earlier = self.keys.get(key)
        seen = self.options.seen_messages.get(key) if earlier is None else earlier[0]
        if seen is None:
            return None
        # Which earlier message: one of this file (its number) or one of an earlier file.
        number = {"message": str(earlier[1])} if earlier else {}
        place = "this_file" if earlier else "earlier_file"
        if seen == digest:
            return (Outcome.IGNORED, RowIssue.worded(
                "duplicate_message", f"duplicate_message.{place}", **number))
        return (Outcome.REJECTED, RowIssue.worded(
            "conflicting_message_id", f"conflicting_message_id.{place}", **number))

    def _whole(self, raw: RawMessage, obx: list[int], digest: str, control_id: str | None,
               key: str | None, outcome: Outcome, verdict: RowIssue) -> None:
        """A verdict on the whole message: every OBX in it shares it."""
        code = verdict.code
        field_name = "MSH" if code not in ("mllp_unterminated", "mllp_framing",
                                           "not_a_segment") else None
        for number in obx:
            src = SourceRef(self.file, raw.number, control_id, number, "OBX",
                            raw.lines[number - 1])
            issue = replace(verdict, column=field_name)
            if outcome is Outcome.REJECTED:
                self.collector.reject(src, [issue])
            else:
                self.collector.ignore(src, issue)
        self.collector.message(SourceRef(self.file, raw.number, control_id), key=key,
                               digest=digest, results=len(obx), outcome=outcome,
                               verdict=verdict)

    # -- segments -----------------------------------------------------------------------------
    def _segments(self, msg: Any, raw: RawMessage, control_id: str | None) -> None:
        patient: tuple[str, str | None] | RowIssue | None = None
        order: _Order | None = None
        for index, seg in enumerate(msg, start=1):
            sid = f.segment_id(seg)
            if sid == "PID":
                patient, order = self._patient(seg), None
            elif sid == "OBR":
                order = _Order(_order_id(seg), f.field(seg, 7, comp=1),
                               f.field(seg, 7, comp=2))
            elif sid == "OBX":
                src = SourceRef(self.file, raw.number, control_id, index, "OBX",
                                raw.lines[index - 1])
                self._obx(seg, src, patient, order)

    def _patient(self, pid: Any) -> tuple[str, str | None] | RowIssue:
        candidates = [IdCandidate(f.field(pid, 3, rep, 1),
                                  (f.field(pid, 3, rep, 4, 1), f.field(pid, 3, rep, 4, 2)),
                                  f.field(pid, 3, rep, 5))
                      for rep in range(1, f.repetitions(pid, 3) + 1)]
        return choose_identifier(candidates, self.options.patient_id_authority, "PID-3")

    def _obx(self, obx: Any, src: SourceRef, patient: tuple[str, str | None] | RowIssue | None,
             order: _Order | None) -> None:
        codings = [Coding(f.field(obx, 3, 1, 1).strip(), f.field(obx, 3, 1, 3).strip() or None,
                          f.field(obx, 3, 1, 2)),
                   Coding(f.field(obx, 3, 1, 4).strip(), f.field(obx, 3, 1, 6).strip() or None,
                          f.field(obx, 3, 1, 5))]
        names = [f.field(obx, 3, 1, 2), f.field(obx, 3, 1, 5), f.field(obx, 3, 1, 9)]
        test = identify_test(codings, names, self.options.hla_dr_codes, "OBX-3")
        if isinstance(test, RowIssue):
            if test.code == "other_test":
                return self.collector.ignore(src, test)
            return self.collector.reject(src, [test])
        status_text = f.field(obx, 11).strip().upper()
        action = STATUS.get(status_text)
        if action is None:
            return self.collector.reject(src, [RowIssue.worded(
                "status_unknown", "status_unknown.hl7", "OBX-11", text=status_text)
                if status_text else RowIssue.worded("status_unknown", "status_unknown.hl7_empty",
                                                    "OBX-11")])
        if patient is None:
            return self.collector.reject(src, [RowIssue.worded(
                "patient_id_missing", "patient_id_missing.no_pid", "PID-3")])
        if isinstance(patient, RowIssue):
            return self.collector.reject(src, [patient])
        pid, authority = patient
        time_field, time_text, precision = _time_source(obx, order)
        key = result_key("hl7", authority, pid, order.order_id if order else "", test.system,
                         test.code or test.text, f.field(obx, 4).strip(),
                         "" if order and order.order_id else time_text)
        if action == "withdraw":
            return self.collector.withdraw(Withdrawal(
                key, pid, authority, test.analyte, test.code, status_text, src,
                **_meaning(Sentence(f"status_meaning.{status_text}"))))
        if action == "ignore":
            return self.collector.ignore(src, RowIssue.worded(
                "no_result", f"result_status.{status_text}", "OBX-11"), key)
        self._result(obx, src, test, pid, authority, key, action, status_text,
                     time_field, time_text, precision)

    def _result(self, obx: Any, src: SourceRef, test: TestIdentity, pid: str,
                authority: str | None, key: str, status: str, status_text: str,
                time_field: str, time_text: str, precision: str) -> None:
        issues: list[RowIssue] = []
        when = None
        if not time_text.strip():
            issues.append(RowIssue.worded("time_missing", "time_missing.hl7", "OBX-14"))
        else:
            got = f.read_dtm(time_text, precision, time_field, self.time_reader)
            if isinstance(got, RowIssue):
                issues.append(got)
            else:
                when = got
        value_text = _value_text(obx, issues)
        value = unit = None
        absent = not_determined_word(value_text)
        if absent is not None:  # "n.b.", "pending": a result without a value, no unit needed
            pass
        elif value_text is not None:
            parsed = read_value(value_text, "OBX-5")
            if isinstance(parsed, RowIssue):
                issues.append(parsed)
            else:
                value = parsed
                read = read_unit(test, [("OBX-6", f.field(obx, 6, 1, 1)),
                                        ("OBX-6.2", f.field(obx, 6, 1, 2)),
                                        ("OBX-6.4", f.field(obx, 6, 1, 4)),
                                        ("OBX-6.5", f.field(obx, 6, 1, 5))])
                if isinstance(read, RowIssue):
                    issues.append(read)
                else:
                    unit = read
        if issues:
            return self.collector.reject(src, issues)
        assert when is not None and (absent is not None or (value and unit))
        self.collector.add_row(ObservationRow(
            patient_id=pid, assigning_authority=authority, analyte=test.analyte,
            code=test.code, code_system=test.system, code_text=test.text or test.code,
            value_text=value_text or "", unit_text=unit[1] if unit else f.field(obx, 6, 1, 1),
            sampled_at=when, sampled_at_text=time_text.strip(), time_field=time_field,
            status=status, status_text=status_text, value=value,
            unit=unit[0] if unit else None, result_key=key, source=src,
            not_determined=absent or ""))


def _python_hl7() -> Any:
    """python-hl7, imported on first use (the window does not need it to start), with its
    loggers silenced: they log whole field values, i.e. patient data (hazard H31)."""
    import hl7
    import hl7.containers
    import hl7.util

    for module in (hl7.util, hl7.containers):
        logging.getLogger(module.__file__).disabled = True
    return hl7


def _order_id(obr: Any) -> str:
    """OBR-3 filler order number, else OBR-2 placer order number (entity id ^ namespace)."""
    for n, kind in ((3, "filler"), (2, "placer")):
        entity = f.field(obr, n, 1, 1).strip()
        if entity:
            return f"{kind}:{entity}^{f.field(obr, n, 1, 2).strip()}"
    return ""


def _time_source(obx: Any, order: _Order | None) -> tuple[str, str, str]:
    """(field, text, degree of precision): OBX-14 is the observation's own time (HL7 7.4.2.14:
    needed when it differs from OBR-7); else the order's OBR-7."""
    own = f.field(obx, 14, comp=1)
    if own.strip():
        return "OBX-14", own, f.field(obx, 14, comp=2)
    if order is not None:
        return "OBR-7", order.time_text, order.time_precision
    return "OBX-14", "", ""


def _value_text(obx: Any, issues: list[RowIssue]) -> str | None:
    """OBX-5 as text for the core's grammar, by OBX-2 value type; None when unusable."""
    kind = f.field(obx, 2).strip().upper()
    if f.repetitions(obx, 5) > 1:
        issues.append(RowIssue.worded("several_values", "several_values", "OBX-5"))
        return None
    if kind == "SN":
        comparator, number = f.field(obx, 5, 1, 1).strip(), f.field(obx, 5, 1, 2).strip()
        if f.field(obx, 5, 1, 3).strip() or f.field(obx, 5, 1, 4).strip():
            issues.append(RowIssue.worded("range_or_ratio", "range_or_ratio", "OBX-5"))
            return None
        if comparator not in ("", "=", "<", ">", "<=", ">="):
            issues.append(RowIssue.worded("comparator_unknown", "comparator_unknown.hl7", "OBX-5",
                                          text=comparator))
            return None
        return ("" if comparator == "=" else comparator) + number if number else ""
    if kind in ("NM", "ST"):
        if f.components(obx, 5) > 1:
            issues.append(RowIssue.worded("not_a_number", "value_components", "OBX-5",
                                          value_type=kind))
            return None
        return f.field(obx, 5).strip()
    if not kind and not f.field(obx, 5).strip():
        return ""
    if f.components(obx, 5) <= 1 and not_determined_word(f.field(obx, 5)) is not None:
        return f.field(obx, 5).strip()  # "pending" sent as TX or FT: the same state
    issues.append(RowIssue.worded("value_type_unsupported", "value_type_unsupported.hl7",
                                  "OBX-2", text=kind) if kind else
                  RowIssue.worded("value_type_unsupported", "value_type_unsupported.hl7_missing",
                                  "OBX-2"))
    return None
