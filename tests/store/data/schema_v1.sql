BEGIN TRANSACTION;
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
    source_row INTEGER,
    CHECK ((source_kind = 'typed' AND source_file IS NULL AND source_row IS NULL)
        OR (source_kind = 'file' AND source_file IS NOT NULL)));
INSERT INTO "assessments" VALUES(1,1,NULL,NULL,'2026-06-04T08:00:00+00:00','2026-06-04T08:00:00+00:00','classified','mals','immunosep-rule-1.0 (2025-12-08)','ev-0','0.0.9','v1user','{"ferritin": {"entered": "6000", "unit": "ng/mL", "comparator": "=", "value": "6000", "converted": "6000", "converted_unit": "ng/mL", "conversion": "6000 ng/mL (no conversion)", "sampled_at": "2026-06-03T08:00:00+00:00"}, "hla_dr": {"entered": "3000", "unit": "AB/C", "comparator": "=", "value": "3000", "usable": true, "sampled_at": "2026-06-03T08:00:00+00:00", "processed_at": null}, "age_years": {"entered": "50", "comparator": "=", "value": "50"}}','{"status": "classified", "phenotype": "mals", "phenotype_label": "MALS (macrophage activation-like syndrome)", "treatment_arm": "anakinra", "reasons": [{"code": "ferritin_above_threshold", "message": "Ferritin 6000 ng/mL is > 4420 ng/mL: MALS criterion met."}, {"code": "both_criteria_met", "message": "HLA-DR < 5000 AB/C too: both criteria are met and MALS takes precedence, as in the trial."}], "warnings": [], "criteria": [{"key": "ferritin_above_mals_threshold", "label": "Ferritin > 4420 ng/mL (MALS)", "analyte": "ferritin", "entered": "6000 ng/mL", "converted": "6000 ng/mL", "comparator": "", "threshold": "> 4420 ng/mL", "met": true, "note": "met"}, {"key": "hla_dr_below_threshold", "label": "HLA-DR < 5000 AB/C (immunoparalysis)", "analyte": "hla_dr", "entered": "3000 AB/C", "converted": "3000 AB/C", "comparator": "", "threshold": "< 5000 AB/C", "met": true, "note": "met (not needed: MALS is decided by ferritin)"}, {"key": "age_adult", "label": "Age \u2265 18 years (trial population)", "analyte": "age", "entered": "50 years", "converted": "50 years", "comparator": "", "threshold": "\u2265 18 years", "met": true, "note": "met"}], "inputs": {"ferritin": {"entered": "6000", "unit": "ng/mL", "comparator": "=", "value": "6000", "converted": "6000", "converted_unit": "ng/mL", "conversion": "6000 ng/mL (no conversion)", "sampled_at": "2026-06-03T08:00:00+00:00"}, "hla_dr": {"entered": "3000", "unit": "AB/C", "comparator": "=", "value": "3000", "usable": true, "sampled_at": "2026-06-03T08:00:00+00:00", "processed_at": null}, "age_years": {"entered": "50", "comparator": "=", "value": "50"}}, "rule": ["MALS: ferritin > 4420 ng/mL (HLA-DR not needed; if HLA-DR < 5000 AB/C too, both criteria are met and MALS takes precedence, as in the trial).", "Immunoparalysis: ferritin \u2264 4420 ng/mL and HLA-DR < 5000 AB/C (antibodies bound per CD14 monocyte, QuantiBRITE).", "Unclassified: ferritin \u2264 4420 ng/mL and HLA-DR \u2265 5000 AB/C; the ImmunoSep evidence does not apply.", "Cannot classify: missing or undecidable values, HLA-DR not in AB/C when it is needed, or age < 18 years."], "ruleset_version": "immunosep-rule-1.0 (2025-12-08)", "evidence_version": "ev-0", "source": {"citation": "Giamarellos-Bourboulis EJ, Kotsaki A, Kotsamidi I, et al. Precision Immunotherapy to Improve Sepsis Outcomes: The ImmunoSep Randomized Clinical Trial. JAMA. Published online 2025-12-08.", "doi": "10.1001/jama.2025.24175", "registry_id": "NCT04990232"}}','typed',NULL,NULL);
INSERT INTO "assessments" VALUES(2,1,NULL,NULL,'2026-06-05T08:00:00+00:00','2026-06-05T08:00:00+00:00','classified','immunoparalysis','immunosep-rule-1.0 (2025-12-08)','ev-0','0.0.9','v1user','{"ferritin": {"entered": "2000", "unit": "ng/mL", "comparator": "=", "value": "2000", "converted": "2000", "converted_unit": "ng/mL", "conversion": "2000 ng/mL (no conversion)", "sampled_at": "2026-06-02T08:00:00+00:00"}, "hla_dr": {"entered": "3000", "unit": "AB/C", "comparator": "=", "value": "3000", "usable": true, "sampled_at": "2026-06-02T08:00:00+00:00", "processed_at": null}, "age_years": {"entered": "50", "comparator": "=", "value": "50"}}','{"status": "classified", "phenotype": "immunoparalysis", "phenotype_label": "Immunoparalysis (sepsis-induced)", "treatment_arm": "interferon_gamma", "reasons": [{"code": "ferritin_at_or_below_threshold", "message": "Ferritin 2000 ng/mL is \u2264 4420 ng/mL: MALS criterion not met."}, {"code": "hla_dr_below_threshold", "message": "HLA-DR 3000 AB/C is < 5000 AB/C: immunoparalysis criteria met."}], "warnings": [], "criteria": [{"key": "ferritin_above_mals_threshold", "label": "Ferritin > 4420 ng/mL (MALS)", "analyte": "ferritin", "entered": "2000 ng/mL", "converted": "2000 ng/mL", "comparator": "", "threshold": "> 4420 ng/mL", "met": false, "note": "not met"}, {"key": "hla_dr_below_threshold", "label": "HLA-DR < 5000 AB/C (immunoparalysis)", "analyte": "hla_dr", "entered": "3000 AB/C", "converted": "3000 AB/C", "comparator": "", "threshold": "< 5000 AB/C", "met": true, "note": "met"}, {"key": "age_adult", "label": "Age \u2265 18 years (trial population)", "analyte": "age", "entered": "50 years", "converted": "50 years", "comparator": "", "threshold": "\u2265 18 years", "met": true, "note": "met"}], "inputs": {"ferritin": {"entered": "2000", "unit": "ng/mL", "comparator": "=", "value": "2000", "converted": "2000", "converted_unit": "ng/mL", "conversion": "2000 ng/mL (no conversion)", "sampled_at": "2026-06-02T08:00:00+00:00"}, "hla_dr": {"entered": "3000", "unit": "AB/C", "comparator": "=", "value": "3000", "usable": true, "sampled_at": "2026-06-02T08:00:00+00:00", "processed_at": null}, "age_years": {"entered": "50", "comparator": "=", "value": "50"}}, "rule": ["MALS: ferritin > 4420 ng/mL (HLA-DR not needed; if HLA-DR < 5000 AB/C too, both criteria are met and MALS takes precedence, as in the trial).", "Immunoparalysis: ferritin \u2264 4420 ng/mL and HLA-DR < 5000 AB/C (antibodies bound per CD14 monocyte, QuantiBRITE).", "Unclassified: ferritin \u2264 4420 ng/mL and HLA-DR \u2265 5000 AB/C; the ImmunoSep evidence does not apply.", "Cannot classify: missing or undecidable values, HLA-DR not in AB/C when it is needed, or age < 18 years."], "ruleset_version": "immunosep-rule-1.0 (2025-12-08)", "evidence_version": "ev-0", "source": {"citation": "Giamarellos-Bourboulis EJ, Kotsaki A, Kotsamidi I, et al. Precision Immunotherapy to Improve Sepsis Outcomes: The ImmunoSep Randomized Clinical Trial. JAMA. Published online 2025-12-08.", "doi": "10.1001/jama.2025.24175", "registry_id": "NCT04990232"}}','typed',NULL,NULL);
CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN
            ('create', 'correct', 'classify', 'import', 'export', 'mark_in_error')),
        entity TEXT,
        entity_id INTEGER,
        patient_id INTEGER,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE);
