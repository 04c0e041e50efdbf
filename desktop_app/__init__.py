"""ImmunoSep Phenotyper: offline decision support for the ImmunoSep immune phenotypes."""

from __future__ import annotations

__version__ = "0.1.0"
