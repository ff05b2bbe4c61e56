"""Chart descriptions: what a chart shows, independent of what draws it.

The window (pyqtgraph, ``gui/``) and the papers (reportlab, ``exporters/chart_drawing.py``) both
draw from a ``Chart`` built here, so a chart looks the same on screen and on paper and says the
same thing in its text alternative. Plain Python: no Qt, no reportlab.

Rules:
- Categories along the x axis are slots 0..n-1; every series has one ``Point`` per slot, with
  ``value`` ``None`` where nothing was reported (a gap, never zero).
- Figures are rounded to the indicator's display decimals (half away from zero, as the scorecard
  prints them) and ``Point.text`` is the figure as the papers print it (``61.0%``, ``£1,234``).
- **Trend, quarters view** (``trend_chart(..., view="quarters")``): the quarter's figure v(P) for
  each quarter from Q1 of the first year to Q4 of the year of ``end_period`` (later quarters of
  that year are empty slots, so the rest of the year's target and trajectory stay visible; figures
  after ``end_period`` are not shown). Each point carries the period's RAG status (year to date
  against the target so far, ``model.status``) with its letter and a shape, so colour is never the
  only cue: Green a circle, Amber a triangle, Red a square; no RAG a plain circle.
- **Target steps**: one horizontal step per financial year at the quarter's target: the annual
  target for ``last``, ``mean`` and ``ratio`` measures, a quarter of it for ``sum`` measures
  (whose quarters add up to the year). Consecutive years with the same target make one step, so
  the line steps only where the target changes. **Trajectory**: a dashed line through a year's
  quarterly trajectory targets (``Target.q1..q4``), where one exists.
- **Trend, years view**: one value per financial year, the year-end (Q4) year to date, against the
  year's target T(Q4); the year of ``end_period`` shows its year to date so far when it is not Q4,
  labelled e.g. ``2024-25 (to Q2)``.
- **Text alternative** (WCAG 2.1 1.1.1): generated from the points: the run of rises or falls at
  the end of the series ("rose in each of the last four quarters, from 612 to 700"), or else the
  first and last figures with the highest and lowest, then the latest target ("target 650") and
  the latest status.
- Bar charts (``breakdown_chart``: stacked, one segment per outcome; ``snapshot_chart``: grouped,
  one bar per date; ``rag_summary`` and ``commitment_summary``) leave blank cells out of the bar
  and say so in the text alternative.
- Colours come from the Okabe-Ito colour-blind-safe palette; RAG fills from ``model.symbols``.
- The y axis (range and ticks) is chosen here, so both renderers use the same scale.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal

from model import records as r
from model.errors import CraffuError
from model.numbers import round_half_away
from model.periods import Period
from model.status import describe, evaluate, period_target, period_value
from model.symbols import RAG_FILL, RAG_LETTER

__all__ = [
    "OKABE_ITO",
    "RAG_SHAPE",
    "RAG_COLOUR",
    "COMMITMENT_COLOUR",
    "COMMITMENT_LETTER",
    "Point",
    "Series",
    "Step",
    "Annotation",
    "LegendEntry",
    "Chart",
    "trend_chart",
    "breakdown_chart",
    "snapshot_chart",
    "rag_summary",
    "commitment_summary",
    "nice_axis",
    "ChartError",
]


class ChartError(CraffuError, ValueError):
    """A chart that cannot be drawn from what was asked (unknown indicator, bad view)."""


#: Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
#: deficiency. Black first; the order is the order series take colours in.
OKABE_ITO = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
VALUE_COLOUR = OKABE_ITO[0]
TARGET_COLOUR = "#333333"
TRAJECTORY_COLOUR = OKABE_ITO[3]
NO_RAG_COLOUR = OKABE_ITO[0]

#: A shape per RAG status, so a point never relies on colour alone.
RAG_SHAPE = {"Green": "circle", "Amber": "triangle", "Red": "square"}
#: Colours for RAG counts (bars): the symbols' fills, and greys for n/a and no data.
RAG_COLOUR = {**RAG_FILL, "n/a": "#BBBBBB", "no data": "#FFFFFF"}
RAG_ORDER = ("Green", "Amber", "Red", "n/a", "no data")

COMMITMENT_COLOUR = {
    "Green": RAG_FILL["Green"],
    "Amber-Green": "#9CC65A",
    "Amber": RAG_FILL["Amber"],
    "Red-Amber": "#EE8A3C",
    "Red": RAG_FILL["Red"],
    "Complete": OKABE_ITO[0],
    "Not started": "#BBBBBB",
    "Deferred": OKABE_ITO[3],
}
COMMITMENT_LETTER = {
    "Green": "G", "Amber-Green": "AG", "Amber": "A", "Red-Amber": "RA", "Red": "R",
    "Complete": "C", "Not started": "NS", "Deferred": "D",
}

_NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
                 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}


# -- the description -----------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    """One slot of a series: the figure (rounded), how it prints, and its status."""

    x: int
    label: str
    value: Decimal | None
    text: str = ""
    period: Period | None = None
    rag: str = ""  # Green, Amber, Red, n/a, no data; "" where status does not apply
    letter: str = ""  # G, A, R (or a commitment status letter) drawn with the point
    shape: str = "circle"  # circle, triangle, square
    colour: str = ""  # the point's own colour ("" = the series colour)
    status: str = ""  # one line for hovering: the status explanation

    @property
    def y(self) -> float | None:
        return None if self.value is None else float(self.value)


@dataclass(frozen=True)
class Series:
    """A line (``style`` ``line`` or ``dashed``) or a set of bars (``bars``) over the slots."""

    name: str
    points: tuple[Point, ...]
    colour: str
    style: str = "line"  # line, dashed, bars
    role: str = "value"  # value, trajectory, segment, bar

    @property
    def values(self) -> list[float | None]:
        return [p.y for p in self.points]


@dataclass(frozen=True)
class Step:
    """A horizontal target line from slot edge ``start`` to ``end`` (e.g. -0.5 to 3.5)."""

    start: float
    end: float
    value: Decimal
    text: str
    label: str = ""  # e.g. "target 2023-24"

    @property
    def y(self) -> float:
        return float(self.value)


@dataclass(frozen=True)
class Annotation:
    """A note at slot ``x`` (e.g. "selected", "management target")."""

    x: float
    text: str
    kind: str = "note"  # note, selected


@dataclass(frozen=True)
class LegendEntry:
    label: str
    colour: str
    kind: str  # line, dashed, step, box, marker
    shape: str = ""
    letter: str = ""


@dataclass(frozen=True)
class Chart:
    """A whole chart: ``kind`` is ``line``, ``stacked`` or ``grouped``."""

    kind: str
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = "count"
    decimals: int = 0
    y_title: str = ""
    steps: tuple[Step, ...] = ()
    annotations: tuple[Annotation, ...] = ()
    alt_text: str = ""
    legend: tuple[LegendEntry, ...] = ()
    y_min: float = 0.0
    y_max: float = 1.0
    y_ticks: tuple[tuple[float, str], ...] = ()
    code: str = ""
    view: str = ""  # quarters or years for a trend
    periods: tuple[Period | None, ...] = field(default_factory=tuple)
    #: What to print under each slot when it differs from the category (``Q1`` .. ``Q4``).
    axis_labels: tuple[str, ...] = ()
    #: Spans of slots labelled together under the axis: (first slot, last slot, label).
    x_groups: tuple[tuple[int, int, str], ...] = ()

    @property
    def value_series(self) -> tuple[Series, ...]:
        return tuple(s for s in self.series if s.role in ("value", "segment", "bar"))

    def data_rows(self) -> list[list[str]]:
        """The chart's figures as a table (header first), for a text export or a screen reader."""
        header = [""] + [s.name for s in self.series] + (["target"] if self.steps else [])
        rows = [header]
        for i, category in enumerate(self.categories):
            row = [category] + [s.points[i].text for s in self.series]
            if self.steps:
                row.append(next((s.text for s in self.steps if s.start < i < s.end), ""))
            rows.append(row)
        return rows


