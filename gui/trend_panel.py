"""The indicator trend panel, and the pyqtgraph drawing of a chart description.

``draw_chart(plot, chart)`` draws a ``model.charts.Chart`` into a pyqtgraph ``PlotItem``: the
same series, target steps, trajectory, RAG points (colour, shape and letter), y scale and labels
as the papers' reportlab drawing (``exporters/chart_drawing.py``). The dashboard uses it too.

``TrendPanel(pack)`` shows one indicator's trend:
- quarterly values over a chosen span (default five financial years) with the target steps and
  the trajectory, or the year-end view (one value per year);
- hovering over a point shows its value and status (tooltip and the line under the chart);
- clicking a point emits ``period_selected(Period)``;
- ``show_indicator(code)`` follows the selected indicator, ``set_period(period)`` the period;
- it redraws when the pack changes (``pack.subscribe``) and the change touches the indicator
  shown (its values, targets, the indicator itself, or the report settings);
- the text alternative is shown under the chart and set as the plot's accessible description;
- "Save PNG…" and "Copy" export the chart at print resolution (``gui.chart_export``).
Charts are for reading: panning and zooming are off, so a click always means "select".
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.chart_letters import letter_spots
from gui.language import current, translate
from model.charts import Chart, ChartError, trend_chart
from model.periods import Period

__all__ = ["TrendPanel", "draw_chart", "legend_html", "make_plot_widget", "SHAPE_SYMBOL", "SPANS"]

#: pyqtgraph symbols for the description's shapes.
SHAPE_SYMBOL = {"circle": "o", "triangle": "t1", "square": "s", "diamond": "d"}
#: Spans offered, in financial years.
SPANS = (3, 5, 10)
_TEXT = "#222222"
_GRID = (0, 0, 0, 40)
def make_plot_widget(parent: QWidget | None = None) -> pg.PlotWidget:
    """A white, non-interactive plot for reading charts."""
    widget = pg.PlotWidget(parent=parent, background="w")
    plot = widget.getPlotItem()
    _set_reading_plot(plot)
    return widget


def _set_reading_plot(plot: pg.PlotItem) -> None:
    plot.disableAutoRange()  # the chart description sets the range; no re-fitting per item
    plot.setMouseEnabled(False, False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.enableAutoSIPrefix(False)  # figures are printed as the papers print them
        axis.setPen(pg.mkPen("#555555"))
        axis.setTextPen(pg.mkPen(_TEXT))
    plot.showGrid(x=False, y=True, alpha=0.25)


def _nan(values) -> np.ndarray:
    return np.array([math.nan if v is None else v for v in values], dtype=float)


def draw_chart(plot: pg.PlotItem, chart: Chart, *, letters: bool = True,
               compact: bool = False, reuse: dict | None = None) -> dict:
    """Draw ``chart`` into ``plot``; return the items drawn, by role.

    ``compact`` (small multiples): fewer axis labels, smaller points, no labels on bars.
    ``reuse``: the items returned by the previous call for the same plot; a line chart with the
    same series then only has its data replaced (much faster than clearing the plot), which is
    how the trend panel redraws within a frame after an edit.
    """
    if chart.kind == "line":
        items = _draw_lines(plot, chart, letters, compact, reuse)
    else:
        items = _draw_bars(plot, chart, compact)
    _set_axes(plot, chart, compact)
    return items


def _draw_bars(plot: pg.PlotItem, chart: Chart, compact: bool) -> dict:
    plot.clear()
    items: dict = {"kind": chart.kind, "bars": [], "labels": []}
    n = len(chart.categories)
    x = np.arange(n, dtype=float)
    bars = [s for s in chart.series if s.style == "bars"]
    width = 0.7
    base = np.zeros(n)
    for j, series in enumerate(bars):
        heights = _nan(series.values)
        present = ~np.isnan(heights)
        if chart.kind == "stacked":
            xs, w, y0 = x, width, base.copy()
        else:
            w = width / len(bars)
            xs, y0 = x - width / 2 + (j + 0.5) * w, np.zeros(n)
        brushes = [pg.mkBrush(p.colour or series.colour)
                   for p, ok in zip(series.points, present, strict=True) if ok]
        item = pg.BarGraphItem(x=xs[present], height=heights[present], width=w,
                               y0=y0[present], brushes=brushes,
                               pen=pg.mkPen("#555555", width=0.5), name=series.name)
        item.series = series
        plot.addItem(item)
        items["bars"].append(item)
        if chart.kind == "stacked":
            base = base + np.nan_to_num(heights)
        if compact:
            continue
        for point, left, bottom in zip(series.points, xs, y0, strict=True):
            if point.y is None:
                continue
            stacked = chart.kind == "stacked"
            if stacked and point.y < (chart.y_max - chart.y_min) / 18:
                continue  # too thin a segment to label
            label = point.letter if stacked and point.letter else point.text
            if not stacked and point.letter:
                label = f"{point.text} {point.letter}"
            text = pg.TextItem(label, color=_TEXT, anchor=(0.5, 0.5 if stacked else 1.0))
            text.setPos(left, bottom + point.y / 2 if stacked else point.y)
            plot.addItem(text)
            items["labels"].append(text)
    if chart.kind == "stacked" and not compact:
        for i, total in enumerate(base):
            if total:
                text = pg.TextItem(f"{total:,.0f}", color=_TEXT, anchor=(0.5, 1.0))
                text.setPos(i, total)
                plot.addItem(text)
                items["labels"].append(text)
    plot.setYRange(chart.y_min, chart.y_max * 1.1, padding=0.0)
    return items


def _step_path(chart: Chart) -> tuple[np.ndarray, np.ndarray]:
    """The target steps as one path, with risers where one year's step meets the next."""
    xs: list[float] = []
    ys: list[float] = []
    previous = None
    for step in chart.steps:
        if previous is not None and abs(previous.end - step.start) > 1e-9:
            xs.append(math.nan)
            ys.append(math.nan)
        xs += [step.start, step.end]
        ys += [step.y, step.y]
        previous = step
    return np.array(xs, dtype=float), np.array(ys, dtype=float)


