"""The SVG drawing of a chart (exporters/chart_svg.py) shows what the reportlab drawing shows:
the same lines, markers, letters, bars and labels, inside its view box."""

from __future__ import annotations

import pytest

from exporters.chart_drawing import chart_drawing
from exporters.chart_svg import svg_chart
from model import records as r
from model.charts import breakdown_chart, trend_chart
from model.commands import put
from model.periods import Period
from tests.conftest import D, add_indicator


@pytest.fixture
def chart(pack):
    add_indicator(pack, "K1", title="Cŵn a ŷd: contacts answered", aggregation="last")
    pack.apply(put("v", *(r.Value("K1", Period(2023, q), actual=D(600 + 30 * q))
                          for q in (1, 2, 3, 4))))
    pack.apply(put("t", r.Target("K1", 2023, annual=D(650), q1=D(620), q2=D(630), q3=D(640),
                                 q4=D(650))))
    return trend_chart(pack, "K1", Period(2023, 4), years=1)


def _reportlab_shapes(drawing):
    from reportlab.graphics.shapes import Group

    stack = list(drawing.contents)
    while stack:
        shape = stack.pop()
        if isinstance(shape, Group):
            stack.extend(shape.contents)
        else:
            yield shape


def test_a_trend_has_the_papers_lines_markers_and_words(chart):
    from reportlab.graphics.shapes import PolyLine, String

    svg = svg_chart(chart, 480, 260, font_size=8)
    drawing = chart_drawing(chart, 480, 260)
    tags = [s.tag for s in svg.shapes]
    assert tags.count("polyline") == len([s for s in _reportlab_shapes(drawing)
                                         if isinstance(s, PolyLine)]) == 2
    assert any(s.attrs.get("stroke-dasharray") for s in svg.shapes if s.tag == "polyline")
    svg_texts = sorted(s.text for s in svg.shapes if s.tag == "text")
    pdf_texts = sorted(s.text for s in _reportlab_shapes(drawing) if isinstance(s, String))
    assert svg_texts == pdf_texts  # every label, tick, letter and legend entry, fitted alike
    assert {"G", "Q1", "Q4"} <= set(svg_texts)
    assert any("Cŵn a ŷd" in t for t in svg_texts)


def test_every_shape_is_inside_the_view_box(chart):
    svg = svg_chart(chart, 560, 300)
    assert svg.view_box == "0 0 560 300"
    for shape in svg.shapes:
        for name in ("x", "x1", "x2", "cx"):
            if name in shape.attrs:
                assert -1 <= float(shape.attrs[name]) <= 561, shape
        for name in ("y", "y1", "y2", "cy"):
            if name in shape.attrs:
                assert -1 <= float(shape.attrs[name]) <= 301, shape
    allowed = {"line", "rect", "polyline", "polygon", "circle", "text"}
    assert {s.tag for s in svg.shapes} <= allowed


def test_stacked_bars_have_one_rectangle_per_filled_cell_and_their_totals():
    breakdown = r.Breakdown("B", "Contacts by source", Period(2024, 1), rows=["Police", "Health"],
                            columns=["Advice", "Referred"],
                            cells=[[D(10), D(5)], [D(7), None]])
    svg = svg_chart(breakdown_chart(breakdown))
    bars = [s for s in svg.shapes if s.tag == "rect" and s.attrs["width"] != "12"]
    assert len(bars) == 3  # the blank cell is left out of its bar
    texts = {s.text for s in svg.shapes if s.tag == "text"}
    assert {"15", "7", "Police", "Health", "Advice", "Referred"} <= texts