# -- scale ----------------------------------------------------------------------------------


def _nice_step(span: float, count: int) -> float:
    raw = span / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def nice_axis(low: float, high: float, unit: str = "count", decimals: int = 0,
              ticks: int = 5, include_zero: bool = False) -> tuple[float, float, tuple]:
    """A y range covering ``low``..``high`` with round tick values and their labels."""
    if include_zero:
        low, high = min(low, 0.0), max(high, 0.0)
    if high == low:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    step = _nice_step(high - low, ticks)
    if unit == "count" or unit == "currency":
        step = max(step, 1.0)
    bottom = math.floor(low / step) * step
    top = math.ceil(high / step) * step
    if top - high < step * 0.05:
        top += 0 if include_zero and high == 0 else 0
    values = []
    v = bottom
    while v <= top + step * 1e-9:
        values.append(round(v, 10))
        v += step
    places = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    labels = tuple((v, _tick_text(v, unit, places)) for v in values)
    return bottom, top, labels


def _tick_text(value: float, unit: str, places: int) -> str:
    text = f"{value:,.{places}f}"
    if text.startswith("-") and float(value) == 0:
        text = text[1:]
    if unit == "percent":
        return text + "%"
    if unit == "currency":
        return ("-£" + text[1:]) if text.startswith("-") else "£" + text
    return text


