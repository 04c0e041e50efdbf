"""HL7 v2 reader behaviour beyond the golden files: framing, character sets, times, patients,
repeated messages across files, values through the core's grammar."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.lab_import.hl7_framing import looks_like_hl7
from desktop_app.lab_import.hl7_reader import read_hl7_bytes, read_hl7_file
from desktop_app.lab_import.model import LabFileError

from .support import HL7, OPTIONS, check_accounting, outcomes

MSH = ("MSH|^~\\&|LIS|GENHOSP|IMMUNOSEP|ICU2|20250324093000+0100||ORU^R01^ORU_R01|{id}|P|2.5.1"
       "|||AL|NE|DEU|{charset}")
PID = "PID|1||0012345^^^GENHOSP^MR||TEST^PATIENT"
OBR = "OBR|1||LAB1^LIS|IMMUNO^Panel^L|||{time}"


def message(*obx: str, msg_id: str = "M1", time: str = "202503240830+0100",
            charset: str = "", pid: str = PID) -> str:
    return "\r".join([MSH.format(id=msg_id, charset=charset), pid, OBR.format(time=time),
                      *obx]) + "\r"


def obx(value: str = "5120", unit: str = "ug/L", status: str = "F", *, kind: str = "NM",
        code: str = "2276-4^Ferritin^LN", when: str = "", flags: str = "") -> str:
    return f"OBX|1|{kind}|{code}||{value}|{unit}||{flags}|||{status}|||{when}"


def read(text: str | bytes, **options: object):  # type: ignore[no-untyped-def]
    data = text.encode("utf-8") if isinstance(text, str) else text
    result = read_hl7_bytes(data, "test.hl7", replace(OPTIONS, **options))
    check_accounting(result)
    return result


def rows(result) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(r.analyte, r.value.display(), r.unit.value) for r in result.observations]


# -- framing -----------------------------------------------------------------------------------
def _frames(text: str) -> dict[str, bytes]:
    messages = [m + "\r" for m in text.split("\rMSH") if m]
    messages = [messages[0]] + ["MSH" + m for m in messages[1:]]
    return {
        "cr": text.encode(),
        "lf": text.replace("\r", "\n").encode(),
        "crlf": text.replace("\r", "\r\n").encode(),
        "mllp": b"".join(b"\x0b" + m.encode() + b"\x1c\r" for m in messages),
        "mllp_lf": b"".join(b"\x0b" + m.replace("\r", "\n").encode() + b"\x1c\n"
                            for m in messages),
        "bom_and_blank_lines": b"\xef\xbb\xbf\r\n" + text.replace("\r", "\r\n\r\n").encode(),
        "batch_envelope": ("FHS|^~\\&|LIS\rBHS|^~\\&|LIS\r" + text + "BTS|2\rFTS|1\r").encode(),
        "mixed_line_ends": text.replace("\rPID", "\nPID").replace("\rOBX", "\r\nOBX").encode(),
    }


@pytest.mark.parametrize("framing", sorted(_frames("MSH|")))
def test_every_framing_reads_the_same(framing: str) -> None:
    plain = (HL7 / "oru_v251_two_patients.hl7").read_bytes().decode("utf-8")
    expected = read(plain)
    got = read(_frames(plain)[framing])
    def without_lines(rows):  # envelopes and blank lines move the segments' lines
        return [{**r.to_dict(), "source": {**r.source.to_dict(), "line": None}} for r in rows]

    assert without_lines(got.observations) == without_lines(expected.observations)
    assert outcomes(got) == outcomes(expected)


def test_unterminated_mllp_block_rejects_only_the_cut_message() -> None:
    first, second = message(obx(), msg_id="A"), message(obx("4000"), msg_id="B")
    data = b"\x0b" + first.encode() + b"\x1c\r\x0b" + second.encode()  # still being written
    result = read(data)
    assert [m.outcome.value for m in result.messages] == ["used", "rejected"]
    assert result.messages[1].code == "mllp_unterminated"
    assert outcomes(result)[(2, 4)] == ("rejected", "mllp_unterminated")


def test_a_line_that_is_not_a_segment_rejects_its_message() -> None:
    text = message(obx()).replace("OBX|", "free text the sender forgot to escape\rOBX|")
    result = read(text)
    assert result.messages[0].code == "not_a_segment"
    assert outcomes(result) == {(1, 5): ("rejected", "not_a_segment")}


@pytest.mark.parametrize("data, code", [
    (b"", "empty"), (b"\r\n\r\n", "empty"), (b"MSH|^~\\&\x00|", "not_hl7"),
    (b"\xff\xfeM\x00S\x00H\x00", "not_hl7"), (b"PID|1||123\rOBX|1|NM|x||5|ug/L", "not_hl7"),
])
def test_files_that_are_not_hl7_are_refused(data: bytes, code: str) -> None:
    with pytest.raises(LabFileError) as err:
        read_hl7_bytes(data, "x.hl7", OPTIONS)
    assert err.value.code == code


def test_size_cap_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.hl7"
    path.write_bytes(message(obx()).encode() * 50)
    with pytest.raises(LabFileError) as err:
        read_hl7_file(path, replace(OPTIONS, max_bytes=1000))
    assert err.value.code == "too_large"


def test_sniffing() -> None:
    assert looks_like_hl7(b"\x0bMSH|^~\\&|LIS")
    assert looks_like_hl7(b"\xef\xbb\xbf\r\nFHS|^~\\&|")
    assert not looks_like_hl7(b'{"resourceType": "Bundle"}')
    assert not looks_like_hl7(b"MSHX")
    assert not looks_like_hl7(b"patient_id;ferritin\n")


# -- character sets ----------------------------------------------------------------------------
def test_declared_latin1_is_decoded() -> None:
    text = message(obx(unit="\xb5g/L"), charset="8859/1")
    result = read(text.encode("latin-1"))
    assert rows(result) == [("ferritin", "5120", "µg/L")]


def test_undeclared_non_utf8_bytes_are_refused_not_guessed() -> None:
    result = read(message(obx(unit="\xb5g/L")).encode("latin-1"))
    assert result.messages[0].code == "charset_mismatch"


def test_unknown_character_set_is_refused() -> None:
    result = read(message(obx(), charset="ISO IR87"))
    assert result.messages[0].code == "charset_unknown"


def test_escape_sequences_are_undone() -> None:
    # \S\ is the escaped component separator: the test name reads "Ferritin^S"
    result = read(message(obx(code="2276-4^Ferritin\\S\\S^LN")))
    assert result.observations[0].code_text == "Ferritin^S"


# -- messages ----------------------------------------------------------------------------------
def test_repeated_message_in_a_later_file_is_imported_once() -> None:
    first = read(message(obx()))
    seen = {m.key: m.digest for m in first.messages if m.key}
    again = read(message(obx()), seen_messages=seen)
    assert again.observations == []
    assert again.messages[0].code == "duplicate_message"
    # A resend with a new MSH-7 (message time) is still the same message.
    resent = read(message(obx()).replace("20250324093000", "20250324103000"), seen_messages=seen)
    assert resent.messages[0].code == "duplicate_message"
    changed = read(message(obx("6000")), seen_messages=seen)
    assert changed.messages[0].code == "conflicting_message_id"
    assert outcomes(changed) == {(1, 4): ("rejected", "conflicting_message_id")}


def test_test_messages_only_when_accepted() -> None:
    text = message(obx()).replace("|P|2.5.1", "|T|2.5.1")
    assert read(text).messages[0].code == "test_message"
    assert rows(read(text, accept_test_messages=True)) == [("ferritin", "5120", "µg/L")]


@pytest.mark.parametrize("version", ["2.3", "2.3.1", "2.4", "2.5", "2.5.1"])
def test_supported_versions(version: str) -> None:
    assert rows(read(message(obx()).replace("|2.5.1", f"|{version}"))) == [
        ("ferritin", "5120", "µg/L")]


def test_other_message_types_are_ignored_with_their_results() -> None:
    result = read(message(obx()).replace("ORU^R01^ORU_R01", "OUL^R22^OUL_R22"))
    assert outcomes(result) == {(1, 4): ("ignored", "not_results_message")}


# -- patients ----------------------------------------------------------------------------------
def test_patient_authority_from_the_site_configuration() -> None:
    pid = "PID|1||111^^^GENHOSP^PI~222^^^CITYLAB&1.2.3&ISO^PI"
    assert read(message(obx(), pid=pid)).results[0].code == "patient_id_ambiguous"
    by_namespace = read(message(obx(), pid=pid), patient_id_authority="CITYLAB")
    by_oid = read(message(obx(), pid=pid), patient_id_authority="1.2.3")
    for result in (by_namespace, by_oid):
        row = result.observations[0]
        assert (row.patient_id, row.assigning_authority) == ("222", "CITYLAB")
    missing = read(message(obx(), pid=pid), patient_id_authority="NOWHERE")
    assert missing.results[0].code == "patient_id_missing"


def test_two_patients_in_one_message_keep_their_own_results() -> None:
    text = message(obx("5000"), "PID|2||0099999^^^GENHOSP^MR", OBR.format(
        time="202503241200+0100"), obx("3000"))
    result = read(text)
    assert [(r.patient_id, str(r.value.value), r.sampled_at.hour) for r in
            result.observations] == [("0012345", "5000", 8), ("0099999", "3000", 12)]


def test_surrounding_spaces_of_the_identifier_are_trimmed_only() -> None:
    row = read(message(obx(), pid="PID|1|| 0012345 ^^^GENHOSP^MR")).observations[0]
    assert row.patient_id == "0012345"


# -- times -------------------------------------------------------------------------------------
@pytest.mark.parametrize("when, expected", [
    ("202503240830+0100", "2025-03-24T08:30:00+01:00"),
    ("20250324083015.1234-0500", "2025-03-24T08:30:15.123400-05:00"),
    ("202503240830", "2025-03-24T08:30:00+01:00"),  # no offset: the workstation's zone
    ("202507010830", "2025-07-01T08:30:00+02:00"),  # summer time in that zone
])
def test_times(when: str, expected: str) -> None:
    assert read(message(obx(when=when))).observations[0].sampled_at.isoformat() == expected


@pytest.mark.parametrize("when, code", [
    ("20250324", "date_without_time"), ("2025032408", "time_imprecise"),
    ("202503240830^H", "time_imprecise"), ("202513240830", "bad_time"),
    ("2025-03-24T08:30", "bad_time"), ("202503240830+2500", "bad_time"),
    ("202503300230", "dst_ambiguous"),  # Europe/Berlin skips 02:00-03:00 that night
    ("185003240830+0000", "implausible_time"),
])
def test_times_that_cannot_be_used(when: str, code: str) -> None:
    text = message(obx(when=when.split("^")[0]))
    if "^" in when:
        text = text.replace(f"|||{when.split('^')[0]}", f"|||{when}")
    assert read(text).results[0].code == code


def test_no_time_anywhere_is_refused() -> None:
    assert read(message(obx(), time="")).results[0].code == "time_missing"


# -- values, units, statuses -------------------------------------------------------------------
@pytest.mark.parametrize("kind, value, display", [
    ("NM", "4420.0000000000001", "4420.0000000000001"), ("NM", "0012", "12"),
    ("SN", "^4420", "4420"), ("SN", "=^4420", "4420"), ("SN", "<=^15", "≤15"),
    ("SN", ">^40000", ">40000"), ("ST", "<5", "<5"), ("ST", " 5120 ", "5120"),
])
def test_values_go_through_the_core_grammar(kind: str, value: str, display: str) -> None:
    row = read(message(obx(value, kind=kind))).observations[0]
    assert row.value.display() == display
    if display == "4420.0000000000001":
        assert row.value.value == Decimal("4420.0000000000001")  # never a float


@pytest.mark.parametrize("kind, value, code", [
    ("NM", "1e4", "exponent"), ("NM", "nan", "not_a_number"), ("NM", "-5", "negative"),
    ("NM", "4_420", "underscore"), ("NM", "4.420", "ambiguous_separator"),
    ("NM", "", "value_missing"), ("NM", "1~2", "several_values"),
    ("SN", "<>^5", "comparator_unknown"),
    ("SN", "^1^:^128", "range_or_ratio"), ("TX", "5120", "value_type_unsupported"),
    ("", "5120", "value_type_unsupported"), ("NM", "5120^x", "not_a_number"),
])
def test_values_that_are_refused(kind: str, value: str, code: str) -> None:
    assert read(message(obx(value, kind=kind))).results[0].code == code


def test_abnormal_flags_play_no_part() -> None:
    plain = read(message(obx("4500"))).observations
    flagged = read(message(obx("4500", flags="HH"))).observations
    assert [r.to_dict() for r in plain] == [r.to_dict() for r in flagged]


@pytest.mark.parametrize("unit, expected", [
    ("ug/L", "µg/L"), ("µg/l", "µg/L"), ("ng/mL^nanogram per millilitre^UCUM", "ng/mL"),
    ("^ng/ml", "ng/mL"), ("ug/dL", "µg/dL"),
])
def test_ferritin_units(unit: str, expected: str) -> None:
    assert read(message(obx(unit=unit))).observations[0].unit.value == expected


@pytest.mark.parametrize("unit, code", [
    ("", "unit_missing"), ("mg/L", "unit_unknown"), ("pmol/L", "unit_conflict"),
    ("ug/L^ng/mL", "unit_conflict"),  # identifier and text name different units
])
def test_ferritin_units_refused(unit: str, code: str) -> None:
    assert read(message(obx(unit=unit))).results[0].code == code


def test_molar_loinc_needs_a_molar_unit() -> None:
    code = "20567-4^Ferritin^LN"
    assert rows(read(message(obx("9932", "pmol/L", code=code)))) == [
        ("ferritin", "9932", "pmol/L")]
    assert read(message(obx("4420", "ng/mL", code=code))).results[0].code == "unit_conflict"


def test_hla_dr_by_configured_code_or_by_name() -> None:
    local = "Q123^Monozyten-Marker^L"
    assert read(message(obx("3000", "AB/C", code=local))).results[0].code == "other_test"
    configured = read(message(obx("3000", "AB/C", code=local)),
                      hla_dr_codes=frozenset({"Q123"}))
    assert rows(configured) == [("hla_dr", "3000", "AB/C")]
    named = read(message(obx("3000", "molecules/cell", code="Q9^mHLA-DR^L")))
    assert rows(named) == [("hla_dr", "3000", "AB/C")]
    percent = read(message(obx("45", "%", code="Q8^HLA-DR positive monocytes^L")))
    assert rows(percent) == [("hla_dr", "45", "% positive")]


def test_other_loinc_codes_are_other_tests_whatever_their_name() -> None:
    # LOINC 24373-3 is ferritin in body fluid: not the serum ferritin the rule is about.
    result = read(message(obx(code="24373-3^Ferritin^LN")))
    assert outcomes(result) == {(1, 4): ("ignored", "other_test")}


@pytest.mark.parametrize("status, outcome, code", [
    ("F", "used", "final"), ("C", "used", "corrected"), ("P", "ignored", "preliminary"),
    ("R", "ignored", "preliminary"), ("S", "ignored", "preliminary"),
    ("D", "used", "withdrawal"), ("W", "used", "withdrawal"), ("X", "used", "withdrawal"),
    ("I", "ignored", "no_result"), ("U", "ignored", "no_result"),
    ("Z", "rejected", "status_unknown"), ("", "rejected", "status_unknown"),
])
def test_result_statuses(status: str, outcome: str, code: str) -> None:
    assert outcomes(read(message(obx(status=status)))) == {(1, 4): (outcome, code)}


def test_withdrawal_of_another_order_leaves_a_result_alone() -> None:
    first = message(obx("5000"), msg_id="A")
    other_order = message(obx("5000", status="D"), msg_id="B").replace("LAB1^LIS", "LAB2^LIS")
    result = read(first + other_order)
    assert rows(result) == [("ferritin", "5000", "µg/L")]
    assert result.withdrawals[0].removed == ()


def test_preliminary_after_final_is_not_shown() -> None:
    text = message(obx("5000"), msg_id="A") + message(obx("5100", status="P"), msg_id="B")
    result = read(text)
    assert rows(result) == [("ferritin", "5000", "µg/L")]
    assert outcomes(result)[(2, 4)] == ("ignored", "preliminary_after_final")


def test_two_finals_both_go_on_to_the_duplicate_check() -> None:
    text = message(obx("5000"), msg_id="A") + message(obx("5100"), msg_id="B")
    assert [r[1] for r in rows(read(text))] == ["5000", "5100"]


def test_rows_have_the_long_layout_fields() -> None:
    row = read(message(obx())).observations[0]
    assert row.long_fields() == {"patient_id": "0012345", "test": "Ferritin",
                                 "test_code": "2276-4", "value": "5120", "unit": "µg/L",
                                 "sampled_at": "2025-03-24T08:30:00+01:00"}


def test_options_from_the_site_configuration() -> None:
    from desktop_app.lab_import.message_fields import MessageReadOptions
    from desktop_app.site_config import parse_site_config

    site = parse_site_config(b'[inbox]\nhla_dr_codes = ["Q123"]\npatient_id_authority = '
                             b'"CITYLAB"\n')
    options = MessageReadOptions.from_site(site.inbox, local_zone=OPTIONS.local_zone)
    assert (options.hla_dr_codes, options.patient_id_authority) == (frozenset({"Q123"}),
                                                                    "CITYLAB")
    pid = "PID|1||111^^^GENHOSP^MR~222^^^CITYLAB^MR"
    row = read_hl7_bytes(message(obx("3000", "AB/C", code="Q123^Marker^L"), pid=pid).encode(),
                         "x.hl7", options).observations[0]
    assert (row.analyte, row.patient_id) == ("hla_dr", "222")


def test_python_hl7_logs_nothing_of_the_message(caplog: pytest.LogCaptureFixture) -> None:
    # python-hl7 logs the whole field when an escape sequence is empty ("\\\\"): patient data.
    pid = "PID|1||SECRET-4711\\\\^^^GENHOSP^MR||DOE\\\\^JANE"
    with caplog.at_level("DEBUG"):
        read(message(obx(code="2276-4^Ferritin\\\\^LN"), pid=pid))
    assert "SECRET" not in caplog.text and "DOE" not in caplog.text
