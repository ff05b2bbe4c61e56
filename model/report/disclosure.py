"""The published edition's one disclosure decision, from every figure the period's outputs print.

Rules (the decision itself is ``model.disclosure.protect``; the small-number rule is
``model.suppression``):

- A figure has one key wherever it is printed (``quarter_key``, ``ytd_key``, ``table_key``), so
  the scorecard PDF, the committee pack, the Excel return, the CSV, the charts and the HTML
  edition hide the same figures.
- Printed figures of an indicator whose unit is ``count`` or ``percent`` (other units are never
  hidden): the quarters of the financial year to the period, the year to date, last year's
  outturn (the year to date at Q4 of last year) and the comparison (last year's year to date
  at the same quarter, or the previous quarter); for a demand measure or a key area's indicator
  also every quarter of its five-year trend chart (so too for a key area's related measures
  and the dashboard's selected measures), and for a key area's indicator and related measures
  the year-end figures of its five-year table and of the Excel return's Trend sheet.
- Sums of a count measure: each printed year to date is the sum of its quarters (``sum``), the
  latest of them (``last``) or their mean (``mean``: a weighted sum). Quarters behind a printed
  year to date that nothing prints (last year's quarters behind the outturn) are unknowns.
  Percentages are never a sum of printed figures (numerators and denominators are not
  printed), so only the small-number rule hides them.
- A breakdown: each row total, column total and the grand total (two ways) is a sum of its
  cells; its stacked bars are its cells and their labels its row totals. When it names an
  indicator whose figure for the period equals its grand total, the two are one figure.
- A snapshot comparison: each date's total is the sum of its categories; each category's
  change is the last date's count less the first's (last = first + change), and so is the
  total change. Its grouped bars are its cells.
- Primary: every count figure from 1 to threshold − 1 (totals too: a total of 3 is 3
  children) and every percentage of fewer than threshold people. Draft editions hide nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable
from decimal import Decimal

from model import records as r
from model.charts import Chart
from model.disclosure import Decision, Sum, protect
from model.numbers import round_half_away
from model.periods import Period
from model.status import period_value, year_to_date
from model.suppression import SUPPRESSED, Suppression

__all__ = ["Disclosure", "build_disclosure", "quarter_key", "ytd_key", "table_key", "TOTAL",
           "CHANGE", "disclose_chart", "TREND_YEARS"]

TOTAL = "total"
CHANGE = "change"
TREND_YEARS = 5


def quarter_key(code: str, period: Period) -> tuple:
    """An indicator's figure for a quarter."""
    return ("quarter", code, period.label)


def ytd_key(code: str, period: Period) -> tuple:
    """An indicator's year to date at a quarter."""
    return ("ytd", code, period.label)


def table_key(record, i, j) -> tuple:
    """A cell (row ``i``, column ``j``) of a breakdown or snapshot; ``TOTAL`` or ``CHANGE``
    for a total or change."""
    if record.kind == "breakdown":
        return ("breakdown", record.name, record.period.label, i, j)
    return ("snapshot", record.name, i, j)


@dataclasses.dataclass
class Disclosure:
    """The edition's decision with what it was made from (kept for tests and the key)."""

    active: bool
    threshold: int
    decision: Decision
    values: dict = dataclasses.field(default_factory=dict)
    sums: list = dataclasses.field(default_factory=list)
    published: set = dataclasses.field(default_factory=set)

    def hides(self, key: Hashable) -> bool:
        return self.active and self.decision.hides(key)

    @property
    def secondary(self) -> bool:
        """Whether any figure is hidden only so that another cannot be worked out."""
        return bool(self.active and (self.decision.secondary & self.published))


class _Builder:
    def __init__(self, pack, suppression: Suppression):
        self.pack = pack
        self.suppression = suppression
        self.values: dict = {}
        self.sums: list[Sum] = []
        self.primary: set = set()
        self.published: set = set()

    def figure(self, key, value, primary: bool, published: bool = True) -> None:
        if value is None:
            return
        self.values[key] = value
        if primary:
            self.primary.add(key)
        if published:
            self.published.add(key)

    def small(self, value) -> bool:
        return self.suppression.count(value)


