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
    assert len(page.demand.plots) == len(demand_codes(pack)) == 15
    assert page.chosen.codes == ["PEO.01", "DEM.05", "PLA.02", "K1.25"]
    breakdown, snapshot = page.breakdown_cards[:2]
    assert len(breakdown.items["bars"]) == 4  # one stack segment per outcome
    assert len(snapshot.items["bars"]) == 2  # one bar per date
    assert "12 Green, 11 Amber, 7 Red" in page.rag_card.alt.text()
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
    assert len(sections) == 6  # demand, key indicators, breakdown, snapshot, RAG, commitments
    assert not any(s.pending or s.note.isVisible() for s in sections)
    assert len(page.demand.plots) == len(page.demand.charts) == 15
    assert len(page.chosen.plots) == len(page.chosen.charts) == 4
    # every small multiple has its figures drawn: the line through each chart's points
    for plot, items, chart in zip(page.demand.plots + page.chosen.plots,
                                  page.demand.items + page.chosen.items,
                                  page.demand.charts + page.chosen.charts, strict=True):
        assert items["lines"][0] in plot.items and items["lines"][0].series is chart.series[0]
        assert items["lines"][0].getData()[1].size == len(chart.categories)
    for card in page.breakdown_cards[:2] + [page.rag_card, page.commitment_card]:
        assert card.items["bars"] and card.buttons.isEnabled()
    assert "Drawing" not in page.demand.view.accessibleDescription()


def _period_of(section) -> str | None:
    """The period a drawn section shows, as its label (None: the same for every period)."""
    if hasattr(section, "charts"):
        labels = {c.categories[-1] for c in section.charts}
        assert len(labels) == 1, f"small multiples of two periods: {labels}"
        return labels.pop().split()[-1]  # "Q4 2023-24" -> the financial year
    if section.chart.title.startswith(("RAG status", "Commitments")):
        return section.chart.title.rsplit(", ", 1)[1].split()[0]
    return None


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
    # drawn section by section, then every one: five, for the sample's breakdown is 2024-25
    # Q4's and the dashboard, like the papers, shows only the period's breakdowns
    assert len(seen) > 5 and seen[-1] == 5


def test_sections_scrolled_into_view_are_drawn_at_once(qtbot, sample_pack):
    page = _dashboard(qtbot, sample_pack, height=500)
    qtbot.waitUntil(page.is_drawn, timeout=5000)
    page.set_period(Period(2023, 4))
    assert page.demand in page.sections_in_view() and not page.demand.pending
    assert page.commitment_card.pending and page.commitment_card.note.isVisible()
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    assert page.commitment_card in page.sections_in_view()
    assert not page.commitment_card.pending
    assert page.commitment_card.chart.title == "Commitments by status, 2023-24 Q4"
    qtbot.waitUntil(page.is_drawn, timeout=5000)
