"""A result readable from the bed, evidence in reading order, and no internal code on screen."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from desktop_app.core.findings import TEMPLATES
from desktop_app.core.phenotype import Phenotype, Status
from desktop_app.services.demo import load_demo_cases
from desktop_app.services.entry import EntryText
from desktop_app.ui.evidence_text import FIGURE_NAMES, number
from desktop_app.ui.result_card import HEADLINE_PT

# every finding template of the core, by template id (code or code.variant)
MESSAGES = dict(TEMPLATES)

# codes are snake_case; a one-word template id such as "negative" is an ordinary word
INTERNAL_CODES = {*(c for c in MESSAGES if "_" in c), *FIGURE_NAMES,
                  "ferritin_above_mals_threshold", "hla_dr_below_threshold", "age_adult",
                  "primary_mals", "mortality_28d",
                  "no_mortality_benefit", "rd_contrast", "cannot_classify"}


def fill(w, **fields: str) -> None:  # type: ignore[no-untyped-def]
    values = {"ferritin_unit": "ng/mL", "hla_dr_unit": "AB/C", **fields}
    w.set_entry(EntryText(**values), "BED-7")


def shown_texts(w) -> list[str]:  # type: ignore[no-untyped-def]
    texts = [label.text() for label in w.findChildren(QLabel) if label.isVisibleTo(w)]
    texts += [box.itemText(i) for box in w.findChildren(QComboBox) if box.isVisibleTo(w)
              for i in range(box.count())]
    texts.append(w.evidence_panel.toPlainText())
    return texts


def test_the_headline_is_large_in_a_full_width_band_with_icon_and_word(qtbot, make_window):  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    fill(w, ferritin="12500", hla_dr="9100", age="64")
    card = w.result_card
    assert card.word_text() == "MALS" and card.word.font().pointSizeF() >= HEADLINE_PT
    assert card.word.font().bold() and card.icon.pixmap() is not None
    assert card.band.width() >= card.contentsRect().width() - 4  # full width
    assert "#D55E00" in card.styleSheet()  # the phenotype's colour
    assert card.headline_text() == "MALS (macrophage activation-like syndrome)"
    assert not card.badge.isVisibleTo(w)


@pytest.mark.parametrize(("fields", "near"), [
    ({"ferritin": "4400", "hla_dr": "9100"}, True),       # ferritin within 10 % of 4420
    ({"ferritin": "900", "hla_dr": "5200"}, True),        # HLA-DR within 15 % of 5000
    ({"ferritin": "12500", "hla_dr": "9100"}, False),
    ({"ferritin": "900", "hla_dr": "2000"}, False),
])
def test_near_threshold_badge_whenever_the_assay_warning_applies(make_window, fields, near):  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    fill(w, age="60", **fields)
    codes = w.assessment.warning_codes()
    assert any(c.endswith("near_threshold") for c in codes) is near
    assert w.result_card.badge.isVisibleTo(w) is near
    assert w.result_card.badge.text() == "NEAR THRESHOLD — repeat test advised"


@pytest.mark.parametrize("fields", [
    {"ferritin": "900", "hla_dr": "2600", "age": "16"},         # age: the rule is not applied
    {"ferritin": ">2000", "hla_dr": "2600", "age": "60"},       # ferritin spans 4420
])
def test_cannot_classify_never_shows_met(make_window, fields) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    fill(w, **fields)
    assert w.assessment.status is Status.CANNOT_CLASSIFY
    rows = {r[0]: r[5] for r in w.result_card.criteria_rows()}
    hla = next(v for k, v in rows.items() if k.startswith("HLA-DR"))
    assert hla == "not evaluated"
    assert "met" not in [v for k, v in rows.items() if not k.startswith("Age")]


def test_copy_result_is_plain_text_for_the_note(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    w = make_window()
    fill(w, ferritin="9931", ferritin_unit="pmol/L", hla_dr="5200", age="64",
         ferritin_sampled="2026-11-24T06:00+01:00", hla_dr_sampled="2026-11-24T06:10+01:00")
    w.copy_result()
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0] == ("ImmunoSep phenotype: Unclassified (neither ImmunoSep phenotype) — "
                        "NEAR THRESHOLD, repeat test advised")
    assert "Ferritin: 9931 pmol/L ÷ 2.247 ≈ 4419.67 ng/mL (entered as 9931 pmol/L); sampled " \
           "2026-11-24 06:00 +01:00" in text
    assert "HLA-DR: 5200 AB/C; sampled 2026-11-24 06:10 +01:00" in text
    assert "Rule set: immunosep-rule-1.0" in text and "Assessed: 2026-11-24 12:00 +00:00" in text
    assert lines[-1] == "Decision support only: the treating clinician decides."
    assert "<" not in text and not any(code in text for code in INTERNAL_CODES)


def test_copy_without_a_result_says_so(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    w.copy_result()
    assert "Nothing to copy" in w.statusBar().currentMessage()


def test_evidence_reads_key_points_regimen_then_audit_then_provenance(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    fill(w, ferritin="12500", hla_dr="9100", age="64")
    panel, e = w.evidence_panel, w.evidence
    text = panel.visible_text()
    order = [e.key_points[0].text, e.key_points[4].text, "Regimen used in the trial",
             e.regimen_caution, "Safety signals", "Provenance", e.provenance[0]]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert next(k.id for k in e.key_points) == "no_mortality_benefit"
    assert not panel.audit.isVisibleTo(w)  # the statistics audit is collapsed
    assert "Recomputed from the counts" not in text
    panel.audit_button.click()
    text = panel.visible_text()
    assert text.index(e.regimen_caution) < text.index("Recomputed from the counts") < \
        text.index("Provenance")


def test_curation_notes_are_provenance_not_clinical_text(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    fill(w, ferritin="12500", hla_dr="9100", age="64")
    panel = w.evidence_panel
    panel.audit_button.click()
    from desktop_app.ui.evidence_panel import _plain

    clinical = _plain(panel.clinical.text()) + _plain(panel.audit.text())
    provenance = _plain(panel.provenance.text())
    for note in ("not verified", "inferred", "267 patients", "could not be verified",
                 "re-check"):
        assert note not in clinical, note
    assert "267 patients" in provenance and "inferred" in provenance


def test_deaths_are_deaths_and_figures_are_formatted_alike(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    fill(w, ferritin="12500", hla_dr="9100", age="64")
    from desktop_app.ui.evidence_panel import _plain

    w.evidence_panel.audit_button.click()  # built when first shown
    audit = _plain(w.evidence_panel.audit.text())
    assert "Deaths, precision immunotherapy\t43.5 %\t43.5 %" in audit.replace("\n", "\t")
    assert "Responders, anakinra\t48.0 %\t48.0 %" in audit.replace("\n", "\t")
    assert "Responders, precision immunotherapy" not in audit  # mortality rows say deaths
    assert "4.38 (1.15 to 16.64)\t4.38 (1.16 to 16.64)" in audit.replace("\n", "\t")
    assert "0.034\t0.034" in audit.replace("\n", "\t")
    assert not re.search(r"(?<![0-9])\.[0-9]", audit.replace("P = .", "")), "bare decimals"
    assert "−5.6" in audit and "-5.6" not in audit  # one minus sign, both columns


def test_number_formats_like_the_publication() -> None:
    assert [number(v, 3) for v in (".034", 0.0339, "0.002")] == ["0.034", "0.034", "0.002"]
    assert number(-6.14, 1) == "−6.1" and number("-0.0", 1) == "0.0"


@pytest.mark.parametrize("case", load_demo_cases(), ids=lambda c: c.id)
def test_no_internal_code_is_shown_anywhere(make_window, case) -> None:  # type: ignore[no-untyped-def]
    w = make_window(training=True, show=True)
    w.demo_panel.select(case.id)
    w.evidence_panel.audit_button.click()
    for text in shown_texts(w):
        for code in INTERNAL_CODES:
            assert not re.search(rf"\b{re.escape(code)}\b", text), (code, text[:120])


def test_immunoparalysis_evidence_leads_with_the_same_key_points(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    fill(w, ferritin="900", hla_dr="2100", age="64")
    assert w.assessment.phenotype is Phenotype.IMMUNOPARALYSIS
    text = w.evidence_panel.visible_text()
    assert text.index("Key points") < text.index("Regimen used in the trial")
    assert "interferon-γ" in text and w.evidence.regimen_caution in text
