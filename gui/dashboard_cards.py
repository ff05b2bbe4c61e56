"""The dashboard's sections: small multiples of trend charts, and a card a bar chart.

Both draw chart descriptions (``model.charts.Chart``) that the period report made
(``model.report``), with ``gui.trend_panel.draw_chart``, so they match the papers; both carry
their text alternative (under the chart and as its accessible description) and export buttons
(PNG at print resolution, copy), and can be covered with "Drawing…" until they are drawn.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from gui.chart_export import ExportButtons
from gui.language import translate
from gui.reading_plot import DRAWING, DrawingNote, ReadingPlot, heading, note
from gui.trend_panel import draw_chart, legend_html
from model.charts import Chart
from model.periods import Period

__all__ = ["SmallMultiples", "ChartCard", "COLUMNS", "ROW_HEIGHT"]

COLUMNS = 4
ROW_HEIGHT = 170
#: The narrowest a small multiple is drawn; below COLUMNS of them the page scrolls sideways
#: (a column is never cut off).
MIN_CELL_WIDTH = 190


class SmallMultiples(QWidget):
    """A grid of small trend charts in one pyqtgraph scene (far cheaper than one view each)."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.codes: list[str] = []
        self.charts: list[Chart] = []
        self.plots: list[ReadingPlot] = []
        self.items: list[dict | None] = []
        self.period: Period | None = None  # the period the charts shown are for
        self.pending = False
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setAccessibleName(title)
        self.buttons = ExportButtons(self.view, title, self)
        self.alt = note()
        self.alt.setVisible(False)
        head = QHBoxLayout()
        head.addWidget(heading(title))
        head.addStretch(1)
        head.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.view)
        self.empty = note()
        self.empty.setVisible(False)
        layout.addWidget(self.empty)
        # its height is the view's: the page never squeezes it while the sections below draw
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.note = DrawingNote(self.view)

    def reserve(self, count: int) -> None:
        """Take the height ``count`` charts will need, so the page does not jump as it draws."""
        rows = max(1, -(-count // COLUMNS))
        self.view.setFixedHeight(rows * ROW_HEIGHT)
        self.view.setMinimumWidth(min(max(count, 1), COLUMNS) * MIN_CELL_WIDTH)

    def set_pending(self, pending: bool) -> None:
        """Cover the charts with "Drawing…" (``True``) until ``show_trends`` draws them."""
        self.pending = pending
        self.note.cover(pending)
        if pending:
            self.buttons.setEnabled(False)
            self.view.setAccessibleDescription(translate("reading_plot", DRAWING))

    def show_trends(self, charts: Sequence[Chart], period: Period | None) -> None:
        """Draw ``charts`` (trend charts of the period report, one an indicator)."""
        codes = [chart.code for chart in charts]
        if codes != self.codes:
            self.view.clear()
            self.plots, self.items = [], []
            for k in range(len(codes)):
                plot = ReadingPlot()
                plot.getAxis("left").setWidth(44)
                self.view.addItem(plot, row=k // COLUMNS, col=k % COLUMNS)
                self.plots.append(plot)
                self.items.append(None)
            self.codes = codes
        for k, chart in enumerate(charts):
            plot = self.plots[k]
            name = chart.title.removeprefix(f"{chart.code} ")
            name = name if len(name) <= 26 else name[:25] + "…"
            plot.setTitle(
                f"<b>{chart.code}</b> {name}",
                size="8pt",
                color="#222222",
            )
            self.items[k] = draw_chart(plot, chart, letters=False, compact=True,
                                       reuse=self.items[k])
        self.charts = list(charts)
        self.period = period
        self.reserve(len(codes))
        self.view.setVisible(bool(codes))
        self.empty.setText("" if codes else translate("dashboard_cards", "No indicators to show."))
        self.empty.setVisible(not codes)
        self.view.setAccessibleDescription(" ".join(c.alt_text for c in self.charts))
        self.view.setToolTip(
            translate("dashboard_cards", "Point at a figure to see its value and status.")
        )
        self.set_pending(False)
        self.buttons.setEnabled(bool(codes))


class _CardView(pg.GraphicsView):
    """A chart card's view: 280 pixels tall by preference (a QGraphicsView would otherwise ask
    for its scene's size, which pyqtgraph keeps equal to the view's: whatever it first had)."""

    def sizeHint(self) -> QSize:
        return QSize(400, 280)


class ChartCard(QFrame):
    """One chart with its title, legend, text alternative and export buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.chart: Chart | None = None
        self.items: dict | None = None
        self.pending = False
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.plot_widget = _CardView(background="w")
        self.plot = ReadingPlot()
        self.plot_widget.setCentralItem(self.plot)
        self.plot_widget.setMinimumHeight(260)
        self.buttons = ExportButtons(self.plot_widget, self._stem, self)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.alt = note()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.alt)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.note = DrawingNote(self)

    def set_pending(self, pending: bool) -> None:
        """Cover the whole card with "Drawing…" (``True``) until ``show_chart`` draws it."""
        self.pending = pending
        self.note.cover(pending)
        self.buttons.setEnabled(not pending)
        if pending:
            self.plot_widget.setAccessibleDescription(translate("reading_plot", DRAWING))

    def describe(self, chart: Chart) -> None:
        """Show ``chart``'s title, legend and text alternative (the words, not the drawing).

        The page sets every card's words at once, so the page is laid out once; the drawing,
        which costs more, follows in ``draw``. Until then the card stays covered.
        """
        self.chart = chart
        self.title.setText(chart.title)
        self.legend.setText(legend_html(chart))
        self.alt.setText(chart.alt_text)
        self.plot_widget.setAccessibleName(chart.title)

    def draw(self) -> None:
        """Draw the chart given to ``describe`` and uncover the card."""
        self.items = draw_chart(self.plot, self.chart, reuse=self.items)
        self.plot_widget.setAccessibleDescription(self.chart.alt_text)
        self.set_pending(False)

    def show_chart(self, chart: Chart) -> None:
        """``describe`` and ``draw`` at once."""
        self.describe(chart)
        self.draw()

    def _stem(self) -> str:
        return self.chart.title if self.chart else "chart"
