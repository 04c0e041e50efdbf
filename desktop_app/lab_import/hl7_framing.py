"""From the bytes of an HL7 v2 file to its messages: framing, segments, character set.

A file holds one or many messages, each starting with an MSH segment, either MLLP-framed as an
interface engine writes them to disk (0x0B, message, 0x1C 0x0D) or plain.  Segments end with
CR (the standard), LF or CR LF, mixed or not.  Batch and file envelopes
(FHS, BHS, BTS, FTS) are skipped.  Each message is decoded with the character set its MSH-18
declares (none: UTF-8, of which ASCII is a part); a message whose bytes do not fit is refused.

Nothing here interprets fields: ``hl7_reader`` parses each message with python-hl7.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from desktop_app.i18n import N_
from desktop_app.lab_import.model import RowIssue

START_BLOCK, END_BLOCK = b"\x0b", b"\x1c"
_SEGMENT_ID = re.compile(rb"^[A-Z][A-Z0-9]{2}$")
ENVELOPES = (b"FHS", b"BHS", b"BTS", b"FTS")
# HL7 table 0211 (MSH-18) -> Python codec; anything else is refused rather than guessed.
CHARSETS = {
    "": "utf-8", "ASCII": "ascii", "UNICODE UTF-8": "utf-8", "UTF-8": "utf-8",
    "8859/1": "latin-1", "8859/2": "iso8859-2", "8859/3": "iso8859-3", "8859/4": "iso8859-4",
    "8859/5": "iso8859-5", "8859/6": "iso8859-6", "8859/7": "iso8859-7", "8859/8": "iso8859-8",
    "8859/9": "iso8859-9", "8859/15": "iso8859-15",
}


class Hl7FileError(ValueError):
    """The file as a whole is not HL7 v2 text (no message can be told apart).  ``template``:
    the sentence, with a ``{file}`` field the reader fills (it knows the file's name)."""

    def __init__(self, code: str, template: str) -> None:
        super().__init__(template)
        self.code = code
        self.template = template


@dataclass
class RawMessage:
    """One message's segments as bytes (segment 1 is MSH), and where it went wrong."""

    number: int  # 1-based position in the file
    segments: list[bytes] = field(default_factory=list)
    problem: RowIssue | None = None  # why the framing is broken
    lines: list[int] = field(default_factory=list)  # each segment's line in the file

    def segment_ids(self) -> list[str]:
        return [s[:3].decode("ascii", "replace") for s in self.segments]

    def digest(self) -> str:
        """SHA-256 of the segments after MSH (whose MSH-7 may change on a resend)."""
        return hashlib.sha256(b"\r".join(self.segments[1:])).hexdigest()


@dataclass(frozen=True)
class StrayText:
    """Text outside any message (before the first MSH), with its line number in the file."""

    line: int
    text: bytes


@dataclass
class FramedFile:
    messages: list[RawMessage]
    stray: list[StrayText]
    mllp: bool


def looks_like_hl7(head: bytes) -> bool:
    """True when a file starts (after a BOM, MLLP start block or blank lines) with an HL7
    segment that opens a message or envelope (``MSH|``, ``FHS|``, ``BHS|``)."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip(b"\x0b\r\n \t")
    return text[:3] in (b"MSH", b"FHS", b"BHS") and len(text) > 3 and text[3:4] not in (
        b"", b"\r", b"\n") and not text[3:4].isalnum()


def split_messages(data: bytes) -> FramedFile:
    """Cut a file into messages; raises ``Hl7FileError`` when it cannot be HL7 v2 text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise Hl7FileError("not_hl7", N_("{file}: the file contains NUL bytes (binary, or UTF-16 "
                                         "text); HL7 v2 files are 8-bit text"))
    data = data.removeprefix(b"\xef\xbb\xbf")
    mllp = START_BLOCK in data or END_BLOCK in data
    messages: list[RawMessage] = []
    stray: list[StrayText] = []
    open_block = False
    for number, line in enumerate(_lines(data), start=1):
        if mllp:
            # Framing bytes sit at line starts/ends; a start block while one is open means the
            # previous block never ended (a truncated message).
            while line.startswith(START_BLOCK):
                if open_block and messages:
                    _problem(messages[-1], "mllp_unterminated", "mllp_unterminated.message")
                open_block = True
                line = line[1:]
            if line.endswith(END_BLOCK):
                line = line[:-1]
                open_block = False
            if END_BLOCK in line or START_BLOCK in line:
                target = messages[-1] if messages else None
                if target is not None:
                    _problem(target, "mllp_framing", "mllp_framing")
                line = line.replace(END_BLOCK, b"").replace(START_BLOCK, b"")
        if not line.strip():
            continue
        ident = line[:3]
        if ident in ENVELOPES:
            continue
        if ident == b"MSH":
            messages.append(RawMessage(len(messages) + 1, [line], lines=[number]))
            continue
        if not messages:
            stray.append(StrayText(number, line))
            continue
        if not _SEGMENT_ID.match(ident) or (len(line) > 3 and line[3:4] != messages[-1]
                                            .segments[0][3:4]):
            _problem(messages[-1], "not_a_segment", "not_a_segment", line=str(number))
        messages[-1].segments.append(line)
        messages[-1].lines.append(number)
    if mllp and open_block and messages:
        _problem(messages[-1], "mllp_unterminated", "mllp_unterminated.last")
    if not messages and not stray:
        raise Hl7FileError("empty", N_("{file}: the file holds no HL7 segments"))
    return FramedFile(messages, stray, mllp)


def _lines(data: bytes) -> list[bytes]:
    """Every CR, LF or CR LF ends a segment.  Inside a field a line break must be escaped
    (``\\X0D\\``, ``\\.br\\``); an unescaped one makes the next line a non-segment, which
    rejects its message, rather than hiding a segment inside another one's last field."""
    return re.split(rb"\r\n|\r|\n", data)


def _problem(message: RawMessage, code: str, template_id: str, **params: str) -> None:
    if message.problem is None:
        message.problem = RowIssue.worded(code, template_id, **params)


def decode_message(raw: RawMessage) -> tuple[str, None] | tuple[None, RowIssue]:
    """The message as text with CR segment separators, or (None, why it cannot be read)."""
    msh = raw.segments[0]
    declared = _msh18(msh)
    codec = CHARSETS.get(declared.upper())
    if codec is None:
        return None, RowIssue.worded("charset_unknown", "charset_unknown", text=declared,
                                     supported=", ".join(k for k in CHARSETS if k))
    try:
        return "\r".join(s.decode(codec) for s in raw.segments), None
    except UnicodeDecodeError:
        if declared:
            return None, RowIssue.worded("charset_mismatch", "charset_mismatch.declared",
                                         charset=declared)
        return None, RowIssue.worded("charset_mismatch", "charset_mismatch.utf8")


def _msh18(msh: bytes) -> str:
    """MSH-18 from the raw bytes (ASCII), before the message can be decoded."""
    if len(msh) < 4:
        return ""
    sep = msh[3:4]
    fields = msh.split(sep)
    # fields[0] = "MSH", fields[1] = encoding characters (MSH-2), so MSH-n is fields[n - 1].
    if len(fields) < 18:
        return ""
    encoding = fields[1]  # component, repetition, escape, subcomponent characters
    comp, rep = encoding[:1] or b"^", encoding[1:2] or b"~"
    value = fields[17].split(rep)[0].split(comp)[0]  # first repetition, first component
    return value.decode("ascii", "replace").strip()
