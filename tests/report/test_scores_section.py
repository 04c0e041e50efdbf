"""The report's section around the phenotype (issue 17): eligibility, the day-9 SOFA measure and
the HScore on page one when stored — the page stays one page — and in full in the appendix."""

from __future__ import annotations

import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.eligibility import Answer, checklist
from desktop_app.core.hscore import score_hscore
from desktop_app.core.hscore_entry import HScoreText, read_hscore
from desktop_app.core.phenotype import Phenotype
from desktop_app.core.response import DailySofa, day9_response
from desktop_app.core.values import Comparator, ParsedValue
from desktop_app.report.options import PatientIdentity
from desktop_app.report.scores_section import ScoresSection
from desktop_app.services.reports import render_patient_pdf

from .conftest import NOW, assess, body_text, options, squeeze
from .test_pages_render import _out, _png
from .test_patient_report import ALL_CASES, CODE_LIKE, _case

HSCORE = HScoreText(immunosuppression=False, temperature="39.5", organomegaly="both",
                    cytopenias="2", ferritin=">40000", ferritin_unit="ng/mL",
                    triglycerides="3.2", fibrinogen="1.8", fibrinogen_unit="g/L", ast="85",
                    haemophagocytosis=False)
IDENTITY = PatientIdentity("Zoë Ørsted-Łukasz", "1958-03-14", "MRN 00123456")


def full_section(*, provisional: bool = False) -> ScoresSection:
    """Every part present, with the longest texts each can have."""
    eligibility = checklist(
        {"sepsis_3": Answer.YES, "infection_type": Answer.NO, "do_not_resuscitate": Answer.YES,
         "stage_iv_malignancy": Answer.YES},
        age_years=ParsedValue(Comparator.EQ, Decimal(17), "17"),
        phenotype=Phenotype.MALS, anc_per_mm3=ParsedValue(Comparator.EQ, Decimal(1200), "1200"))
    if provisional:
        response = day9_response([DailySofa(1, 12), DailySofa(2, 10, 4), DailySofa(4, 9)],
                                 current_day=5)
    else:
        response = day9_response([DailySofa(d, t) for d, t in ((1, 11), (2, 10), (3, 9),
                                                                 (4, 8), (5, 7))],
                                 current_day=5, died_on_day=5)
    from datetime import date

    return ScoresSection(eligibility=eligibility, eligibility_assessment=12,
                         response=response, day1_date=date(2026, 11, 20),
                         as_of=date(2026, 11, 24),
                         hscore=score_hscore(read_hscore(HSCORE)), hscore_assessment=12)


def render(case: str = "mals", *, scores: ScoresSection | None, **kw: object) -> bytes:
    identity = kw.pop("identity", None)
    return render_patient_pdf(assess(_case(case)), "P-0001", generated_at=NOW,
                              options=options(**kw), identity=identity,  # type: ignore[arg-type]
                              scores=scores)


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("provisional", [False, True])
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("case", sorted(ALL_CASES))
def test_page_one_stays_one_page_with_the_section(case: str, paper: str,
                                                  provisional: bool) -> None:
    section = full_section(provisional=provisional)
    assert pages(render(case, scores=section, paper=paper)) == 1
    assert pages(render(case, scores=section, paper=paper, identity=IDENTITY)) == 1


def test_page_one_states_each_part_in_words() -> None:
    flat = squeeze(body_text(render(scores=full_section(), identity=IDENTITY)))
    for expected in (
            # age 17: inclusion 1 and exclusion 1; infection type; DNR, stage IV: exclusions
            "Trial eligibility: 2 met, 5 not met, 7 unknown (of 14); the evidence may not apply "
            "outside the tested population.",
            "Day-9 SOFA: 11 − 147/8 = −7.375 ≤ 1.4: response not met. The trial's research "
            "endpoint, not a treatment target.",
            "HScore 254: HLH probability >99 %. An aid, not a diagnosis; not validated in ICU "
            "patients."):
        assert squeeze(expected) in flat, expected
    assert "provisional" not in flat  # final: the death is recorded
    provisional = squeeze(body_text(render(scores=full_section(provisional=True))))
    assert "Day-9SOFA:provisional(day5of9),12−74/8=2.75sofar." in provisional