def _spots(series, size: float) -> list[dict]:
    return [
        {"pos": (p.x, p.y), "symbol": SHAPE_SYMBOL.get(p.shape, "o"), "size": size,
         "brush": pg.mkBrush(p.colour or series.colour), "pen": pg.mkPen("#000000", width=0.8),
         "data": p}
        for p in series.points if p.y is not None
    ]


def _draw_lines(plot: pg.PlotItem, chart: Chart, letters: bool, compact: bool,
                reuse: dict | None) -> dict:
    roles = tuple(s.role for s in chart.series)
    size = 6 if compact else 11
    lift = (chart.y_max - chart.y_min) * 0.055
    x = np.arange(len(chart.categories), dtype=float)
    if reuse is None or reuse.get("kind") != "line" or reuse.get("roles") != roles \
            or reuse.get("letters_on") != letters:
        plot.clear()
        reuse = {"kind": "line", "roles": roles, "lines": [], "points": [], "letters": [],
                 "notes": [], "letters_on": letters}
        reuse["steps"] = pg.PlotDataItem(pen=pg.mkPen("#333333", width=2), connect="finite")
        plot.addItem(reuse["steps"])
        for series in chart.series:
            style = Qt.PenStyle.DashLine if series.style == "dashed" else Qt.PenStyle.SolidLine
            line = pg.PlotDataItem(pen=pg.mkPen(series.colour, width=2, style=style),
                                   connect="finite")
            plot.addItem(line)
            reuse["lines"].append(line)
            if series.role == "trajectory":
                marks = pg.ScatterPlotItem(symbol="d", size=size * 0.7,
                                           brush=pg.mkBrush(series.colour), pen=pg.mkPen(None))
            else:
                marks = pg.ScatterPlotItem(hoverable=True, hoverSize=size + 4,
                                           tip=lambda x, y, data: data.status)
            plot.addItem(marks)
            reuse["points"].append(marks)
            letter_marks = None
            if letters and series.role != "trajectory":
                letter_marks = pg.ScatterPlotItem()
                plot.addItem(letter_marks)
            reuse["letters"].append(letter_marks)
        reuse["selected"] = pg.InfiniteLine(
            0, angle=90, pen=pg.mkPen("#999999", width=1, style=Qt.PenStyle.DotLine))
        plot.addItem(reuse["selected"])
    step_x, step_y = _step_path(chart)
    reuse["steps"].setData(step_x, step_y)
    for series, line, marks, letter_marks in zip(chart.series, reuse["lines"], reuse["points"],
                                                 reuse["letters"], strict=True):
        ys = _nan(series.values)
        line.setData(x, ys)
        line.series = series
        marks.series = series
        if series.role == "trajectory":
            present = ~np.isnan(ys)
            marks.setData(x[present], ys[present])
        else:
            marks.setData(_spots(series, size))
            if letter_marks is not None:
                letter_marks.setData(letter_spots(chart, series, size, lift))
    selected = [a for a in chart.annotations if a.kind == "selected"]
    reuse["selected"].setVisible(bool(selected))
    if selected:
        reuse["selected"].setValue(selected[0].x)
    for note in reuse["notes"]:
        plot.removeItem(note)
    reuse["notes"] = []
    if not compact:
        for note in chart.annotations:
            if note.kind == "selected":
                continue
            text = pg.TextItem(note.text, color="#555555", anchor=(0.0, 0.0))
            text.setPos(note.x - 0.45, chart.y_max)
            plot.addItem(text)
            reuse["notes"].append(text)
    plot.setYRange(chart.y_min, chart.y_max, padding=0.04)
    return reuse


