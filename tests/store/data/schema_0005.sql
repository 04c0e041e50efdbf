BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0005');
CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        supersedes_id INTEGER REFERENCES assessments(id),
        correction_reason TEXT,
        assessed_at TEXT NOT NULL,
        assessed_at_utc TEXT NOT NULL,
        status TEXT NOT NULL,
        phenotype TEXT,
        ruleset_version TEXT NOT NULL,
        evidence_version TEXT,
        app_version TEXT NOT NULL,
        os_user TEXT NOT NULL,
        inputs_json TEXT NOT NULL,
        result_json TEXT NOT NULL,
    source_kind TEXT NOT NULL CHECK (source_kind IN ('typed', 'file')),
    source_file TEXT,
    source_row INTEGER, sampled_at_utc TEXT, import_id INTEGER REFERENCES import_batches(id),
    CHECK ((source_kind = 'typed' AND source_file IS NULL AND source_row IS NULL)
        OR (source_kind = 'file' AND source_file IS NOT NULL)));
INSERT INTO "assessments" VALUES(1,1,NULL,NULL,'2026-10-02T08:00:00+00:00','2026-10-02T08:00:00+00:00','classified','mals','immunosep-rule-1.0 (2025-12-08)','ev-1','0.1.0','ward7','{"ferritin": {"entered": "6000", "unit": "ng/mL", "comparator": "=", "value": "6000", "converted": "6000", "converted_unit": "ng/mL", "conversion": "6000 ng/mL (no conversion)", "sampled_at": "2026-10-01T08:00:00+00:00"}, "hla_dr": {"entered": "3000", "unit": "AB/C", "comparator": "=", "value": "3000", "usable": true, "sampled_at": "2026-10-01T08:00:00+00:00", "processed_at": null}, "age_years": {"entered": "66", "comparator": "=", "value": "66"}}','{"status": "classified", "phenotype": "mals", "phenotype_label": "MALS (macrophage activation-like syndrome)", "treatment_arm": "anakinra", "reasons": [{"code": "ferritin_above_threshold", "message": "Ferritin 6000 ng/mL is > 4420 ng/mL: MALS criterion met.", "params": {"ferritin": {"type": "quantity", "value": "6000", "unit": "ng/mL"}, "ferritin_threshold": {"type": "quantity", "value": "4420", "unit": "ng/mL"}}, "variant": ""}, {"code": "both_criteria_met", "message": "HLA-DR < 5000 AB/C too: both criteria are met and MALS takes precedence, as in the trial.", "params": {"hla_dr_threshold": {"type": "quantity", "value": "5000", "unit": "AB/C"}}, "variant": ""}], "warnings": [], "criteria": [{"key": "ferritin_above_mals_threshold", "label": "Ferritin > 4420 ng/mL (MALS)", "analyte": "ferritin", "entered": "6000 ng/mL", "converted": "6000 ng/mL", "comparator": "", "threshold": "> 4420 ng/mL", "met": true, "note": "met", "outcome": "met", "note_code": "met", "needed": true, "params": {"threshold": {"type": "quantity", "value": "4420", "unit": "ng/mL"}, "entered": {"type": "quantity", "value": "6000", "unit": "ng/mL"}, "as_entered": {"type": "text", "value": "6000 ng/mL"}, "converted": {"type": "quantity", "value": "6000", "unit": "ng/mL"}}}, {"key": "hla_dr_below_threshold", "label": "HLA-DR < 5000 AB/C (immunoparalysis)", "analyte": "hla_dr", "entered": "3000 AB/C", "converted": "3000 AB/C", "comparator": "", "threshold": "< 5000 AB/C", "met": true, "note": "met (not needed: MALS is decided by ferritin)", "outcome": "met", "note_code": "met", "needed": false, "params": {"threshold": {"type": "quantity", "value": "5000", "unit": "AB/C"}, "entered": {"type": "quantity", "value": "3000", "unit": "AB/C"}, "as_entered": {"type": "text", "value": "3000 AB/C"}, "converted": {"type": "quantity", "value": "3000", "unit": "AB/C"}}}, {"key": "age_adult", "label": "Age ≥ 18 years (trial population)", "analyte": "age", "entered": "66 years", "converted": "66 years", "comparator": "", "threshold": "≥ 18 years", "met": true, "note": "met", "outcome": "met", "note_code": "met", "needed": true, "params": {"threshold": {"type": "quantity", "value": "18"}, "entered": {"type": "quantity", "value": "66"}, "as_entered": {"type": "text", "value": "66"}, "converted": {"type": "quantity", "value": "66"}}}], "inputs": {"ferritin": {"entered": "6000", "unit": "ng/mL", "comparator": "=", "value": "6000", "converted": "6000", "converted_unit": "ng/mL", "conversion": "6000 ng/mL (no conversion)", "sampled_at": "2026-10-01T08:00:00+00:00"}, "hla_dr": {"entered": "3000", "unit": "AB/C", "comparator": "=", "value": "3000", "usable": true, "sampled_at": "2026-10-01T08:00:00+00:00", "processed_at": null}, "age_years": {"entered": "66", "comparator": "=", "value": "66"}}, "rule": ["MALS: ferritin > 4420 ng/mL (HLA-DR not needed; if HLA-DR < 5000 AB/C too, both criteria are met and MALS takes precedence, as in the trial).", "Immunoparalysis: ferritin ≤ 4420 ng/mL and HLA-DR < 5000 AB/C (antibodies bound per CD14 monocyte, QuantiBRITE).", "Unclassified: ferritin ≤ 4420 ng/mL and HLA-DR ≥ 5000 AB/C; the ImmunoSep evidence does not apply.", "Cannot classify: missing or undecidable values, HLA-DR not in AB/C when it is needed, or age < 18 years."], "ruleset_version": "immunosep-rule-1.0 (2025-12-08)", "evidence_version": "ev-1", "source": {"citation": "Giamarellos-Bourboulis EJ, Kotsaki A, Kotsamidi I, et al. Precision Immunotherapy to Improve Sepsis Outcomes: The ImmunoSep Randomized Clinical Trial. JAMA. Published online 2025-12-08.", "doi": "10.1001/jama.2025.24175", "registry_id": "NCT04990232"}}','typed',NULL,NULL,'2026-10-01T08:00:00+00:00',NULL);
INSERT INTO "assessments" VALUES(2,1,1,'typo','2026-10-03T08:00:00+00:00','2026-10-03T08:00:00+00:00','classified','mals','immunosep-rule-1.0 (2025-12-08)','ev-1','0.1.0','ward7','{"ferritin": {"entered": "7000", "unit": "ng/mL", "comparator": "=", "value": "7000", "converted": "7000", "converted_unit": "ng/mL", "conversion": "7000 ng/mL (no conversion)", "sampled_at": "2026-10-01T08:00:00+00:00"}, "hla_dr": {"entered": "3000", "unit": "AB/C", "comparator": "=", "value": "3000", "usable": true, "sampled_at": "2026-10-01T08:00:00+00:00", "processed_at": null}, "age_years": {"entered": "66", "comparator": "=", "value": "66"}}','{"status": "classified", "phenotype": "mals", "phenotype_label": "MALS (macrophage activation-like syndrome)", "treatment_arm": "anakinra", "reasons": [{"code": "ferritin_above_threshold", "message": "Ferritin 7000 ng/mL is > 4420 ng/mL: MALS criterion met.", "params": {"ferritin": {"type": "quantity", "value": "7000", "unit": "ng/mL"}, "ferritin_threshold": {"type": "quantity", "value": "4420", "unit": "ng/mL"}}, "variant": ""}, {"code": "both_criteria_met", "message": "HLA-DR < 5000 AB/C too: both criteria are met and MALS takes precedence, as in the trial.", "params": {"hla_dr_threshold": {"type": "quantity", "value": "5000", "unit": "AB/C"}}, "variant": ""}], "warnings": [], "criteria": [{"key": "ferritin_above_mals_threshold", "label": "Ferritin > 4420 ng/mL (MALS)", "analyte": "ferritin", "entered": "7000 ng/mL", "converted": "7000 ng/mL", "comparator": "", "threshold": "> 4420 ng/mL", "met": true, "note": "met", "outcome": "met", "note_code": "met", "needed": true, "params": {"threshold": {"type": "quantity", "value": "4420", "unit": "ng/mL"}, "entered": {"type": "quantity", "value": "7000", "unit": "ng/mL"}, "as_entered": {"type": "text", "value": "7000 ng/mL"}, "converted": {"type": "quantity", "value": "7000", "unit": "ng/mL"}}}, {"key": "hla_dr_below_threshold", "label": "HLA-DR < 5000 AB/C (immunoparalysis)", "analyte": "hla_dr", "entered": "3000 AB/C", "converted": "3000 AB/C", "comparator": "", "threshold": "< 5000 AB/C", "met": true, "note": "met (not needed: MALS is decided by ferritin)", "outcome": "met", "note_code": "met", "needed": false, "params": {"threshold": {"type": "quantity", "value": "5000", "unit": "AB/C"}, "entered": {"type": "quantity", "value": "3000", "unit": "AB/C"}, "as_entered": {"type": "text", "value": "3000 AB/C"}, "converted": {"type": "quantity", "value": "3000", "unit": "AB/C"}}}, {"key": "age_adult", "label": "Age ≥ 18 years (trial population)", "analyte": "age", "entered": "66 years", "converted": "66 years", "comparator": "", "threshold": "≥ 18 years", "met": true, "note": "met", "outcome": "met", "note_code": "met", "needed": true, "params": {"threshold": {"type": "quantity", "value": "18"}, "entered": {"type": "quantity", "value": "66"}, "as_entered": {"type": "text", "value": "66"}, "converted": {"type": "quantity", "value": "66"}}}], "inputs": {"ferritin": {"entered": "7000", "unit": "ng/mL", "comparator": "=", "value": "7000", "converted": "7000", "converted_unit": "ng/mL", "conversion": "7000 ng/mL (no conversion)", "sampled_at": "2026-10-01T08:00:00+00:00"}, "hla_dr": {"entered": "3000", "unit": "AB/C", "comparator": "=", "value": "3000", "usable": true, "sampled_at": "2026-10-01T08:00:00+00:00", "processed_at": null}, "age_years": {"entered": "66", "comparator": "=", "value": "66"}}, "rule": ["MALS: ferritin > 4420 ng/mL (HLA-DR not needed; if HLA-DR < 5000 AB/C too, both criteria are met and MALS takes precedence, as in the trial).", "Immunoparalysis: ferritin ≤ 4420 ng/mL and HLA-DR < 5000 AB/C (antibodies bound per CD14 monocyte, QuantiBRITE).", "Unclassified: ferritin ≤ 4420 ng/mL and HLA-DR ≥ 5000 AB/C; the ImmunoSep evidence does not apply.", "Cannot classify: missing or undecidable values, HLA-DR not in AB/C when it is needed, or age < 18 years."], "ruleset_version": "immunosep-rule-1.0 (2025-12-08)", "evidence_version": "ev-1", "source": {"citation": "Giamarellos-Bourboulis EJ, Kotsaki A, Kotsamidi I, et al. Precision Immunotherapy to Improve Sepsis Outcomes: The ImmunoSep Randomized Clinical Trial. JAMA. Published online 2025-12-08.", "doi": "10.1001/jama.2025.24175", "registry_id": "NCT04990232"}}','typed',NULL,NULL,'2026-10-01T08:00:00+00:00',NULL);
INSERT INTO "assessments" VALUES(3,2,NULL,NULL,'2026-10-05T08:00:00+00:00','2026-10-05T08:00:00+00:00','classified','unclassified','immunosep-rule-1.0 (2025-12-08)','ev-1','0.1.0','ward7','["inputs-1",["=","100","100","ng/mL","2026-10-04T08:00:00+00:00"],["=","9000","9000","AB/C","2026-10-04T08:00:00+00:00",null],["=","66","66"],null]','["codes-1",["ferritin_at_or_below_threshold","hla_dr_at_or_above_threshold"],[]]','file','labs.csv',2,'2026-10-04T08:00:00+00:00',1);
CREATE TABLE "audit_log" (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'correct', 'classify', 'import', 'export', 'mark_in_error', 'migrate', 'view')),
        entity TEXT,
        entity_id INTEGER,
        patient_id INTEGER,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        content_hash TEXT);
