"""Draw a chart description (``model.charts.Chart``) as a reportlab ``Drawing``: vectors for PDFs.

Rules:
- Draws exactly what the description says (series, target steps, trajectory, RAG points with
  their shape and letter, annotations, legend, the y scale chosen by the model), so the papers
  show the same chart as the window.
- Text is in DejaVu Sans, which draws Welsh (ŵ ŷ) and the symbols; the font is the one shipped in
  ``resources/fonts`` and, failing that, the system's DejaVu Sans. No font found is a
  ``ChartDrawingError`` naming where it looked.
- The drawing carries the chart's text alternative (``Drawing.alt_text``) for the papers to
  print or tag with it.
- A figure the edition hides (a point with no value printed ``*``) is never drawn as nothing,
  which would read as zero: a hidden bar is a hatched, dashed gap labelled ``*``; in a stacked
  bar whose total is printed the gap holds what the visible segments leave of the total (which
  the table prints anyway), else a fixed small gap; a hidden point of a line is ``*`` at the
  foot of its slot. A stacked bar's label is the total the description carries (the table's
  row total, ``*`` when hidden), never a sum of what is visible.
- ``save_pdf`` always works; ``save_png`` needs reportlab's bitmap back end (``rlPyCairo``); when
  it is missing ``can_draw_png()`` is False and ``save_png`` says so (the window exports PNGs
  with Qt instead).
- reportlab is imported lazily where a caller might only want to know whether it can draw.
"""

from __future__ import annotations

from pathlib import Path

from exporters.chart_layout import axis_label_lines, tick_labels_shown
from model.charts import Chart, LegendEntry

__all__ = [
    "FONT",
    "FONT_BOLD",
    "ChartDrawingError",
    "register_fonts",
    "chart_drawing",
    "save_pdf",
    "save_png",
    "can_draw_png",
    "PAPER_FONT_SIZE",
    "axis_label_lines",
    "tick_labels_shown",
]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_ROOT = Path(__file__).resolve().parent.parent
_FONT_DIRS = (_ROOT / "resources" / "fonts", Path("/usr/share/fonts/truetype/dejavu"))
#: The font size the papers draw charts at: every label 9 pt.
PAPER_FONT_SIZE = 9 / 0.85
_GRID = "#DDDDDD"
_AXIS = "#555555"
_TEXT = "#222222"


class ChartDrawingError(RuntimeError):
    """A chart that cannot be drawn or saved here (no font, no bitmap back end, bad path)."""


def _font_file(name: str) -> Path:
    for folder in _FONT_DIRS:
        path = folder / f"{name}.ttf"
        if path.is_file():
            return path
    raise ChartDrawingError(f"cannot find {name}.ttf in " + " or ".join(map(str, _FONT_DIRS)))


def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular and bold) with reportlab once; return their names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = pdfmetrics.getRegisteredFontNames()
    for name in (FONT, FONT_BOLD):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(_font_file(name))))
    return FONT, FONT_BOLD


