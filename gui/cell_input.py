"""Reading what an officer types or pastes into a figure cell.

Rules:
- Blank is no figure (``None``), never zero.
- Numbers may carry thousands separators (``1,234``), a ``£`` sign, a trailing ``%`` (ignored:
  percentages are 0-100, ``85%`` is 85), surrounding spaces, and a Unicode minus sign.
- A quarter cell of a percent or ratio measure also takes ``numerator / denominator``
  (``120 / 200``): the value is then computed from them (domain.md rule 1). A plain number is
  the figure itself; numerator and denominator are then cleared.
- Anything else is refused with a message that quotes the text and says what is expected.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from model import records as r
from model.numbers import format_exact

__all__ = ["CellInputError", "parse_number", "parse_figure", "figure_edit_text"]


class CellInputError(ValueError):
    """Text that is not a figure; the message says why."""


_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$")


def parse_number(text: str) -> Decimal | None:
    """The number in ``text``; ``None`` for blank. Raises CellInputError."""
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
    if not body or not _NUMBER.match(body) or body in (".",):
        raise CellInputError(f"'{text.strip()}' is not a number")
    try:
        return Decimal(sign + body.replace(",", ""))
    except InvalidOperation:
        raise CellInputError(f"'{text.strip()}' is not a number") from None


def takes_fraction(indicator: r.Indicator) -> bool:
    return indicator.unit in ("percent", "ratio")


def parse_figure(text: str, indicator: r.Indicator) -> dict[str, Decimal | None]:
    """The Value fields (actual, numerator, denominator) that ``text`` sets."""
    cleaned = (text or "").strip()
    if "/" in cleaned:
        if not takes_fraction(indicator):
            raise CellInputError(
                f"'{cleaned}': numerator / denominator is only for percent and ratio measures")
        top, _, bottom = cleaned.partition("/")
        numerator, denominator = parse_number(top), parse_number(bottom)
        if numerator is None or denominator is None:
            raise CellInputError(f"'{cleaned}': give both numerator and denominator, "
                                 "e.g. 120 / 200")
        return {"actual": None, "numerator": numerator, "denominator": denominator}
    number = parse_number(cleaned)
    return {"actual": number, "numerator": None, "denominator": None}


def figure_edit_text(indicator: r.Indicator, value: r.Value | None) -> str:
    """The text an editor starts with: ``num / den`` where both are stored, else the actual."""
    if value is None:
        return ""
    if value.numerator is not None and value.denominator is not None:
        return f"{format_exact(value.numerator, 0)} / {format_exact(value.denominator, 0)}"
    if value.actual is not None:
        return format_exact(value.actual, 0)
    return ""