def _set_axes(plot: pg.PlotItem, chart: Chart, compact: bool) -> None:
    n = len(chart.categories)
    plot.setXRange(-0.5, n - 0.5, padding=0.02)
    plot.getAxis("left").setTicks([list(chart.y_ticks)])
    bottom = plot.getAxis("bottom")
    if chart.x_groups:
        groups = list(chart.x_groups)
        if compact or len(groups) > 6:
            groups = groups[::2]
        # The financial year under its first quarter: "2023-24" fits where "Q1 2023-24" would
        # run into its neighbours in a dock-wide chart (the minor ticks mark the quarters).
        major = [(first, label) for first, _last, label in groups]
        bottom.setTicks([major, [(i, "") for i in range(n)]])
    else:
        labels = [_wrap(c, compact) for c in chart.categories]
        lines = max((label.count("\n") + 1 for label in labels), default=1)
        # Room for two-line labels; without it pyqtgraph silently drops the labels that do not fit.
        bottom.setStyle(textFillLimits=[(0, 1.0)])
        bottom.setHeight(14 * lines + 14)
        bottom.setTicks([list(enumerate(labels))])
    plot.setLabel("left", chart.y_title if chart.y_title and not compact else None,
                  color=_TEXT)


_LEGEND_GLYPH = {"line": "━━", "step": "━━", "dashed": "╍╍", "box": "■"}
_SHAPE_GLYPH = {"circle": "●", "triangle": "▲", "square": "■", "diamond": "◆"}


def legend_html(chart: Chart) -> str:
    """The chart's legend as rich text for a QLabel: a coloured glyph, then the words."""
    from html import escape

    parts = []
    for entry in chart.legend:
        glyph = _SHAPE_GLYPH.get(entry.shape, "●") if entry.kind == "marker" \
            else _LEGEND_GLYPH.get(entry.kind, "■")
        letter = f" {escape(entry.letter)}" if entry.letter and entry.kind == "marker" else ""
        parts.append(f'<span style="color:{entry.colour}">{glyph}</span>{letter} '
                     f"{escape(entry.label)}")
    return "&nbsp;&nbsp; ".join(parts)


def _wrap(text: str, compact: bool) -> str:
    """A category label on at most two lines (one when ``compact``), shortened with "…"."""
    import textwrap

    limit = 10 if compact else 18
    lines = textwrap.wrap(text, limit) or [""]
    keep = lines[: 1 if compact else 2]
    if len(lines) > len(keep):
        keep[-1] = keep[-1][: limit - 1] + "…"
    return "\n".join(keep)


