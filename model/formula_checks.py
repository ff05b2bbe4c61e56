"""What a calculated indicator's formula must meet in a pack (``model.validation`` asks), and the
parsed formula of an indicator.

Rules (``model.formula_values`` has the whole set): a formula must be readable
(``model.formula``), name only indicators the pack has (or the same command adds), never refer
back to its own indicator directly or through other formulas (the cycle is named:
``NET → A → NET``), and divide when the aggregation is ``ratio`` (its two sides are then the
numerator and denominator added up over the year).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from model import records as r
from model.errors import quote
from model.formula import Formula, FormulaError, parse_formula

__all__ = ["formula_of", "formula_problems"]


def formula_of(indicator: r.Indicator) -> Formula | None:
    """The indicator's parsed formula, or None when it is not calculated (or the formula is
    unreadable: validation keeps such a formula out of a pack)."""
    text = indicator.formula
    if not text or not text.strip():
        return None
    try:
        return _parsed(text)
    except FormulaError:
        return None


_CACHE: dict[str, Formula] = {}


def _parsed(text: str) -> Formula:
    formula = _CACHE.get(text)
    if formula is None:
        formula = parse_formula(text)
        if len(_CACHE) > 2000:
            _CACHE.clear()
        _CACHE[text] = formula
    return formula


Lookup = Callable[[str, tuple], "r.Record | None"]


def formula_problems(indicator: r.Indicator, lookup: Lookup) -> list[str]:
    """What is wrong with ``indicator``'s formula against the pack as ``lookup`` sees it: an
    unreadable formula, unknown codes, a cycle, ``ratio`` aggregation without a division."""
    text = indicator.formula
    if not text or not text.strip():
        return []
    try:
        formula = _parsed(text)
    except FormulaError as exc:
        return [f"'{quote(text)}' cannot be read: {exc}"]
    problems = []
    unknown = [code for code in formula.codes if lookup("indicator", (code,)) is None]
    if unknown:
        problems.append(f"there is no indicator with code "
                        f"{', '.join(repr(quote(c)) for c in unknown)} (in '{quote(text)}')")
    cycle = _cycle(indicator.code, formula, lookup)
    if cycle:
        problems.append("the formula refers back to itself: " + " → ".join(cycle))
    if indicator.aggregation == "ratio" and not (formula.divides and
                                                 indicator.unit in ("percent", "ratio")):
        problems.append("ratio aggregation needs a formula that divides (e.g. A / B): its "
                        "two sides are the numerator and denominator added up over the year")
    return problems


def _cycle(start: str, formula: Formula, lookup: Lookup) -> list[str]:
    """The path from ``start`` back to itself through formulas, or [] when there is none."""
    seen: set[str] = set()

    def walk(codes: Iterable[str], path: list[str]) -> list[str]:
        for code in codes:
            if code == start:
                return [*path, code]
            if code in seen:
                continue
            seen.add(code)
            other = lookup("indicator", (code,))
            inner = formula_of(other) if other is not None else None
            if inner is not None:
                found = walk(inner.codes, [*path, code])
                if found:
                    return found
        return []

    return walk(formula.codes, [start])
