"""The RAG letters of a chart's points: drawn so that they can be read.

Rules:
- Each letter is a scatter symbol that is the letter itself (DejaVu Sans, bold).
- A letter is drawn where the status changes and for the latest point, at least
  ``LETTER_SPACING`` quarters from the last letter drawn (the latest wins when two are too
  close), so letters never overlap one another, even over ten years; the point's shape and
  colour still say every point's status (the legend explains them).
- A letter sits on the side of its point away from the target line: above a point on or above
  the target, below a point under it, so it never sits on the line.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont, QPainterPath, QTransform

from model.charts import Chart

__all__ = ["letter_spots", "letters_shown", "LETTER_SPACING"]

_LETTER_PATHS: dict[str, QPainterPath] = {}


def _letter_symbol(letter: str) -> QPainterPath:
    """A scatter symbol that is the letter itself (drawn just above its point)."""
    path = _LETTER_PATHS.get(letter)
    if path is None:
        font = QFont("DejaVu Sans")
        font.setBold(True)
        font.setPixelSize(10)
        raw = QPainterPath()
        raw.addText(0, 0, font, letter)
        box = raw.boundingRect()
        scale = 1.0 / max(box.height(), 1e-6)
        transform = QTransform()
        transform.scale(scale, scale)
        transform.translate(-box.center().x(), -box.center().y())
        path = transform.map(raw)
        _LETTER_PATHS[letter] = path
    return path



#: Letters closer than this many quarters to the last one drawn are left out (the point's
#: shape and colour still say its status).
LETTER_SPACING = 2


def _target_at(chart: Chart, x: float) -> float | None:
    for step in chart.steps:
        if step.start - 1e-9 <= x <= step.end + 1e-9:
            return step.y
    return None


def letters_shown(chart: Chart, series) -> list:
    """The points whose RAG letter is drawn: where the status changes, at least
    ``LETTER_SPACING`` quarters apart, and always the latest (which wins when too close), so
    letters never overlap each other, even over ten years."""
    points = [p for p in series.points if p.y is not None and p.letter]
    shown: list = []
    for k, point in enumerate(points):
        last = k == len(points) - 1
        changed = not shown or point.letter != points[k - 1].letter
        if not (changed or last):
            continue
        if shown and point.x - shown[-1].x < LETTER_SPACING:
            if not last:
                continue
            shown.pop()  # the latest status matters most
        shown.append(point)
    return shown


def letter_spots(chart: Chart, series, size: float, lift: float) -> list[dict]:
    """Letters on the side of their point away from the target line (above when the point is
    on or above the target, below otherwise), so they never sit on the line."""
    spots = []
    for p in letters_shown(chart, series):
        target = _target_at(chart, p.x)
        below = target is not None and p.y < target
        spots.append({"pos": (p.x, p.y - lift * 1.25 if below else p.y + lift),
                      "symbol": _letter_symbol(p.letter), "size": size * 0.9,
                      "brush": pg.mkBrush("#000000"), "pen": pg.mkPen(None)})
    return spots
