"""``immunosep gui``: the desktop application (also what ``immunosep`` alone starts).

Qt is imported inside the handler only, so every other subcommand starts without it.
"""

from __future__ import annotations

import argparse
import importlib
import os
from pathlib import Path

from desktop_app.cli._store_args import add_data_dir_option
from desktop_app.site_config import LANGUAGES

# The window's modules that do not use Qt, imported before PySide6: PySide6's import hook reads
# the source of every module imported after it (looking for the word "PySide6"), a cost these
# need not pay (docs/gui.md, Start-up).
QT_FREE_WINDOW_MODULES = ("html", "desktop_app.core.display", "desktop_app.core.outcomes",
                          "desktop_app.core.rules", "desktop_app.i18n",
                          "desktop_app.services.entry")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("gui", help="open the desktop app (the default command)",
                       description="Open the ImmunoSep Phenotyper window.")
    p.add_argument("--demo", action="store_true",
                   help="training mode: synthetic demo cases, a persistent TRAINING banner, "
                        "and the training database instead of the clinical one")
    p.add_argument("--demo-if-no-data", action="store_true",
                   help="start in training mode when the data folder has no clinical "
                        "database yet (what ./dev run uses)")
    p.add_argument("--smoke-test", nargs="?", const="paint", choices=("paint", "charts"),
                   metavar="paint|charts",
                   help="open the window, wait for its first paint (or, with 'charts', until "
                        "both charts have rendered), exit 0; for installers and CI")
    # The window's language (dest window_lang): other commands' args.lang is the language of
    # their text and diagnostics, whose catalogue cli.main reads before the handler.
    p.add_argument("--lang", dest="window_lang", choices=LANGUAGES, metavar="LANG",
                   help=f"window language for this session ({', '.join(LANGUAGES)}); default: "
                        "the one chosen in Settings, else the site's, else the computer's")
    add_data_dir_option(p)
    p.set_defaults(handler=run)


def _clinical_data_exists(data_dir: Path) -> bool:
    """Whether clinical records exist or are configured: a ward database named by site.toml
    counts (its records live on the server), as does an unreadable site.toml (the window then
    says what is wrong instead of silently starting in training mode)."""
    from desktop_app.site_config import SiteConfigError, load_site_config
    from desktop_app.store.location import database_file

    try:
        if load_site_config().database.is_shared:
            return True
    except SiteConfigError:
        return True
    return database_file(data_dir, training=False).exists()


def run(args: argparse.Namespace) -> int:
    if args.smoke_test:
        # Offscreen unless the caller chose a platform (e.g. xcb under Xvfb).
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.store.location import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    training = args.demo or (args.demo_if_no_data and not _clinical_data_exists(data_dir))
    for name in QT_FREE_WINDOW_MODULES:
        importlib.import_module(name)
    from desktop_app.ui.app import run_gui

    # Without --lang, Settings, the site or the computer decide.
    session = {"lang": args.window_lang} if args.window_lang else {}
    return run_gui(data_dir=data_dir, training=training, smoke_test=args.smoke_test, **session)