INSERT INTO "audit_log" VALUES(1,'2026-10-02T08:00:00+00:00','ward7','create','patient',1,1,'{}','0000000000000000000000000000000000000000000000000000000000000000','83cd4e7047601b8745dee069243c85444e6d1e369a0603ed73c10888b87101d7','c1:39b68ec7e852b8874f93d110773ffbc3547df5340ba7ca883d1d2c764fa94123');
INSERT INTO "audit_log" VALUES(2,'2026-10-02T08:00:00+00:00','ward7','classify','assessment',1,1,'{"app_version":"0.1.0","evidence_version":"ev-1","lab_results":[1,2],"phenotype":"mals","ruleset_version":"immunosep-rule-1.0 (2025-12-08)","source":"typed","source_row":null,"status":"classified","supersedes":null}','83cd4e7047601b8745dee069243c85444e6d1e369a0603ed73c10888b87101d7','9423c135a8d9753f8c5ea0632ca30d94c0bb9215af4a5edcb15c6bc69d7cf544','c1:2326fd54b3f970c980cf25f618de7ab933d2bda2338e3079064ab6cbf5b8d6f8');
INSERT INTO "audit_log" VALUES(3,'2026-10-03T08:00:00+00:00','ward7','correct','assessment',2,1,'{"app_version":"0.1.0","evidence_version":"ev-1","lab_results":[3,4],"phenotype":"mals","ruleset_version":"immunosep-rule-1.0 (2025-12-08)","source":"typed","source_row":null,"status":"classified","supersedes":1}','9423c135a8d9753f8c5ea0632ca30d94c0bb9215af4a5edcb15c6bc69d7cf544','93f9b200c284329af609125a2c695d251db5269f19c83413e2a3e2dd697cce9a','c1:5e556e8adbf75dadc98f50fa1a267c2cebc197b5490936fe3644d09e6162317e');
INSERT INTO "audit_log" VALUES(4,'2026-10-04T08:00:00+00:00','ward7','mark_in_error','error_mark',1,1,'{"target":"assessment","target_id":2}','93f9b200c284329af609125a2c695d251db5269f19c83413e2a3e2dd697cce9a','b7a7623917e4c07aed579afb985822598a311db72c3012e0d5fa6a394783f245','c1:5c46501ff0411cb17f854eb009fc02b2175f97fe3a40f38624a4d0cf063c80c5');
INSERT INTO "audit_log" VALUES(5,'2026-10-05T08:00:00+00:00','ward7','import','import_batch',1,NULL,'{"assessments":1,"evidence_version":"ev-1","file":"labs.csv","lab_only_rows":1,"patients_created":1,"rows_read":2,"rows_without_values":0,"ruleset_version":"immunosep-rule-1.0 (2025-12-08)"}','b7a7623917e4c07aed579afb985822598a311db72c3012e0d5fa6a394783f245','7ea633d8efdd92c3bf97222c08e071b37572de33b0f405b718b439d35f838034','c1:b784088a5a243faba10a06522b8d9a94230b1cf77988239c23ca7a13e8ab36e2');
INSERT INTO "audit_log" VALUES(6,'2026-10-06T08:00:00+00:00','ward7','export','report',NULL,1,'{"format":"pdf"}','7ea633d8efdd92c3bf97222c08e071b37572de33b0f405b718b439d35f838034','bebc5be2368174d2935accf13c4ab1641d6edf4213d29a104a60e347886078e3',NULL);
INSERT INTO "audit_log" VALUES(7,'2026-10-07T08:00:00+00:00','ward7','create','daily_sofa',1,1,'{"app_version":"0.1.0","supersedes":null,"version":"sofa-1.0 (Vincent 1996 as in Singer 2016 Table 1; lower-edge convention)"}','bebc5be2368174d2935accf13c4ab1641d6edf4213d29a104a60e347886078e3','c113d452def7326533e9616649836a513816b689be7088dbd79a9f69f0216e74','c1:3115cbf27655d279e29505aade0717ff61520bf208f2042a78f748fd31cfcdf2');
INSERT INTO "audit_log" VALUES(8,'2026-10-07T08:00:00+00:00','ward7','correct','daily_sofa',2,1,'{"app_version":"0.1.0","supersedes":1,"version":"sofa-1.0 (Vincent 1996 as in Singer 2016 Table 1; lower-edge convention)"}','c113d452def7326533e9616649836a513816b689be7088dbd79a9f69f0216e74','39fdf1e7ad3cca5d42d1e97aa46313be3fa1ff87f4d3a722c5f1ce9ca314b94e','c1:9cd51c0e9986313f6dff5e491db04118a3dc6376ed626ab67135af53d2026e40');
INSERT INTO "audit_log" VALUES(9,'2026-10-08T08:00:00+00:00','ward7','mark_in_error','error_mark',2,1,'{"target":"daily_sofa","target_id":2}','39fdf1e7ad3cca5d42d1e97aa46313be3fa1ff87f4d3a722c5f1ce9ca314b94e','c8de8f2cdc7c6658b9ce4ffcf93d8a7c34fb000a9f7766078118e2b43c207ef3','c1:39571dbfdcc525bf18d0b5dd2145e983eba7c86d8b2970a79639e2fb499efb17');
INSERT INTO "audit_log" VALUES(10,'2026-10-09T08:00:00+00:00','ward7','create','death',1,1,'{"app_version":"0.1.0","supersedes":null,"version":"death-1"}','c8de8f2cdc7c6658b9ce4ffcf93d8a7c34fb000a9f7766078118e2b43c207ef3','4960f109af2ff5cf9d4fc074f7243b04bf21026140e0e7a236abae39e01e56b1','c1:bcfd95a13adf521c53305107cbe5ce8a75c6d57ca485a8f5612fd56b94f8c535');
INSERT INTO "audit_log" VALUES(11,'2026-10-09T08:00:00+00:00','ward7','create','eligibility',1,1,'{"app_version":"0.1.0","supersedes":null,"version":"immunosep-eligibility-1.0 (NCT04990232 registry text)"}','4960f109af2ff5cf9d4fc074f7243b04bf21026140e0e7a236abae39e01e56b1','fa55849cd23b0c520478663a2b3be9d1dd3400a6c77b55ad6195f5629a6472ef','c1:e04150a9360f1933d61a3e8902d216f4a10382e61fefb6c747bbd05cd54d4057');
INSERT INTO "audit_log" VALUES(12,'2026-10-10T08:00:00+00:00','ward7','view','import_file',NULL,NULL,'{"file":"seen.csv","stored":false}','fa55849cd23b0c520478663a2b3be9d1dd3400a6c77b55ad6195f5629a6472ef','016c9cccc32bb1a6db78aa42c1d6dfed785192bbab65ef99dd23fc6918755086',NULL);
CREATE TABLE daily_sofa (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        supersedes_id INTEGER REFERENCES daily_sofa(id),
        correction_reason TEXT,
        recorded_at TEXT NOT NULL,
        recorded_at_utc TEXT NOT NULL,
        os_user TEXT NOT NULL,
        app_version TEXT NOT NULL,
        study_day INTEGER NOT NULL CHECK (study_day >= 1),
        sofa_date TEXT NOT NULL CHECK (sofa_date LIKE '____-__-__'),
        total INTEGER NOT NULL CHECK (total BETWEEN 0 AND 24),
        assessed_components INTEGER NOT NULL CHECK (assessed_components BETWEEN 0 AND 6),
        method TEXT NOT NULL CHECK (method IN ('calculator', 'total')),
        inputs_json TEXT,
        decimal_comma INTEGER NOT NULL CHECK (decimal_comma IN (0, 1)),
        result_json TEXT,
        sofa_version TEXT NOT NULL,
        CHECK ((method = 'calculator' AND inputs_json IS NOT NULL AND result_json IS NOT NULL)
            OR (method = 'total' AND inputs_json IS NULL AND result_json IS NULL)),
        CHECK (supersedes_id IS NULL OR (correction_reason IS NOT NULL
                                         AND length(trim(correction_reason)) > 0)));
