"""Options and saving shared by the score commands (``sofa --save``, ``hscore --save``,
``eligibility --save``, ``death``, ``response``, ``score-records``).

A save is one store call; a ``StoreError`` (the database cannot be used, or the record was
refused: a day that already has a SOFA, a second correction …) prints ``not saved: <sentence>``
and exits 2, as ``assess --save`` does, with no result printed.  An option that cannot be used
raises ``OptionError`` (``cli.common``), whose sentence the handler prints in ``--lang``.
Importing this module stays cheap: the store is imported when a command saves.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, TypeVar

from desktop_app.cli._store_args import add_store_options, context_from_args
from desktop_app.cli.common import OptionError, diagnostics
from desktop_app.i18n import N_

if TYPE_CHECKING:
    from desktop_app.services.records import Store

T = TypeVar("T")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def add_patient_options(p: argparse.ArgumentParser, *, save: bool = True,
                        corrections: bool = True) -> None:
    g = p.add_argument_group("patient record")
    g.add_argument("--patient-id", metavar="ID",
                   help="patient identifier used on the ward" + (" (with --save)" if save else ""))
    if save:
        g.add_argument("--save", action="store_true",
                       help="store it in the patient's record and print its record id "
                            "(needs --patient-id)")
    if corrections:
        g.add_argument("--corrects", metavar="RECORD", type=_record_id,
                       help="store it as a correction of that record (its newest version; "
                            "needs --reason; 'immunosep score-records' lists the ids)")
        g.add_argument("--reason", metavar="TEXT", help="why the record is corrected")
    add_store_options(p)


def add_assessment_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--assessment-id", metavar="N", type=_record_id,
                   help=f"the stored assessment the {what} goes with (default: the patient's "
                        "newest current one; 'immunosep history' lists them)")


def check_patient_options(args: argparse.Namespace, *, saving: bool) -> None:
    """Refuse option combinations that cannot be meant (``OptionError``)."""
    if saving and not (args.patient_id or "").strip():
        raise OptionError(N_("--save needs --patient-id ID (the patient identifier used on the "
                             "ward)."))
    corrects, reason = getattr(args, "corrects", None), getattr(args, "reason", None)
    if corrects is not None and not (reason or "").strip():
        raise OptionError(N_("--corrects needs --reason TEXT: a correction says why."))
    if reason is not None and corrects is None:
        raise OptionError(N_("--reason goes with --corrects RECORD (the record corrected)."))
    if corrects is not None and not saving:
        raise OptionError(N_("--corrects stores a correction: add --save."))
    if getattr(args, "assessment_id", None) is not None and not saving:
        raise OptionError(N_("--assessment-id names where it is stored: add --save."))


def parse_iso_date(text: str, option: str) -> date:
    """YYYY-MM-DD only: 03/04/2026 is March or April depending on the country."""
    raw = text.strip()
    if _ISO_DATE.fullmatch(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    raise OptionError(N_("{option}: '{value}' is not a date in the form YYYY-MM-DD (for "
                         "example 2026-11-20)."), option=option, value=raw)


def parse_count(text: str | None, low: int, high: int | None, refusal: str) -> int | None:
    """A whole number low..high (``None`` when not given); else ``OptionError(refusal)``, a
    template naming the option, with the fields ``{value}`` (as typed), ``{low}`` and
    ``{high}``."""
    if text is None:
        return None
    raw = text.strip()
    if raw.isascii() and raw.isdigit():
        value = int(raw)
        if value >= low and (high is None or value <= high):
            return value
    raise OptionError(refusal, value=raw, low=low, **({} if high is None else {"high": high}))


def _record_id(text: str) -> int:
    raw = text.strip()
    if raw.isascii() and raw.isdigit() and int(raw) > 0:
        return int(raw)
    raise argparse.ArgumentTypeError(f"'{raw}' is not a record id (a whole number, as listed "
                                     "by 'immunosep score-records')")


def with_store(args: argparse.Namespace, work: Callable[[Store, datetime], T], *,
               saving: bool) -> tuple[T | None, int | None]:
    """``work(store, now)`` on the store of ``--data-dir``/``--demo`` with the context's clock:
    (result, None), or (None, exit code) after printing why the store could not be used or
    the record was refused ("not saved: …" for a save)."""
    from desktop_app.services.records import StoreError

    try:
        context = context_from_args(args)
        with context.open_store(training=args.demo) as store:
            return work(store, context.now()), None
    except StoreError as exc:
        diag = diagnostics(args)
        # StoreError: English until it words itself (localized), which diag then uses.
        return None, (diag.error(N_("not saved: {reason}"), reason=exc) if saving
                      else diag.error_of(exc))
