"""The reportlab drawing of a chart (exporters/chart_drawing.py): vectors, fonts, not blank."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from exporters.chart_drawing import (
    ChartDrawingError,
    can_draw_png,
    chart_drawing,
    save_pdf,
    save_png,
)
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


def _shapes(drawing):
    from reportlab.graphics.shapes import Group

    stack = list(drawing.contents)
    while stack:
        shape = stack.pop()
        if isinstance(shape, Group):
            stack.extend(shape.contents)
        else:
            yield shape


def test_drawing_has_one_polyline_per_series_and_carries_the_text_alternative(chart):
    from reportlab.graphics.shapes import PolyLine, String

    drawing = chart_drawing(chart, 480, 260, title=True)
    lines = [s for s in _shapes(drawing) if isinstance(s, PolyLine)]
    assert len(lines) == len(chart.series) == 2  # figures and trajectory
    assert any(s.strokeDashArray for s in lines)  # the trajectory is dashed
    texts = {s.text for s in _shapes(drawing) if isinstance(s, String)}
    assert {"G", "Q1", "Q4"} <= texts and any("Cŵn a ŷd" in t for t in texts)
    assert drawing.alt_text == chart.alt_text


def test_stacked_bars_have_one_rectangle_per_filled_cell():
    from reportlab.graphics.shapes import Rect

    breakdown = r.Breakdown("b", "By source", Period(2023, 4), rows=["A", "B"],
                            columns=["x", "y"], cells=[[1, 2], [3, None]])
    drawing = chart_drawing(breakdown_chart(breakdown))
    fills = {s.fillColor.hexval() for s in _shapes(drawing) if isinstance(s, Rect)
             and s.height > 1}
    bars = [s for s in _shapes(drawing) if isinstance(s, Rect) and s.width > 20]
    assert len(bars) == 3 and len(fills) >= 2


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils")
def test_pdf_is_vector_with_embedded_dejavu_and_not_blank(chart, tmp_path):
    pdf = save_pdf(chart, tmp_path / "trend.pdf", title=True)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Cŵn a ŷd" in text
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")],
                   check=True)
    from PIL import Image

    image = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    colours = {colour for _count, colour in image.getcolors(1 << 20)}
    assert len(colours) > 20  # lines, fills, text: far from a blank page
    assert (0x1A, 0xA5, 0x7A) in colours  # the Green fill of the last point


def test_png_without_the_bitmap_back_end_says_what_to_do(chart, tmp_path):
    if can_draw_png():
        assert save_png(chart, tmp_path / "c.png", dpi=72).stat().st_size > 0
    else:
        with pytest.raises(ChartDrawingError, match="rlPyCairo"):
            save_png(chart, tmp_path / "c.png")


def test_unwritable_pdf_names_the_file(chart, tmp_path):
    with pytest.raises(ChartDrawingError, match="missing"):
        save_pdf(chart, tmp_path / "missing" / "c.pdf")