INSERT INTO "daily_sofa" VALUES(1,1,NULL,NULL,'2026-10-07T08:00:00+00:00','2026-10-07T08:00:00+00:00','ward7','0.1.0',1,'2026-10-07',9,6,'total',NULL,0,NULL,'sofa-1.0 (Vincent 1996 as in Singer 2016 Table 1; lower-edge convention)');
INSERT INTO "daily_sofa" VALUES(2,1,1,'misread','2026-10-07T08:00:00+00:00','2026-10-07T08:00:00+00:00','ward7','0.1.0',1,'2026-10-07',8,6,'total',NULL,0,NULL,'sofa-1.0 (Vincent 1996 as in Singer 2016 Table 1; lower-edge convention)');
CREATE TABLE deaths (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        supersedes_id INTEGER REFERENCES deaths(id),
        correction_reason TEXT,
        recorded_at TEXT NOT NULL,
        recorded_at_utc TEXT NOT NULL,
        os_user TEXT NOT NULL,
        app_version TEXT NOT NULL,
        died_on TEXT NOT NULL CHECK (died_on LIKE '____-__-__'),
        CHECK (supersedes_id IS NULL OR (correction_reason IS NOT NULL
                                         AND length(trim(correction_reason)) > 0)));
INSERT INTO "deaths" VALUES(1,1,NULL,NULL,'2026-10-09T08:00:00+00:00','2026-10-09T08:00:00+00:00','ward7','0.1.0','2026-10-09');
CREATE TABLE eligibility_checks (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        supersedes_id INTEGER REFERENCES eligibility_checks(id),
        correction_reason TEXT,
        recorded_at TEXT NOT NULL,
        recorded_at_utc TEXT NOT NULL,
        os_user TEXT NOT NULL,
        app_version TEXT NOT NULL,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id),
        answers_json TEXT NOT NULL,
        result_json TEXT NOT NULL,
        criteria_met INTEGER NOT NULL CHECK (criteria_met >= 0),
        criteria_failed INTEGER NOT NULL CHECK (criteria_failed >= 0),
        criteria_unknown INTEGER NOT NULL CHECK (criteria_unknown >= 0),
        eligibility_version TEXT NOT NULL,
        CHECK (supersedes_id IS NULL OR (correction_reason IS NOT NULL
                                         AND length(trim(correction_reason)) > 0)));
