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
- A sum may be **weighted** (``weight`` × total = sum of parts): a year to date that is the
  mean of its quarters.
- **Published** figures (``published``; default: every figure with a value) are the ones some
  output prints. A figure that is in a sum but printed nowhere (last year's quarters behind
  last year's outturn) is unknown to a reader, like a hidden one.
- **Primary** hidden figures come from the small-number rule (``model.suppression``): counts
  from 1 to threshold − 1, percentages of fewer than threshold people. A small figure that is
  printed nowhere is primary too: it must not be worked out from what is printed either.

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

Figures linked by no chain of sums cannot give each other away, so the decision is made for each
connected set of figures on its own (a breakdown, an indicator's quarters and years to date): a
period of 500 indicators is 500 small systems, not one large one.

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
    weight: int = 1  # weight × total = sum of parts (a mean of ``weight`` quarters)

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


def _unknown(key: Key, each: Sum, hidden: set, published: set | None) -> bool:
    """Whether a reader does not see ``key`` (a member of ``each``)."""
    if key in hidden or (key == each.total and not each.shown):
        return True
    return published is not None and key not in published


def recoverable(values: Mapping[Key, int | Fraction], sums: Iterable[Sum],
                hidden: set, published: set | None = None) -> set:
    """The hidden figures whose values the shown figures and the sums fix exactly.

    Each sum with an unknown member (hidden, or not ``published``) is an equation in the
    unknowns; a sum whose total is not shown (``shown=False``) still holds, but its total is
    then an unknown too. A figure is recoverable when its unit vector lies in the span of the
    equations. Only hidden figures are returned (an unprinted figure that is not small may be
    worked out: it was never secret).
    """
    unknown: dict[Key, int] = {}
    rows: list[dict[int, Fraction]] = []
    for each in sums:
        coefficients: dict[Key, Fraction] = {}
        for key, sign in ((each.total, -each.weight), *((part, 1) for part in each.parts)):
            if _unknown(key, each, hidden, published):
                coefficients[key] = coefficients.get(key, Fraction(0)) + sign
        coefficients = {k: c for k, c in coefficients.items() if c != 0}
        if not coefficients:
            continue
        rows.append({unknown.setdefault(k, len(unknown)): c for k, c in coefficients.items()})
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
              threshold: int, published: set | None = None) -> list[tuple[str, Key, Sum | None]]:
    """What the edition gives away: ("recoverable", key, None) for a hidden figure that can be
    worked out, ("small remainder", total, sum) for a shown total whose unknown parts add up to
    a small number. Empty when nothing is given away."""
    sums = list(sums)
    found: list[tuple[str, Key, Sum | None]] = [
        ("recoverable", key, None)
        for key in sorted(recoverable(values, sums, hidden, published), key=repr)
    ]
    for each in sums:
        if _unknown(each.total, each, hidden, published):
            continue
        unknown_parts = [part for part in each.parts
                         if _unknown(part, each, hidden, published)]
        if not unknown_parts:
            continue
        shown_parts = sum((Fraction(values.get(part, 0) or 0) for part in each.parts
                           if part not in unknown_parts), Fraction(0))
        remainder = each.weight * Fraction(values.get(each.total, 0) or 0) - shown_parts
        if 0 < remainder < threshold:
            found.append(("small remainder", each.total, each))
    return found


def protect(values: Mapping[Key, int | Fraction], sums: Iterable[Sum],
            primary: Iterable[Key], threshold: int, published: set | None = None) -> Decision:
    """The figures to hide: ``primary`` and, one at a time, as many others as the module's rule
    needs until ``exposures`` finds nothing, for each connected set of figures on its own. The
    result does not depend on the order of ``sums``."""
    decision = Decision(primary=set(primary))
    for component in _components(sums):
        _protect(values, component, decision, threshold, published)
    return decision


def _components(sums: Iterable[Sum]) -> list[list[Sum]]:
    """The sums grouped by the figures they share (union-find), each group in a fixed order."""
    ordered = sorted(set(sums), key=lambda each: (repr(each.total), tuple(map(repr, each.parts)),
                                                  each.shown, each.weight))
    parent: dict[Key, Key] = {}

    def root(key: Key) -> Key:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for each in ordered:
        first = root(each.total)
        for part in each.parts:
            other = root(part)
            if other != first:
                parent[other] = first
    groups: dict[Key, list[Sum]] = {}
    for each in ordered:
        groups.setdefault(root(each.total), []).append(each)
    return list(groups.values())


def _protect(values, sums: list[Sum], decision: Decision, threshold: int,
             published: set | None) -> None:
    by_member: dict[Key, list[Sum]] = {}
    for each in sums:
        for key in each.members():
            by_member.setdefault(key, []).append(each)
    limit = len(by_member) + len(sums) + 1

    def shown(key: Key, each: Sum) -> bool:
        return not _unknown(key, each, decision.hidden, published)

    for _ in range(limit):
        found = exposures(values, sums, decision.hidden, threshold, published)
        if not found:
            return
        reason, key, line = found[0]
        if reason == "recoverable":
            pinning = [each for each in by_member.get(key, [])
                       if all(m == key or shown(m, each) for m in each.members())]
            choice = _next_to_hide(key, pinning or by_member.get(key, []), values, decision,
                                   published)
        else:
            choice = _next_to_hide(None, [line], values, decision, published)
        if choice is None:  # pinned through a longer chain: hide what breaks it
            choice = _breaking(key, values, sums, decision, threshold, published)
        if choice is None:
            raise RuntimeError(f"cannot protect {key!r}")
        decision.secondary.add(choice)
    raise RuntimeError("disclosure control did not settle")


def _breaking(key: Key, values, sums: list[Sum], decision: Decision, threshold: int,
              published: set | None) -> Key | None:
    """A shown figure of ``sums`` whose hiding stops ``key`` being worked out (the smallest
    that does, by the order of ``_next_to_hide``), else the first of them."""
    candidates: list[tuple[int, Fraction, str, Key]] = []
    seen = set()
    for each in sums:
        for member in each.members():
            if member in seen or member == key or _unknown(member, each, decision.hidden,
                                                           published):
                continue
            seen.add(member)
            value = abs(Fraction(values.get(member, 0) or 0))
            rank = 0 if member != each.total and value else 1 if value else 2
            candidates.append((rank, value, repr(member), member))
    candidates.sort()
    for *_order, member in candidates:
        if key not in recoverable(values, sums, decision.hidden | {member}, published):
            return member
    return candidates[0][3] if candidates else None


def _next_to_hide(key: Key | None, sums: list[Sum], values: Mapping[Key, int | Fraction],
                  decision: Decision, published: set | None = None) -> Key | None:
    """In ``sums``, the smallest shown part that is not zero (ties broken by key), else the
    smallest shown total, else a shown zero part."""
    parts: list[tuple[Fraction, str, Key]] = []
    totals: list[tuple[Fraction, str, Key]] = []
    zeros: list[tuple[str, Key]] = []
    for each in sums:
        for part in each.parts:
            if part != key and not _unknown(part, each, decision.hidden, published):
                value = Fraction(values.get(part, 0) or 0)
                if value != 0:
                    parts.append((abs(value), repr(part), part))
                else:
                    zeros.append((repr(part), part))
        if each.total != key and not _unknown(each.total, each, decision.hidden, published):
            totals.append((abs(Fraction(values.get(each.total, 0) or 0)), repr(each.total),
                           each.total))
    if parts:
        return min(parts)[2]
    if totals:
        return min(totals)[2]
    if zeros:
        return min(zeros)[1]
    return None
