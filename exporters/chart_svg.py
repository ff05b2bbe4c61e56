"""Draw a chart description (``model.charts.Chart``) as inline SVG for the HTML edition.

Rules:
- Draws exactly what the description says, laid out as ``exporters.chart_drawing`` lays it out
  for the papers (series, target steps, dashed trajectory, RAG points with their shape and
  letter, bar segments with their labels, annotations, legend, the y scale chosen by the model),
  so the HTML edition shows the same chart as the PDF and the window. Text widths are measured
  with the papers' font (DejaVu Sans), so labels are fitted and cut exactly as on paper.
- The result is plain data (``SvgChart``: a view box and a list of ``Shape``s, each an SVG tag,
  its attributes and any text); the template ``exporters/templates/chart.html.j2`` writes it
  with Jinja's escaping, under ``role="img"`` with the chart's title and text alternative. Only
  the tags ``line``, ``rect``, ``polyline``, ``polygon``, ``circle`` and ``text`` are made, with
  no links, scripts or external references.
- The view box is ``width`` × ``height`` user units; the page scales it to the column (the text
  scales with it), so a chart never makes the page scroll sideways.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from model.charts import Chart, LegendEntry
from model.progress import tick

__all__ = ["Shape", "SvgChart", "svg_chart", "FONT_FAMILY"]

#: The font the papers use first, then what most computers have.
FONT_FAMILY = "'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif"
_GRID = "#DDDDDD"
_AXIS = "#555555"
_TEXT = "#222222"
_TARGET = "#333333"


@dataclass(frozen=True)
class Shape:
    """One SVG element: ``tag``, its attributes (values already as text) and its text."""

    tag: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class SvgChart:
    """A chart ready to write: ``width`` × ``height`` view box and the shapes, in paint order."""

    width: float
    height: float
    shapes: list[Shape] = field(default_factory=list)

    @property
    def view_box(self) -> str:
        return f"0 0 {_n(self.width)} {_n(self.height)}"


def _n(value: float) -> str:
    """A coordinate as short text: one decimal at most, no ``-0``."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _width(text: str, size: float, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from exporters.chart_drawing import FONT, FONT_BOLD

    return stringWidth(text, FONT_BOLD if bold else FONT, size)


