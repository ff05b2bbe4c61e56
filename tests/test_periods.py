"""Financial years, quarters and reporting periods (domain.md "Terms")."""

from __future__ import annotations

import datetime as dt

import pytest

from model.periods import FinancialYear, Period, PeriodError, parse_period, parse_year


@pytest.mark.parametrize(
    "text, start",
    [
        ("2023-24", 2023),
        ("2023/24", 2023),
        ("2023-2024", 2023),
        ("2023/2024", 2023),
        ("2023–24", 2023),  # en dash, as word processors type it
        (" 2023-24 ", 2023),
        ("2023 - 24", 2023),
        ("FY2023-24", 2023),
        ("1999-00", 1999),
        ("2099/00", 2099),
    ],
)
def test_parse_year(text, start):
    assert parse_year(text) == FinancialYear(start)


@pytest.mark.parametrize(
    "text, message",
    [
        ("2023-25", "'2023-25' is not a financial year: 2023 should be followed by 24 "
                    "(e.g. 2023-24)"),
        ("2023-2025", "'2023-2025' is not a financial year: 2023 should be followed by 24"),
        ("2023-23", "2023 should be followed by 24"),
        ("2023", "'2023' is not a financial year (expected e.g. 2023-24)"),
        ("", "'' is not a financial year (expected e.g. 2023-24)"),
        ("twenty23-24", "'twenty23-24' is not a financial year"),
        ("23-24", "'23-24' is not a financial year"),
        ("2023-24 Q4", "'2023-24 Q4' is not a financial year"),
    ],
)
def test_parse_year_rejects_with_a_message(text, message):
    with pytest.raises(PeriodError) as caught:
        parse_year(text)
    assert message in str(caught.value)


def test_period_error_is_a_value_error():
    assert issubclass(PeriodError, ValueError)


def test_parse_year_passes_a_year_through():
    fy = FinancialYear(2020)
    assert parse_year(fy) is fy


@pytest.mark.parametrize(
    "text, year, quarter",
    [
        ("2023-24 Q4", 2023, 4),
        ("2023/24 Q4", 2023, 4),
        ("Q4 2023/24", 2023, 4),
        ("Q4 2023-24", 2023, 4),
        ("2023-24 Q1", 2023, 1),
        ("2023-2024 Q2", 2023, 2),
        ("2023-24 q3", 2023, 3),
        ("q1 2019/20", 2019, 1),
        ("  2024-25   Q2  ", 2024, 2),
        ("2023–24 Q4", 2023, 4),
    ],
)
def test_parse_period(text, year, quarter):
    period = parse_period(text)
    assert period == Period(year, quarter)
    assert (period.year, period.quarter) == (year, quarter)


@pytest.mark.parametrize(
    "text",
    [
        "2023-24 Q5",
        "2023-24 Q0",
        "2023-24",
        "Q4",
        "",
        "2023-25 Q4",
        "Q4 2023-25",
        "2023-24Q4x",
        "2023-24 Quarter 4",
        "Q4/2023-24",
        "next quarter",
    ],
)
def test_parse_period_rejects_with_a_message(text):
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    assert str(caught.value) == f"'{text}' is not a period (expected e.g. 2023-24 Q4)"


def test_parse_period_passes_a_period_through():
    period = Period(2023, 2)
    assert parse_period(period) is period


@pytest.mark.parametrize("quarter", [0, 5, -1])
def test_a_quarter_is_1_to_4(quarter):
    with pytest.raises(PeriodError, match=f"quarter must be 1 to 4, not {quarter}"):
        Period(2023, quarter)


@pytest.mark.parametrize(
    "year, quarter, label, short",
    [
        (2023, 4, "2023-24 Q4", "Q4 2023-24"),
        (2023, 1, "2023-24 Q1", "Q1 2023-24"),
        (1999, 2, "1999-00 Q2", "Q2 1999-00"),
        (2009, 3, "2009-10 Q3", "Q3 2009-10"),
    ],
)
def test_labels(year, quarter, label, short):
    period = Period(year, quarter)
    assert period.label == label
    assert str(period) == label
    assert period.short_label == short
    assert parse_period(label) == period
    assert parse_period(short) == period


