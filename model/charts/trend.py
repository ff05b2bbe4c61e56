"""Trend charts: one indicator quarter by quarter or year by year, with its target steps, its
trajectory, RAG points and a text alternative in words (rules in ``model.charts``), in English,
Welsh or both (every word from the catalogue ``model.words``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from model import records as r
from model import words as pt
from model.charts.bilingual import in_languages
from model.charts.description import (
    RAG_SHAPE,
    TARGET_COLOUR,
    TRAJECTORY_COLOUR,
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
from model.status import evaluate, period_target, period_value
from model.symbols import RAG_FILL, RAG_LETTER
from model.words_charts import UNIT_TITLES

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
               period: Period | None, status, language: str = "en") -> Point:
    rag = status.rag if status is not None else ""
    letter = RAG_LETTER[rag] if rag in RAG_SHAPE else ""
    # the explanations of model.status are English: the Welsh hover text gives the status word
    explanation = "" if status is None else (
        status.rag_explanation if language == "en" else pt.rag_word(rag, language))
    text = pt.figure_words(indicator, value, language) if value is not None else ""
    no_figure = pt.words("no_figure", language)
    return Point(
        x=x, label=label, value=value, text=text, period=period, rag=rag, letter=letter,
        shape=RAG_SHAPE.get(rag, "circle"),
        colour=RAG_FILL.get(rag, "") if value is not None else "",
        status=(f"{label}: {text or no_figure}" + (f" — {explanation}" if explanation else "")),
    )


def _merge_steps(per_slot: list[tuple[Decimal | None, str]], indicator: r.Indicator,
                 language: str = "en") -> tuple[Step, ...]:
    steps: list[Step] = []
    start = None
    current: Decimal | None = None
    label = ""
    for i, (value, slot_label) in enumerate(per_slot + [(None, "")]):
        if value is not None and current is not None and value == current and start is not None:
            continue
        if current is not None and start is not None:
            steps.append(Step(start - 0.5, i - 0.5, current,
                              pt.figure_words(indicator, current, language), label))
        current, start, label = value, (i if value is not None else None), slot_label
    return tuple(steps)


@in_languages
def trend_chart(pack, code: str, end_period: Period | None = None, years: int = 5,
                view: str = "quarters", language: str = "en") -> Chart:
    """The trend of indicator ``code`` over ``years`` financial years ending with the year of
    ``end_period`` (default: the pack's latest period), quarter by quarter or year by year, in
    ``language`` (``en``, ``cy``; ``both``: the two merged, ``model.charts.bilingual``)."""
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
            label = pt.period_short(period, language)
            categories.append(label)
            periods.append(period)
            shown = period <= end_period
            raw = period_value(indicator, pack.value(code, period)) if shown else None
            value = round_half_away(raw, d)
            # a measure without RAG (polarity none) has no status to show: not evaluated
            status = evaluate(pack, code, period) if (has_rag and shown and value is not None) \
                else None
            points.append(_rag_point(x, label, value, indicator, period, status, language))
            if period.quarter == 1 or x == 0:  # one look-up a year
                target = pack.target(code, period.year)
                step_value = round_half_away(_quarter_target(indicator, target, 1), d)
                step_label = pt.words("chart_target_of", language, year=period.fy.label)
                traj = target.trajectory if target is not None else None
            step_slots.append((step_value, step_label))
            t_value = round_half_away(traj[period.quarter - 1], d) if traj else None
            trajectory.append((x, label, t_value, period))
            if target is not None and target.management and period.quarter == 1:
                last_year = pack.target(code, period.year - 1)
                if not (last_year is not None and last_year.management and x > 0):
                    # one note where a run of management targets starts, not one a year
                    annotations.append(Annotation(x, pt.words("chart_management", language)))
        annotations.append(Annotation(slots.index(end_period),
                                      pt.period_short(end_period, language), "selected"))
        unit_word = "quarter"
    else:
        for x, year in enumerate(range(first_year, end_period.year + 1)):
            quarter = 4 if year < end_period.year else end_period.quarter
            period = Period(year, quarter)
            label = Period(year, 1).fy.label if quarter == 4 else pt.words(
                "chart_year_to", language, year=Period(year, 1).fy.label, quarter=quarter)
            categories.append(label)
            periods.append(period)
            status = evaluate(pack, code, period)
            value = status.ytd
            point_status = status if has_rag and value is not None else None
            points.append(_rag_point(x, label, value, indicator, period, point_status,
                                     language))
            target_raw, _how = period_target(indicator, pack.target(code, year), quarter)
            step_slots.append((round_half_away(target_raw, d),
                               pt.words("chart_target_of", language, year=label)))
            trajectory.append((x, label, None, period))
            if quarter != 4:
                annotations.append(Annotation(x, pt.words("chart_ytd_to", language,
                                                          quarter=quarter)))
        annotations.append(Annotation(len(categories) - 1, end_period.fy.label, "selected"))
        unit_word = "year"

    steps = _merge_steps(step_slots, indicator, language)
    if view == "quarters":
        axis_labels = tuple(pt.quarter_label(p.quarter, language) for p in periods)
        x_groups = tuple((i, i + 3, periods[i].fy.label) for i in range(0, len(periods), 4))
    else:
        axis_labels, x_groups = (), ()
    title_text = pt.pick(indicator.title, indicator.title_cy, language)[0]
    series = [Series(f"{code} {_short(title_text)}", tuple(points), VALUE_COLOUR, "line",
                     "value")]
    if any(t[2] is not None for t in trajectory):
        points_t = tuple(Point(x, label, value, pt.figure_words(indicator, value, language)
                               if value is not None else "", period)
                         for x, label, value, period in trajectory)
        series.append(Series(pt.words("chart_trajectory", language), points_t,
                             TRAJECTORY_COLOUR, "dashed", "trajectory"))
    numbers = [p.y for s in series for p in s.points if p.y is not None] + [s.y for s in steps]
    include_zero = indicator.unit in ("count", "currency") or not numbers
    low, high = (min(numbers), max(numbers)) if numbers else (0.0, 1.0)
    if numbers and low >= 0 and low <= 0.5 * high:
        include_zero = True
    y_min, y_max, ticks = nice_axis(low, high, indicator.unit, d, include_zero=include_zero)

    legend = [LegendEntry(series[0].name if len(series[0].name) < 40 else code, VALUE_COLOUR,
                          "line")]
    if steps:
        share = indicator.aggregation == "sum" and view == "quarters"
        legend.append(LegendEntry(pt.words("chart_target_share" if share else "chart_target",
                                           language), TARGET_COLOUR, "step"))
    if len(series) > 1:
        legend.append(LegendEntry(pt.words("chart_trajectory", language), TRAJECTORY_COLOUR,
                                  "dashed"))
    if has_rag:
        for rag in ("Green", "Amber", "Red"):
            legend.append(LegendEntry(pt.rag_word(rag, language), RAG_FILL[rag], "marker",
                                      RAG_SHAPE[rag], RAG_LETTER[rag]))

    view_words = pt.words("chart_quarterly" if view == "quarters" else "chart_year_end",
                          language)
    title = f"{code} {title_text}"
    alt = _trend_alt_text(indicator, title, view_words, categories, points, steps, unit_word,
                          language)
    unit_title = UNIT_TITLES.get(indicator.unit)
    return Chart(
        kind="line", title=title, categories=tuple(categories), series=tuple(series),
        unit=indicator.unit, decimals=d,
        y_title=unit_title[language == "cy"] if unit_title else "",
        steps=steps, annotations=tuple(annotations), alt_text=alt, legend=tuple(legend),
        y_min=y_min, y_max=y_max, y_ticks=ticks, code=code, view=view, periods=tuple(periods),
        axis_labels=axis_labels, x_groups=x_groups, language=language,
    )


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _count_words(n: int, language: str = "en") -> str:
    return _NUMBER_WORDS.get(n, str(n)) if language == "en" else str(n)


def trend_phrase(indicator: r.Indicator, points: list[Point], unit_word: str = "quarter",
                 language: str = "en") -> str:
    """What the figures did, in words: the final run of rises or falls, or the overall range
    (``unit_word``: ``quarter`` or ``year``)."""
    known = [p for p in points if p.value is not None]
    if not known:
        return pt.words("chart_no_figures", language)
    if len(known) == 1:
        return pt.words("chart_one_figure", language, text=known[0].text, label=known[0].label)
    last, before = known[-1], known[-2]
    if last.value == before.value:
        run = 1
        while run + 1 < len(known) and known[-run - 2].value == last.value:
            run += 1
        if run > 1:
            return pt.words(f"chart_unchanged_run_{unit_word}", language,
                            count=_count_words(run, language), text=last.text)
        return pt.words(f"chart_unchanged_latest_{unit_word}", language, text=last.text)
    rising = last.value > before.value
    run = 1
    while run + 1 < len(known):
        a, b = known[-run - 2], known[-run - 1]
        if (b.value > a.value) if rising else (b.value < a.value):
            run += 1
        else:
            break
    verb = pt.words("chart_rose" if rising else "chart_fell", language)
    start = known[-run - 1]
    if run >= 2:
        phrase = pt.words(f"chart_run_{unit_word}", language, verb=verb,
                          count=_count_words(run, language), start=start.text, end=last.text)
    else:
        phrase = pt.words(f"chart_latest_{unit_word}", language, verb=verb, start=start.text,
                          end=last.text)
    if len(known) > run + 1:
        first = known[0]
        high = max(known, key=lambda p: p.value)
        low = min(known, key=lambda p: p.value)
        phrase += pt.words("chart_range", language, first=first.text, first_label=first.label,
                           high=high.text, high_label=high.label, low=low.text,
                           low_label=low.label)
    return phrase


def _trend_alt_text(indicator, title, view_words, categories, points, steps, unit_word,
                    language: str = "en") -> str:
    known = [p for p in points if p.value is not None]
    text = pt.words("chart_alt_head", language, title=title, view=view_words,
                    first=categories[0], last=known[-1].label if known else categories[-1],
                    phrase=trend_phrase(indicator, points, unit_word, language))
    if known:
        latest_x = known[-1].x
        target = next((s for s in steps if s.start < latest_x < s.end), None)
        if target is not None:
            text += pt.words("chart_alt_target", language, text=target.text)
        if known[-1].rag in RAG_SHAPE:
            text += pt.words("chart_alt_status", language,
                             rag=pt.rag_word(known[-1].rag, language), label=known[-1].label)
    missing = [p for p in points if p.value is None and p.period is not None
               and known and p.x < known[-1].x]
    if missing:
        runs: list[list] = []  # consecutive quarters without a figure: "Q1 2013-14 to Q4 2016-17"
        for point in missing:
            if runs and point.x == runs[-1][-1].x + 1:
                runs[-1].append(point)
            else:
                runs.append([point])
        labels: list[str] = []
        for run in runs:
            if len(run) >= 3:
                labels.append(pt.words("chart_alt_span", language, first=run[0].label,
                                       last=run[-1].label))
            else:
                labels += [point.label for point in run]
        text += pt.words("chart_alt_missing", language, labels=", ".join(labels))
    return text + "."