def _fit(text: str, size: float, width: float, bold: bool = False) -> str:
    if _width(text, size, bold) <= width:
        return text
    while text and _width(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _light(colour: str) -> bool:
    red, green, blue = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return (0.299 * red + 0.587 * green + 0.114 * blue) > 0.45


class _Canvas:
    """Collects shapes, taking reportlab-style coordinates (y up from the bottom)."""

    def __init__(self, width: float, height: float):
        self.chart = SvgChart(width, height)
        self.height = height

    def y(self, y_up: float) -> str:
        return _n(self.height - y_up)

    def add(self, tag: str, text: str = "", **attrs) -> None:
        self.chart.shapes.append(Shape(tag, {k.replace("_", "-"): v for k, v in attrs.items()
                                             if v is not None}, text))

    def line(self, x0, y0, x1, y1, colour: str, width: float, dash=None) -> None:
        self.add("line", x1=_n(x0), y1=self.y(y0), x2=_n(x1), y2=self.y(y1), stroke=colour,
                 stroke_width=_n(width), stroke_dasharray=dash)

    def rect(self, x, y, w, h, fill: str, stroke: str = _AXIS, width: float = 0.3) -> None:
        self.add("rect", x=_n(x), y=self.y(y + h), width=_n(w), height=_n(h), fill=fill,
                 stroke=stroke, stroke_width=_n(width))

    def points(self, coords) -> str:
        return " ".join(f"{_n(x)},{self.y(y)}" for x, y in coords)

    def text(self, x, y, text: str, size: float, anchor: str = "start", colour: str = _TEXT,
             bold: bool = False, rotate: bool = False) -> None:
        if not text:
            return
        transform = f"rotate(-90 {_n(x)} {self.y(y)})" if rotate else None
        self.add("text", text, x=_n(x), y=self.y(y), font_size=_n(size), text_anchor=anchor
                 if anchor != "start" else None, fill=colour,
                 font_weight="bold" if bold else None, transform=transform)

    def marker(self, x: float, y: float, shape: str, colour: str, size: float) -> None:
        common = {"fill": colour, "stroke": "#000000", "stroke_width": "0.5"}
        if shape == "square":
            self.add("rect", x=_n(x - size), y=self.y(y + size), width=_n(2 * size),
                     height=_n(2 * size), **common)
        elif shape == "triangle":
            self.add("polygon", points=self.points(((x - size * 1.15, y - size),
                                                    (x + size * 1.15, y - size),
                                                    (x, y + size * 1.2))), **common)
        elif shape == "diamond":
            self.add("polygon", points=self.points(((x, y - size * 1.3), (x + size, y),
                                                    (x, y + size * 1.3), (x - size, y))),
                     **common)
        else:
            self.add("circle", cx=_n(x), cy=self.y(y), r=_n(size), **common)


def _runs(points):
    run = []
    for point in points:
        if point.y is None:
            if run:
                yield run
            run = []
        else:
            run.append(point)
    if run:
        yield run


def _legend_layout(entries: tuple[LegendEntry, ...], width: float, size: float):
    rows: list[list[tuple[LegendEntry, float]]] = [[]]
    used = 0.0
    for entry in entries:
        w = _label_x(entry) + _width(entry.label, size) + 10
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append((entry, w))
        used += w
    return [row for row in rows if row]


def _label_x(entry: LegendEntry) -> float:
    """Where a legend entry's label starts (as ``exporters.chart_drawing``)."""
    return 24 if entry.kind == "marker" and entry.letter else 16


def _legend_symbol(canvas: _Canvas, entry: LegendEntry, x: float, y: float, size: float) -> None:
    if entry.kind == "box":
        canvas.rect(x, y - size / 2 - 1, 12, size + 2, entry.colour)
        if entry.letter and len(entry.letter) == 1:  # the label names it too
            canvas.text(x + 6, y - size / 3, entry.letter, size, "middle", "#000000")
    elif entry.kind == "marker":
        canvas.marker(x + 6, y, entry.shape, entry.colour, 3)
        if entry.letter:
            canvas.text(x + 12, y + 2, entry.letter, size, colour="#000000", bold=True)
    else:
        canvas.line(x, y, x + 12, y, entry.colour, 1.2 if entry.kind == "step" else 1.6,
                    "3 2" if entry.kind == "dashed" else None)


def svg_chart(chart: Chart, width: float = 640, height: float = 320, *,
              font_size: float = 10) -> SvgChart:
    """``chart`` as SVG shapes in a ``width`` × ``height`` view box (see the module rules)."""
    tick()  # each chart takes a moment to draw (model.progress: Cancel is heard)
    from exporters.chart_drawing import register_fonts
    from exporters.chart_layout import axis_label_lines, tick_labels_shown

    register_fonts()  # the papers' font measures the text
    canvas = _Canvas(width, height)
    fs = font_size
    small = fs * 0.85

    # -- layout: legend (bottom), x labels, plot area (as exporters.chart_drawing) -----------
    top = height - 4
    legend_rows = _legend_layout(chart.legend, width - 8, small)
    legend_h = len(legend_rows) * (small + 5) + 2
    n = max(len(chart.categories), 1)
    tick_w = max((_width(t, small) for _v, t in chart.y_ticks), default=10)
    left = 6 + tick_w + (small + 4 if chart.y_title else 0)
    right = width - 8
    slot = (right - left) / n
    label_lines = axis_label_lines(chart, slot, small)  # exactly as the papers wrap them
    lines = max((len(ls) for ls in label_lines), default=1)
    x_label_h = lines * (small + 1.5) + (small + 4 if chart.x_groups else 0) + 4
    bottom = legend_h + x_label_h + 4
    notes = any(note.kind != "selected" for note in chart.annotations)
    plot_h = max(top - 8 - (small + 4 if notes else 0) - bottom, 10)  # a line for notes
    span = (chart.y_max - chart.y_min) or 1.0

    def px(x: float) -> float:
        return left + (x + 0.5) * slot

    def py(y: float) -> float:
        return bottom + (y - chart.y_min) / span * plot_h

    # -- grid and axes ------------------------------------------------------------------------
    labelled = tick_labels_shown(chart, py, small)  # as the papers label them
    for (value, text), shown in zip(chart.y_ticks, labelled, strict=True):
        y = py(value)
        canvas.line(left, y, right, y, _GRID, 0.5)
        if shown:
            canvas.text(left - 3, y - small / 3, text, small, "end")
    canvas.line(left, bottom, right, bottom, _AXIS, 0.7)
    canvas.line(left, bottom, left, bottom + plot_h, _AXIS, 0.7)
    if chart.y_title:
        canvas.text(small + 1, bottom + plot_h / 2, chart.y_title, small, "middle", rotate=True)
    for i, label in enumerate(label_lines):
        for k, text in enumerate(label):
            canvas.text(px(i), bottom - (k + 1) * (small + 1.5), _fit(text, small, slot - 2),
                        small, "middle")
    for first, last, text in chart.x_groups:
        x0, x1 = left + first * slot, left + (last + 1) * slot
        y = bottom - lines * (small + 1.5) - small - 3
        canvas.line(x0, bottom, x0, y + small, _GRID, 0.5)
        canvas.text((x0 + x1) / 2, y, text, small, "middle")

    _bars(canvas, chart, n, slot, small, px, py, plot_h)

    # -- target steps --------------------------------------------------------------------------
    previous = None
    for step in chart.steps:
        x0, x1, y = left + (step.start + 0.5) * slot, left + (step.end + 0.5) * slot, py(step.y)
        canvas.line(x0, y, x1, y, _TARGET, 1.2)
        if previous is not None and abs(previous[0] - x0) < 0.01:
            canvas.line(x0, previous[1], x0, y, _TARGET, 1.2)
        previous = (x1, y)

    # -- lines and points ----------------------------------------------------------------------
    for series in chart.series:
        if series.style == "bars":
            continue
        dash = "4 2.5" if series.style == "dashed" else None
        for run in _runs(series.points):
            if len(run) > 1:
                canvas.add("polyline", points=canvas.points((px(p.x), py(p.y)) for p in run),
                           fill="none", stroke=series.colour, stroke_width="1.6",
                           stroke_dasharray=dash)
        for point in series.points:
            if point.y is None:
                if series.role == "value" and point.text == "*":  # hidden: marked at the foot
                    canvas.text(px(point.x), bottom + 3, "*", small * 1.2, "middle", bold=True)
                continue
            if series.role == "value":
                canvas.marker(px(point.x), py(point.y), point.shape,
                              point.colour or series.colour, 3.2)
                if point.letter:
                    canvas.text(px(point.x), py(point.y) + 5, point.letter, small,
                                "middle", "#000000", bold=True)
            elif series.role == "trajectory":
                canvas.marker(px(point.x), py(point.y), "diamond", series.colour, 2.2)

    # -- annotations ---------------------------------------------------------------------------
    for note in chart.annotations:
        x = px(note.x)
        if note.kind == "selected":
            canvas.line(x, bottom, x, bottom + plot_h, "#999999", 0.6, "1 2")
        else:  # above the plot, never over its markers
            canvas.text(x - slot / 2 + 1, bottom + plot_h + 3, note.text, small,
                        colour="#555555")

    # -- legend ----------------------------------------------------------------------------------
    y = legend_h - small - 2
    for row in legend_rows:
        x = 4.0
        for entry, entry_w in row:
            _legend_symbol(canvas, entry, x, y + small / 3, small)
            canvas.text(x + _label_x(entry), y, entry.label, small)
            x += entry_w
        y -= small + 5
    return canvas.chart


def _bars(canvas: _Canvas, chart: Chart, n: int, slot: float, small: float, px, py,
          plot_h: float) -> None:
    """Stacked or grouped bars with their labels, as the papers draw them."""
    bars = [s for s in chart.series if s.style == "bars"]
    if not bars:
        return
    base = [0.0] * n
    inner = slot * 0.7
    hidden_in = [False] * n
    for j, series in enumerate(bars):
        for point in series.points:
            if point.y is None:
                if point.text == "*":  # a hidden figure: a marked gap, never nothing
                    hidden_in[point.x] = True
                    if chart.kind != "stacked":
                        w = inner / len(bars)
                        _hidden_bar(canvas, px(point.x) - inner / 2 + j * w, py(0), w,
                                    min(plot_h * 0.12, 14), small)
                continue
            colour = point.colour or series.colour
            if chart.kind == "stacked":
                x0, w = px(point.x) - inner / 2, inner
                y0, y1 = py(base[point.x]), py(base[point.x] + point.y)
                base[point.x] += point.y
            else:
                w = inner / len(bars)
                x0 = px(point.x) - inner / 2 + j * w
                y0, y1 = py(0), py(point.y)
            canvas.rect(x0, y0, w, y1 - y0, colour)
            ink = "#000000" if _light(colour) else "#FFFFFF"
            label = point.letter if chart.kind == "stacked" and point.letter else point.text
            if chart.kind == "stacked":
                if y1 - y0 >= small + 2 and _width(label, small) < w - 2:
                    canvas.text(x0 + w / 2, (y0 + y1) / 2 - small / 3, label, small, "middle",
                                ink)
            elif _width(label, small) < w + slot * 0.1:
                canvas.text(x0 + w / 2, y1 + 2, label, small, "middle")
                if point.letter:
                    canvas.text(x0 + w / 2, y1 - small - 1, point.letter, small, "middle", ink,
                                bold=True)
    if chart.kind == "stacked":  # labelled with the table's totals, never what is visible
        totals = chart.bar_totals or tuple((f"{b:,.0f}" if b else "", None) for b in base)
        for i in range(n):
            text, number = totals[i] if i < len(totals) else ("", None)
            top = py(base[i])
            if hidden_in[i]:
                gap_h = (py(float(number)) - py(base[i])) if number is not None \
                    else min(plot_h * 0.12, 14)
                _hidden_bar(canvas, px(i) - inner / 2, py(base[i]), inner, gap_h, small)
                top = py(base[i]) + gap_h
            canvas.text(px(i), top + 2, text, small, "middle")


def _hidden_bar(canvas: _Canvas, x: float, y: float, w: float, h: float, size: float) -> None:
    """A hidden figure's bar: a dashed, hatched box labelled ``*`` (as the papers draw it)."""
    canvas.add("rect", x=_n(x), y=canvas.y(y + h), width=_n(w), height=_n(h), fill="#FFFFFF",
               stroke=_AXIS, stroke_width="0.6", stroke_dasharray="2 1.5")
    k = 4.0
    while k < w + h:
        canvas.line(x + max(0.0, k - h), y + min(h, k), x + min(w, k), y + max(0.0, k - w),
                    "#BBBBBB", 0.4)
        k += 4.0
    if h >= size + 2:
        canvas.text(x + w / 2, y + h / 2 - size / 3, "*", size, "middle", bold=True)
    else:
        canvas.text(x + w + 2, y + h / 2 - size / 3, "*", size, bold=True)
