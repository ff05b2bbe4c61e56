"""The desktop editor: editing figures, undo, paste, import, filters, periods, editors, checks.

Each test drives the window as an officer would (typing in cells, choosing items) and checks
what they would see; waits are on signals or conditions, never sleeps.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from gui.actions import ACTIONS, ActionId
from gui.docks import ChecksModel, HistoryModel, period_checks
from gui.editors.indicators import IndicatorsEditor
from gui.editors.matrix import MatrixModel
from gui.editors.record_table import RecordTableModel
from gui.import_dialog import ImportPreviewModel, start_import
from gui.main_window import MainWindow
from gui.scorecard_model import Column
from model import records as r
from model import symbols
from model.commands import put
from model.periods import Period
from tests.conftest import Q3, D, fill_pack
from tests.test_gui import cell


def type_into(qtbot, view, index, text: str) -> None:
    """Select the cell, start editing with F2, type and press Return."""
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    assert editor is not None, "no editor opened"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def shown(window, code: str, column: Column) -> str:
    return window.scorecard_view.model().data(cell(window.scorecard_model, code, column))


# -- editing figures ---------------------------------------------------------------------------


def test_typing_a_quarter_figure_changes_rag_arrow_and_face(qtbot, window, filled):
    # K1.23, vacancy rate (lower is better, last quarter's figure): 18.9% against 18.0% is
    # Amber, better than 20.1% a year ago, and "may" meet the target.
    before = [shown(window, "K1.23", c) for c in (Column.RAG, Column.ARROW, Column.FACE)]
    assert before == ["A", symbols.ARROW["improved"], symbols.FACE["may"]]
    type_into(qtbot, window.scorecard_view, cell(window.scorecard_model, "K1.23", Column.Q3),
              "21")
    qtbot.waitUntil(lambda: shown(window, "K1.23", Column.RAG) == "R")
    assert shown(window, "K1.23", Column.Q3) == "21.0%"
    assert shown(window, "K1.23", Column.ARROW) == symbols.ARROW["declined"]
    assert shown(window, "K1.23", Column.FACE) == symbols.FACE["unlikely"]
    tip = window.scorecard_model.data(cell(window.scorecard_model, "K1.23", Column.RAG),
                                      Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Red: 21.0%")
    assert filled.value("K1.23", Q3).actual == D(21)
    assert "R Red 2" in window.counts_label.accessibleName()


def test_typing_numerator_and_denominator(qtbot, window, filled):
    type_into(qtbot, window.scorecard_view, cell(window.scorecard_model, "K1.22", Column.Q3),
              "200 / 200")
    qtbot.waitUntil(lambda: shown(window, "K1.22", Column.RAG) == "G")
    assert shown(window, "K1.22", Column.Q3) == "100.0%"
    assert shown(window, "K1.22", Column.YTD) == "73.3%"
    value = filled.value("K1.22", Q3)
    assert (value.numerator, value.denominator, value.actual) == (D(200), D(200), None)


def test_undo_and_redo_a_figure_and_the_title_says_saved(qtbot, window, filled):
    title = window.windowTitle()
    assert "(changes saved)" not in title
    type_into(qtbot, window.scorecard_view, cell(window.scorecard_model, "D1", Column.Q3),
              "8,000")
    qtbot.waitUntil(lambda: filled.value("D1", Q3).actual == D(8000))
    assert window.windowTitle().endswith("(changes saved)")
    undo = window.actions_by_id[ActionId.UNDO]
    assert undo.isEnabled() and "Enter D1 2024-25 Q3" in undo.text()
    undo.trigger()
    assert filled.value("D1", Q3).actual == D(7010)
    assert shown(window, "D1", Column.Q3) == "7,010"
    assert window.windowTitle() == title  # back to the pack as opened
    window.actions_by_id[ActionId.REDO].trigger()
    assert shown(window, "D1", Column.Q3) == "8,000"


@pytest.mark.parametrize("text, reason", [
    ("lots", "'lots' is not a number"),
    ("210 / 200", "numerator"),
    ("120", "disagrees"),  # hmm: a plain figure is allowed: see below
])
def test_bad_figures_are_refused_where_typed(qtbot, window, filled, text, reason):
    index = cell(window.scorecard_model, "K1.22", Column.Q3)
    before = filled.value("K1.22", Q3)
    if text == "120":  # a percent over 100 typed as the figure
        text, reason = "120", "100"
    type_into(qtbot, window.scorecard_view, index, text)
    qtbot.waitUntil(lambda: window.scorecard_view.last_refusal != "")
    assert reason in window.scorecard_view.last_refusal
    assert "K1.22 2024-25 Q3" in window.scorecard_view.last_refusal
    assert window.statusBar().currentMessage() == window.scorecard_view.last_refusal
    assert filled.value("K1.22", Q3) == before
    assert not window.undo_stack.canUndo()
    # the editor reopens with what was typed, so the officer can correct it
    qtbot.waitUntil(lambda: window.scorecard_view.findChild(QLineEdit) is not None
                    and window.scorecard_view.findChild(QLineEdit).isVisible())
    assert window.scorecard_view.findChild(QLineEdit).text() == text


def test_quarters_after_the_period_are_not_editable(window):
    model = window.scorecard_model
    assert model.flags(cell(model, "D1", Column.Q3)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(cell(model, "D1", Column.Q4)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(cell(model, "D1", Column.YTD)) & Qt.ItemFlag.ItemIsEditable
    assert "after 2024-25 Q3" in model.edit_refusal(cell(model, "D1", Column.Q4))


# -- copy and paste ----------------------------------------------------------------------------


def test_copy_a_block_as_tab_separated_text(window):
    view, model = window.scorecard_view, window.scorecard_model
    view.setCurrentIndex(cell(model, "K1.22", Column.Q1))
    view.selectionModel().select(
        cell(model, "K1.23", Column.Q2),
        view.selectionModel().SelectionFlag.Select)
    view.selectionModel().select(
        cell(model, "K1.22", Column.Q2),
        view.selectionModel().SelectionFlag.Select)
    text = view.copy_selection()
    assert text == "122 / 200\t118 / 200\n16.5\t17\n"
    assert QApplication.clipboard().text() == text


def test_paste_a_block_from_a_spreadsheet_is_one_undo_step(qtbot, window, filled):
    view, model = window.scorecard_view, window.scorecard_model
    view.setCurrentIndex(cell(model, "K1.23", Column.Q1))
    # Excel's clipboard: tabs between cells, CRLF after each row; K1.24 is two rows down
    assert view.paste("15.0\t14.5\t14.0\r\n100\t110\t120\r\n")
    assert [filled.value("K1.23", Period(2024, q)).actual for q in (1, 2, 3)] == [
        D("15.0"), D("14.5"), D("14.0")]
    assert [filled.value("K1.24", Period(2024, q)).actual for q in (1, 2, 3)] == [
        D(100), D(110), D(120)]
    assert shown(window, "K1.24", Column.YTD) == "330"
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert filled.value("K1.24", Period(2024, 1)) is None
    assert filled.value("K1.23", Period(2024, 1)).actual == D("16.5")


def test_a_bad_block_is_refused_whole_naming_the_first_bad_cell(qtbot, window, filled):
    view, model = window.scorecard_view, window.scorecard_model
    view.setCurrentIndex(cell(model, "K1.23", Column.Q1))
    before = filled.revision
    assert not view.paste("15.0\t14.5\n100\tabc\n")
    assert filled.revision == before
    assert not window.undo_stack.canUndo()
    message = view.last_refusal
    assert message.startswith("Nothing pasted: K1.24 Q2 2024-25 (row 2, column 2")
    assert "'abc' is not a number" in message
    # a figure the pack refuses (a percent over 100) is named too
    assert not view.paste("15.0\t140\n")
    assert "K1.23 Q2 2024-25" in view.last_refusal and "100" in view.last_refusal
    # and a block running into a column that is worked out
    view.setCurrentIndex(cell(model, "K1.23", Column.Q3))
    assert not view.paste("1\t2\t3\n")
    assert "only the quarter columns" in view.last_refusal
    assert filled.revision == before


# -- filter and period -------------------------------------------------------------------------


def test_filter_by_group_status_and_text(qtbot, window):
    page, view = window.scorecard_page, window.scorecard_view
    assert view.visible_codes() == ["D1", "K1.22", "K1.23", "K1.24"]
    page.set_filter(group="Demand")
    assert view.visible_codes() == ["D1"]
    assert not view.isRowHidden(0)  # the Demand heading
    assert view.isRowHidden(window.scorecard_model.row_of("K1.22") - 1)  # the other heading
    page.set_filter(status="Red")
    assert view.visible_codes() == ["K1.22"]
    page.set_filter()
    qtbot.keyClicks(page.find, "vacancy")
    assert view.visible_codes() == ["K1.23"]
    assert page.shown.text() == "Showing 1 of 4 indicators"
    window.actions_by_id[ActionId.FIND].trigger()
    assert page.find.hasFocus() or QApplication.focusWidget() is page.find


def test_switching_period_drives_the_views(qtbot, window, filled):
    with qtbot.waitSignal(window.period_selector.periodChanged):
        window.period_selector.quarter.setCurrentIndex(1)  # Q2
    assert window.period == Period(2024, 2)
    assert "2024-25 Q2" in window.windowTitle()
    assert shown(window, "D1", Column.Q3) == ""
    assert shown(window, "D1", Column.YTD) == "14,850"
    targets = window.show_page("targets")
    window.period_selector.year.setCurrentIndex(window.period_selector.year.findData(2023))
    assert window.period == Period(2023, 2)
    assert "2023-24" in targets.heading.text()
    window.actions_by_id[ActionId.NEXT_PERIOD].trigger()
    assert window.period == Period(2023, 3)
    assert window.period_selector.quarter.currentData() == 3


# -- import ------------------------------------------------------------------------------------


def test_import_preview_then_apply_then_undo(qtbot, window, filled, tmp_path):
    folder = tmp_path / "returns"
    folder.mkdir()
    (folder / "Values.csv").write_text(
        "code,period,actual,numerator,denominator,note\n"
        "K1.24,2024-25 Q1,120,,,\n"
        "D1,2024-25 Q3,7100,,,revised\n", encoding="utf-8")
    seen: dict = {}

    def preview(plan) -> bool:
        preview_model = ImportPreviewModel(plan.changes)
        seen["rows"] = [preview_model.row_texts(i) for i in range(preview_model.rowCount())]
        return True

    messages: list[str] = []
    job = start_import(window, filled, window.undo_stack, folder, preview=preview,
                       done=messages.append)
    with qtbot.waitSignal(job.finished, timeout=10000):
        pass
    assert ("value", "D1", "2024-25 Q3", "actual", "7010", "7100") in seen["rows"]
    assert ("value", "K1.24", "2024-25 Q1", "actual", "(new record)", "120") in seen["rows"]
    assert filled.value("D1", Q3).actual == D(7100)
    assert messages and messages[-1].startswith("Imported")
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert filled.value("D1", Q3).actual == D(7010)
    assert filled.value("K1.24", Period(2024, 1)) is None


def test_a_bad_import_changes_nothing_and_says_where(qtbot, window, filled, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "Values.csv").write_text("code,period,actual\nD1,2024-25 Q3,lots\n",
                                       encoding="utf-8")
    messages: list[str] = []
    before = filled.revision
    job = start_import(window, filled, window.undo_stack, folder,
                       preview=lambda plan: pytest.fail("no preview for a bad source"),
                       done=messages.append)
    with qtbot.waitSignal(job.finished, timeout=10000):
        pass
    assert filled.revision == before
    assert "nothing changed" in messages[-1] or "Values.csv" in messages[-1]


# -- the other editors -------------------------------------------------------------------------


def test_indicator_definitions_add_duplicate_delete_reorder(qtbot, window, filled):
    editor = window.show_page("indicators")
    assert isinstance(editor, IndicatorsEditor)
    model = editor.model
    unit = [c.header for c in model.columns].index("Unit")
    assert model.columns[unit].choices == r.UNITS
    # change a field through the table
    title = [c.header for c in model.columns].index("Title")
    assert model.setData(model.index(model.keys.index(("K1.24",)), title), "Family Help")
    assert filled.indicator("K1.24").title == "Family Help"
    # a bad drop-down value is refused with the reason
    refused: list[str] = []
    model.editRefused.connect(refused.append)
    assert not model.setData(model.index(0, unit), "gallons")
    assert "'gallons' is not one of count" in refused[-1]
    # duplicate K1.24 as K1.25, then delete it after confirming, then undo the delete
    editor.select_key(("K1.24",))
    assert editor.add_indicator("K1.25", filled.indicator("K1.24"))
    assert filled.indicator("K1.25").group == "Shifting the Balance – Practice"
    editor.select_key(("K1.22",))
    assert not editor.delete(confirm=False)
    assert filled.indicator("K1.22") is not None
    assert editor.delete(confirm=True)
    assert filled.indicator("K1.22") is None and filled.value("K1.22", Q3) is None
    window.undo_stack.undo()
    assert filled.indicator("K1.22") is not None and filled.value("K1.22", Q3) is not None
    # move K1.23 up within its group: it now comes first in the papers' order
    editor.select_key(("K1.23",))
    editor.move(-1)
    order = [ind.code for ind in filled.indicators() if ind.group.startswith("Shifting")]
    assert order[:2] == ["K1.23", "K1.22"]
    assert window.scorecard_model.row_of("K1.23") < window.scorecard_model.row_of("K1.22")


def test_targets_trajectory_and_management_flag(window, filled):
    editor = window.show_page("targets")
    model = editor.model
    headers = [c.header for c in model.columns]
    row = model.keys.index(("K1.24",))
    refused: list[str] = []
    model.editRefused.connect(refused.append)
    trajectory = headers.index("Trajectory Q1; Q2; Q3; Q4")
    assert not model.setData(model.index(row, trajectory), "100; 200")
    assert "four quarterly figures" in refused[-1]
    assert model.setData(model.index(row, trajectory), "120; 240; 360; 480")
    assert filled.target("K1.24", 2024).trajectory == (D(120), D(240), D(360), D(480))
    flag = headers.index("Management target")
    assert model.setData(model.index(row, flag), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert filled.target("K1.24", 2024).management
    # the scorecard target follows the trajectory at once (sum: Q1..Q3 = 720)
    assert shown(window, "K1.24", Column.TARGET) == "720"


def test_commentary_side_by_side_with_counts_and_last_period(qtbot, window, filled):
    filled.apply(put("Note", r.Commentary("K1.22", Period(2024, 2), text="Staffing improved.")))
    window.scorecard_view.setCurrentIndex(cell(window.scorecard_model, "K1.22", Column.CODE))
    editor = window.show_page("commentary")
    editor.show_indicator("K1.22")
    assert "Staffing improved." in editor.previous.toPlainText()
    assert editor.form.commit("text", "Performance fell because of sickness absence.")
    assert editor.form.commit("text_cy", "Gostyngodd y perfformiad oherwydd salwch.")
    note = filled.commentary("K1.22", Q3)
    assert note.text.startswith("Performance fell") and note.text_cy.startswith("Gostyngodd")
    editor.form.refresh()
    assert editor.form.counts["text"].text().startswith("45 of 1,500 characters")
    assert shown(window, "K1.22", Column.COMMENTARY) == "Yes"


def test_commitment_status_from_the_domain_list(window, filled):
    filled.apply(put("C", r.Commitment("CP1", "Open two new children's homes")))
    editor = window.show_page("commitments")
    model = editor.model
    headers = [c.header for c in model.columns]
    row = model.keys.index(("CP1",))
    refused: list[str] = []
    model.editRefused.connect(refused.append)
    assert not model.setData(model.index(row, headers.index("Progress")), "On track")
    assert "status" in refused[-1]
    assert not model.setData(model.index(row, headers.index("Status")), "Purple")
    assert model.setData(model.index(row, headers.index("Status")), "Amber-Green")
    assert model.setData(model.index(row, headers.index("Progress (Welsh)")), "Ar y trywydd")
    update = filled.get("commitment_update", ("CP1", Q3))
    assert (update.status, update.progress_cy) == ("Amber-Green", "Ar y trywydd")


def test_breakdown_totals_and_mismatch_warning(window, filled):
    filled.apply(put("B", r.Breakdown("src", "Contacts by source", Q3, rows=["Police", "School"],
                                      columns=["NFA", "Referral"], cells=[[10, 20], [30, None]],
                                      indicator="D1")))
    editor = window.show_page("breakdowns")
    model = editor.model
    assert model.data(model.index(0, 2)) == "30"  # row total
    assert model.data(model.index(2, 0)) == "40"  # column total
    assert model.data(model.index(2, 2)) == "60"  # grand total
    assert "differs from D1's 2024-25 Q3 figure 7,010" in editor.warning.text()
    assert "Warning" in editor.warning.text()
    assert not model.flags(model.index(2, 2)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(1, 1), "6950")
    assert filled.get("breakdown", ("src", Q3)).cells == [[10, 20], [30, 6950]]
    assert editor.warning.text() == ""
    window.run_checks()
    assert not any(f.field == "breakdown" for f in window.checks_model.findings)


def test_settings_and_cover_report_forms(window, filled):
    settings = window.show_page("settings")
    assert not settings.commit("suppression_threshold", "five")
    assert "not a number" in settings.message.text()
    assert settings.commit("pack_title", "Adult Services")
    assert window.windowTitle().startswith("Adult Services")
    cover = window.show_page("cover")
    assert cover.commit("reason_text_cy", "Pwrpas yr adroddiad")
    assert filled.settings.reason_text_cy == "Pwrpas yr adroddiad"
    # the meeting belongs to the period shown (2024-25 Q3), made by its first change
    meeting = cover.meeting
    assert "2024-25 Q3" in meeting.heading.text()
    assert not meeting.commit("meeting_date", "next Tuesday")
    assert meeting.commit("meeting_date", "14/01/2025")
    assert meeting.commit("report_date", "07/01/2025")
    assert str(filled.get("meeting", (Q3,)).meeting_date) == "2025-01-14"
    window.set_period(Q3.next())
    assert "2024-25 Q4" in meeting.heading.text() and meeting.boxes["meeting_date"].text() == ""


def test_key_area_shows_its_five_items(window, filled):
    filled.apply(put("K", r.KeyArea("ka1", "Assessments on time", "K1.22")))
    editor = window.show_page("key_areas")
    assert editor.form.commit("position_text", "Below target")
    assert filled.get("key_area", ("ka1",)).position_text == "Below target"
    facts = editor.facts.text()
    assert "Five-year trend" in facts and "Target 2024-25: 70.0%" in facts
    assert "Expected quarterly improvements" in facts


def test_narratives_new_and_carry_forward(window, filled):
    editor = window.show_page("narratives")
    assert editor.add("Workforce")
    assert editor.form.commit("text", "Recruitment continues.")
    window.set_period(Period(2024, 4))
    assert editor.carry_forward() == 1
    carried = filled.get("narrative", ("Workforce", Period(2024, 4)))
    assert carried.title == "Workforce" and carried.text == ""


# -- the period, checks, history ---------------------------------------------------------------


def test_mark_period_final_and_reopen(qtbot, window, filled, monkeypatch):
    from gui import period_final

    asked = []
    monkeypatch.setattr(period_final, "confirm_final",
                        lambda w, period, lines: asked.append(lines) or True)
    monkeypatch.setattr(period_final, "ask_reason", lambda w, period: "Q3 figures corrected")
    monkeypatch.setattr(period_final, "show_final_refused", lambda w, exc: asked.append(exc))
    mark = window.actions_by_id[ActionId.MARK_FINAL]
    reopen = window.actions_by_id[ActionId.REOPEN]
    assert mark.isEnabled() and not reopen.isEnabled()
    mark.trigger()  # refused: the checks report errors for the period
    assert not filled.is_final(Q3)
    assert "K1.24" in str(asked[-1]) and "cannot be marked final" in str(asked[-1])
    filled.apply(put("Fix", r.Value("K1.24", Q3, actual=D(400)),
                     r.Commentary("K1.22", Q3, text="Recovering.")))
    mark.trigger()
    assert filled.is_final(Q3)
    assert any("figures of all 4 indicators" in line for line in asked[-1])
    assert not mark.isEnabled() and reopen.isEnabled()
    model = window.scorecard_model
    assert not model.flags(cell(model, "D1", Column.Q3)) & Qt.ItemFlag.ItemIsEditable
    assert "final" in window.saved_label.text()
    assert any(e.kind == "period_state" for e in filled.history(limit=5))
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("a late correction", True)))
    reopen.trigger()  # asks why, and the history keeps it
    assert not filled.is_final(Q3)
    assert filled.history(limit=1)[0].action == "Reopen 2024-25 Q3: Q3 figures corrected"
    assert model.flags(cell(model, "D1", Column.Q3)) & Qt.ItemFlag.ItemIsEditable


def test_checks_dock_and_going_to_the_cell(qtbot, window, filled):
    window.run_checks()
    findings = window.checks_model.findings
    k24 = next(i for i, f in enumerate(findings) if f.code == "K1.24" and f.field == "actual")
    assert window.checks_model.data(window.checks_model.index(k24, 0)).endswith("Error")
    window.scorecard_page.set_filter(group="Demand")
    window.go_to_finding(window.checks_model.index(k24, 0))
    current = window.scorecard_view.currentIndex()
    assert current.row() == window.scorecard_model.row_of("K1.24")
    assert current.column() == Column.Q3
    assert not window.scorecard_view.isRowHidden(current.row())


def test_editor_checks_jumps_and_long_commentary(filled):
    filled.apply(put("Jump", r.Value("D1", Q3, actual=D(15000)),
                     r.Commentary("K1.23", Q3, text="x" * 30)))
    findings = period_checks(filled, Q3, commentary_limit=20)
    messages = [str(f) for f in findings]
    assert any("D1" in m and "above last quarter's 7,500" in m for m in messages)
    assert any("K1.23" in m and "over the 20 limit" in m for m in messages)


def test_history_dock_lists_the_indicators_changes(qtbot, window, filled):
    window.history_dock.raise_()
    window.scorecard_view.setCurrentIndex(cell(window.scorecard_model, "D1", Column.Q3))
    window.undo_stack.apply(put("Enter D1", r.Value("D1", Q3, actual=D(7020))))
    qtbot.waitUntil(lambda: window.history_model.entries
                    and window.history_model.entries[0].action == "Enter D1")
    rows = window.history_model.entries
    assert rows[0].action == "Enter D1" and rows[0].field == "actual"
    assert (rows[0].old, rows[0].new) == ("7010", "7020")
    assert rows[-1].action.startswith("Add D1")


# -- actions and models ------------------------------------------------------------------------


def test_actions_have_standard_shortcuts_and_names(window):
    ids = {spec.id for spec in ACTIONS}
    for needed in ("NEW", "OPEN", "OPEN_RECENT", "SAVE_COPY", "UNDO", "REDO", "COPY",
                   "PASTE", "FIND", "IMPORT", "EXPORT_INTERCHANGE", "PRINT", "PREFERENCES",
                   "QUIT"):
        assert ActionId[needed] in ids
    actions = window.actions_by_id
    assert actions[ActionId.UNDO].shortcut().toString() == "Ctrl+Z"
    assert actions[ActionId.COPY].shortcut().toString() == "Ctrl+C"
    assert actions[ActionId.PASTE].shortcut().toString() == "Ctrl+V"
    assert actions[ActionId.FIND].shortcut().toString() == "Ctrl+F"
    assert actions[ActionId.OPEN].shortcut().toString() == "Ctrl+O"
    assert actions[ActionId.QUIT].shortcut().toString() == "Ctrl+Q"
    assert "Ctrl+Shift+Z" in [s.toString() for s in actions[ActionId.REDO].shortcuts()]
    assert not actions[ActionId.UNDO].isEnabled()
    for spec in ACTIONS:
        assert actions[spec.id].objectName() == spec.id.value
        assert actions[spec.id].statusTip()


def test_read_only_pack_disables_editing(qtbot, tmp_path):
    from model.pack import Pack

    path = tmp_path / "cs.craffu"
    with Pack.create(path) as writable:
        fill_pack(writable)
    pack = Pack.open(path, read_only=True)
    try:
        w = MainWindow(pack, Q3)
        qtbot.addWidget(w)
        for action_id in (ActionId.PASTE, ActionId.IMPORT, ActionId.MARK_FINAL):
            assert not w.actions_by_id[action_id].isEnabled()
        model = w.scorecard_model
        assert not model.flags(cell(model, "D1", Column.Q3)) & Qt.ItemFlag.ItemIsEditable
        assert "Read-only" in w.saved_label.text()
        w.close()
    finally:
        pack.close()


def test_save_a_copy(tmp_path, file_pack):
    from gui.file_actions import save_copy
    from model.pack import Pack

    fill_pack(file_pack)
    copy = save_copy(file_pack, tmp_path / "copy.craffu")
    with Pack.open(copy, read_only=True) as opened:
        assert opened.value("D1", Q3).actual == D(7010)
    with pytest.raises(ValueError, match="cannot replace the pack itself"):
        save_copy(file_pack, file_pack.path)


def test_export_scorecard_csv_in_the_background(qtbot, window, filled, tmp_path):
    from gui.file_actions import export_scorecard_csv

    messages: list[str] = []
    out = tmp_path / "scorecard.csv"
    job = export_scorecard_csv(window, filled, Q3, out, messages.append)
    with qtbot.waitSignal(job.finished, timeout=10000):
        pass
    assert out.read_text(encoding="utf-8").startswith("code,title,group,period")
    assert messages == [f"Wrote {out}"]


def test_every_qt_item_model(qtmodeltester, filled, tmp_path):
    from gui.scorecard_model import ScorecardModel
    from gui.undo import PackUndoStack
    from model.interchange import read_interchange

    stack = PackUndoStack(filled)
    scorecard = ScorecardModel()
    scorecard.set_pack(filled, Q3)
    scorecard.set_undo_stack(stack)
    qtmodeltester.check(scorecard, force_py=True)
    scorecard.detach()
    from gui.editors.indicators import indicator_columns

    table = RecordTableModel(filled, stack, indicator_columns(),
                             lambda p: [(i.code,) for i in p.indicators()], {"indicator"})
    qtmodeltester.check(table, force_py=True)
    table.detach()
    filled.apply(put("B", r.Breakdown("src", "By source", Q3, rows=["A"], columns=["X", "Y"],
                                      cells=[[1, 2]])))
    matrix = MatrixModel(filled, stack, "breakdown")
    matrix.set_name("src")
    qtmodeltester.check(matrix, force_py=True)
    checks = ChecksModel()
    checks.set_findings(period_checks(filled, Q3))
    qtmodeltester.check(checks, force_py=True)
    history = HistoryModel()
    history.show_indicator(filled, "D1")
    qtmodeltester.check(history, force_py=True)
    folder = tmp_path / "v"
    folder.mkdir()
    (folder / "Values.csv").write_text("code,period,actual\nD1,2024-25 Q3,1\n",
                                       encoding="utf-8")
    preview = ImportPreviewModel(read_interchange(folder, filled).changes)
    qtmodeltester.check(preview, force_py=True)


def test_recent_packs_and_last_pack_are_remembered(tmp_path, file_pack, qtbot):
    from gui.preferences import last_pack, recent_packs, settings

    settings().clear()
    fill_pack(file_pack)
    w = MainWindow(file_pack, Q3)
    qtbot.addWidget(w)
    assert recent_packs()[0] == Path(file_pack.path).resolve()
    assert last_pack() == Path(file_pack.path).resolve()
    w.close()
    assert settings().value("window/geometry") is not None


def test_import_preview_names_figures_to_correct_before_publishing(qtbot, pack, tmp_path):
    from gui.import_dialog import ImportPreviewDialog
    from model.interchange import read_interchange
    from tests.conftest import add_indicator

    add_indicator(pack, "P1", unit="percent", aggregation="ratio")
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "Values.csv").write_text("code,period,actual,numerator,denominator\n"
                                       "P1,2023-24 Q1,,7,5\n", encoding="utf-8")
    dialog = ImportPreviewDialog(read_interchange(folder, pack))
    qtbot.addWidget(dialog)
    assert not dialog.warnings.isHidden()
    assert "To correct before publishing" in dialog.warnings.text()
    assert "the numerator 7 is above the denominator 5" in dialog.warnings.text()
