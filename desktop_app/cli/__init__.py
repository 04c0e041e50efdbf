"""Command line: ``immunosep [SUBCOMMAND] ...``; no subcommand starts the desktop app.

Each subcommand lives in its own module of this package and exposes
``register(subparsers) -> None``, which adds its parser and sets ``handler`` (a function taking
the parsed namespace and returning the exit code).  Modules are discovered, so adding a command
touches no shared file.  Module imports must stay cheap: import pandas, reportlab or Qt inside
the handler, never at module level.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence
from typing import NoReturn

from desktop_app import __version__

EXIT_OK = 0
EXIT_USAGE = 2  # invalid input or unreadable file: the contract says 2, as argparse does
# The reader closed the pipe (`immunosep evidence | head -1`): 128 + SIGPIPE, what a shell
# reports for any tool stopped that way, so a `set -o pipefail` script still sees the output
# was cut short.
EXIT_CLOSED_PIPE = 141


class _Parser(argparse.ArgumentParser):
    """argparse's own refusals ("the following arguments are required: --out") end as
    sentences like ours; subcommand parsers are of the same class."""

    def error(self, message: str) -> NoReturn:
        super().error(message if message.endswith((".", "?", "!")) else message + ".")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """All subcommands, or just the module named ``only`` (the window's fast start)."""
    parser = _Parser(
        prog="immunosep",
        description="ImmunoSep Phenotyper: ImmunoSep immune phenotype (MALS / immunoparalysis) "
                    "from ferritin and monocyte HLA-DR. Decision support only; the treating "
                    "clinician decides.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _command_modules():
        if only not in (None, name):
            continue
        module = importlib.import_module(f"{__name__}.{name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def _command_modules() -> list[str]:
    """The modules of this package that may define a command (not helpers)."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__)
                  if not m.name.startswith(("_", "common")))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a closed output pipe ends it quietly with :data:`EXIT_CLOSED_PIPE`."""
    try:
        code = _run(argv)
        sys.stdout.flush()  # buffered output meets a closed pipe here, not at interpreter exit
        return code
    except BrokenPipeError:
        # Raised inside the command, so its `finally` blocks and atomic writers have cleaned up.
        _silence_closed_streams()
        return EXIT_CLOSED_PIPE


def _run(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in (
            "-h", "--help", "--version")):
        args_list.insert(0, "gui")  # `immunosep` and `immunosep --demo` open the window
    # A command should not pay for importing every other subcommand (docs/gui.md: start-up of
    # the window; docs/import.md: batch).  `immunosep --help` and unknown commands get them all.
    module = args_list[0].replace("-", "_")
    parser = build_parser(only=module if module in _command_modules() else None)
    args = parser.parse_args(args_list)
    from desktop_app.log import configure_logging

    configure_logging()
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if getattr(args, "lang", None) is not None and _catalogue_refused(args):
        return EXIT_USAGE
    return int(handler(args))


def _catalogue_refused(args: argparse.Namespace) -> bool:
    """Read the catalogue of ``--lang`` (the language of a command's text and diagnostics)
    once, before any work; when it cannot be read, say so — in English, the one language that
    needs no catalogue — and refuse the command.  The translator stays cached for the handler."""
    from desktop_app.cli.common import Diagnostics, text_translator
    from desktop_app.i18n import CatalogueError, translator

    try:
        text_translator(args)
    except CatalogueError as exc:
        Diagnostics(translator()).error_of(exc)
        return True
    return False


def _silence_closed_streams() -> None:
    """Point stdout/stderr at the null device where they are broken pipes.

    Otherwise the interpreter's own flush at exit raises again and prints "Exception ignored
    ... BrokenPipeError" (Python's documented recipe, `signal` module notes on SIGPIPE).
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, stream.fileno())
                os.close(devnull)
            except (OSError, ValueError):
                pass  # not a real file descriptor (tests); nothing left to flush into a pipe
