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
    # ImmunoSep phenotypes (core.phenotype.Phenotype values)
    "mals": "MALS",
    "immunoparalysis": "immunoparalysis",
    "unclassified": "unclassified (neither phenotype)",
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
    # --- HScore ---------------------------------------------------------------------------------
    "hscore_total": "HScore {score} (of {maximum} possible).",
    "hscore_incomplete": "HScore not computed: {missing} not given. With them it would be "
                         "{low} to {high}; the table's probability would lie between "
                         "{low_percent} % and {high_percent} %.",
    "hscore_scored": "{variable} {value}: {comparison} → {points} points.",
    "hscore_category": "{variable}: {category} → {points} points.",
    "hscore_cytopenias": "Cytopenias in {count} of 3 lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ "
                         "5000/µL, platelets ≤ 110000/µL) → {points} points.",
    "hscore_open": "{variable} {value} could score {low} to {high} points; an exact value is "
                   "needed.",
    "hscore_missing": "{variable} not given: 0 to {high} points possible.",
    "hscore_probability_row": "HScore {score}: probability of haemophagocytic syndrome "
                              "{percent} % in the published table.",
    "hscore_probability_between": "HScore {score} lies between the table's rows {row} "
                                  "({percent} %) and {next_row} ({next_percent} %); the app "
                                  "reports the row at or below it: {percent} %.",
    "hscore_probability_below": "HScore {score} is below the table's first row ({row}: "
                                "{percent} %): {percent} %.",
    "hscore_probability_top": "HScore {score} is at or above the table's last row ({row}): "
                              "{percent} %.",
    "hscore_aid_not_diagnosis": "The HScore estimates the probability of reactive "
                                "haemophagocytic syndrome (secondary HLH). It is an aid to the "
                                "HLH question, not a diagnosis.",
    "hscore_derivation": "Derived in 312 patients (162 with reactive HLH, 104 without, 46 "
                         "undetermined); best cut-off 169 (sensitivity 93 %, specificity "
                         "86 %).",
    "hscore_icu_not_validated": "The probability table has not been validated in ICU "
                                "patients.",
    "hscore_icu_ferritin": "High ferritin is common in the ICU without HLH: ICU studies found "
                           "HLH cut-offs of 9083 µg/L (2623 patients) and 3951 ng/mL (344 "
                           "patients), and a modified HLH-2004 criterion uses ferritin ≥ 10000 "
                           "ng/mL.",
    "hscore_mals_not_hlh": "Ferritin > 4420 ng/mL places a patient in the ImmunoSep MALS "
                           "stratum; it does not establish HLH.",
    # --- eligibility (registry NCT04990232, reference §1.2) ---------------------------------------
    "criterion_age_18_or_over": "Age 18 years or older.",
    "criterion_not_planning_pregnancy": "Women: unwilling to become pregnant during the study "
                                        "(men meet this criterion).",
    "criterion_informed_consent": "Written informed consent by the patient, or by a "
                                  "first-degree relative or spouse if the patient cannot "
                                  "consent.",
    "criterion_infection_type": "Infection is community-acquired pneumonia, hospital-acquired "
                                "pneumonia, ventilator-associated pneumonia or primary "
                                "bacteraemia.",
    "criterion_sepsis_3": "Sepsis by Sepsis-3: total SOFA ≥ 2 on admission with infection "
                          "through the emergency department, or a rise of the admission SOFA "
                          "by ≥ 2 points in a patient already in hospital.",
    "criterion_immune_phenotype": "Laboratory signs of MALS (ferritin > 4420 ng/mL) or of "
                                  "immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR < 5000 "
                                  "antibodies per monocyte, QuantiBRITE). Patients with "
                                  "COVID-19 could enter the MALS arm only.",
    "criterion_within_72_hours": "Less than 72 hours since sepsis was recognised by Sepsis-3 "
                                 "(in the trial: to the start of the blinded study drug).",
    "criterion_age_under_18": "Age under 18 years.",
    "criterion_consent_refused": "Written informed consent refused.",
    "criterion_other_infection_site": "Acute pyelonephritis, intra-abdominal infection, "
                                      "meningitis or skin infection.",
    "criterion_stage_iv_malignancy": "Any stage IV malignancy.",
    "criterion_neutropenia": "Neutropenia: absolute neutrophil count < 1500/mm³.",
    "criterion_neutropenia_unverified": "Unverified: the registry gives < 1500/mm³, a "
                                        "transcription of the protocol < 1000/mm³; the "
                                        "discrepancy is unresolved.",
    "criterion_do_not_resuscitate": "Any do-not-resuscitate decision.",
    "criterion_bacteraemia_contaminant": "Bacteraemia with coagulase-negative staphylococci or "
                                         "other skin commensals, or a catheter-related "
                                         "infection.",
    "eligibility_all_listed_met": "All {total} listed criteria are met ({met} met, {failed} "
                                  "not met, {unknown} unknown); the list is incomplete, so "
                                  "this does not prove the patient would have been eligible.",
    "eligibility_incomplete": "{met} of {total} criteria met, {unknown} unknown, {failed} not "
                              "met.",
    "eligibility_outside": "{failed} of {total} criteria not met ({met} met, {unknown} "
                           "unknown): this patient differs from the population in which "
                           "ImmunoSep was tested.",
    "eligibility_population": "The ImmunoSep evidence comes from the population these criteria "
                              "describe; it may not apply outside it.",
    "eligibility_exclusions_truncated": "Unverified: every copy of the registry's exclusion "
                                        "list read for this app ends after its seventh item; "
                                        "further exclusions (the protocol also has a "
                                        "corticosteroid-dose limit) are not listed here.",
    "eligibility_not_blocking": "The checklist informs; it does not block a phenotype or a "
                                "decision.",
    "eligibility_from_age": "From the age entered: {age} years.",
    "eligibility_from_phenotype": "From the phenotype: {phenotype}.",
    "eligibility_from_no_phenotype": "The values could not be classified, so this is unknown.",
    "eligibility_anc_below_both": "Neutrophils {anc}: below 1000/mm³, neutropenia by the "
                                  "registry and by the protocol transcription.",
    "eligibility_anc_above_both": "Neutrophils {anc}: at or above 1500/mm³, no neutropenia by "
                                  "either source.",
    "eligibility_anc_between": "Neutrophils {anc}: neutropenia by the registry (< 1500/mm³) "
                               "but not by the protocol transcription (< 1000/mm³), or not "
                               "exact enough to tell; the answer is unknown.",
    # --- day-9 response (SAP, reference §1.6) ---------------------------------------------------
    "response_met": "Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (> 1.4): the "
                    "trial's response definition is met.",
    "response_not_met": "Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (≤ 1.4): "
                        "the trial's response definition is not met.",
    "response_provisional": "Provisional: so far day-1 SOFA minus the mean SOFA of days 2–9 is "
                            "{decrease}; days {pending} are not over and count as carried "
                            "forward until they are.",
    "response_research_endpoint": "This is the ImmunoSep trial's research endpoint (day-1 SOFA "
                                  "minus the mean SOFA of days 2–9 > 1.4 points; deaths count "
                                  "24, a missing day carries the last value forward), not a "
                                  "treatment target.",
    "response_death": "From the day of death (day {day}) every day counts 24.",
    "response_entry_replaced_by_death": "The SOFA entered for day {day} is not used: the "
                                        "patient died on day {death_day}, and from then on "
                                        "every day counts 24.",
    "response_incomplete_day": "The SOFA of day {day} rests on {assessed} of 6 organ systems, "
                               "so it may be too low.",
    # --- shared ---------------------------------------------------------------------------------
    "unit_suspect": "{criterion} {value} is outside the range usually seen in {unit}; check "
                    "that it was not measured in {other_unit}.",
}
