"""The window on a server pack: File ▸ Open server pack…, others' changes arriving live by
LISTEN/NOTIFY with the place kept, what the role cannot do disabled with the reason, and the
progress board of a collection round."""

from __future__ import annotations

import itertools
import os
import stat

import pytest

from gui.actions import ActionId
from gui.scorecard_model import Column
from model import collection as c
from model.address import location
from model.commands import set_fields
from model.pack import Pack
from model.roles import grant
from tests.conftest import Q3, D, fill_pack

_people = itertools.count(1)


@pytest.fixture
def shown(qtbot, server_pack):
    """The main window on the filled server pack (as its owner) at 2024-25 Q3."""
    from gui.main_window import MainWindow

    fill_pack(server_pack)
    w = MainWindow(server_pack, Q3)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_others_changes_appear_in_an_open_window_within_a_second_with_the_place_kept(qtbot,
                                                                                      shown):
    model = shown.scorecard_model
    row = model.row_of("K1.23")
    index = model.index(row, Column.Q3)
    shown.scorecard_view.setCurrentIndex(index)
    with Pack.open(shown.pack.store.address) as colleague:
        colleague.apply(set_fields(colleague, "value", ("D1", Q3), label="Correct Q3 contacts",
                                   actual=D(7020)))
    d1 = model.index(model.row_of("D1"), Column.Q3)
    qtbot.waitUntil(lambda: model.data(d1) == "7,020", timeout=1000)
    assert shown.scorecard_view.currentIndex() == index  # the place is kept
    assert "saved \u201cCorrect Q3 contacts\u201d" in shown.statusBar().currentMessage()


def test_the_role_is_shown_and_what_it_cannot_do_is_disabled_with_the_reason(qtbot, pg,
                                                                              server_pack):
    from gui.main_window import MainWindow

    fill_pack(server_pack)
    user = f"officer_gui{next(_people)}"
    pg.add_user(user, "pw")
    grant(server_pack.store.address, user, "officer")
    with Pack.open(pg.url(server_pack.store.schema, user=user, password="pw")) as pack:
        w = MainWindow(pack, Q3)
        qtbot.addWidget(w)
        w.show()
        final = w.actions_by_id[ActionId.MARK_FINAL]
        assert not final.isEnabled()
        assert "is for an approver; you are an officer" in final.toolTip()
        w._enable()  # the window's own rules run again: the role still wins
        assert not final.isEnabled()
        assert w.team_mode.role_label.text().startswith(f"{user}: officer")
        w.close()


def test_open_server_pack_dialog_remembers_the_address_and_the_password_outside_settings(
        qtbot, shown, tmp_path, monkeypatch):
    from gui.preferences import settings
    from gui.server_pack import ServerPackDialog, open_address, recent_servers

    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    full = location(shown.pack.store.address.full_url)
    bare = location(str(full))  # no password
    dialog = ServerPackDialog(shown)
    qtbot.addWidget(dialog)
    dialog.address_box.setEditText("postgresql://nobody@h/db")
    dialog.accept()
    assert "names no pack" in dialog.problem.text() and dialog.address() is None
    dialog.address_box.setEditText(str(bare))
    dialog.password.setText(full.password)
    dialog.accept()
    assert dialog.address() == full
    pack = open_address(shown, dialog.address(), remember=True)
    assert pack is shown.pack and pack.shared
    assert recent_servers()[0] == str(bare)
    assert full.password not in str(settings().value("recent/servers"))
    mode = stat.S_IMODE(os.stat(tmp_path / "pgpass").st_mode)
    assert mode == 0o600 and full.password in (tmp_path / "pgpass").read_text()
    with Pack.open(bare) as again:  # libpq finds the password in the password file
        assert again.indicator("D1") is not None


def test_a_wrong_password_is_one_message_and_the_window_keeps_its_pack(qtbot, shown,
                                                                        monkeypatch):
    from dataclasses import replace

    from gui import opening
    from gui.server_pack import open_address

    shown_errors = []
    monkeypatch.setattr(opening, "show_open_error", lambda title, text, parent=None:
                        shown_errors.append(text))
    before = shown.pack
    wrong = replace(shown.pack.store.address, password="not-it")
    assert open_address(shown, wrong) is None
    assert "password authentication failed" in shown_errors[0]
    assert shown.pack is before


def test_the_progress_board_runs_a_round(qtbot, shown, pg):
    board = shown.team_mode.board
    assert board.heading.text() == "2024-25 Q3: not open for collection"
    assert board.open_button.isEnabled() and not board.accept_button.isEnabled()
    board.open_button.click()
    assert board.heading.text() == "2024-25 Q3: open for collection"
    assert [line.group for line in board.lines] == ["Demand", "Shifting the Balance – Practice"]
    board.select_group("Demand")
    assert board.submit_button.isEnabled()
    board.submit_button.click()
    assert board.lines[0].state == "submitted"
    board.select_group("Demand")
    assert board.accept_button.isEnabled() and board.return_button.isEnabled()
    assert board.return_selected("D1 Q3 looks high")
    assert board.lines[0].state == "returned" and board.lines[0].note == "D1 Q3 looks high"
    assert board.table.item(0, 2).text() == "returned"
    # A contributor's own window on the same pack sees the officer's step arrive.
    user = f"demand_gui{next(_people)}"
    pg.add_user(user, "pw")
    grant(shown.pack.store.address, user, "contributor", "Demand")
    with Pack.open(pg.url(shown.pack.store.schema, user=user, password="pw")) as contributor:
        c.submit(contributor, Q3, "Demand")
    qtbot.waitUntil(lambda: board.lines[0].state == "submitted", timeout=1500)
    assert board.lines[0].by == user


def test_the_window_opens_a_server_pack_from_its_address(qtbot, server_pack):
    """As ``main.py postgresql://…?pack=NAME`` does: the address is not a file path."""
    from gui.main_window import MainWindow

    fill_pack(server_pack)
    url = server_pack.store.address.full_url
    w = MainWindow.opening(url, restore=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.packShown, timeout=5000):
        w.show()
    assert w.pack.shared and w.pack.indicator("D1") is not None
    assert w.team_mode is not None
    assert server_pack.store.address.password not in w.windowTitle()
    w.close()
