"""Inbox runner for the kill test: ``python crash_inbox.py DATA_DIR DROP POINT``.

Runs one real pass (``InboxRunner.run_pass``) over DROP into the SQLite records in DATA_DIR and
stops at POINT until the test kills it with SIGKILL:

- ``in_transaction``: every record and ledger row of the first file written, not committed;
- ``after_commit``: the first file committed, not yet moved to ``processed/``.

It prints ``ready`` (one unbuffered write) when it has reached the point.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.services import inbox
from desktop_app.services.records import open_store
from desktop_app.site_config import InboxConfig, SiteConfig


def _stop() -> None:
    os.write(1, b"ready\n")
    while True:
        time.sleep(60)


def main() -> None:
    data_dir, drop, point = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    store = open_store(data_dir, training=False, site=SiteConfig(), os_user="crash-test")
    if point == "in_transaction":
        write_records = store.write_records

        def held(work):  # the work is done inside the transaction, then the process stops
            return write_records(lambda conn: (work(conn), _stop()))

        store.write_records = held  # type: ignore[method-assign]
    else:
        store_file = inbox.store_inbox_file

        def stored(*args, **kwargs):
            store_file(*args, **kwargs)
            _stop()

        inbox.store_inbox_file = stored  # type: ignore[assignment]
    runner = inbox.InboxRunner(drop, InboxConfig(hla_dr_codes=("MHLADR",)),
                               clock=lambda: datetime.now(UTC), evidence_version="crash",
                               settle_s=0)
    runner.run_pass(store)  # first look
    runner.run_pass(store)  # the files are settled: stops at the point


if __name__ == "__main__":
    main()
