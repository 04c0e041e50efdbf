"""English templates of the reasons an imported row is rejected or ignored (``RowIssue``).

Merged into ``findings.TEMPLATES`` (one table of every sentence; keys unique across both).
Like the import notes they are remarks, written without a full stop, and kept word for word:
``batch --json`` and the results files carry this English text.  ``{where}`` is a column header
or an HL7/FHIR field as written in the file; ``{text}`` a cell as written.
"""

from __future__ import annotations

ROW_ISSUE_TEMPLATES: dict[str, str] = {
    "in_column": "{where}: {reason}",
    # -- cells (lab_import.cells, .fields) --------------------------------------------------
    "cell_not_a_number": "'{text}' is not a number",
    "cell_not_a_number.in_column": "{where}: '{text}' is not a number",
    "cell_date_not_value": "{where}: '{text}' is a date or time, not a lab value",
    "cell_unreadable": "{where}: unreadable cell",
    "unit_missing.row": "no {analyte} unit: neither the header, a unit column nor the {analyte} "
                        "unit option gives one (a unit is never assumed)",
    "unit_conflict.given": "{where} says {unit} but the {analyte} unit was given as {fixed}",
    "unit_conflict.header": "{where} says {unit} but the {analyte} unit header says {fixed}",
    "percent_test_ab_per_cell": "'{test}' is a percentage of monocytes but the unit is AB/C; the "
                                "result is not used",
    "age_unit": "{where}: age is in {unit}; years are needed",
    "patient_id_missing.row": "{where}: no patient id in this row",
    # -- rows of a table (lab_import.raw_table, .wide, .long, .duplicates) ----------------------
    "extra_cells": "the row has {cells} cells but the header has {columns} columns; a cell may "
                   "contain an unquoted delimiter",
    "no_values": "no ferritin or HLA-DR value in this row",
    "duplicate_result.sample_time": "duplicate of row {row}: same patient, sample time and "
                                    "values (counted once, in row {row})",
    "duplicate_result.test_time": "duplicate of row {row}: same patient, test and time and "
                                  "values (counted once, in row {row})",
    "conflicting_results.sample_time": "rows {rows} give different results for the same "
                                       "patient and sample time; which one is right cannot be "
                                       "decided",
    "conflicting_results.test_time": "rows {rows} give different results for the same patient "
                                     "and test and time; which one is right cannot be decided",
    # a new inbox result against one stored from an earlier file (lab_import.stored_results)
    "duplicate_result.stored": "the same {test} result, for the same patient and time, was "
                               "stored from {source} (counted once, there)",
    "conflicting_results.stored": "the {test} result stored from {source} is different for "
                                  "the same patient and time; which one is right cannot be "
                                  "decided",
    "test_name_loinc_disagree": "{where}: test name and LOINC code disagree ({test})",
    "other_test.row": "{where}: '{test}' is neither ferritin nor HLA-DR; row not used",
    "other_test.empty": "{where}: an empty test name is neither ferritin nor HLA-DR; row not "
                        "used",
    "time_missing.row": "{where}: no sample time; it is needed to pair ferritin with HLA-DR",
    "value_missing.row": "{where}: no value",
    "percent_test_quantitative_unit": "{where}: '{test}' is a percentage of monocytes but the "
                                      "unit is {unit}; the result is not used",
    "too_many_results": "this patient has too many results within the pairing interval to pair "
                        "them safely; import a shorter period",
    "identity_conflict.age": "rows {first_row} and {second_row} of this patient id give "
                             "different ages; check that they belong to the same patient",
    # -- the patient's identification (lab_import.identity) -----------------------------------
    "identity_conflict.patient_name": "this patient id has different names (rows {rows}): "
                                      "possibly two patients under one id; check the id",
    "identity_conflict.record_number": "this patient id has different record numbers (rows "
                                       "{rows}): possibly two patients under one id; check the "
                                       "id",
    "identity_conflict.date_of_birth": "this patient id has different dates of birth (rows "
                                       "{rows}): possibly two patients under one id; check the "
                                       "id",
    "identity_text.too_long": "{where}: longer than {limit} characters",
    "identity_text.control": "{where}: contains {character} ({character_name}), an invisible or "
                             "control character; correct the cell in the source system",
    "identity_text.not_utf8": "{where}: not valid text (a byte could not be decoded); check the "
                              "file's encoding",
    "birth_date.serial": "{where}: '{text}' is not a date (an Excel date serial?); store the "
                         "date of birth as a date or as YYYY-MM-DD",
    "birth_date.not_a_date": "{where}: '{text}' is not a date; write it as YYYY-MM-DD (e.g. "
                             "1958-03-14)",
    "birth_date.order_mixed": "{where}: '{text}' could be day-first or month-first and the "
                              "column mixes day-first and month-first dates or separators; "
                              "write it as YYYY-MM-DD",
    "birth_date.order_unknown": "{where}: '{text}' could be day-first or month-first and the "
                                "column does not show whether the day or the month comes "
                                "first; write it as YYYY-MM-DD",
    "birth_date.day_first": "{where}: '{text}' is not a valid date (day first)",
    "birth_date.month_first": "{where}: '{text}' is not a valid date (month first)",
    "birth_date.invalid": "{where}: '{text}' is not a valid date",
    "birth_date.before_1900": "{where}: '{text}' lies before 1900-03-01 (in a spreadsheet, "
                              "Excel's 1900 date system is wrong there); check the date of "
                              "birth",
    # -- HL7 and FHIR fields (lab_import.hl7_fields, .message_fields) --------------------------
    "bad_time.hl7": "{where}: '{text}' is not an HL7 date-time (YYYYMMDDHHMM[SS][+/-ZZZZ])",
    "date_without_time.minute": "{where}: '{text}' has no time of day; the sample time is needed "
                             "to the minute",
    "time_imprecise.year": "{where}: '{text}' is precise to the year only; the sample time is "
                           "needed to the minute",
    "time_imprecise.month": "{where}: '{text}' is precise to the month only; the sample time is "
                            "needed to the minute",
    "time_imprecise.day": "{where}: '{text}' is precise to the day only; the sample time is "
                          "needed to the minute",
    "time_imprecise.hour": "{where}: '{text}' is precise to the hour only; the sample time is "
                           "needed to the minute",
    "time_imprecise.no_minute": "{where}: '{text}' gives the hour but no minute; the sample "
                                "time is needed to the minute",
    "bad_offset.hl7": "{where}: '{text}' has an impossible UTC offset",
    "time_refused.field": "{where}: '{text}': {reason}",
    "test_codes_disagree": "{where}: the codes and names of this test name different analytes "
                           "({test}); the result is not used",
    "other_test.loinc": "{where}: LOINC {code} is neither ferritin (2276-4, 20567-4) nor a "
                        "configured HLA-DR code; not used",
    "other_test.message": "{where}: '{test}' is neither ferritin nor HLA-DR; not used",
    "other_test.unnamed": "{where}: a test without code or name is neither ferritin nor HLA-DR; "
                          "not used",
    "unit_missing.message": "{where}: no {analyte} unit (a unit is never assumed)",
    "unit_conflict.fields": "{where} says {unit} but {other_field} says {other_unit}; the result "
                            "is not used",
    "unit_conflict.molar_loinc": "{where}: {unit} is a molar concentration but LOINC {code} is "
                                 "ferritin mass concentration; one of them is wrong, so the "
                                 "result is not used",
    "unit_conflict.mass_loinc": "{where}: {unit} is a mass concentration but LOINC {code} is "
                                "ferritin molar concentration; one of them is wrong, so the "
                                "result is not used",
    "percent_test_ab_per_cell.message": "{where}: '{test}' is a percentage of monocytes but the "
                                        "unit is AB/C; the result is not used",
    "patient_id_missing.message": "{where}: no patient identifier",
    "patient_id_missing.authority": "{where}: no identifier issued by {authority} (the site's "
                                    "patient_id_authority)",
    "patient_id_ambiguous": "{where}: {count} patient identifiers and nothing says which is the "
                            "ward's; set [inbox] patient_id_authority in the site configuration",
    "duplicate_message.file": "this file's content was already read from an earlier file; it is "
                              "imported once",
    "no_resource": "the Bundle entry holds no resource",
    "patient_context": "a Patient: read when an Observation refers to it",
    "not_an_observation": "a {kind} resource, not an Observation; not read",
    "invalid_fhir.observation": "not a valid FHIR R4 Observation: {problems}",
    "invalid_fhir.patient": "the subject Patient is not valid FHIR R4: {problems}",
    "status_unknown.fhir": "status '{text}': it cannot be told whether the result is final "
                           "(final, amended, corrected, preliminary expected)",
    "no_result.fhir": "status registered: no result yet",
    "unit_missing.value_string": "valueString carries no unit and a unit is never assumed; the "
                                 "value must be a valueQuantity",
    "time_missing.fhir": "no effectiveDateTime, effectivePeriod.start or effectiveInstant; the "
                         "sample time is needed to pair ferritin with HLA-DR",
    "patient_id_missing.fhir": "the Observation has no subject",
    "subject_unresolved": "subject '{reference}' is not in this file and the reference carries "
                          "no identifier",
    "subject_not_patient": "the subject is a {kind}, not a Patient",
    "value_missing.quantity": "valueQuantity has no value",
    "not_a_number.json": "valueQuantity.value '{text}' is not a JSON number",
    "comparator_unknown.fhir": "valueQuantity.comparator '{text}' is not <, <=, >= or >",
    "value_type_unsupported.fhir": "{where}: a ferritin or HLA-DR value must be a valueQuantity",
    "value_missing.fhir": "the Observation has no value",
    "mllp_unterminated.message": "the MLLP block of this message has no end (0x1C); the message "
                                 "may be truncated",
    "mllp_unterminated.last": "the MLLP block of the last message has no end (0x1C); the file "
                              "may still be being written, or was cut short",
    "mllp_framing": "MLLP framing bytes inside a segment",
    "not_a_segment": "line {line} of the file is not an HL7 segment (it must start with a "
                     "three-letter segment id and the field separator)",
    "charset_unknown": "MSH-18 declares the character set '{text}', which this app does not "
                       "read; supported: {supported}",
    "charset_mismatch.declared": "the message's bytes are not valid in the declared {charset}; "
                                 "set MSH-18 to the character set the laboratory system sends",
    "charset_mismatch.utf8": "the message's bytes are not valid UTF-8 (MSH-18 declares "
                             "nothing); set MSH-18 to the character set the laboratory system "
                             "sends",
    "msh_unreadable": "the MSH segment cannot be parsed (it must start 'MSH|^~\\&|')",
    "version_unsupported": "MSH-12 (version) is '{text}'; this app reads HL7 v2 versions "
                           "{supported}",
    "version_unsupported.empty": "MSH-12 (version) is empty; this app reads HL7 v2 versions "
                                 "{supported}",
    "not_results_message": "MSH-9 is {kind}, not a laboratory result message (ORU^R01)",
    "message_id_missing": "MSH-10 (message control id) is empty; it is needed to import each "
                          "message exactly once",
    "test_message.training": "MSH-11 marks a training message ({processing}), not a production "
                             "result",
    "test_message.debugging": "MSH-11 marks a debugging message ({processing}), not a "
                              "production result",
    "processing_id_unknown": "MSH-11 (processing id) is '{text}'; P (production) is expected",
    "duplicate_message.this_file": "this message was already read (message {message} of this "
                                   "file); it is imported once",
    "duplicate_message.earlier_file": "this message was already read (an earlier file); it is "
                                      "imported once",
    "conflicting_message_id.this_file": "message {message} of this file had the same message id "
                                        "with different content; check with the laboratory "
                                        "which one is right",
    "conflicting_message_id.earlier_file": "an earlier file had the same message id with "
                                           "different content; check with the laboratory which "
                                           "one is right",
    "status_unknown.hl7": "OBX-11 (result status) is '{text}'; F, C, P, D, W or X is expected, "
                          "so it cannot be told whether the result is final",
    "status_unknown.hl7_empty": "OBX-11 (result status) is empty; F, C, P, D, W or X is "
                                "expected, so it cannot be told whether the result is final",
    "patient_id_missing.no_pid": "no PID segment before this OBX names the patient",
    "result_status.I": "OBX-11 is I: specimen in the laboratory, no result yet",
    "result_status.O": "OBX-11 is O: order detail only, no result",
    "result_status.N": "OBX-11 is N: not asked; no result",
    "result_status.U": "OBX-11 is U: changed to final without the result being sent again; the "
                       "app needs the result itself",
    "status_meaning.D": "OBX-11 D: the result is deleted",
    "status_meaning.W": "OBX-11 W: the result was posted wrongly (e.g. for the wrong patient)",
    "status_meaning.X": "OBX-11 X: the result cannot be obtained",
    "status_meaning.fhir": "status {text}",
    "time_missing.hl7": "no observation time in OBX-14 or OBR-7; it is needed to pair ferritin "
                        "with HLA-DR",
    "several_values": "OBX-5 holds several values; one is needed",
    "range_or_ratio": "OBX-5 is a range or ratio (SN with a second number); one value is needed",
    "comparator_unknown.hl7": "OBX-5 comparator '{text}' is not <, >, <= or >=",
    "value_components": "OBX-5 has components, which a {value_type} value cannot have",
    "value_type_unsupported.hl7": "OBX-2 (value type) is '{text}'; NM, SN or ST is needed for a "
                                  "ferritin or HLA-DR value",
    "value_type_unsupported.hl7_missing": "OBX-2 (value type) is missing; NM, SN or ST is "
                                          "needed for a ferritin or HLA-DR value",
    # -- results of a message file (lab_import.observation_rows) ------------------------------
    "source.message": "{file}, message {number}",
    "source.message_id": "{file}, message {number} ({id})",
    "source.segment": "{message}, segment {number}",
    "source.segment_element": "{message}, segment {number} ({element})",
    "source.entry": "{message}, entry {number}",
    "source.entry_element": "{message}, entry {number} ({element})",
    "preliminary_after_final": "a preliminary result that arrived after the final result of the "
                               "same test; not shown",
    "superseded.corrected": "replaced by the corrected result in {source}",
    "superseded.final": "replaced by the final result in {source}",
    "superseded.preliminary": "replaced by the preliminary result in {source}",
    "corrected": "a corrected result: it replaces any earlier result of this test",
    "preliminary": "a preliminary result: shown, not classified until the final result arrives",
    "withdrawn": "withdrawn by {source} (status {status})",
    "withdrawal.removed": "withdraws the earlier result in {sources}",
    "withdrawal.removed_meaning": "{meaning}; withdraws the earlier result in {sources}",
    "withdrawal.stored": "withdraws an earlier result of this test; a result stored from an "
                         "earlier file with the same key is withdrawn when this file is stored",
    "withdrawal.stored_meaning": "{meaning}; withdraws an earlier result of this test; a result "
                                 "stored from an earlier file with the same key is withdrawn "
                                 "when this file is stored",
    "message_used": "{used} of {results} result(s) used",
    "no_results": "the message holds no results",
    "no_results_used": "no result used ({detail})",
    "duplicate_message.content": "the same content was already read from an earlier file; it is "
                                 "imported once",
    # -- sample times (lab_import.times) ------------------------------------------------------
    "date_cell_without_time": "{date} has no time of day; a date-time is required",
    "time_without_date": "'{text}' is a time without a date",
    "serial_number.cell": "'{text}' is a bare number (an Excel date serial?); store the sample "
                          "time as a date-time",
    "serial_number.text": "'{text}' is a bare number (an Excel date serial?); an ISO 8601 "
                          "date-time such as {example} is required",
    "bad_time.cell": "'{text}' is not a date-time",
    "date_without_time.example": "'{text}' has no time of day; a date-time such as {example} is "
                                 "required",
    "date_without_time.text": "'{text}' has no time of day; a date-time is required",
    "bad_time.iso": "'{text}' is not a valid ISO 8601 date-time (e.g. {example})",
    "bad_time.format": "'{text}' does not match the time format {time_format}",
    "bad_time.numeric": "'{text}' is not a date-time; use ISO 8601 (e.g. {example}) or give the "
                        "time format",
    "date_order_unknown": "'{text}': day and month order cannot be told from the file; give the "
                          "time format (e.g. {time_format})",
    "bad_time.invalid": "'{text}' is not a valid date-time",
    "excel_1900_artefact": "{date} lies before 1900-03-01, where Excel's 1900 date system is "
                           "wrong (serial ≤ 60); check the sample time",
    "dst_ambiguous": "{time} local time is skipped or repeated by a daylight-saving change; give "
                     "the time with its UTC offset",
}
