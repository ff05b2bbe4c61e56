"""Every figure of the HTML edition as it is printed, and whether the edition hides it.

Rules:
- This is the one place where the HTML edition turns a number into the text it prints and asks
  whether a published edition hides it. It asks the period report (``report.suppression``,
  ``report.pack``) exactly the questions the PDF papers ask (``exporters.pdf_scorecard``,
  ``exporters.pdf_appendices``) for the same cell, so the two hide the same cells
  (``tests/test_html_figures.py`` compares them cell by cell). When the report learns to print a
  figure itself, ``_shown`` is the line to change; the templates only see ``Figure``.
- A hidden figure prints ``*`` (``model.suppression.SUPPRESSED``); the templates add the words
  that explain it. A missing figure is blank, never 0; targets are never hidden.
- Figures are printed as the papers print them: ``model.scorecard.figure_text`` for an
  indicator's figures (``61.0%``, ``£1,234``, ``12.5`` days without the word), counts of
  breakdowns and snapshots with thousands separators, a snapshot's change with its sign.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from model import records as r
from model.periods import Period
from model.report import PeriodReport
from model.report.parts import CountTable, TrajectoryRow
from model.scorecard import ScorecardRow, figure_text
from model.suppression import SUPPRESSED

__all__ = ["Figure", "Figures"]


@dataclass(frozen=True)
class Figure:
    """A figure as printed: ``text`` (``*`` when ``hidden``; ``""`` when there is none)."""

    text: str
    hidden: bool = False

    def __str__(self) -> str:
        return self.text


def _shown(text: str, hidden: bool) -> Figure:
    """The printed figure: ``*`` in place of a hidden one (the one switch; see the rules)."""
    return Figure(SUPPRESSED, True) if hidden and text else Figure(text)


def _count_text(value: Decimal) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


class Figures:
    """The figures of ``report``'s edition (see the module rules)."""

    def __init__(self, report: PeriodReport):
        self.report = report
        self.pack = report.pack
        self.suppression = report.suppression

    # -- the scorecard --------------------------------------------------------------------------

    def scorecard(self, row: ScorecardRow) -> tuple[Figure, ...]:
        """Outturn, Q1..Q4, YTD and target of a scorecard row, as the scorecard prints them."""
        ind, status, period = row.indicator, row.status, self.report.period
        figures = [self._indicator(ind, row.previous_outturn, Period(period.year - 1, 4), True)]
        figures += [self._indicator(ind, number, Period(period.year, q), False)
                    for q, number in enumerate(row.quarters, 1)]
        figures.append(self._indicator(ind, status.ytd, period, True))
        figures.append(Figure(figure_text(ind, status.target)))
        return tuple(figures)

    def _indicator(self, indicator: r.Indicator, number: Decimal | None, period: Period,
                   year_to_date: bool) -> Figure:
        if number is None:
            return Figure("")
        s = self.suppression
        hidden = (s.year_to_date if year_to_date else s.quarter)(self.pack, indicator, period,
                                                                number)
        return _shown(figure_text(indicator, number), hidden)

    def target(self, indicator: r.Indicator, number: Decimal | None) -> Figure:
        return Figure(figure_text(indicator, number))

    # -- key areas ------------------------------------------------------------------------------

    def trajectory(self, row: TrajectoryRow) -> Figure:
        """A trajectory quarter's actual figure, as the report prints it."""
        return _shown(row.actual_text, row.actual_text == SUPPRESSED)

    # -- breakdowns and snapshots -----------------------------------------------------------

    def count(self, value: Decimal | None) -> Figure:
        """A count of a breakdown or snapshot, or a total of them."""
        if value is None:
            return Figure("")
        return _shown(_count_text(value), self.suppression.count(value))

    def change(self, table: CountTable, i: int | None) -> Figure:
        """A snapshot's change from its first date to its last: row ``i``, or the total's
        (``None``); hidden where the first or last count of the row is."""
        change = table.total_change if i is None else table.changes[i]
        if change is None:
            return Figure("")
        s = self.suppression
        hidden = i is not None and (s.count(table.cells[i][0]) or s.count(table.cells[i][-1]))
        return _shown(f"{int(change):+,}", hidden)