INSERT INTO "audit_log" VALUES(1,'2026-06-01T08:00:00+00:00','v1user','create','patient',1,1,'{}','0000000000000000000000000000000000000000000000000000000000000000','3360234a450cb562564704daa181c19521aceb81d69199df812d3b15c1e009f5');
INSERT INTO "audit_log" VALUES(2,'2026-06-04T08:00:00+00:00','v1user','classify','assessment',1,1,'{"status":"classified"}','3360234a450cb562564704daa181c19521aceb81d69199df812d3b15c1e009f5','045791d222eb62de3bb8d3ae03cb13f9547a204ac58d2d483bdfe31af7cc4853');
INSERT INTO "audit_log" VALUES(3,'2026-06-05T08:00:00+00:00','v1user','classify','assessment',2,1,'{"status":"classified"}','045791d222eb62de3bb8d3ae03cb13f9547a204ac58d2d483bdfe31af7cc4853','1dee6248ac9884973f362896fef08a4af1a0b40ab62d21afa74b1a18e1e15428');
CREATE TABLE error_marks (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL CHECK (entity IN ('assessment', 'lab_result')),
        entity_id INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        marked_at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        UNIQUE (entity, entity_id));
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
    source_row INTEGER,
    CHECK ((source_kind = 'typed' AND source_file IS NULL AND source_row IS NULL)
        OR (source_kind = 'file' AND source_file IS NOT NULL)));
