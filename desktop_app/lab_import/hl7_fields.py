"""Field access on python-hl7 segments and HL7 date-times (DTM / TS), read strictly.

python-hl7 splits a segment into fields, repetitions, components and subcomponents and undoes
escape sequences (``\\S\\``, ``\\T\\`` ...); these helpers return plain text ("" for absent
parts) so that the reader never trips over a short segment.

HL7 DTM: ``YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]``, in versions up to 2.5 as the first
component of TS, whose second component may state the degree of precision (Y, L, D, H, M, S).
A sample time needs the minute: a date alone, or an hour without minutes, is refused (the CSV
importer refuses dates without a time of day the same way).  A time without offset is in the
workstation's zone, exactly as the CSV importer reads it (``times.TimeReader``: fixed UTC
offset, refused when a DST change skips or repeats it).
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from typing import Any

from desktop_app.lab_import.model import RowIssue, reason_of
from desktop_app.lab_import.times import TimeProblem, TimeReader

_DTM = re.compile(r"(\d{4})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})"  # year month day hour min
                  r"(?:(\d{2})(?:\.(\d{1,4}))?)?)?)?)?)?"  # seconds and up to 4 fraction digits
                  r"(?:([+-])(\d{2})(\d{2}))?")  # UTC offset
_COARSE_PRECISION = {"Y": "year", "L": "month", "D": "day", "H": "hour"}


def field(seg: Any, n: int, rep: int = 1, comp: int = 1, sub: int = 1) -> str:
    """Field ``n`` (1-based; MSH-1 is the field separator), one part of it, unescaped."""
    try:
        return str(seg.extract_field(field_num=n, repeat_num=rep, component_num=comp,
                                     subcomponent_num=sub))
    except (IndexError, KeyError, TypeError, ValueError):
        return ""


def repetitions(seg: Any, n: int) -> int:
    """How many repetitions field ``n`` has (0 when the segment is shorter)."""
    return len(seg[n]) if n < len(seg) else 0


def components(seg: Any, n: int, rep: int = 1) -> int:
    """How many components repetition ``rep`` of field ``n`` has (1 for a plain value)."""
    if n >= len(seg) or rep > len(seg[n]):
        return 0
    part = seg[n][rep - 1]
    return 1 if isinstance(part, str) else len(part)


def raw_field(seg: Any, n: int) -> str:
    """Field ``n`` as written (separators kept), for keys."""
    return str(seg[n]) if n < len(seg) else ""


def segment_id(seg: Any) -> str:
    return str(seg[0]) if len(seg) else ""


def read_dtm(text: str, precision: str, where: str, reader: TimeReader) -> datetime | RowIssue:
    """An HL7 date-time as a zone-aware datetime, or the reason it cannot be used."""
    raw = text.strip()
    m = _DTM.fullmatch(raw)
    if m is None:
        return RowIssue.worded("bad_time", "bad_time.hl7", where, where=where, text=raw)
    year, month, day, hour, minute, second, fraction, sign, oh, om = m.groups()
    if hour is None:
        return RowIssue.worded("date_without_time", "date_without_time.minute", where,
                               where=where, text=raw)
    coarse = _COARSE_PRECISION.get(precision.strip().upper())
    if minute is None or coarse:
        return RowIssue.worded("time_imprecise", f"time_imprecise.{coarse or 'no_minute'}",
                               where, where=where, text=raw)
    iso = f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}"
    if fraction:
        iso += "." + fraction.ljust(6, "0")
    if sign:
        if int(oh) > 23 or int(om) > 59:
            return RowIssue.worded("bad_time", "bad_offset.hl7", where, where=where, text=raw)
        iso += f"{sign}{oh}:{om}"
    try:
        when = reader.read(iso)
    except TimeProblem as exc:
        return RowIssue.worded(exc.code, "time_refused.field", where, where=where, text=raw,
                               reason=reason_of(exc))
    assert when is not None
    return when


def time_reader(local_zone: tzinfo | None) -> TimeReader:
    """The CSV importer's reader for ISO text: same zone, same DST refusals, same year check."""
    return TimeReader(explicit_format=None, order=None, ambiguous=False, local_zone=local_zone)
