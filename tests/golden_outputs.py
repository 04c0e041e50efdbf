"""Every output route of ``batch`` and ``assess`` on the golden inputs, for byte comparison.

``render_all()`` runs the command line in this process with a fixed clock and the
Europe/Berlin zone and returns ``{name: bytes}`` for: ``batch --json``, the text output,
``--out .csv`` (with ``--rejected-out``), ``--out .csv --sentences``, ``--out .xlsx`` (the cell
values and types read back, as JSON: the file's bytes carry a timestamp), and ``assess``
(text and ``--json``) for a table of inputs.  ``tests/data/golden_outputs/`` holds what the
code produced; ``tests/test_golden_outputs.py`` compares.  Regenerate after a deliberate
change (and say in the commit which outputs changed and why)::

    .venv/bin/python tests/golden_outputs.py --write
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "import"
EXPECTED = ROOT / "tests" / "data" / "golden_outputs"
NOW = datetime(2025, 12, 1, 12, 0, tzinfo=UTC)

BATCH_CASES: dict[str, tuple[str, ...]] = {
    "de_lis_export": ("de_lis_export.csv",),
    "en_lis_export": ("en_lis_export.csv",),
    "long_loinc": ("long_loinc.csv",),
    "long_loinc_12h": ("long_loinc.csv", "--max-interval-hours", "12"),
    "ambiguous_dates": ("ambiguous_dates.csv",),
    "ambiguous_dates_given": ("ambiguous_dates.csv", "--time-format", "%d/%m/%Y %H:%M"),
    "month_first_dates": ("month_first_dates.csv",),
    "no_unit": ("no_unit.csv",),
    "no_unit_given": ("no_unit.csv", "--ferritin-unit", "ng/mL", "--hla-dr-unit", "AB/C"),
    "unit_conflict": ("unit_conflict.csv",),
    "units_in_column": ("units_in_column.csv",),
    "units_in_header": ("units_in_header.csv",),
    "boundaries": ("boundaries.csv",),
    "bench_sample": ("bench_sample.csv",),
    "de_long_not_determined": ("de_long_not_determined.csv",),
    "en_long_collected": ("en_long_collected.csv",),
    "wide_not_determined": ("wide_not_determined.csv",),
    # HL7 v2 and FHIR through the same pipeline and the same outputs (issue 14)
    "hl7_two_patients": ("../hl7/oru_v251_two_patients.hl7",),
    "hl7_mllp_corrections": ("../hl7/oru_v251_mllp_corrections.hl7",),
    "hl7_cancelled": ("../hl7/oru_v23_cancelled.hl7",),
    "hl7_preliminary": ("../hl7/oru_v24_preliminary_crlf.hl7",),
    "hl7_rejections": ("../hl7/oru_v251_rejections.hl7",),
    "fhir_patients": ("../fhir/bundle_with_patients.json",),
    "fhir_statuses": ("../fhir/bundle_contained_statuses.json",),
    "fhir_single": ("../fhir/single_observation.json", "--format", "fhir"),
    # Identification columns are read and checked but never written to results.
    "identity": ("identity.csv",),
    "identity_long": ("identity_long.csv",),
}

ASSESS_CASES: dict[str, tuple[str, ...]] = {
    "mals": ("--ferritin", "5120", "--hla-dr", "3200", "--age", "60"),
    "both": ("--ferritin", "4420.5", "--hla-dr", "4999"),
    "at_threshold": ("--ferritin", "4420", "--hla-dr", "5000", "--age", "18"),
    "immunoparalysis": ("--ferritin", "1000", "--hla-dr", "3000", "--age", "70"),
    "pmol": ("--ferritin", "9932", "--ferritin-unit", "pmol/L", "--hla-dr", "3000"),
    "pmol_long": ("--ferritin", "9931.7400001", "--ferritin-unit", "pmol/L", "--hla-dr",
                  "3000"),
    "ug_dl": ("--ferritin", "442.1", "--ferritin-unit", "µg/dL"),
    "censored": ("--ferritin", ">40000", "--hla-dr", "<5000"),
    "indeterminate": ("--ferritin", ">3000", "--hla-dr", "3000"),
    "hla_indeterminate": ("--ferritin", "1000", "--hla-dr", ">4000"),
    "missing_ferritin": ("--hla-dr", "3000", "--age", "16"),
    "percent": ("--ferritin", "1000", "--hla-dr", "45", "--hla-dr-unit", "%"),
    "percent_mals": ("--ferritin", "5000", "--hla-dr", "45", "--hla-dr-unit", "%"),
    "implausible": ("--ferritin", "1000", "--hla-dr", "50"),
    "child": ("--ferritin", "5000", "--hla-dr", "3000", "--age", "12"),
    "age_censored": ("--ferritin", "1000", "--hla-dr", "3000", "--age", "<20"),
    "times": ("--ferritin", "1000", "--hla-dr", "3000", "--ferritin-sampled",
              "2025-03-01T08:00+01:00", "--hla-dr-sampled", "2025-03-02T10:30+01:00",
              "--hla-dr-processed", "2025-03-02T16:00+01:00"),
    "processed_before": ("--ferritin", "1000", "--hla-dr", "3000", "--hla-dr-sampled",
                         "2025-03-02T10:30+01:00", "--hla-dr-processed",
                         "2025-03-02T09:00+01:00"),
    "future": ("--ferritin", "1000", "--hla-dr", "3000", "--ferritin-sampled",
               "2099-03-01T08:00+01:00"),
    "near_both": ("--ferritin", "4000", "--hla-dr", "5500"),
    "decimal_comma": ("--ferritin", "4420,5", "--decimal-comma"),
    "not_determined": ("--ferritin", "1000", "--hla-dr", "n.b.", "--hla-dr-sampled",
                       "2025-03-02T10:30+01:00"),
}


class _Clock(datetime):
    @classmethod
    def now(cls, tz: Any = None) -> Any:  # type: ignore[override]
        return NOW.astimezone(tz) if tz is not None else NOW.astimezone().replace(tzinfo=None)


_CLOCK_MODULES = ("desktop_app.cli.assess", "desktop_app.services.cohort",
                  "desktop_app.services.cohort_export", "desktop_app.services.pipeline",
                  "desktop_app.cli.batch")


@contextlib.contextmanager
def _fixed_world() -> Iterator[None]:
    import importlib

    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    patched = []
    for name in _CLOCK_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if getattr(module, "datetime", None) is datetime:
            patched.append(module)
            module.datetime = _Clock  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module in patched:
            module.datetime = datetime  # type: ignore[attr-defined]
        if old_tz is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old_tz
        time.tzset()


def _cli(*args: str) -> tuple[int, bytes]:
    from desktop_app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, (out.getvalue() + err.getvalue()).encode("utf-8")


def _xlsx_values(path: Path) -> bytes:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    sheets = {ws.title: [[[type(v).__name__, v if not isinstance(v, float) else repr(v)]
                          for v in row] for row in ws.iter_rows(values_only=True)]
              for ws in book.worksheets}
    book.close()
    return json.dumps(sheets, ensure_ascii=False, indent=0, default=str).encode("utf-8")


def _mask(data: bytes) -> bytes:
    return data.replace(NOW.astimezone().isoformat().encode(), b"<now>")


def render_all() -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    with _fixed_world(), tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        for name, (file, *options) in BATCH_CASES.items():
            src = str(DATA / file)
            for suffix, extra in (("json", ("--json",)), ("txt", ())):
                code, text = _cli("batch", src, *options, *extra)
                out[f"{name}.batch.{suffix}"] = _mask(text) + f"\nexit {code}\n".encode()
            for label, extra in (("csv", ()), ("sentences.csv", ("--sentences",))):
                res, rej = t / f"{name}.{label}", t / f"{name}.rejected.csv"
                code, _ = _cli("batch", src, *options, "--out", str(res), "--rejected-out",
                               str(rej), "--force", *extra)
                out[f"{name}.results.{label}"] = res.read_bytes()
                if label == "csv":
                    out[f"{name}.rejected.csv"] = rej.read_bytes()
            res, rej = t / f"{name}.xlsx", t / f"{name}.rejected.xlsx"
            code, _ = _cli("batch", src, *options, "--out", str(res), "--rejected-out",
                           str(rej), "--force")
            out[f"{name}.results.xlsx.json"] = _xlsx_values(res)
            out[f"{name}.rejected.xlsx.json"] = _xlsx_values(rej)
        for name, args in ASSESS_CASES.items():
            for suffix, extra in (("json", ("--json",)), ("txt", ())):
                code, text = _cli("assess", *args, *extra)
                out[f"assess.{name}.{suffix}"] = _mask(text) + f"\nexit {code}\n".encode()
    return out


def main() -> None:
    outputs = render_all()
    if "--write" in sys.argv:
        EXPECTED.mkdir(parents=True, exist_ok=True)
        for old in EXPECTED.iterdir():
            old.unlink()
        for name, data in outputs.items():
            (EXPECTED / name).write_bytes(data)
        print(f"wrote {len(outputs)} files to {EXPECTED}")
        return
    differ = [n for n, d in outputs.items()
              if not (EXPECTED / n).exists() or (EXPECTED / n).read_bytes() != d]
    print("\n".join(differ) or "all equal")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