class TrendPanel(QWidget):
    """One indicator's trend, beside the grid. See the module docstring."""

    period_selected = Signal(object)  # Period
    redrawn = Signal()

    def __init__(self, pack, parent: QWidget | None = None):
        super().__init__(parent)
        self.pack = pack
        self.code: str | None = None
        self.period: Period | None = pack.latest_period()
        self.years = 5
        self.view = "quarters"
        self.chart: Chart | None = None
        self.items: dict = {}

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.view_box = QComboBox()
        self.view_box.addItem(translate("trend_panel", "Quarters"), "quarters")
        self.view_box.addItem(translate("trend_panel", "Year end"), "years")
        self.view_box.setAccessibleName(translate("trend_panel", "Trend view"))
        self.view_box.setToolTip(
            translate("trend_panel", "Quarter by quarter, or one year-end figure a year")
        )
        self.span_box = QComboBox()
        for span in SPANS:
            self.span_box.addItem(translate("trend_panel", "{span} years").format(span=span), span)
        self.span_box.setCurrentIndex(SPANS.index(5))
        self.span_box.setAccessibleName(translate("trend_panel", "Trend span"))

        from gui.chart_export import ExportButtons

        self.plot_widget = make_plot_widget(self)
        self.plot_widget.setMinimumHeight(220)
        self.plot_widget.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Expanding)
        self.export_buttons = ExportButtons(self.plot_widget, self._file_stem, self)

        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.hover = QLabel(" ")
        self.hover.setWordWrap(True)
        self.hover.setTextFormat(Qt.TextFormat.PlainText)
        self.alt = QLabel()
        self.alt.setWordWrap(True)
        self.alt.setTextFormat(Qt.TextFormat.PlainText)
        self.alt.setStyleSheet("color: #444444")
        self.alt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        controls = QHBoxLayout()
        controls.addWidget(self.view_box)
        controls.addWidget(self.span_box)
        controls.addStretch(1)
        controls.addWidget(self.export_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addLayout(controls)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.hover)
        layout.addWidget(self.alt)

        self.view_box.currentIndexChanged.connect(self._view_changed)
        self.span_box.currentIndexChanged.connect(self._span_changed)
        pack.subscribe(self._pack_changed)
        self.destroyed.connect(lambda *_: pack.unsubscribe(self._pack_changed))
        self._show_empty(translate("trend_panel", "Select an indicator to see its trend."))

    # -- API -----------------------------------------------------------------------------------

    def show_indicator(self, code: str | None) -> None:
        """Show the trend of indicator ``code`` (``None`` or unknown: nothing shown)."""
        self.code = code
        self.redraw()

    def set_period(self, period: Period | None) -> None:
        """The period the chart ends at (its year is the last one shown)."""
        if period != self.period:
            self.period = period
            self.redraw()

    def set_view(self, view: str) -> None:
        """``quarters`` or ``years``."""
        index = self.view_box.findData(view)
        if index < 0:
            raise ValueError(f"view must be 'quarters' or 'years', not {view!r}")
        self.view_box.setCurrentIndex(index)

    def set_years(self, years: int) -> None:
        """The span in financial years (one of ``SPANS`` in the box; others are allowed)."""
        index = self.span_box.findData(years)
        if index < 0:
            self.span_box.addItem(
                translate("trend_panel", "{years} years").format(years=years), years
            )
            index = self.span_box.count() - 1
        self.span_box.setCurrentIndex(index)

    def redraw(self) -> None:
        if not self.code or self.pack.indicator(self.code) is None:
            self._show_empty(
                translate("trend_panel", "Select an indicator to see its trend.")
                if not self.code
                else translate("trend_panel", "There is no indicator {code}.").format(
                    code=self.code))
            return
        try:
            chart = trend_chart(self.pack, self.code, self.period, self.years, self.view,
                                language=current())
        except ChartError as exc:
            self._show_empty(str(exc))
            return
        self.chart = chart
        self.title.setText(chart.title)
        previous = self.items
        self.items = draw_chart(self.plot_widget.getPlotItem(), chart, reuse=previous)
        if self.items is not previous:
            for scatter in self.items["points"]:
                scatter.sigClicked.connect(self._clicked)
                scatter.sigHovered.connect(self._hovered)
        self.alt.setText(chart.alt_text)
        self.legend.setText(legend_html(chart))
        self.plot_widget.setAccessibleName(
            translate("trend_panel", "Trend chart: {title}").format(title=chart.title)
        )
        self.plot_widget.setAccessibleDescription(chart.alt_text)
        self.hover.setText(
            translate(
                "trend_panel", "Point at a figure to see its status; click it to select the period."
            )
        )
        self.export_buttons.setEnabled(True)
        self.redrawn.emit()

    # -- events --------------------------------------------------------------------------------

    def _show_empty(self, message: str) -> None:
        self.chart = None
        self.items = {}
        self.plot_widget.getPlotItem().clear()
        self.title.setText(message)
        self.alt.setText("")
        self.legend.setText("")
        self.hover.setText(" ")
        self.export_buttons.setEnabled(False)

    def _view_changed(self) -> None:
        self.view = self.view_box.currentData()
        self.redraw()

    def _span_changed(self) -> None:
        self.years = self.span_box.currentData()
        self.redraw()

    def _pack_changed(self, changes) -> None:
        if self.code is None:
            return
        for kind, key, _old, _new in changes:
            if kind in ("value", "target", "indicator", "forecast_override") \
                    and key and key[0] == self.code:
                self.redraw()
                return
            if kind == "settings":
                self.redraw()
                return

    def _clicked(self, _item, points, _event=None) -> None:
        if len(points):
            point = points[0].data()
            if point is not None and point.period is not None:
                self.period_selected.emit(point.period)

    def _hovered(self, _item, points, _event=None) -> None:
        if len(points):
            self.hover.setText(points[0].data().status)

    def point_position(self, index: int) -> QPointF:
        """Where point ``index`` of the value series is, in the plot widget's coordinates."""
        point = self.chart.series[0].points[index]
        view = self.plot_widget.getPlotItem().vb
        scene = view.mapViewToScene(QPointF(point.x, point.y))
        return self.plot_widget.mapFromScene(scene)

    def _file_stem(self) -> str:
        if self.chart is None:
            return "chart"
        label = self.chart.periods[-1].fy.label if self.chart.periods else ""
        return f"{self.chart.code} trend {self.view} {label}".replace("/", "-")
