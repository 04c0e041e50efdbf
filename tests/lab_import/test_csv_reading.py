"""CSV text: encodings, delimiters, malformed records, size and row caps (hazards H17, H18)."""

from __future__ import annotations

import pytest

from desktop_app.lab_import import ImportOptions, LabFileError, open_lab_file, read_lab_file

HEADER = "Patient ID;Sample time;Ferritin (µg/l);HLA-DR [AB/C]\n"
ROW = "P1;2025-03-01T08:00;5000;3000\n"


@pytest.mark.parametrize(("encoding", "bom", "expected"), [
    ("utf-8", b"", "utf-8"),
    ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
    ("cp1252", b"", "cp1252"),
    ("utf-16", b"", "utf-16"),  # Python writes the BOM itself
])
def test_encodings_are_detected(write, encoding: str, bom: bytes, expected: str) -> None:
    path = write(bom + (HEADER + ROW).encode(encoding))
    lab = open_lab_file(path)
    assert lab.settings.encoding == expected
    assert lab.settings.headers[2] == "Ferritin (µg/l)"  # µ survived; no "ï»¿" in row 1
    assert lab.settings.headers[0] == "Patient ID"


def test_cp1252_and_latin1_identical_for_this_file_is_noted(write) -> None:
    lab = open_lab_file(write((HEADER + ROW).encode("latin-1")))
    assert lab.settings.encoding == "cp1252"
    assert [n.message for n in lab.settings.notes if n.code == "encoding_cp1252"] == [
        "encoding cp1252 (identical to latin-1 for this file)"]


def test_bytes_neither_utf8_nor_cp1252_are_refused(write) -> None:
    with pytest.raises(LabFileError) as info:
        open_lab_file(write((HEADER + "P\x81;x;1;2\n").encode("latin-1")))
    assert info.value.code == "encoding"


def test_given_encoding_that_does_not_fit_is_refused(write) -> None:
    with pytest.raises(LabFileError) as info:
        open_lab_file(write((HEADER + ROW).encode("cp1252")),
                      ImportOptions(encoding="utf-8"))
    assert info.value.code == "encoding"


def test_binary_junk_is_refused_with_a_clear_message(write) -> None:
    with pytest.raises(LabFileError) as info:
        open_lab_file(write(b"PK\x03\x04\x00\x00binary\x00junk" * 50))
    assert info.value.code == "binary"
    assert "NUL" in info.value.message


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_each_delimiter_is_detected(write, delimiter: str) -> None:
    text = (HEADER + ROW).replace(";", delimiter)
    result = read_lab_file(write(text))
    assert result.settings.delimiter == delimiter
    assert len(result.samples) == 1


def test_a_delimiter_that_cannot_be_told_is_refused(write) -> None:
    with pytest.raises(LabFileError) as info:
        open_lab_file(write("a;b,c;d,e\n1;2,3;4,5\n"))
    assert info.value.code == "delimiter"


def test_given_delimiter_wins_over_detection(write) -> None:
    path = write("Patient ID,Ferritin (ng/mL),HLA-DR [AB/C]\nP1,5000,3000\n")
    assert open_lab_file(path).settings.delimiter == ","
    with pytest.raises(LabFileError) as info:  # with ';' the header is one unknown column
        open_lab_file(path, ImportOptions(delimiter=";"))
    assert info.value.code == "missing_column"


def test_unmatched_quote_names_the_line(write) -> None:
    text = HEADER + ROW + 'P2;2025-03-01T09:00;"5000;3000\n' + ROW * 3
    with pytest.raises(LabFileError) as info:
        open_lab_file(write(text))
    assert info.value.code == "unmatched_quote"
    assert "line 3" in info.value.message


def test_quoted_cells_with_delimiters_and_newlines_keep_row_numbers(write) -> None:
    header = HEADER.replace("\n", ";Comment\n")
    text = header + '"P;1";2025-03-01T08:00;5000;3000;\nP2;2025-03-01T09:00;100;6000;"two\n' \
        'lines"\n' + ROW
    result = read_lab_file(write(text))
    assert [s.row for s in result.samples] == [2, 3, 4]  # one spreadsheet row per record
    assert result.samples[0].patient_id == "P;1"


def test_a_newline_in_a_patient_id_rejects_the_row(write) -> None:
    text = HEADER + '"P\n2";2025-03-01T09:00;100;6000\n' + ROW
    result = read_lab_file(write(text))
    assert [(r.row, r.reasons[0].code) for r in result.rejected] == [(2, "identifier_control")]
    assert "U+000A" in result.rejected[0].reasons[0].message


