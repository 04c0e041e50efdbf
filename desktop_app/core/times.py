"""Which instants can be sample times: within the calendar the app computes with, and with a
UTC offset that exists somewhere on Earth.

Python's ``datetime`` spans the years 1-9999; an instant near either end overflows as soon as it
is converted to another offset (``9999-12-31T23:59`` in a zone west of UTC, ``0001-01-01T00:00``
east of it).  A sample time outside 1900-2999 is a typing or export error, so it is refused with
a message before any arithmetic, as is an offset beyond -12:00 ... +14:00 (the range of every
civil time zone in use; ``+23:59`` parses but is nobody's clock).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop_app.core.findings import Text
from desktop_app.core.values import InputError

EARLIEST_YEAR = 1900
LATEST_YEAR = 2999
MIN_OFFSET = timedelta(hours=-12)
MAX_OFFSET = timedelta(hours=14)


def check_sample_time(when: datetime, *, field: str, text: str | None = None) -> datetime:
    """Return ``when`` if it can be a sample time; raise ``InputError`` naming ``field``.

    A naive ``when`` is checked for its year only (the caller attaches a zone afterwards);
    ``text`` is what was entered, for the message (default: ``when`` in ISO 8601).
    """
    shown = Text(text if text is not None else when.isoformat())
    if not EARLIEST_YEAR <= when.year <= LATEST_YEAR or (
            when.tzinfo is not None and not _convertible(when)):
        raise InputError(field, "implausible_time", params=(
            ("text", shown), ("earliest", Text(str(EARLIEST_YEAR))),
            ("latest", Text(str(LATEST_YEAR)))))
    offset = when.utcoffset()
    if offset is not None and not MIN_OFFSET <= offset <= MAX_OFFSET:
        sign = "-" if offset < timedelta(0) else "+"
        minutes = abs(offset) // timedelta(minutes=1)
        raise InputError(field, "bad_offset", params=(
            ("text", shown), ("offset", Text(f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"))))
    return when


def _convertible(when: datetime) -> bool:
    try:
        utc_year = (when - when.utcoffset()).year  # type: ignore[operator]
    except OverflowError:
        return False
    return EARLIEST_YEAR - 1 <= utc_year <= LATEST_YEAR + 1