INSERT INTO "eligibility_checks" VALUES(1,1,NULL,NULL,'2026-10-09T08:00:00+00:00','2026-10-09T08:00:00+00:00','ward7','0.1.0',1,'{"age":"66","anc":null,"answers":{},"cannot_classify":false,"decimal_comma":false,"phenotype":"mals"}','{"criteria":[{"answer":"yes","basis":{"code":"eligibility_from_age","message":"From the age entered: 66 years.","params":{"age":"66"}},"key":"age_18_or_over","kind":"inclusion","number":1,"status":"met","text":"Age 18 years or older.","trial_procedure":false,"unverified":null},{"answer":"unknown","basis":null,"key":"not_planning_pregnancy","kind":"inclusion","number":2,"status":"unknown","text":"Women: unwilling to become pregnant during the study (men meet this criterion).","trial_procedure":true,"unverified":null},{"answer":"unknown","basis":null,"key":"informed_consent","kind":"inclusion","number":3,"status":"unknown","text":"Written informed consent by the patient, or by a first-degree relative or spouse if the patient cannot consent.","trial_procedure":true,"unverified":null},{"answer":"unknown","basis":null,"key":"infection_type","kind":"inclusion","number":4,"status":"unknown","text":"Infection is community-acquired pneumonia, hospital-acquired pneumonia, ventilator-associated pneumonia or primary bacteraemia.","trial_procedure":false,"unverified":null},{"answer":"unknown","basis":null,"key":"sepsis_3","kind":"inclusion","number":5,"status":"unknown","text":"Sepsis by Sepsis-3: total SOFA ≥ 2 on admission with infection through the emergency department, or a rise of the admission SOFA by ≥ 2 points in a patient already in hospital.","trial_procedure":false,"unverified":null},{"answer":"yes","basis":{"code":"eligibility_from_phenotype","message":"From the phenotype: MALS.","params":{"phenotype":"mals"}},"key":"immune_phenotype","kind":"inclusion","number":6,"status":"met","text":"Laboratory signs of MALS (ferritin > 4420 ng/mL) or of immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR < 5000 antibodies per monocyte, QuantiBRITE). Patients with COVID-19 could enter the MALS arm only.","trial_procedure":false,"unverified":null},{"answer":"unknown","basis":null,"key":"within_72_hours","kind":"inclusion","number":7,"status":"unknown","text":"Less than 72 hours since sepsis was recognised by Sepsis-3 (in the trial: to the start of the blinded study drug).","trial_procedure":false,"unverified":null},{"answer":"no","basis":{"code":"eligibility_from_age","message":"From the age entered: 66 years.","params":{"age":"66"}},"key":"age_under_18","kind":"exclusion","number":1,"status":"met","text":"Age under 18 years.","trial_procedure":false,"unverified":null},{"answer":"unknown","basis":null,"key":"consent_refused","kind":"exclusion","number":2,"status":"unknown","text":"Written informed consent refused.","trial_procedure":true,"unverified":null},{"answer":"unknown","basis":null,"key":"other_infection_site","kind":"exclusion","number":3,"status":"unknown","text":"Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.","trial_procedure":false,"unverified":null},{"answer":"unknown","basis":null,"key":"stage_iv_malignancy","kind":"exclusion","number":4,"status":"unknown","text":"Any stage IV malignancy.","trial_procedure":false,"unverified":null},{"answer":"unknown","basis":null,"key":"neutropenia","kind":"exclusion","number":5,"status":"unknown","text":"Neutropenia: absolute neutrophil count < 1500/mm³.","trial_procedure":false,"unverified":{"code":"criterion_neutropenia_unverified","message":"Unverified: the registry gives < 1500/mm³, a transcription of the protocol < 1000/mm³; the discrepancy is unresolved.","params":{}}},{"answer":"unknown","basis":null,"key":"do_not_resuscitate","kind":"exclusion","number":6,"status":"unknown","text":"Any do-not-resuscitate decision.","trial_procedure":false,"unverified":null},{"answer":"unknown","basis":null,"key":"bacteraemia_contaminant","kind":"exclusion","number":7,"status":"unknown","text":"Bacteraemia with coagulase-negative staphylococci or other skin commensals, or a catheter-related infection.","trial_procedure":false,"unverified":null}],"criteria_failed":[],"criteria_met":["age_18_or_over","immune_phenotype","age_under_18"],"criteria_unknown":["not_planning_pregnancy","informed_consent","infection_type","sepsis_3","within_72_hours","consent_refused","other_infection_site","stage_iv_malignancy","neutropenia","do_not_resuscitate","bacteraemia_contaminant"],"sources":["ClinicalTrials.gov NCT04990232 as copied at https://trials.co/clinical-trials-details/-/NCT04990232 and https://www.clinicaltrialexchange.com/clinical-trials/Personalized-Immunotherapy-in-Sepsis/NCT04990232 (immunosep-reference §1.2)"],"statements":[{"code":"eligibility_population","message":"The ImmunoSep evidence comes from the population these criteria describe; it may not apply outside it.","params":{}},{"code":"eligibility_exclusions_truncated","message":"Unverified: every copy of the registry''s exclusion list read for this app ends after its seventh item; further exclusions (the protocol also has a corticosteroid-dose limit) are not listed here.","params":{}},{"code":"eligibility_not_blocking","message":"The checklist informs; it does not block a phenotype or a decision.","params":{}}],"summary":{"code":"eligibility_incomplete","message":"3 of 14 criteria met, 11 unknown, 0 not met.","params":{"failed":0,"met":3,"total":14,"unknown":11}},"version":"immunosep-eligibility-1.0 (NCT04990232 registry text)"}',3,0,11,'immunosep-eligibility-1.0 (NCT04990232 registry text)');
CREATE TABLE "error_marks" (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL CHECK (entity IN ('assessment', 'lab_result', 'daily_sofa', 'death', 'eligibility', 'hscore')),
        entity_id INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        marked_at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        UNIQUE (entity, entity_id));
