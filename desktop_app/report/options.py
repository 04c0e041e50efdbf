"""Report options and identification: plain data, importable without reportlab (services and
the CLI use them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop_app.i18n import N_

PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class ReportOptions:
    """How reports look and who made them; nothing here changes what a result says."""

    app_version: str
    institution: str = ""
    ward: str = ""
    paper: str = "a4"  # "a4" | "letter"
    training: bool = False
    appendix: bool = False  # the full evidence after the one-page report
    lang: str = "en"  # language of every word on the page (desktop_app.i18n)
    generated_by: str = ""  # the workstation's user name, "" when unknown
    workstation: str = ""  # the workstation's name, "" when unknown
    invariant: bool = False  # fixed dates and document id: byte-identical output (tests only)

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {list(PAPERS)}, not {self.paper!r}")


@dataclass(frozen=True)
class PatientIdentity:
    """Optional identification printed beside the identifier, each exactly as given.

    When all three are empty the report prints a blank box for a patient label instead.
    ``birth_date`` is display text: the CLI and the window accept ISO dates only
    (YYYY-MM-DD); a lab file's column arrives as YYYY-MM-DD from the import, which refuses a
    date whose day and month could be swapped (``lab_import.identity``).
    """

    name: str = ""
    birth_date: str = ""
    record_number: str = ""

    @property
    def blank(self) -> bool:
        return not (self.name.strip() or self.birth_date.strip() or self.record_number.strip())


def iso_birth_date(text: str) -> str:
    """``text`` (YYYY-MM-DD) checked and returned as typed; ``ValueError`` otherwise.

    03/04/1958 is March or April depending on the country: only the ISO form is accepted from
    the command line and the window, so a date of birth is never guessed.
    """
    text = text.strip()
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise BirthDateError(text) from None


class BirthDateError(ValueError):
    """A date of birth not written YYYY-MM-DD: ``str()`` in English, ``localized(tr)`` in
    ``tr``'s language (the command line's ``--lang``)."""

    TEMPLATE = N_("{text!r} is not a date of the form YYYY-MM-DD (e.g. 1958-03-14); other "
                  "forms are ambiguous and never guessed")

    def __init__(self, text: str) -> None:
        super().__init__(self.TEMPLATE.format(text=text))
        self.text = text

    def localized(self, tr: Callable[..., str]) -> str:
        return tr(self.TEMPLATE, text=self.text)
