"""Budget lines of a period (the dashboard's budget update), calculated indicators' formulas and
commitments' plans, as commands.

Rules:
- A budget line belongs to a period and is named (its name is its identity within the period);
  a new one needs a name the period does not have yet, a budget and a projected outturn, and
  goes last. Renaming keeps its place and figures (one undoable step); a name already used in
  the period is refused. Move up / down renumbers the period's lines 1, 2, 3 …; at either end
  there is nothing to do (``None``). The variance is computed, never entered.
- A formula is read by ``model.formula`` and stored written plainly (``PEO.01 - PEO.02``); one
  that cannot be read is refused with where and why, and so (by the pack) is one naming an
  unknown code or referring back to itself. An indicator that has figures entered cannot be
  made calculated until they are deleted (they would silently stop counting). A blank formula
  makes the indicator entered again.
- A commitment's plan is free text (``Corporate Plan``, ``Directorate Delivery Plan``), trimmed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from model import records as r
from model.commands import Command, put, set_fields
from model.edits.errors import EditError
from model.edits.fields import delete_command
from model.errors import quote
from model.formula import FormulaError, parse_formula
from model.periods import Period

__all__ = ["add_budget_line", "budget_field", "rename_budget_line", "delete_budget_line",
           "move_budget_line", "indicator_formula", "commitment_plan"]


def _lines(pack, period: Period) -> list[r.BudgetLine]:
    return sorted((b for b in pack.all("budget_line") if b.period == period),
                  key=lambda b: (b.position, b.line))


def _line(pack, period: Period, line: str) -> r.BudgetLine:
    found = pack.get("budget_line", (period, line))
    if found is None:
        raise EditError(f"there is no budget line '{quote(line)}' for {period.label}")
    return found


def add_budget_line(pack, period: Period, line: str, budget: Decimal, projected_outturn: Decimal,
                    line_cy: str = "", note: str = "") -> Command:
    """A new budget line for ``period``, last."""
    line = (line or "").strip()
    if not line:
        raise EditError("a budget line needs a name")
    if pack.get("budget_line", (period, line)) is not None:
        raise EditError(f"{period.label} already has a budget line '{quote(line)}'")
    if budget is None or projected_outturn is None:
        raise EditError("a budget line needs its budget and its projected outturn")
    position = max((b.position for b in _lines(pack, period)), default=0) + 1
    return put(f"Add budget line {line} {period.label}",
               r.BudgetLine(period, line, line_cy, budget, projected_outturn, note, position))


def budget_field(pack, period: Period, line: str, field: str, value: Any) -> Command:
    """Set ``field`` (``line_cy``, ``budget``, ``projected_outturn``, ``note``) of a line."""
    if field in ("period", "line", "position"):
        raise EditError(f"a budget line's {field} is changed by renaming or moving it")
    _line(pack, period, line)
    return set_fields(pack, "budget_line", (period, line),
                      label=f"Edit budget line {line} {field.replace('_', ' ')}",
                      **{field: value})


def rename_budget_line(pack, period: Period, line: str, new: str) -> Command:
    """Rename a budget line, keeping its place and figures."""
    old = _line(pack, period, line)
    new = (new or "").strip()
    if not new:
        raise EditError("a budget line needs a name")
    if new == line:
        return Command(f"Rename budget line {line}", ())
    if pack.get("budget_line", (period, new)) is not None:
        raise EditError(f"{period.label} already has a budget line '{quote(new)}'")
    return Command(f"Rename budget line {line} to {new}", (
        ("budget_line", old.key, None),
        ("budget_line", (period, new), old.replace(line=new)),
    ))


def delete_budget_line(pack, period: Period, line: str) -> Command:
    _line(pack, period, line)
    return delete_command("budget_line", (period, line), f"Delete budget line {line}")


def move_budget_line(pack, period: Period, line: str, step: int) -> Command | None:
    """Move a line ``step`` places within its period; None at either end."""
    lines = _lines(pack, period)
    names = [b.line for b in lines]
    if line not in names:
        raise EditError(f"there is no budget line '{quote(line)}' for {period.label}")
    at = names.index(line)
    to = at + step
    if not 0 <= to < len(lines):
        return None
    lines.insert(to, lines.pop(at))
    changed = [b.replace(position=i) for i, b in enumerate(lines, 1) if b.position != i]
    return put(f"Move budget line {line} {'up' if step < 0 else 'down'}", *changed)


def indicator_formula(pack, code: str, text: str | None) -> Command:
    """Make indicator ``code`` calculated from ``text`` (blank: entered again)."""
    indicator = pack.indicator(code)
    if indicator is None:
        raise EditError(f"there is no indicator '{quote(code)}'")
    text = (text or "").strip()
    if text:
        try:
            text = parse_formula(text).text
        except FormulaError as exc:
            raise EditError(f"the formula '{quote(text)}' cannot be read: {exc}") from None
        entered = [v for v in pack.all("value") if v.code == code
                   and (v.actual is not None or v.numerator is not None)]
        if entered and not indicator.formula:
            raise EditError(f"{code} has {len(entered)} figures entered; delete them before "
                            "making it calculated, or give the formula to a new indicator")
    return set_fields(pack, "indicator", (code,), label=f"Edit {code} formula", formula=text)


def commitment_plan(pack, ref: str, plan: str | None) -> Command:
    """Put commitment ``ref`` in ``plan`` (blank: no plan)."""
    if pack.get("commitment", (ref,)) is None:
        raise EditError(f"there is no commitment '{quote(ref)}'")
    return set_fields(pack, "commitment", (ref,), label=f"Edit {ref} plan",
                      plan=(plan or "").strip())
