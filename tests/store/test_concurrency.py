"""Many workstations, one database: concurrent writers extend one audit chain and lose
nothing; a client killed inside its transaction leaves nothing behind (issue 15 pt 5)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import T0

WRITER = Path(__file__).with_name("concurrent_writer.py")
WORKERS, SAVES = 4, 200


def _spawn(backend, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WRITER), *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=backend.process_env())


def test_four_processes_saving_at_once_lose_and_duplicate_nothing(backend):
    backend.open().close()  # create / check the database once, before the race
    procs = [_spawn(backend, "save", str(backend.data_dir), str(w), str(SAVES))
             for w in range(WORKERS)]
    for p in procs:  # start together
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    acked: dict[int, int] = {}
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err[-2000:]
        for line in out.splitlines():
            _, aid, ferritin = line.split()
            assert int(aid) not in acked, "two saves were given one id"
            acked[int(aid)] = int(ferritin)
    assert len(acked) == WORKERS * SAVES
    stored = backend.query("SELECT id, inputs_json FROM assessments")
    assert len(stored) == WORKERS * SAVES  # nothing lost, nothing duplicated
    for aid, inputs in stored:
        assert f'"entered": "{acked[int(aid)]}"' in inputs
    with backend.open() as store:
        report = store.verify_audit()
        assert report.ok, report.problem
        # one create per patient (7 per worker) and one classify per save, in one chain
        assert report.entries == WORKERS * (SAVES + 7)
        assert len(store.patient_ids()) == WORKERS * 7


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX kill")
def test_client_killed_inside_its_transaction_leaves_nothing(backend, make_assessment):
    with backend.open() as store:
        store.save_assessment("BED-1", make_assessment("100", "3000"), evidence_version=None,
                              now=T0)
    proc = _spawn(backend, "hang", str(backend.data_dir))
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "inside", proc.stderr.read() if proc.stderr else ""
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    # Nothing of the killed save: no patient, no assessment, no lab result, no entry.
    assert backend.query("SELECT identifier FROM patients ORDER BY id") == [("BED-1",)]
    assert len(backend.query("SELECT id FROM assessments")) == 1
    assert len(backend.query("SELECT id FROM lab_results")) == 2
    with backend.open() as store:
        assert store.verify_audit().ok and store.verify_audit().entries == 2
        # The lock it held is gone: the next save goes through at once.
        store.save_assessment("BED-2", make_assessment("100", "3000"), evidence_version=None,
                              now=T0)
        assert store.verify_audit().ok
