"""``immunosep report``: one patient's PDF report from the same values ``assess`` takes."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_app.cli._store_args import add_data_dir_option
from desktop_app.cli.common import (
    OPTION_NAMES,
    Diagnostics,
    OptionError,
    add_value_options,
    diagnostics,
    entry_from_args,
)
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.values import InputError
from desktop_app.i18n import N_
from desktop_app.site_config import LANGUAGES

if TYPE_CHECKING:
    from desktop_app.report.options import PatientIdentity, ReportOptions
    from desktop_app.services.demo import DemoCase

VALUE_OPTIONS = ("ferritin", "hla_dr", "age", "ferritin_sampled", "hla_dr_sampled",
                 "hla_dr_processed")


def add_layout_options(p: argparse.ArgumentParser) -> None:
    """Options shared by ``report`` and ``report-batch``; defaults from the site configuration
    (``[report]`` in site.toml, set by IT)."""
    g = p.add_argument_group("report layout (defaults: the site configuration's [report])")
    g.add_argument("--paper", type=str.lower, choices=("a4", "letter"),
                   help="page size (default: the site's, else a4)")
    g.add_argument("--institution", metavar="TEXT",
                   help="institution printed in the page header (default: the site's)")
    g.add_argument("--ward", metavar="TEXT",
                   help="ward printed in the page header (default: the site's)")
    g.add_argument("--appendix", action=argparse.BooleanOptionalAction,
                   help="add the full evidence (published vs recomputed figures, safety, "
                        "population, provenance) after the one-page report (default: the "
                        "site's, else no)")
    g.add_argument("--lang", choices=LANGUAGES, metavar="LANG",
                   help=f"language of every word on the report and of what this command "
                        f"prints ({', '.join(LANGUAGES)}); dates and numbers follow it, input "
                        "rules do not (default: the site's [display] language, else en; "
                        "error lines only follow --lang)")
    g.add_argument("--force", action="store_true",
                   help="overwrite existing files (never done otherwise)")
    g.add_argument("--demo", action="store_true",
                   help="training mode: every page marked 'TRAINING — NOT FOR CLINICAL USE'")


def layout_options(args: argparse.Namespace) -> ReportOptions:
    """The report options from the command line over the site configuration.

    Raises ``SiteConfigError`` (a sentence naming the file and key) when site.toml is invalid,
    ``CatalogueError`` when the language's catalogue cannot be read (an installation defect).
    The workstation's locale never chooses a report's language: a script gets the same report
    on every computer.
    """
    from desktop_app.i18n import DEFAULT_LANGUAGE
    from desktop_app.services.reports import make_options
    from desktop_app.site_config import load_site_config

    config = load_site_config()
    site = config.report
    return make_options(
        institution=site.institution if args.institution is None else args.institution,
        ward=site.ward if args.ward is None else args.ward,
        paper=(args.paper or site.paper).lower(),
        appendix=site.appendix if args.appendix is None else args.appendix,
        lang=args.lang or config.display.language or DEFAULT_LANGUAGE,
        training=args.demo)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "report", help="write one patient's PDF report",
        description="Classify one set of values (options as for 'assess') and write the PDF "
                    "report. Exit 0 when the report was written, 2 on invalid input, an "
                    "existing file (without --force) or a file that cannot be written.")
    add_value_options(p)
    p.add_argument("--patient-id", metavar="ID",
                   help="patient identifier as used on the ward (printed exactly as given)")
    who = p.add_argument_group(
        "identification (optional; without any of them the report has a blank box for a "
        "patient label)")
    who.add_argument("--patient-name", metavar="TEXT", default="",
                     help="patient's name, printed exactly as given")
    who.add_argument("--birth-date", metavar="YYYY-MM-DD", default="",
                     help="date of birth (ISO 8601: a day-first or month-first date is "
                          "refused, never guessed)")
    who.add_argument("--record-number", metavar="TEXT", default="",
                     help="hospital record number, printed exactly as given")
    p.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write the PDF")
    p.add_argument("--case", metavar="DEMO-nnn",
                   help="with --demo: take values and identifier from a bundled training case")
    p.add_argument("--with-scores", action="store_true",
                   help="print the patient's stored eligibility checklist, day-9 SOFA measure "
                        "and HScore (immunosep sofa/eligibility/hscore --save) on page 1")
    add_data_dir_option(p)
    add_layout_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.services.demo import is_demo_identifier

    diag = diagnostics(args)  # in --lang only: the site's language words the report, not these
    note = ""
    if args.case:
        if not args.demo:
            return diag.error(N_("--case needs --demo (training cases are synthetic)"))
        given = [f"--{name.replace('_', '-')}" for name in VALUE_OPTIONS if getattr(args, name)]
        if given:
            return diag.error(N_("--case takes its values from the training case; drop "
                                 "{option}"), option=given[0])
        found = _demo_case(args.case)
        if found is None:
            return diag.error(N_("--case: no training case {case}; see {command}"),
                              case=repr(args.case), command="'immunosep gui --demo'")
        entry, note = found.entry, found.note
        patient_id = args.patient_id or found.id
    else:
        entry = entry_from_args(args)
        patient_id = args.patient_id
    if not patient_id or not patient_id.strip():
        return diag.error(N_("--patient-id: a patient identifier is needed on the report"))
    if args.demo and not is_demo_identifier(patient_id):
        return diag.error(N_("--patient-id: training reports use synthetic identifiers of the "
                             "form DEMO-nnn, never a real patient's"))
    if not args.demo and is_demo_identifier(patient_id):
        return diag.error(N_("--patient-id: DEMO-nnn identifiers are reserved for training; add "
                             "--demo"))
    try:
        identity = identity_from_args(args)
    except OptionError as exc:
        return diag.error_of(exc)
    try:
        from desktop_app.services.entry import build_inputs

        inputs = build_inputs(entry, decimal_comma=args.decimal_comma, names=OPTION_NAMES)
    except InputError as exc:
        return diag.input_error(exc)
    return _write(args, patient_id, inputs, note, identity, diag)


def identity_from_args(args: argparse.Namespace) -> PatientIdentity:
    """Name, date of birth and record number as given; the date must be YYYY-MM-DD."""
    from desktop_app.report.options import PatientIdentity, iso_birth_date

    birth = args.birth_date.strip()
    if birth:
        try:
            birth = iso_birth_date(birth)
        except ValueError as exc:  # BirthDateError: words itself as a field
            raise OptionError(N_("--birth-date: {reason}"), reason=exc) from None
    return PatientIdentity(args.patient_name.strip(), birth, args.record_number.strip())


def _demo_case(case_id: str) -> DemoCase | None:
    from desktop_app.services.demo import load_demo_cases

    return next((c for c in load_demo_cases() if c.id == case_id.strip().upper()), None)


def _write(args: argparse.Namespace, patient_id: str, inputs: PatientInputs, note: str,
           identity: PatientIdentity, diag: Diagnostics) -> int:
    from desktop_app.core.phenotype import classify
    from desktop_app.i18n import CatalogueError, translator
    from desktop_app.services.atomic import TargetExistsError
    from desktop_app.services.reports import write_patient_report
    from desktop_app.site_config import SiteConfigError

    now = datetime.now().astimezone()
    assessment = classify(inputs, now=now)
    try:
        options = layout_options(args)
    except (SiteConfigError, CatalogueError) as exc:  # English: site.toml, the catalogue
        return diag.error_of(exc)
    scores = None
    if args.with_scores:
        from desktop_app.cli._score_records import with_store

        def read(store: Any, _now: datetime) -> Any:
            from desktop_app.services.scores import read_scores, report_section

            return report_section(read_scores(store, patient_id), now.date())

        scores, code = with_store(args, read, saving=False)
        if code is not None:
            return code
    try:
        path = write_patient_report(args.out, assessment, patient_id, generated_at=now,
                                    options=options, overwrite=args.force, training_note=note,
                                    identity=identity, scores=scores)
    except TargetExistsError as exc:
        return diag.error(N_("--out: {path} exists; not overwritten (use --force to replace it)"),
                          path=str(exc.path))
    except OSError as exc:
        return diag.error(N_("--out: cannot write {path}: {reason}"), path=str(args.out),
                          reason=str(exc.strerror or exc))
    tr = translator(options.lang)
    print(tr("Report written: {path} ({phenotype})", path=str(path),
             phenotype=tr(assessment.headline)))
    return 0
