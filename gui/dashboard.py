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

Drawing rules (the sample pack's dashboard has 23 charts; see docs/benchmarks.md):
- **Visible first.** A redraw draws at once the sections that are in view; the sections below
  are drawn one per pass of the event loop (a zero-interval ``QTimer``, which runs after the
  pending paints and input), or at once when they are scrolled into view. ``redrawn`` is emitted
  when every section is drawn; ``section_drawn(section)`` after each one.
- **Never a wrong chart.** A section not yet drawn for the current period and indicators is
  covered by a "Drawing…" note (its old chart, title, legend and text alternative are hidden and
  its export buttons disabled). A period change while drawing starts again: sections already
  drawn for the old period are covered again, so charts of two periods never show together.
- **Cheap plots.** Each chart is a ``ReadingPlot``: a view box, a left and a bottom axis and a
  title, which is all ``draw_chart`` uses of a ``pg.PlotItem``. A PlotItem also builds a context
  menu and a settings panel on creation (about 8 of its 11 ms) that a reading chart never opens.
  Plots are kept and only their data replaced on a redraw.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsGridLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.chart_export import ExportButtons
from gui.trend_panel import _TEXT, draw_chart, legend_html
from model.charts import (
    Chart,
    breakdown_chart,
    commitment_summary,
    rag_summary,
    snapshot_chart,
    trend_chart,
)
from model.periods import Period

__all__ = ["DashboardPage", "SmallMultiples", "ChartCard", "ReadingPlot", "demand_codes",
           "default_codes", "DRAWING"]

COLUMNS = 4
ROW_HEIGHT = 170
#: The note over a section that is not drawn yet for the page's period.
DRAWING = "Drawing…"


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
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return label


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #444444")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReadingPlot(pg.GraphicsWidget):
    """A plot for reading: title, left axis, view box and bottom axis, laid out as a PlotItem.

    It has the part of ``pg.PlotItem``'s interface that ``draw_chart`` uses (``addItem``,
    ``removeItem``, ``clear``, ``setXRange``, ``setYRange``, ``getAxis``, ``setLabel``,
    ``setTitle``, ``vb``) and nothing a reading chart does not need: no mouse panning or zooming,
    no context menu, no settings panel, no auto-range, no top or right axis.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.vb = pg.ViewBox(parent=self, enableMouse=False, enableMenu=False)
        self.vb.disableAutoRange()  # the chart description sets the range
        self.axes: dict[str, pg.AxisItem] = {}
        self.items: list = []
        self.titleLabel = pg.LabelItem("", parent=self)
        layout = QGraphicsGridLayout()
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setHorizontalSpacing(0)
        layout.setVerticalSpacing(0)
        self.setLayout(layout)
        layout.addItem(self.titleLabel, 0, 1)
        layout.addItem(self.vb, 1, 1)
        for name, row, col in (("left", 1, 0), ("bottom", 2, 1)):
            axis = pg.AxisItem(name, parent=self)
            axis.enableAutoSIPrefix(False)  # figures are printed as the papers print them
            axis.setPen(pg.mkPen("#555555"))
            axis.setTextPen(pg.mkPen(_TEXT))
            axis.linkToView(self.vb)
            axis.setZValue(0.5)
            layout.addItem(axis, row, col)
            self.axes[name] = axis
        self.axes["left"].setGrid(int(0.25 * 255))  # horizontal grid lines, as the papers
        layout.setRowStretchFactor(1, 100)
        layout.setColumnStretchFactor(1, 100)
        self.setTitle(None)

    def getAxis(self, name: str) -> pg.AxisItem:
        return self.axes[name]

    def addItem(self, item) -> None:
        self.items.append(item)
        self.vb.addItem(item)

    def removeItem(self, item) -> None:
        if item in self.items:
            self.items.remove(item)
            self.vb.removeItem(item)

    def clear(self) -> None:
        for item in self.items[:]:
            self.removeItem(item)

    def setXRange(self, low: float, high: float, padding: float | None = None) -> None:
        self.vb.setXRange(low, high, padding=padding)

    def setYRange(self, low: float, high: float, padding: float | None = None) -> None:
        self.vb.setYRange(low, high, padding=padding)

    def setLabel(self, axis: str, text: str | None = None, **style) -> None:
        self.axes[axis].setLabel(text, **style)

    def setTitle(self, title: str | None = None, **style) -> None:
        layout = self.layout()
        self.titleLabel.setVisible(title is not None)
        if title is None:
            layout.setRowFixedHeight(0, 0)
        else:
            layout.setRowFixedHeight(0, 22)
            self.titleLabel.setText(title, **style)


class _DrawingNote(QLabel):
    """"Drawing…" over ``cover`` (kept the size of it) while its section is not drawn yet."""

    def __init__(self, cover: QWidget):
        super().__init__(DRAWING, cover)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: #f4f4f4; color: #444444;")
        self.setAccessibleName(DRAWING)
        self.hide()
        cover.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parent():
            self.setGeometry(watched.rect())
        return False

    def cover(self, on: bool) -> None:
        if on:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        self.setVisible(on)


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
        self.empty.setVisible(False)
        layout.addWidget(self.empty)
        # its height is the view's: the page never squeezes it while the sections below draw
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.note = _DrawingNote(self.view)

    def reserve(self, count: int) -> None:
        """Take the height ``count`` charts will need, so the page does not jump as it draws."""
        rows = max(1, -(-count // COLUMNS))
        self.view.setFixedHeight(rows * ROW_HEIGHT)

    def set_pending(self, pending: bool) -> None:
        """Cover the charts with "Drawing…" (``True``) until ``show_trends`` draws them."""
        self.pending = pending
        self.note.cover(pending)
        if pending:
            self.buttons.setEnabled(False)
            self.view.setAccessibleDescription(DRAWING)

    def show_trends(self, pack, codes: list[str], period: Period | None) -> None:
        codes = [c for c in codes if pack.indicator(c) is not None]
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
        charts = []
        for k, code in enumerate(codes):
            chart = trend_chart(pack, code, period, 5, "quarters")
            charts.append(chart)
            plot = self.plots[k]
            indicator = pack.indicator(code)
            title = indicator.title if len(indicator.title) <= 26 else indicator.title[:25] + "…"
            plot.setTitle(f"<b>{code}</b> {title}", size="8pt", color="#222222")
            self.items[k] = draw_chart(plot, chart, letters=False, compact=True,
                                       reuse=self.items[k])
        self.charts = charts
        self.period = period
        self.reserve(len(codes))
        self.view.setVisible(bool(codes))
        self.empty.setText("" if codes else "No indicators to show.")
        self.empty.setVisible(not codes)
        self.view.setAccessibleDescription(" ".join(c.alt_text for c in self.charts))
        self.view.setToolTip("Point at a figure to see its value and status.")
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
        self.note = _DrawingNote(self)

    def set_pending(self, pending: bool) -> None:
        """Cover the whole card with "Drawing…" (``True``) until ``show_chart`` draws it."""
        self.pending = pending
        self.note.cover(pending)
        self.buttons.setEnabled(not pending)
        if pending:
            self.plot_widget.setAccessibleDescription(DRAWING)

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


class DashboardPage(QScrollArea):
    """The dashboard for one period. See the module docstring."""

    redrawn = Signal()  # every section is drawn for the current period and indicators
    section_drawn = Signal(object)  # a SmallMultiples or ChartCard, just drawn

    def __init__(self, pack, parent: QWidget | None = None):
        super().__init__(parent)
        self.pack = pack
        self.period: Period | None = pack.latest_period()
        self.codes: list[str] = default_codes(pack)
        self.setWidgetResizable(True)
        page = QWidget()
        page.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
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
        # The page grows before its sections are laid out, so a section drawn below the fold
        # never squeezes (and repaints) the charts in view for a moment.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.heading)
        layout.addWidget(self.demand)
        layout.addWidget(self.chosen)
        layout.addWidget(_heading("Breakdowns and comparisons"))
        layout.addLayout(self.bars)
        layout.addWidget(_heading("Status summary"))
        layout.addLayout(summary)
        layout.addStretch(1)
        self.setWidget(page)
        # sections still to draw, in page order, each with the work that draws it
        self._pending: list[tuple[QWidget, Callable[[], None]]] = []
        self._sections: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_next)
        self.verticalScrollBar().valueChanged.connect(self._draw_in_view)
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
        """Draw every section again: those in view now, the others in the next passes."""
        pack, period = self.pack, self.period
        if period is None:
            self.heading.setText("Dashboard: the pack has no figures yet")
        else:
            self.heading.setText(f"Dashboard, {period.label}")
        demand = demand_codes(pack)
        chosen = list(self.codes)
        work: list[tuple[QWidget, Callable[[], None]]] = [
            (self.demand, lambda: self.demand.show_trends(pack, demand, period)),
            (self.chosen, lambda: self.chosen.show_trends(pack, chosen, period)),
        ]
        self.demand.reserve(len(demand))
        self.chosen.reserve(len([c for c in chosen if pack.indicator(c) is not None]))
        breakdowns = sorted(pack.all("breakdown"), key=lambda b: (b.position, b.name))
        snapshots = sorted(pack.all("snapshot"), key=lambda s: (s.position, s.name))
        records = [(breakdown_chart, b) for b in breakdowns] + \
                  [(snapshot_chart, s) for s in snapshots]
        cards = self.breakdown_cards
        while len(cards) < len(records):
            card = ChartCard()
            self.bars.addWidget(card, len(cards) // 2, len(cards) % 2)
            cards.append(card)
        for k, card in enumerate(cards):
            card.setVisible(k < len(records))
        cards = cards[:len(records)]
        charts = [describe(record) for describe, record in records]
        if period is not None:  # the summaries are for a period
            cards = cards + [self.rag_card, self.commitment_card]
            charts += [rag_summary(pack, period), commitment_summary(pack, period)]
        self.rag_card.setVisible(period is not None)
        self.commitment_card.setVisible(period is not None)
        for card, chart in zip(cards, charts, strict=True):
            card.describe(chart)  # the words now, so the page is laid out once
            work.append((card, card.draw))
        for section, _draw in work:
            section.set_pending(True)
        self._sections = [section for section, _draw in work]
        self._pending = work
        self._draw_in_view()
        if self._pending:
            self._timer.start()

    def sections(self) -> list[QWidget]:
        """The sections of the page (``SmallMultiples`` and ``ChartCard``), in page order."""
        return list(self._sections)

    def sections_in_view(self) -> list[QWidget]:
        """The sections that are (at least partly) in the scroll area's viewport now."""
        return [s for s in self._sections if self._in_view(s)]

    def is_drawn(self) -> bool:
        """Every section is drawn for the current period and indicators."""
        return not self._pending

    # -- drawing -------------------------------------------------------------------------------

    def _in_view(self, section: QWidget) -> bool:
        if not self.isVisible() or not section.isVisible():
            return False
        viewport = self.viewport()
        top = section.mapTo(viewport, QPoint(0, 0)).y()
        return top < viewport.height() and top + section.height() > 0

    def _draw(self, entry: tuple[QWidget, Callable[[], None]]) -> None:
        self._pending.remove(entry)
        section, draw = entry
        draw()
        self.section_drawn.emit(section)
        if not self._pending:
            self._timer.stop()
            self.redrawn.emit()

    def _draw_in_view(self, *_args) -> None:
        for entry in [e for e in self._pending if self._in_view(e[0])]:
            if entry in self._pending:  # a slot run by a signal may have started again
                self._draw(entry)

    def _draw_next(self) -> None:
        """One pass: what has come into view, else the next section in page order."""
        if not self._pending:
            return
        in_view = [e for e in self._pending if self._in_view(e[0])]
        for entry in in_view or self._pending[:1]:
            if entry in self._pending:
                self._draw(entry)
        if self._pending:
            self._timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._pending:
            self._timer.start()  # what a larger viewport shows is drawn in the next pass

    def _pack_changed(self, _changes) -> None:
        self.redraw()
