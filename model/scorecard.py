"""The scorecard for a period: one plain structure that the window, the CSV, PDF and Excel
writers all read, so every output shows the same figures.

For each indicator, in paper order and grouped by group: the four quarters of the financial year
(v rounded; blank for quarters after the period or not reported), the previous year's outturn
(Y of Q4 of the previous FY, rounded), the status of ``model.status`` (YTD, target, comparison,
RAG, arrow, face, explanations) and the period's commentary.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from model import records as r
from model.numbers import round_half_away
from model.periods import Period
from model.status import Status, describe, evaluate, period_value, year_to_date

__all__ = ["ScorecardRow", "Scorecard", "build_scorecard", "scorecard_row", "figure_text"]


@dataclass(frozen=True)
class ScorecardRow:
    indicator: r.Indicator
    status: Status
    quarters: tuple[Decimal | None, Decimal | None, Decimal | None, Decimal | None]
    previous_outturn: Decimal | None
    commentary: r.Commentary | None

    @property
    def code(self) -> str:
        return self.indicator.code

    @property
    def has_commentary(self) -> bool:
        c = self.commentary
        return bool(c and (c.text.strip() or c.text_cy.strip()))


@dataclass(frozen=True)
class Scorecard:
    period: Period
    rows: tuple[ScorecardRow, ...]
    groups: tuple[tuple[r.Group, tuple[ScorecardRow, ...]], ...]

    def rag_counts(self) -> dict[str, int]:
        counts = {"Green": 0, "Amber": 0, "Red": 0, "n/a": 0, "no data": 0}
        for row in self.rows:
            counts[row.status.rag] += 1
        return counts


def scorecard_row(pack, indicator: r.Indicator, period: Period) -> ScorecardRow:
    d = indicator.display_decimals
    quarters = tuple(
        round_half_away(period_value(indicator, pack.value(indicator.code, p)), d)
        if p.quarter <= period.quarter else None
        for p in period.fy.quarters()
    )
    last_year = {q: pack.value(indicator.code, Period(period.year - 1, q)) for q in (1, 2, 3, 4)}
    outturn = year_to_date(indicator, last_year, 4).value  # Y of Q4 of the previous year
    return ScorecardRow(
        indicator=indicator,
        status=evaluate(pack, indicator.code, period),
        quarters=quarters,  # type: ignore[arg-type]
        previous_outturn=round_half_away(outturn, d),
        commentary=pack.commentary(indicator.code, period),
    )


def build_scorecard(pack, period: Period) -> Scorecard:
    rows = tuple(scorecard_row(pack, ind, period) for ind in pack.indicators())
    by_group: dict[str, list[ScorecardRow]] = {}
    for row in rows:
        by_group.setdefault(row.indicator.group, []).append(row)
    groups = tuple(
        (group, tuple(by_group[group.name])) for group in pack.groups() if group.name in by_group
    )
    return Scorecard(period, rows, groups)


def figure_text(indicator: r.Indicator, number: Decimal | None) -> str:
    """A figure as a table cell prints it: ``61.0%``, ``£1,234``, ``28,354``, ``12.5`` (days
    without the word); blank for no figure."""
    if number is None:
        return ""
    text = describe(indicator, number)
    return text[:-5] if text.endswith(" days") else text
