"""Sample times from text or spreadsheet cells, without ever guessing day-first (hazards H13, H16).

Accepted: ISO 8601 date-times; a ``strptime`` format the user gives; or a numeric day/month
order *detected* from the whole column only when it is unambiguous (some value has a first
field > 12 and none has a second field > 12, or the reverse).  Spreadsheet cells typed as
date-times are taken as they are (calamine applies the workbook's 1900/1904 system).  Bare
numbers (Excel serials), dates without a time of day, times before 1900-03-01 (the fictitious
1900-02-29 region), local times that do not exist or occur twice at a DST change: refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from desktop_app.core.findings import Finding, Text
from desktop_app.core.times import check_sample_time
from desktop_app.core.values import InputError
from desktop_app.i18n import N_
from desktop_app.lab_import.model import Problem

_NUMERIC_DATE = re.compile(
    r"^\s*(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:(?:[ T]|,\s*)(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")
_YEAR_FIRST = re.compile(
    r"^\s*(\d{4})([./])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")
_SERIAL = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*$")
_EXCEL_FIRST_REAL_DAY = datetime(1900, 3, 1)
ISO_EXAMPLE = "2026-11-24T08:30"


class TimeProblem(Problem):
    """A sample time that cannot be used; it becomes one of the row's reasons."""


@dataclass(frozen=True)
class DateOrder:
    """A detected numeric date layout: 'DMY' or 'MDY' and the separator."""

    order: str
    separator: str

    @property
    def format(self) -> str:
        s = self.separator
        parts = ("%d", "%m") if self.order == "DMY" else ("%m", "%d")
        return f"{parts[0]}{s}{parts[1]}{s}%Y %H:%M"


@dataclass(frozen=True)
class FormatDetection:
    order: DateOrder | None
    note: Finding | None  # an import note saying what was detected, or why nothing was
    ambiguous: bool


def detect_order(cells: list[object]) -> FormatDetection:
    """Look at every text cell of the time column that is not ISO 8601."""
    max_first = max_second = 0
    separators: set[str] = set()
    seen = False
    # ISO 8601 (year first) needs no order: skip those cells in one pass first.
    for cell in [c for c in cells if type(c) is str and c and not c[:4].isdigit()]:
        m = _NUMERIC_DATE.match(cell)
        if m is None:
            continue
        seen = True
        max_first = max(max_first, int(m.group(1)))
        max_second = max(max_second, int(m.group(3)))
        separators.add(m.group(2))
    if not seen:
        return FormatDetection(None, None, False)
    if len(separators) > 1:
        return FormatDetection(None, Finding("time_separators_mixed", (
            ("separators", Text(" ".join(sorted(separators)))),)), True)
    sep = separators.pop()
    if max_first > 12 and max_second <= 12:
        order = DateOrder("DMY", sep)
        return FormatDetection(order, Finding("time_format_detected", (
            ("time_format", Text(order.format)), ("value", Text(str(max_first)))),
            "day_first"), False)
    if max_second > 12 and max_first <= 12:
        order = DateOrder("MDY", sep)
        return FormatDetection(order, Finding("time_format_detected", (
            ("time_format", Text(order.format)), ("value", Text(str(max_second)))),
            "month_first"), False)
    if max_first <= 12 and max_second <= 12:
        example = DateOrder("DMY", sep).format
        return FormatDetection(None, Finding("time_order_ambiguous", (
            ("example", Text(f"05{sep}06{sep}2025")), ("time_format", Text(example)))), True)
    return FormatDetection(None, Finding("time_order_inconsistent"), True)


def midnight_dates_are_times(cells: list[object]) -> bool:
    """True when a spreadsheet time column holds date-times with a time of day, so its
    date-typed cells are samples at 00:00; a column of dates only has no times at all."""
    has_date = has_time = False
    for cell in cells:
        kind = type(cell)
        if kind is datetime:
            has_time = True
        elif kind is date:
            has_date = True
        if has_time and has_date:
            return True
    return False


