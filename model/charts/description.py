"""The chart description: what a chart shows, as plain data (``Chart``, ``Series``, ``Point``,
``Step``, ``Annotation``, ``LegendEntry``), its palette and its y scale (``nice_axis``).

Rules (see ``model.charts`` for the whole set): a series has one ``Point`` per slot, ``None`` for
a gap; colours come from the Okabe-Ito palette and the RAG fills of ``model.symbols``; the y axis
(range, ticks and their labels) is chosen here so that every renderer uses the same scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

from model.errors import CraffuError
from model.periods import Period
from model.symbols import RAG_FILL
from model.words_charts import UNIT_TITLES

__all__ = [
    "OKABE_ITO", "VALUE_COLOUR", "TARGET_COLOUR", "TRAJECTORY_COLOUR", "NO_RAG_COLOUR",
    "RAG_SHAPE", "RAG_COLOUR", "RAG_ORDER", "COMMITMENT_COLOUR", "COMMITMENT_LETTER",
    "UNIT_TITLE", "Point", "Series", "Step", "Annotation", "LegendEntry", "Chart", "nice_axis",
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
    #: The language of its words: ``en``, ``cy`` or ``both`` (``model.charts.bilingual``).
    language: str = "en"
    #: The text alternative in each language of a bilingual chart (English first).
    alt_texts: tuple[str, ...] = ()

    @property
    def descriptions(self) -> tuple[str, ...]:
        """The text alternative in each of the chart's languages (English first)."""
        return self.alt_texts or (self.alt_text,)
    #: Stacked bars: each bar's total as printed above it, (text, number): the table's row
    #: total; ``*`` with no number when the edition hides it.
    bar_totals: tuple[tuple[str, Decimal | None], ...] = ()

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
    if top - high < step * 0.05 and high != 0:
        top += step  # headroom: a figure or target on the top edge would be lost in it
    values = []
    v = bottom
    while v <= top + step * 1e-9:
        values.append(round(v, 10))
        v += step
    places = _places(step)  # 2.5 steps are labelled 82.5, never "82%"
    labels = tuple((v, _tick_text(v, unit, places)) for v in values)
    return bottom, top, labels


def _places(step: float) -> int:
    """The decimal places a tick step needs to be written exactly (2.5 → 1, 0.25 → 2)."""
    for places in range(0, 7):
        if abs(round(step, places) - step) < step * 1e-9:
            return places
    return 6


def _tick_text(value: float, unit: str, places: int) -> str:
    text = f"{value:,.{places}f}"
    if text.startswith("-") and float(value) == 0:
        text = text[1:]
    if unit == "percent":
        return text + "%"
    if unit == "currency":
        return ("-£" + text[1:]) if text.startswith("-") else "£" + text
    return text


UNIT_TITLE = {unit: words[0] for unit, words in UNIT_TITLES.items()}


