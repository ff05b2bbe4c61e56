"""Trend charts: one indicator quarter by quarter or year by year, with its target steps, its
trajectory, RAG points and a text alternative in words (rules in ``model.charts``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from model import records as r
from model.charts.description import (
    RAG_SHAPE,
    TARGET_COLOUR,
    TRAJECTORY_COLOUR,
    UNIT_TITLE,
    VALUE_COLOUR,
    Annotation,
    Chart,
    ChartError,
    LegendEntry,
    Point,
    Series,
    Step,
    nice_axis,
)
from model.numbers import round_half_away
from model.periods import Period
from model.status import describe, evaluate, period_target, period_value
from model.symbols import RAG_FILL, RAG_LETTER

__all__ = ["trend_chart", "trend_phrase"]

_NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
                 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}


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
    trajectory: list[tuple] = []  # (x, label, value, period): Points only if any value
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
            # a measure without RAG (polarity none) has no status to show: not evaluated
            status = evaluate(pack, code, period) if (has_rag and shown and value is not None) \
                else None
            points.append(_rag_point(x, label, value, indicator, period, status))
            if period.quarter == 1 or x == 0:  # one look-up a year
                target = pack.target(code, period.year)
                step_value = round_half_away(_quarter_target(indicator, target, 1), d)
                step_label = f"target {period.fy.label}"
                traj = target.trajectory if target is not None else None
            step_slots.append((step_value, step_label))
            t_value = round_half_away(traj[period.quarter - 1], d) if traj else None
            trajectory.append((x, label, t_value, period))
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
            trajectory.append((x, label, None, period))
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
    if any(t[2] is not None for t in trajectory):
        points_t = tuple(Point(x, label, value,
                               describe(indicator, value) if value is not None else "", period)
                         for x, label, value, period in trajectory)
        series.append(Series("trajectory", points_t, TRAJECTORY_COLOUR, "dashed",
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
        unit=indicator.unit, decimals=d, y_title=UNIT_TITLE.get(indicator.unit, ""),
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
