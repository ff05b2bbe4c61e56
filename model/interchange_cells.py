"""Reading one row of an interchange sheet: each cell converted by its column's type.

A ``RowReader`` wraps one data row (its values, the sheet's column positions) and converts a
cell on request, reporting any problem at this row and column (``ok`` turns False). The types
are those of ``model.interchange_format.TYPES``. Rules:

- A blank cell (empty, or only spaces) is missing: ``''`` for text, ``None`` for anything else,
  never zero. A required column's blank cell is reported ("code is required").
- ``number``: a workbook number as it is; text as typed or pasted (``1,234``, ``85%`` read as 85;
  ``model.numbers.parse_number``); a date or a boolean is not a number.
- ``whole``: a number without a fraction from the column's ``low`` to ``high``; a quarter may
  be written ``Q3``. ``count``: a whole number of at least 0 (stored as ``int``).
- ``period``: ``2023-24 Q4``, ``2023/24 Q4`` or ``Q4 2023-24``; a date cell is refused (type the
  period as text). ``year``: ``2023-24`` or ``2023/24``, as its start year.
- ``date``: a date cell (without a time of day), ``2024-03-31`` or ``31/03/2024``;
  ``isodate`` the same, kept as ISO text.
- ``choice``: one of the column's choices in any case, given back as the vocabulary spells it.
- ``flag``: ``yes`` (True), ``no`` or blank (False), in any case.
- ``codes``: indicator codes separated by spaces or commas.
- Values quoted in messages go through ``model.errors.quote``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from model.errors import quote
from model.interchange_format import Column
from model.interchange_sources import BAD, Problems, SheetSource
from model.numbers import NumberError, parse_number
from model.periods import Period, PeriodError, parse_period, parse_year

__all__ = ["RowReader", "PERIODS", "as_text", "cached_period", "requote"]


class RowReader:
    """One data row of a sheet, with conversions that report problems at this row."""

    __slots__ = ("sheet", "line", "values", "columns", "problems", "required", "ok")

    def __init__(self, sheet: SheetSource, number: int, values: list, columns: dict[str, int],
                 problems: Problems, required: frozenset[str]):
        self.sheet = sheet
        self.line = number
        self.values = values
        self.columns = columns
        self.problems = problems
        self.required = required
        self.ok = True

    def error(self, column: str | None, reason: str) -> None:
        self.ok = False
        self.problems.add(self.sheet.file, self.sheet.name, self.line, column, reason)

    def has(self, column: str) -> bool:
        return column in self.columns

    def raw(self, column: str) -> Any:
        index = self.columns.get(column)
        if index is None:
            return None
        values = self.values
        if index >= len(values):
            return None
        value = values[index]
        if value is None or type(value) is Decimal:
            return value
        if value is BAD:
            self.ok = False
            return BAD
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def _required(self, column: str, value: Any) -> Any:
        if value is None and column in self.required:
            self.error(column, f"{column} is required")
        return value

    def read(self, column: Column) -> Any:
        """The cell under ``column``, converted by its type."""
        kind = column.type
        if kind == "text":
            return self.text(column.name)
        if kind == "name":
            return self.name(column.name)
        if kind == "number":
            return self.number(column.name)
        if kind == "whole":
            return self.whole(column.name, column.low, column.high)
        if kind == "count":
            number = self.whole(column.name, 0, 10**12)
            return number
        if kind == "choice":
            return self.choice(column.name, column.choices)
        return getattr(self, kind)(column.name)

    def text(self, column: str) -> str:
        """Free text: kept as typed; blank is ''."""
        value = self.raw(column)
        if value is BAD:
            return ""
        self._required(column, value)
        return "" if value is None else as_text(value)

    def name(self, column: str) -> str | None:
        """A code or reference: text without surrounding spaces."""
        value = self.raw(column)
        if type(value) is str:
            return value.strip()  # raw() gave None for a blank one
        if value is BAD:
            return None
        value = self._required(column, value)
        return None if value is None else as_text(value).strip()

    def number(self, column: str) -> Decimal | None:
        value = self.raw(column)
        if type(value) is Decimal:  # a workbook number cell (always finite)
            return value
        if value is BAD or self._required(column, value) is None:
            return None
        if isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
            self.error(column, f"{as_text(value)} is a date or time, not a number")
            return None
        if isinstance(value, bool):
            self.error(column, f"{value} is not a number")
            return None
        try:
            return parse_number(value)
        except NumberError as exc:
            self.error(column, requote(str(exc), value))
            return None

    def whole(self, column: str, low: int, high: int) -> int | None:
        raw = self.raw(column)
        if isinstance(raw, str) and column == "quarter" and raw.strip()[:1] in ("q", "Q"):
            raw = raw.strip()[1:]
            self.values[self.columns[column]] = raw
        number = self.number(column)
        if number is None:
            return None
        if number != number.to_integral_value() or not low <= number <= high:
            shown = quote(as_text(raw))
            if high >= 10**12:
                self.error(column, f"{shown} is not a whole number of at least {low}")
            else:
                self.error(column, f"{shown} is not a whole number from {low} to {high}")
            return None
        return int(number)

    def period(self, column: str) -> Period | None:
        value = self.raw(column)
        if type(value) is str:
            known = _PERIODS.get(value)
            if known is not None:
                return known
        if value is BAD or self._required(column, value) is None:
            return None
        if isinstance(value, dt.date | dt.datetime):
            self.error(column, f"{as_text(value)} is a date, not a period (type e.g. "
                               f"2023-24 Q4 as text)")
            return None
        try:
            return cached_period(as_text(value))
        except PeriodError as exc:
            self.error(column, requote(str(exc), as_text(value)))
            return None

    def year(self, column: str) -> int | None:
        value = self.raw(column)
        if value is BAD or self._required(column, value) is None:
            return None
        try:
            return parse_year(as_text(value)).start
        except PeriodError as exc:
            self.error(column, requote(str(exc), as_text(value)))
            return None

    def date(self, column: str) -> dt.date | None:
        value = self.raw(column)
        if value is BAD or self._required(column, value) is None:
            return None
        if isinstance(value, dt.datetime):
            if value.time() != dt.time(0):
                self.error(column, f"{value} has a time of day; give a date")
                return None
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            day = _parse_date(value.strip())
            if day is not None:
                return day
        self.error(column, f"'{quote(as_text(value))}' is not a date (e.g. 2024-03-31)")
        return None

    def isodate(self, column: str) -> str | None:
        day = self.date(column)
        return None if day is None else day.isoformat()

    def choice(self, column: str, allowed: tuple[str, ...]) -> str | None:
        value = self.raw(column)
        if value is BAD or self._required(column, value) is None:
            return None
        text = as_text(value).strip()
        for option in allowed:
            if option.lower() == text.lower():
                return option
        self.error(column, f"'{quote(text)}' is not one of {', '.join(allowed)}")
        return None

    def flag(self, column: str) -> bool:
        value = self.raw(column)
        if value is BAD or self._required(column, value) is None:
            return False
        text = as_text(value).strip().lower()
        if text in ("yes", "no"):
            return text == "yes"
        self.error(column, f"'{quote(as_text(value))}' is not yes or blank")
        return False

    def codes(self, column: str) -> list[str]:
        value = self.raw(column)
        if value is BAD or self._required(column, value) is None:
            return []
        return [code for code in re.split(r"[\s,]+", as_text(value)) if code]


#: Period labels read so far (a sheet names the same few periods on thousands of rows).
PERIODS: dict[str, Period] = {}
_PERIODS = PERIODS


def cached_period(text: str) -> Period:
    """``parse_period``, remembered: a sheet names the same few periods on thousands of rows."""
    period = _PERIODS.get(text)
    if period is None:
        period = parse_period(text)
        if len(_PERIODS) < 4096:
            _PERIODS[text] = period
    return period


def requote(message: str, value: Any) -> str:
    """``message`` (from a parser that echoes its input) with ``value`` shown through quote."""
    text = value if isinstance(value, str) else str(value)
    shown = quote(text)
    return message.replace(f"'{text}'", f"'{shown}'", 1) if shown != text else message


def as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


def _parse_date(text: str) -> dt.date | None:
    if len(text) > 40:
        return None
    for fmt in _DATE_FORMATS:
        try:
            parsed = dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        if parsed.time() == dt.time(0):
            return parsed.date()
    return None
