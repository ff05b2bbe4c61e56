"""The place is kept (issue 14, defect 3), refusals stay at the cell (7), final periods look
locked and typing there says why (8), and the grid moves as a spreadsheet does (5, 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from gui.actions import ActionId
from gui.scorecard_columns import Column, Role
from model import records as r
from model.commands import put
from model.periods import Period
from tests.conftest import Q3, D


def _go(window, code, column):
    view, model = window.scorecard_view, window.scorecard_model
    index = model.index(model.row_of(code), column)
    view.setCurrentIndex(index)
    return index


def _many(filled):
    """Enough indicators that the grid scrolls."""
    filled.apply(put("More", *(r.Indicator(f"K9.{n}", title=f"Indicator {n}", unit="count",
                                           group="Shifting the Balance – Practice",
                                           position=10 + n) for n in range(1, 60))))


def test_the_place_is_kept_across_a_period_change(qtbot, window, filled):
    _many(filled)
    view = window.scorecard_view
    _go(window, "K9.36", Column.Q2)
    qtbot.wait(100)  # the new rows are laid out
    view.scrollTo(view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0
    trend_codes = []
    window.scorecard_view.selectionModel().currentRowChanged.connect(
        lambda *_: trend_codes.append(window.current_code()))
    window.actions_by_id[ActionId.NEXT_PERIOD].trigger()  # Ctrl+PgDn
    assert window.period == Period(2024, 4)
    assert window.current_code() == "K9.36"
    assert view.currentIndex().column() == Column.Q2
    assert view.selectionModel().isSelected(view.currentIndex())
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() == scrolled)
    assert "D1" not in trend_codes  # never went to the first indicator on the way
    window.trend_panel and qtbot.waitUntil(lambda: window.trend_panel.code == "K9.36")
    window.set_period(Q3)  # e.g. a point clicked in the trend chart
    assert window.current_code() == "K9.36"


def test_the_place_is_kept_across_undo_of_a_reloading_change(qtbot, window, filled):
    _go(window, "K1.23", Column.Q1)
    window.undo_stack.apply(put("Rename", filled.indicator("K1.24").replace(title="Renamed")))
    window.undo_stack.undo()  # an indicator change rebuilds every row
    assert window.current_code() == "K1.23"


def test_a_refused_figure_stays_at_its_cell_until_corrected(qtbot, window, filled):
    model, view = window.scorecard_model, window.scorecard_view
    index = _go(window, "D1", Column.Q3)
    assert not model.setData(index, "lots")
    refused = index.data(Role.REFUSED)
    assert refused[0] == "lots" and "not a number" in refused[1]
    assert "Refused" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "refused" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    qtbot.wait(50)
    view.viewport().grab()  # the delegate draws the outline without failing
    assert model.setData(index, "7,100")
    assert index.data(Role.REFUSED) is None
    assert "Refused" not in (index.data(Qt.ItemDataRole.ToolTipRole) or "")


def test_forms_clear_an_old_refusal_once_corrected(qtbot, window):
    settings = window.show_page("settings")
    assert not settings.commit("suppression_threshold", "five")
    assert "Refused" in settings.message.text()
    assert settings.commit("suppression_threshold", "5")
    assert settings.message.text() == ""


def test_a_final_period_looks_locked_and_typing_there_does_not_jump(qtbot, window, filled):
    filled.apply(put("Fix", r.Value("K1.24", Q3, actual=D(400)),
                     r.Commentary("K1.22", Q3, text="Recovering.")))
    filled.apply(put("Final", r.PeriodState(Q3, final=True)))
    model, view = window.scorecard_model, window.scorecard_view
    index = _go(window, "K1.23", Column.Q3)
    assert "is final" in index.data(Role.LOCKED)
    assert "is final" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(model.row_of("K1.23"), Column.YTD).data(Role.LOCKED) is None
    view.setFocus()
    qtbot.keyClicks(view, "d")  # would have jumped to D1 (type-ahead)
    assert window.current_code() == "K1.23"
    assert "final" in window.statusBar().currentMessage()


def test_return_moves_down_after_a_figure_and_without_one(qtbot, window, filled):
    view = window.scorecard_view
    index = _go(window, "K1.23", Column.Q3)
    view.setFocus()
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText("17.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: str(filled.value("K1.23", Q3).actual) == "17.5")
    assert window.current_code() == "K1.24" and view.currentIndex().column() == Column.Q3
    _go(window, "D1", Column.Q2)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_code() == "K1.22"  # past the group heading


def test_clicking_a_header_sorts_and_group_order_puts_it_back(qtbot, window, filled):
    view, model = window.scorecard_view, window.scorecard_model
    _go(window, "K1.23", Column.CODE)
    header = view.horizontalHeader()
    header.sectionClicked.emit(Column.Q3)  # as a click on the header does
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft()
                     + header.sectionViewportPosition(Column.Q3) * QPoint(1, 0)
                     + QPoint(5, 5))
    assert model.sorted_by is not None and model.sorted_by[0] == Column.Q3
    assert not any(model.index(row, 0).data(Role.IS_HEADING) for row in range(model.rowCount()))
    assert view.currentIndex().column() == Column.CODE and window.current_code() == "K1.23"
    figures = [model.index(row, Column.Q3).data(Role.SORT_KEY) for row in range(model.rowCount())]
    first_order = model.sorted_by[1]
    assert figures == sorted(figures, reverse=first_order)
    assert not view.selectionModel().isColumnSelected(Column.Q3)  # not a column selection
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft()
                     + header.sectionViewportPosition(Column.Q3) * QPoint(1, 0)
                     + QPoint(5, 5))
    assert model.sorted_by[1] != first_order  # again: reversed
    window.set_period(Period(2024, 2))
    assert model.sorted_by is not None  # kept across a reload
    window.actions_by_id[ActionId.GROUP_ORDER].trigger()
    assert model.sorted_by is None
    assert model.index(0, 0).data(Role.IS_HEADING)
    assert window.current_code() == "K1.23"


def test_redo_is_ctrl_y_and_ctrl_shift_z(window):
    keys = [s.toString() for s in window.actions_by_id[ActionId.REDO].shortcuts()]
    assert keys[0] == "Ctrl+Y" and "Ctrl+Shift+Z" in keys
    assert "Ctrl+Y" in window.actions_by_id[ActionId.REDO].shortcut().toString()


def test_every_page_and_the_navigator_have_a_shortcut_listed_in_the_go_menu(qtbot, window):
    from gui.actions import PAGE_ACTIONS

    go = window.menus["&Go"]
    listed = {a.objectName(): a.shortcut().toString() for a in go.actions() if a.objectName()}
    assert listed["go.navigator"] == "F6"
    for action_id, _page, _text, key in PAGE_ACTIONS:
        assert listed[action_id.value] == QKeySequence(key).toString()
    window.actions_by_id[ActionId.GO_COMMENTARY].trigger()
    assert window.pages.currentWidget() is window.editors["commentary"]
    assert window.editors["commentary"].form.boxes["text"].hasFocus()
    window.actions_by_id[ActionId.GO_NAVIGATOR].trigger()
    assert window.navigator.hasFocus()
    window.actions_by_id[ActionId.GO_SCORECARD].trigger()
    assert window.scorecard_view.hasFocus()


def test_zoom_is_remembered(qtbot, window, filled):
    from gui.main_window import MainWindow
    from gui.preferences import settings

    size = window.scorecard_view.font().pointSizeF()
    window.actions_by_id[ActionId.ZOOM_IN].trigger()
    window.actions_by_id[ActionId.ZOOM_IN].trigger()
    assert window.scorecard_view.font().pointSizeF() == size + 2
    again = MainWindow(filled, Q3)
    qtbot.addWidget(again)
    assert again.scorecard_view.font().pointSizeF() == size + 2
    window.actions_by_id[ActionId.ZOOM_RESET].trigger()
    assert window.scorecard_view.font().pointSizeF() == size
    assert int(settings().value("grid/zoom")) == 0


def test_tab_never_reaches_the_trend_chart(qtbot, window):
    qtbot.waitUntil(lambda: window.trend_panel is not None)
    from PySide6.QtWidgets import QWidget

    for part in (window.trend_panel, *window.trend_panel.findChildren(QWidget)):
        assert not part.focusPolicy() & Qt.FocusPolicy.TabFocus


from PySide6.QtCore import QPoint  # noqa: E402 - used by the header clicks above


def test_every_navigator_page_has_a_go_action():
    from gui.actions import PAGE_ACTIONS
    from gui.navigator import PAGES

    pages = {page for _id, page, _text, _key in PAGE_ACTIONS}
    assert {page for page, _text in PAGES} | {"dashboard"} <= pages
