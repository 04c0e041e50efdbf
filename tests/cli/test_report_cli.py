"""`immunosep report` and `immunosep report-batch` through a subprocess: the public contract."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[2]
HOSTILE = '<a href="http://x">Doe</a> & <img src="/etc/passwd"/>'


def run(*args: str, site: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("IMMUNOSEP_SITE_CONFIG", None)
    if site is not None:
        env["IMMUNOSEP_SITE_CONFIG"] = str(site)
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=180, env=env)


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_report_writes_a_pdf_with_the_values(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    r = run("report", "--ferritin", "9932", "--ferritin-unit", "pmol/L", "--hla-dr", "3000",
            "--age", "60", "--patient-id", HOSTILE, "--out", str(out), "--paper", "letter",
            "--institution", "St. Elsewhere", "--ward", "ICU <2>")
    assert r.returncode == 0, r.stderr
    assert str(out) in r.stdout and "MALS" in r.stdout
    text = _text(out)
    assert f"Patient identifier (as entered): {HOSTILE}" in text
    assert "9932 pmol/L" in text and "St. Elsewhere · ICU <2>" in text
    assert b"/URI" not in out.read_bytes()
    box = PdfReader(out).pages[0].mediabox
    assert round(float(box.width)) == 612


def test_report_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"keep me")
    args = ("report", "--ferritin", "800", "--hla-dr", "2000", "--patient-id", "P1", "--out",
            str(out))
    r = run(*args)
    assert r.returncode == 2 and "--force" in r.stderr
    assert out.read_bytes() == b"keep me"
    r = run(*args, "--force")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_invalid_input_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    r = run("report", "--ferritin", "4,420", "--patient-id", "P1", "--out", str(out))
    assert r.returncode == 2 and "--ferritin" in r.stderr
    assert not out.exists()
    r = run("report", "--ferritin", "800", "--out", str(out))
    assert r.returncode == 2 and "--patient-id" in r.stderr
    assert not out.exists()


def test_training_reports_and_reserved_identifiers(tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    r = run("report", "--demo", "--case", "DEMO-013", "--out", str(out))
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert "TRAINING — NOT FOR CLINICAL USE" in text and "DEMO-013" in text
    assert "Training case note" in text
    r = run("report", "--ferritin", "800", "--patient-id", "DEMO-001", "--out",
            str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and "--demo" in r.stderr
    r = run("report", "--demo", "--ferritin", "800", "--patient-id", "MRN 123", "--out",
            str(tmp_path / "y.pdf"))
    assert r.returncode == 2 and "DEMO-nnn" in r.stderr
    r = run("report", "--demo", "--case", "DEMO-001", "--ferritin", "1", "--out",
            str(tmp_path / "z.pdf"))
    assert r.returncode == 2
    assert not any((tmp_path / n).exists() for n in ("x.pdf", "y.pdf", "z.pdf"))


LAB = ("Patient-ID;Ferritin (ng/mL);HLA-DR (AB/C);Alter;Entnahmezeit\n"
       "P001;5120;3200;67;24.11.2026 08:30\n"
       '=HYPERLINK("http://x");800;2100;55;24.11.2026 08:30\n'
       "P003;abc;2100;55;24.11.2026 08:30\n"
       "../../etc/passwd;700;12000;45;24.11.2026 08:30\n"
       "CON;>4000;;45;24.11.2026 08:30\n")


def _index(folder: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((folder / "index.csv").read_text("utf-8-sig"))))


def test_report_batch_writes_reports_summary_and_index(tmp_path: Path) -> None:
    lab = tmp_path / "lab.csv"
    lab.write_text(LAB, encoding="utf-8")
    out = tmp_path / "reports"
    r = run("report-batch", str(lab), "--out-dir", str(out), "--workers", "2")
    assert r.returncode == 1, r.stderr  # row 4 was rejected: not every row has a report
    assert "reports written: 4" in r.stdout and "row 4: rejected at import" in r.stdout
    rows = _index(out)
    assert [(x["row"], x["outcome"]) for x in rows] == [
        ("2", "written"), ("3", "written"), ("4", "rejected"), ("5", "written"),
        ("6", "written")]
    assert rows[1]["patient_id"] == "'=HYPERLINK(\"http://x\")"
    for x in rows:
        if x["report_file"]:
            assert (out / x["report_file"]).is_file()
    assert {p.parent for p in tmp_path.rglob("*.pdf")} == {out}
    summary = _text(out / "cohort-summary.pdf")
    assert "Source file: lab.csv" in summary and "rejected at import" in summary
    again = run("report-batch", str(lab), "--out-dir", str(out))
    assert again.returncode == 2 and "--force" in again.stderr


def test_report_batch_with_every_row_reported_exits_0(tmp_path: Path) -> None:
    lab = tmp_path / "lab.csv"
    lab.write_text("patient_id,ferritin (ng/mL),HLA-DR (AB/C),age\nP1,5120,3200,60\n"
                   "P2,800,2000,70\n",
                   encoding="utf-8")
    r = run("report-batch", str(lab), "--out-dir", str(tmp_path / "o"), "--no-ids-in-names",
            "--demo")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == [
        "00002.pdf", "00003.pdf", "all-reports.pdf", "cohort-summary.pdf", "index.csv"]
    assert "TRAINING — NOT FOR CLINICAL USE" in _text(tmp_path / "o" / "00002.pdf")


def test_report_batch_unreadable_file_exits_2(tmp_path: Path) -> None:
    r = run("report-batch", str(tmp_path / "missing.csv"), "--out-dir", str(tmp_path / "o"))
    assert r.returncode == 2 and r.stderr.startswith("immunosep: error:")
    assert not (tmp_path / "o" / "index.csv").exists()


def test_report_identification_and_appendix_options(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    r = run("report", "--ferritin", "5120", "--hla-dr", "3200", "--age", "60", "--patient-id",
            "P1", "--patient-name", "Zoë Ørsted", "--birth-date", "1958-03-14",
            "--record-number", "MRN 42", "--appendix", "--out", str(out))
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert "Zoë Ørsted" in text and "1958-03-14" in text and "MRN 42" in text
    assert "Patient label" not in text
    assert len(PdfReader(out).pages) >= 2 and "Appendix: full evidence" in text


def test_report_refuses_an_ambiguous_birth_date(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    for given in ("03/04/1958", "14.03.1958", "1958-3-4", "1958-02-30"):
        r = run("report", "--ferritin", "800", "--hla-dr", "2000", "--patient-id", "P1",
                "--birth-date", given, "--out", str(out))
        assert r.returncode == 2 and "--birth-date" in r.stderr and "YYYY-MM-DD" in r.stderr
        assert not out.exists()


def test_site_configuration_gives_the_header_paper_and_appendix(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text('[report]\ninstitution = "General Hospital"\nward = "ICU 2"\n'
                    'paper = "Letter"\nappendix = true\n', encoding="utf-8")
    out = tmp_path / "r.pdf"
    args = ("report", "--ferritin", "800", "--hla-dr", "2000", "--patient-id", "P1")
    r = run(*args, "--out", str(out), site=site)
    assert r.returncode == 0, r.stderr
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 612 and len(reader.pages) >= 2
    assert "General Hospital · ICU 2" in reader.pages[0].extract_text()
    plain = tmp_path / "plain.pdf"
    r = run(*args, "--out", str(plain), "--no-appendix", "--paper", "A4", "--ward", "ICU 9",
            site=site)
    assert r.returncode == 0, r.stderr
    reader = PdfReader(plain)
    assert len(reader.pages) == 1 and round(float(reader.pages[0].mediabox.width)) == 595
    assert "General Hospital · ICU 9" in reader.pages[0].extract_text()
    site.write_text("[report]\npaper = 'A5'\n", encoding="utf-8")
    r = run(*args, "--out", str(tmp_path / "bad.pdf"), site=site)
    assert r.returncode == 2 and "paper" in r.stderr and not (tmp_path / "bad.pdf").exists()


def test_report_batch_writes_one_file_to_print(tmp_path: Path) -> None:
    lab = tmp_path / "lab.csv"
    lab.write_text(LAB, encoding="utf-8")
    out = tmp_path / "reports"
    r = run("report-batch", str(lab), "--out-dir", str(out), "--appendix")
    assert "All reports in one file (to print):" in r.stdout
    combined = PdfReader(out / "all-reports.pdf")
    assert combined.outline[0].title == "Summary"
    assert len(combined.outline) == 1 + 4  # the summary and the four reports


def test_report_batch_identification_columns(tmp_path: Path) -> None:
    """--patient-name/--birth-date/--record-number fill the identification box (markup in a
    name prints literally); a row without them gets the box for a patient label; a patient id
    with two names is refused, never resolved."""
    lab = tmp_path / "lab.csv"
    lab.write_text("patient_id,ferritin (ng/mL),HLA-DR (AB/C),age,Name,Born,MRN no\n"
                   "P1,5120,3200,60,<b>O'Brien & Sons</b>,14.03.1958,M-77\n"
                   "P2,800,3000,70,,,\n"
                   "P3,800,3000,70,Ann Lee,,\n"
                   "P3,900,3000,70,Anne Lee,,\n", encoding="utf-8")
    out = tmp_path / "o"
    r = run("report-batch", str(lab), "--out-dir", str(out), "--patient-name", "Name",
            "--birth-date", "Born", "--record-number", "MRN no")
    assert r.returncode == 1, r.stderr  # P3's rows are refused
    first = _text(next(out.glob("00002_*.pdf")))
    assert "<b>O'Brien & Sons</b>" in first  # escaped: printed as written, not as markup
    assert "1958-03-14" in first and "M-77" in first  # the column shows day-first
    assert "Patient label" not in first
    second = _text(next(out.glob("00003_*.pdf")))
    assert "Patient label" in second and "O'Brien" not in second
    assert "this patient id has different names (rows 4, 5)" in r.stdout
    assert not list(out.glob("00004_*.pdf"))
    same = tmp_path / "same"
    r = run("report-batch", str(lab), "--out-dir", str(same), "--column", "patient_name=Name",
            "--column", "date_of_birth=Born", "--column", "record_number=MRN no")
    assert r.returncode == 1, r.stderr
    assert _text(next(same.glob("00002_*.pdf"))).count("M-77") == first.count("M-77") == 1


def test_report_batch_refuses_an_identification_header_that_is_not_there(tmp_path: Path
                                                                         ) -> None:
    lab = tmp_path / "lab.csv"
    lab.write_text("patient_id,ferritin (ng/mL)\nP1,5120\n", encoding="utf-8")
    r = run("report-batch", str(lab), "--out-dir", str(tmp_path / "o"), "--patient-name",
            "Nom")
    assert r.returncode == 2 and "no column is headed 'Nom' (for patient_name)" in r.stderr
    assert not (tmp_path / "o").exists()


