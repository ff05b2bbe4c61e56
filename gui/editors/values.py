"""Reading and showing the typed fields of records in editors (text, numbers, dates, choices).

Rules:
- Blank is ``None`` for numbers, dates and optional choices, never zero; text stays ``""``.
- A whole number field refuses fractions; a date is ``YYYY-MM-DD`` or ``DD/MM/YYYY``.
- A choice must be one of its allowed words (blank allowed where the field is optional).
- A period is written ``2024-25 Q3`` (also ``2024/25 Q3``, ``Q3 2024/25``); it is required.
- A yes/no field pasted as text takes yes/no, y/n, true/false, 1/0 (blank is no).
- Errors are ``FieldInputError`` whose message quotes the text and says what is expected.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from gui.cell_input import CellInputError, parse_number
from model.numbers import format_exact
from model.periods import Period, PeriodError, parse_period

__all__ = ["FieldInputError", "parse_field", "show_field"]


class FieldInputError(ValueError):
    pass


def parse_field(kind: str, text: Any, choices: tuple = (), optional: bool = True) -> Any:
    """The value of ``text`` for a field of ``kind`` (text, int, decimal, bool, choice, date,
    period)."""
    if kind == "bool":
        if isinstance(text, str):
            return parse_yes_no(text)
        return bool(text)
    raw = "" if text is None else str(text)
    cleaned = raw.strip()
    if kind == "text":
        return raw
    if kind == "choice":
        if not cleaned:
            if optional:
                return None
            raise FieldInputError(f"choose one of {', '.join(choices)}")
        if cleaned not in choices:
            raise FieldInputError(f"'{cleaned}' is not one of {', '.join(choices)}")
        return cleaned
    if kind == "period":
        if not cleaned:
            raise FieldInputError("a period is required, e.g. 2024-25 Q3")
        try:
            return parse_period(cleaned)
        except PeriodError as exc:
            raise FieldInputError(str(exc)) from None
    if kind == "date":
        if not cleaned:
            return None
        for form in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
            try:
                return dt.datetime.strptime(cleaned, form).date()
            except ValueError:
                continue
        raise FieldInputError(f"'{cleaned}' is not a date: write 2025-03-31 or 31/03/2025")
    try:
        number = parse_number(cleaned)
    except CellInputError as exc:
        raise FieldInputError(str(exc)) from None
    if kind == "int":
        if number is None:
            if optional:
                return None
            raise FieldInputError("a whole number is required")
        if number != number.to_integral():
            raise FieldInputError(f"'{cleaned}' is not a whole number")
        return int(number)
    if number is None and not optional:
        raise FieldInputError("a number is required")
    return number


_YES = {"yes", "y", "true", "1", "\u2713", "x"}
_NO = {"", "no", "n", "false", "0"}


def parse_yes_no(text: str) -> bool:
    """A pasted yes/no cell; anything else is refused."""
    cleaned = text.strip().casefold()
    if cleaned in _YES:
        return True
    if cleaned in _NO:
        return False
    raise FieldInputError(f"'{text.strip()}' is not yes or no")


def show_field(value: Any) -> str:
    """A field's value as an editor shows it (blank for None)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_exact(value, 0)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Period):
        return value.label
    return str(value)
