"""The drop folder: a file is read once it stopped changing, stored with the ledger, moved to
processed/ (or failed/ with its reason); repeats are imported once; corrections supersede and
withdrawals withdraw; the golden HL7/FHIR files give the phenotypes ``batch`` gives."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.inbox import PROCESSED, PROCESSING, is_temporary_name
from desktop_app.services.inbox_lock import FolderLock

from .conftest import settle
from .messages import oru, write

DATA = Path(__file__).resolve().parent.parent / "data"
HL7, FHIR = DATA / "hl7", DATA / "fhir"
FIRST = oru("MSG1", "P100", ("ferritin", "5000", "F"), ("hla_dr", "20000", "F"))


def test_a_new_file_is_read_only_after_it_stopped_changing(runner, ticks, drop, store):
    path = write(drop, "a.hl7", FIRST[:40])  # the interface engine is still writing it
    assert runner.run_pass(store).files == []
    ticks.t += 1
    path.write_bytes(FIRST[:120].encode())  # grows between two looks: not settled
    ticks.t += 5
    result = runner.run_pass(store)
    assert (result.files, result.waiting) == ([], 1)
    path.write_bytes(FIRST.encode())
    ticks.t += 5
    assert runner.run_pass(store).files == []  # changed again: the clock starts over
    ticks.t += 1
    assert runner.run_pass(store).files == []  # unchanged, but not for settle_s yet
    ticks.t += 1
    (done,) = runner.run_pass(store).files
    assert done.outcome == "stored" and done.stored.assessments == 1
    assert not path.exists() and (drop / PROCESSED / "a.hl7").read_bytes() == FIRST.encode()
    assert [e.phenotype for e in store.history("P100")] == ["mals"]


def test_a_file_its_writer_still_holds_open_is_read_later(runner, ticks, drop, store,
                                                          monkeypatch):
    """Windows refuses to rename a file another process has open for writing."""
    from desktop_app.services import inbox

    write(drop, "a.hl7", FIRST)
    real = os.replace

    def held(src, dst):
        if Path(src).parent == drop:
            raise PermissionError(13, "in use")
        real(src, dst)

    monkeypatch.setattr(inbox.os, "replace", held)
    assert settle(runner, store, ticks).files == []
    assert (drop / "a.hl7").exists()
    monkeypatch.setattr(inbox.os, "replace", real)
    (done,) = settle(runner, store, ticks).files
    assert done.outcome == "stored"


@pytest.mark.parametrize("name", ["a.hl7.part", "a.tmp", ".a.hl7", "~$a.hl7", "a.filepart"])
def test_lock_and_temporary_names_are_never_read(runner, ticks, drop, store, name):
    assert is_temporary_name(name)
    write(drop, name, FIRST)
    result = settle(runner, store, ticks)
    assert (result.files, result.waiting) == ([], 0)
    assert (drop / name).exists()


def test_a_message_dropped_twice_is_imported_once(runner, ticks, drop, store):
    write(drop, "a.hl7", FIRST)
    settle(runner, store, ticks)
    write(drop, "a.hl7", FIRST)  # the same name again, and a resend under another name
    write(drop, "b.hl7", FIRST)
    result = settle(runner, store, ticks)
    assert [(f.outcome, f.stored.assessments, f.stored.repeated_messages)
            for f in result.files] == [("stored", 0, 1), ("stored", 0, 1)]
    assert len(store.history("P100")) == 1
    assert sorted(p.name for p in (drop / PROCESSED).iterdir()) == ["a.2.hl7", "a.hl7",
                                                                     "b.hl7"]


def test_a_corrected_result_supersedes_and_a_cancelled_one_withdraws(runner, ticks, drop,
                                                                       store):
    write(drop, "1.hl7", FIRST)
    settle(runner, store, ticks)
    write(drop, "2.hl7", oru("MSG2", "P100", ("ferritin", "6100", "C"),
                             ("hla_dr", "20000", "F")))
    settle(runner, store, ticks)
    old, new = sorted(store.history("P100"), key=lambda e: e.assessment_id)
    assert new.supersedes == old.assessment_id and new.is_current and not old.is_current
    assert new.inputs["ferritin"]["entered"] == "6100"
    write(drop, "3.hl7", oru("MSG3", "P100", ("ferritin", "", "X")))
    (done,) = settle(runner, store, ticks).files
    assert done.stored.withdrawn == 1
    newest = max(store.history("P100"), key=lambda e: e.assessment_id)
    assert newest.entered_in_error and "cannot be obtained" in newest.error_reason
    assert len(store.history("P100")) == 2  # nothing deleted
    assert store.verify_audit().ok


def test_an_unreadable_file_goes_to_failed_with_its_reason(runner, ticks, drop, store):
    write(drop, "notes.txt", "patient,ferritin\nP1,5000\n")
    (done,) = settle(runner, store, ticks).files
    assert done.outcome == "failed"
    reason = (drop / "failed" / "notes.txt.reason.txt").read_text(encoding="utf-8")
    assert reason.strip() == done.reason and "neither an HL7 v2 nor a FHIR" in reason
    assert (drop / "failed" / "notes.txt").exists() and store.patient_ids() == []


def test_a_file_the_records_refuse_fails_without_blocking_the_next(runner, ticks, drop,
                                                                    store):
    write(drop, "1.hl7", oru("M9", "P" * 80, ("ferritin", "5000", "F")))  # id too long
    write(drop, "2.hl7", FIRST)
    result = settle(runner, store, ticks)
    assert [(f.name, f.outcome) for f in result.files] == [("1.hl7", "failed"),
                                                           ("2.hl7", "stored")]
    reason = (drop / "failed" / "1.hl7.reason.txt").read_text(encoding="utf-8")
    assert reason.startswith("Not stored: ")
    assert store.patient_ids() == ["P100"]


def test_a_second_runner_skips_a_folder_in_use(runner, ticks, drop, store):
    write(drop, "a.hl7", FIRST)
    with FolderLock(drop):
        result = settle(runner, store, ticks)
    assert result.files == [] and "Another inbox runner" in result.skipped
    assert (drop / "a.hl7").exists()


def test_a_file_claimed_by_a_crashed_pass_is_finished_first(runner, drop, store):
    (drop / PROCESSING).mkdir()
    write(drop / PROCESSING, "a.hl7", FIRST)  # a pass was killed after claiming it
    (done,) = runner.run_pass(store).files  # no settling: it was complete when claimed
    assert done.outcome == "stored" and done.stored.assessments == 1
    assert list((drop / PROCESSING).iterdir()) == []


GOLDEN = [HL7 / "oru_v251_two_patients.hl7", HL7 / "oru_v251_mllp_corrections.hl7",
          HL7 / "oru_v23_cancelled.hl7", FHIR / "bundle_with_patients.json"]


def test_the_inbox_gives_the_phenotypes_batch_gives(runner, ticks, drop, store, tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[inbox]\nhla_dr_codes = ["MHLADR"]\n', encoding="utf-8")
    env = {**os.environ, "IMMUNOSEP_SITE_CONFIG": str(site), "TZ": "Europe/Berlin"}
    expected: dict[str, list[str | None]] = {}
    for path in GOLDEN:
        r = subprocess.run([sys.executable, "-m", "desktop_app", "batch", str(path), "--json"],
                           capture_output=True, text=True, encoding="utf-8", env=env,
                           timeout=120, check=False)
        assert r.returncode == 0, r.stderr
        for row in json.loads(r.stdout)["results"]:
            expected.setdefault(row["patient_id"], []).append(row["phenotype"])
        shutil.copy(path, drop / path.name)
    result = settle(runner, store, ticks)
    assert [f.outcome for f in result.files] == ["stored"] * len(GOLDEN)
    got = {pid: [e.phenotype for e in store.history(pid)] for pid in store.patient_ids()}
    assert got == expected


def test_reasons_are_codes_worded_in_the_readers_language_and_english_for_it(
        runner, ticks, drop, store):
    """A reason keeps its code, template and values: ``.reason.txt`` (for IT) and ``reason``
    are the English sentence, ``localized`` words it in a reader's language (pseudo-locale)."""
    from desktop_app.i18n import pseudo_translator
    from desktop_app.i18n.pseudo import pseudo

    write(drop, "binary.hl7", "MSH|^~\\&|LIS\r\x00")  # an HL7 file the framing refuses
    write(drop, "notes.txt", "patient,ferritin\nP1,5000\n")
    done = {f.name: f for f in settle(runner, store, ticks).files}
    binary, notes = done["binary.hl7"].why, done["notes.txt"].why
    assert (binary.code, notes.code) == ("not_hl7", "not_a_message_file")
    english = binary.message
    assert english == ("binary.hl7: the file contains NUL bytes (binary, or UTF-16 text); HL7 "
                       "v2 files are 8-bit text.")
    assert (drop / "failed" / "binary.hl7.reason.txt").read_text(encoding="utf-8") == \
        english + "\n"
    tr = pseudo_translator()
    assert binary.localized(tr) == pseudo(binary.template).format(file="binary.hl7") + "."
    assert notes.localized(tr) == pseudo(notes.template)