# On US Letter the two longest teaching notes (DEMO-014, DEMO-017) with all three parts stored
# continue on page 2: charts below 40 mm lose their labels (docs/reports.md).
@pytest.mark.parametrize(("case_id", "paper"), [
    *((f"DEMO-{n:03d}", "a4") for n in range(1, 21)),
    *((f"DEMO-{n:03d}", "letter") for n in range(1, 21) if n not in (14, 17))])
def test_training_pages_stay_one_page_with_the_section(case_id: str, paper: str) -> None:
    from desktop_app.core.phenotype import classify
    from desktop_app.services.demo import load_demo_cases
    from desktop_app.services.entry import build_inputs
    from desktop_app.services.reports import make_options

    from .conftest import CET

    case = next(c for c in load_demo_cases() if c.id == case_id)
    a = classify(build_inputs(case.entry, local_zone=CET), now=NOW)
    data = render_patient_pdf(a, case.id, generated_at=NOW, options=make_options(
        training=True, ward="Training room", paper=paper), training_note=case.note,
        scores=full_section())
    assert pages(data) == 1


@pytest.mark.parametrize("appendix", [False, True])
def test_no_internal_code_in_the_section(appendix: bool) -> None:
    text = body_text(render(scores=full_section(), appendix=appendix))
    assert not CODE_LIKE.findall(text), CODE_LIKE.findall(text)


def test_the_appendix_has_every_criterion_day_and_variable() -> None:
    from desktop_app.i18n import translator

    tr = translator("en")
    section = full_section()
    flat = squeeze(body_text(render(scores=section, appendix=True)))
    one_page = squeeze(body_text(render(scores=section)))
    assert section.eligibility is not None and section.hscore is not None
    for r in section.eligibility.results:
        assert squeeze(tr.finding(r.criterion.wording)) in flat
    assert squeeze(tr.finding(section.eligibility.results[11].criterion.caveat)) in flat
    assert "Exclusion5:Neutropenia" in flat and "present:excludes" in flat
    for day, date, sofa, how in ((1, "2026-11-20", 11, "dayofphenotyping"),
                                 (4, "2026-11-23", 8, "entered"),
                                 (5, "2026-11-24", 24, "death:counted24")):
        assert f"{day}{date}{sofa}{how}" in flat
    assert "TheSOFAenteredforday5isnotused" in flat
    for c in section.hscore.components:
        assert squeeze(tr.finding(c.reason)) in flat
    assert "Publishedfigures" not in one_page and "Inclusion1:Age18yearsorolder" not in one_page


def test_no_section_when_nothing_is_stored() -> None:
    plain = squeeze(body_text(render(scores=None)))
    empty = squeeze(body_text(render(scores=ScoresSection())))
    assert "Trialeligibility" not in plain and plain == empty


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) missing")
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_page_with_the_section_renders_to_an_image(paper: str, tmp_path: Path) -> None:
    """PNGs of the fullest page (looked at: the box sits under the criteria table, the charts
    keep their labels; ``IMMUNOSEP_REPORT_PNG_DIR`` keeps them)."""
    pdf = tmp_path / f"scores-{paper}.pdf"
    pdf.write_bytes(render("cannot_classify", scores=full_section(), paper=paper,
                           identity=IDENTITY))
    pngs = _png(pdf, _out(tmp_path), f"scores-{paper}")
    assert len(pngs) == 1
    assert pngs[0].read_bytes().startswith(b"\x89PNG") and pngs[0].stat().st_size > 20_000
    subprocess.run(["pdftotext", "-layout", str(pdf), str(tmp_path / "page.txt")],
                   check=True, capture_output=True, timeout=60)
    assert "Day-9 SOFA" in (tmp_path / "page.txt").read_text(encoding="utf-8")