def test_extra_cells_reject_the_row_short_rows_are_padded(write) -> None:
    text = HEADER + "P1;2025-03-01T08:00;5000;3000;oops\nP2;2025-03-01T09:00;100\n" + \
        "P3;2025-03-01T10:00;100;3000;;\n"
    result = read_lab_file(write(text), ImportOptions(hla_dr_unit="AB/C"))
    assert [(r.row, r.reasons[0].code) for r in result.rejected] == [(2, "extra_cells")]
    assert [s.row for s in result.samples] == [3, 4]  # P2: HLA-DR empty; P3: trailing ;;


def test_blank_lines_are_counted_and_keep_numbering(write) -> None:
    result = read_lab_file(write("\n\n" + HEADER + "\n" + ROW + ";;;\n" + ROW.replace("P1", "P2")))
    assert result.blank_rows == 2
    assert [s.row for s in result.samples] == [5, 7]
    assert "header on row 3" in [n.message for n in result.settings.notes]


def test_header_only_file_has_no_rows(write) -> None:
    result = read_lab_file(write(HEADER))
    assert (result.rows_read, result.samples, result.rejected) == (0, [], [])


@pytest.mark.parametrize(("content", "code"), [
    (b"", "empty"),
    (b"\n\n\n", "empty"),
    (b"Name;Comment\nx;y\n", "missing_column"),
])
def test_files_without_usable_columns_are_refused(write, content: bytes, code: str) -> None:
    with pytest.raises(LabFileError) as info:
        open_lab_file(write(content))
    assert info.value.code == code


def test_size_cap_refuses_before_reading(write) -> None:
    path = write(HEADER + ROW * 100)
    with pytest.raises(LabFileError) as info:
        open_lab_file(path, ImportOptions(max_bytes=1000))
    assert info.value.code == "too_large"


def test_row_cap(write) -> None:
    with pytest.raises(LabFileError) as info:
        open_lab_file(write(HEADER + ROW * 11), ImportOptions(max_rows=10))
    assert info.value.code == "too_many_rows"


def test_missing_file(tmp_path) -> None:
    with pytest.raises(LabFileError) as info:
        open_lab_file(tmp_path / "nope.csv")
    assert info.value.code == "not_found"


def test_huge_file_is_refused_quickly_with_bounded_memory(tmp_path) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as fh:  # sparse: 1 GB on paper, nothing on disk
        fh.write(HEADER.encode())
        fh.truncate(1024 ** 3)
    with pytest.raises(LabFileError) as info:
        open_lab_file(path)
    assert info.value.code == "too_large"


def test_millions_of_blank_lines_cost_neither_memory_nor_minutes(write) -> None:
    path = write(HEADER + ROW + "\n" * 2_000_000 + ROW.replace("P1", "P2"))
    result = read_lab_file(path)
    assert result.blank_rows == 2_000_000
    assert [s.row for s in result.samples] == [2, 2_000_003]


def test_a_header_of_too_many_columns_is_refused(write) -> None:
    header = ";".join(f"c{i}" for i in range(2001)) + "\n"
    with pytest.raises(LabFileError) as info:
        open_lab_file(write(header + "1;2\n"))
    assert info.value.code == "too_many_columns" and "2001 columns" in info.value.message


def test_a_closed_200_kb_quoted_cell_is_a_cell(write) -> None:
    text = 'MRN,Ferritin (ng/mL),Comment\nP1,100,"' + "x" * 200_000 + '"\nP2,200,ok\n'
    result = read_lab_file(write(text), ImportOptions(hla_dr_unit="AB/C"))
    assert [s.row for s in result.samples] == [2, 3]


def test_an_unclosed_quote_is_still_named(write) -> None:
    text = 'MRN,Ferritin (ng/mL),Comment\nP1,100,"' + "x" * 200_000 + "\nP2,200,ok\n"
    with pytest.raises(LabFileError) as info:
        open_lab_file(write(text))
    assert info.value.code == "unmatched_quote" and "line 2" in info.value.message


def test_a_file_mixing_utf8_and_cp1252_is_refused_not_garbled(write) -> None:
    data = (HEADER + "Müller-1;2025-03-01T08:00;5000;3000\n").encode("utf-8") + \
        "Müller-2;2025-03-01T09:00;5000;3000\n".encode("cp1252")
    with pytest.raises(LabFileError) as info:
        open_lab_file(write(data))
    assert info.value.code == "mixed_encoding"
    assert "line 1 is UTF-8 but line 3 is not" in info.value.message  # the header has µ
    lab = open_lab_file(write(data), ImportOptions(encoding="cp1252"))  # given: read as said
    assert lab.settings.encoding == "cp1252"


def test_cp1252_alone_is_still_read(write) -> None:
    lab = open_lab_file(write((HEADER + "Müller;2025-03-01T08:00;5000;3000\n").encode("cp1252")))
    assert lab.settings.encoding == "cp1252" and lab.preview(1)[0][1][0] == "Müller"
