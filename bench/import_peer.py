"""The peer of ``immunosep batch``: the script a data-savvy pharmacist would write instead.

Usage: python bench/import_peer.py LABS.csv OUT.csv|OUT.json|OUT.xlsx

pandas reads the file as strings, ``to_numeric`` turns the values into floats, ``np.select``
applies the ImmunoSep rule and the warning bands, and the same 21 result columns that
``immunosep batch --out`` writes (``services/cohort_export.RESULT_COLUMNS``) are written with
``to_csv`` / ``to_json(orient="records")`` / ``to_excel(engine="xlsxwriter")``.  It handles
exactly the benchmark file's columns (patient_id, sample_time, ferritin_ng_ml,
hla_dr_ab_per_cell) and nothing a real export throws at an importer: no units, censored values,
duplicates, decimal commas or refusals.  It is the speed reference of issue 13, not a
reference for the result (floats decide 4420.00000000000000000001 as 4420).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

RULESET_VERSION = "immunosep-rule-1.0 (2025-12-08)"


def results(df: pd.DataFrame) -> pd.DataFrame:
    f = pd.to_numeric(df["ferritin_ng_ml"], errors="coerce")
    h = pd.to_numeric(df["hla_dr_ab_per_cell"], errors="coerce")
    has_f, has_h = f.notna(), h.notna()
    mals = has_f & (f > 4420)
    low = has_h & (h < 5000)
    phenotype = np.select([mals, has_f & ~mals & low, has_f & ~mals & has_h & ~low],
                          ["mals", "immunoparalysis", "unclassified"], "")
    arm = np.select([phenotype == "mals", phenotype == "immunoparalysis"],
                    ["anakinra", "interferon_gamma"], "")
    status = np.where(phenotype != "", "classified", "cannot_classify")
    reasons = np.select(
        [~has_f, mals & low, mals, ~has_h, low],
        ["ferritin_missing", "ferritin_above_threshold;both_criteria_met",
         "ferritin_above_threshold", "hla_dr_missing",
         "ferritin_at_or_below_threshold;hla_dr_below_threshold"],
        "ferritin_at_or_below_threshold;hla_dr_at_or_above_threshold")
    near_f = has_f & (f >= 3978) & (f <= 4862)
    near_h = has_h & ~mals & (h >= 4250) & (h <= 5750)
    implausible = has_h & (h < 100)
    warnings = (pd.Series(np.where(near_f, "ferritin_near_threshold;", ""))
                + np.where(near_h, "hla_dr_near_threshold;", "")
                + np.where(implausible, "hla_dr_implausibly_low;", "") + "age_not_given")
    when = pd.to_datetime(df["sample_time"]).dt.tz_localize("UTC").dt.strftime(
        "%Y-%m-%dT%H:%M:%S+00:00")
    row = pd.Series(np.arange(2, len(df) + 2))
    return pd.DataFrame({
        "row": row, "rows": row.astype(str), "patient_id": df["patient_id"],
        "status": status, "phenotype": phenotype, "treatment_arm": arm,
        "ferritin_entered": df["ferritin_ng_ml"], "ferritin_unit": np.where(has_f, "ng/mL", ""),
        "ferritin_comparator": "", "ferritin_value": f, "ferritin_ng_ml": f,
        "ferritin_sampled_at": np.where(has_f, when, ""),
        "hla_dr_entered": df["hla_dr_ab_per_cell"], "hla_dr_unit": np.where(has_h, "AB/C", ""),
        "hla_dr_comparator": "", "hla_dr_value": h,
        "hla_dr_sampled_at": np.where(has_h, when, ""), "age_years": "",
        "reason_codes": reasons, "warning_codes": warnings, "ruleset_version": RULESET_VERSION,
    })


def main(source: str, target: str) -> None:
    df = pd.read_csv(source, dtype=str, keep_default_na=False)
    out = results(df)
    kind = Path(target).suffix.lower()
    if kind == ".csv":
        out.to_csv(target, index=False)
    elif kind == ".json":
        out.to_json(target, orient="records", force_ascii=False)
    elif kind == ".xlsx":
        out.to_excel(target, index=False, engine="xlsxwriter")
    else:
        raise SystemExit(f"{target}: .csv, .json or .xlsx")


if __name__ == "__main__":
    main(*sys.argv[1:3])
