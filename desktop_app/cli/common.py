"""Options shared by several subcommands, and one way to report bad input."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from desktop_app.core.values import InputError
from desktop_app.services.entry import EntryText, FieldNames
from desktop_app.site_config import LANGUAGES

if TYPE_CHECKING:
    from desktop_app.i18n import Translator

OPTION_NAMES = FieldNames(
    ferritin="--ferritin", ferritin_unit="--ferritin-unit", hla_dr="--hla-dr",
    hla_dr_unit="--hla-dr-unit", age="--age", ferritin_sampled="--ferritin-sampled",
    hla_dr_sampled="--hla-dr-sampled", hla_dr_processed="--hla-dr-processed")


def add_value_options(p: argparse.ArgumentParser) -> None:
    """The value options of ``assess`` (``report`` takes the same)."""
    g = p.add_argument_group("laboratory values")
    g.add_argument("--ferritin", metavar="VALUE",
                   help="ferritin, optionally censored: 5120, '>40000', '<=15'")
    g.add_argument("--ferritin-unit", metavar="UNIT", default="ng/mL",
                   help="ng/mL (default), µg/L (ug/L), pmol/L or µg/dL")
    g.add_argument("--hla-dr", metavar="VALUE", help="monocyte HLA-DR, e.g. 3200 or '<5000'")
    g.add_argument("--hla-dr-unit", metavar="UNIT", default="AB/C",
                   help="AB/C (default; antibodies bound per cell, QuantiBRITE). '%%' and 'MFI' "
                        "are recognised but cannot establish immunoparalysis")
    g.add_argument("--age", metavar="YEARS", help="age in years (the trial enrolled adults)")
    g.add_argument("--ferritin-sampled", metavar="ISO8601", help="ferritin sample date-time")
    g.add_argument("--hla-dr-sampled", metavar="ISO8601", help="HLA-DR sample date-time")
    g.add_argument("--hla-dr-processed", metavar="ISO8601",
                   help="HLA-DR staining/processing date-time (warns beyond 4 h)")
    g.add_argument("--decimal-comma", action="store_true",
                   help="read ',' as the decimal separator (then '.' is refused)")


def add_lang_option(p: argparse.ArgumentParser) -> None:
    """``--lang LANG``: the language of a command's text output (English by default, never the
    workstation's locale: a script gets the same text on every computer).  ``--json`` keeps
    codes and the English ``message`` whatever the language."""
    p.add_argument("--lang", choices=LANGUAGES, metavar="LANG",
                   help=f"language of the text output ({', '.join(LANGUAGES)}; default: en); "
                        "--json keeps codes and the English message")


def text_translator(args: argparse.Namespace) -> Translator:
    """The translator of ``--lang`` (English without it).  Raises ``CatalogueError`` when the
    language's catalogue cannot be read (an installation defect; ``immunosep self-test``)."""
    from desktop_app import i18n

    return i18n.translator(getattr(args, "lang", None))


def entry_from_args(args: argparse.Namespace) -> EntryText:
    return EntryText(
        ferritin=args.ferritin, ferritin_unit=args.ferritin_unit, hla_dr=args.hla_dr,
        hla_dr_unit=args.hla_dr_unit, age=args.age, ferritin_sampled=args.ferritin_sampled,
        hla_dr_sampled=args.hla_dr_sampled, hla_dr_processed=args.hla_dr_processed)


def fail(message: str) -> int:
    """One line on stderr, exit status 2."""
    print(f"immunosep: error: {message}", file=sys.stderr)
    return 2


def fail_input(exc: InputError) -> int:
    """``--option: <sentence>`` (the field of a command-line ``InputError`` is its option)."""
    return fail(f"{exc.field}: {exc.message}")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
