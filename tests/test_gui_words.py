"""Words and layout (issue 14, defects 10, 11 and 13): what the editors say, and what fits."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from gui.editors.commitments import STATUS_FILL
from gui.scorecard_columns import FORECAST_WORDS
from model import records as r
from model.commands import put
from model.import_plan import _counted
from model.periods import Period
from tests.conftest import Q3, D


def test_forecast_words():
    assert FORECAST_WORDS["may"] == "may meet the target"
    assert all("may to" not in words for words in FORECAST_WORDS.values())


def test_import_counts_in_words():
    assert _counted("indicator", 1) == "indicator"
    assert _counted("value", 3) == "figures"
    assert _counted("commentary", 2) == "commentaries"


def test_settings_say_what_they_mean(qtbot, window):
    form = window.show_page("settings")
    language = form.boxes["language"]
    assert language.currentText() == "English"  # not "en"
    labels = " ".join(f.label for f in form.fields)
    assert "%" not in labels.replace("percentage", "")
    assert "Sustained" in labels


def test_targets_say_last_years_target_and_print_figures(qtbot, window, filled):
    filled.apply(put("T", r.Target("D1", 2024, annual=D(5500)), r.Target("K1.22", 2023,
                                                                           annual=D(58))))
    editor = window.show_page("targets")
    model = editor.model
    headers = [c.header for c in model.columns]
    assert "Last year's target" in headers and "Last year" not in headers
    row = model.keys.index(("K1.22",))
    assert model.index(row, headers.index("Last year's target")).data() == "58.0%"
    row = model.keys.index(("D1",))
    annual = model.index(row, headers.index("Annual target"))
    assert annual.data() == "5,500"
    assert annual.data(Qt.ItemDataRole.EditRole) == "5500"  # typed as a plain number


def test_snapshot_dates_as_people_write_them_and_change_not_total(qtbot, window, filled):
    filled.apply(put("S", r.Snapshot("lac", "Children looked after by placement",
                                     dates=["2016-03-31", "2024-03-31"],
                                     categories=["Foster care", "Residential"],
                                     counts=[[146, 131], [20, 35]])))
    editor = window.show_page("snapshots")
    model = editor.model
    model.set_name("lac")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(model.columnCount())]
    assert headers == ["31 March 2016", "31 March 2024", "Change"]
    assert model.index(0, 2).data() == "-15"  # 131 - 146, not 146 + 131
    assert model.index(2, 2).data() == "0"  # the totals' change: 166 - 166


def test_cover_report_dates_as_people_write_them(qtbot, window, filled):
    filled.apply(put("M", r.Meeting(Q3, meeting_date=dt.date(2025, 3, 31))))
    meeting = window.show_page("cover").meeting
    assert meeting.boxes["meeting_date"].text() == "31 March 2025"
    assert meeting.commit("meeting_date", "14 January 2025")
    assert filled.get("meeting", (Q3,)).meeting_date == dt.date(2025, 1, 14)


def test_commitments_status_on_screen_and_coloured(qtbot, window, filled):
    filled.apply(put("C", r.Commitment("CP1", "Open two new children's homes"),
                     r.CommitmentUpdate("CP1", Q3, status="Amber", progress="Site agreed")))
    editor = window.show_page("commitments")
    headers = [c.header for c in editor.model.columns]
    assert headers.index("Status") == 2 and headers.index("Progress") == 3
    status = editor.model.index(0, 2)
    assert status.data() == "Amber"  # the word, not colour alone
    assert status.data(Qt.ItemDataRole.BackgroundRole).color().name() == \
        STATUS_FILL["Amber"].lower()
    from exporters.pdf_appendices import STATUS_FILL as PAPERS

    assert STATUS_FILL == PAPERS  # the window's colours are the papers'


def test_rag_letters_never_crowd_even_over_ten_years(filled):
    from gui.chart_letters import LETTER_SPACING, letters_shown
    from model.charts import trend_chart

    for q in range(1, 5):
        for year in range(2015, 2024):
            filled.apply(put("v", r.Value("K1.23", Period(year, q), actual=D(20 + q % 2 * 5))))
        filled.apply(put("t", *(r.Target("K1.23", y, annual=D(22)) for y in range(2015, 2024))))
    chart = trend_chart(filled, "K1.23", Q3, years=10)
    series = next(s for s in chart.series if any(p.letter for p in s.points))
    shown = letters_shown(chart, series)
    lettered = [p for p in series.points if p.letter]
    assert len(shown) < len(lettered) / 2
    assert all(b.x - a.x >= LETTER_SPACING for a, b in zip(shown, shown[1:], strict=False))
    assert shown[-1] is lettered[-1]  # the latest status is always lettered


def test_navigator_tells_groups_apart(qtbot, window):
    top = window.navigator.items["scorecard"]
    names = [top.child(i).toolTip(0) for i in range(top.childCount())]
    assert "Shifting the Balance – Practice" in names
    assert window.navigator.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_settings_fields_sit_together_at_the_top(qtbot, window):
    form = window.show_page("settings")
    form.resize(900, 900)
    qtbot.wait(20)
    boxes = sorted(form.boxes.values(), key=lambda b: b.y())
    gaps = [b.y() - a.y() for a, b in zip(boxes, boxes[1:], strict=False)]
    assert max(gaps) < 80  # no large empty gap between the fields


def test_dashboard_scrolls_sideways_rather_than_cut_a_column(qtbot, window):
    from gui.dashboard_cards import COLUMNS, MIN_CELL_WIDTH

    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.demand.view.minimumWidth() > 0, timeout=10000)
    assert page.demand.view.minimumWidth() >= min(COLUMNS, len(page.demand.codes)) \
        * MIN_CELL_WIDTH or not page.demand.codes


def test_breakdown_total_column_is_on_screen(qtbot, window, filled):
    columns = ["Advice and assistance", "Referred for assessment", "Early help / Family Gateway",
               "No further action", "Strategy discussion held"]
    filled.apply(put("B", r.Breakdown("src", "By source and outcome", Q3, rows=["Police"],
                                      columns=columns, cells=[[1, 2, 3, 4, 5]])))
    window.trend_dock.hide()  # the test screen is 800 pixels wide
    editor = window.show_page("breakdowns")
    editor.model.set_name("src")
    qtbot.wait(50)
    editor.fit_columns()
    qtbot.wait(50)
    table, last = editor.table, editor.model.columnCount() - 1
    assert editor.model.headerData(last, Qt.Orientation.Horizontal) == "Total"
    right = table.columnViewportPosition(last) + table.columnWidth(last)
    assert 0 <= table.columnViewportPosition(last) and right <= table.viewport().width() + 1
    assert "\n" in editor.model.headerData(1, Qt.Orientation.Horizontal)  # on two lines


def test_the_checks_dock_follows_a_correction_and_bottom_docks_show_several_lines(
        qtbot, window, filled):
    window.run_checks()
    missing = [f for f in window.checks_model.findings if f.code == "K1.24"]
    assert missing
    model = window.scorecard_model
    assert model.setData(model.index(model.row_of("K1.24"), 5), "400")  # Q3
    qtbot.waitUntil(lambda: not [f for f in window.checks_model.findings
                                 if f.code == "K1.24" and f.field == "actual"], timeout=3000)
    assert "error" in window.checks_dock.windowTitle()
    window.workspace.size_docks()
    qtbot.wait(20)
    line = window.history_view.fontMetrics().height()
    assert window.checks_dock.height() >= 6 * line
