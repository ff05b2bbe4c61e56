"""The editor, continued: the officer's forecast, the structure of breakdowns, snapshots, key
areas, narratives and groups, block copy and paste in the table editors, and the scorecard's
kept cell values.

Each test drives the window as an officer would and checks what they would see; waits are on
signals or conditions, never sleeps.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from gui.editors.groups import GroupsEditor, group_columns
from gui.editors.matrix import COLUMNS, ROWS, LinesModel, MatrixModel
from gui.editors.record_table import RecordTableModel
from gui.scorecard_model import OVERRIDE_MARK, Column, ScorecardModel
from model import records as r
from model import symbols
from model.commands import put
from model.periods import Period
from tests.conftest import Q3, D
from tests.test_gui import cell


def shown(window, code: str, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return window.scorecard_model.data(cell(window.scorecard_model, code, column), role)


def select(view, top_left, bottom_right) -> None:
    """Select the block from ``top_left`` to ``bottom_right`` with the first as current."""
    view.setCurrentIndex(top_left)
    view.selectionModel().select(QItemSelection(top_left, bottom_right),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect)


# -- the officer's forecast --------------------------------------------------------------------


def test_forecast_override_needs_a_reason_changes_face_and_tooltip_and_undoes(qtbot, window,
                                                                               filled):
    # K1.23 (vacancy rate) is Amber, so its calculated face is "may".
    view = window.scorecard_view
    assert shown(window, "K1.23", Column.FACE) == symbols.FACE["may"]
    face = cell(window.scorecard_model, "K1.23", Column.FACE)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=view.visualRect(face).center())
    dialog = view.forecast_dialog
    assert dialog.isVisible() and dialog.code == "K1.23"
    assert "Calculated from the RAG status (may)" in dialog.choice.itemText(0)
    # an empty reason is refused in the dialog, with the reason shown; nothing is stored
    dialog.set_choice("likely", "   ")
    assert not dialog.save()
    assert dialog.isVisible()
    assert "Refused" in dialog.message.text() and "reason" in dialog.message.text()
    assert filled.forecast_override("K1.23", Q3) is None
    # with a reason the face changes at once, marked, and the tooltip gives the reason
    dialog.set_choice("likely", "Q4 recruitment of six social workers closes the gap")
    assert dialog.save()
    assert not dialog.isVisible()
    assert shown(window, "K1.23", Column.FACE) == f"{symbols.FACE['likely']} {OVERRIDE_MARK}"
    tip = shown(window, "K1.23", Column.FACE, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("likely: officer's forecast, because Q4 recruitment of six social "
                          "workers closes the gap (calculated: may)")
    assert OVERRIDE_MARK in tip
    assert shown(window, "K1.23", Column.FACE, Qt.ItemDataRole.AccessibleTextRole) == \
        "likely to meet the target (officer's forecast)"
    assert OVERRIDE_MARK in window.scorecard_page.key_label.text()
    assert window.undo_stack.undoText().startswith("Override forecast K1.23")
    # undo: back to the calculated face, unmarked; redo brings the override back
    window.undo_stack.undo()
    assert shown(window, "K1.23", Column.FACE) == symbols.FACE["may"]
    window.undo_stack.redo()
    assert shown(window, "K1.23", Column.FACE).endswith(OVERRIDE_MARK)
    # the right-click menu changes or clears it
    menu = view.context_menu(face)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0].startswith("Change officer's")
    assert view.clear_forecast_override(face)
    assert filled.forecast_override("K1.23", Q3) is None
    assert shown(window, "K1.23", Column.FACE) == symbols.FACE["may"]


def test_forecast_override_from_the_detail_dock(qtbot, window, filled):
    window.scorecard_view.setCurrentIndex(cell(window.scorecard_model, "K1.22", Column.Q3))
    window.detail.show_indicator(filled, "K1.22", Q3)
    assert not window.detail.clear_button.isEnabled()
    dialog = window.detail.override_forecast()
    dialog.set_choice("may", "New triage team from January")
    assert dialog.save()
    override = filled.forecast_override("K1.22", Q3)
    assert (override.forecast, override.reason) == ("may", "New triage team from January")
    assert "officer's forecast, because New triage team" in window.detail.text()
    assert window.detail.clear_button.isEnabled()
    assert shown(window, "K1.22", Column.FACE) == f"{symbols.FACE['may']} {OVERRIDE_MARK}"
    assert window.detail.clear_forecast()
    assert filled.forecast_override("K1.22", Q3) is None
    window.undo_stack.undo()
    assert filled.forecast_override("K1.22", Q3) is not None


def test_forecast_of_a_final_period_is_refused(qtbot, window, filled):
    filled.apply(put("Final", r.PeriodState(Q3, final=True)))
    view = window.scorecard_view
    assert view.override_forecast(cell(window.scorecard_model, "K1.23", Column.FACE)) is None
    assert "final" in view.last_refusal


# -- the scorecard's kept values ----------------------------------------------------------------


def test_an_edit_signals_only_its_row_and_the_cells_that_changed(qtbot, window, filled):
    model = window.scorecard_model
    everything = [[model.data(model.index(row, c), role) for c in Column
                   for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
                  for row in range(model.rowCount())]
    assert everything  # every row's values are now kept
    seen: list = []
    model.dataChanged.connect(lambda a, b, roles: seen.append((a.row(), b.row(), a.column(),
                                                               b.column(), set(roles))))
    row = model.row_of("K1.24")
    model.setData(model.index(row, Column.Q3), "150")
    assert {(top, bottom) for top, bottom, *_ in seen} == {(row, row)}  # that row only
    painted = {(left, right): roles for _t, _b, left, right, roles in seen
               if int(Qt.ItemDataRole.DisplayRole) in roles}
    # the figures and symbols drawn: Q3, year to date, RAG, arrow, face (not the code, title,
    # previous outturn, earlier quarters or target)
    assert list(painted) == [(Column.Q3, Column.FACE)]
    filled_cells = [(left, right) for _t, _b, left, right, roles in seen
                    if int(Qt.ItemDataRole.BackgroundRole) in roles]
    assert filled_cells == [(Column.RAG, Column.RAG)]  # the RAG fill changed, nothing else
    assert not any(int(Qt.ItemDataRole.FontRole) in roles for *_x, roles in seen)
    assert any(int(Qt.ItemDataRole.ToolTipRole) in roles for *_x, roles in seen)
    # what is shown is what a fresh model shows
    fresh = ScorecardModel()
    fresh.set_pack(filled, Q3)
    for r_ in range(model.rowCount()):
        for c in Column:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                assert model.data(model.index(r_, c), role) == \
                    fresh.data(fresh.index(r_, c), role), (r_, c, role)
    fresh.detach()
    # other rows keep their values; a settings change reloads everything
    window.undo_stack.apply(put("Tolerance", filled.settings.replace(default_tolerance=D(50))))
    assert shown(window, "K1.22", Column.RAG) == "A"  # 61.0% within 50% of 70.0%


def test_one_value_fills_a_selected_range_of_the_scorecard(qtbot, window, filled):
    model, view = window.scorecard_model, window.scorecard_view
    select(view, cell(model, "K1.23", Column.Q2), cell(model, "K1.24", Column.Q3))
    assert view.paste("20\n")
    assert [filled.value(code, Period(2024, q)).actual for code in ("K1.23", "K1.24")
            for q in (2, 3)] == [D(20)] * 4
    window.undo_stack.undo()
    assert filled.value("K1.23", Period(2024, 2)).actual == D("17.0")


# -- structure: breakdowns and snapshots --------------------------------------------------------


def test_add_rename_and_delete_a_breakdown_with_undo(qtbot, window, filled):
    editor = window.show_page("breakdowns")
    assert "No breakdowns" in editor.heading.text()
    assert editor.add_table("Referrals by outcome")
    record = filled.get("breakdown", ("referrals-by-outcome", Q3))
    assert (record.rows, record.columns, record.cells) == (
        ["Row 1", "Row 2"], ["Column 1", "Column 2"], [[None, None], [None, None]])
    assert record.period == Q3
    # rename in English and Welsh; choose its period and related indicator
    assert editor.details.commit("title", "Referrals by source and outcome")
    assert editor.details.commit("title_cy", "Atgyfeiriadau yn ôl ffynhonnell")
    assert not editor.details.commit("period", "next quarter")
    assert "not a period" in editor.details.message.text()
    assert editor.details.commit("period", "2024-25 Q2")
    assert editor.details.commit("indicator", "D1")
    # the period is part of a breakdown's identity: the table moves to 2024-25 Q2
    assert filled.get("breakdown", ("referrals-by-outcome", Q3)) is None
    record = filled.get("breakdown", ("referrals-by-outcome", Period(2024, 2)))
    assert (record.title, record.title_cy, record.period, record.indicator) == (
        "Referrals by source and outcome", "Atgyfeiriadau yn ôl ffynhonnell", Period(2024, 2),
        "D1")
    assert editor.items.currentItem().text() == "Referrals by source and outcome (2024-25 Q2)"
    assert "Referrals by source and outcome" in editor.heading.text()
    # delete after confirming; undo brings it back
    assert not editor.delete(confirm=False)
    assert editor.delete(confirm=True)
    assert filled.get("breakdown", ("referrals-by-outcome", Period(2024, 2))) is None
    assert editor.items.count() == 0
    window.undo_stack.undo()
    assert filled.get("breakdown", ("referrals-by-outcome", Period(2024, 2))) is not None
    assert editor.items.count() == 1


def test_adding_a_row_keeps_the_cells_consistent_and_totals_update(qtbot, window, filled):
    filled.apply(put("B", r.Breakdown("src", "Contacts by source", Q3,
                                      rows=["Police", "School"], columns=["NFA", "Referral"],
                                      cells=[[10, 20], [30, None]])))
    editor = window.show_page("breakdowns")
    rows, columns = editor.lines[ROWS], editor.lines[COLUMNS]
    rows.table.setCurrentIndex(rows.model.index(0, 0))
    assert rows.add()
    record = filled.get("breakdown", ("src", Q3))
    assert record.rows == ["Police", "New row", "School"]
    assert record.cells == [[10, 20], [None, None], [30, None]]
    # name the new row in both languages, then enter its figures: the totals follow
    assert rows.model.setData(rows.model.index(1, 0), "Health")
    assert rows.model.setData(rows.model.index(1, 1), "Iechyd")
    assert not rows.model.setData(rows.model.index(1, 0), "School")  # two rows of one name
    assert editor.model.setData(editor.model.index(1, 0), "5")
    assert editor.model.headerData(1, Qt.Orientation.Vertical) == "Health"
    assert editor.model.data(editor.model.index(3, 0)) == "45"  # NFA total
    assert editor.model.data(editor.model.index(3, 2)) == "65"  # grand total
    record = filled.get("breakdown", ("src", Q3))
    assert record.rows_cy == ["", "Iechyd", ""]
    # remove a column with its figures; move a row with its figures
    columns.table.setCurrentIndex(columns.model.index(0, 0))
    assert columns.remove()
    assert filled.get("breakdown", ("src", Q3)).cells == [[20], [None], [None]]
    rows.table.setCurrentIndex(rows.model.index(0, 0))
    assert rows.move(1)
    record = filled.get("breakdown", ("src", Q3))
    assert (record.rows, record.cells) == (["Health", "Police", "School"], [[None], [20], [None]])
    assert editor.model.data(editor.model.index(3, 1)) == "20"
    # the last column cannot go; undo each step back to the start
    assert not columns.remove()
    assert "at least one column" in editor.message.text()
    for _ in range(6):
        window.undo_stack.undo()
    assert filled.get("breakdown", ("src", Q3)).cells == [[10, 20], [30, None]]


def test_snapshot_dates_and_categories(qtbot, window, filled):
    editor = window.show_page("snapshots")
    assert editor.add_table("Children looked after by placement")
    record = filled.all("snapshot")[0]
    dates = editor.lines[COLUMNS]
    assert dates.add()
    assert filled.get("snapshot", record.key).dates == ["2023-03-31", "2024-03-31",
                                                        "2025-03-31"]
    assert not dates.model.setData(dates.model.index(2, 0), "soon")
    assert "not a date" in editor.message.text()
    assert dates.model.setData(dates.model.index(2, 0), "31/12/2024")
    assert filled.get("snapshot", record.key).dates[2] == "2024-12-31"
    assert len(filled.get("snapshot", record.key).counts[0]) == 3
    assert editor.details.commit("group", "Demand")


def test_key_areas_and_narratives_new_and_delete(qtbot, window, filled):
    areas = window.show_page("key_areas")
    assert areas.add("Assessments on time", "K1.22")
    assert filled.get("key_area", ("assessments-on-time",)).indicator == "K1.22"
    assert areas.form.commit("title_cy", "Asesiadau ar amser")
    assert areas.delete(confirm=True)
    assert filled.get("key_area", ("assessments-on-time",)) is None
    window.undo_stack.undo()
    assert filled.get("key_area", ("assessments-on-time",)).title_cy == "Asesiadau ar amser"
    narratives = window.show_page("narratives")
    assert narratives.add("Workforce")
    assert narratives.delete(confirm=True)
    assert filled.get("narrative", ("Workforce", Q3)) is None


# -- groups -------------------------------------------------------------------------------------


def test_renaming_a_group_moves_its_indicators_in_one_undo_step(qtbot, window, filled):
    indicators = window.show_page("indicators")
    editor = indicators.edit_groups().editor
    assert isinstance(editor, GroupsEditor)
    model = editor.model
    assert [k[0] for k in model.keys] == ["Demand", "Shifting the Balance – Practice"]
    practice = model.index(1, 0)
    assert model.data(model.index(1, 2)) == "3"  # indicators in the group
    before = window.undo_stack.count()
    assert model.setData(practice, "Practice")
    assert window.undo_stack.count() == before + 1
    assert {ind.group for ind in filled.indicators() if ind.code.startswith("K")} == {"Practice"}
    assert filled.get("group", ("Shifting the Balance – Practice",)) is None
    assert filled.get("group", ("Practice",)).position == 2
    headings = [g.name for g, _ in window.scorecard_model.scorecard.groups]
    assert headings == ["Demand", "Practice"]
    # another group's name, or none, is refused
    refused: list[str] = []
    model.editRefused.connect(refused.append)
    assert not model.setData(model.index(1, 0), "Demand")
    assert "already a group 'Demand'" in refused[-1]
    assert not model.setData(model.index(1, 0), " ")
    # the Welsh name, and the order of the groups
    assert model.setData(model.index(1, 1), "Ymarfer")
    assert filled.get("group", ("Practice",)).name_cy == "Ymarfer"
    editor.table.setCurrentIndex(model.index(1, 0))
    assert editor.move(-1)
    assert [g.name for g, _ in window.scorecard_model.scorecard.groups] == ["Practice", "Demand"]
    # undo the move, the Welsh name and the rename: one step each
    for _ in range(3):
        window.undo_stack.undo()
    assert {ind.group for ind in filled.indicators() if ind.code.startswith("K")} == {
        "Shifting the Balance – Practice"}
    assert [g.name for g, _ in window.scorecard_model.scorecard.groups] == [
        "Demand", "Shifting the Balance – Practice"]


# -- block copy and paste in the table editors --------------------------------------------------


def test_paste_a_block_into_the_indicators_table_and_a_bad_block_is_refused(qtbot, window,
                                                                            filled):
    editor = window.show_page("indicators")
    model, table = editor.model, editor.table
    headers = [c.header for c in model.columns]
    title, owner = headers.index("Title"), headers.index("Owner")
    k22, k23 = model.keys.index(("K1.22",)), model.keys.index(("K1.23",))
    table.setCurrentIndex(model.index(k22, title))
    before = window.undo_stack.count()
    assert table.paste("Assessments on time\tAsesiadau ar amser\n"
                       "Vacancy rate\tCyfradd swyddi gwag\n")
    assert window.undo_stack.count() == before + 1  # one undo step
    assert (filled.indicator("K1.22").title, filled.indicator("K1.23").title_cy) == (
        "Assessments on time", "Cyfradd swyddi gwag")
    assert "Pasted 4 cells" in editor.message.text()
    # a bad block: nothing changes, and the first bad cell is named with the reason
    table.setCurrentIndex(model.index(k22, title))
    assert not table.paste("Still fine\t\n\tTeitl\n")
    assert "K1.23, Title (row 2, column 1 of the pasted cells): a title is required" in \
        editor.message.text()
    assert "Refused" in editor.message.text()
    assert filled.indicator("K1.22").title == "Assessments on time"
    unit = headers.index("Unit")
    table.setCurrentIndex(model.index(k23, unit))
    assert not table.paste("percent\ngallons\n")
    assert "K1.24, Unit (row 2, column 1 of the pasted cells): 'gallons' is not one of" in \
        table.last_refusal
    assert filled.indicator("K1.23").unit == "percent"
    # copy a block as tab-separated text
    select(table, model.index(k22, title), model.index(k23, title + 1))
    assert table.copy_selection() == ("Assessments on time\tAsesiadau ar amser\n"
                                      "Vacancy rate\tCyfradd swyddi gwag\n")
    assert QApplication.clipboard().text().startswith("Assessments on time\t")
    # one value fills a selected range; Delete clears it (blank, as one step)
    select(table, model.index(0, owner), model.index(3, owner))
    assert table.paste("Head of Children's Services")
    assert {ind.owner for ind in filled.indicators()} == {"Head of Children's Services"}
    assert table.clear_selection()
    assert {ind.owner for ind in filled.indicators()} == {""}
    window.undo_stack.undo()
    assert filled.indicator("D1").owner == "Head of Children's Services"


def test_paste_targets_commitments_and_breakdown_cells(qtbot, window, filled):
    targets = window.show_page("targets")
    model = targets.model
    headers = [c.header for c in model.columns]
    annual = headers.index("Annual target")
    start = model.keys.index(("K1.22",))
    targets.table.setCurrentIndex(model.index(start, annual))
    assert targets.table.paste("72\t18; 36; 54; 72\tyes\n")
    target = filled.target("K1.22", 2024)
    assert (target.annual, target.trajectory, target.management) == (
        D(72), (D(18), D(36), D(54), D(72)), True)
    targets.table.setCurrentIndex(model.index(start, annual))
    assert not targets.table.paste("101\n")
    assert "K1.22, Annual target (row 1, column 1 of the pasted cells): 101 is not a " \
           "percentage" in targets.table.last_refusal
    # commitments: the status before the progress, in one block
    filled.apply(put("C", r.Commitment("CP1", "Open a family hub")))
    commitments = window.show_page("commitments")
    cmodel = commitments.model
    status = [c.header for c in cmodel.columns].index("Status")
    commitments.table.setCurrentIndex(cmodel.index(0, status))
    assert commitments.table.paste("Amber\tSite agreed\n")  # status and progress side by side
    update = filled.get("commitment_update", ("CP1", Q3))
    assert (update.status, update.progress) == ("Amber", "Site agreed")
    # breakdown cells: a block of counts; totals cannot be pasted into
    filled.apply(put("B", r.Breakdown("src", "By source", Q3, rows=["A", "B"],
                                      columns=["X", "Y"], cells=[[1, 2], [3, 4]])))
    matrix = window.show_page("breakdowns")
    matrix.table.setCurrentIndex(matrix.model.index(0, 0))
    assert matrix.table.paste("10\t20\n30\t40\n")
    assert filled.get("breakdown", ("src", Q3)).cells == [[10, 20], [30, 40]]
    assert matrix.model.data(matrix.model.index(2, 2)) == "100"
    matrix.table.setCurrentIndex(matrix.model.index(1, 1))
    assert not matrix.table.paste("5\t6\n")
    assert "B, Total (row 1, column 2 of the pasted cells): totals are worked out" in \
        matrix.message.text()
    matrix.table.setCurrentIndex(matrix.model.index(0, 0))
    assert not matrix.table.paste("1\t-2\n")
    assert "A, Y (row 1, column 2 of the pasted cells): -2: a count cannot be negative" in \
        matrix.table.last_refusal
    assert filled.get("breakdown", ("src", Q3)).cells == [[10, 20], [30, 40]]


# -- Qt item models -----------------------------------------------------------------------------


def test_new_item_models(qtmodeltester, filled):
    from gui.undo import PackUndoStack

    stack = PackUndoStack(filled)
    filled.apply(put("B", r.Breakdown("src", "By source", Q3, rows=["A", "B"],
                                      columns=["X"], cells=[[1], [None]], rows_cy=["Ay"])))
    filled.apply(put("S", r.Snapshot("cla", "Placements", categories=["Foster"],
                                     dates=["2024-03-31"], counts=[[129]])))
    for kind, name in (("breakdown", "src"), ("snapshot", "cla")):
        matrix = MatrixModel(filled, stack, kind)
        matrix.set_name(name)
        qtmodeltester.check(matrix, force_py=True)
        for axis in (ROWS, COLUMNS):
            qtmodeltester.check(LinesModel(matrix, axis), force_py=True)
    groups = RecordTableModel(filled, stack, group_columns(),
                              lambda p: [(g.name,) for g in p.groups()], {"group", "indicator"})
    qtmodeltester.check(groups, force_py=True)
    groups.detach()


def test_title_column_keeps_a_readable_width_in_a_narrow_window(qtbot):
    from gui.scorecard_model import Column
    from gui.scorecard_view import ScorecardView

    view = ScorecardView()
    qtbot.addWidget(view)
    view.setModel(_sample_model_for_width())
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    assert view.columnWidth(Column.TITLE) >= ScorecardView.TITLE_MIN_WIDTH
    view.resize(2400, 400)
    qtbot.waitUntil(lambda: view.columnWidth(Column.TITLE) > ScorecardView.TITLE_MIN_WIDTH)


def _sample_model_for_width():
    from gui.scorecard_model import ScorecardModel
    from model.pack import Pack
    from model.sample_build import SHIPPED

    pack = Pack.open(SHIPPED, read_only=True)
    model = ScorecardModel()
    model.set_pack(pack, pack.latest_period())
    model._test_pack = pack  # keep it open for the view's lifetime
    return model
