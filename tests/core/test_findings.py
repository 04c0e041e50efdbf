"""Findings and input errors as codes with typed parameters; one English template table;
the identifier rule; the age limits."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop_app.core.findings import (
    IMPORT_NOTES,
    PHRASES,
    TEMPLATES,
    Hours,
    Instant,
    Quantity,
    Term,
    Text,
    param_to_dict,
    placeholders,
    render,
)
from desktop_app.core.identifiers import MAX_IDENTIFIER_LENGTH, check_identifier
from desktop_app.core.inputs import Ferritin, PatientInputs
from desktop_app.core.phenotype import classify
from desktop_app.core.row_issue_templates import ROW_ISSUE_TEMPLATES
from desktop_app.core.serialize import assessment_to_dict, finding_from_dict, param_from_dict
from desktop_app.core.units import FerritinUnit
from desktop_app.core.values import (
    Comparator,
    InputError,
    ParsedValue,
    parse_age,
    parse_value,
)


def test_every_template_is_a_whole_sentence_or_note() -> None:
    for template_id, text in TEMPLATES.items():
        assert text.strip() == text and "  " not in text, template_id
        assert placeholders(template_id) == tuple(dict.fromkeys(
            name for name in placeholders(template_id)))
        if template_id.split(".")[0] not in IMPORT_NOTES and \
                template_id not in ROW_ISSUE_TEMPLATES and template_id not in PHRASES:
            assert text.endswith("."), template_id
    assert {template_id.split(".")[0] for template_id in TEMPLATES} >= IMPORT_NOTES


@pytest.mark.parametrize(("param", "english", "data"), [
    (Quantity("4420.5", "ng/mL"), "4420.5 ng/mL",
     {"type": "quantity", "value": "4420.5", "unit": "ng/mL"}),
    (Quantity("9932", "pmol/L", converted=Quantity("4420.12", "ng/mL", approximate=True)),
     "9932 pmol/L (≈4420.12 ng/mL)",
     {"type": "quantity", "value": "9932", "unit": "pmol/L", "converted": {
         "type": "quantity", "value": "4420.12", "unit": "ng/mL", "approximate": True}}),
    (Quantity("40000", "ng/mL", ">"), ">40000 ng/mL",
     {"type": "quantity", "value": "40000", "unit": "ng/mL", "comparator": ">"}),
    (Quantity("18", "", ">="), "≥18", {"type": "quantity", "value": "18", "comparator": ">="}),
    (Instant("2025-03-01T08:00:00+01:00"), "2025-03-01T08:00:00+01:00",
     {"type": "instant", "value": "2025-03-01T08:00:00+01:00"}),
    (Hours("24.02", True), "≈24.02 h", {"type": "hours", "value": "24.02", "approximate": True}),
    (Text("% positive"), "% positive", {"type": "text", "value": "% positive"}),
    (Term("hla_dr"), "HLA-DR", {"type": "term", "value": "hla_dr"}),
])
def test_parameter_types(param, english: str, data: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert param.english() == english == str(param) == f"{param}"
    assert param_to_dict(param) == data
    assert param_from_dict(json.loads(json.dumps(data))) == param


def test_a_stored_finding_renders_again_from_its_code_and_parameters() -> None:
    f = Ferritin(ParsedValue(Comparator.EQ, Decimal("9932"), "9932"), FerritinUnit.PMOL_PER_L)
    a = classify(PatientInputs(f))
    stored = json.loads(json.dumps(assessment_to_dict(a, evidence_version="ev")))
    for entry, finding in zip(stored["reasons"], a.reasons, strict=True):
        again = finding_from_dict(entry)
        assert again == finding and again.message == entry["message"]
    assert {c["outcome"] for c in stored["criteria"]} == {"met", "not_evaluated"}
    assert all(c["met"] is {"met": True, "not_met": False, "not_evaluated": None}[c["outcome"]]
               for c in stored["criteria"])


def test_criteria_say_not_evaluated_and_why() -> None:
    f = Ferritin(ParsedValue(Comparator.GT, Decimal(3000), ">3000"), FerritinUnit.NG_PER_ML)
    a = classify(PatientInputs(f))
    rows = {c.key: (c.outcome.value, c.note_code, c.met) for c in a.criteria}
    assert rows == {"ferritin_above_mals_threshold": ("not_evaluated", "undecided", None),
                    "hla_dr_below_threshold": ("not_evaluated", "not_available", None),
                    "age_adult": ("not_evaluated", "not_given", None)}


def test_input_errors_carry_code_parameters_and_a_sentence() -> None:
    with pytest.raises(InputError) as info:
        parse_value("4,420", field="--ferritin")
    e = info.value
    assert (e.field, e.code, e.template_id) == ("--ferritin", "ambiguous_separator",
                                                "ambiguous_separator")
    assert dict(e.params)["text"] == Text("4,420")
    assert e.message == render(e.template_id, e.params) and e.message.endswith(".")
    assert str(e) == f"--ferritin: {e.message}"
    legacy = InputError("ferritin", "comparator_twice", "Two comparators.")
    assert legacy.message == "Two comparators." and legacy.params == ()


@pytest.mark.parametrize(("text", "code", "words"), [
    ("-5", "negative", "a laboratory value cannot be negative."),
    ("12 mg", "not_a_number", "the unit has its own field"),
])
def test_lab_value_messages(text: str, code: str, words: str) -> None:
    with pytest.raises(InputError) as info:
        parse_value(text, field="ferritin")
    assert info.value.code == code and words in info.value.message


@pytest.mark.parametrize(("text", "code", "words"), [
    ("-1", "negative", "an age cannot be negative"),
    ("abc", "not_a_number", "age as a number of years"),
    ("200", "age_implausible", "122 years"),
    (">125", "age_implausible", "not a plausible age"),
    ("126", "age_implausible", "not a plausible age"),
    ("<0", "age_below_zero", "below 0 years"),
])
def test_impossible_ages_are_refused_with_an_age_message(text: str, code: str,
                                                         words: str) -> None:
    with pytest.raises(InputError) as info:
        parse_age(text, field="--age")
    assert info.value.code == code and words in info.value.message
    assert "concentration" not in info.value.message


@pytest.mark.parametrize("text", ["0", "17", "18", "125", ">=125", "<200", "<=0", "99.5"])
def test_possible_ages_are_read(text: str) -> None:
    assert parse_age(text, field="age").text == text


@pytest.mark.parametrize(("text", "code_point"), [
    ("a\u200db", "U+200D"), ("ABC\u202eFDP.exe", "U+202E"), ("\ufeffP1", "U+FEFF"),
    ("P\u00ad1", "U+00AD"), ("P\x001", "U+0000"), ("P\t1", "U+0009"), ("P\n1", "U+000A"),
    ("P\x7f1", "U+007F"), ("P\x851", "U+0085"), ("P\u20281", "U+2028"), ("P\ud8001", "U+D800"),
    ("P\ue0001", "U+E000"), ("P\U000e0001", "U+E0001")])
def test_identifiers_refuse_control_and_invisible_characters(text: str, code_point: str) -> None:
    """Refused like the C0 controls, naming the character: ``ab`` and ``a\u200db`` would be
    two patients shown the same."""
    with pytest.raises(InputError) as info:
        check_identifier(text)
    assert info.value.code == "identifier_control"
    assert code_point in info.value.message


@pytest.mark.parametrize(("text", "key"), [(" P1 ", "P1"), ("Müller", "Müller"),
                                           ("0012", "0012"), ("a b", "a b"),
                                           ("Ωμέγα-7", "Ωμέγα-7")])
def test_identifiers_are_kept_as_written_but_for_surrounding_space(text: str, key: str) -> None:
    assert check_identifier(text) == key


def test_identifier_length_and_emptiness() -> None:
    assert check_identifier("x" * MAX_IDENTIFIER_LENGTH)
    for text, code in (("x" * (MAX_IDENTIFIER_LENGTH + 1), "identifier_too_long"),
                       ("   ", "identifier_empty"), ("", "identifier_empty")):
        with pytest.raises(InputError) as info:
            check_identifier(text)
        assert info.value.code == code


def test_every_finding_the_decision_can_make_has_a_template_and_its_parameters() -> None:
    """Every (code, variant) the decision table gives over random combinations of fact values
    renders from TEMPLATES with parameters the core supplies."""
    import random
    from datetime import UTC, datetime

    from desktop_app.core.decision import WARNINGS, decide, fact_layout
    from desktop_app.core.facts import COMPARATOR_CODES, FLAG_CODES, SIGN_CODES, FactKind, Facts
    from desktop_app.core.wording import constant_params, finding, input_params, texts_of

    layout = fact_layout()
    choices = {FactKind.COMPARATOR: list(COMPARATOR_CODES.values()),
               FactKind.FLAG: list(FLAG_CODES.values()), FactKind.SIGN: list(SIGN_CODES.values())}
    keys: set[tuple[str, str]] = set()
    rng = random.Random(13)
    for _ in range(20_000):
        d = decide(Facts(layout, tuple(rng.choice(choices[k]) for k in layout.kinds)))
        keys.update(d.reasons + d.warnings)
    assert {w.code for w in WARNINGS} <= {code for code, _ in keys}
    ferritin = Ferritin(ParsedValue(Comparator.EQ, Decimal("9931.75"), "9931.75"),
                        FerritinUnit.PMOL_PER_L, datetime(2025, 3, 1, 8, tzinfo=UTC))
    inputs = PatientInputs(ferritin, None, ParsedValue(Comparator.EQ, Decimal(60), "60"))
    values = {**constant_params(), **input_params(texts_of(inputs)),
              "hla_dr": Quantity("3000", "AB/C"), "hla_dr_unit": Text("MFI"),
              "hla_dr_sampled": Instant("2025-03-01T08:00:00+00:00"),
              "hla_dr_processed": Instant("2025-03-01T13:00:00+00:00"),
              "sample_gap": Hours("25"), "processing_delay": Hours("5"),
              "ferritin_not_determined": Text("n.b."), "hla_dr_not_determined": Text("folgt")}
    for code, variant in sorted(keys):
        assert (f"{code}.{variant}" if variant else code) in TEMPLATES
        message = finding((code, variant), values).message
        assert message and "{" not in message, code
