"""Exact numbers: reading, rounding and writing the figures of a pack.

Rules (domain.md rule 4):
- Figures are ``Decimal``; blank is ``None`` and never zero.
- Rounding to an indicator's display decimals is half away from zero (``ROUND_HALF_UP`` in
  Python's decimal module rounds halves away from zero for negative numbers too).
- ``format_fixed`` prints exactly ``d`` decimals (``61.0``); ``format_exact`` prints at least
  ``d`` decimals and more only if needed to show the exact value (a threshold of 62.55 against
  1-decimal figures prints ``62.55``, 63 prints ``63.0``).
- Bounds (domain.md, "Interchange format"): a figure is finite, within ±10^12, has at most 15
  significant digits and at most 15 decimal places (so ``1E-999999``, a million digits written
  out, is refused too); no figure can then overflow a rounding, a spreadsheet or a text export.
  A figure written with an exponent (``1e3``) is kept as the plain number (1000). Every number
  entering a pack passes ``check_bounds`` (``parse_number`` here, and every record's validation).
- A float from a spreadsheet is read as the 15 significant digits a spreadsheet shows
  (0.1 + 0.2 is 0.3), which keeps it within the bounds.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from model.errors import CraffuError, quote

__all__ = ["round_half_away", "format_fixed", "format_exact", "parse_number", "NumberError",
           "check_bounds", "bounds_problem", "LARGEST", "SIGNIFICANT_DIGITS"]


class NumberError(CraffuError, ValueError):
    """Text that is not a number."""


_QUANTUM = {d: Decimal(1).scaleb(-d) for d in range(0, 10)}

#: No council figure is beyond ±10^12 or has more than 15 significant digits.
LARGEST = Decimal(10) ** 12
SIGNIFICANT_DIGITS = 15


def bounds_problem(number: Decimal) -> str | None:
    """Why ``number`` cannot be a council figure, or None when it can."""
    if not number.is_finite():
        return "is not a number"
    if abs(number) > LARGEST:
        return "is beyond ±1,000,000,000,000, more than any council figure"
    if number == 0:
        return None
    _sign, digits, exponent = number.as_tuple()
    if len(digits) <= SIGNIFICANT_DIGITS and exponent >= -SIGNIFICANT_DIGITS:
        return None  # as written it fits, so its normal form (never longer) does too
    _sign, digits, exponent = number.normalize().as_tuple()
    if len(digits) > SIGNIFICANT_DIGITS:
        return f"has more than {SIGNIFICANT_DIGITS} significant digits"
    if -exponent > SIGNIFICANT_DIGITS:
        return f"has more than {SIGNIFICANT_DIGITS} decimal places"
    return None


def check_bounds(number: Decimal, text: object = None) -> Decimal:
    """``number`` if it can be a council figure; otherwise NumberError quoting ``text`` (or
    the number) and saying why."""
    problem = bounds_problem(number)
    if problem:
        raise NumberError(f"'{quote(number if text is None else text)}' {problem}")
    if number.as_tuple().exponent > 0:  # 1E+3 is kept as 1000
        number = number.quantize(_QUANTUM[0])
    return number
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")


def round_half_away(value: Decimal | None, decimals: int) -> Decimal | None:
    """Round to ``decimals`` places, halves away from zero; ``None`` stays ``None``."""
    if value is None:
        return None
    return value.quantize(_QUANTUM[decimals], rounding=ROUND_HALF_UP)


def format_fixed(value: Decimal | None, decimals: int, *, thousands: bool = False) -> str:
    """``value`` rounded and printed with exactly ``decimals`` places; blank for ``None``."""
    if value is None:
        return ""
    rounded = round_half_away(value, decimals)
    text = f"{rounded:,.{decimals}f}" if thousands else f"{rounded:.{decimals}f}"
    return "0" + text[2:] if text.startswith("-0") and Decimal(rounded) == 0 else text


def format_exact(value: Decimal, decimals: int) -> str:
    """At least ``decimals`` places, more only when needed to show ``value`` exactly."""
    normal = value.normalize()
    exponent = normal.as_tuple().exponent
    places = max(decimals, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    return f"{value:.{places}f}"


def parse_number(text: str | int | float | Decimal | None) -> Decimal | None:
    """Read a figure as typed or pasted: ``1234``, ``1,234``, ``-3.5``, ``85%`` (read as 85).

    Blank (or only spaces) is ``None``. Anything else that is not a number, or a number beyond
    the bounds, raises NumberError naming the text. Floats from spreadsheets are read with the
    15 significant digits a spreadsheet shows, so 0.1 is 0.1 and 0.1 + 0.2 is 0.3.
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise NumberError(f"'{text}' is not a number")
    if isinstance(text, Decimal):
        return check_bounds(text)
    if isinstance(text, int):
        if abs(text) > LARGEST:
            raise NumberError(f"'{quote(text)}' {bounds_problem(Decimal(LARGEST + 1))}")
        return Decimal(text)
    if isinstance(text, float):
        if text != text or text in (float("inf"), float("-inf")):
            raise NumberError(f"'{text}' is not a number")
        shown = Decimal(repr(text))
        if abs(shown) <= LARGEST:
            shown = Decimal(f"{text:.{SIGNIFICANT_DIGITS}g}")
        return check_bounds(shown, text)
    raw = str(text).strip().replace("\u00a0", "").replace("\u2212", "-")
    if raw == "":
        return None
    body = raw[:-1].strip() if raw.endswith("%") else raw
    if _GROUPED.match(body):
        body = body.replace(",", "")
    if len(body) > 64:  # far longer than any bounded figure: refused without parsing it
        raise NumberError(f"'{quote(raw)}' is not a figure (too long to be a number)")
    try:
        number = Decimal(body)
    except InvalidOperation:
        raise NumberError(f"'{quote(raw)}' is not a number") from None
    return check_bounds(number, raw)
