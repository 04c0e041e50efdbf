"""Options and opening of the record database, shared by ``history``, ``audit``, ``db`` and
``assess --save``.  Importing this module stays cheap: the store is imported when opened.

Where the clinical records are is decided by the site configuration (``site.toml``), not by
an option: ``--data-dir`` moves the local files (SQLite, training, the audit-head file) only.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.services.context import AppContext
    from desktop_app.services.records import Store


def add_data_dir_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", metavar="DIR", type=Path,
                   help="folder of the local record database (default: $IMMUNOSEP_DATA_DIR, "
                        "else the per-user application-data folder); a ward database server "
                        "named in site.toml is used for clinical records regardless")


def add_store_options(p: argparse.ArgumentParser) -> None:
    add_data_dir_option(p)
    p.add_argument("--demo", action="store_true",
                   help="use the training (demo) database instead of the clinical one")


def context_from_args(args: argparse.Namespace) -> AppContext:
    """The app context for ``--data-dir``; raises ``StoreError`` for an unusable site.toml."""
    from desktop_app.services.context import build_context

    return build_context(data_dir=getattr(args, "data_dir", None))


def open_from_args(args: argparse.Namespace, *, training: bool | None = None,
                   migrate: bool = False) -> Store:
    """Open the store named by ``--data-dir``/``--demo``; raises ``StoreError``."""
    mode = getattr(args, "demo", False) if training is None else training
    return context_from_args(args).open_store(training=mode, migrate=migrate,
                                              db_user=getattr(args, "db_user", None))
