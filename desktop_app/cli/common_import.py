"""The lab-file import options shared by ``batch`` and ``report-batch``.

Usage in a subcommand module::

    from desktop_app.cli.common_import import add_import_options, import_options_from_args

    add_import_options(parser)              # in register()
    options = import_options_from_args(args)  # in the handler; ValueError -> diag.error_of

Option names are a public contract (``--sheet``, ``--column FIELD=HEADER``,
``--ferritin-unit``, ``--hla-dr-unit``, ``--decimal-comma``, ``--encoding``, ``--delimiter``);
the others (``--decimal-point``, ``--time-format``, ``--layout``, ``--max-interval-hours``,
``--max-rows``, ``--max-size-mb``, ``--format``) are additions.  Importing this module stays
cheap (no pandas).
"""

from __future__ import annotations

import argparse
import codecs
from datetime import timedelta
from pathlib import Path

from desktop_app.cli.common import OptionError
from desktop_app.i18n import N_
from desktop_app.lab_import.model import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_INTERVAL,
    DEFAULT_MAX_ROWS,
    FIELDS,
    ImportOptions,
)
from desktop_app.site_config import InboxConfig

FORMATS = ("csv", "excel", "hl7", "fhir")  # lab_import.reader.FORMATS, without importing it
_DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}
_MB = 1024 * 1024


def add_import_options(p: argparse.ArgumentParser) -> None:
    """Add the import options to ``p`` (in their own help group)."""
    g = p.add_argument_group("import options (everything is detected when not given; "
                             "ambiguous files are refused, never guessed)")
    g.add_argument("--format", choices=FORMATS,
                   help="read FILE as this format (default: HL7 v2 and FHIR JSON are "
                        "recognised by their content, tables by their extension)")
    g.add_argument("--sheet", metavar="NAME", help="worksheet of an XLSX/XLS/ODS file "
                   "(default: the first)")
    g.add_argument("--column", metavar="FIELD=HEADER", action="append", default=[],
                   help="read FIELD from the column headed HEADER; FIELD is one of "
                        + ", ".join(FIELDS) + " (repeatable)")
    g.add_argument("--ferritin-unit", metavar="UNIT",
                   help="unit of every ferritin value (ng/mL, µg/L, pmol/L, µg/dL), overriding "
                        "the header; a unit column that disagrees rejects the row")
    g.add_argument("--hla-dr-unit", metavar="UNIT",
                   help="unit of every HLA-DR value (AB/C; %% and MFI are recognised but "
                        "cannot establish immunoparalysis)")
    sep = g.add_mutually_exclusive_group()
    sep.add_argument("--decimal-comma", dest="decimal_comma", action="store_const", const=True,
                     default=None, help="',' is the decimal separator (then '.' is refused)")
    sep.add_argument("--decimal-point", dest="decimal_comma", action="store_const", const=False,
                     help="'.' is the decimal separator (then ',' is refused)")
    g.add_argument("--encoding", metavar="ENC",
                   help="text encoding of a CSV file (utf-8, utf-8-sig, cp1252, latin-1, utf-16)")
    g.add_argument("--delimiter", metavar="CHAR",
                   help="CSV delimiter: ',' ';' '|' or tab (names: comma, semicolon, tab, pipe)")
    g.add_argument("--time-format", metavar="FORMAT",
                   help="strptime format of sample times that are not ISO 8601, e.g. "
                        "'%%d.%%m.%%Y %%H:%%M'")
    g.add_argument("--layout", choices=("wide", "long"),
                   help="wide: one row per sample; long: one row per test result")
    g.add_argument("--max-interval-hours", metavar="HOURS", type=_positive("a number of hours"),
                   default=DEFAULT_MAX_INTERVAL.total_seconds() / 3600,
                   help="long layout: pair ferritin and HLA-DR of one patient only when sampled "
                        "at most this far apart (default 24)")
    g.add_argument("--max-rows", metavar="N", type=_positive("a whole number of rows", int),
                   default=DEFAULT_MAX_ROWS,
                   help=f"refuse files with more data rows (default {DEFAULT_MAX_ROWS})")
    g.add_argument("--max-size-mb", metavar="MB", type=_positive("a number of megabytes"),
                   default=DEFAULT_MAX_BYTES / _MB,
                   help=f"refuse larger files (default {DEFAULT_MAX_BYTES // _MB})")


