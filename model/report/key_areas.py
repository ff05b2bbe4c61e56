"""The key areas of a period report, complete (seed 000 para 9-10).

For each key area whose indicator the pack has, in key-area order: the current position and the
current management actions (the record's texts), the five-year trend (the indicator's trend
chart, the same object the dashboard draws), the management target and how it was calculated
(the year's ``Target`` with its rationale), and the expected future quarterly improvements (a
trajectory). Rules:

- **Related measures** (``KeyArea.related``) are drawn with the key area, each with its own
  five-year trend chart: recruitment and retention shows the starters and the leavers (and the
  net result, a calculated indicator); vacancies and agency staff the vacancy rate and the agency
  staff. A related code the pack has no indicator for, or the key indicator itself, is left out.
- **Five-year table** beside the chart: for each of the five financial years to the period's,
  the year-end figure (Y at Q4) of the key indicator and of each related measure, and the key
  indicator's target and RAG for that year; for the period's own year the year to date so far
  (labelled ``2023-24 (to Q3)``). A published edition prints ``*`` where its one disclosure
  decision (``model.report.disclosure``) hides a figure.
- **Expected future quarterly improvements**: at Q1-Q3, this year's trajectory (the quarters
  still to come are the future ones); at Q4 the year has no future quarters, so next year's
  trajectory. ``missing_trajectory`` says that year has none, and ``check`` reports it.
- Every trajectory shown lists each quarter's expected figure with the actual so far (``*``
  where suppressed).
"""

from __future__ import annotations

from model import records as r
from model import words as pt
from model.numbers import round_half_away
from model.periods import Period
from model.report.disclosure import quarter_key, ytd_key
from model.report.parts import (
    FiveYearTable,
    KeyAreaPart,
    RelatedMeasure,
    Trajectory,
    TrajectoryRow,
)
from model.scorecard import figure_text
from model.status import evaluate, period_value
from model.suppression import SUPPRESSED

__all__ = ["key_area_parts", "expected_year"]

#: How many financial years the five-year table covers.
TABLE_YEARS = 5


def expected_year(period: Period) -> int:
    """The year whose trajectory is the "expected future quarterly improvements" at ``period``:
    the period's own year at Q1-Q3, the next year at Q4."""
    return period.year + 1 if period.quarter == 4 else period.year


def key_area_parts(report) -> tuple[KeyAreaPart, ...]:
    pack, period = report.pack, report.period
    parts = []
    for area in sorted(pack.all("key_area"), key=lambda a: (a.position, a.name)):
        indicator = pack.indicator(area.indicator)
        if indicator is None:
            continue
        trajectories = _trajectories(report, indicator)
        year = expected_year(period)
        related = []
        for code in area.related:
            other = pack.indicator(code)
            if other is None or code == indicator.code or \
                    any(m.indicator.code == code for m in related):
                continue
            related.append(RelatedMeasure(other, report._label(other.title, other.title_cy),
                                          report.trend(code)))
        parts.append(KeyAreaPart(
            area, indicator, report._label(area.title, area.title_cy),
            pack.target(indicator.code, period.year), report.trend(indicator.code),
            trajectories, not any(t.year == year for t in trajectories), tuple(related),
            _five_years(report, (indicator, *(m.indicator for m in related))), year))
    return tuple(parts)


def _trajectories(report, indicator: r.Indicator) -> tuple[Trajectory, ...]:
    """This year's and next year's trajectory (where set), with the figures so far."""
    pack, period = report.pack, report.period
    out = []
    for year in (period.year, period.year + 1):
        target = pack.target(indicator.code, year)
        trajectory = target.trajectory if target is not None else None
        if trajectory is None:
            continue
        rows = []
        for q, expected in enumerate(trajectory, 1):
            p = Period(year, q)
            actual = None
            if p <= period:
                actual = round_half_away(period_value(indicator, pack.value(indicator.code, p)),
                                         indicator.display_decimals)
            # as the edition prints it: the report's one disclosure decision
            text = SUPPRESSED if actual is not None and report.hides(
                quarter_key(indicator.code, p)) else figure_text(indicator, actual)
            rows.append(TrajectoryRow(p, expected, actual, text))
        out.append(Trajectory(year, tuple(rows)))
    return tuple(out)


def _five_years(report, measures: tuple[r.Indicator, ...]) -> FiveYearTable:
    pack, period = report.pack, report.period
    years, values, cells, targets, rags = [], [], [], [], []
    for year in range(period.year - TABLE_YEARS + 1, period.year + 1):
        at = period if year == period.year else Period(year, 4)
        label = Period(year, 1).fy.label
        if at.quarter != 4:
            label = " / ".join(dict.fromkeys(
                pt.words("chart_year_to", one, year=label, quarter=at.quarter)
                for one in pt.languages_of(report.language)))
        years.append(label)
        row_values, row_cells = [], []
        for number, indicator in enumerate(measures):
            status = evaluate(pack, indicator.code, at)
            value = status.ytd
            row_values.append(value)
            row_cells.append(SUPPRESSED if value is not None and report.hides(
                ytd_key(indicator.code, at)) else figure_text(indicator, value))
            if number == 0:
                targets.append(figure_text(indicator, status.target))
                rags.append(status.rag if status.rag in ("Green", "Amber", "Red") else "")
        values.append(tuple(row_values))
        cells.append(tuple(row_cells))
    return FiveYearTable(measures, tuple(years), tuple(values), tuple(cells), tuple(targets),
                         tuple(rags))