_UNIT_TITLE = {"count": "number", "percent": "per cent", "rate": "rate", "days": "days",
               "currency": "£", "ratio": "ratio"}


# -- trend ----------------------------------------------------------------------------------


def _quarter_target(indicator: r.Indicator, target: r.Target | None,
                    quarter: int) -> Decimal | None:
    """The step line's value for one quarter: annual target, or a quarter of it for ``sum``."""
    if target is None or target.annual is None:
        return None
    if indicator.aggregation == "sum":
        return target.annual / 4
    return target.annual


def _rag_point(x: int, label: str, value: Decimal | None, indicator: r.Indicator,
               period: Period | None, status) -> Point:
    rag = status.rag if status is not None else ""
    letter = RAG_LETTER[rag] if rag in RAG_SHAPE else ""
    explanation = status.rag_explanation if status is not None else ""
    text = describe(indicator, value) if value is not None else ""
    return Point(
        x=x, label=label, value=value, text=text, period=period, rag=rag, letter=letter,
        shape=RAG_SHAPE.get(rag, "circle"),
        colour=RAG_FILL.get(rag, "") if value is not None else "",
        status=(f"{label}: {text or 'no figure'}" + (f" — {explanation}" if explanation else "")),
    )


def _merge_steps(per_slot: list[tuple[Decimal | None, str]], indicator: r.Indicator
                 ) -> tuple[Step, ...]:
    steps: list[Step] = []
    start = None
    current: Decimal | None = None
    label = ""
    for i, (value, slot_label) in enumerate(per_slot + [(None, "")]):
        if value is not None and current is not None and value == current and start is not None:
            continue
        if current is not None and start is not None:
            steps.append(Step(start - 0.5, i - 0.5, current, describe(indicator, current), label))
        current, start, label = value, (i if value is not None else None), slot_label
    return tuple(steps)


