"""The performance dashboard page: the charts committee members look at before the tables.

``DashboardPage(pack)`` shows, for its period (``set_period``), the dashboard sections of the
period report (``model.report.PeriodReport.dashboard``), so it draws the very chart
descriptions the committee pack draws:
- small multiples of the demand measures (the report's one definition: the indicators of the
  group named "Demand", else those with polarity ``none``), quarter by quarter over five years;
- the commitments plan by plan (a status chart a plan), small multiples of the selected measures
  (e.g. looked-after reviews and statutory visits) and the budget update (budget against
  projected outturn by line), each section with its narrative where the period has one;
- small multiples of the key indicators (the key areas' indicators; ``set_indicators`` chooses
  another set, drawn with the report's ``trend``), with their targets, trajectories and RAG
  points;
- each breakdown of the period as stacked bars coloured by outcome, and each snapshot comparison
  as grouped bars;
- the RAG counts by group.
Every section can be saved as a PNG at print resolution or copied (``gui.chart_export``), every
chart carries its text alternative (shown under it and as its accessible description), and the
page redraws when the pack changes. The sections are ``gui.dashboard_cards``; charts are drawn by
``gui.trend_panel.draw_chart``, so they match the papers.

Drawing rules (the sample pack's dashboard has 23 charts; see docs/benchmarks.md):
- **Visible first.** A redraw draws at once the sections that are in view; the sections below
  are drawn one per pass of the event loop (a zero-interval ``QTimer``, which runs after the
  pending paints and input), or at once when they are scrolled into view. ``redrawn`` is emitted
  when every section is drawn; ``section_drawn(section)`` after each one. The report works out a
  section's chart descriptions when the section is drawn, not before.
- **Never a wrong chart.** A section not yet drawn for the current period and indicators is
  covered by a "Drawing…" note (its old chart, title, legend and text alternative are hidden and
  its export buttons disabled). A period change while drawing starts again: sections already
  drawn for the old period are covered again, so charts of two periods never show together.
- **Cheap plots.** Each chart is a ``gui.reading_plot.ReadingPlot``. Plots are kept and only
  their data replaced on a redraw.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.dashboard_cards import ChartCard, SmallMultiples
from gui.language import current, pack_text, translate
from gui.reading_plot import DRAWING, ReadingPlot, heading
from model.periods import Period
from model.report import PeriodReport
from model.words import period_label

__all__ = ["DashboardPage", "SmallMultiples", "ChartCard", "ReadingPlot", "DRAWING"]


class DashboardPage(QScrollArea):
    """The dashboard for one period. See the module docstring."""

    redrawn = Signal()  # every section is drawn for the current period and indicators
    section_drawn = Signal(object)  # a SmallMultiples or ChartCard, just drawn

    def __init__(self, pack, parent: QWidget | None = None):
        super().__init__(parent)
        self.pack = pack
        self.period: Period | None = pack.latest_period()
        #: the chosen indicators (``set_indicators``); None: the report's key indicators
        self.codes: list[str] | None = None
        #: the period report the page shows (None: the pack has no period with figures)
        self.report: PeriodReport | None = None
        self.setWidgetResizable(True)
        page = QWidget()
        page.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.heading = heading("")
        self.demand = SmallMultiples(translate("dashboard", "Demand"))
        self.measures = SmallMultiples(translate("dashboard", "Selected measures"))
        self.chosen = SmallMultiples(translate("dashboard", "Key indicators"))
        self.plans_heading = heading(translate("dashboard", "Commitments by plan"))
        self.plans = QGridLayout()
        self.plan_cards: list[ChartCard] = []
        self.budget_heading = heading(translate("dashboard", "Budget update"))
        self.budget_card = ChartCard()
        #: each section's narrative, shown under its heading (``dashboard-<key>``)
        self.narratives: dict[str, QLabel] = {}
        self.breakdown_cards: list[ChartCard] = []
        self.snapshot_cards: list[ChartCard] = []
        self.rag_card = ChartCard()
        self.bars = QGridLayout()
        summary = QHBoxLayout()
        summary.addWidget(self.rag_card, 3)
        summary.addStretch(2)
        layout = QVBoxLayout(page)
        # The page grows before its sections are laid out, so a section drawn below the fold
        # never squeezes (and repaints) the charts in view for a moment.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.heading)
        layout.addWidget(self.demand)
        layout.addWidget(self._narrative("demand"))
        layout.addWidget(self.plans_heading)
        layout.addWidget(self._narrative("plans"))
        layout.addLayout(self.plans)
        layout.addWidget(self.measures)
        layout.addWidget(self._narrative("measures"))
        layout.addWidget(self.budget_heading)
        layout.addWidget(self._narrative("budget"))
        layout.addWidget(self.budget_card)
        layout.addWidget(self.chosen)
        self.bars_heading = heading(translate("dashboard", "Breakdowns and comparisons"))
        self.summary_heading = heading(translate("dashboard", "Status summary"))
        layout.addWidget(self.bars_heading)
        layout.addLayout(self.bars)
        layout.addWidget(self.summary_heading)
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

    def _narrative(self, key: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(translate("dashboard", "Narrative: {key}").format(key=key))
        label.setVisible(False)
        self.narratives[key] = label
        return label

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
        report = PeriodReport(pack, period, current()) if period is not None else None
        self.report = report
        if period is None:
            self.heading.setText(translate("dashboard", "Dashboard: the pack has no figures yet"))
        else:
            self.heading.setText(
                translate("dashboard", "Dashboard, {label}").format(
                    label=period_label(period, current()))
            )
        sections = {s.key: s for s in report.dashboard} if report is not None else {}
        demand = sections.get("demand")
        if self.codes is None:
            key_indicators = sections.get("key_indicators")
            chosen = key_indicators.codes if key_indicators is not None else ()

            def chosen_charts():
                return key_indicators.charts if key_indicators is not None else ()
        else:
            chosen = tuple(c for c in self.codes if pack.indicator(c) is not None) \
                if report is not None else ()

            def chosen_charts():
                return tuple(report.trend(code) for code in chosen)
        measures = sections.get("measures")
        work: list[tuple[QWidget, Callable[[], None]]] = [
            (self.demand, lambda: self.demand.show_trends(
                demand.charts if demand is not None else (), period)),
        ]
        plans = list(sections["plans"].charts) if "plans" in sections else []
        while len(self.plan_cards) < len(plans):
            card = ChartCard()
            self.plans.addWidget(card, len(self.plan_cards) // 2, len(self.plan_cards) % 2)
            self.plan_cards.append(card)
        for k, card in enumerate(self.plan_cards):
            card.setVisible(k < len(plans))
        self.plans_heading.setVisible(bool(plans))
        for card, chart in zip(self.plan_cards, plans, strict=False):
            card.describe(chart)
            work.append((card, card.draw))
        self.measures.setVisible(measures is not None)
        if measures is not None:
            self.measures.title = measures.title
            work.append((self.measures, lambda: self.measures.show_trends(measures.charts,
                                                                         period)))
            self.measures.reserve(len(measures.codes))
        budget = sections.get("budget")
        self.budget_heading.setVisible(budget is not None)
        self.budget_card.setVisible(budget is not None)
        if budget is not None:
            self.budget_card.describe(budget.charts[0])
            work.append((self.budget_card, self.budget_card.draw))
        for key, label in self.narratives.items():
            narrative = sections[key].narrative if key in sections else None
            label.setVisible(narrative is not None)
            label.setText(pack_text(narrative.text, narrative.text_cy) if narrative is not None
                          else "")
        work.append((self.chosen, lambda: self.chosen.show_trends(chosen_charts(), period)))
        self.demand.reserve(len(demand.codes) if demand is not None else 0)
        self.chosen.reserve(len(chosen))
        bars = [chart for name in ("breakdowns", "snapshots") if name in sections
                for chart in sections[name].charts]
        cards = self.breakdown_cards
        while len(cards) < len(bars):
            card = ChartCard()
            self.bars.addWidget(card, len(cards) // 2, len(cards) % 2)
            cards.append(card)
        for k, card in enumerate(cards):
            card.setVisible(k < len(bars))
        self.bars_heading.setVisible(bool(bars))
        cards, charts = cards[:len(bars)], bars
        self.rag_card.setVisible("rag" in sections)
        if "rag" in sections:
            cards = cards + [self.rag_card]
            charts = charts + list(sections["rag"].charts)
        self.summary_heading.setVisible("rag" in sections)
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
