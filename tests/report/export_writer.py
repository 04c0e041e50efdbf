"""Child process for the kill test: writes reports in a loop until it is killed.

Usage: python export_writer.py OUT_DIR.  Prints "ready" once warmed up, then the number of each
report after its write returned.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desktop_app.core.phenotype import classify
from desktop_app.services.entry import EntryText, build_inputs
from desktop_app.services.reports import make_options, write_patient_report


def main() -> None:
    out = Path(sys.argv[1])
    now = datetime(2026, 11, 24, 10, 15, tzinfo=timezone(timedelta(hours=1)))
    a = classify(build_inputs(EntryText(ferritin="5120", hla_dr="3200", age="67")), now=now)
    options = make_options(institution="Kill test")
    write_patient_report(out / "warm-up.pdf", a, "P-warm", generated_at=now, options=options)
    print("ready", flush=True)
    for i in range(100_000):
        write_patient_report(out / f"report-{i}.pdf", a, f"P-{i}", generated_at=now,
                             options=options)
        print(i, flush=True)


if __name__ == "__main__":
    main()