INSERT INTO "error_marks" VALUES(1,'assessment',2,'wrong tube','2026-10-04T08:00:00+00:00','ward7');
INSERT INTO "error_marks" VALUES(2,'daily_sofa',2,'other bed','2026-10-08T08:00:00+00:00','ward7');
CREATE TABLE hscores (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        supersedes_id INTEGER REFERENCES hscores(id),
        correction_reason TEXT,
        recorded_at TEXT NOT NULL,
        recorded_at_utc TEXT NOT NULL,
        os_user TEXT NOT NULL,
        app_version TEXT NOT NULL,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id),
        inputs_json TEXT NOT NULL,
        decimal_comma INTEGER NOT NULL CHECK (decimal_comma IN (0, 1)),
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 337),
        probability_percent TEXT NOT NULL,
        result_json TEXT NOT NULL,
        hscore_version TEXT NOT NULL,
        CHECK (supersedes_id IS NULL OR (correction_reason IS NOT NULL
                                         AND length(trim(correction_reason)) > 0)));
CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        source_file TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        app_version TEXT NOT NULL,
        ruleset_version TEXT NOT NULL,
        evidence_version TEXT,
        options_json TEXT NOT NULL,
        rows_read INTEGER NOT NULL CHECK (rows_read >= 0),
        assessments INTEGER NOT NULL CHECK (assessments >= 0),
        lab_only_rows INTEGER NOT NULL CHECK (lab_only_rows >= 0),
        rows_without_values INTEGER NOT NULL CHECK (rows_without_values >= 0));