def _quarter_figure(pack, indicator: r.Indicator, period: Period) -> Decimal | None:
    return round_half_away(period_value(indicator, pack.value(indicator.code, period)),
                           indicator.display_decimals)


def _indicator(builder: _Builder, indicator: r.Indicator, period: Period, charted: bool,
               key_area: bool) -> None:
    pack, code, suppression = builder.pack, indicator.code, builder.suppression
    if indicator.unit not in ("count", "percent"):
        return
    year, q = period.year, period.quarter
    quarters = {Period(year, k) for k in range(1, q + 1)}
    if charted:
        quarters |= {Period(y, k) for y in range(year - TREND_YEARS + 1, year + 1)
                     for k in (1, 2, 3, 4) if Period(y, k) <= period}
    ytds = {period, Period(year - 1, 4)}
    mode = indicator.compare_with or "year"
    if mode == "quarter":
        quarters.add(period.previous())
    else:
        ytds.add(Period(year - 1, q))
    if key_area:
        ytds |= {Period(y, 4) for y in range(year - TREND_YEARS + 1, year)}
    count = indicator.unit == "count"
    for p in sorted(quarters):
        value = _quarter_figure(pack, indicator, p)
        hide = builder.small(value) if count else suppression.quarter(pack, indicator, p, value)
        builder.figure(quarter_key(code, p), value, hide)
    d = indicator.display_decimals
    for p in sorted(ytds):
        values = {k: pack.value(code, Period(p.year, k)) for k in range(1, p.quarter + 1)}
        ytd = year_to_date(indicator, values, p.quarter)
        value = round_half_away(ytd.value, d)
        if value is None:
            continue
        hide = builder.small(value) if count else \
            suppression.year_to_date(pack, indicator, p, value)
        builder.figure(ytd_key(code, p), value, hide)
        if not count or indicator.aggregation not in ("sum", "last", "mean"):
            continue
        parts = []
        for k in ytd.quarters:
            part = Period(p.year, k)
            key = quarter_key(code, part)
            if key not in builder.values:
                number = _quarter_figure(pack, indicator, part)
                builder.figure(key, number, builder.small(number), published=False)
            parts.append(key)
        weight = len(parts) if indicator.aggregation == "mean" else 1
        builder.sums.append(Sum(ytd_key(code, p), tuple(parts), weight=weight))


def _table(builder: _Builder, table, snapshot: bool) -> None:
    record = table.record

    def add(i, j, value) -> None:
        builder.figure(table_key(record, i, j), value, builder.small(value))

    rows, cols = len(table.rows), len(table.columns)
    for i in range(rows):
        for j in range(cols):
            add(i, j, table.cells[i][j])
    for j in range(cols):
        add(TOTAL, j, table.column_totals[j])
        parts = tuple(table_key(record, i, j) for i in range(rows)
                      if table.cells[i][j] is not None)
        if table.column_totals[j] is not None:
            builder.sums.append(Sum(table_key(record, TOTAL, j), parts))
    if snapshot:
        if table.changes:
            for i in range(rows):
                change = table.changes[i]
                if change is not None:
                    builder.figure(table_key(record, i, CHANGE), change, False)
                    builder.sums.append(Sum(table_key(record, i, cols - 1),
                                            (table_key(record, i, 0),
                                             table_key(record, i, CHANGE))))
            if table.total_change is not None:
                builder.figure(table_key(record, TOTAL, CHANGE), table.total_change, False)
                builder.sums.append(Sum(table_key(record, TOTAL, cols - 1),
                                        (table_key(record, TOTAL, 0),
                                         table_key(record, TOTAL, CHANGE))))
        return
    for i in range(rows):
        add(i, TOTAL, table.row_totals[i])
        parts = tuple(table_key(record, i, j) for j in range(cols)
                      if table.cells[i][j] is not None)
        if table.row_totals[i] is not None:
            builder.sums.append(Sum(table_key(record, i, TOTAL), parts))
    grand = table_key(record, TOTAL, TOTAL)
    add(TOTAL, TOTAL, table.grand_total)
    if table.grand_total is not None:
        builder.sums.append(Sum(grand, tuple(table_key(record, i, TOTAL) for i in range(rows)
                                             if table.row_totals[i] is not None)))
        builder.sums.append(Sum(grand, tuple(table_key(record, TOTAL, j) for j in range(cols)
                                             if table.column_totals[j] is not None)))
        indicator = builder.pack.indicator(record.indicator) if record.indicator else None
        if indicator is not None and indicator.unit == "count":
            figure = _quarter_figure(builder.pack, indicator, record.period)
            key = quarter_key(indicator.code, record.period)
            if figure == table.grand_total and key in builder.values:
                builder.sums.append(Sum(key, (grand,)))


