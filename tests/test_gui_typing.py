"""Nothing typed is lost (issue 14, defect 1): text is saved as it is typed, one undo step per
burst, on leaving the box, on period, page and pack changes, and on close; a cell being edited
is committed on close, and a refused one is not dropped silently."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from gui.editors import record_form
from gui.main_window import MainWindow
from gui.scorecard_columns import Column
from model.pack import Pack
from model.periods import Period
from tests.conftest import Q3, fill_pack


def _commentary(window, code="K1.22"):
    editor = window.show_page("commentary")
    window.navigator.choose("commentary")
    editor.show_indicator(code)
    return editor


def test_text_is_saved_a_moment_after_typing_stops(qtbot, window, filled, monkeypatch):
    editor = _commentary(window)
    box = editor.form.boxes["text_cy"]
    box.setFocus()
    qtbot.keyClicks(box, "Mae'r ffigur wedi gwella")
    assert window.saved_label.text() == "Saving\u2026"
    assert filled.commentary("K1.22", Q3) is None  # not yet: the officer is still typing
    qtbot.waitUntil(lambda: filled.commentary("K1.22", Q3) is not None, timeout=3000)
    assert filled.commentary("K1.22", Q3).text_cy == "Mae'r ffigur wedi gwella"
    assert window.saved_label.text() == "Every change is saved"
    assert box.hasFocus()  # saved without leaving the box


def test_one_undo_step_per_burst_of_typing(qtbot, window, filled, monkeypatch):
    monkeypatch.setattr(record_form, "AUTOSAVE_MS", 50)
    editor = _commentary(window)
    editor.form._timer.setInterval(50)
    box = editor.form.boxes["text"]
    box.setFocus()
    stack = window.undo_stack
    before = stack.count()
    for word in ("Sickness ", "absence ", "fell."):
        qtbot.keyClicks(box, word)
        qtbot.wait(120)  # each pause saves
    assert filled.commentary("K1.22", Q3).text == "Sickness absence fell."
    assert stack.count() == before + 1  # three saves, one step
    stack.undo()
    assert filled.commentary("K1.22", Q3) is None
    stack.redo()
    assert filled.commentary("K1.22", Q3).text == "Sickness absence fell."
    # leaving the box ends the burst: typing again later is a step of its own
    window.scorecard_view.setFocus()
    box.setFocus()
    qtbot.keyClicks(box, " More.")
    qtbot.wait(120)
    assert stack.count() == before + 2


def test_close_saves_text_still_being_typed(qtbot, tmp_path):
    path = tmp_path / "typing.craffu"
    pack = fill_pack(Pack.create(path))
    window = MainWindow(pack, Q3, owns_pack=True)
    qtbot.addWidget(window)
    window.show()
    editor = _commentary(window, "K1.23")
    box = editor.form.boxes["text_cy"]
    box.setFocus()
    qtbot.keyClicks(box, "Testun Cymraeg")
    window.close()  # at once, without leaving the box (Ctrl+Q)
    with Pack.open(path, read_only=True) as again:
        assert again.commentary("K1.23", Q3).text_cy == "Testun Cymraeg"
        assert any("commentary" in entry.action for entry in again.history("commentary"))


def test_period_and_page_changes_save_to_the_record_typed_for(qtbot, window, filled):
    editor = _commentary(window, "K1.24")
    box = editor.form.boxes["text"]
    box.setFocus()
    qtbot.keyClicks(box, "Typed for Q3")
    window.set_period(Period(2024, 2))
    assert filled.commentary("K1.24", Q3).text == "Typed for Q3"
    assert filled.commentary("K1.24", Period(2024, 2)) is None
    assert box.toPlainText() == ""
    qtbot.keyClicks(box, "Typed for Q2")
    window.show_page("scorecard")
    assert filled.commentary("K1.24", Period(2024, 2)).text == "Typed for Q2"


def _edit_cell(qtbot, window, code, column, text):
    view, model = window.scorecard_view, window.scorecard_model
    index = model.index(model.row_of(code), column)
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    assert view.state() == QAbstractItemView.State.EditingState
    return index


def test_close_commits_a_cell_being_edited(qtbot, tmp_path):
    path = tmp_path / "cell.craffu"
    pack = fill_pack(Pack.create(path))
    window = MainWindow(pack, Q3, owns_pack=True)
    qtbot.addWidget(window)
    window.show()
    _edit_cell(qtbot, window, "D1", Column.Q3, "7,777")
    window.close()  # typed, not confirmed with Return
    with Pack.open(path, read_only=True) as again:
        assert str(again.value("D1", Q3).actual) == "7777"


def test_a_refused_cell_on_close_asks_fix_discard_or_cancel(qtbot, window, filled):
    asked = []
    window.ask_unsaved = lambda parent, refused: asked.append(refused) or "fix"
    _edit_cell(qtbot, window, "D1", Column.Q3, "lots")
    assert not window.close()
    assert "not a number" in asked[0][0].reason
    qtbot.waitUntil(lambda: window.scorecard_view.state()
                    == QAbstractItemView.State.EditingState)
    index = window.scorecard_view.currentIndex()
    assert window.scorecard_view.indexWidget(index).text() == "lots"  # back, with the text
    window.ask_unsaved = lambda parent, refused: "cancel"
    assert not window.close()
    window.ask_unsaved = lambda parent, refused: "discard"
    assert window.close()
    assert str(filled.value("D1", Q3).actual) == "7010"


def test_the_status_bar_says_saving_only_while_text_waits(qtbot, window, filled):
    assert window.saved_label.text() == "Every change is saved"
    editor = _commentary(window)
    box = editor.form.boxes["text"]
    box.setFocus()
    qtbot.keyClicks(box, "x")
    assert window.saved_label.text() == "Saving\u2026"
    window.scorecard_view.setFocus()  # leaving the box saves at once
    assert window.saved_label.text() == "Every change is saved"
    assert filled.commentary("K1.22", Q3).text == "x"
    assert editor.form.boxes["text"].toPlainText() == "x"
    assert Qt  # keeps the import used when tests are trimmed
