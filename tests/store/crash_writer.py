"""Writer for the kill -9 test: saves assessments through the real ``Store.save_assessment``.

Run as ``python crash_writer.py DATA_DIR``.  The process imports everything once, then for each
``fork`` line on stdin forks a child (no database connection is open at fork time), prints
``child PID``, and waits for it.  The child opens the store and saves assessments in a loop,
printing ``ack ID`` only after ``save_assessment`` has returned; the test kills it with SIGKILL.
When the child is gone the parent prints ``done``.  Forking skips ~0.3 s of imports per round,
so 200 kills fit in well under a minute.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime

from desktop_app.core.phenotype import classify
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.records import open_store


def child(data_dir: str, round_no: int) -> None:
    now = datetime.now(UTC)
    inputs = build_inputs(EntryText(ferritin=str(1000 + round_no), hla_dr="3000", age="60",
                                    ferritin_sampled=now.isoformat(),
                                    hla_dr_sampled=now.isoformat()))
    assessment = classify(inputs, now=now)
    store = open_store(data_dir, training=False, os_user="crash-test")
    i = 0
    while True:
        aid = store.save_assessment(f"CRASH-{round_no}-{i % 3}", assessment,
                                    evidence_version="crash-test", now=datetime.now(UTC))
        os.write(1, f"ack {aid}\n".encode())  # unbuffered, one atomic pipe write
        i += 1


def main() -> None:
    data_dir = sys.argv[1]
    for round_no, line in enumerate(sys.stdin, start=1):
        if line.strip() != "fork":
            break
        pid = os.fork()
        if pid == 0:
            try:
                child(data_dir, round_no)
            finally:
                os._exit(3)
        os.write(1, f"child {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"done {status}\n".encode())


if __name__ == "__main__":
    main()