INSERT INTO "lab_results" VALUES(1,1,1,'ferritin','6000','=','6000','ng/mL','6000','ng/mL','2026-06-03T08:00:00+00:00','2026-06-04T08:00:00+00:00','typed',NULL,NULL);
INSERT INTO "lab_results" VALUES(2,1,2,'ferritin','2000','=','2000','ng/mL','2000','ng/mL','2026-06-02T08:00:00+00:00','2026-06-05T08:00:00+00:00','typed',NULL,NULL);
CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        identifier TEXT NOT NULL UNIQUE CHECK (length(trim(identifier)) > 0),
        pseudonym TEXT,
        created_at TEXT NOT NULL);
INSERT INTO "patients" VALUES(1,'V1-PATIENT',NULL,'2026-06-01T08:00:00+00:00');
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, app_version TEXT NOT NULL);
INSERT INTO "schema_migrations" VALUES(1,'initial records and audit trail','0.0.9');
CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO "store_meta" VALUES('mode','clinical');
INSERT INTO "store_meta" VALUES('audit_head','3 1dee6248ac9884973f362896fef08a4af1a0b40ab62d21afa74b1a18e1e15428');
CREATE UNIQUE INDEX assessments_one_correction ON assessments(supersedes_id) WHERE supersedes_id IS NOT NULL;
CREATE INDEX assessments_by_patient ON assessments(patient_id, assessed_at_utc);
CREATE INDEX lab_results_by_patient ON lab_results(patient_id);
CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients BEGIN SELECT RAISE(ABORT, 'patients is append-only: rows are never deleted'); END;
CREATE TRIGGER patients_no_update BEFORE UPDATE ON patients BEGIN SELECT RAISE(ABORT, 'patients is append-only: rows are never changed'); END;
CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments BEGIN SELECT RAISE(ABORT, 'assessments is append-only: rows are never deleted'); END;
CREATE TRIGGER assessments_no_update BEFORE UPDATE ON assessments BEGIN SELECT RAISE(ABORT, 'assessments is append-only: rows are never changed'); END;
CREATE TRIGGER lab_results_no_delete BEFORE DELETE ON lab_results BEGIN SELECT RAISE(ABORT, 'lab_results is append-only: rows are never deleted'); END;
CREATE TRIGGER lab_results_no_update BEFORE UPDATE ON lab_results BEGIN SELECT RAISE(ABORT, 'lab_results is append-only: rows are never changed'); END;
CREATE TRIGGER error_marks_no_delete BEFORE DELETE ON error_marks BEGIN SELECT RAISE(ABORT, 'error_marks is append-only: rows are never deleted'); END;
CREATE TRIGGER error_marks_no_update BEFORE UPDATE ON error_marks BEGIN SELECT RAISE(ABORT, 'error_marks is append-only: rows are never changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows are never deleted'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows are never changed'); END;
COMMIT;
