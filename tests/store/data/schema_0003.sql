BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0003');
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
        action TEXT NOT NULL CHECK (action IN ('create', 'correct', 'classify', 'import', 'export', 'mark_in_error', 'migrate')),
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
CREATE TABLE error_marks (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL CHECK (entity IN ('assessment', 'lab_result')),
        entity_id INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        marked_at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        UNIQUE (entity, entity_id));
INSERT INTO "error_marks" VALUES(1,'assessment',2,'wrong tube','2026-10-04T08:00:00+00:00','ward7');
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
INSERT INTO "store_meta" VALUES('database_id','a5061f7b-cfc4-470c-ac1b-990471584a24');
INSERT INTO "store_meta" VALUES('mode','clinical');
INSERT INTO "store_meta" VALUES('audit_head','6 bebc5be2368174d2935accf13c4ab1641d6edf4213d29a104a60e347886078e3');
CREATE UNIQUE INDEX assessments_one_correction ON assessments(supersedes_id) WHERE supersedes_id IS NOT NULL;
CREATE INDEX assessments_by_patient ON assessments(patient_id, assessed_at_utc);
CREATE INDEX lab_results_by_patient ON lab_results(patient_id);
CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients BEGIN SELECT RAISE(ABORT, 'patients is append-only: rows are never deleted'); END;
CREATE TRIGGER patients_no_update BEFORE UPDATE ON patients BEGIN SELECT RAISE(ABORT, 'patients is append-only: rows are never changed'); END;
CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments BEGIN SELECT RAISE(ABORT, 'assessments is append-only: rows are never deleted'); END;
CREATE TRIGGER lab_results_no_delete BEFORE DELETE ON lab_results BEGIN SELECT RAISE(ABORT, 'lab_results is append-only: rows are never deleted'); END;
CREATE TRIGGER lab_results_no_update BEFORE UPDATE ON lab_results BEGIN SELECT RAISE(ABORT, 'lab_results is append-only: rows are never changed'); END;
CREATE TRIGGER error_marks_no_delete BEFORE DELETE ON error_marks BEGIN SELECT RAISE(ABORT, 'error_marks is append-only: rows are never deleted'); END;
CREATE TRIGGER error_marks_no_update BEFORE UPDATE ON error_marks BEGIN SELECT RAISE(ABORT, 'error_marks is append-only: rows are never changed'); END;
CREATE TRIGGER assessments_no_update BEFORE UPDATE ON assessments BEGIN SELECT RAISE(ABORT, 'assessments is append-only: rows are never changed'); END;
CREATE INDEX assessments_by_sample ON assessments(patient_id, sampled_at_utc);
CREATE INDEX patients_by_import ON patients(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX assessments_by_import ON assessments(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX lab_results_by_import ON lab_results(import_id) WHERE import_id IS NOT NULL;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows are never deleted'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows are never changed'); END;
CREATE TRIGGER import_batches_no_delete BEFORE DELETE ON import_batches BEGIN SELECT RAISE(ABORT, 'import_batches is append-only: rows are never deleted'); END;
CREATE TRIGGER import_batches_no_update BEFORE UPDATE ON import_batches BEGIN SELECT RAISE(ABORT, 'import_batches is append-only: rows are never changed'); END;
CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log BEGIN
        INSERT OR REPLACE INTO store_meta (key, value)
        VALUES ('audit_head', NEW.seq || ' ' || NEW.hash); END;
COMMIT;
