"""The ImmunoSep primary endpoint for one patient: the day-9 SOFA response, exactly as the SAP.

SAP (immunosep-reference §1.6; Suppl 1 pp. 66-67): day-1 SOFA minus the mean SOFA of days 2-9
(8 values divided by 8); a patient who dies is assigned SOFA 24 for the remaining days; missing
values are replaced by the last observation carried forward (LOCF); a decrease **> 1.4** is a
response, ≤ 1.4 is not.  Day 1 is the day of phenotyping (calendar days, ``study_day``).

This is the trial's research endpoint, not a treatment target; every result says so.

Conventions this module had to choose (docs/scores.md, "Day-9 response"):

- The day of death and every later day count 24, also when a SOFA was entered for the day of
  death ("the remaining days" read as from the death on; the SAP text seen does not say).
- A day is "missing" (carried forward) once it is over, i.e. before ``current_day``.  The
  current day and later days without a value are *pending*: counted as carried forward so that
  the running measure can be shown, and the result is *provisional* until none is pending.
- SOFA values are whole numbers, so the decrease is a multiple of 1/8 (1.375, 1.5, never 1.4)
  and the SAP's "> 1.4" and the article's "≥ 1.4" never disagree.

Exact arithmetic: ``Fraction``; the display is exact too (a multiple of 1/8 has at most three
decimals).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from desktop_app.core.score_findings import ScoreFinding, finding

RESPONSE_THRESHOLD = Fraction(7, 5)  # 1.4 points; the SAP's "> 1.4"
DEATH_SOFA = 24
DAYS = tuple(range(2, 10))  # days 2-9: 8 values
MAX_SOFA = 24
ORGAN_SYSTEMS = 6


class DaySource(Enum):
    ENTERED = "entered"
    CARRIED_FORWARD = "carried_forward"
    DEATH = "death"


class ResponseError(ValueError):
    """Inputs the measure cannot be computed from (a code and an English sentence)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class DailySofa:
    """One day's SOFA total (0-24), entered or computed by the calculator."""

    day: int  # study day; 1 = the day of phenotyping
    total: int
    assessed_components: int = ORGAN_SYSTEMS  # fewer: the total may be too low

    def __post_init__(self) -> None:
        if self.day < 1:
            raise ResponseError("day_out_of_range", f"Day {self.day} is before day 1, the day "
                                                    "of phenotyping.")
        if not 0 <= self.total <= MAX_SOFA:
            raise ResponseError("sofa_out_of_range", f"A SOFA total of {self.total} is outside "
                                                     "0-24.")
        if not 0 <= self.assessed_components <= ORGAN_SYSTEMS:
            raise ResponseError("components_out_of_range", "A SOFA rests on 0 to 6 organ "
                                                           "systems.")


@dataclass(frozen=True)
class ResponseDay:
    day: int
    sofa: int
    source: DaySource
    carried_from: int | None = None  # the day whose value was carried forward
    pending: bool = False  # not over yet; carried forward for now
    assessed_components: int | None = None  # of the SOFA used; None for a death


@dataclass(frozen=True)
class ResponseResult:
    day1: int
    day1_components: int
    days: tuple[ResponseDay, ...]  # days 2-9 in order
    current_day: int
    died_on_day: int | None = None
    warnings: tuple[ScoreFinding, ...] = ()

    @property
    def sum_days_2_9(self) -> int:
        return sum(d.sofa for d in self.days)

    @property
    def mean_days_2_9(self) -> Fraction:
        return Fraction(self.sum_days_2_9, len(DAYS))

    @property
    def decrease(self) -> Fraction:
        return self.day1 - self.mean_days_2_9

    @property
    def pending_days(self) -> tuple[int, ...]:
        return tuple(d.day for d in self.days if d.pending)

    @property
    def provisional(self) -> bool:
        return bool(self.pending_days)

    @property
    def responder(self) -> bool | None:
        """``None`` while provisional; then whether the decrease is > 1.4 points."""
        return None if self.provisional else self.decrease > RESPONSE_THRESHOLD

    @property
    def arithmetic(self) -> str:
        """The SAP formula with this patient's numbers, e.g.
        ``"11 − (10 + 9 + 9 + 8 + 24 + 24 + 24 + 24) / 8 = 11 − 132/8 = 11 − 16.5 = −5.5"``."""
        values = " + ".join(str(d.sofa) for d in self.days)
        return (f"{self.day1} − ({values}) / {len(DAYS)} = {self.day1} − {self.sum_days_2_9}/"
                f"{len(DAYS)} = {self.day1} − {show(self.mean_days_2_9)} = "
                f"{show(self.decrease)}")

    @property
    def verdict(self) -> ScoreFinding:
        decrease = show(self.decrease)
        if self.provisional:
            return finding("response_provisional", decrease=decrease,
                           pending=", ".join(str(d) for d in self.pending_days))
        code = "response_met" if self.responder else "response_not_met"
        return finding(code, decrease=decrease)

    @property
    def statements(self) -> tuple[ScoreFinding, ...]:
        """Always shown with the measure."""
        notes = [finding("response_research_endpoint")]
        if self.died_on_day is not None:
            notes.append(finding("response_death", day=self.died_on_day))
        return tuple(notes)


