"""The English catalogue of the score modules: every sentence (by code) and every word (by key).

One template per sentence with named placeholders (word order differs between languages); the
i18n catalogues translate these by code and key.  ``core.score_findings`` renders them.
Placeholders hold numbers, ``TERMS`` keys or language-neutral text (values with units and
inequalities such as "50 ≤ 85 < 100").  Terms are written as they read inside a sentence; the
English renderer capitalises a sentence's first letter.
"""

from __future__ import annotations

TERMS: dict[str, str] = {
    # SOFA organ systems
    "respiration": "respiration",
    "coagulation": "coagulation",
    "liver": "liver",
    "cardiovascular": "cardiovascular",
    "cns": "central nervous system",
    "renal": "renal",
    # SOFA inputs
    "pao2": "PaO2",
    "fio2": "FiO2",
    "pao2_fio2": "PaO2/FiO2",
    "respiratory_support": "respiratory support (yes or no)",
    "platelets": "platelets",
    "bilirubin": "bilirubin",
    "map": "MAP",
    "dopamine": "dopamine",
    "dobutamine": "dobutamine (running or not)",
    "epinephrine": "epinephrine",
    "norepinephrine": "norepinephrine",
    "gcs": "Glasgow Coma Scale",
    "creatinine": "creatinine",
    "urine_output": "urine output",
    # HScore variables
    "immunosuppression": "known underlying immunosuppression",
    "temperature": "temperature",
    "organomegaly": "organomegaly",
    "cytopenias": "cytopenias",
    "ferritin": "ferritin",
    "triglycerides": "triglycerides",
    "fibrinogen": "fibrinogen",
    "ast": "AST",
    "haemophagocytosis": "haemophagocytosis on bone-marrow aspirate",
    # HScore categories
    "yes": "yes",
    "no": "no",
    "organomegaly_none": "none",
    "hepatomegaly": "hepatomegaly",
    "splenomegaly": "splenomegaly",
    "hepatosplenomegaly": "hepatomegaly and splenomegaly",
}

MESSAGES: dict[str, str] = {
    # --- SOFA -----------------------------------------------------------------------------------
    "sofa_total": "SOFA {total} of 24; all 6 organ systems assessed.",
    "sofa_total_partial": "SOFA {total} from {assessed} of 6 organ systems; not assessed: "
                          "{missing}. With them the total could be {low} to {high}.",
    "sofa_criterion": "{criterion} {value}: {comparison} → {points} of 4 points.",
    "sofa_criterion_open": "{criterion} {value} could score {low} to {high} points; an exact "
                           "value is needed.",
    "sofa_not_running": "{criterion} not running → 0 of 4 points.",
    "sofa_dobutamine": "Dobutamine running (any dose) → {points} of 4 points.",
    "sofa_dobutamine_none": "Dobutamine not running → {points} of 4 points.",
    "sofa_respiration_support": "PaO2/FiO2 {value}: {comparison} with respiratory support → "
                                "{points} of 4 points.",
    "sofa_respiration_no_support": "PaO2/FiO2 {value}: {comparison}, but without respiratory "
                                   "support → {points} of 4 points (3 and 4 need respiratory "
                                   "support).",
    "sofa_missing": "Not assessed: {needed} not given.",
    "sofa_undetermined": "Not assessed: {low} to {high} points possible; still needed: "
                         "{needed}.",
    "sofa_column_differs": "The table's {unit} column puts {value} in its {other_points}-point "
                           "row, its {reference} column in the {points}-point row; the app "
                           "scores every unit by the {reference} column (the original "
                           "definition).",
    # --- shared ---------------------------------------------------------------------------------
    "unit_suspect": "{criterion} {value} is outside the range usually seen in {unit}; check "
                    "that it was not measured in {other_unit}.",
}