def build_disclosure(report, breakdowns, snapshots) -> Disclosure:
    """The decision for ``report``'s edition, from its indicators and the period's
    ``breakdowns`` and ``snapshots`` (``CountTable``s with every figure)."""
    suppression = report.suppression
    if not suppression.active:
        return Disclosure(False, suppression.threshold, Decision())
    builder = _Builder(report.pack, suppression)
    areas = report.pack.all("key_area")
    # a key area prints its indicator's and its related measures' trends and year ends
    key_areas = {a.indicator for a in areas} | {code for a in areas for code in a.related}
    charted = (set(report.demand_codes) | set(report.key_indicator_codes) | key_areas
               | set(getattr(report, "dashboard_measure_codes", ())))
    for indicator in report.pack.indicators():
        _indicator(builder, indicator, report.period, indicator.code in charted,
                   indicator.code in key_areas)
    for table in breakdowns:
        _table(builder, table, snapshot=False)
    for table in snapshots:
        _table(builder, table, snapshot=True)
    decision = protect(builder.values, builder.sums, builder.primary, suppression.threshold,
                       published=builder.published)
    return Disclosure(True, suppression.threshold, decision, builder.values, builder.sums,
                      builder.published)


def disclose_chart(chart: Chart, disclosure: Disclosure, key_of, totals=None) -> Chart:
    """``chart`` as the edition shows it: each point whose figure is hidden becomes a gap
    (no value) printed ``*``; ``key_of(series_index, point)`` gives a point's figure key (None:
    never hidden). ``totals``: the stacked bars' totals as printed (text, number or None when
    hidden), which the chart then carries. The text alternative lists the figures as printed
    when anything is hidden, so it never gives a hidden figure away."""
    if not disclosure.active:
        return chart
    changed = False
    series = []
    for index, one in enumerate(chart.series):
        points = []
        for point in one.points:
            if point.value is not None and one.role in ("value", "segment", "bar"):
                key = key_of(index, point)
                if key is not None and disclosure.hides(key):
                    changed = True
                    point = dataclasses.replace(
                        point, value=None, text=SUPPRESSED, letter="",
                        status=f"{point.label}: {SUPPRESSED} (hidden to protect privacy)")
            points.append(point)
        series.append(dataclasses.replace(one, points=tuple(points)))
    if totals is not None:
        changed = changed or any(text == SUPPRESSED for text, _n in totals)
        chart = dataclasses.replace(chart, bar_totals=tuple(totals))
    if not changed:
        return chart
    figures = "; ".join(
        f"{one.name}: " + ", ".join(f"{p.label} {p.text or 'blank'}" for p in one.points)
        for one in series if one.role in ("value", "segment", "bar"))
    if totals:
        figures += "; totals: " + ", ".join(
            f"{label} {text or 'blank'}" for label, (text, _n) in zip(chart.categories, totals,
                                                                        strict=False))
    alt = (f"{chart.title}. Figures as published ({SUPPRESSED}: hidden to protect privacy): "
           f"{figures}.")
    return dataclasses.replace(chart, series=tuple(series), alt_text=alt)
