"""Every figure of the HTML edition as it is printed, and whether the edition hides it.

Rules:
- This is the one place where the HTML edition turns a number into the text it prints and asks
  whether a published edition hides it. It asks the period report (``report.printed(row)``,
  ``CountTable.text``/``is_hidden``: the edition's one disclosure decision, issue 11) exactly
  what the PDF papers ask for the same cell, so the two hide the same cells
  (``tests/test_html_figures.py`` compares them cell by cell); the templates only see
  ``Figure``.
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
    """The figures of ``report``'s edition (see the module rules): every one read through the
    report's one disclosure decision (``PeriodReport.printed``, ``CountTable.text``), the same
    answers the PDF papers, the Excel return and the CSV get."""

    def __init__(self, report: PeriodReport):
        self.report = report
        self.pack = report.pack
        self.suppression = report.suppression

    # -- the scorecard --------------------------------------------------------------------------

    def scorecard(self, row: ScorecardRow) -> tuple[Figure, ...]:
        """Outturn, Q1..Q4, YTD and target of a scorecard row, as the scorecard prints them."""
        printed = self.report.printed(row)
        shown = (printed.outturn, *printed.quarters, printed.ytd, printed.target)
        return tuple(_shown(s.text, s.hidden) for s in shown)

    def target(self, indicator: r.Indicator, number: Decimal | None) -> Figure:
        return Figure(figure_text(indicator, number))

    # -- key areas ------------------------------------------------------------------------------

    def trajectory(self, row: TrajectoryRow) -> Figure:
        """A trajectory quarter's actual figure, as the report prints it."""
        return _shown(row.actual_text, row.actual_text == SUPPRESSED)

    # -- breakdowns and snapshots -----------------------------------------------------------

    def cell(self, table: CountTable, i, j) -> Figure:
        """A breakdown's or snapshot's figure at row ``i`` (or ``TOTAL``), column ``j`` (or
        ``TOTAL``, ``CHANGE``), as the edition prints it."""
        return _shown(table.text(i, j), table.is_hidden(i, j))
