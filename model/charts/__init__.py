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

from model.charts.bars import breakdown_chart, commitment_summary, rag_summary, snapshot_chart
from model.charts.description import (
    COMMITMENT_COLOUR,
    COMMITMENT_LETTER,
    OKABE_ITO,
    RAG_COLOUR,
    RAG_SHAPE,
    Annotation,
    Chart,
    ChartError,
    LegendEntry,
    Point,
    Series,
    Step,
    nice_axis,
)
from model.charts.trend import trend_chart, trend_phrase

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
    "trend_phrase",
    "breakdown_chart",
    "snapshot_chart",
    "rag_summary",
    "commitment_summary",
    "nice_axis",
    "ChartError",
]