INSERT INTO "import_batches" VALUES(1,'labs.csv','2026-10-05T08:00:00+00:00','2026-10-05T08:00:00+00:00','ward7','0.1.0','immunosep-rule-1.0 (2025-12-08)','ev-1','{"ferritin_near_band_pct":"10","hla_dr_near_band_pct":"15","max_sample_interval":{"microseconds":86400000000},"max_hla_dr_processing_delay":{"microseconds":14400000000},"future_tolerance":{"microseconds":300000000},"hla_dr_implausibly_low_ab_c":"100"}',2,1,1,0);
CREATE TABLE lab_results (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        assessment_id INTEGER REFERENCES assessments(id),
        analyte TEXT NOT NULL CHECK (analyte IN ('ferritin', 'hla_dr')),
        value_text TEXT NOT NULL,
        comparator TEXT NOT NULL,
        value TEXT NOT NULL,
        unit TEXT NOT NULL,
        canonical_value TEXT,
        canonical_unit TEXT,
        sampled_at TEXT,
        recorded_at TEXT NOT NULL,
    source_kind TEXT NOT NULL CHECK (source_kind IN ('typed', 'file')),
    source_file TEXT,
    source_row INTEGER, import_id INTEGER REFERENCES import_batches(id),
    CHECK ((source_kind = 'typed' AND source_file IS NULL AND source_row IS NULL)
        OR (source_kind = 'file' AND source_file IS NOT NULL)));
