"""Options and opening of the record database, shared by ``history``, ``audit``, ``db`` and
``assess --save``.  Importing this module stays cheap: the store is imported when opened."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.services.records import Store


def add_data_dir_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", metavar="DIR", type=Path,
                   help="folder of the record database (default: $IMMUNOSEP_DATA_DIR, else "
                        "the per-user application-data folder)")


def add_store_options(p: argparse.ArgumentParser) -> None:
    add_data_dir_option(p)
    p.add_argument("--demo", action="store_true",
                   help="use the training (demo) database instead of the clinical one")


def open_from_args(args: argparse.Namespace, *, training: bool | None = None) -> Store:
    """Open the store named by ``--data-dir``/``--demo``; raises ``StoreError``."""
    from desktop_app.services.records import open_store

    mode = getattr(args, "demo", False) if training is None else training
    return open_store(args.data_dir, training=mode)
