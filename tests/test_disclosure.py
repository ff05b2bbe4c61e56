"""Disclosure control: no hidden figure can be worked out from what a published edition shows.

Each test plays the attacker the issue describes (a total minus the visible cells, a year to date
minus the visible quarters, a snapshot total) and, for random tables with many small numbers,
solves the whole system of equations to prove nothing hidden is fixed by it.
"""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

from model.disclosure import Sum, exposures, protect, recoverable

T = 5  # the threshold: counts 1 to 4 are small


def table(name: str, cells: list[list[int]]) -> tuple[dict, list[Sum], set]:
    """A breakdown: figures, row/column/grand-total sums, and the small cells."""
    values, sums = {}, []
    rows, cols = len(cells), len(cells[0])
    for i, j in itertools.product(range(rows), range(cols)):
        values[(name, i, j)] = cells[i][j]
    for i in range(rows):
        values[(name, i, "total")] = sum(cells[i])
        sums.append(Sum((name, i, "total"), tuple((name, i, j) for j in range(cols))))
    for j in range(cols):
        values[(name, "total", j)] = sum(row[j] for row in cells)
        sums.append(Sum((name, "total", j), tuple((name, i, j) for i in range(rows))))
    values[(name, "total", "total")] = sum(map(sum, cells))
    sums.append(Sum((name, "total", "total"), tuple((name, i, "total") for i in range(rows))))
    sums.append(Sum((name, "total", "total"), tuple((name, "total", j) for j in range(cols))))
    small = {k for k, v in values.items() if 0 < v < T and "total" not in k}
    return values, sums, small


def test_the_issue_s_breakdown_row_no_longer_gives_away_the_hidden_3():
    values, sums, small = table("contacts", [[198, 76, 73, 3], [120, 40, 33, 90]])
    assert values[("contacts", 0, "total")] == 350
    assert recoverable(values, sums, small) == {("contacts", 0, 3)}  # 350 - 198 - 76 - 73
    decision = protect(values, sums, small, T)
    assert decision.primary == {("contacts", 0, 3)}
    assert ("contacts", 0, 2) in decision.secondary  # the smallest other cell in its row: 73
    assert not exposures(values, sums, decision.hidden, T)


def test_a_year_to_date_minus_the_visible_quarters():
    quarters = {("K1.22", q): v for q, v in zip("1234", (23, 23, 22, 3), strict=True)}
    values = {**quarters, ("K1.22", "ytd"): 71}
    sums = [Sum(("K1.22", "ytd"), tuple(quarters))]
    assert recoverable(values, sums, {("K1.22", "4")}) == {("K1.22", "4")}
    decision = protect(values, sums, {("K1.22", "4")}, T)
    assert decision.secondary == {("K1.22", "3")}  # 22, the smallest other quarter
    assert not recoverable(values, sums, decision.hidden)


def test_a_snapshot_total_does_not_give_away_two_small_cells_together():
    values = {"a": 3, "b": 1, "c": 60, "d": 40, "total": 104}
    sums = [Sum("total", ("a", "b", "c", "d"))]
    assert not recoverable(values, sums, {"a", "b"})  # neither alone ...
    assert exposures(values, sums, {"a", "b"}, T)  # ... but together they are 4: small
    decision = protect(values, sums, {"a", "b"}, T)
    assert decision.secondary == {"d"}
    assert not exposures(values, sums, decision.hidden, T)


def test_a_line_of_zeros_and_one_small_cell_hides_its_total():
    values = {"a": 0, "b": 0, "c": 2, "total": 2}
    sums = [Sum("total", ("a", "b", "c"))]
    decision = protect(values, sums, {"c"}, T)
    assert decision.secondary == {"total"}
    assert not exposures(values, sums, decision.hidden, T)


def test_the_same_figure_in_two_outputs_is_one_figure():
    """A quarter shown in the scorecard's year to date and as a bar of a chart is one key: once
    hidden, the chart's total cannot give it away either."""
    values = {"q1": 10, "q2": 2, "q3": 12, "ytd": 24, "chart total": 24}
    sums = [Sum("ytd", ("q1", "q2", "q3")), Sum("chart total", ("q1", "q2", "q3"))]
    decision = protect(values, sums, {"q2"}, T)
    assert not exposures(values, sums, decision.hidden, T)
    assert "q1" in decision.secondary


def test_an_unprinted_total_gives_nothing_away():
    values = {"a": 3, "b": 50, "total": 53}
    sums = [Sum("total", ("a", "b"), shown=False)]
    assert protect(values, sums, {"a"}, T).secondary == set()


def test_linear_combinations_across_rows_and_columns_are_caught():
    """Two hidden cells in a row, each alone in its column with the column total shown: each
    is recoverable from its column even though the row has two unknowns."""
    values, sums, _ = table("t", [[10, 3, 2], [20, 30, 40]])
    hidden = {("t", 0, 1), ("t", 0, 2), ("t", 1, 1), ("t", 1, 2)}
    assert not recoverable(values, sums, hidden)
    assert recoverable(values, sums, {("t", 0, 1), ("t", 0, 2)}) == {("t", 0, 1), ("t", 0, 2)}


@pytest.mark.parametrize("seed", range(30))
def test_random_tables_with_many_small_numbers_give_nothing_away(seed):
    rng = random.Random(seed)
    rows, cols = rng.randint(2, 6), rng.randint(2, 6)
    cells = [[rng.choice((0, 1, 2, 3, 4, rng.randint(5, 300))) for _ in range(cols)]
             for _ in range(rows)]
    values, sums, small = table("r", cells)
    quarters = [rng.choice((0, 1, 3, rng.randint(5, 80))) for _ in range(4)]
    for q, v in enumerate(quarters):
        values[("q", q)] = v
    values[("q", "ytd")] = sum(quarters)
    sums.append(Sum(("q", "ytd"), tuple(("q", q) for q in range(4))))
    small |= {("q", q) for q, v in enumerate(quarters) if 0 < v < T}
    decision = protect(values, sums, small, T)
    assert decision.primary == small
    assert not exposures(values, sums, decision.hidden, T)
    # the attacker's own check: solve for each hidden figure by brute force over small systems
    for key in decision.hidden:
        assert key not in recoverable(values, sums, decision.hidden)
    assert all(isinstance(Fraction(values[k]), Fraction) for k in decision.hidden)


def test_the_decision_is_the_same_every_time():
    values, sums, small = table("x", [[1, 2, 50, 7], [3, 60, 2, 9], [40, 1, 1, 30]])
    first = protect(values, sums, small, T)
    again = protect(dict(reversed(list(values.items()))), list(reversed(sums)), small, T)
    assert first.hidden == again.hidden
