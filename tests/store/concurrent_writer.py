"""Writer process for the concurrency and kill tests (``python concurrent_writer.py ...``).

``save DATA_DIR WORKER COUNT``: wait for a line on stdin (the start signal), then save COUNT
assessments through ``Store.save_assessment``, printing ``ack ID FERRITIN`` after each save
returned.  The ferritin value encodes worker and number, so lost or duplicated saves show.

``hang DATA_DIR``: start a save and stop inside its transaction (after the assessment row was
written, before its audit entry and the commit), printing ``inside``; the test kills it there.

The database is the one ``IMMUNOSEP_SITE_CONFIG`` names (PostgreSQL), else SQLite in DATA_DIR.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime

from desktop_app.core.phenotype import classify
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.records import open_store
from desktop_app.store import audit


def _assessment(ferritin: int):
    now = datetime.now(UTC)
    return classify(build_inputs(EntryText(ferritin=str(ferritin), hla_dr="3000", age="60",
                                           ferritin_sampled=now.isoformat(),
                                           hla_dr_sampled=now.isoformat())), now=now)


def save(data_dir: str, worker: int, count: int) -> None:
    store = open_store(data_dir, training=False, os_user=f"worker{worker}")
    sys.stdin.readline()
    for i in range(count):
        ferritin = 100_000 * (worker + 1) + i
        aid = store.save_assessment(f"W{worker}-{i % 7}", _assessment(ferritin),
                                    evidence_version="stress", now=datetime.now(UTC))
        os.write(1, f"ack {aid} {ferritin}\n".encode())
    store.close()


def hang(data_dir: str) -> None:
    store = open_store(data_dir, training=False, os_user="hang")
    real = audit.append

    def stop_inside(*args, **kwargs):  # called inside the save's transaction
        if kwargs.get("entity") == "assessment":
            os.write(1, b"inside\n")
            time.sleep(600)
        return real(*args, **kwargs)

    audit.append = stop_inside  # type: ignore[assignment]
    store.save_assessment("HANG-1", _assessment(7777), evidence_version="hang",
                          now=datetime.now(UTC))


if __name__ == "__main__":
    if sys.argv[1] == "save":
        save(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        hang(sys.argv[2])
