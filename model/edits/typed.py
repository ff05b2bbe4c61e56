"""Reading what an officer types or pastes into a cell, and the text a cell's editor starts with.

Rules:
- Blank is no value (``None``) for numbers, dates and optional choices, never zero; text stays
  ``""``.
- Numbers may carry thousands separators (``1,234``), a ``£`` sign, a trailing ``%`` (ignored:
  percentages are 0-100, ``85%`` is 85), surrounding spaces, and a Unicode minus sign. A number
  beyond the bounds of any council figure (``model.numbers.check_bounds``: ±10^12, 15
  significant digits) is refused where it is typed.
- A quarter cell of a percent or ratio measure also takes ``numerator / denominator``
  (``120 / 200``): the value is then computed from them (domain.md rule 1). A plain number is
  the figure itself; numerator and denominator are then cleared.
- A whole number refuses fractions; a count (breakdowns, snapshots) is a whole number and not
  negative. A date is ``YYYY-MM-DD``, ``DD/MM/YYYY``, ``DD-MM-YYYY`` or as people write it
  (``31 March 2025``, ``31 Mar 2025``), and is shown as people write it (``show_field``:
  ``31 March 2025``), so what a cell shows can be typed or pasted back. A choice must be one of
  its allowed words (blank allowed where it is optional). A period is written ``2024-25 Q3``
  (also ``2024/25 Q3``, ``Q3 2024/25``) and is required. A yes/no cell takes yes/no, y/n,
  true/false, 1/0, ✓ or x (blank is no).
- A trajectory is four figures separated by semicolons (``150; 300; 450; 600``), all four
  quarters or none (domain.md rule 3); blank clears it.
- A pasted block is tab-separated text, rows by newlines (what Excel and LibreOffice put on the
  clipboard; quoted cells are understood; a final newline is not a row). One cell pasted over a
  larger selection fills it (``fill_block``).
- Anything else is refused with an ``InputError`` whose message quotes the text (at most 80
  characters, control characters escaped) and says what is expected.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from model import records as r
from model.edits.errors import InputError
from model.errors import quote
from model.numbers import NumberError, check_bounds, format_exact
from model.periods import Period, PeriodError, parse_period

__all__ = ["parse_number", "takes_fraction", "parse_figure", "figure_edit_text", "parse_field",
           "parse_yes_no", "parse_date", "written_date", "MONTHS", "parse_count", "show_field",
           "parse_trajectory", "trajectory_text", "parse_block", "fill_block", "FIELD_KINDS"]

#: The kinds of field a cell can hold.
FIELD_KINDS = ("text", "int", "decimal", "bool", "choice", "date", "period")

_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$")
_DATE_FORMS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")
#: Month names as dates are written in the window (not the computer's locale).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_WRITTEN_DATE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")


def parse_number(text: str | None) -> Decimal | None:
    """The number in ``text``; ``None`` for blank. Raises InputError."""
    cleaned = (text or "").strip().replace("\u2212", "-").replace("\u00a0", "")
    if not cleaned:
        return None
    body = cleaned
    if body.endswith("%"):
        body = body[:-1].strip()
    sign = ""
    if body[:1] in "+-":
        sign, body = body[:1], body[1:].strip()
    if body.startswith("£"):
        body = body[1:].strip()
    if not body or not _NUMBER.match(body) or body == ".":
        raise InputError(f"'{quote(text.strip())}' is not a number")
    try:
        return check_bounds(Decimal(sign + body.replace(",", "")), text.strip())
    except InvalidOperation:
        raise InputError(f"'{quote(text.strip())}' is not a number") from None
    except NumberError as exc:
        raise InputError(str(exc)) from None


def takes_fraction(indicator: r.Indicator) -> bool:
    """Whether a quarter cell of ``indicator`` takes ``numerator / denominator``."""
    return indicator.unit in ("percent", "ratio")


def parse_figure(text: str | None, indicator: r.Indicator) -> dict[str, Decimal | None]:
    """The Value fields (actual, numerator, denominator) that ``text`` sets."""
    cleaned = (text or "").strip()
    if "/" in cleaned:
        if not takes_fraction(indicator):
            raise InputError(f"'{quote(cleaned)}': numerator / denominator is only for "
                             "percent and ratio measures")
        top, _, bottom = cleaned.partition("/")
        numerator, denominator = parse_number(top), parse_number(bottom)
        if numerator is None or denominator is None:
            raise InputError(f"'{quote(cleaned)}': give both numerator and denominator, "
                             "e.g. 120 / 200")
        return {"actual": None, "numerator": numerator, "denominator": denominator}
    number = parse_number(cleaned)
    return {"actual": number, "numerator": None, "denominator": None}


def figure_edit_text(value: r.Value | None) -> str:
    """The text a quarter cell's editor starts with: ``num / den`` where both are stored, else
    the figure; blank for none."""
    if value is None:
        return ""
    if value.numerator is not None and value.denominator is not None:
        return f"{format_exact(value.numerator, 0)} / {format_exact(value.denominator, 0)}"
    if value.actual is not None:
        return format_exact(value.actual, 0)
    return ""


def parse_field(kind: str, text: Any, choices: tuple = (), optional: bool = True) -> Any:
    """The value of ``text`` for a field of ``kind`` (one of ``FIELD_KINDS``)."""
    if kind == "bool":
        return parse_yes_no(text) if isinstance(text, str) else bool(text)
    raw = "" if text is None else str(text)
    cleaned = raw.strip()
    if kind == "text":
        return raw
    if kind == "choice":
        if not cleaned:
            if optional:
                return None
            raise InputError(f"choose one of {', '.join(choices)}")
        if cleaned not in choices:
            raise InputError(f"'{quote(cleaned)}' is not one of {', '.join(choices)}")
        return cleaned
    if kind == "period":
        if not cleaned:
            raise InputError("a period is required, e.g. 2024-25 Q3")
        try:
            return parse_period(cleaned)
        except PeriodError as exc:
            raise InputError(str(exc)) from None
    if kind == "date":
        return parse_date(cleaned)
    number = parse_number(cleaned)
    if kind == "int":
        if number is None:
            if optional:
                return None
            raise InputError("a whole number is required")
        if number != number.to_integral():
            raise InputError(f"'{quote(cleaned)}' is not a whole number")
        return int(number)
    if number is None and not optional:
        raise InputError("a number is required")
    return number


_YES = {"yes", "y", "true", "1", "\u2713", "x"}
_NO = {"", "no", "n", "false", "0"}


def parse_yes_no(text: str) -> bool:
    """A typed or pasted yes/no cell; anything else is refused."""
    cleaned = text.strip().casefold()
    if cleaned in _YES:
        return True
    if cleaned in _NO:
        return False
    raise InputError(f"'{quote(text.strip())}' is not yes or no")


def parse_date(text: str | None) -> dt.date | None:
    """A typed date; ``None`` for blank."""
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    for form in _DATE_FORMS:
        try:
            return dt.datetime.strptime(cleaned, form).date()
        except ValueError:
            continue
    written = _WRITTEN_DATE.match(cleaned)
    if written:
        day, month, year = written.groups()
        months = [m for m in MONTHS if len(month) >= 3 and m.casefold().startswith(
            month.casefold())]
        if len(months) == 1:
            try:
                return dt.date(int(year), MONTHS.index(months[0]) + 1, int(day))
            except ValueError:
                pass
    raise InputError(f"'{quote(cleaned)}' is not a date: write 31 March 2025, 31/03/2025 or "
                     "2025-03-31")


def written_date(day: dt.date) -> str:
    """A date as people write it: ``31 March 2025``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def parse_count(text: Any) -> int | None:
    """A typed or pasted count: a whole number, not negative; blank is ``None``."""
    number = parse_field("int", text)
    if number is not None and number < 0:
        raise InputError(f"{number}: a count cannot be negative")
    return number


