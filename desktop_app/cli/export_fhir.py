"""``immunosep export-fhir --patient-id ID --out FILE.json``: a patient's stored assessments as a
FHIR R4 Bundle (``services.fhir_export``), written atomically and audited as an export."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli._store_args import add_store_options, open_from_args
from desktop_app.cli.common import add_lang_option, diagnostics
from desktop_app.i18n import N_


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export-fhir", help="write a patient's stored assessments as a FHIR R4 Bundle",
        description="Write every current stored assessment of one patient (corrections as "
                    "'corrected', those marked entered in error as 'entered-in-error') as FHIR "
                    "R4 Observations with the laboratory values they came from, in a collection "
                    "Bundle; optionally with the PDF report attached. Exit 0 when written, 2 "
                    "when there is nothing to export or the file cannot be written.")
    p.add_argument("--patient-id", metavar="ID", required=True,
                   help="the patient identifier used when saving")
    p.add_argument("--patient-id-system", metavar="URI",
                   help="the identifier system (issuer) the receiving system knows the patient "
                        "id by, e.g. the hospital's MRN namespace URI")
    p.add_argument("--out", metavar="FILE.json", required=True, type=Path,
                   help="where to write the Bundle")
    p.add_argument("--pdf", metavar="REPORT.pdf", type=Path,
                   help="attach this PDF report (e.g. from 'immunosep report') to the newest "
                        "assessment as a DocumentReference")
    p.add_argument("--force", action="store_true",
                   help="overwrite an existing file (never done otherwise)")
    add_lang_option(p)
    add_store_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from datetime import datetime

    from desktop_app.services.atomic import TargetExistsError
    from desktop_app.services.fhir_export import (
        FhirExportError,
        PatientRef,
        assessment_count,
        history_bundle,
        write_bundle,
    )
    from desktop_app.services.records import StoreError

    diag = diagnostics(args)
    patient_id = args.patient_id.strip()
    if not patient_id:
        return diag.error(N_("--patient-id: a patient identifier is needed"))
    pdf = None
    if args.pdf is not None:
        try:
            pdf = args.pdf.read_bytes()
        except OSError as exc:
            return diag.error(N_("--pdf: {path} cannot be read ({reason})"), path=str(args.pdf),
                              reason=str(exc.strerror))
    now = datetime.now().astimezone()
    try:
        with open_from_args(args) as store:
            entries = store.history(patient_id)
            if not entries:
                return diag.error(N_("no stored assessments for patient {patient}; nothing "
                                     "written"), patient=patient_id)
            doc = history_bundle(entries, PatientRef(patient_id, args.patient_id_system),
                                 now=now, pdf=pdf, training=store.training)
            written = write_bundle(args.out, doc, overwrite=args.force)
            count = assessment_count(doc)
            try:
                store.audit("export", now=now, patient_id=patient_id, entity="fhir_bundle",
                            detail={"kind": "fhir", "assessments": count,
                                    "pdf": pdf is not None})
            except StoreError:
                written.unlink(missing_ok=True)  # an export that is not audited is not made
                raise
            training = store.training
    except TargetExistsError:
        return diag.error(N_("--out: {path} exists; add --force to replace it"), path=str(args.out))
    except IsADirectoryError:
        return diag.error(N_("--out: {path} is not a regular file"), path=str(args.out))
    except (FhirExportError, StoreError) as exc:  # both word themselves (localized)
        return diag.error_of(exc)
    except OSError as exc:
        return diag.error(N_("--out: {path} cannot be written ({reason})"), path=str(args.out),
                          reason=str(exc.strerror))
    tr = diag.tr
    if training:
        print(tr("TRAINING DATABASE — not clinical records"))
    print(tr.plural("Wrote {path}: {n} assessment of patient {patient} as a FHIR R4 Bundle.",
                    "Wrote {path}: {n} assessments of patient {patient} as a FHIR R4 Bundle.",
                    count, path=str(written), patient=patient_id))
    return 0