def trend_chart(pack, code: str, end_period: Period | None = None, years: int = 5,
                view: str = "quarters") -> Chart:
    """The trend of indicator ``code`` over ``years`` financial years ending with the year of
    ``end_period`` (default: the pack's latest period), quarter by quarter or year by year."""
    indicator = pack.indicator(code)
    if indicator is None:
        raise ChartError(f"there is no indicator with code '{code}'")
    if view not in ("quarters", "years"):
        raise ChartError(f"view must be 'quarters' or 'years', not '{view}'")
    if years < 1:
        raise ChartError(f"a trend needs at least one year, not {years}")
    if end_period is None:
        end_period = pack.latest_period() or Period.containing(dt.date.today())
    d = indicator.display_decimals
    first_year = end_period.year - years + 1
    has_rag = indicator.polarity != "none"
    points: list[Point] = []
    trajectory: list[Point] = []
    step_slots: list[tuple[Decimal | None, str]] = []
    annotations: list[Annotation] = []
    periods: list[Period | None] = []
    categories: list[str] = []

    if view == "quarters":
        slots = [Period(y, q) for y in range(first_year, end_period.year + 1) for q in (1, 2, 3, 4)]
        for x, period in enumerate(slots):
            label = period.short_label
            categories.append(label)
            periods.append(period)
            shown = period <= end_period
            raw = period_value(indicator, pack.value(code, period)) if shown else None
            value = round_half_away(raw, d)
            status = evaluate(pack, code, period) if shown and value is not None else None
            if not has_rag and status is not None:
                status = None
            points.append(_rag_point(x, label, value, indicator, period, status))
            target = pack.target(code, period.year)
            step_value = round_half_away(_quarter_target(indicator, target, period.quarter), d)
            step_slots.append((step_value, f"target {period.fy.label}"))
            traj = target.trajectory if target is not None else None
            t_value = round_half_away(traj[period.quarter - 1], d) if traj else None
            trajectory.append(Point(x, label, t_value,
                                    describe(indicator, t_value) if t_value is not None else "",
                                    period))
            if target is not None and target.management and period.quarter == 1:
                last_year = pack.target(code, period.year - 1)
                if not (last_year is not None and last_year.management and x > 0):
                    # one note where a run of management targets starts, not one a year
                    annotations.append(Annotation(x, "management target"))
        annotations.append(Annotation(slots.index(end_period), end_period.short_label,
                                      "selected"))
        unit_word = "quarter"
    else:
        for x, year in enumerate(range(first_year, end_period.year + 1)):
            quarter = 4 if year < end_period.year else end_period.quarter
            period = Period(year, quarter)
            label = f"{Period(year, 1).fy.label}" + ("" if quarter == 4 else f" (to Q{quarter})")
            categories.append(label)
            periods.append(period)
            status = evaluate(pack, code, period)
            value = status.ytd
            point_status = status if has_rag and value is not None else None
            points.append(_rag_point(x, label, value, indicator, period, point_status))
            target_raw, _how = period_target(indicator, pack.target(code, year), quarter)
            step_slots.append((round_half_away(target_raw, d), f"target {label}"))
            trajectory.append(Point(x, label, None, "", period))
            if quarter != 4:
                annotations.append(Annotation(x, f"year to date, Q1–Q{quarter}"))
        annotations.append(Annotation(len(categories) - 1, end_period.fy.label, "selected"))
        unit_word = "year"

    steps = _merge_steps(step_slots, indicator)
    if view == "quarters":
        axis_labels = tuple(f"Q{p.quarter}" for p in periods)
        x_groups = tuple((i, i + 3, periods[i].fy.label) for i in range(0, len(periods), 4))
    else:
        axis_labels, x_groups = (), ()
    series = [Series(f"{code} {_short(indicator.title)}", tuple(points), VALUE_COLOUR, "line",
                     "value")]
    if any(p.value is not None for p in trajectory):
        series.append(Series("trajectory", tuple(trajectory), TRAJECTORY_COLOUR, "dashed",
                             "trajectory"))
    numbers = [p.y for s in series for p in s.points if p.y is not None] + [s.y for s in steps]
    include_zero = indicator.unit in ("count", "currency") or not numbers
    low, high = (min(numbers), max(numbers)) if numbers else (0.0, 1.0)
    if numbers and low >= 0 and low <= 0.5 * high:
        include_zero = True
    y_min, y_max, ticks = nice_axis(low, high, indicator.unit, d, include_zero=include_zero)

    legend = [LegendEntry(series[0].name if len(series[0].name) < 40 else code, VALUE_COLOUR,
                          "line")]
    if steps:
        legend.append(LegendEntry("target" + (" (quarter's share)"
                                              if indicator.aggregation == "sum"
                                              and view == "quarters" else ""),
                                  TARGET_COLOUR, "step"))
    if len(series) > 1:
        legend.append(LegendEntry("trajectory", TRAJECTORY_COLOUR, "dashed"))
    if has_rag:
        for rag in ("Green", "Amber", "Red"):
            legend.append(LegendEntry(rag, RAG_FILL[rag], "marker", RAG_SHAPE[rag],
                                      RAG_LETTER[rag]))

    view_words = "quarterly" if view == "quarters" else "year-end"
    title = f"{code} {indicator.title}"
    alt = _trend_alt_text(indicator, title, view_words, categories, points, steps, unit_word)
    return Chart(
        kind="line", title=title, categories=tuple(categories), series=tuple(series),
        unit=indicator.unit, decimals=d, y_title=_UNIT_TITLE.get(indicator.unit, ""),
        steps=steps, annotations=tuple(annotations), alt_text=alt, legend=tuple(legend),
        y_min=y_min, y_max=y_max, y_ticks=ticks, code=code, view=view, periods=tuple(periods),
        axis_labels=axis_labels, x_groups=x_groups,
    )


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _count_words(n: int) -> str:
    return _NUMBER_WORDS.get(n, str(n))


