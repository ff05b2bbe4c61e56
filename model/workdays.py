"""Working days in England and Wales.

Rules (domain.md): a working day is Monday to Friday and not a bank holiday of England and Wales.
Bank holidays come from the ``holidays`` package (country GB, subdivision WLS), which includes
one-off days such as the coronation holiday of 8 May 2023. Weekends are excluded explicitly.

- ``working_days_between(start, end)`` counts the working days after ``start`` up to and including
  ``end`` (so a referral on a Friday completed the next Monday took 1 working day; the same day is
  0). If ``end`` is before ``start`` the count is negative.
- ``working_days_after(start, n)`` is the date that is ``n`` working days after ``start``
  (``n`` = 0 gives ``start`` itself), so "within 42 working days" means completed on or before
  ``working_days_after(start, 42)``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

__all__ = ["is_working_day", "working_days_between", "working_days_after", "bank_holidays"]


@lru_cache(maxsize=64)
def _holidays_for(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("GB", subdiv="WLS", years=year).keys())


def bank_holidays(year: int) -> list[dt.date]:
    """The bank holidays of England and Wales in a calendar year, in date order, as GOV.UK
    lists them: the days off work, so a holiday falling at a weekend appears as its substitute
    weekday (2 January 2023, not Sunday 1 January)."""
    return sorted(day for day in _holidays_for(year) if day.weekday() < 5)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _holidays_for(day.year)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end``."""
    if end < start:
        return -working_days_between(end, start)
    count = 0
    day = start
    one = dt.timedelta(days=1)
    while day < end:
        day += one
        if is_working_day(day):
            count += 1
    return count


def working_days_after(start: dt.date, n: int) -> dt.date:
    """The date ``n`` working days after ``start`` (``n`` may be negative for before)."""
    step = dt.timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    day = start
    while remaining:
        day += step
        if is_working_day(day):
            remaining -= 1
    return day
