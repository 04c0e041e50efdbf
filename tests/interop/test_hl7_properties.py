"""Generated and broken HL7 v2 files: the reader never crashes, and every message and every
OBX segment in the file ends in exactly one outcome (hazard H18 for message files)."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.lab_import.hl7_reader import read_hl7_bytes
from desktop_app.lab_import.model import LabFileError
from desktop_app.lab_import.observation_rows import MessageFileResult, Outcome

from .support import OPTIONS, check_accounting

NOISE = st.text(alphabet=st.sampled_from(list("|^~\\&0123456789ABCFPX.<>=-+, µ\t\x1e")),
                max_size=16)
FIELD = st.one_of(st.sampled_from([
    "", "F", "C", "P", "D", "W", "X", "U", "NM", "SN", "ST", "CE", "2276-4^Ferritin^LN",
    "20567-4^Ferritin^LN", "MHLADR^Monocyte HLA-DR^L", "X1^HLA-DR positive monocytes^L",
    "ug/L", "pmol/L", "ng/mL^^UCUM", "AB/C", "{AB}/{cell}", "%", "5120", "4420", "<^5",
    "^100^-^200", ">40000", "n.b.", "4,420", "1e4", "202503240830", "20250324",
    "202503240830+0100", "202503300230", "1~2", "0012345^^^GENHOSP^MR", "1^^^A^PI~2^^^B^PI",
    "LAB1^LIS"]), NOISE)


def segment(name: str, max_fields: int) -> st.SearchStrategy[str]:
    return st.lists(FIELD, max_size=max_fields).map(lambda fs: "|".join([name, *fs]))


GOOD_MSH = st.builds(lambda cid, kind, proc, ver, charset: (
    f"MSH|^~\\&|LIS|GENHOSP|IMMUNOSEP|ICU|20250324||{kind}|{cid}|{proc}|{ver}|||||{charset}"),
    st.sampled_from(["M1", "M2", "M3", "M4", "M1", "M2", "M3", "M4", "", "M 5"]),
    st.sampled_from(["ORU^R01^ORU_R01"] * 3 + ["ORU^R01"] * 3 + ["ADT^A01", "", "ORU"]),
    st.sampled_from(["P"] * 8 + ["T", "", "Q"]),
    st.sampled_from(["2.5.1"] * 4 + ["2.3", "2.4", "2.5", "2.3.1", "2.7", ""]),
    st.sampled_from(["", "", "", "UNICODE UTF-8", "8859/1", "KLINGON"]))
BAD_MSH = st.one_of(st.sampled_from(["MSH", "MSH|", "MSH|^", "MSH||||", "MSH|^~\\&",
                                     "MSH^~\\&|x"]), NOISE.map(lambda t: "MSH" + t))
MSH = st.one_of(GOOD_MSH, GOOD_MSH, GOOD_MSH, GOOD_MSH, BAD_MSH)
PID = st.one_of(segment("PID", 6), st.sampled_from([
    "PID|1||0012345^^^GENHOSP^MR", "PID|1||P-9^^^CITY^MR~7^^^NAT^NI", "PID|1||"]))
OBR = st.one_of(segment("OBR", 8), st.builds(
    lambda order, time: f"OBR|1||{order}|PANEL|||{time}",
    st.sampled_from(["LAB1^LIS", "LAB2^LIS", ""]),
    st.sampled_from(["202503240830+0100", "202503240830", "20250324", ""])))
OBX = st.one_of(segment("OBX", 16), st.builds(
    lambda kind, code, value, unit, status, when: (
        f"OBX|1|{kind}|{code}||{value}|{unit}|||||{status}|||{when}"),
    st.sampled_from(["NM", "SN", "ST", "NM", "CE"]),
    st.sampled_from(["2276-4^Ferritin^LN", "20567-4^Ferritin^LN", "MHLADR^HLA-DR^L",
                     "X1^HLA-DR positive monocytes^L", "1988-5^CRP^LN", "Q^mHLA-DR^L"]),
    st.sampled_from(["5120", "4420", "<^5", ">^40000", "^100^-^200", "n.b.", "4,420", "",
                     "4420.5", "45", "3000"]),
    st.sampled_from(["ug/L", "pmol/L", "ng/mL", "AB/C", "{AB}/{cell}", "%", "", "mg/L"]),
    st.sampled_from(["F", "F", "C", "P", "D", "X", "", "Z"]),
    st.sampled_from(["", "", "202503240830+0100", "202503241030", "2025032408"])))
BODY = st.one_of(PID, OBR, OBX, OBX, OBX, segment("NTE", 3), segment("ZXX", 3), NOISE)
# Well-formed messages whose field values vary: they reach the reader's every decision.
CLEAN_MSH = st.builds(lambda cid, ver: (
    f"MSH|^~\\&|LIS|GENHOSP|IMMUNOSEP|ICU|20250324||ORU^R01|{cid}|P|{ver}"),
    st.sampled_from(["M1", "M2", "M3", "M4", "M5"]), st.sampled_from(["2.3", "2.5.1"]))
CLEAN_OBX = OBX.filter(lambda t: t.count("|") > 10)
CLEAN_BODY = st.one_of(PID, OBR, CLEAN_OBX, CLEAN_OBX, CLEAN_OBX, CLEAN_OBX)
PATIENT_START = ["PID|1||0012345^^^GENHOSP^MR", "OBR|1||LAB1^LIS|P|||202503240830+0100"]
MESSAGE = st.builds(lambda head, start, body: [head, *start, *body], MSH,
                    st.sampled_from([[], PATIENT_START]), st.lists(BODY, max_size=10))
CLEAN_MESSAGE = st.builds(lambda head, body: [head, *PATIENT_START, *body], CLEAN_MSH,
                          st.lists(CLEAN_BODY, min_size=1, max_size=8))


@st.composite
def hl7_files(draw: st.DrawFn, clean: bool = False) -> bytes:
    messages = draw(st.lists(CLEAN_MESSAGE if clean else MESSAGE, min_size=1, max_size=4))
    sep = draw(st.sampled_from(["\r", "\n", "\r\n"]))
    mllp = draw(st.booleans())
    parts = []
    for m in messages:
        text = sep.join(m) + sep
        parts.append(f"\x0b{text}\x1c\r" if mllp else text)
    prefix = "" if clean else draw(st.sampled_from(["", "EXPORT\r", "\ufeff", "\r\n\r\n"]))
    data = (prefix + "".join(parts)).encode("utf-8")
    if not clean and draw(st.integers(0, 3)) == 0:  # damage: drop a slice, or insert bytes
        at = draw(st.integers(0, len(data)))
        if draw(st.booleans()):
            data = data[:at] + data[at + draw(st.integers(0, 40)):]
        else:
            data = data[:at] + draw(st.binary(max_size=8)) + data[at:]
    return data


def expected_counts(data: bytes) -> tuple[int, int]:
    """(messages, OBX segments) as a person would count them: lines starting MSH, and lines
    starting OBX after the first MSH (framing bytes removed)."""
    framed = b"\x0b" in data or b"\x1c" in data
    messages = obx = 0
    for line in re.split(rb"\r\n|\r|\n", data.removeprefix(b"\xef\xbb\xbf")):
        if framed:
            line = line.replace(b"\x0b", b"").replace(b"\x1c", b"")
        if line.startswith(b"MSH"):
            messages += 1
        elif line.startswith(b"OBX") and messages:
            obx += 1
    return messages, obx


def expected_places(data: bytes) -> list[tuple[int, int, int]]:
    """(message, segment in the message with MSH = 1, line in the file) of every OBX line, as a
    person would count them in a well-formed file (framing bytes removed, empty lines skipped)."""
    places, message, segment = [], 0, 0
    lines = re.split(rb"\r\n|\r|\n", data.removeprefix(b"\xef\xbb\xbf"))
    for number, line in enumerate(lines, start=1):
        line = line.replace(b"\x0b", b"").replace(b"\x1c", b"")
        if not line:
            continue
        if line.startswith(b"MSH"):
            message, segment = message + 1, 1
            continue
        segment += 1
        if line.startswith(b"OBX") and message:
            places.append((message, segment, number))
    return places


def check_file(data: bytes, codes: frozenset[str]) -> MessageFileResult | None:
    try:
        result = read_hl7_bytes(data, "fuzz.hl7", replace(OPTIONS, hla_dr_codes=codes))
    except LabFileError as exc:
        assert exc.code in ("not_hl7", "empty")
        messages, _ = expected_counts(data)
        assert messages == 0 or b"\x00" in data
        return None
    check_accounting(result)
    messages, obx = expected_counts(data)
    assert len(result.messages) == messages
    assert len(result.results) == obx
    for r in result.results:
        assert r.source.segment and r.source.line  # a location even in a damaged file
        if r.outcome is Outcome.REJECTED:
            assert all(i.message for i in r.reasons)
    for row in result.observations:
        assert row.sampled_at.tzinfo is not None
        if row.not_determined:  # "n.b.": a result without a value, and so without a unit
            assert row.value is None and row.unit is None
        else:
            assert row.value is not None and row.value.text.strip() and row.unit is not None
    return result


CODES = st.sampled_from([frozenset(), frozenset({"MHLADR"})])


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=hl7_files(), codes=CODES)
def test_any_file_is_read_or_refused_and_everything_is_accounted_for(data: bytes,
                                                                     codes: frozenset[str]):
    check_file(data, codes)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=hl7_files(clean=True), codes=CODES)
def test_well_formed_messages_with_any_values_are_accounted_for(data: bytes,
                                                                codes: frozenset[str]):
    result = check_file(data, codes)
    assert result is not None
    # Rows that survive are exactly the used or preliminary results not superseded later.
    shown = {(r.source.message_number, r.source.segment) for r in result.observations}
    kept = {(r.source.message_number, r.source.segment) for r in result.results
            if r.code in ("final", "corrected", "preliminary")}
    assert shown == kept
    # Every OBX is reported where a person finds it: message, segment number and file line.
    assert [(r.source.message_number, r.source.segment, r.source.line)
            for r in result.results] == expected_places(data)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes(data: bytes) -> None:
    try:
        result = read_hl7_bytes(b"MSH|^~\\&|" + data, "fuzz.hl7", OPTIONS)
    except LabFileError as exc:
        assert exc.code in ("not_hl7", "empty")
        return
    check_accounting(result)