INSERT INTO "lab_results" VALUES(1,1,1,'ferritin','6000','=','6000','ng/mL','6000','ng/mL','2026-10-01T08:00:00+00:00','2026-10-02T08:00:00+00:00','typed',NULL,NULL,NULL);
INSERT INTO "lab_results" VALUES(2,1,1,'hla_dr','3000','=','3000','AB/C','3000','AB/C','2026-10-01T08:00:00+00:00','2026-10-02T08:00:00+00:00','typed',NULL,NULL,NULL);
INSERT INTO "lab_results" VALUES(3,1,2,'ferritin','7000','=','7000','ng/mL','7000','ng/mL','2026-10-01T08:00:00+00:00','2026-10-03T08:00:00+00:00','typed',NULL,NULL,NULL);
INSERT INTO "lab_results" VALUES(4,1,2,'hla_dr','3000','=','3000','AB/C','3000','AB/C','2026-10-01T08:00:00+00:00','2026-10-03T08:00:00+00:00','typed',NULL,NULL,NULL);
INSERT INTO "lab_results" VALUES(5,2,NULL,'ferritin','100','=','100','ng/mL','100','ng/mL','2026-10-05T08:00:00+00:00','2026-10-05T08:00:00+00:00','file','labs.csv',3,1);
INSERT INTO "lab_results" VALUES(6,2,NULL,'hla_dr','3000','=','3000','AB/C','3000','AB/C','2026-10-05T08:00:00+00:00','2026-10-05T08:00:00+00:00','file','labs.csv',3,1);
CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        identifier TEXT NOT NULL UNIQUE CHECK (length(trim(identifier)) > 0),
        pseudonym TEXT,
        created_at TEXT NOT NULL, import_id INTEGER REFERENCES import_batches(id));
