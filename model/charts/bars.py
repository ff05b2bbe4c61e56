"""Bar charts: a breakdown as stacked bars, a snapshot comparison as grouped bars, the RAG counts
by group and the commitments by status (rules in ``model.charts``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from model import records as r
from model.charts.description import (
    COMMITMENT_COLOUR,
    COMMITMENT_LETTER,
    OKABE_ITO,
    RAG_COLOUR,
    RAG_ORDER,
    RAG_SHAPE,
    Chart,
    LegendEntry,
    Point,
    Series,
    nice_axis,
)
from model.numbers import round_half_away
from model.periods import Period
from model.symbols import RAG_LETTER

__all__ = ["breakdown_chart", "snapshot_chart", "rag_summary", "commitment_summary"]

def _count_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value:,}" if value == value.to_integral_value() else f"{value:,.1f}"


def _dec(value) -> Decimal | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _bar_axis(series: list[Series], stacked: bool) -> tuple[float, float, tuple]:
    if stacked:
        totals = [sum(s.points[i].y or 0.0 for s in series)
                  for i in range(len(series[0].points))] if series else [0.0]
    else:
        totals = [p.y for s in series for p in s.points if p.y is not None] or [0.0]
    return nice_axis(0.0, max(totals) if totals else 1.0, "count", 0, include_zero=True)


def breakdown_chart(breakdown: r.Breakdown) -> Chart:
    """A stacked bar per row (e.g. source of contact), one segment per column (outcome)."""
    rows, columns = list(breakdown.rows), list(breakdown.columns)
    series = []
    blanks = []
    for j, column in enumerate(columns):
        colour = OKABE_ITO[j % len(OKABE_ITO)]
        points = []
        for i, row in enumerate(rows):
            cells = breakdown.cells[i] if i < len(breakdown.cells) else []
            value = _dec(cells[j]) if j < len(cells) else None
            if value is None:
                blanks.append(f"{row} / {column}")
            points.append(Point(i, row, value, _count_text(value),
                                status=f"{row}, {column}: {_count_text(value) or 'blank'}"))
        series.append(Series(column, tuple(points), colour, "bars", "segment"))
    y_min, y_max, ticks = _bar_axis(series, True)
    row_totals = [sum((p.value for s in series for p in s.points if p.x == i
                       and p.value is not None), Decimal(0)) for i in range(len(rows))]
    col_totals = [sum((p.value for p in s.points if p.value is not None), Decimal(0))
                  for s in series]
    grand = sum(row_totals, Decimal(0))
    alt = f"{breakdown.title}: stacked bars by {breakdown.row_heading or 'row'}"
    if breakdown.column_heading:
        alt += f", segments by {breakdown.column_heading.lower()}"
    alt += f"; total {_count_text(grand)}"
    if rows and grand:
        top = max(range(len(rows)), key=lambda i: row_totals[i])
        heading = (breakdown.row_heading or "row").lower()
        alt += (f"; largest {heading} {rows[top]} ({_count_text(row_totals[top])}, "
                f"{_share(row_totals[top], grand)})")
        topc = max(range(len(columns)), key=lambda j: col_totals[j])
        alt += (f"; most common {(breakdown.column_heading or 'column').lower()} "
                f"{columns[topc]} ({_count_text(col_totals[topc])}, "
                f"{_share(col_totals[topc], grand)})")
    if blanks:
        alt += f"; blank: {', '.join(blanks)}"
    legend = tuple(LegendEntry(s.name, s.colour, "box") for s in series)
    return Chart("stacked", breakdown.title, tuple(rows), tuple(series), "count", 0,
                 "number", alt_text=alt + ".", legend=legend, y_min=y_min,
                 y_max=y_max, y_ticks=ticks)


def _share(part: Decimal, whole: Decimal) -> str:
    return f"{round_half_away(part * 100 / whole, 0)}%"


def _date_label(text: str) -> str:
    try:
        day = dt.date.fromisoformat(str(text))
    except ValueError:
        return str(text)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def snapshot_chart(snapshot: r.Snapshot) -> Chart:
    """Grouped bars: for each category (e.g. placement type), one bar per date."""
    categories = list(snapshot.categories)
    dates = [_date_label(d) for d in snapshot.dates]
    series = []
    for j, date_label in enumerate(dates):
        points = []
        for i, category in enumerate(categories):
            counts = snapshot.counts[i] if i < len(snapshot.counts) else []
            value = _dec(counts[j]) if j < len(counts) else None
            points.append(Point(i, category, value, _count_text(value),
                                status=f"{category}, {date_label}: "
                                       f"{_count_text(value) or 'blank'}"))
        series.append(Series(date_label, tuple(points), OKABE_ITO[j % len(OKABE_ITO)], "bars",
                             "bar"))
    y_min, y_max, ticks = _bar_axis(series, False)
    alt = f"{snapshot.title}, {' and '.join(dates)}"
    totals = [sum((p.value for p in s.points if p.value is not None), Decimal(0)) for s in series]
    if totals:
        alt += ": total " + " → ".join(_count_text(t) for t in totals)
    if len(series) >= 2 and categories:
        first, last = series[0].points, series[-1].points
        changes = [(last[i].value - first[i].value, i) for i in range(len(categories))
                   if first[i].value is not None and last[i].value is not None]
        if changes:
            change, i = max(changes)
            if change > 0:
                alt += (f"; largest rise {categories[i]} ({first[i].text} to {last[i].text})")
            change, i = min(changes)
            if change < 0:
                alt += f"; largest fall {categories[i]} ({first[i].text} to {last[i].text})"
    blanks = [f"{p.label} ({s.name})" for s in series for p in s.points if p.value is None]
    if blanks:
        alt += f"; blank: {', '.join(blanks)}"
    legend = tuple(LegendEntry(s.name, s.colour, "box") for s in series)
    return Chart("grouped", snapshot.title, tuple(categories), tuple(series), "count", 0,
                 "number", alt_text=alt + ".", legend=legend, y_min=y_min, y_max=y_max,
                 y_ticks=ticks)


def rag_summary(pack, period: Period, scorecard=None) -> Chart:
    """RAG counts by group for ``period``: a stacked bar per group, one segment per status
    (from ``scorecard``, the period's ``model.scorecard.Scorecard``, when given)."""
    if scorecard is None:
        from model.scorecard import build_scorecard

        scorecard = build_scorecard(pack, period)
    groups = [group.name or "(no group)" for group, _rows in scorecard.groups]
    counts = [{rag: 0 for rag in RAG_ORDER} for _ in groups]
    for i, (_group, rows) in enumerate(scorecard.groups):
        for row in rows:
            counts[i][row.status.rag] += 1
    series = []
    for rag in RAG_ORDER:
        points = tuple(
            Point(i, groups[i], Decimal(counts[i][rag]) if counts[i][rag] else None,
                  str(counts[i][rag]), period, rag=rag, letter=RAG_LETTER[rag],
                  shape=RAG_SHAPE.get(rag, "circle"),
                  status=f"{groups[i]}: {counts[i][rag]} {rag}")
            for i in range(len(groups)))
        if any(p.value is not None for p in points):
            series.append(Series(rag, points, RAG_COLOUR[rag], "bars", "segment"))
    totals = scorecard.rag_counts()
    alt = (f"RAG status of {len(scorecard.rows)} indicators, {period.label}: "
           + ", ".join(f"{totals[rag]} {rag}" for rag in RAG_ORDER))
    for i, name in enumerate(groups):
        present = [f"{counts[i][rag]} {rag}" for rag in RAG_ORDER if counts[i][rag]]
        alt += f"; {name}: {', '.join(present)}"
    y_min, y_max, ticks = _bar_axis(series, True) if series else (0.0, 1.0, ())
    legend = tuple(LegendEntry(s.name, s.colour, "box", letter=RAG_LETTER[s.name])
                   for s in series)
    return Chart("stacked", f"RAG status by group, {period.label}", tuple(groups),
                 tuple(series), "count", 0, "indicators", alt_text=alt + ".", legend=legend,
                 y_min=y_min, y_max=y_max, y_ticks=ticks)


def commitment_summary(pack, period: Period) -> Chart:
    """How many commitments have each status in ``period``: one bar per status."""
    updates = [u for u in pack.all("commitment_update") if u.period == period]
    commitments = pack.count("commitment")
    counts = {s: 0 for s in r.COMMITMENT_STATUSES}
    for update in updates:
        counts[update.status] = counts.get(update.status, 0) + 1
    statuses = [s for s in r.COMMITMENT_STATUSES if counts[s]]
    points = tuple(
        Point(i, s, Decimal(counts[s]), str(counts[s]), period, letter=COMMITMENT_LETTER[s],
              colour=COMMITMENT_COLOUR[s], status=f"{s}: {counts[s]}")
        for i, s in enumerate(statuses))
    series = (Series("commitments", points, OKABE_ITO[0], "bars", "bar"),)
    y_min, y_max, ticks = _bar_axis(list(series), False)
    alt = f"Status of {len(updates)} commitments, {period.label}"
    alt += (": " + ", ".join(f"{counts[s]} {s}" for s in statuses)) if statuses else \
        ": no statuses reported"
    if commitments > len(updates):
        alt += f"; {commitments - len(updates)} without a status for the period"
    legend = tuple(LegendEntry(s, COMMITMENT_COLOUR[s], "box", letter=COMMITMENT_LETTER[s])
                   for s in statuses)
    return Chart("grouped", f"Commitments by status, {period.label}", tuple(statuses), series,
                 "count", 0, "commitments", alt_text=alt + ".", legend=legend, y_min=y_min,
                 y_max=y_max, y_ticks=ticks)
