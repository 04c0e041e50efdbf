"""What a patient report says: the screen's assessment and evidence, nothing re-derived."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop_app import __version__
from desktop_app.core.phenotype import Phenotype
from desktop_app.report.document import TRAINING_MARK, format_time
from desktop_app.services.evidence import load_evidence

from .conftest import CASES, NOW, assess, body_text, pages_text, render, squeeze


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_page_has_versions_time_page_numbers_and_header(case: str) -> None:
    data = render(case)
    texts = pages_text(data)
    evidence = load_evidence()
    a = assess(case)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert a.ruleset.version in text
        assert evidence.version in text
        assert f"ImmunoSep Phenotyper {__version__}" in text
        assert "Generated 2026-11-24 10:15 +01:00 (CET)" in text
        assert "Universitätsklinikum Beispielstadt · Intensivstation 3 — ICU" in text
        assert "P-0001" in text
        assert TRAINING_MARK not in text


@pytest.mark.parametrize("case", sorted(CASES))
def test_result_reasons_criteria_and_warnings_come_from_the_assessment(case: str) -> None:
    a = assess(case)
    text = squeeze(body_text(render(case)))
    assert squeeze(a.headline) in text
    for finding in (*a.reasons, *a.warnings):
        assert squeeze(finding.message) in text
        assert f"[{finding.code}]" in text
    for c in a.criteria:
        assert squeeze(c.label) in text
        assert squeeze(c.threshold) in text
        assert squeeze(c.note) in text
    assert "Reviewedby(name)" in text and "Dateandtime" in text
    assert "Clinicaldisclaimer" in text and "Endofreport" in text


def test_inputs_as_entered_and_converted_with_units_and_sample_times() -> None:
    text = body_text(render("mals", patient_id="Zoë Ørsted-Łukasz"))
    flat = squeeze(text)
    assert "Patient identifier (as entered): Zoë Ørsted-Łukasz" in text
    assert "Age (as entered): 67 years" in text
    assert "5120ng/mL" in flat and "3200AB/C" in flat
    assert "5120ng/mL(noconversion)" in flat
    assert "2026-11-2408:30+01:00" in flat  # ferritin sampled
    assert "2026-11-2409:35+01:00" in flat  # HLA-DR processed


def test_conversion_and_censored_values_are_shown() -> None:
    flat = squeeze(body_text(render("immunoparalysis")))
    assert "9931pmol/L÷2.247≈4419.67ng/mL" in flat
    assert "<4000AB/C" in flat
    assert squeeze(Phenotype.IMMUNOPARALYSIS.label) in flat


@pytest.mark.parametrize("case, drug", [("mals", "anakinra"),
                                        ("immunoparalysis", "recombinant human interferon-γ")])
def test_evidence_summary_for_the_arm(case: str, drug: str) -> None:
    e = load_evidence()
    a = assess(case)
    arm = e.arm_for(a.phenotype)
    assert arm is not None and arm.drug == drug
    flat = squeeze(body_text(render(case)))
    assert squeeze(f"ImmunoSep evidence for this phenotype: {drug}") in flat
    assert squeeze(f"{arm.regimen_label}: {arm.regimen}") in flat
    primary = e.comparisons[arm.primary_comparison]
    r = primary.recomputed
    for printed in ("treated_pct", "control_pct", "odds_ratio", "p_value"):
        assert squeeze(str(primary.published[printed])) in flat
    assert f"{r.odds_ratio:.3f}" in flat and f"{r.p_value:.4f}" in flat
    assert f"{primary.treated.events}/{primary.treated.total}" in flat
    assert "Nomortalitybenefitwasshownat28or90days." in flat
    for key in arm.mortality_comparisons:
        assert squeeze(e.comparisons[key].label) in flat
    for line in (*arm.safety, *e.trial["limits"], *e.trial["how_patients_may_differ"]):
        assert squeeze(line) in flat
    assert squeeze(e.methods["p_value"]) in flat
    assert f"doi:{e.doi}" in flat and e.trial["registry_id"] in flat
    assert "TheImmunoSepevidencedoesnotapplytothispatient" not in flat


@pytest.mark.parametrize("case", ["unclassified", "cannot_classify"])
def test_no_evidence_for_unclassified_or_cannot_classify_and_why(case: str) -> None:
    e = load_evidence()
    a = assess(case)
    flat = squeeze(body_text(render(case)))
    assert "TheImmunoSepevidencedoesnotapplytothispatient." in flat
    assert squeeze(e.not_applicable_text(a.status, a.phenotype) or "missing") in flat
    assert "Regimenusedinthetrial" not in flat
    assert "anakinra12/25" in flat  # the chart still shows the trial's subgroups
    assert f"doi:{e.doi}" in flat


def test_metadata_title_subject_creator_and_a4() -> None:
    reader = PdfReader(io.BytesIO(render("mals", patient_id="P-77")))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "ImmunoSep phenotype report"
    assert meta.subject is not None and "MALS" in meta.subject
    assert meta.creator == f"ImmunoSep Phenotyper {__version__}"
    assert "P-77" not in (meta.title + meta.subject)  # no identifier in searchable metadata
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_letter_paper_is_selectable() -> None:
    box = PdfReader(io.BytesIO(render("mals", paper="letter"))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_paper_must_be_known() -> None:
    with pytest.raises(ValueError):
        render("mals", paper="a5")


def test_training_mode_marks_every_page() -> None:
    data = render("cannot_classify", patient_id="DEMO-010", training=True)
    texts = pages_text(data)
    assert len(texts) >= 2
    for text in texts:
        assert TRAINING_MARK in text
        assert "Training mode: synthetic data, not a patient record." in text


def test_training_case_note_is_printed_only_in_training_mode() -> None:
    from desktop_app.services.reports import make_options, render_patient_pdf

    def note_shown(training: bool) -> bool:
        data = render_patient_pdf(assess("mals"), "DEMO-001", generated_at=NOW,
                                  options=make_options(training=training),
                                  training_note="Teaching: ferritin decides.")
        return "Teaching:ferritindecides." in squeeze(body_text(data))

    assert note_shown(True) and not note_shown(False)


def test_unconfigured_header_says_so() -> None:
    text = pages_text(render("mals", institution="", ward=""))[0]
    assert "Institution / ward not configured" in text


def test_generation_time_needs_a_time_zone() -> None:
    from desktop_app.services.reports import make_options, render_patient_pdf

    with pytest.raises(ValueError):
        render_patient_pdf(assess("mals"), "P", generated_at=NOW.replace(tzinfo=None),
                           options=make_options())


def test_format_time_shows_offset_and_zone_name() -> None:
    assert format_time(NOW) == "2026-11-24 10:15 +01:00 (CET)"
    from datetime import UTC

    assert format_time(NOW.astimezone(UTC)) == "2026-11-24 09:15 +00:00 (UTC)"
