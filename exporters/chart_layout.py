"""Where a chart's words go, shared by the papers' drawing (``exporters.chart_drawing``) and
the HTML edition's SVG (``exporters.chart_svg``), so both lay them out alike.

Rules (issue 11, legible papers): every label stays within its slot, so neighbours never run
together; in a low chart only every second (fourth …) y tick is labelled, so no two labels
touch. Widths are measured in the papers' font, DejaVu Sans.
"""

from __future__ import annotations

from model.charts import Chart

__all__ = ["axis_label_lines", "tick_labels_shown"]


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, "DejaVuSans", size)


def _wrap(text: str, size: float, width: float, lines: int = 3) -> list[str]:
    """``text`` in lines no wider than ``width`` (measured in the papers' font), at most
    ``lines`` of them; a word wider than the width is cut with "…" where it is drawn."""
    out: list[str] = []
    for word in text.split():
        if out and _width(f"{out[-1]} {word}", size) <= width:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    if len(out) > lines:
        out = out[:lines - 1] + [" ".join(out[lines - 1:])]
    return out or [""]


def tick_labels_shown(chart: Chart, py, size: float) -> list[bool]:
    """Which y ticks are labelled: every one, or in a low chart every second, fourth … one, so
    that no two labels touch (their grid lines are all drawn)."""
    ys = [py(value) for value, _text in chart.y_ticks]
    step = 1
    while step < len(ys) and any(abs(ys[i + step] - ys[i]) < size + 1
                                 for i in range(0, len(ys) - step, step)):
        step *= 2
    return [i % step == 0 for i in range(len(ys))]


def axis_label_lines(chart: Chart, slot: float, size: float) -> list[list[str]]:
    """The lines under each slot, each within its slot so neighbours never run together:
    categories wrapped to the slot; quarter labels ("Q1 / Ch1") shortened to the quarter's
    number when they are wider than the slot (the years are printed under them)."""
    if chart.axis_labels:
        labels = list(chart.axis_labels)
        if any(_width(label, size) > slot - 2 for label in labels):
            labels = ["".join(ch for ch in label if ch.isdigit())[-1:] or label
                      for label in labels]
        return [[label] for label in labels]
    return [_wrap(c, size, slot - 2) for c in chart.categories]
