"""Typing values shows the core's result, criteria and evidence; invalid text shows why not."""

from __future__ import annotations

import pytest

from desktop_app.core.phenotype import Phenotype, Status
from desktop_app.ui import main_window as main_window_module
from desktop_app.ui.value_field import ValueField


def enter(qtbot, field: ValueField, text: str, unit: str | None = None) -> None:  # type: ignore[no-untyped-def]
    field.value.clear()
    if text.isascii():
        qtbot.keyClicks(field.value, text)
    else:  # QTest cannot type non-ASCII characters: paste them, as users do
        field.value.setText(text)
    if unit is not None:
        field.unit.setCurrentIndex(field.unit.findText(unit))


def test_typing_values_shows_phenotype_criteria_and_evidence(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    assert w.assessment is None and w.result_card.headline_text() == "No result"
    qtbot.keyClicks(w.entry.identifier, "bed 7")
    qtbot.keyClicks(w.entry.age.edit, "64")
    enter(qtbot, w.entry.ferritin, "12500", "ng/mL")
    enter(qtbot, w.entry.hla_dr, "9100", "AB/C")
    a = w.assessment
    assert a is not None and a.phenotype is Phenotype.MALS
    assert w.result_card.headline_text() == a.headline
    assert "anakinra" in w.result_card.arm.text()
    rows = w.result_card.criteria_rows()
    assert [r[0] for r in rows] == [c.label for c in a.criteria]
    assert rows[0][1:6] == ("12500 ng/mL", "=", "12500 ng/mL", "> 4420 ng/mL", "met")
    assert "bed 7" in w.result_card.identity.text() and "64 years" in w.result_card.identity.text()
    assert w.evidence_panel.applies and w.evidence_panel.arm_key == "anakinra"
    text = w.evidence_panel.toPlainText()
    for needed in ("Regimen used in the trial", "Anakinra 200 mg", "Published (as printed)",
                   "Recomputed from the counts", "4.38 (1.15 to 16.64)", "28-day mortality",
                   "Safety signals", "How this patient may differ", "doi:10.1001/jama.2025.24175"):
        assert needed in text, needed
    assert w.charts.map_description is not None
    assert [(p.x, p.y) for p in w.charts.map_description.points] == [(12500.0, 9100.0)]
    assert w.charts.evidence_description is not None
    assert w.charts.evidence_description.groups[0].highlighted
    assert w.charts.evidence_description.groups[0].label == "MALS"


def test_invalid_text_shows_a_field_message_and_no_result(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    enter(qtbot, w.entry.ferritin, "900", "ng/mL")
    enter(qtbot, w.entry.hla_dr, "2100", "AB/C")
    assert w.assessment is not None and w.assessment.phenotype is Phenotype.IMMUNOPARALYSIS
    enter(qtbot, w.entry.ferritin, "4,420")
    assert w.assessment is None
    assert "thousands-grouped" in w.entry.ferritin.error_text()
    assert w.entry.ferritin.message.isVisibleTo(w)
    assert w.result_card.headline_text() == "No result"
    assert w.result_card.criteria_rows() == []
    assert not w.evidence_panel.applies
    assert w.charts.map_description is not None and w.charts.map_description.points == ()
    assert not any(g.highlighted for g in w.charts.evidence_description.groups)
    enter(qtbot, w.entry.ferritin, "4420")
    assert w.assessment is not None and w.entry.ferritin.error_text() == ""


@pytest.mark.parametrize("text", ["nan", "1e4", "-5", "4 420", "４４２０", "4420\u00a0"])
def test_refused_spellings_never_give_a_result(qtbot, make_window, text: str) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    enter(qtbot, w.entry.hla_dr, "3000", "AB/C")
    enter(qtbot, w.entry.ferritin, text, "ng/mL")
    assert w.assessment is None
    assert w.entry.ferritin.error_text()


def test_a_value_without_unit_is_refused(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    enter(qtbot, w.entry.ferritin, "5000")
    assert w.entry.ferritin.unit.currentIndex() == -1  # never preselected
    assert w.assessment is None
    assert "No unit was given" in w.entry.ferritin.error_text()


def test_switching_the_unit_changes_the_conversion_and_the_result(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    enter(qtbot, w.entry.hla_dr, "3000", "AB/C")
    enter(qtbot, w.entry.ferritin, "9931", "ng/mL")
    assert w.assessment is not None and w.assessment.phenotype is Phenotype.MALS
    w.entry.ferritin.unit.setCurrentIndex(w.entry.ferritin.unit.findText("pmol/L"))
    a = w.assessment
    assert a is not None and a.phenotype is Phenotype.IMMUNOPARALYSIS
    assert w.result_card.criteria_rows()[0][3] == "≈4419.67 ng/mL"
    assert "÷ 2.247" in w.entry.ferritin.message.text()
    assert w.charts.map_description.points[0].x == pytest.approx(9931 / 2.247)
    w.entry.ferritin.unit.setCurrentIndex(w.entry.ferritin.unit.findText("µg/dL"))
    assert w.result_card.criteria_rows()[0][3] == "99310 ng/mL"


def test_hla_dr_in_percent_cannot_classify(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    enter(qtbot, w.entry.ferritin, "900", "ng/mL")
    enter(qtbot, w.entry.hla_dr, "45", "% positive")
    a = w.assessment
    assert a is not None and a.status is Status.CANNOT_CLASSIFY
    assert w.result_card.headline_text() == "Cannot classify"
    assert "hla_dr_not_ab_per_cell" in a.reason_codes()
    assert "does not apply" in w.evidence_panel.toPlainText()
    assert "cannot be converted" in w.evidence_panel.toPlainText()


def test_every_keystroke_recomputes_in_the_same_turn(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """Hazard H25: no stale result next to new numbers, not even for one event-loop turn."""
    w = make_window()
    enter(qtbot, w.entry.hla_dr, "3000", "AB/C")
    w.entry.ferritin.unit.setCurrentIndex(w.entry.ferritin.unit.findText("ng/mL"))
    seen = []
    for key in "44201":
        qtbot.keyClick(w.entry.ferritin.value, key)
        a = w.assessment
        assert a is not None and a.inputs.ferritin is not None
        assert a.inputs.ferritin.value.text == w.entry.ferritin.value.text()
        assert w.charts.map_description.points[0].x == float(w.entry.ferritin.value.text())
        seen.append(a.phenotype)
    assert seen[-2:] == [Phenotype.IMMUNOPARALYSIS, Phenotype.MALS]  # 4420 vs 44201


def test_comparator_box_and_typed_comparator(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    f = w.entry.ferritin
    f.comparator.setCurrentIndex(f.comparator.findText(">"))
    enter(qtbot, f, "40000", "ng/mL")
    a = w.assessment
    assert a is not None and a.phenotype is Phenotype.MALS
    assert a.inputs.ferritin.value.display() == ">40000"
    assert w.charts.map_description.points[0].x_censor == ">"
    qtbot.keyClicks(f.value, "<")  # now '40000<': not a number
    assert w.assessment is None
    f.value.setText("<40000")  # a second comparator, typed: refused, never picked
    assert w.assessment is None
    assert "keep only one" in f.error_text()
    f.comparator.setCurrentIndex(f.comparator.findText("="))
    assert not f.comparator.isEnabled() and f.comparator.currentText() == "<"  # mirrors text
    assert w.assessment is not None and w.assessment.status is Status.CANNOT_CLASSIFY
    f.value.setText("≥5000")
    assert f.comparator.currentText() == "≥"
    assert w.assessment is not None and w.assessment.phenotype is Phenotype.MALS
    f.value.setText("5000")
    assert f.comparator.isEnabled() and f.comparator.currentText() == "="


def test_sample_times_are_read_and_warned_about(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    enter(qtbot, w.entry.ferritin, "800", "ng/mL")
    enter(qtbot, w.entry.hla_dr, "2600", "AB/C")
    qtbot.keyClicks(w.entry.ferritin_sampled.edit, "2026-03-02")
    assert w.assessment is None
    assert "no time of day" in w.entry.ferritin_sampled.message.text()
    qtbot.keyClicks(w.entry.ferritin_sampled.edit, " 08:00+01:00")
    qtbot.keyClicks(w.entry.hla_dr_sampled.edit, "2026-03-04 09:30+01:00")
    assert w.assessment is not None
    assert "samples_far_apart" in w.assessment.warning_codes()
    assert any("49.5 h apart" in t for t in w.result_card.warning_texts())
    w.entry.hla_dr_sampled.edit.setText("2027-01-01 09:30+01:00")  # after the fixed clock
    assert w.assessment is not None and w.assessment.status is Status.CANNOT_CLASSIFY
    assert "sample_time_in_future" in w.assessment.reason_codes()


def test_assessment_changed_carries_the_assessment(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    enter(qtbot, w.entry.hla_dr, "3000", "AB/C")
    w.entry.ferritin.unit.setCurrentIndex(0)
    with qtbot.waitSignal(w.assessment_changed) as blocker:
        qtbot.keyClick(w.entry.ferritin.value, "7")
    assert blocker.args[0] is w.assessment and w.assessment is not None
    with qtbot.waitSignal(w.assessment_changed) as blocker:
        qtbot.keyClick(w.entry.ferritin.value, "x")
    assert blocker.args == [None]


def test_a_failing_classification_fails_closed(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = make_window()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("value 12345 must not reach the log")

    monkeypatch.setattr(main_window_module, "classify", broken)
    enter(qtbot, w.entry.ferritin, "900", "ng/mL")
    assert w.assessment is None
    assert "internal error" in w.result_card.arm.text()
    assert "ZeroDivisionError" in w.result_card.arm.text()


def test_decimal_comma_is_a_visible_setting_and_persists(qtbot, make_window, settings_path) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    assert "'.'" in w.entry.decimal_note.text() and "'.'" in w.mode_label.text()
    enter(qtbot, w.entry.hla_dr, "3000", "AB/C")
    enter(qtbot, w.entry.ferritin, "4420,5", "ng/mL")
    assert w.assessment is None and "declare decimal comma" in w.entry.ferritin.error_text()
    w.set_decimal_comma(True)
    assert "','" in w.entry.decimal_note.text() and "','" in w.mode_label.text()
    assert w.assessment is not None and w.assessment.phenotype is Phenotype.MALS
    assert "decimal_comma=true" in settings_path.read_text(encoding="utf-8")
    w2 = make_window()
    assert w2.settings.decimal_comma and "','" in w2.entry.decimal_note.text()


def test_the_rule_can_be_shown_with_or_without_a_result(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    card = w.result_card
    assert "immunosep-rule-1.0" in card.footer.text()
    assert not card.rule.isVisible()
    card.rule_button.click()
    assert card.rule.isVisible() and "ferritin &gt; 4420 ng/mL" in card.rule.text()
    enter(qtbot, w.entry.ferritin, "12500", "ng/mL")
    assert card.rule.isVisible() and "Immunoparalysis: ferritin ≤ 4420" in card.rule.text()


def test_unclassified_says_the_evidence_does_not_apply(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    enter(qtbot, w.entry.ferritin, "620", "ng/mL")
    enter(qtbot, w.entry.hla_dr, "14200", "AB/C")
    a = w.assessment
    assert a is not None and a.phenotype is Phenotype.UNCLASSIFIED
    assert not w.evidence_panel.applies and w.evidence_panel.arm_key is None
    text = w.evidence_panel.toPlainText()
    assert "The ImmunoSep evidence does not apply" in text
    assert w.evidence.not_applicable["unclassified"] in text
    assert "Regimen used in the trial" not in text


def test_set_entry_hook_fills_the_form_and_recomputes(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.entry import EntryText

    w = make_window()
    with qtbot.waitSignal(w.assessment_changed) as blocker:
        w.set_entry(EntryText(ferritin=">40000", ferritin_unit="ng/mL", age="52"), "bed 3")
    assert blocker.args[0] is w.assessment and w.assessment.phenotype is Phenotype.MALS
    assert (w.patient_identifier, w.age_text) == ("bed 3", "52")
    assert w.entry_text.ferritin == ">40000" and w.entry.ferritin.comparator.currentText() == ">"
