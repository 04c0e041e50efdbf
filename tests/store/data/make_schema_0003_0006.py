"""Regenerate ``schema_0003.sql`` … ``schema_0006.sql``: databases as this wave's releases
left them.

Ran once, at commit 67876fd (revision 0006 the newest), through the public ``Store`` API of
that commit with ``schema.HEAD`` set to each revision (the app storing as that release did),
run as ``PYTHONPATH=<checkout of 67876fd> python tests/store/data/make_schema_0003_0006.py``.
The SQL files are committed and must not change afterwards: they stand for databases in use.
From revision 0007 on the code writes columns these revisions lack, so it can no longer play
an earlier release; ``tests/store/test_migrations.py`` loads these files instead (SQLite as
they are; PostgreSQL by copying their rows into a database migrated to the same revision).

Every revision holds typed assessments (one corrected, one marked entered in error, with
typed reasons), an import with an assessed and a lab-only row, and an export entry; 0004 on
adds score records (a daily SOFA corrected and marked, a death, an eligibility checklist);
0005 adds a ``view`` entry; 0006 adds laboratory inbox files: a result corrected, a result
withdrawn, and an HLA-DR paired with a ferritin stored alone -- their reasons stored as
English sentences only, as 0006 stored them.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.core.phenotype import classify
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.records import ImportedRow, open_store
from desktop_app.site_config import SiteConfig

T0 = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
HERE = Path(__file__).parent
REVISIONS = ("0003", "0004", "0005", "0006")
HL7_TIME = "202609300830+0100"


def _assessment(ferritin: str, hla_dr: str, day: int):
    sampled = (T0 + timedelta(days=day)).isoformat()
    return classify(build_inputs(EntryText(
        ferritin=ferritin, ferritin_unit="ng/mL", hla_dr=hla_dr, ferritin_sampled=sampled,
        hla_dr_sampled=sampled, age="66")), now=T0 + timedelta(days=30))


def _oru(message_id: str, patient: str, *results: tuple[str, str, str], order: str) -> str:
    """One ORU^R01 message (as ``tests/inbox/messages.py`` writes them)."""
    obx = []
    for n, (analyte, value, status) in enumerate(results, start=1):
        test = ("2276-4^Ferritin^LN", "ng/mL") if analyte == "ferritin" else (
            "MHLADR^Monocyte HLA-DR^L", "AB/C")
        obx.append(f"OBX|{n}|NM|{test[0]}||{value}|{test[1]}|||||{status}|||{HL7_TIME}")
    return "\r".join([
        "MSH|^~\\&|LIS|GENHOSP|IMMUNOSEP|ICU2|20260930093000+0100||ORU^R01^ORU_R01|"
        f"{message_id}|P|2.5.1",
        f"PID|1||{patient}^^^GENHOSP^MR||TEST^PATIENT||19600101|F",
        f"OBR|1|{order}^ICU|LAB-{order}^LIS|IMMUNO^ImmunoSep panel^L|||{HL7_TIME}",
        *obx]) + "\r"


def _inbox(store, folder: Path, now: datetime) -> None:
    from desktop_app.lab_import.message_fields import MessageReadOptions
    from desktop_app.lab_import.message_file import MessageLabFile
    from desktop_app.lab_import.model import ImportOptions
    from desktop_app.services.inbox_store import store_inbox_file
    from desktop_app.site_config import InboxConfig
    from desktop_app.store import inbox_ledger

    files = [
        ("a.hl7", _oru("M1", "LAB-1", ("ferritin", "5000", "F"), ("hla_dr", "20000", "F"),
                       order="O1")),
        ("b.hl7", _oru("M2", "LAB-1", ("ferritin", "500", "C"), ("hla_dr", "20000", "F"),
                       order="O1")),
        ("c.hl7", _oru("M3", "LAB-2", ("ferritin", "300", "F"), ("hla_dr", "9000", "F"),
                       order="O3")),
        ("d.hl7", _oru("M4", "LAB-2", ("hla_dr", "", "W"), order="O3")),
        ("e.hl7", _oru("M5", "LAB-3", ("ferritin", "300", "F"), order="O5")),
        ("f.hl7", _oru("M6", "LAB-3", ("hla_dr", "3000", "F"), order="O6")),
    ]
    for k, (name, text) in enumerate(files):
        path = folder / name
        path.write_bytes(text.encode("utf-8"))
        seen = store.read_records(inbox_ledger.seen_messages)
        lab = MessageLabFile(path, "hl7", ImportOptions(), read_options=(
            MessageReadOptions.from_site(InboxConfig(hla_dr_codes=("MHLADR",)),
                                         seen_messages=seen)))
        store_inbox_file(store, lab, file_name=name, file_sha256=f"{k:064x}",
                         now=now + timedelta(minutes=k), evidence_version="ev-1")


def make(revision: str) -> str:
    from desktop_app.services import scores
    from desktop_app.store import schema
    from desktop_app.store.sqlite import make_engine

    data = Path(tempfile.mkdtemp())
    engine = make_engine(data / "clinical.sqlite")
    with engine.begin() as conn:
        schema.upgrade(conn, now=T0, os_user="it", mode="clinical", target=revision)
    engine.dispose()
    schema.HEAD = revision  # this app storing as that release did
    with open_store(data, training=False, site=SiteConfig(), os_user="ward7") as store:
        assert store.schema_revision() == revision
        day = lambda n: T0 + timedelta(days=n)  # noqa: E731
        a1 = store.save_assessment("R-A", _assessment("6000", "3000", 0),
                                   evidence_version="ev-1", now=day(1))
        a2 = store.correct_assessment(a1, _assessment("7000", "3000", 0), reason="typo",
                                      evidence_version="ev-1", now=day(2))
        store.mark_entered_in_error(a2, reason="wrong tube", now=day(3))
        imported = _assessment("100", "9000", 3)
        lab_only = _assessment("100", "3000", 4).inputs
        store.record_import("labs.csv", [ImportedRow(2, "R-B", imported.inputs, imported),
                                         ImportedRow(3, "R-B", lab_only)],
                            evidence_version="ev-1", now=day(4))
        store.audit("export", now=day(5), patient_id="R-A", entity="report",
                    detail={"format": "pdf"})
        if revision >= "0004":
            sofa = scores.save_daily_sofa(store, "R-A", scores.SofaEntry.typed_total(9),
                                          day=1, now=day(6))
            fixed = scores.save_daily_sofa(store, "R-A", scores.SofaEntry.typed_total(8),
                                           day=1, now=day(6), corrects=sofa, reason="misread")
            scores.mark_score_in_error(store, "daily_sofa", fixed, reason="other bed",
                                       now=day(7))
            scores.save_death(store, "R-A", died_on=day(8).date(), now=day(8))
            scores.save_eligibility(store, "R-A", scores.EligibilityEntry(), now=day(8),
                                    assessment_id=a1)
        if revision >= "0005":
            store.audit("view", now=day(9), entity="import_file",
                        detail={"file": "seen.csv", "stored": False})
        if revision >= "0006":
            _inbox(store, data, day(10))
        if revision == "0006":  # the verifier of 67876fd reads the tables of 0006
            assert store.verify_audit().ok
        path = store.path
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        return "\n".join(conn.iterdump()) + "\n"


def main() -> None:
    for revision in REVISIONS:
        (HERE / f"schema_{revision}.sql").write_text(make(revision), encoding="utf-8")


if __name__ == "__main__":
    main()
