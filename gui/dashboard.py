"""The performance dashboard page: the charts committee members look at before the tables.

``DashboardPage(pack)`` shows, for its period (``set_period``):
- small multiples of the demand measures (the indicators of the group named "Demand"; when a pack
  has no such group, the indicators with polarity ``none``), quarter by quarter over five years;
- small multiples of a chosen set of indicators (``set_indicators``; by default the key areas'
  indicators), with their targets, trajectories and RAG points;
- each breakdown as stacked bars coloured by outcome, and each snapshot comparison as grouped bars;
- the RAG counts by group and the commitments by status.
Every section can be saved as a PNG at print resolution or copied (``gui.chart_export``), every
chart carries its text alternative (shown under it and as its accessible description), and the
page redraws when the pack changes. Charts come from ``model.charts``, drawn by
``gui.trend_panel.draw_chart``, so they match the papers.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.chart_export import ExportButtons
from gui.trend_panel import _set_reading_plot, draw_chart, legend_html, make_plot_widget
from model.charts import (
    Chart,
    breakdown_chart,
    commitment_summary,
    rag_summary,
    snapshot_chart,
    trend_chart,
)
from model.periods import Period

__all__ = ["DashboardPage", "SmallMultiples", "ChartCard", "demand_codes", "default_codes"]

COLUMNS = 4


def demand_codes(pack) -> list[str]:
    """The demand measures: the "Demand" group's indicators, else those with polarity none."""
    grouped = [i.code for i in pack.indicators() if i.group.strip().lower() == "demand"]
    return grouped or [i.code for i in pack.indicators() if i.polarity == "none"]


def default_codes(pack) -> list[str]:
    """The key areas' indicators, in key-area order, without repeats."""
    codes: list[str] = []
    for area in sorted(pack.all("key_area"), key=lambda a: (a.position, a.name)):
        if area.indicator not in codes and pack.indicator(area.indicator) is not None:
            codes.append(area.indicator)
    return codes


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #444444")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SmallMultiples(QWidget):
    """A grid of small trend charts in one pyqtgraph scene (far cheaper than one view each)."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.codes: list[str] = []
        self.charts: list[Chart] = []
        self.plots: list[pg.PlotItem] = []
        self.items: list[dict | None] = []
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setAccessibleName(title)
        self.buttons = ExportButtons(self.view, title, self)
        self.alt = _note()
        self.alt.setVisible(False)
        head = QHBoxLayout()
        head.addWidget(_heading(title))
        head.addStretch(1)
        head.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.view)
        self.empty = _note()
        layout.addWidget(self.empty)

    def show_trends(self, pack, codes: list[str], period: Period | None) -> None:
        codes = [c for c in codes if pack.indicator(c) is not None]
        if codes != self.codes:
            self.view.clear()
            self.plots, self.items = [], []
            for k in range(len(codes)):
                plot = self.view.addPlot(row=k // COLUMNS, col=k % COLUMNS)
                _set_reading_plot(plot)
                plot.getAxis("left").setWidth(44)
                self.plots.append(plot)
                self.items.append(None)
            self.codes = codes
        self.charts = []
        for k, code in enumerate(codes):
            chart = trend_chart(pack, code, period, 5, "quarters")
            self.charts.append(chart)
            plot = self.plots[k]
            indicator = pack.indicator(code)
            title = indicator.title if len(indicator.title) <= 26 else indicator.title[:25] + "…"
            plot.setTitle(f"<b>{code}</b> {title}", size="8pt", color="#222222")
            self.items[k] = draw_chart(plot, chart, letters=False, compact=True,
                                       reuse=self.items[k])
        rows = max(1, -(-len(codes) // COLUMNS))
        self.view.setFixedHeight(rows * 170)
        self.view.setVisible(bool(codes))
        self.buttons.setEnabled(bool(codes))
        self.empty.setText("" if codes else "No indicators to show.")
        self.view.setAccessibleDescription(" ".join(c.alt_text for c in self.charts))
        self.view.setToolTip("Point at a figure to see its value and status.")


class ChartCard(QFrame):
    """One chart with its title, legend, text alternative and export buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.chart: Chart | None = None
        self.items: dict | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.plot_widget = make_plot_widget(self)
        self.plot_widget.setMinimumHeight(260)
        self.buttons = ExportButtons(self.plot_widget, self._stem, self)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.alt = _note()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.alt)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.title.setText(chart.title)
        self.items = draw_chart(self.plot_widget.getPlotItem(), chart, reuse=self.items)
        self.legend.setText(legend_html(chart))
        self.alt.setText(chart.alt_text)
        self.plot_widget.setAccessibleName(chart.title)
        self.plot_widget.setAccessibleDescription(chart.alt_text)

    def _stem(self) -> str:
        return self.chart.title if self.chart else "chart"


