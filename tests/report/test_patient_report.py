"""What a patient report says: the screen's assessment and evidence on one page, nothing
re-derived, no internal code; the full evidence only in the appendix."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from desktop_app import __version__
from desktop_app.core.findings import TEMPLATES
from desktop_app.core.phenotype import Phenotype
from desktop_app.i18n import translator
from desktop_app.report.document import TRAINING_MARK, format_time
from desktop_app.report.facts import near_threshold
from desktop_app.report.options import PatientIdentity
from desktop_app.services.entry import EntryText
from desktop_app.services.evidence import load_evidence

from .conftest import CASES, NOW, assess, body_text, pages_text, render, squeeze

# every finding template of the core, by template id (code or code.variant)
MESSAGES = dict(TEMPLATES)

NEAR = EntryText(ferritin="4100", hla_dr="5400", age="60",
                 ferritin_sampled="2026-11-24T07:00+01:00",
                 hla_dr_sampled="2026-11-24T07:05+01:00")
ALL_CASES = {**CASES, "near_threshold": NEAR}
CODE_LIKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")  # snake_case: how internal codes look


def _case(name: str) -> str | EntryText:
    return ALL_CASES[name] if name == "near_threshold" else name


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("case", sorted(ALL_CASES))
def test_one_page_without_the_appendix(case: str, paper: str) -> None:
    identity = PatientIdentity("Zoë Ørsted-Łukasz", "1958-03-14", "MRN 00123456")
    assert _pages(render(_case(case), paper=paper)) == 1
    assert _pages(render(_case(case), paper=paper, identity=identity)) == 1
    assert _pages(render(_case(case), paper=paper, training=True, patient_id="DEMO-001")) == 1


@pytest.mark.parametrize("case", sorted(ALL_CASES))
def test_every_page_has_versions_time_page_numbers_and_header(case: str) -> None:
    texts = pages_text(render(_case(case), appendix=True))
    assert len(texts) >= 2
    evidence = load_evidence()
    a = assess(_case(case))
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert a.ruleset.version in text
        assert evidence.version in text
        assert f"ImmunoSep Phenotyper {__version__}" in text
        assert "Generated 2026-11-24 10:15 +01:00 (CET)" in text
        assert "Universitätsklinikum Beispielstadt · Intensivstation 3 — ICU" in text
        assert "P-0001" in text
        assert TRAINING_MARK not in text


@pytest.mark.parametrize("case", sorted(ALL_CASES))
def test_findings_in_words_and_no_internal_code(case: str) -> None:
    a = assess(_case(case))
    tr = translator("en")
    for appendix in (False, True):
        text = body_text(render(_case(case), appendix=appendix))
        flat = squeeze(text)
        assert squeeze(a.headline) in flat
        for finding in (*a.reasons, *a.warnings):
            assert squeeze(tr.finding(finding)) in flat
            assert finding.code not in text
        assert not [code for code in MESSAGES if "_" in code and code in text]  # "sign" is a word
        assert not CODE_LIKE.findall(text), CODE_LIKE.findall(text)
        for c in a.criteria:
            assert squeeze(c.label) in flat
        assert "Reviewedby(name)" in flat and "Dateandtime" in flat and "Signature" in flat
        assert "Endofreport" in flat


@pytest.mark.parametrize("case", sorted(ALL_CASES))
def test_near_threshold_badge_exactly_when_the_core_warns(case: str) -> None:
    a = assess(_case(case))
    shown = "NEAR THRESHOLD" in body_text(render(_case(case)))
    assert shown == near_threshold(a)
    if case == "near_threshold":
        assert shown  # this case is there to prove the badge


def test_inputs_as_entered_and_converted_with_units_and_sample_times() -> None:
    flat = squeeze(body_text(render("mals")))
    assert "Patientidentifier(asentered):P-0001" in flat
    assert "5120ng/mL" in flat and "3200AB/C" in flat
    assert "5120ng/mL(noconversion)" in flat
    assert "2026-11-2408:30+01:00" in flat  # ferritin sampled
    assert "2026-11-2408:35+01:00;processed2026-11-2409:35+01:00" in flat
    assert "67years" in flat


def test_conversion_and_censored_values_are_shown() -> None:
    flat = squeeze(body_text(render("immunoparalysis")))
    assert "9931pmol/L÷2.247≈4419.67ng/mL" in flat
    assert "<4000AB/C" in flat
    assert squeeze(Phenotype.IMMUNOPARALYSIS.label) in flat


@pytest.mark.parametrize("case", sorted(ALL_CASES))
def test_key_points_lead_and_the_regimen_is_the_trials(case: str) -> None:
    e = load_evidence()
    a = assess(_case(case))
    flat = squeeze(body_text(render(_case(case))))
    positions = [flat.index(squeeze(k.text)) for k in e.key_points]
    assert positions == sorted(positions)  # no mortality benefit first, in the file's order
    arm = e.arm_for(a.phenotype) if a.phenotype else None
    if arm is not None:
        assert squeeze(f"{arm.regimen_label}: {arm.regimen}") in flat
        assert squeeze(e.regimen_caution) in flat
        assert "TheImmunoSepevidencedoesnotapplytothispatient" not in flat
    else:
        assert "TheImmunoSepevidencedoesnotapplytothispatient." in flat
        assert squeeze(e.not_applicable_text(a.status, a.phenotype) or "missing") in flat
        assert "Regimenusedinthetrial" not in flat
    assert f"doi:{e.doi}" in flat


@pytest.mark.parametrize("case, drug", [("mals", "anakinra"),
                                        ("immunoparalysis", "recombinant human interferon-γ")])
def test_appendix_has_the_full_evidence_for_the_arm(case: str, drug: str) -> None:
    e = load_evidence()
    a = assess(case)
    arm = e.arm_for(a.phenotype)
    assert arm is not None and arm.drug == drug
    one_page = squeeze(body_text(render(case)))
    flat = squeeze(body_text(render(case, appendix=True)))
    primary = e.comparisons[arm.primary_comparison]
    r = primary.recomputed
    assert "Published(asprinted)" in flat and "Published(asprinted)" not in one_page
    for printed in ("treated_pct", "control_pct", "odds_ratio", "p_value"):
        assert squeeze(str(primary.published[printed])) in flat
    assert f"{r.odds_ratio:.3f}" in flat and f"{r.p_value:.4f}" in flat
    for key in arm.mortality_comparisons:
        assert squeeze(e.comparisons[key].label) in flat
    for line in (*arm.safety, *e.trial["limits"], *e.trial["how_patients_may_differ"]):
        assert squeeze(line) in flat
    assert squeeze(e.methods["p_value"]) in flat
    assert "Provenance" in flat and "Generatedby" in flat and "Workstation" in flat


@pytest.mark.parametrize("case", ["unclassified", "cannot_classify"])
def test_appendix_without_an_arm_says_why_and_keeps_population_and_source(case: str) -> None:
    e = load_evidence()
    flat = squeeze(body_text(render(case, appendix=True)))
    assert "Appendix:fullevidenceandprovenance" in flat
    assert "Trialpopulation" in flat and f"doi:{e.doi}" in flat
    assert "Regimenusedinthetrial" not in flat


def test_identification_fields_or_a_blank_label_box() -> None:
    given = body_text(render("mals", identity=PatientIdentity("Zoë Ørsted-Łukasz",
                                                             "1958-03-14", "MRN 00123456")))
    assert "Zoë Ørsted-Łukasz" in given and "1958-03-14" in given and "MRN 00123456" in given
    assert "Patient label" not in given
    blank = body_text(render("mals"))
    assert "Patient label" in blank and "Date of birth" not in blank


def test_partial_identification_marks_what_is_missing() -> None:
    text = body_text(render("mals", identity=PatientIdentity(record_number="MRN 7")))
    assert "MRN 7" in text and "Date of birth\n—" in text and "Patient label" not in text


def test_long_identification_is_complete_somewhere_on_the_page() -> None:
    name = "Ab " * 100
    flat = squeeze(body_text(render("mals", identity=PatientIdentity(name=name))))
    assert squeeze(f"Name in full (as entered): {name}") in flat


def test_generated_by_and_workstation_are_printed() -> None:
    text = squeeze(body_text(render("mals", generated_by="jdoe", workstation="ICU-WS-07")))
    assert "Generated2026-11-2410:15+01:00(CET)byjdoeonICU-WS-07." in text
    unknown = squeeze(body_text(render("mals", generated_by="", workstation="")))
    assert "Generated2026-11-2410:15+01:00(CET).Notadiagnosis" in unknown


def test_metadata_title_subject_creator_and_a4() -> None:
    reader = PdfReader(io.BytesIO(render("mals", patient_id="P-77",
                                         identity=PatientIdentity("Doe", "1950-01-01", "M1"))))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "ImmunoSep phenotype report"
    assert meta.subject is not None and "MALS" in meta.subject
    assert meta.creator == f"ImmunoSep Phenotyper {__version__}"
    searchable = " ".join(str(v) for v in meta.values())
    for private in ("P-77", "Doe", "1950-01-01", "M1"):
        assert private not in searchable  # file indexers and window titles read metadata
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_letter_paper_is_selectable() -> None:
    box = PdfReader(io.BytesIO(render("mals", paper="letter"))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_paper_must_be_known() -> None:
    with pytest.raises(ValueError):
        render("mals", paper="a5")


def test_unknown_language_is_refused_before_rendering() -> None:
    with pytest.raises(ValueError):
        render("mals", lang="xx")


def test_training_mode_marks_every_page() -> None:
    data = render("cannot_classify", patient_id="DEMO-010", training=True, appendix=True)
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
