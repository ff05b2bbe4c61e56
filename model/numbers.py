"""Exact numbers: reading, rounding and writing the figures of a pack.

Rules (domain.md rule 4):
- Figures are ``Decimal``; blank is ``None`` and never zero.
- Rounding to an indicator's display decimals is half away from zero (``ROUND_HALF_UP`` in
  Python's decimal module rounds halves away from zero for negative numbers too).
- ``format_fixed`` prints exactly ``d`` decimals (``61.0``); ``format_exact`` prints at least
  ``d`` decimals and more only if needed to show the exact value (a threshold of 62.55 against
  1-decimal figures prints ``62.55``, 63 prints ``63.0``).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from model.errors import CraffuError

__all__ = ["round_half_away", "format_fixed", "format_exact", "parse_number", "NumberError"]


class NumberError(CraffuError, ValueError):
    """Text that is not a number."""


_QUANTUM = {d: Decimal(1).scaleb(-d) for d in range(0, 10)}
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

    Blank (or only spaces) is ``None``. Anything else that is not a number raises NumberError
    naming the text. Floats from spreadsheets are read by their shortest repr, so 0.1 is 0.1.
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise NumberError(f"'{text}' is not a number")
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError(f"'{text}' is not a number")
        return text
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, float):
        if text != text or text in (float("inf"), float("-inf")):
            raise NumberError(f"'{text}' is not a number")
        return Decimal(repr(text))
    raw = str(text).strip().replace("\u00a0", "").replace("\u2212", "-")
    if raw == "":
        return None
    body = raw[:-1].strip() if raw.endswith("%") else raw
    if _GROUPED.match(body):
        body = body.replace(",", "")
    try:
        number = Decimal(body)
    except InvalidOperation:
        raise NumberError(f"'{text}' is not a number") from None
    if not number.is_finite():
        raise NumberError(f"'{text}' is not a number")
    return number
