"""Report options: plain data, importable without reportlab (services and the CLI use them)."""

from __future__ import annotations

from dataclasses import dataclass

PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class ReportOptions:
    """How reports look; nothing here changes what they say."""

    app_version: str
    institution: str = ""
    ward: str = ""
    paper: str = "a4"  # "a4" | "letter"
    training: bool = False
    invariant: bool = False  # fixed dates and document id: byte-identical output (tests only)

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {list(PAPERS)}, not {self.paper!r}")
