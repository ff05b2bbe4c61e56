"""Reading, rounding and writing figures (domain.md rule 4 and "Interchange format")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from model.numbers import NumberError, format_exact, format_fixed, parse_number, round_half_away
from tests.conftest import D


@pytest.mark.parametrize(
    "value, decimals, expected",
    [
        ("79.96", 1, "80.0"),
        ("79.95", 1, "80.0"),  # half away from zero
        ("79.94", 1, "79.9"),
        ("0.05", 1, "0.1"),
        ("0.15", 1, "0.2"),
        ("0.25", 1, "0.3"),  # not banker's rounding (which gives 0.2)
        ("2.5", 0, "3"),
        ("3.5", 0, "4"),
        ("-2.5", 0, "-3"),  # negatives: away from zero too
        ("-0.25", 1, "-0.3"),
        ("-100.5", 0, "-101"),
        ("-100.49", 0, "-100"),
        ("1.005", 2, "1.01"),
        ("0.125", 2, "0.13"),
        ("12.345", 2, "12.35"),
        ("7", 2, "7.00"),
        ("28354", 0, "28354"),
        ("1E+3", 0, "1000"),
        ("0.0000005", 6, "0.000001"),
    ],
)
def test_round_half_away(value, decimals, expected):
    result = round_half_away(D(value), decimals)
    assert isinstance(result, Decimal)
    assert str(result) == expected


def test_round_none_is_none():
    assert round_half_away(None, 1) is None


@pytest.mark.parametrize(
    "value, decimals, thousands, expected",
    [
        ("61", 1, False, "61.0"),
        ("79.96", 1, False, "80.0"),
        ("-2.5", 0, False, "-3"),
        ("28354", 0, True, "28,354"),
        ("1234567.891", 2, True, "1,234,567.89"),
        ("-1234.5", 0, True, "-1,235"),
        ("-0.04", 1, False, "0.0"),  # never "-0.0"
        ("-0.4", 0, False, "0"),
        ("0", 2, False, "0.00"),
        ("1E+3", 1, False, "1000.0"),
    ],
)
def test_format_fixed(value, decimals, thousands, expected):
    assert format_fixed(D(value), decimals, thousands=thousands) == expected


def test_format_fixed_blank_for_none():
    assert format_fixed(None, 1) == ""


@pytest.mark.parametrize(
    "value, decimals, expected",
    [
        ("63", 1, "63.0"),
        ("63.00", 1, "63.0"),
        ("62.55", 1, "62.55"),  # a threshold is shown exactly, not rounded
        ("67.95", 1, "67.95"),
        ("20.25", 1, "20.25"),
        ("550", 0, "550"),
        ("0.125", 0, "0.125"),
        ("-110", 0, "-110"),
        ("1E+3", 0, "1000"),
        ("10", 0, "10"),
        ("10.0", 0, "10"),
        ("2.5", 0, "2.5"),
    ],
)
def test_format_exact(value, decimals, expected):
    assert format_exact(D(value), decimals) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1234", "1234"),
        ("1,234", "1234"),
        ("28,354", "28354"),
        ("1,234,567.5", "1234567.5"),
        ("-3.5", "-3.5"),
        ("\u22123.5", "-3.5"),  # a typographic minus
        ("+7", "7"),
        ("85%", "85"),
        ("85 %", "85"),
        ("12.5%", "12.5"),
        (" 42 ", "42"),
        ("1\u00a0234", "1234"),  # a no-break space as thousands separator
        ("0.1", "0.1"),
        ("0", "0"),
        (7, "7"),
        (0.1, "0.1"),  # a float from a spreadsheet by its shortest repr
        (2.675, "2.675"),
        (Decimal("61.0"), "61.0"),
    ],
)
def test_parse_number(text, expected):
    result = parse_number(text)
    assert isinstance(result, Decimal)
    assert result == Decimal(expected)
    assert str(result) == str(Decimal(expected))


@pytest.mark.parametrize("text", [None, "", "   ", "\u00a0"])
def test_blank_is_missing_never_zero(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text",
    ["abc", "1,23", "12,34.5", "1.2.3", "%", "NaN", "inf", "-Infinity", "£5x",
     float("nan"), float("inf"), True, Decimal("NaN"), Decimal("Infinity")],
)
def test_parse_number_rejects_with_a_message(text):
    with pytest.raises(NumberError) as caught:
        parse_number(text)
    assert str(caught.value) == f"'{text}' is not a number"


def test_number_error_is_a_value_error():
    assert issubclass(NumberError, ValueError)
