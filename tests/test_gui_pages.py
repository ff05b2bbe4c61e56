"""The pages of the navigator as the main window uses them (``gui.pages.Editor``), and the window
assembled from its frame and its body (``gui.workspace``)."""

from __future__ import annotations

from gui import navigator
from gui.pages import PAGES, Editor
from model.periods import Period
from tests.conftest import Q3


def test_every_page_is_an_editor_and_follows_the_period(window):
    names = [page for page, _text in navigator.PAGES if page != "scorecard"] + ["dashboard"]
    assert set(names) == set(PAGES)
    for name in names:
        page = window.show_page(name)
        assert isinstance(page, Editor), name
        assert window.pages.currentWidget() is page
    window.set_period(Period(2024, 2))
    assert window.editors["commitments"].period == Period(2024, 2)
    assert window.editors["targets"].year == 2024
    assert window.editors["narratives"].period == Period(2024, 2)


def test_the_trend_and_detail_follow_the_indicator_chosen_on_the_page(qtbot, window):
    qtbot.waitUntil(lambda: window.trend_panel is not None)
    targets = window.show_page("targets")
    targets.select_indicator("K1.23")
    assert targets.selected_indicator() == "K1.23"
    qtbot.waitUntil(lambda: window.trend_panel.code == "K1.23")
    assert window.selected_code() == "K1.23"
    # A page without a choice of indicator leaves the docks on the grid's indicator.
    window.show_page("scorecard")
    window.scorecard_view.setCurrentIndex(
        window.scorecard_model.index(window.scorecard_model.row_of("D1"), 0))
    window.show_page("commitments")
    assert window.editors["commitments"].selected_indicator() is None
    assert window.selected_code() == "D1"
    commentary = window.show_page("commentary")
    commentary.select_indicator("K1.24")
    assert window.selected_code() == "K1.24"


def test_a_finding_about_commentary_opens_that_indicators_commentary(qtbot, window, filled):
    window.run_checks()
    row = next(i for i, f in enumerate(window.checks_model.findings)
               if f.field == "commentary")
    finding = window.checks_model.findings[row]
    window.go_to_finding(window.checks_model.index(row, 0))
    assert window.pages.currentWidget() is window.editors["commentary"]
    assert window.editors["commentary"].selected_indicator() == finding.code


def test_the_body_is_built_once_and_reached_through_the_window(window):
    assert window.workspace.scorecard_model is window.scorecard_model
    assert window.period == Q3
    body = window.workspace
    window._build_body()
    assert window.workspace is body


def test_the_breakdowns_editor_follows_its_table_to_a_new_key(window, filled):
    from model.commands import Command
    from model.edits.tables import new_table

    editor = window.show_page("breakdowns")
    filled.apply(new_table(filled, "breakdown", "Other", Q3))
    assert editor.add_table("Contacts")
    shown = editor.model.record()
    moved = shown.replace(name="contacts-moved")
    window.undo_stack.apply(Command("Move", (("breakdown", shown.key, None),
                                             ("breakdown", moved.key, moved))))
    assert editor.model.key == moved.key
    assert editor.heading.text() == "<h2>Contacts</h2>"
