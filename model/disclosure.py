"""Disclosure control: which figures a published edition hides so that none can be worked out.

Hiding a small count is worthless if it can be recovered from what is shown: a row total minus
the visible cells, a year to date minus the visible quarters, a snapshot total, a chart's bar, or
the same figure in another output (domain.md, "Secondary suppression"). This module decides, once
for a period's published edition, the set of hidden figures; every output (PDF papers, HTML,
Excel return, CSV, charts) prints exactly those as ``*``.

The model:
- A **figure** is identified by a hashable key (e.g. ``("value", "K1.22", "2024-25 Q3")`` or
  ``("breakdown", "contacts", "Police", "Referral")``) and has a whole-number value. The same key
  in several places is the same figure: hiding it hides it everywhere.
- A **sum** says that one figure (the total) equals the sum of others (its parts): a breakdown's
  row and column totals and its grand total, a snapshot date's total, a count measure's year to
  date over its quarters. ``Sum.shown=False`` for a total that is not printed anywhere (it still
  holds, but gives nothing away).
- **Primary** hidden figures come from the small-number rule (``model.suppression``): counts
  from 1 to threshold − 1, percentages of fewer than threshold people.

The decision (``protect``) hides the primary figures, then, while the edition gives anything
away (``exposures``), one more figure, until it gives nothing away. It gives something away when
1. a hidden figure can be worked out exactly (``recoverable``): the shown figures and the sums
   make a system of linear equations in the hidden figures, and a hidden figure is recoverable
   when the equations fix its value (its unit vector lies in their row space), decided by exact
   Gaussian elimination over fractions; or
2. a shown total minus its shown parts leaves a small number (1 to threshold − 1) for the hidden
   parts together: "these two categories hold 3 children between them" discloses as much as the
   cells themselves.
The figure hidden next is, in a sum that gives the exposure away, its smallest shown part that is
not zero (a zero gives nothing away), or else its total when shown. Choices are deterministic, so
the same pack always gives the same papers. ``exposures`` is also the test the acceptance tests
use to try to break the decision.

Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction

__all__ = ["Sum", "Decision", "protect", "recoverable", "exposures"]

Key = Hashable


@dataclass(frozen=True)
class Sum:
    """``total`` = sum of ``parts`` (each a figure key)."""

    total: Key
    parts: tuple[Key, ...]
    shown: bool = True  # whether the total is printed anywhere

    def members(self) -> tuple[Key, ...]:
        return (self.total, *self.parts)


@dataclass
class Decision:
    """The figures a published edition hides: ``primary`` (small numbers) and ``secondary``
    (hidden so that a primary one cannot be worked out)."""

    primary: set = field(default_factory=set)
    secondary: set = field(default_factory=set)

    @property
    def hidden(self) -> set:
        return self.primary | self.secondary

    def hides(self, key: Key) -> bool:
        return key in self.primary or key in self.secondary


def recoverable(values: Mapping[Key, int | Fraction], sums: Iterable[Sum],
                hidden: set) -> set:
    """The hidden figures whose values the shown figures and the sums fix exactly.

    Each sum with a hidden member is an equation in the hidden figures; a sum whose total is
    not shown (``shown=False``) still holds, but its total is then an unknown too. A figure is
    recoverable when its unit vector lies in the span of the equations.
    """
    unknown: dict[Key, int] = {}
    rows: list[dict[int, Fraction]] = []
    for each in sums:
        coefficients: dict[Key, Fraction] = {}
        constant = Fraction(0)
        for key, sign in ((each.total, -1), *((part, 1) for part in each.parts)):
            if key in hidden or (key == each.total and not each.shown):
                coefficients[key] = coefficients.get(key, Fraction(0)) + sign
            else:
                constant += sign * Fraction(values.get(key, 0) or 0)
        coefficients = {k: c for k, c in coefficients.items() if c != 0}
        if not coefficients:
            continue
        rows.append({unknown.setdefault(k, len(unknown)): c for k, c in coefficients.items()})
        del constant  # only which figures are fixed matters, not their values
    reduced = _row_echelon(rows)
    fixed_columns = {column for column, row in reduced if len(row) == 1}
    by_index = {i: k for k, i in unknown.items()}
    return {by_index[i] for i in fixed_columns if by_index[i] in hidden}


def _row_echelon(rows: list[dict[int, Fraction]]) -> list[tuple[int, dict[int, Fraction]]]:
    """Reduced row echelon form of sparse rows: (pivot column, row) pairs. A row reduced to one
    entry fixes that unknown."""
    pivots: list[tuple[int, dict[int, Fraction]]] = []
    for row in rows:
        row = dict(row)
        for column, pivot_row in pivots:
            factor = row.get(column)
            if factor:
                for c, value in pivot_row.items():
                    updated = row.get(c, Fraction(0)) - factor * value
                    if updated:
                        row[c] = updated
                    else:
                        row.pop(c, None)
        if not row:
            continue
        column = min(row)
        scale = row[column]
        row = {c: v / scale for c, v in row.items()}
        for index, (other_column, other) in enumerate(pivots):
            factor = other.get(column)
            if factor:
                for c, value in row.items():
                    updated = other.get(c, Fraction(0)) - factor * value
                    if updated:
                        other[c] = updated
                    else:
                        other.pop(c, None)
                pivots[index] = (other_column, other)
        pivots.append((column, row))
    return pivots


def exposures(values: Mapping[Key, int | Fraction], sums: Iterable[Sum], hidden: set,
              threshold: int) -> list[tuple[str, Key, Sum | None]]:
    """What the edition gives away: ("recoverable", key, None) for a hidden figure that can be
    worked out, ("small remainder", total, sum) for a shown total whose hidden parts add up to a
    small number. Empty when nothing is given away."""
    sums = list(sums)
    found: list[tuple[str, Key, Sum | None]] = [
        ("recoverable", key, None) for key in sorted(recoverable(values, sums, hidden), key=repr)
    ]
    for each in sums:
        if not each.shown or each.total in hidden:
            continue
        hidden_parts = [part for part in each.parts if part in hidden]
        if not hidden_parts:
            continue
        remainder = sum((Fraction(values.get(part, 0) or 0) for part in hidden_parts),
                        Fraction(0))
        if 0 < remainder < threshold:
            found.append(("small remainder", each.total, each))
    return found


def protect(values: Mapping[Key, int | Fraction], sums: Iterable[Sum],
            primary: Iterable[Key], threshold: int) -> Decision:
    """The figures to hide: ``primary`` and, one at a time, as many others as the module's rule
    needs until ``exposures`` finds nothing. The result does not depend on the order of
    ``sums``."""
    sums = sorted(set(sums), key=lambda each: (repr(each.total), tuple(map(repr, each.parts))))
    decision = Decision(primary=set(primary))
    by_member: dict[Key, list[Sum]] = {}
    for each in sums:
        for key in each.members():
            by_member.setdefault(key, []).append(each)
    limit = len(values) + len(sums) + 1
    for _ in range(limit):
        found = exposures(values, sums, decision.hidden, threshold)
        if not found:
            return decision
        reason, key, line = found[0]
        if reason == "recoverable":
            pinning = [each for each in by_member.get(key, [])
                       if all(m == key or not decision.hides(m) for m in each.members()
                              if m != each.total or each.shown)]
            choice = _next_to_hide(key, pinning or by_member.get(key, []), values, decision)
        else:
            choice = _next_to_hide(None, [line], values, decision)
        if choice is None:
            raise RuntimeError(f"cannot protect {key!r}")
        decision.secondary.add(choice)
    raise RuntimeError("disclosure control did not settle")


def _next_to_hide(key: Key | None, sums: list[Sum], values: Mapping[Key, int | Fraction],
                  decision: Decision) -> Key | None:
    """In ``sums``, the smallest shown part that is not zero (ties broken by key), else the
    smallest shown total, else a shown zero part."""
    parts: list[tuple[Fraction, str, Key]] = []
    totals: list[tuple[Fraction, str, Key]] = []
    zeros: list[tuple[str, Key]] = []
    for each in sums:
        for part in each.parts:
            if part != key and not decision.hides(part):
                value = Fraction(values.get(part, 0) or 0)
                if value != 0:
                    parts.append((value, repr(part), part))
                else:
                    zeros.append((repr(part), part))
        if each.shown and each.total != key and not decision.hides(each.total):
            totals.append((Fraction(values.get(each.total, 0) or 0), repr(each.total),
                           each.total))
    if parts:
        return min(parts)[2]
    if totals:
        return min(totals)[2]
    if zeros:
        return min(zeros)[1]
    return None
