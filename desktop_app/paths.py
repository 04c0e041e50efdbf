"""Where bundled resources and per-user data live (source tree, installed wheel or frozen app)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ImmunoSep Phenotyper"
APP_SLUG = "immunosep"


def resource_root() -> Path:
    """The ``resources/`` folder: next to the package in a checkout, in ``_MEIPASS`` when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    override = os.environ.get("IMMUNOSEP_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