@pytest.mark.parametrize(
    "start, label",
    [(2023, "2023-24"), (1999, "1999-00"), (2000, "2000-01"), (2009, "2009-10")],
)
def test_year_labels(start, label):
    assert FinancialYear(start).label == label
    assert str(FinancialYear(start)) == label


@pytest.mark.parametrize(
    "period, previous, same_last_year, following",
    [
        ("2023-24 Q1", "2022-23 Q4", "2022-23 Q1", "2023-24 Q2"),
        ("2023-24 Q2", "2023-24 Q1", "2022-23 Q2", "2023-24 Q3"),
        ("2023-24 Q3", "2023-24 Q2", "2022-23 Q3", "2023-24 Q4"),
        ("2023-24 Q4", "2023-24 Q3", "2022-23 Q4", "2024-25 Q1"),
        ("2000-01 Q1", "1999-00 Q4", "1999-00 Q1", "2000-01 Q2"),
    ],
)
def test_previous_next_and_same_quarter_last_year(period, previous, same_last_year, following):
    p = parse_period(period)
    assert p.previous().label == previous
    assert p.same_quarter_last_year().label == same_last_year
    assert p.next().label == following
    assert p.next().previous() == p
    assert p.index - p.previous().index == 1
    assert p.index - p.same_quarter_last_year().index == 4


@pytest.mark.parametrize(
    "period, first, last",
    [
        ("2023-24 Q1", dt.date(2023, 4, 1), dt.date(2023, 6, 30)),
        ("2023-24 Q2", dt.date(2023, 7, 1), dt.date(2023, 9, 30)),
        ("2023-24 Q3", dt.date(2023, 10, 1), dt.date(2023, 12, 31)),
        ("2023-24 Q4", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        ("2019-20 Q4", dt.date(2020, 1, 1), dt.date(2020, 3, 31)),
    ],
)
def test_quarter_dates(period, first, last):
    p = parse_period(period)
    assert (p.first_day, p.last_day) == (first, last)
    assert Period.containing(first) == p
    assert Period.containing(last) == p


@pytest.mark.parametrize(
    "day, period",
    [
        (dt.date(2024, 3, 31), "2023-24 Q4"),
        (dt.date(2024, 4, 1), "2024-25 Q1"),
        (dt.date(2024, 2, 29), "2023-24 Q4"),
        (dt.date(2023, 12, 25), "2023-24 Q3"),
        (dt.date(2023, 7, 1), "2023-24 Q2"),
    ],
)
def test_period_containing_a_day(day, period):
    assert Period.containing(day).label == period
    assert FinancialYear.containing(day) == parse_period(period).fy


def test_financial_year():
    fy = parse_year("2023-24")
    assert (fy.first_day, fy.last_day) == (dt.date(2023, 4, 1), dt.date(2024, 3, 31))
    assert [p.label for p in fy.quarters()] == [
        "2023-24 Q1", "2023-24 Q2", "2023-24 Q3", "2023-24 Q4"]
    assert fy.previous().label == "2022-23"
    assert fy.next().label == "2024-25"
    assert parse_period("2023-24 Q3").fy == fy


def test_quarters_to_date():
    assert [p.label for p in parse_period("2023-24 Q3").quarters_to_date()] == [
        "2023-24 Q1", "2023-24 Q2", "2023-24 Q3"]
    assert parse_period("2023-24 Q1").quarters_to_date() == [Period(2023, 1)]


def test_ordering():
    labels = ["2023-24 Q1", "2022-23 Q4", "2023-24 Q4", "2022-23 Q1", "2023-24 Q2"]
    assert [p.label for p in sorted(parse_period(x) for x in labels)] == [
        "2022-23 Q1", "2022-23 Q4", "2023-24 Q1", "2023-24 Q2", "2023-24 Q4"]
    assert Period(2022, 4) < Period(2023, 1)
    assert Period(2023, 1) >= Period(2022, 4)
    assert FinancialYear(2022) < FinancialYear(2023)
    assert Period.from_index(Period(2023, 3).index) == Period(2023, 3)
    # periods are values: usable as dictionary keys
    assert {Period(2023, 1): "a"}[parse_period("Q1 2023/24")] == "a"