def _inbox_settings(args: argparse.Namespace) -> InboxConfig:
    """The site's ``[inbox]`` codes and patient-id issuer, which HL7 and FHIR files need
    (``site.toml``, read only for such a file; a broken one is refused with its sentence)."""
    from desktop_app.lab_import.message_file import sniff_format
    from desktop_app.site_config import SiteConfigError, load_site_config

    fmt = args.format or sniff_format(Path(args.file))
    if fmt not in ("hl7", "fhir"):
        return InboxConfig()
    try:
        return load_site_config().inbox
    except SiteConfigError as exc:
        raise ValueError(str(exc)) from None


def _positive(what: str, kind: type = float):
    """An argparse type: a number greater than 0, else a whole-sentence message."""

    def convert(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not {what}; give {what} greater "
                                             "than 0.") from None
        if not value > 0 or value != value or value == float("inf"):
            raise argparse.ArgumentTypeError(f"{text} is not allowed; give {what} greater "
                                             "than 0.")
        return value

    return convert


def import_options_from_args(args: argparse.Namespace) -> ImportOptions:
    """Build ``ImportOptions``; raises ``OptionError`` (a ``ValueError``) with a sentence naming
    the option for bad values, ``ValueError`` with site.toml's sentence for a broken one."""
    columns: dict[str, str] = {}
    for item in args.column:
        field, eq, header = item.partition("=")
        field = field.strip()
        if not eq or not field or not header.strip():
            raise OptionError(N_("--column {value}: write FIELD=HEADER, e.g. {example}."),
                              value=repr(item), example="ferritin='Ferritin (µg/l)'")
        if field not in FIELDS:
            raise OptionError(N_("--column {value}: {field} is not a field; the fields are "
                                 "{fields}."), value=repr(item), field=repr(field),
                              fields=", ".join(FIELDS))
        if field in columns:
            raise OptionError(N_("--column {field} is given twice; give each field once."),
                              field=field)
        columns[field] = header
    delimiter = args.delimiter
    if delimiter is not None:
        delimiter = _DELIMITER_NAMES.get(delimiter.lower(), delimiter)
        if len(delimiter) != 1:
            #: comma, semicolon, tab and pipe are the names --delimiter takes: keep them
            raise OptionError(N_("--delimiter {value} is not a delimiter; give one character "
                                 "or comma, semicolon, tab or pipe."), value=repr(args.delimiter))
    if args.encoding is not None:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise OptionError(N_("--encoding {value} is not an encoding this app knows; give "
                                 "e.g. utf-8 or cp1252."), value=repr(args.encoding)) from None
    if args.time_format is not None and "%H" not in args.time_format and \
            "%I" not in args.time_format:
        raise OptionError(N_("--time-format {value} has no time of day; it must include it "
                             "({example})."), value=repr(args.time_format), example="%H:%M")
    inbox = _inbox_settings(args)
    return ImportOptions(
        format=args.format, hla_dr_codes=inbox.hla_dr_codes,
        patient_id_authority=inbox.patient_id_authority, sheet=args.sheet,
        columns=tuple(columns.items()), ferritin_unit=args.ferritin_unit,
        hla_dr_unit=args.hla_dr_unit, decimal_comma=args.decimal_comma, encoding=args.encoding,
        delimiter=delimiter, time_format=args.time_format, layout=args.layout,
        max_interval=timedelta(hours=args.max_interval_hours), max_rows=args.max_rows,
        max_bytes=int(args.max_size_mb * _MB))
