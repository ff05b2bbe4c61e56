"""Working days in England and Wales (domain.md "Publishing rules")."""

from __future__ import annotations

import datetime as dt

import pytest

from model.workdays import bank_holidays, is_working_day, working_days_after, working_days_between

d = dt.date


@pytest.mark.parametrize(
    "day, working",
    [
        (d(2023, 5, 5), True),  # Friday
        (d(2023, 5, 6), False),  # Saturday
        (d(2023, 5, 7), False),  # Sunday
        (d(2023, 5, 8), False),  # Monday: coronation of King Charles III (one-off)
        (d(2023, 5, 9), True),
        (d(2023, 5, 1), False),  # early May bank holiday
        (d(2023, 5, 29), False),  # spring bank holiday
        (d(2023, 8, 28), False),  # summer bank holiday (England and Wales, not Scotland)
        (d(2023, 8, 7), True),  # Scotland's summer bank holiday is not one here
        (d(2023, 4, 7), False),  # Good Friday
        (d(2023, 4, 10), False),  # Easter Monday (England and Wales)
        (d(2023, 1, 2), False),  # New Year's Day substitute
        (d(2023, 1, 3), True),  # 2 January is a Scottish holiday only
        (d(2023, 3, 1), True),  # St David's Day is not a bank holiday
        (d(2022, 9, 19), False),  # state funeral of Queen Elizabeth II
        (d(2022, 6, 3), False),  # platinum jubilee
        # Christmas 2022 fell on a Sunday: Boxing Day Monday, Christmas substitute Tuesday
        (d(2022, 12, 26), False),
        (d(2022, 12, 27), False),
        (d(2022, 12, 28), True),
        # Christmas 2021 on a Saturday, Boxing Day on a Sunday: substitutes Mon 27, Tue 28
        (d(2021, 12, 27), False),
        (d(2021, 12, 28), False),
        (d(2021, 12, 29), True),
        # Boxing Day 2020 on a Saturday: substitute Monday 28
        (d(2020, 12, 28), False),
        (d(2020, 12, 29), True),
        (d(2023, 12, 25), False),
        (d(2023, 12, 26), False),
        (d(2023, 12, 27), True),
    ],
)
def test_is_working_day(day, working):
    assert is_working_day(day) is working


@pytest.mark.parametrize(
    "start, end, days",
    [
        (d(2023, 5, 5), d(2023, 5, 5), 0),  # the same day
        (d(2023, 5, 3), d(2023, 5, 4), 1),
        (d(2023, 6, 2), d(2023, 6, 5), 1),  # Friday to Monday: the weekend does not count
        (d(2023, 6, 2), d(2023, 6, 3), 0),  # Friday to Saturday
        (d(2023, 5, 5), d(2023, 5, 9), 1),  # over the coronation weekend: only Tuesday
        (d(2023, 5, 1), d(2023, 5, 31), 20),  # May 2023: 23 weekdays less 3 bank holidays
        (d(2023, 12, 22), d(2024, 1, 2), 4),  # 27, 28, 29 Dec and 2 Jan
        (d(2022, 12, 23), d(2022, 12, 30), 3),  # 28, 29, 30 Dec
        (d(2023, 4, 1), d(2024, 3, 31), 250),  # 2023-24: 260 weekdays less 10 bank holidays
        (d(2023, 5, 9), d(2023, 5, 5), -1),  # backwards is negative
    ],
)
def test_working_days_between(start, end, days):
    assert working_days_between(start, end) == days


@pytest.mark.parametrize(
    "start, n, end",
    [
        (d(2023, 5, 5), 0, d(2023, 5, 5)),
        (d(2023, 5, 5), 1, d(2023, 5, 9)),  # Friday + 1: skips the weekend and 8 May
        (d(2023, 5, 4), 2, d(2023, 5, 9)),
        (d(2023, 12, 22), 1, d(2023, 12, 27)),
        (d(2022, 12, 23), 1, d(2022, 12, 28)),
        (d(2023, 5, 9), -1, d(2023, 5, 5)),
        # "within 42 working days" of a referral on 3 April 2023 (Easter and two May
        # bank holidays including the coronation fall inside)
        (d(2023, 4, 3), 42, d(2023, 6, 7)),
    ],
)
def test_working_days_after(start, n, end):
    assert working_days_after(start, n) == end
    assert working_days_between(start, end) == n


def test_bank_holidays_of_2023_as_gov_uk_lists_them():
    assert bank_holidays(2023) == [
        d(2023, 1, 2), d(2023, 4, 7), d(2023, 4, 10), d(2023, 5, 1), d(2023, 5, 8),
        d(2023, 5, 29), d(2023, 8, 28), d(2023, 12, 25), d(2023, 12, 26),
    ]
    assert bank_holidays(2024) == [
        d(2024, 1, 1), d(2024, 3, 29), d(2024, 4, 1), d(2024, 5, 6), d(2024, 5, 27),
        d(2024, 8, 26), d(2024, 12, 25), d(2024, 12, 26),
    ]
    assert d(2022, 12, 27) in bank_holidays(2022)  # Christmas Day substitute
    assert d(2022, 12, 25) not in bank_holidays(2022)  # a Sunday


def test_weekend_holidays_do_not_count_twice():
    # 1 January 2023 was a Sunday (a holiday on a weekend): the week of 26 Dec 2022 to
    # 2 Jan 2023 has no working day other than 28, 29 and 30 December
    assert working_days_between(d(2022, 12, 25), d(2023, 1, 2)) == 3
