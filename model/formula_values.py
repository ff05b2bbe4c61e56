"""Calculated indicators in a pack: their figures quarter by quarter, and what a formula must meet.

An indicator whose ``formula`` is filled is calculated (``model.formula`` reads the formula).
Rules (docs/status-rules.md, "Calculated indicators"):

- **The quarter's figure** v(P) is the formula over its operands' figures for the same quarter,
  each taken as the papers print it (v(P) of the operand, rounded to the operand's display
  decimals), so the calculation written out adds up exactly as printed:
  ``PEO.01 − PEO.02 = 12 − 9 = 3``. An operand may itself be calculated.
- **Numerator and denominator.** For a ``percent`` or ``ratio`` unit whose formula's outermost
  operation is a division, the two sides are the quarter's numerator and denominator, so the
  value is computed from them as for entered figures (percent: 100 × n / d) and a ``ratio``
  aggregation adds numerators and denominators over the year. Any other formula gives the
  quarter's actual; ``ratio`` aggregation is then refused (there is nothing to add up).
- **Year to date, target, RAG, arrow and face** follow the normal rules on these quarterly
  figures with the indicator's own aggregation: ``sum`` adds the quarters' results (for a
  difference of two ``sum`` measures, starters − leavers, that is the difference of their years
  to date), ``last`` takes the latest quarter's, ``mean`` averages them.
- **No value, with the reason** (the value's ``note``, shown in the status explanation and
  reported by ``check``): an operand without a figure for the quarter, a division by zero, a
  result beyond what a council figure can be. A quarter in which no operand has a figure has no
  value and no note, like an indicator nobody reported.
- **Never entered.** A calculated indicator's figures cannot be typed, pasted or imported
  (``model.validation``); figures stored before it became calculated are kept but not used, and
  ``check`` says so.
- **Refused on import and edit**: a formula that cannot be read, one naming a code the pack has
  no indicator for, one that refers back to itself directly or through other formulas (the
  cycle is named: ``NET → A → NET``), ``ratio`` aggregation without a division; and deleting an
  indicator that a formula uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from model import records as r
from model.formula import Formula
from model.formula_checks import formula_of, formula_problems
from model.numbers import round_half_away
from model.periods import Period
from model.status import describe, period_value

__all__ = ["formula_of", "calculated_value", "formula_problems", "dependents",
           "operand_figures", "no_value_reason", "CalculatedValues"]


def operand_figures(pack, formula: Formula, period: Period) -> dict[str, Decimal | None]:
    """Each operand's figure for ``period`` as the papers print it (rounded to its decimals)."""
    figures: dict[str, Decimal | None] = {}
    for code in formula.codes:
        operand = pack.indicator(code)
        if operand is None:
            figures[code] = None
            continue
        figures[code] = round_half_away(period_value(operand, pack.value(code, period)),
                                        operand.display_decimals)
    return figures


def calculated_value(pack, indicator: r.Indicator, formula: Formula,
                     period: Period) -> r.Value | None:
    """The calculated indicator's value for ``period`` (see the module rules), its ``note`` the
    calculation written out or the reason there is no value; None when no operand has a figure."""
    figures = operand_figures(pack, formula, period)
    if all(figure is None for figure in figures.values()) and formula.codes:
        return None
    parts = formula.parts() if indicator.unit in ("percent", "ratio") else None
    if parts is not None:
        numerator, denominator = (part.evaluate(figures) for part in parts)
        result = formula.evaluate(figures)
        note = formula.explain(figures, result, lambda v: describe(indicator, v, exact=True))
        if numerator.value is None or denominator.value is None or result.value is None:
            return r.Value(indicator.code, period, note=note)
        return r.Value(indicator.code, period, numerator=numerator.value,
                       denominator=denominator.value, note=note)
    result = formula.evaluate(figures)
    note = formula.explain(figures, result, lambda v: describe(indicator, v, exact=True))
    return r.Value(indicator.code, period, actual=result.value, note=note)


def no_value_reason(pack, indicator: r.Indicator, period: Period) -> str:
    """Why a calculated indicator has no value for ``period`` ("PEO.02 has no figure",
    "division by zero: PEO.02 is 0"), or "" when it has one (or is not calculated)."""
    formula = formula_of(indicator)
    if formula is None:
        return ""
    figures = operand_figures(pack, formula, period)
    if all(figure is None for figure in figures.values()) and formula.codes:
        return ""
    parts = formula.parts() if indicator.unit in ("percent", "ratio") else None
    for part in (*(parts or ()), formula):
        result = part.evaluate(figures)
        if result.value is None:
            return result.reason
    return ""


def dependents(pack, codes: Iterable[str]) -> set[str]:
    """The calculated indicators whose figures depend, directly or through other formulas, on
    any of ``codes`` (so a view showing them recomputes them too)."""
    users: dict[str, set[str]] = {}
    for indicator in pack.all("indicator"):
        formula = formula_of(indicator)
        for code in formula.codes if formula is not None else ():
            users.setdefault(code, set()).add(indicator.code)
    found: set[str] = set()
    todo = list(codes)
    while todo:
        for user in users.get(todo.pop(), ()):
            if user not in found:
                found.add(user)
                todo.append(user)
    return found


#: Marks a calculated value being worked out (a formula that reached itself gets no value).
_WORKING = r.Value("", Period(2000, 1), note="working")


class CalculatedValues:
    """A pack's calculated indicators (code → formula) and their values by (code, period),
    worked out when first asked for; ``forget`` after every change to the pack."""

    def __init__(self, pack):
        self.pack = pack
        self._formulas: dict[str, Formula] | None = None
        self._values: dict[tuple, r.Value | None] = {}

    def formula(self, code: str) -> Formula | None:
        """Indicator ``code``'s formula, or None when its figures are entered."""
        formulas = self._formulas
        if formulas is None:
            formulas = self._formulas = {
                ind.code: formula for ind in self.pack.all("indicator")
                if ind.formula and (formula := formula_of(ind)) is not None}
        return formulas.get(code) if formulas else None

    def value(self, code: str, period: Period, formula: Formula) -> r.Value | None:
        slot = (code, period)
        if slot in self._values:
            value = self._values[slot]
            return None if value is _WORKING else value  # a cycle (kept out by validation)
        self._values[slot] = _WORKING
        try:
            value = calculated_value(self.pack, self.pack.indicator(code), formula, period)
        except BaseException:
            del self._values[slot]
            raise
        self._values[slot] = value
        return value

    def forget(self) -> None:
        self._formulas = None
        self._values = {}
