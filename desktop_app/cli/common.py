"""Options shared by several subcommands, and the one way a command writes on stderr.

Every line a command writes on stderr goes through :class:`Diagnostics` (``diagnostics(args)``
in the handler), in the language of ``--lang``::

    diag = diagnostics(args)
    return diag.error(N_("--out {path} already exists; use --force to replace it."), path=out)
    return diag.error_of(exc)        # a sentence that words itself (OptionError, LabFileError …)
    return diag.input_error(exc)     # a value the core cannot read: "--ferritin: <why>"
    diag.note(N_("not saved (add --save to store it)"))

The prefixes ``immunosep: error:`` / ``note:`` / ``warning:`` never change (scripts look for
them); the sentence after one is a single template with named fields, written in English and
marked with ``N_`` where it is written (``tools/i18n.py update`` collects it).  Option names
stay in the template as they are typed; paths, values and codes are fields, shown as they are.
Without ``--lang`` every line is the English one, byte for byte what scripts have parsed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from desktop_app.core.values import InputError
from desktop_app.i18n import N_
from desktop_app.services.entry import EntryText, FieldNames
from desktop_app.site_config import LANGUAGES

if TYPE_CHECKING:
    from desktop_app.i18n import Translator

PROGRAM = "immunosep"  # the first word of every diagnostic line

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
    """``--lang LANG``: the language of a command's text output and error lines (English by
    default, never the workstation's locale: a script gets the same text on every computer).
    ``--json`` keeps codes and the English ``message`` whatever the language."""
    p.add_argument("--lang", choices=LANGUAGES, metavar="LANG",
                   help=f"language of the text output and error lines ({', '.join(LANGUAGES)}; "
                        "default: en); --json keeps codes and the English message")


def text_translator(args: argparse.Namespace) -> Translator:
    """The translator of ``--lang`` (English without it), for a command's text output and its
    diagnostics.  Raises ``CatalogueError`` when the language's catalogue cannot be read (an
    installation defect; ``immunosep self-test``): ``cli.main`` tries it before the handler
    runs and refuses the command then, so a handler's call does not fail."""
    from desktop_app import i18n

    return i18n.translator(getattr(args, "lang", None))


def entry_from_args(args: argparse.Namespace) -> EntryText:
    return EntryText(
        ferritin=args.ferritin, ferritin_unit=args.ferritin_unit, hla_dr=args.hla_dr,
        hla_dr_unit=args.hla_dr_unit, age=args.age, ferritin_sampled=args.ferritin_sampled,
        hla_dr_sampled=args.hla_dr_sampled, hla_dr_processed=args.hla_dr_processed)


class OptionError(ValueError):
    """An option value or combination that cannot be used: an English ``template`` naming the
    option(s), marked with ``N_`` where it is raised, and the values of its fields (strings
    shown as they are, whole numbers, another layer's error with ``localized``).  ``str()`` is
    the English sentence, ``localized(tr)`` the reader's."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def localized(self, tr: Translator) -> str:
        return tr(self.template, **self.params)


class Diagnostics:
    """A command's lines on stderr, in the language of its translator (``diagnostics(args)``).

    ``tr`` is the same translator the command words its text output with.
    """

    def __init__(self, tr: Translator) -> None:
        self.tr = tr

    def error(self, template: str, /, **params: object) -> int:
        """``immunosep: error: <template in the reader's language>``; returns exit status 2."""
        return self._error(self.tr(template, **params))

    def error_of(self, reason: object, *, full_stop: bool = False) -> int:
        """An error whose sentence is worded already (``tr.plural(…)``) or comes from another
        layer (see :meth:`worded`); with ``full_stop`` one is added where the sentence has
        none (``batch``'s historical form)."""
        text = self.worded(reason)
        return self._error(text if not full_stop or text.endswith(".") else text + ".")

    def input_error(self, exc: InputError, option: str | None = None) -> int:
        """``--option: <why>`` for a value the core cannot read: the field of a command-line
        ``InputError`` is its option (else give ``option``); the reason is worded from the
        error's template and typed values, or shown as given when it came as a ready sentence
        (``core.findings.worded_by_template``)."""
        from desktop_app.core.findings import worded_by_template

        templated = worded_by_template(exc.template_id, exc.params)
        #: a value given with a command-line option cannot be read: "--ferritin: <why>"
        return self.error(N_("{option}: {reason}"), option=option or exc.field,
                          reason=self.tr.finding(exc) if templated else exc.message)

    def note(self, template: str, /, **params: object) -> None:
        """``immunosep: note: <template in the reader's language>``."""
        self._line("note", self.tr(template, **params))

    def warning_of(self, reason: object) -> None:
        """``immunosep: warning: <sentence of another layer>`` (see :meth:`worded`)."""
        self._line("warning", self.worded(reason))

    def worded(self, reason: object) -> str:
        """A sentence of another layer in the reader's language: ``reason.localized(tr)``
        where it words itself (``OptionError``, ``LabFileError``, ``InboxReason``; a
        ``StoreError`` once it can), else ``str(reason)``, which is English (a site.toml or
        catalogue problem, an operating-system message)."""
        localized = getattr(reason, "localized", None)
        return str(localized(self.tr)) if callable(localized) else str(reason)

    def _error(self, text: str) -> int:
        self._line("error", text)
        return 2

    @staticmethod
    def _line(kind: str, text: str) -> None:
        print(f"{PROGRAM}: {kind}: {text}", file=sys.stderr)


def diagnostics(args: argparse.Namespace) -> Diagnostics:
    """The diagnostics of a command: in ``--lang`` (English without it; a command without the
    option is English).  ``cli.main`` has read the language's catalogue before the handler
    runs, so this does not fail."""
    return Diagnostics(text_translator(args))


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
