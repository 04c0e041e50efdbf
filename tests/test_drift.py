"""A fact and a warning added to a copy of the rule set reach every output route at once.

Issue 13: with two implementations of the decision, a warning added the normal way went
missing from one route while every test passed.  Here a copy of the rule set gains one
comparison (ferritin against 100 000 ng/mL) and one warning decided from it; the copy is made
the default rule set, and the warning must appear -- for the plain, the censored and the
converted (pmol/L) value, and for no other row -- in ``batch --json``, ``--out .csv``,
``--out .xlsx``, ``report-batch`` (PDF text), stored imports and the window's result columns.
Nothing outside ``core`` is changed for it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.core import rules
from desktop_app.core.facts import Comparison, Facts, Sign, WarningRule
from desktop_app.core.findings import TEMPLATES
from desktop_app.core.values import Comparator

CODE = "ferritin_implausibly_high"
SENTENCE = "is above {ferritin_plausible_max}; check the unit and the value."
ROWS = {  # patient -> (ferritin cell, unit, expected to warn)
    "HIGH": ("150000", "ng/mL", True),
    "CENSORED": (">200000", "ng/mL", True),
    "PMOL": ("300000", "pmol/L", True),  # 133 511 ng/mL
    "EDGE": ("100000", "ng/mL", False),  # not above
    "SPANS": (">90000", "ng/mL", False),  # could be 95 000
    "LOW": ("1000", "ng/mL", False),
}


def implausibly_high(facts: Facts) -> bool:  # module level: picklable, like any rule
    return facts.comparator("ferritin") in (Comparator.EQ, Comparator.GT, Comparator.GE) \
        and facts.sign("ferritin_vs_implausibly_high") is Sign.ABOVE


@pytest.fixture
def drifted(monkeypatch: pytest.MonkeyPatch) -> rules.RuleSet:
    copy = replace(
        rules.IMMUNOSEP_RULESET, version="immunosep-rule-1.0 + drift test",
        extra_comparisons=(Comparison("ferritin_vs_implausibly_high", "ferritin",
                                      Decimal(100000), "ferritin_plausible_max"),),
        extra_warnings=(WarningRule(CODE, implausibly_high),))
    monkeypatch.setattr(rules, "IMMUNOSEP_RULESET", copy)
    monkeypatch.setitem(TEMPLATES, CODE, "Ferritin {ferritin} " + SENTENCE)
    return copy


@pytest.fixture
def labs(tmp_path: Path) -> Path:
    lines = ["MRN,Sample time,Ferritin,Ferritin unit,HLA-DR,HLA-DR unit,Age"]
    lines += [f"{pid},2025-03-01T08:{i:02d},{value},{unit},3000,AB/C,60"
              for i, (pid, (value, unit, _)) in enumerate(ROWS.items())]
    path = tmp_path / "labs.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


WARNED = {pid for pid, (_, _, warn) in ROWS.items() if warn}


def _cli(*args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(args)) == 0
    return out.getvalue()


def test_the_copy_adds_a_fact_and_a_warning(drifted: rules.RuleSet) -> None:
    from desktop_app.core.decision import fact_layout

    assert "ferritin_vs_implausibly_high" in fact_layout(drifted).names
    assert TEMPLATES[CODE].endswith(SENTENCE)


def test_batch_json(drifted, labs: Path) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(_cli("batch", str(labs), "--json"))
    assert doc["ruleset_version"] == drifted.version
    got = {e["patient_id"] for e in doc["results"]
           if CODE in [w["code"] for w in e["warnings"]]}
    assert got == WARNED
    message = next(w["message"] for e in doc["results"] for w in e["warnings"]
                   if w["code"] == CODE)
    assert message.endswith("is above 100000 ng/mL; check the unit and the value.")


@pytest.mark.parametrize("sentences", [False, True])
def test_batch_csv(drifted, labs: Path, tmp_path: Path, sentences: bool) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "results.csv"
    _cli("batch", str(labs), "--out", str(out), *(["--sentences"] if sentences else []))
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["patient_id"] for r in rows if CODE in r["warning_codes"].split(";")} == WARNED
    if sentences:
        assert {r["patient_id"] for r in rows
                if "check the unit and the value" in r["warnings"]} == WARNED


def test_batch_xlsx(drifted, labs: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "results.xlsx"
    _cli("batch", str(labs), "--out", str(out))
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    pid, codes = header.index("patient_id"), header.index("warning_codes")
    got = {row[pid].value for row in sheet.iter_rows(min_row=2)
           if CODE in (row[codes].value or "").split(";")}
    assert got == WARNED


def test_report_batch(drifted, labs: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "reports"
    _cli("report-batch", str(labs), "--out-dir", str(out), "--workers", "1")
    warned = set()
    for pdf in out.glob("*.pdf"):
        text = " ".join(p.extract_text() for p in PdfReader(pdf).pages).replace("\n", " ")
        for pid in ROWS:
            if pid in pdf.name and "check the unit and the value" in text:
                warned.add(pid)
    assert warned == WARNED


def test_stored_import(drifted, labs: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.cohort import run_cohort
    from desktop_app.services.import_records import store_cohort
    from desktop_app.services.records import open_store

    now = datetime(2025, 12, 1, tzinfo=UTC)
    result = run_cohort(labs, now=now)
    store = open_store(tmp_path / "data", training=False)
    try:
        store_cohort(store, result, labs, evidence_version="ev", now=now)
        warned = {pid for pid in ROWS
                  if any(CODE in [w["code"] for w in e.result["warnings"]]
                         for e in store.history(pid))}
    finally:
        store.close()
    assert warned == WARNED


def test_window_result_columns(drifted, labs: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.cohort import run_cohort

    result = run_cohort(labs, now=datetime(2025, 12, 1, tzinfo=UTC))
    assert result.samples is not None
    by_columns = {result.samples.patient_id[i] for i in range(result.n)
                  if CODE in result.decision(i).warning_codes}
    by_rows = {r.patient_id for r in result.rows if CODE in [f.code for f in r.findings]}
    assert by_columns == by_rows == WARNED