class DashboardPage(QScrollArea):
    """The dashboard for one period. See the module docstring."""

    redrawn = Signal()

    def __init__(self, pack, parent: QWidget | None = None):
        super().__init__(parent)
        self.pack = pack
        self.period: Period | None = pack.latest_period()
        self.codes: list[str] = default_codes(pack)
        self.setWidgetResizable(True)
        page = QWidget()
        self.heading = _heading("")
        self.demand = SmallMultiples("Demand")
        self.chosen = SmallMultiples("Key indicators")
        self.breakdown_cards: list[ChartCard] = []
        self.snapshot_cards: list[ChartCard] = []
        self.rag_card = ChartCard()
        self.commitment_card = ChartCard()
        self.bars = QGridLayout()
        summary = QHBoxLayout()
        summary.addWidget(self.rag_card, 3)
        summary.addWidget(self.commitment_card, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(self.demand)
        layout.addWidget(self.chosen)
        layout.addWidget(_heading("Breakdowns and comparisons"))
        layout.addLayout(self.bars)
        layout.addWidget(_heading("Status summary"))
        layout.addLayout(summary)
        layout.addStretch(1)
        self.setWidget(page)
        pack.subscribe(self._pack_changed)
        self.destroyed.connect(lambda *_: pack.unsubscribe(self._pack_changed))
        self.redraw()

    # -- API -----------------------------------------------------------------------------------

    def set_period(self, period: Period | None) -> None:
        if period != self.period:
            self.period = period
            self.redraw()

    def set_indicators(self, codes: list[str]) -> None:
        """The chosen indicators shown as small multiples (unknown codes are left out)."""
        self.codes = list(codes)
        self.redraw()

    def redraw(self) -> None:
        pack, period = self.pack, self.period
        if period is None:
            self.heading.setText("Dashboard: the pack has no figures yet")
        else:
            self.heading.setText(f"Dashboard, {period.label}")
        self.demand.show_trends(pack, demand_codes(pack), period)
        self.chosen.show_trends(pack, self.codes, period)
        breakdowns = sorted(pack.all("breakdown"), key=lambda b: (b.position, b.name))
        snapshots = sorted(pack.all("snapshot"), key=lambda s: (s.position, s.name))
        charts = [breakdown_chart(b) for b in breakdowns] + [snapshot_chart(s) for s in snapshots]
        cards = self.breakdown_cards
        while len(cards) < len(charts):
            card = ChartCard()
            self.bars.addWidget(card, len(cards) // 2, len(cards) % 2)
            cards.append(card)
        for card, chart in zip(cards, charts, strict=False):
            card.show_chart(chart)
            card.setVisible(True)
        for card in cards[len(charts):]:
            card.setVisible(False)
        if period is not None:
            self.rag_card.show_chart(rag_summary(pack, period))
            self.commitment_card.show_chart(commitment_summary(pack, period))
        self.rag_card.setVisible(period is not None)
        self.commitment_card.setVisible(period is not None)
        self.redrawn.emit()

    def _pack_changed(self, _changes) -> None:
        self.redraw()