def test_a_store_refusal_or_fault_is_worded_in_the_readers_language(runner, ticks, drop, store,
                                                                   monkeypatch):
    """Issue 18: the store's own sentence inside a reason follows the reader's language
    (pseudo-locale); ``.reason.txt`` and ``reason`` keep the English one."""
    from desktop_app.i18n import pseudo_translator
    from desktop_app.i18n.pseudo import pseudo
    from desktop_app.services import inbox
    from desktop_app.store.errors import DiskFullError

    tr = pseudo_translator()
    write(drop, "1.hl7", oru("M9", "P" * 80, ("ferritin", "5000", "F")))  # id too long
    (refused,) = settle(runner, store, ticks).files
    error = refused.why.params[0][1]
    assert refused.reason == f"Not stored: {error}" and "P" * 80 not in refused.reason
    assert refused.why.localized(tr) == pseudo("Not stored: {error}").format(
        error=error.localized(tr)) + "."  # a reason ends with a full stop
    assert str(error) not in refused.why.localized(tr)

    full = DiskFullError.worded("disk_full", "The disk holding the database {file} is full.",
                                "Nothing of this operation was saved.", file="/data/c.sqlite")

    def disk_full(*_a: object, **_k: object) -> object:
        raise full

    monkeypatch.setattr(inbox, "store_inbox_file", disk_full)
    write(drop, "2.hl7", FIRST)
    (retry,) = settle(runner, store, ticks).files
    assert retry.outcome == "retry" and retry.reason == str(full)
    assert retry.why.localized(tr) == full.localized(tr) + "." and str(full) not in \
        retry.why.localized(tr)