def _width(text: str, size: float, font: str = FONT) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _fit(text: str, size: float, width: float, font: str = FONT) -> str:
    if _width(text, size, font) <= width:
        return text
    while text and _width(text + "…", size, font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def chart_drawing(chart: Chart, width: float = 480, height: float = 260, *,
                  font_size: float = 8, title: bool = False, compact: bool = False):
    """A reportlab Drawing of ``chart``, ``width`` × ``height`` points (A4 text width is ~480).

    ``font_size``: every label is drawn at 0.85 of it (the papers pass ``PAPER_FONT_SIZE``:
    9 pt labels). ``title``: also draw the chart's title at the top (the papers usually set it
    as a heading).
    ``compact``: a small multiple of the compact dashboard: a trend chart (one with year groups
    under its axis) draws the years but not each quarter's label, no status letters over its
    points (their shapes still tell Green, Amber and Red apart) and no legend (the dashboard
    prints one key for all its charts).
    """
    from reportlab.graphics.shapes import Group, Line, PolyLine, Rect, String
    from reportlab.lib.colors import HexColor, white

    register_fonts()
    drawing = _drawing_class()(width, height)
    drawing.alt_text = chart.alt_text
    drawing.chart = chart
    fs = font_size
    small = fs * 0.85

    # -- layout: title, legend (bottom), x labels, plot area ---------------------------------
    top = height - 4
    if title:
        drawing.add(String(4, top - fs * 1.2, _fit(chart.title, fs * 1.2, width - 8, FONT_BOLD),
                           fontName=FONT_BOLD, fontSize=fs * 1.2, fillColor=HexColor(_TEXT)))
        top -= fs * 1.8
    compact = compact and bool(chart.x_groups)
    legend_rows = [] if compact else _legend_layout(chart.legend, width - 8, small)
    legend_h = len(legend_rows) * (small + 5) + 2
    n = max(len(chart.categories), 1)
    tick_w = max((_width(t, small) for _v, t in chart.y_ticks), default=10)
    left = 6 + tick_w + (small + 4 if chart.y_title else 0)
    right = width - 8
    slot = (right - left) / n
    if compact:
        label_lines = [[] for _ in range(n)]
    else:
        label_lines = axis_label_lines(chart, slot, small)
    lines = max((len(ls) for ls in label_lines), default=1)
    if compact:
        lines = 0
    x_label_h = lines * (small + 1.5) + (small + 4 if chart.x_groups else 0) + 4
    bottom = legend_h + x_label_h + 4
    notes = any(note.kind != "selected" for note in chart.annotations)
    plot_top = top - 8 - (small + 4 if notes else 0)  # a line above the plot for notes
    plot_h = max(plot_top - bottom, 10)
    span = (chart.y_max - chart.y_min) or 1.0

    def px(x: float) -> float:
        return left + (x + 0.5) * slot

    def py(y: float) -> float:
        return bottom + (y - chart.y_min) / span * plot_h

    # -- grid and axes ------------------------------------------------------------------------
    grid = Group()
    labelled = tick_labels_shown(chart, py, small)
    for (value, text), shown in zip(chart.y_ticks, labelled, strict=True):
        y = py(value)
        grid.add(Line(left, y, right, y, strokeColor=HexColor(_GRID), strokeWidth=0.5))
        if shown:
            grid.add(String(left - 3, y - small / 3, text, fontName=FONT, fontSize=small,
                            textAnchor="end", fillColor=HexColor(_TEXT)))
    grid.add(Line(left, bottom, right, bottom, strokeColor=HexColor(_AXIS), strokeWidth=0.7))
    grid.add(Line(left, bottom, left, bottom + plot_h, strokeColor=HexColor(_AXIS),
                  strokeWidth=0.7))
    if chart.y_title:
        title_string = String(0, 0, chart.y_title, fontName=FONT, fontSize=small,
                              textAnchor="middle", fillColor=HexColor(_TEXT))
        rotated = Group(title_string)
        rotated.rotate(90)
        rotated.translate(bottom + plot_h / 2, -(small + 1))
        grid.add(rotated)
    for i, label in enumerate(label_lines):
        for k, text in enumerate(label):
            grid.add(String(px(i), bottom - (k + 1) * (small + 1.5), _fit(text, small, slot - 2),
                            fontName=FONT, fontSize=small, textAnchor="middle",
                            fillColor=HexColor(_TEXT)))
    for k, (first, last, text) in enumerate(chart.x_groups):
        x0, x1 = left + first * slot, left + (last + 1) * slot
        if compact and _width(text, small) > x1 - x0 - 2 and len(text) > 4:
            text = text[2:]  # 2020-21 as 20-21 where the year is narrow
            if _width(text, small) > x1 - x0 - 2 and 0 < k < len(chart.x_groups) - 1:
                text = ""  # narrower still: the first and last years only
        y = bottom - lines * (small + 1.5) - small - 3
        grid.add(Line(x0, bottom, x0, y + small, strokeColor=HexColor(_GRID), strokeWidth=0.5))
        grid.add(String((x0 + x1) / 2, y, text, fontName=FONT, fontSize=small,
                        textAnchor="middle", fillColor=HexColor(_TEXT)))
    drawing.add(grid)

    # -- bars ---------------------------------------------------------------------------------
    bars = [s for s in chart.series if s.style == "bars"]
    if bars:
        group = Group()
        base = [0.0] * n
        inner = slot * 0.7
        hidden_in = [False] * n
        for j, series in enumerate(bars):
            for point in series.points:
                if point.y is None:
                    if point.text == "*":
                        hidden_in[point.x] = True
                        if chart.kind != "stacked":
                            w = inner / len(bars)
                            _hidden_bar(group, px(point.x) - inner / 2 + j * w, py(0), w,
                                        min(plot_h * 0.12, 14), small)
                    continue
                colour = HexColor(point.colour or series.colour)
                if chart.kind == "stacked":
                    x0, w = px(point.x) - inner / 2, inner
                    y0, y1 = py(base[point.x]), py(base[point.x] + point.y)
                    base[point.x] += point.y
                else:
                    w = inner / len(bars)
                    x0 = px(point.x) - inner / 2 + j * w
                    y0, y1 = py(0), py(point.y)
                group.add(Rect(x0, y0, w, y1 - y0, fillColor=colour, strokeColor=HexColor(_AXIS),
                               strokeWidth=0.3))
                label = point.letter if chart.kind == "stacked" and point.letter else point.text
                if chart.kind == "stacked":
                    if y1 - y0 >= small + 2 and _width(label, small) < w - 2:
                        group.add(String(x0 + w / 2, (y0 + y1) / 2 - small / 3, label,
                                         fontName=FONT, fontSize=small, textAnchor="middle",
                                         fillColor=HexColor("#000000") if _light(colour)
                                         else white))
                elif _width(label, small) < w + slot * 0.1:
                    group.add(String(x0 + w / 2, y1 + 2, label, fontName=FONT,
                                     fontSize=small, textAnchor="middle",
                                     fillColor=HexColor(_TEXT)))
                    if point.letter:
                        group.add(String(x0 + w / 2, y1 - small - 1, point.letter,
                                         fontName=FONT_BOLD, fontSize=small,
                                         textAnchor="middle",
                                         fillColor=HexColor("#000000") if _light(colour)
                                         else white))
        if chart.kind == "stacked":
            totals = chart.bar_totals or tuple(
                (f"{b:,.0f}" if b else "", None) for b in base)
            for i in range(n):
                text, number = totals[i] if i < len(totals) else ("", None)
                top = base[i]
                if hidden_in[i]:  # the hidden segments as one marked gap
                    # to scale when the total is printed (the table gives the gap away
                    # anyway); else a fixed small gap that claims no value
                    gap_h = (py(float(number)) - py(base[i])) if number is not None \
                        else min(plot_h * 0.12, 14)
                    _hidden_bar(group, px(i) - inner / 2, py(base[i]), inner, gap_h, small)
                    top = base[i] + gap_h / plot_h * span
                if text:
                    group.add(String(px(i), py(top) + 2, text, fontName=FONT,
                                     fontSize=small, textAnchor="middle",
                                     fillColor=HexColor(_TEXT)))
        drawing.add(group)

    # -- target steps --------------------------------------------------------------------------
    steps = Group()
    previous = None
    for step in chart.steps:
        x0, x1, y = left + (step.start + 0.5) * slot, left + (step.end + 0.5) * slot, py(step.y)
        steps.add(Line(x0, y, x1, y, strokeColor=HexColor("#333333"), strokeWidth=1.2))
        if previous is not None and abs(previous[0] - x0) < 0.01:
            steps.add(Line(x0, previous[1], x0, y, strokeColor=HexColor("#333333"),
                           strokeWidth=1.2))
        previous = (x1, y)
    drawing.add(steps)

    # -- lines and points ----------------------------------------------------------------------
    for series in chart.series:
        if series.style == "bars":
            continue
        colour = HexColor(series.colour)
        dash = (4, 2.5) if series.style == "dashed" else None
        for run in _runs(series.points):
            coords = [c for p in run for c in (px(p.x), py(p.y))]
            if len(run) > 1:
                drawing.add(PolyLine(coords, strokeColor=colour, strokeWidth=1.6,
                                     strokeDashArray=dash))
        if series.role == "value":
            marks = Group()
            for point in series.points:
                if point.y is None:
                    if point.text == "*":  # hidden: a gap in the line, marked at its foot
                        marks.add(String(px(point.x), bottom + 3, "*", fontName=FONT_BOLD,
                                         fontSize=small * 1.2, textAnchor="middle",
                                         fillColor=HexColor(_TEXT)))
                    continue
                _marker(marks, px(point.x), py(point.y), point.shape,
                        HexColor(point.colour or series.colour), 3.2)
                if point.letter and not compact:
                    marks.add(String(px(point.x), py(point.y) + 5, point.letter,
                                     fontName=FONT_BOLD, fontSize=small,
                                     textAnchor="middle", fillColor=HexColor("#000000")))
            drawing.add(marks)
        elif series.role == "trajectory":
            marks = Group()
            for point in series.points:
                if point.y is not None:
                    _marker(marks, px(point.x), py(point.y), "diamond", colour, 2.2)
            drawing.add(marks)

    # -- annotations ---------------------------------------------------------------------------
    for note in chart.annotations:
        x = px(note.x)
        if compact and note.kind != "selected":
            continue
        if note.kind == "selected":
            drawing.add(Line(x, bottom, x, bottom + plot_h, strokeColor=HexColor("#999999"),
                             strokeWidth=0.6, strokeDashArray=(1, 2)))
        else:  # above the plot, never over its markers
            drawing.add(String(x - slot / 2 + 1, bottom + plot_h + 3, note.text,
                               fontName=FONT, fontSize=small, fillColor=HexColor("#555555")))

    # -- legend ----------------------------------------------------------------------------------
    legend = Group()
    y = legend_h - small - 2
    for row in legend_rows:
        x = 4.0
        for entry, entry_w in row:
            _legend_symbol(legend, entry, x, y + small / 3, small)
            legend.add(String(x + _label_x(entry), y, entry.label, fontName=FONT, fontSize=small,
                              fillColor=HexColor(_TEXT)))
            x += entry_w
        y -= small + 5
    drawing.add(legend)
    return drawing


_DRAWING_CLASS = None


def _drawing_class():
    """A reportlab Drawing that also carries the chart and its text alternative."""
    global _DRAWING_CLASS
    if _DRAWING_CLASS is None:
        from reportlab.graphics.shapes import Drawing
        from reportlab.lib.attrmap import AttrMap, AttrMapValue
        from reportlab.lib.validators import isAnything, isString

        class ChartDrawing(Drawing):
            _attrMap = AttrMap(BASE=Drawing, alt_text=AttrMapValue(isString),
                               chart=AttrMapValue(isAnything))

        _DRAWING_CLASS = ChartDrawing
    return _DRAWING_CLASS


def _hidden_bar(group, x: float, y: float, w: float, h: float, size: float) -> None:
    """A hidden figure's bar: a dashed, hatched box labelled ``*``."""
    from reportlab.graphics.shapes import Line, Rect, String
    from reportlab.lib.colors import HexColor, white

    group.add(Rect(x, y, w, h, fillColor=white, strokeColor=HexColor(_AXIS), strokeWidth=0.6,
                   strokeDashArray=(2, 1.5)))
    step = 4.0
    k = step
    while k < w + h:
        x0, y0 = x + max(0.0, k - h), y + min(h, k)
        x1, y1 = x + min(w, k), y + max(0.0, k - w)
        group.add(Line(x0, y0, x1, y1, strokeColor=HexColor("#BBBBBB"), strokeWidth=0.4))
        k += step
    if h >= size + 2:  # the * inside the gap, or beside it when the gap is too low
        group.add(String(x + w / 2, y + h / 2 - size / 3, "*", fontName=FONT_BOLD,
                         fontSize=size, textAnchor="middle", fillColor=HexColor(_TEXT)))
    else:
        group.add(String(x + w + 2, y + h / 2 - size / 3, "*", fontName=FONT_BOLD,
                         fontSize=size, fillColor=HexColor(_TEXT)))


def _light(colour) -> bool:
    return (0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue) > 0.45


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


def _marker(group, x: float, y: float, shape: str, colour, size: float) -> None:
    from reportlab.graphics.shapes import Circle, Polygon, Rect
    from reportlab.lib.colors import black

    common = {"fillColor": colour, "strokeColor": black, "strokeWidth": 0.5}
    if shape == "square":
        group.add(Rect(x - size, y - size, 2 * size, 2 * size, **common))
    elif shape == "triangle":
        group.add(Polygon([x - size * 1.15, y - size, x + size * 1.15, y - size, x,
                           y + size * 1.2], **common))
    elif shape == "diamond":
        group.add(Polygon([x, y - size * 1.3, x + size, y, x, y + size * 1.3, x - size, y],
                          **common))
    else:
        group.add(Circle(x, y, size, **common))


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
    """Where a legend entry's label starts: after its symbol (and a marker's letter)."""
    return 24 if entry.kind == "marker" and entry.letter else 16


def _legend_symbol(group, entry: LegendEntry, x: float, y: float, size: float) -> None:
    from reportlab.graphics.shapes import Line, Rect, String
    from reportlab.lib.colors import HexColor

    colour = HexColor(entry.colour)
    if entry.kind == "box":
        group.add(Rect(x, y - size / 2 - 1, 12, size + 2, fillColor=colour,
                       strokeColor=HexColor(_AXIS), strokeWidth=0.3))
        if entry.letter and len(entry.letter) == 1:  # the label names it too
            group.add(String(x + 6, y - size / 3, entry.letter, fontName=FONT, fontSize=size,
                             textAnchor="middle", fillColor=HexColor("#000000")))
    elif entry.kind == "marker":
        _marker(group, x + 6, y, entry.shape, colour, 3)
        if entry.letter:
            group.add(String(x + 12, y + 2, entry.letter, fontName=FONT_BOLD, fontSize=size,
                             fillColor=HexColor("#000000")))
    else:
        dash = (3, 2) if entry.kind == "dashed" else None
        group.add(Line(x, y, x + 12, y, strokeColor=colour,
                       strokeWidth=1.2 if entry.kind == "step" else 1.6, strokeDashArray=dash))


def save_pdf(chart: Chart, path: Path | str, width: float = 480, height: float = 260,
             **options) -> Path:
    """Write ``chart`` as a one-page vector PDF the size of the drawing."""
    from reportlab.graphics import renderPDF

    path = Path(path)
    drawing = chart_drawing(chart, width, height, **options)
    try:
        renderPDF.drawToFile(drawing, str(path), msg=chart.title)
    except OSError as exc:
        raise ChartDrawingError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def can_draw_png() -> bool:
    """Whether reportlab's bitmap back end (rlPyCairo) is installed."""
    try:
        import rlPyCairo  # noqa: F401
    except ImportError:
        return False
    return True


def save_png(chart: Chart, path: Path | str, width: float = 480, height: float = 260,
             dpi: int = 300, **options) -> Path:
    """Write ``chart`` as a PNG at ``dpi`` (needs reportlab's bitmap back end)."""
    if not can_draw_png():
        raise ChartDrawingError("PNG drawing needs reportlab's bitmap back end (the rlPyCairo "
                                "package); save as PDF, or export the PNG from the window")
    from reportlab.graphics import renderPM

    path = Path(path)
    drawing = chart_drawing(chart, width, height, **options)
    try:
        renderPM.drawToFile(drawing, str(path), fmt="PNG", dpi=dpi)
    except OSError as exc:
        raise ChartDrawingError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
