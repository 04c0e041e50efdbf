"""A process killed mid-import loses nothing and imports nothing twice: killed inside the
store transaction (nothing stored, the file still claimed) or after the commit (everything
stored, the file not yet moved), a rerun leaves each result stored exactly once, every file in
processed/ and the audit chain intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.inbox import PROCESSED, PROCESSING
from desktop_app.store import inbox_ledger

from .conftest import settle
from .messages import oru, write

CRASHER = Path(__file__).with_name("crash_inbox.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("point", ["in_transaction", "after_commit"])
def test_a_killed_import_loses_nothing_and_imports_nothing_twice(tmp_path, drop, point):
    write(drop, "1.hl7", oru("M1", "P1", ("ferritin", "5000", "F"), ("hla_dr", "3000", "F")))
    write(drop, "2.hl7", oru("M2", "P2", ("ferritin", "100", "F"), ("hla_dr", "3000", "F")))
    data = tmp_path / "data"
    proc = subprocess.Popen([sys.executable, str(CRASHER), str(data), str(drop), point],
                            stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert list((drop / PROCESSING).iterdir()) == [drop / PROCESSING / "1.hl7"]

    from desktop_app.services.inbox import InboxRunner
    from desktop_app.services.records import open_store
    from desktop_app.site_config import SiteConfig

    from .conftest import NOW, Ticks
    from .messages import INBOX

    with open_store(data, training=False, site=SiteConfig(), os_user="lab") as store:
        stored_before = store.patient_ids()
        assert stored_before == ([] if point == "in_transaction" else ["P1"])
        ticks = Ticks()
        runner = InboxRunner(drop, INBOX, clock=lambda: NOW, evidence_version="ev",
                             settle_s=2.0, monotonic=ticks)
        result = settle(runner, store, ticks)
        assert [f.outcome for f in result.files] == ["stored", "stored"]
        assert {p: [e.phenotype for e in store.history(p)] for p in store.patient_ids()} == {
            "P1": ["mals"], "P2": ["immunoparalysis"]}
        assert sorted(store.read_records(inbox_ledger.seen_messages)) == [
            '["hl7","GENHOSP","LIS","M1"]', '["hl7","GENHOSP","LIS","M2"]']
        assert store.counts()["assessments"] == 2
        assert store.verify_audit().ok
    assert list((drop / PROCESSING).iterdir()) == []
    assert sorted(p.name for p in (drop / PROCESSED).iterdir()) == ["1.hl7", "2.hl7"]
