"""The trend panel, the dashboard and chart export on screen (headless)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from gui.chart_export import ChartExportError, chart_image, save_chart_png
from gui.dashboard import DashboardPage
from gui.trend_panel import TrendPanel
from model import records as r
from model.commands import put, set_fields
from model.pack import Pack
from model.periods import Period
from model.report import demand_codes
from tests.conftest import D, add_indicator

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample.craffu"


@pytest.fixture
def trend_pack(pack):
    add_indicator(pack, "K1", title="Contacts answered", aggregation="last")
    add_indicator(pack, "D1", title="Contacts received", polarity="none", group="Demand")
    values = [r.Value("K1", Period(2023, q), actual=D(600 + 30 * q)) for q in (1, 2, 3, 4)]
    values += [r.Value("D1", Period(2023, q), actual=D(100 + q)) for q in (1, 2, 3, 4)]
    pack.apply(put("values", *values))
    pack.apply(put("t", r.Target("K1", 2023, annual=D(650), q1=D(620), q2=D(630), q3=D(640),
                                 q4=D(650))))
    return pack


def _distinct_colours(image, step: int = 4) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


@pytest.fixture
def panel(qtbot, trend_pack):
    widget = TrendPanel(trend_pack)
    qtbot.addWidget(widget)
    widget.resize(700, 420)
    widget.show()
    widget.show_indicator("K1")
    qtbot.waitExposed(widget)
    return widget


def test_panel_draws_figures_trajectory_and_target(panel):
    assert len(panel.items["lines"]) == 2  # figures and trajectory
    assert panel.items["lines"][0].series.values[-4:] == [630.0, 660.0, 690.0, 720.0]
    assert panel.items["steps"].getData()[1].tolist()[:2] == [650.0, 650.0]
    assert "rose in each of the last three quarters, from 630 to 720" in panel.alt.text()
    image = panel.plot_widget.grab().toImage()
    assert _distinct_colours(image) > 20


def test_panel_redraws_when_a_figure_is_edited(qtbot, panel, trend_pack):
    with qtbot.waitSignal(panel.redrawn, timeout=1000):
        trend_pack.apply(set_fields(trend_pack, "value", ("K1", Period(2023, 4)),
                                    actual=D(500)))
    assert panel.items["lines"][0].series.values[-1] == 500.0
    assert "fell in the latest quarter, from 690 to 500" in panel.alt.text()


def test_panel_ignores_edits_to_other_indicators(qtbot, panel, trend_pack):
    with qtbot.assertNotEmitted(panel.redrawn):
        trend_pack.apply(set_fields(trend_pack, "value", ("D1", Period(2023, 4)),
                                    actual=D(7)))


def test_clicking_a_point_selects_its_period(qtbot, panel):
    scatter = panel.items["points"][0]
    spot = scatter.points()[1]
    with qtbot.waitSignal(panel.period_selected, timeout=1000) as blocker:
        scatter.sigClicked.emit(scatter, [spot], None)
    assert blocker.args == [Period(2023, 2)]


def test_hovering_shows_value_and_status(panel):
    scatter = panel.items["points"][0]
    spot = scatter.points()[3]
    panel._hovered(scatter, [spot])
    assert panel.hover.text().startswith("Q4 2023-24: 720 — Green")


def test_year_end_view_has_one_value_per_year(qtbot, panel):
    with qtbot.waitSignal(panel.redrawn, timeout=1000):
        panel.set_view("years")
    assert panel.chart.categories[-1] == "2023-24"
    assert panel.items["lines"][0].series.values[-1] == 720.0
    assert len(panel.items["lines"]) == 1  # no trajectory in the year-end view


def test_no_indicator_shows_a_message_and_disables_export(panel):
    panel.show_indicator("NOPE")
    assert panel.title.text() == "There is no indicator NOPE."
    assert not panel.export_buttons.isEnabled()


def test_export_png_at_print_resolution_and_copy(panel, tmp_path):
    path = save_chart_png(panel.plot_widget, tmp_path / "trend")
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert path.name == "trend.png" and image.width() == 2008  # 170 mm at 300 dpi
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    assert _distinct_colours(image, 16) > 20
    panel.export_buttons.copy()
    assert QGuiApplication.clipboard().image().width() == 2008


def test_export_to_a_missing_folder_names_it(panel, tmp_path):
    with pytest.raises(ChartExportError, match="does not exist"):
        save_chart_png(panel.plot_widget, tmp_path / "nowhere" / "c.png")


def test_export_before_showing_is_refused(qtbot, trend_pack):
    widget = TrendPanel(trend_pack)
    qtbot.addWidget(widget)
    widget.plot_widget.resize(0, 0)
    with pytest.raises(ChartExportError, match="no size"):
        chart_image(widget.plot_widget)


@pytest.fixture
def sample_pack():
    pack = Pack.open(SAMPLE, read_only=True)
    yield pack
    pack.close()


def _dashboard(qtbot, pack, height=800):
    page = DashboardPage(pack)
    qtbot.addWidget(page)
    page.resize(1200, height)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_dashboard_on_the_sample_pack(qtbot, sample_pack):
    pack = sample_pack
    page = _dashboard(qtbot, pack)
    qtbot.waitUntil(page.is_drawn, timeout=5000)
    assert len(page.demand.plots) == len(demand_codes(pack)) == 16
    assert page.chosen.codes == ["PEO.01", "DEM.05", "PLA.02", "K1.25"]
    report = page.report
    breakdown = page.breakdown_cards[0]
    snapshot = page.breakdown_cards[len(report.breakdowns)]
    assert len(breakdown.items["bars"]) == 4  # one stack segment per outcome
    assert len(snapshot.items["bars"]) == 2  # one bar per date
    counts = report.scorecard.rag_counts()
    assert f"{counts['Green']} Green, {counts['Amber']} Amber, {counts['Red']} Red" in \
        page.rag_card.alt.text()
    # the commitments plan by plan, the selected measures and the budget update
    assert [c.chart.title for c in page.plan_cards if c.isVisible()] == [
        "Corporate Plan: commitments by status, 2024-25 Q4",
        "Directorate Delivery Plan: commitments by status, 2024-25 Q4"]
    assert [c.code for c in page.measures.charts] == ["PRA.03", "PRA.05", "PRA.04"]
    assert page.budget_card.chart.title == "Budget and projected outturn, 2024-25 Q4"
    assert page.narratives["budget"].isVisible()
    assert _distinct_colours(breakdown.plot_widget.grab().toImage()) > 10
    with qtbot.waitSignal(page.redrawn, timeout=5000):
        page.set_period(Period(2023, 4))
    assert page.heading.text() == "Dashboard, 2023-24 Q4"
    assert page.demand.charts[0].categories[-1] == "Q4 2023-24"


def test_dashboard_eventually_shows_every_chart_and_no_drawing_note(qtbot, sample_pack):
    page = _dashboard(qtbot, sample_pack)
    with qtbot.waitSignal(page.redrawn, timeout=5000):
        pass
    sections = page.sections()
    # demand, two plans, selected measures, budget, key indicators, three breakdowns, two
    # snapshots, RAG
    assert len(sections) == 12
    assert not any(s.pending or s.note.isVisible() for s in sections)
    assert len(page.demand.plots) == len(page.demand.charts) == 16
    assert len(page.chosen.plots) == len(page.chosen.charts) == 4
    # every small multiple has its figures drawn: the line through each chart's points
    for plot, items, chart in zip(page.demand.plots + page.chosen.plots,
                                  page.demand.items + page.chosen.items,
                                  page.demand.charts + page.chosen.charts, strict=True):
        assert items["lines"][0] in plot.items and items["lines"][0].series is chart.series[0]
        assert items["lines"][0].getData()[1].size == len(chart.categories)
    for card in page.breakdown_cards[:5] + [page.rag_card, page.budget_card,
                                            *page.plan_cards]:
        assert card.items["bars"] and card.buttons.isEnabled()
    assert "Drawing" not in page.demand.view.accessibleDescription()


def _period_of(section) -> str | None:
    """The period a drawn section shows, as its label (None: the same for every period)."""
    if hasattr(section, "charts"):
        labels = {c.categories[-1] for c in section.charts}
        assert len(labels) == 1, f"small multiples of two periods: {labels}"
        return labels.pop().split()[-1]  # "Q4 2023-24" -> the financial year
    import re

    found = re.search(r"(\d{4}-\d{2}) Q[1-4]$", section.chart.title)
    return found.group(1) if found else None


def test_a_period_change_while_drawing_never_mixes_two_periods(qtbot, sample_pack):
    page = _dashboard(qtbot, sample_pack)
    qtbot.waitUntil(page.is_drawn, timeout=5000)
    later, earlier = page.period, Period(2022, 4)
    seen = []

    def check(_section=None):
        year = page.period.fy.label
        for section in page.sections():
            if section.pending:
                assert section.note.isVisible() and not section.buttons.isEnabled()
            else:
                assert _period_of(section) in (None, year)
        seen.append(sum(not s.pending for s in page.sections()))

    def change_period_while_drawing(_section):
        page.section_drawn.disconnect(change_period_while_drawing)
        assert not page.is_drawn()  # the sections below are still to draw
        page.set_period(earlier)  # sections already drawn for 2024-25 are covered again

    page.section_drawn.connect(change_period_while_drawing)
    page.section_drawn.connect(check)
    with qtbot.waitSignal(page.redrawn, timeout=5000):
        page.set_period(later.previous())
    check()
    assert page.is_drawn() and page.period == earlier
    assert {_period_of(s) for s in page.sections()} == {None, "2022-23"}
    # drawn section by section, then every one (2022-23 Q4 has no breakdown, no commitment
    # live and no budget lines: the dashboard, like the papers, shows only the period's)
    assert len(seen) > 5 and seen[-1] == len(page.sections()) == 6


def test_sections_scrolled_into_view_are_drawn_at_once(qtbot, sample_pack):
    page = _dashboard(qtbot, sample_pack, height=500)
    qtbot.waitUntil(page.is_drawn, timeout=5000)
    page.set_period(Period(2023, 4))
    assert page.demand in page.sections_in_view() and not page.demand.pending
    assert page.rag_card.pending and page.rag_card.note.isVisible()
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    assert page.rag_card in page.sections_in_view()
    assert not page.rag_card.pending
    assert page.rag_card.chart.title == "RAG status by group, 2023-24 Q4"
    qtbot.waitUntil(page.is_drawn, timeout=5000)