def trend_phrase(indicator: r.Indicator, points: list[Point], unit_word: str = "quarter") -> str:
    """What the figures did, in words: the final run of rises or falls, or the overall range."""
    known = [p for p in points if p.value is not None]
    if not known:
        return "no figures reported"
    if len(known) == 1:
        return f"one figure, {known[0].text} in {known[0].label}"
    plural = unit_word + "s"
    last, before = known[-1], known[-2]
    if last.value == before.value:
        run = 1
        while run + 1 < len(known) and known[-run - 2].value == last.value:
            run += 1
        span = f"the last {_count_words(run)} {plural}" if run > 1 else f"the latest {unit_word}"
        return f"unchanged in {span} at {last.text}"
    rising = last.value > before.value
    run = 1
    while run + 1 < len(known):
        a, b = known[-run - 2], known[-run - 1]
        if (b.value > a.value) if rising else (b.value < a.value):
            run += 1
        else:
            break
    verb = "rose" if rising else "fell"
    start = known[-run - 1]
    if run >= 2:
        phrase = (f"{verb} in each of the last {_count_words(run)} {plural}, "
                  f"from {start.text} to {last.text}")
    else:
        phrase = f"{verb} in the latest {unit_word}, from {start.text} to {last.text}"
    if len(known) > run + 1:
        first = known[0]
        high = max(known, key=lambda p: p.value)
        low = min(known, key=lambda p: p.value)
        phrase += (f" (from {first.text} in {first.label}; highest {high.text} in {high.label}, "
                   f"lowest {low.text} in {low.label})")
    return phrase


def _trend_alt_text(indicator, title, view_words, categories, points, steps, unit_word) -> str:
    known = [p for p in points if p.value is not None]
    span = f"{categories[0]} to {known[-1].label if known else categories[-1]}"
    text = f"{title}, {view_words}, {span}: {trend_phrase(indicator, points, unit_word)}"
    if known:
        latest_x = known[-1].x
        target = next((s for s in steps if s.start < latest_x < s.end), None)
        if target is not None:
            text += f"; target {target.text}"
        if known[-1].rag in RAG_SHAPE:
            text += f"; {known[-1].rag} in {known[-1].label}"
    missing = [p.label for p in points if p.value is None and p.period is not None
               and known and p.x < known[-1].x]
    if missing:
        text += f"; no figure for {', '.join(missing)}"
    return text + "."


# -- bars -----------------------------------------------------------------------------------


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


def rag_summary(pack, period: Period) -> Chart:
    """RAG counts by group for ``period``: a stacked bar per group, one segment per status."""
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