class TimeReader:
    """Turns one cell into an aware ``datetime`` (fixed UTC offset) or raises ``TimeProblem``."""

    def __init__(self, *, explicit_format: str | None, order: DateOrder | None,
                 ambiguous: bool, local_zone: tzinfo | None,
                 spreadsheet_midnight: bool = False) -> None:
        if explicit_format is not None and "%H" not in explicit_format and \
                "%I" not in explicit_format:
            raise ValueError(N_("the time format must include the time of day (%H:%M)"))
        self.explicit_format = explicit_format
        self.order = order
        self.ambiguous = ambiguous
        self.local_zone = local_zone
        # calamine returns a date (not a datetime) for a date-time cell at exactly 00:00, the
        # same as for a date-only cell; see ``midnight_dates_are_times``.
        self.spreadsheet_midnight = spreadsheet_midnight
        # Fixed-offset zones per local day (per hour on DST days): cheap, and subtraction
        # across a DST change stays exact.
        self._zones: dict[tuple[int, ...], object] = {}
        self._offsets: dict[timedelta, timezone] = {}

    def read(self, cell: object) -> datetime | None:
        if cell is None or cell == "":
            return None
        if isinstance(cell, datetime):
            return self._excel(cell)
        if isinstance(cell, date):
            if cell < _EXCEL_FIRST_REAL_DAY.date():
                return self._excel(datetime(cell.year, cell.month, cell.day))
            if self.spreadsheet_midnight:
                return self._excel(datetime(cell.year, cell.month, cell.day))
            raise TimeProblem.worded("date_without_time", "date_cell_without_time",
                                     date=cell.isoformat())
        if isinstance(cell, time | timedelta):
            raise TimeProblem.worded("time_without_date", "time_without_date", text=str(cell))
        if isinstance(cell, bool | int | float):
            raise TimeProblem.worded("serial_number", "serial_number.cell", text=str(cell))
        if not isinstance(cell, str):
            raise TimeProblem.worded("bad_time", "bad_time.cell", text=str(cell))
        raw = cell.strip()
        if not raw:
            return None
        return self._localise(self._text(raw))

    def _text(self, raw: str) -> datetime:
        if _SERIAL.match(raw):
            raise TimeProblem.worded("serial_number", "serial_number.text", text=raw,
                                     example=ISO_EXAMPLE)
        if raw[:4].isdigit() and raw[4:5] == "-":
            if len(raw) <= 10:
                raise TimeProblem.worded("date_without_time", "date_without_time.example",
                                         text=raw, example=ISO_EXAMPLE)
            try:
                return datetime.fromisoformat(raw)
            except ValueError:
                raise TimeProblem.worded("bad_time", "bad_time.iso", text=raw,
                                         example=ISO_EXAMPLE) from None
        if self.explicit_format is not None:
            try:
                return datetime.strptime(raw, self.explicit_format)
            except ValueError:
                raise TimeProblem.worded("bad_time", "bad_time.format", text=raw,
                                         time_format=self.explicit_format) from None
        return self._numeric(raw)

    def _numeric(self, raw: str) -> datetime:
        m = _YEAR_FIRST.match(raw)
        if m:
            y, mo, d, hh, mm, ss = m.group(1), m.group(3), m.group(4), *m.group(5, 6, 7)
        else:
            m = _NUMERIC_DATE.match(raw)
            if m is None:
                raise TimeProblem.worded("bad_time", "bad_time.numeric", text=raw,
                                         example=ISO_EXAMPLE)
            if self.order is None:
                code = "ambiguous_date" if self.ambiguous else "bad_time"
                raise TimeProblem.worded(code, "date_order_unknown", text=raw,
                                         time_format="%d.%m.%Y %H:%M")
            first, second = m.group(1), m.group(3)
            d, mo = (first, second) if self.order.order == "DMY" else (second, first)
            y, hh, mm, ss = m.group(4), *m.group(5, 6, 7)
            if m.group(2) != self.order.separator:
                raise TimeProblem.worded("bad_time", "bad_time.format", text=raw,
                                         time_format=self.order.format)
        if hh is None:
            raise TimeProblem.worded("date_without_time", "date_without_time.text", text=raw)
        try:
            return datetime(int(y), int(mo), int(d), int(hh), int(mm), int(ss or 0))
        except ValueError:
            raise TimeProblem.worded("bad_time", "bad_time.invalid", text=raw) from None

    def _excel(self, when: datetime) -> datetime:
        if when.replace(tzinfo=None) < _EXCEL_FIRST_REAL_DAY:
            raise TimeProblem.worded("excel_1900_artefact", "excel_1900_artefact",
                                     date=when.date().isoformat())
        return self._localise(when)

    def _localise(self, when: datetime) -> datetime:
        # Both ends of the calendar first: the local-offset probes below overflow near them.
        _checked(when)
        if when.tzinfo is not None:
            return when
        zone = self.day_zone(when.year, when.month, when.day)
        if zone is None:  # a DST change on this day: decide hour by hour
            hour = (when.year, when.month, when.day, when.hour)
            zone = self._zones.get(hour, _UNSEEN)  # type: ignore[assignment]
            if zone is _UNSEEN:
                zone = self._zones[hour] = self._fixed_zone(when, (when.hour, 0),
                                                            (when.hour, 59))
        if zone is None:
            raise TimeProblem.worded("dst_ambiguous", "dst_ambiguous",
                                     time=when.isoformat(sep=" "))
        return _checked(when.replace(tzinfo=zone))

    def day_zone(self, year: int, month: int, day: int) -> timezone | None:
        """The fixed UTC offset of every local time of that day (a date within
        ``core.times``' years), or None when it changes during the day (DST)."""
        key = (year, month, day)
        zone = self._zones.get(key, _UNSEEN)
        if zone is _UNSEEN:
            zone = self._zones[key] = self._fixed_zone(datetime(year, month, day), (0, 0),
                                                       (23, 59))
        return zone  # type: ignore[return-value]

    def _fixed_zone(self, when: datetime, start: tuple[int, int],
                    end: tuple[int, int]) -> timezone | None:
        """The single UTC offset of local times from ``start`` to ``end`` (hour, minute) on
        ``when``'s day, or None when it changes in between or a time is skipped or repeated.

        Both folds at both ends are probed; an edge anywhere in an hour refuses the whole hour
        (conservative for the few zones that switch at hh:30).
        """
        probes = [when.replace(hour=h, minute=m, second=59 if (h, m) == end else 0,
                               microsecond=0, fold=f)
                  for h, m in (start, end) for f in (0, 1)]
        if self.local_zone is None:
            offsets = {p.astimezone().utcoffset() for p in probes}
        else:
            offsets = {self.local_zone.utcoffset(p) for p in probes}
        if len(offsets) != 1 or None in offsets:
            return None
        offset = offsets.pop()
        assert offset is not None
        zone = self._offsets.get(offset)
        if zone is None:
            zone = self._offsets[offset] = timezone(offset)
        return zone


_UNSEEN: object = object()


def _checked(when: datetime) -> datetime:
    """``core.times.check_sample_time`` as a ``TimeProblem``: a year within 1900-2999 and an
    offset that exists."""
    try:
        return check_sample_time(when, field="")
    except InputError as exc:
        raise TimeProblem.of(exc) from None