INSERT INTO "patients" VALUES(1,'R-A',NULL,'2026-10-02T08:00:00+00:00',NULL);
INSERT INTO "patients" VALUES(2,'R-B',NULL,'2026-10-05T08:00:00+00:00',1);
CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO "store_meta" VALUES('database_id','67f681fd-969b-450f-a2c2-ce314651d442');
INSERT INTO "store_meta" VALUES('mode','clinical');
INSERT INTO "store_meta" VALUES('audit_head','12 016c9cccc32bb1a6db78aa42c1d6dfed785192bbab65ef99dd23fc6918755086');
CREATE UNIQUE INDEX assessments_one_correction ON assessments(supersedes_id) WHERE supersedes_id IS NOT NULL;
CREATE INDEX assessments_by_patient ON assessments(patient_id, assessed_at_utc);
CREATE INDEX lab_results_by_patient ON lab_results(patient_id);
CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients BEGIN SELECT RAISE(ABORT, 'patients is append-only: rows are never deleted'); END;
CREATE TRIGGER patients_no_update BEFORE UPDATE ON patients BEGIN SELECT RAISE(ABORT, 'patients is append-only: rows are never changed'); END;
CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments BEGIN SELECT RAISE(ABORT, 'assessments is append-only: rows are never deleted'); END;
CREATE TRIGGER lab_results_no_delete BEFORE DELETE ON lab_results BEGIN SELECT RAISE(ABORT, 'lab_results is append-only: rows are never deleted'); END;
CREATE TRIGGER lab_results_no_update BEFORE UPDATE ON lab_results BEGIN SELECT RAISE(ABORT, 'lab_results is append-only: rows are never changed'); END;
CREATE TRIGGER assessments_no_update BEFORE UPDATE ON assessments BEGIN SELECT RAISE(ABORT, 'assessments is append-only: rows are never changed'); END;
CREATE INDEX assessments_by_sample ON assessments(patient_id, sampled_at_utc);
CREATE INDEX patients_by_import ON patients(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX assessments_by_import ON assessments(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX lab_results_by_import ON lab_results(import_id) WHERE import_id IS NOT NULL;
CREATE TRIGGER import_batches_no_delete BEFORE DELETE ON import_batches BEGIN SELECT RAISE(ABORT, 'import_batches is append-only: rows are never deleted'); END;
CREATE TRIGGER import_batches_no_update BEFORE UPDATE ON import_batches BEGIN SELECT RAISE(ABORT, 'import_batches is append-only: rows are never changed'); END;
CREATE UNIQUE INDEX daily_sofa_one_correction ON daily_sofa(supersedes_id) WHERE supersedes_id IS NOT NULL;
CREATE INDEX daily_sofa_by_patient ON daily_sofa(patient_id);
CREATE UNIQUE INDEX deaths_one_correction ON deaths(supersedes_id) WHERE supersedes_id IS NOT NULL;
CREATE INDEX deaths_by_patient ON deaths(patient_id);
CREATE UNIQUE INDEX eligibility_checks_one_correction ON eligibility_checks(supersedes_id) WHERE supersedes_id IS NOT NULL;
CREATE INDEX eligibility_checks_by_patient ON eligibility_checks(patient_id);
CREATE UNIQUE INDEX hscores_one_correction ON hscores(supersedes_id) WHERE supersedes_id IS NOT NULL;
CREATE INDEX hscores_by_patient ON hscores(patient_id);
CREATE TRIGGER daily_sofa_no_delete BEFORE DELETE ON daily_sofa BEGIN SELECT RAISE(ABORT, 'daily_sofa is append-only: rows are never deleted'); END;
CREATE TRIGGER daily_sofa_no_update BEFORE UPDATE ON daily_sofa BEGIN SELECT RAISE(ABORT, 'daily_sofa is append-only: rows are never changed'); END;
CREATE TRIGGER deaths_no_delete BEFORE DELETE ON deaths BEGIN SELECT RAISE(ABORT, 'deaths is append-only: rows are never deleted'); END;
CREATE TRIGGER deaths_no_update BEFORE UPDATE ON deaths BEGIN SELECT RAISE(ABORT, 'deaths is append-only: rows are never changed'); END;
CREATE TRIGGER eligibility_checks_no_delete BEFORE DELETE ON eligibility_checks BEGIN SELECT RAISE(ABORT, 'eligibility_checks is append-only: rows are never deleted'); END;
CREATE TRIGGER eligibility_checks_no_update BEFORE UPDATE ON eligibility_checks BEGIN SELECT RAISE(ABORT, 'eligibility_checks is append-only: rows are never changed'); END;
CREATE TRIGGER hscores_no_delete BEFORE DELETE ON hscores BEGIN SELECT RAISE(ABORT, 'hscores is append-only: rows are never deleted'); END;
CREATE TRIGGER hscores_no_update BEFORE UPDATE ON hscores BEGIN SELECT RAISE(ABORT, 'hscores is append-only: rows are never changed'); END;
CREATE TRIGGER error_marks_no_delete BEFORE DELETE ON error_marks BEGIN SELECT RAISE(ABORT, 'error_marks is append-only: rows are never deleted'); END;
CREATE TRIGGER error_marks_no_update BEFORE UPDATE ON error_marks BEGIN SELECT RAISE(ABORT, 'error_marks is append-only: rows are never changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows are never deleted'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows are never changed'); END;
CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log BEGIN
        INSERT OR REPLACE INTO store_meta (key, value)
        VALUES ('audit_head', NEW.seq || ' ' || NEW.hash); END;
COMMIT;