def show(x: Fraction) -> str:
    """An exact multiple of 1/8 as decimal text with a true minus sign: ``"−5.5"``."""
    text = format(Decimal(x.numerator) / Decimal(x.denominator), "f")
    return text.replace("-", "−")


def study_day(phenotyped_on: date, on: date) -> int:
    """Study day of the calendar date ``on``: the day of phenotyping is day 1."""
    return (on - phenotyped_on).days + 1


def day9_response(entries: Iterable[DailySofa], *, current_day: int,
                  died_on_day: int | None = None) -> ResponseResult:
    """The running day-9 measure from the daily SOFA values known today.

    ``current_day`` is today's study day; ``died_on_day`` the study day of death, if any.
    Entries after day 9 are ignored (they belong to later endpoints).
    """
    if current_day < 1:
        raise ResponseError("day_out_of_range", "Today is before day 1, the day of "
                                                "phenotyping.")
    if died_on_day is not None and not 1 <= died_on_day <= current_day:
        raise ResponseError("death_day_out_of_range",
                            f"A death on day {died_on_day} is outside day 1 to today (day "
                            f"{current_day}).")
    by_day: dict[int, DailySofa] = {}
    for entry in entries:
        if entry.day in by_day:
            raise ResponseError("duplicate_day", f"Day {entry.day} has two SOFA values; keep "
                                                 "the one that is current.")
        if entry.day > current_day:
            raise ResponseError("future_day", f"A SOFA for day {entry.day} is after today "
                                              f"(day {current_day}).")
        by_day[entry.day] = entry
    if 1 not in by_day:
        raise ResponseError("day1_missing", "The SOFA of day 1 (the day of phenotyping) is "
                                            "needed: the measure starts from it.")
    days, warnings = _days(by_day, current_day, died_on_day)
    return ResponseResult(by_day[1].total, by_day[1].assessed_components, days, current_day,
                          died_on_day, warnings)


def _days(by_day: dict[int, DailySofa], current_day: int, died_on_day: int | None
          ) -> tuple[tuple[ResponseDay, ...], tuple[ScoreFinding, ...]]:
    days: list[ResponseDay] = []
    warnings: list[ScoreFinding] = []
    last = by_day[1]  # the last observation, carried forward into a missing day
    for day in DAYS:
        entry = by_day.get(day)
        if died_on_day is not None and day >= died_on_day:
            if entry is not None:
                warnings.append(finding("response_entry_replaced_by_death", day=day,
                                        death_day=died_on_day))
            days.append(ResponseDay(day, DEATH_SOFA, DaySource.DEATH))
        elif entry is not None:
            last = entry
            days.append(ResponseDay(day, entry.total, DaySource.ENTERED,
                                    assessed_components=entry.assessed_components))
        else:
            days.append(ResponseDay(day, last.total, DaySource.CARRIED_FORWARD, last.day,
                                    pending=day >= current_day and died_on_day is None,
                                    assessed_components=last.assessed_components))
    used = [by_day[1].day] + [d.day for d in days if d.source is DaySource.ENTERED]
    warnings += [finding("response_incomplete_day", day=day,
                         assessed=by_day[day].assessed_components)
                 for day in used if by_day[day].assessed_components < ORGAN_SYSTEMS]
    return tuple(days), tuple(warnings)