def show_field(value: Any) -> str:
    """A field's value as a cell shows it and its editor starts with (blank for ``None``)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_exact(value, 0)
    if isinstance(value, dt.date):
        return written_date(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Period):
        return value.label
    return str(value)


def parse_trajectory(text: str | None) -> tuple:
    """The four quarterly trajectory figures of ``text`` (four ``None`` for blank)."""
    cleaned = (text or "").strip()
    if not cleaned:
        return (None, None, None, None)
    parts = [part.strip() for part in cleaned.split(";")]
    if len(parts) != 4:
        raise InputError(f"'{quote(cleaned)}': give four quarterly figures separated by "
                         "semicolons, e.g. 150; 300; 450; 600 (blank for none)")
    numbers = tuple(parse_number(part) for part in parts)
    if any(n is None for n in numbers):
        raise InputError("a trajectory needs all four quarters")
    return numbers


def trajectory_text(target: r.Target | None) -> str:
    """A target's trajectory as it is typed (``150; 300; 450; 600``); blank for none."""
    if target is None or target.trajectory is None:
        return ""
    return "; ".join(show_field(q) for q in target.trajectory)


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from clipboard text (tab-separated; a final newline is not a row)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [row for row in csv.reader(io.StringIO(text), delimiter="\t")] or [[""]]


def fill_block(block: list[list[str]], rows: int, columns: int) -> list[list[str]]:
    """``block`` as pasted, or, when it is a single cell and the selection is larger, that cell
    repeated over ``rows`` x ``columns`` (filling a selected range from one value)."""
    if len(block) == 1 and len(block[0]) == 1 and rows * columns > 1:
        return [[block[0][0]] * columns for _ in range(rows)]
    return block
