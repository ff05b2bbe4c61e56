"""Bar charts: a breakdown as stacked bars, a snapshot comparison as grouped bars, the RAG counts
by group and the commitments by status (rules in ``model.charts``), in English, Welsh or both.

In Welsh the labels are the records' Welsh texts (rows, columns, categories, group names; a
blank Welsh label takes the English, which the checks list as missing Welsh) and the statuses
Welsh words; the letters drawn on bars (G, A, R, AG…) are symbols, explained by the legend."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from model import records as r
from model import words as pt
from model.charts.bilingual import in_languages
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
from model.words_charts import UNIT_TITLES

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


def _labels(english, welsh, language: str) -> list[str]:
    english = list(english)
    if language != "cy":
        return english
    welsh = list(welsh or [])
    return [welsh[i] if i < len(welsh) and str(welsh[i]).strip() else e
            for i, e in enumerate(english)]


@in_languages
def breakdown_chart(breakdown: r.Breakdown, language: str = "en") -> Chart:
    """A stacked bar per row (e.g. source of contact), one segment per column (outcome)."""
    rows = _labels(breakdown.rows, breakdown.rows_cy, language)
    columns = _labels(breakdown.columns, breakdown.columns_cy, language)
    title = pt.pick(breakdown.title, breakdown.title_cy, language)[0]
    blank = pt.words("chart_blank", language)
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
                                status=f"{row}, {column}: {_count_text(value) or blank}"))
        series.append(Series(column, tuple(points), colour, "bars", "segment"))
    y_min, y_max, ticks = _bar_axis(series, True)
    row_totals = [sum((p.value for s in series for p in s.points if p.x == i
                       and p.value is not None), Decimal(0)) for i in range(len(rows))]
    col_totals = [sum((p.value for p in s.points if p.value is not None), Decimal(0))
                  for s in series]
    grand = sum(row_totals, Decimal(0))
    # the record's headings in the language; without them the chart says "row" and "column"
    en = language == "en"
    if en:
        row_heading = breakdown.row_heading or "row"
        column_heading = breakdown.column_heading or "column"
    else:
        row_heading = breakdown.row_heading_cy.strip() or pt.words("chart_row", language)
        column_heading = (breakdown.column_heading_cy.strip()
                          or pt.words("chart_column", language))
    alt = pt.words("chart_stacked", language, title=title, rows=row_heading)
    if breakdown.column_heading or not en:
        alt += pt.words("chart_segments", language, columns=column_heading.lower())
    alt += pt.words("chart_total", language, total=_count_text(grand))
    if rows and grand:
        top = max(range(len(rows)), key=lambda i: row_totals[i])
        alt += pt.words("chart_largest", language, heading=row_heading.lower(), name=rows[top],
                        count=_count_text(row_totals[top]),
                        share=_share(row_totals[top], grand))
        topc = max(range(len(columns)), key=lambda j: col_totals[j])
        alt += pt.words("chart_most_common", language, heading=column_heading.lower(),
                        name=columns[topc], count=_count_text(col_totals[topc]),
                        share=_share(col_totals[topc], grand))
    if blanks:
        alt += pt.words("chart_blanks", language, cells=", ".join(blanks))
    legend = tuple(LegendEntry(s.name, s.colour, "box") for s in series)
    totals = tuple((_count_text(t), t) if any(p.value is not None for s in series
                                               for p in s.points if p.x == i) else ("", None)
                   for i, t in enumerate(row_totals))
    return Chart("stacked", title, tuple(rows), tuple(series), "count", 0,
                 UNIT_TITLES["count"][language == "cy"], alt_text=alt + ".", legend=legend,
                 y_min=y_min, y_max=y_max, y_ticks=ticks, language=language,
                 bar_totals=totals)


def _share(part: Decimal, whole: Decimal) -> str:
    return f"{round_half_away(part * 100 / whole, 0)}%"


def _date_label(text: str, language: str = "en") -> str:
    try:
        day = dt.date.fromisoformat(str(text))
    except ValueError:
        return str(text)
    return pt.date_text(day, language)


@in_languages
def snapshot_chart(snapshot: r.Snapshot, language: str = "en") -> Chart:
    """Grouped bars: for each category (e.g. placement type), one bar per date."""
    categories = _labels(snapshot.categories, snapshot.categories_cy, language)
    title = pt.pick(snapshot.title, snapshot.title_cy, language)[0]
    blank = pt.words("chart_blank", language)
    dates = [_date_label(d, language) for d in snapshot.dates]
    series = []
    for j, date_label in enumerate(dates):
        points = []
        for i, category in enumerate(categories):
            counts = snapshot.counts[i] if i < len(snapshot.counts) else []
            value = _dec(counts[j]) if j < len(counts) else None
            points.append(Point(i, category, value, _count_text(value),
                                status=f"{category}, {date_label}: "
                                       f"{_count_text(value) or blank}"))
        series.append(Series(date_label, tuple(points), OKABE_ITO[j % len(OKABE_ITO)], "bars",
                             "bar"))
    y_min, y_max, ticks = _bar_axis(series, False)
    alt = f"{title}, {pt.words('chart_and', language).join(dates)}"
    totals = [sum((p.value for p in s.points if p.value is not None), Decimal(0)) for s in series]
    if totals:
        alt += pt.words("chart_total_dates", language,
                        totals=" → ".join(_count_text(t) for t in totals))
    if len(series) >= 2 and categories:
        first, last = series[0].points, series[-1].points
        changes = [(last[i].value - first[i].value, i) for i in range(len(categories))
                   if first[i].value is not None and last[i].value is not None]
        if changes:
            change, i = max(changes)
            if change > 0:
                alt += pt.words("chart_largest_rise", language, name=categories[i],
                                first=first[i].text, last=last[i].text)
            change, i = min(changes)
            if change < 0:
                alt += pt.words("chart_largest_fall", language, name=categories[i],
                                first=first[i].text, last=last[i].text)
    blanks = [f"{p.label} ({s.name})" for s in series for p in s.points if p.value is None]
    if blanks:
        alt += pt.words("chart_blanks", language, cells=", ".join(blanks))
    legend = tuple(LegendEntry(s.name, s.colour, "box") for s in series)
    return Chart("grouped", title, tuple(categories), tuple(series), "count", 0,
                 UNIT_TITLES["count"][language == "cy"], alt_text=alt + ".", legend=legend,
                 y_min=y_min, y_max=y_max, y_ticks=ticks, language=language)


@in_languages
def rag_summary(pack, period: Period, scorecard=None, language: str = "en") -> Chart:
    """RAG counts by group for ``period``: a stacked bar per group, one segment per status
    (from ``scorecard``, the period's ``model.scorecard.Scorecard``, when given)."""
    if scorecard is None:
        from model.scorecard import build_scorecard

        scorecard = build_scorecard(pack, period)
    no_group = pt.words("chart_no_group", language)
    groups = [pt.pick(group.name, group.name_cy, language)[0] if group.name else no_group
              for group, _rows in scorecard.groups]
    counts = [{rag: 0 for rag in RAG_ORDER} for _ in groups]
    for i, (_group, rows) in enumerate(scorecard.groups):
        for row in rows:
            counts[i][row.status.rag] += 1
    word = {rag: pt.rag_word(rag, language) for rag in RAG_ORDER}
    # G, A, R are symbols (explained by the legend); "n/a" and "no data" are words
    letters = {rag: RAG_LETTER[rag] if rag in RAG_SHAPE else word[rag] for rag in RAG_ORDER}
    series = []
    for rag in RAG_ORDER:
        points = tuple(
            Point(i, groups[i], Decimal(counts[i][rag]) if counts[i][rag] else None,
                  str(counts[i][rag]), period, rag=rag, letter=letters[rag],
                  shape=RAG_SHAPE.get(rag, "circle"),
                  status=f"{groups[i]}: {counts[i][rag]} {word[rag]}")
            for i in range(len(groups)))
        if any(p.value is not None for p in points):
            series.append(Series(word[rag], points, RAG_COLOUR[rag], "bars", "segment"))
    totals = scorecard.rag_counts()
    label = pt.period_label(period, language)
    alt = pt.words("chart_rag_alt", language, count=len(scorecard.rows), period=label,
                   counts=", ".join(f"{totals[rag]} {word[rag]}" for rag in RAG_ORDER))
    for i, name in enumerate(groups):
        present = [f"{counts[i][rag]} {word[rag]}" for rag in RAG_ORDER if counts[i][rag]]
        alt += f"; {name}: {', '.join(present)}"
    y_min, y_max, ticks = _bar_axis(series, True) if series else (0.0, 1.0, ())
    by_word = {word[rag]: letters[rag] for rag in RAG_ORDER}
    legend = tuple(LegendEntry(s.name, s.colour, "box", letter=by_word[s.name])
                   for s in series)
    totals = tuple((str(sum(counts[i].values())), Decimal(sum(counts[i].values())))
                   for i in range(len(groups)))
    return Chart("stacked", pt.words("chart_rag_title", language, period=label), tuple(groups),
                 tuple(series), "count", 0, pt.words("chart_indicators", language),
                 alt_text=alt + ".", legend=legend, y_min=y_min, y_max=y_max, y_ticks=ticks,
                 language=language, bar_totals=totals)


@in_languages
def commitment_summary(pack, period: Period, language: str = "en") -> Chart:
    """How many commitments have each status in ``period``: one bar per status."""
    updates = [u for u in pack.all("commitment_update") if u.period == period]
    commitments = pack.count("commitment")
    counts = {s: 0 for s in r.COMMITMENT_STATUSES}
    for update in updates:
        counts[update.status] = counts.get(update.status, 0) + 1
    statuses = [s for s in r.COMMITMENT_STATUSES if counts[s]]
    word = {s: pt.commitment_status_word(s, language) for s in statuses}
    points = tuple(
        Point(i, word[s], Decimal(counts[s]), str(counts[s]), period,
              letter=COMMITMENT_LETTER[s], colour=COMMITMENT_COLOUR[s],
              status=f"{word[s]}: {counts[s]}")
        for i, s in enumerate(statuses))
    series = (Series(pt.words("chart_commitments", language), points, OKABE_ITO[0], "bars",
                     "bar"),)
    y_min, y_max, ticks = _bar_axis(list(series), False)
    label = pt.period_label(period, language)
    alt = pt.words("chart_commitments_alt", language, count=len(updates), period=label)
    alt += (": " + ", ".join(f"{counts[s]} {word[s]}" for s in statuses)) if statuses else \
        pt.words("chart_no_statuses", language)
    if commitments > len(updates):
        alt += pt.words("chart_without_status", language, count=commitments - len(updates))
    legend = tuple(LegendEntry(word[s], COMMITMENT_COLOUR[s], "box", letter=COMMITMENT_LETTER[s])
                   for s in statuses)
    return Chart("grouped", pt.words("chart_commitments_title", language, period=label),
                 tuple(word[s] for s in statuses), series, "count", 0,
                 pt.words("chart_commitments", language), alt_text=alt + ".", legend=legend,
                 y_min=y_min, y_max=y_max, y_ticks=ticks, language=language)
