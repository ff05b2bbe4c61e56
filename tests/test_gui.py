"""The first window: the scorecard model, the main window and starting the application.

Runs headless (``tests/conftest.py`` sets ``QT_QPA_PLATFORM=offscreen``); waits on signals or
conditions, never sleeps.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from gui.app import (
    OPEN_READ_ONLY,
    SAMPLE_PACK,
    WORKING_COPY_NAME,
    locked_message,
    locked_message_box,
    open_pack,
    opening_period,
    sample_working_copy,
)
from gui.main_window import MainWindow, counts_text, window_title
from gui.scorecard_model import Column, Role, ScorecardModel, figure_text
from gui.scorecard_view import ScorecardView
from model import records as r
from model import symbols
from model.commands import merge, put, set_fields
from model.lock import PackLocked
from model.pack import Pack
from model.periods import Period
from model.store import PackFileError
from tests.conftest import D, add_indicator, fill_pack  # noqa: F401 - fill_pack used by other tests

Q3 = Period(2024, 3)  # 2024-25 Q3


@pytest.fixture
def model(qtbot, filled):
    m = ScorecardModel()
    m.set_pack(filled, Q3)
    yield m
    m.detach()


@pytest.fixture
def window(qtbot, filled):
    w = MainWindow(filled, Q3)
    qtbot.addWidget(w)
    return w


def cell(model: ScorecardModel, code: str, column: Column):
    row = model.row_of(code)
    assert row >= 0, code
    return model.index(row, column)


# -- the model -------------------------------------------------------------------------------


def test_qtmodeltester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)


def test_qtmodeltester_on_an_empty_pack(qtmodeltester, qtbot, pack):
    m = ScorecardModel()
    m.set_pack(pack, Q3)
    qtmodeltester.check(m, force_py=True)
    assert m.rowCount() == 0
    m.detach()


def test_group_headings_come_before_their_indicators(model):
    headings = [model.index(row, 0).data() for row in range(model.rowCount())
                if model.index(row, 0).data(Role.IS_HEADING)]
    assert headings == ["Demand", "Shifting the Balance – Practice"]
    assert model.index(0, 0).data(Role.IS_HEADING)
    assert model.index(0, 0).data(Role.ROW) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.index(1, Column.CODE).data() == "D1"
    assert [model.index(row, Column.CODE).data() for row in range(3, 6)] == [
        "K1.22", "K1.23", "K1.24"]


def test_a_single_unnamed_group_has_no_heading(qtbot, pack):
    add_indicator(pack, "A1")
    m = ScorecardModel()
    m.set_pack(pack, Q3)
    assert m.rowCount() == 1
    assert not m.index(0, 0).data(Role.IS_HEADING)
    m.detach()


def test_figures_are_printed_as_the_papers_print_them(model):
    assert cell(model, "D1", Column.Q1).data() == "7,350"
    assert cell(model, "D1", Column.YTD).data() == "21,860"
    assert cell(model, "D1", Column.Q4).data() == ""  # after the period
    assert cell(model, "D1", Column.PREVIOUS).data() == "28,600"
    assert cell(model, "K1.22", Column.Q1).data() == "61.0%"
    assert cell(model, "K1.22", Column.YTD).data() == "61.0%"
    assert cell(model, "K1.22", Column.TARGET).data() == "70.0%"
    assert cell(model, "K1.23", Column.PREVIOUS).data() == "15.8%"
    assert cell(model, "K1.24", Column.Q1).data() == ""  # not reported
    assert cell(model, "K1.24", Column.TARGET).data() == "360"  # pro rata 3/4 of 480
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert cell(model, "D1", Column.YTD).data(Qt.ItemDataRole.TextAlignmentRole) == right


def test_figure_text_units():
    money = r.Indicator("M", "Spend", unit="currency")
    assert figure_text(money, D("-1234.4")) == "-£1,234"
    assert figure_text(money, D("1234567")) == "£1,234,567"
    assert figure_text(r.Indicator("R", "Ratio", unit="ratio"), D("0.125")) == "0.13"
    assert figure_text(r.Indicator("P", "Pct", unit="percent", decimals=0), D("99.5")) == "100%"
    assert figure_text(money, None) == ""


def test_rag_cell_shows_letter_colour_and_explanation(model):
    rag = cell(model, "K1.22", Column.RAG)
    assert rag.data() == "R"
    assert rag.data(Qt.ItemDataRole.AccessibleTextRole) == "Red"
    assert rag.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(symbols.RAG_FILL["Red"])
    tip = rag.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Red: 61.0% is below the 70.0% target by more than")
    green = cell(model, "K1.23", Column.RAG)  # 18.9% against 18.0% lower-is-better: Amber
    assert green.data() == "A"
    assert green.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(symbols.RAG_FILL["Amber"])


def test_na_and_no_data_are_words_without_colour(model):
    demand = cell(model, "D1", Column.RAG)
    assert demand.data() == "n/a"
    assert demand.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "RAG not appropriate" in demand.data(Qt.ItemDataRole.ToolTipRole)
    missing = cell(model, "K1.24", Column.RAG)
    assert missing.data() == "no data"
    assert missing.data(Qt.ItemDataRole.BackgroundRole) is None


def test_arrows_and_faces(model):
    arrow = cell(model, "K1.22", Column.ARROW)
    assert arrow.data() == symbols.ARROW["declined"]
    assert arrow.data(Qt.ItemDataRole.AccessibleTextRole) == "declined"
    assert arrow.data(Qt.ItemDataRole.ToolTipRole).startswith("declined:")
    face = cell(model, "K1.22", Column.FACE)
    assert face.data() == symbols.FACE["unlikely"]
    assert face.data(Qt.ItemDataRole.ToolTipRole).startswith("unlikely:")
    assert face.data(Qt.ItemDataRole.AccessibleTextRole) == "unlikely to meet the target"
    # Demand: neutral arrow, no colour; no face.
    demand = cell(model, "D1", Column.ARROW)
    assert demand.data() == symbols.ARROW["increased"]
    assert demand.data(Qt.ItemDataRole.ForegroundRole) is None
    assert cell(model, "D1", Column.FACE).data() == ""
    assert cell(model, "K1.24", Column.ARROW).data() == symbols.NOT_COMPARABLE


def test_other_cells_explain_all_three(model):
    tip = cell(model, "K1.22", Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    lines = tip.split("\n")
    assert [line.split(":")[0] for line in lines] == ["Red", "declined", "unlikely"]


def test_custom_roles(model):
    row = cell(model, "K1.22", Column.CODE).data(Role.ROW)
    assert row.code == "K1.22" and row.status.rag == "Red"
    assert cell(model, "K1.22", Column.CODE).data(Role.GROUP) == "Shifting the Balance – Practice"
    red = cell(model, "K1.22", Column.RAG).data(Role.SORT_KEY)
    amber = cell(model, "K1.23", Column.RAG).data(Role.SORT_KEY)
    assert red < amber
    assert cell(model, "D1", Column.YTD).data(Role.SORT_KEY) == 21860.0
    blank = cell(model, "K1.24", Column.Q1).data(Role.SORT_KEY)
    assert blank < cell(model, "D1", Column.Q1).data(Role.SORT_KEY)
    assert cell(model, "K1.22", Column.CODE).data(Role.SORT_KEY) < cell(
        model, "K1.23", Column.CODE).data(Role.SORT_KEY)


def test_headers_name_the_years(model):
    header = model.headerData(Column.PREVIOUS, Qt.Orientation.Horizontal)
    assert header == "2023-24\noutturn"
    assert model.headerData(Column.Q2, Qt.Orientation.Horizontal) == "Q2"
    assert "2024-25" in model.headerData(Column.Q2, Qt.Orientation.Horizontal,
                                         Qt.ItemDataRole.ToolTipRole)


def test_a_value_change_updates_only_its_row(qtbot, filled, model):
    row = model.row_of("K1.22")
    command = set_fields(filled, "value", ("K1.22", Period(2024, 3)), numerator=D(200),
                         denominator=D(200))
    with qtbot.waitSignal(model.dataChanged) as blocker:
        filled.apply(command)
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row()) == (row, row)
    assert Qt.ItemDataRole.BackgroundRole in blocker.args[2]
    assert cell(model, "K1.22", Column.Q3).data() == "100.0%"
    assert cell(model, "K1.22", Column.YTD).data() == "73.3%"  # 440 / 600
    assert cell(model, "K1.22", Column.RAG).data() == "G"
    assert model.rag_counts()["Green"] == 1


def test_an_indicator_change_reloads(qtbot, filled, model):
    with qtbot.waitSignal(model.modelReset):
        add_indicator(filled, "K1.25", title="New measure", group="Shifting the Balance – Practice",
                      position=4)
    assert model.row_of("K1.25") == model.rowCount() - 1


def test_detach_stops_following(qtbot, filled, model):
    model.detach()
    with qtbot.assertNotEmitted(model.dataChanged):
        filled.apply(set_fields(filled, "value", ("K1.24", Period(2024, 1)), actual=D(100)))
    assert cell(model, "K1.24", Column.Q1).data() == ""


# -- the view and the window -----------------------------------------------------------------


def test_window_title_names_pack_and_period(window):
    assert window.windowTitle() == "Children's Services — 2024-25 Q3 — Craffu"


def test_window_title_follows_a_rename(qtbot, filled, window):
    filled.apply(put("Rename", filled.settings.replace(pack_title="Adult Services")))
    assert window.windowTitle().startswith("Adult Services — 2024-25 Q3")


def test_read_only_title(qtbot, tmp_path):
    path = tmp_path / "cs.craffu"
    with Pack.create(path) as writable:
        fill_pack(writable)
    pack = Pack.open(path, read_only=True)
    try:
        w = MainWindow(pack, opening_period(pack))
        qtbot.addWidget(w)
        assert w.windowTitle() == "Children's Services — 2024-25 Q3 — Craffu [read-only]"
    finally:
        pack.close()


def test_window_title_function():
    assert window_title("Pack", None, False) == "Pack — Craffu"
    assert window_title("Pack", Period(2023, 4), True) == "Pack — 2023-24 Q4 — Craffu [read-only]"


def test_status_bar_counts_and_key(window):
    assert counts_text(window.scorecard_model.rag_counts()) == (
        "G Green 0 · A Amber 1 · R Red 1 · n/a 1 · no data 1")
    assert window.counts_label.accessibleName() == counts_text(
        window.scorecard_model.rag_counts())
    key = window.key_label.text()
    for _symbol, words, _meaning in symbols.KEY_ITEMS:
        assert words.split(": ")[-1].replace("'", "&#x27;") in key


def test_editing_a_figure_updates_the_window(qtbot, filled, window):
    window.show()
    qtbot.waitExposed(window)
    model = window.scorecard_model
    index = cell(model, "K1.22", Column.RAG)
    assert window.scorecard_view.model().data(index) == "R"
    filled.apply(merge("Enter Q3", set_fields(filled, "value", ("K1.22", Period(2024, 3)),
                                             numerator=D(200), denominator=D(200))))
    qtbot.waitUntil(lambda: window.scorecard_view.model().data(index) == "G")
    assert "G Green 1" in window.counts_label.accessibleName()


def test_view_spans_headings_and_hides_nothing(qtbot, window):
    view = window.scorecard_view
    assert view.columnSpan(0, 0) == len(Column)
    assert view.columnSpan(1, 0) == 1
    assert view.model().sorted_by is None  # the papers' order until a header is clicked
    assert view.alternatingRowColors()


def test_view_relays_spans_after_reload(qtbot, filled):
    view = ScorecardView()
    qtbot.addWidget(view)
    m = ScorecardModel()
    view.setModel(m)
    m.set_pack(filled, Q3)
    assert view.columnSpan(0, 0) == len(Column)
    filled.apply(put("Remove groups", *(ind.replace(group="") for ind in filled.indicators())))
    assert view.columnSpan(0, 0) == 1
    m.detach()


# -- opening a pack --------------------------------------------------------------------------


def no_question(exc):
    raise AssertionError("should not ask")


def test_open_pack_opens_for_writing(tmp_path):
    path = tmp_path / "a.craffu"
    Pack.create(path).close()
    pack = open_pack(path, ask_read_only=no_question, report_error=no_question)
    assert pack is not None and not pack.read_only
    pack.close()


def test_a_locked_pack_asks_and_opens_read_only(tmp_path):
    path = tmp_path / "a.craffu"
    holder = Pack.create(path)
    asked: list[PackLocked] = []
    try:
        pack = open_pack(path, ask_read_only=lambda exc: asked.append(exc) or True,
                         report_error=no_question)
        assert pack is not None and pack.read_only
        pack.close()
        assert len(asked) == 1
        text = locked_message(asked[0])
        assert "a.craffu is already open for editing by" in text
        assert asked[0].holder["user"] in text
        assert "read-only" in text
    finally:
        holder.close()


def test_a_locked_pack_can_be_declined(tmp_path):
    path = tmp_path / "a.craffu"
    holder = Pack.create(path)
    try:
        assert open_pack(path, ask_read_only=lambda exc: False,
                         report_error=no_question) is None
    finally:
        holder.close()


def test_locked_message_box_offers_read_only_or_cancel(qtbot, tmp_path):
    exc = PackLocked(tmp_path / "cs.craffu", {"user": "eleri", "host": "PC-042",
                                              "since": "2025-01-06 09:12"})
    box = locked_message_box(exc)
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()
            if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole] == [OPEN_READ_ONLY]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert "eleri on PC-042 since 2025-01-06 09:12" in box.informativeText()


@pytest.mark.parametrize("content", [b"not a pack at all", b""])
def test_a_bad_file_is_reported_not_raised(tmp_path, content):
    path = tmp_path / "bad.craffu"
    path.write_bytes(content)
    before = path.read_bytes()
    errors: list[tuple[str, str]] = []
    assert open_pack(path, ask_read_only=no_question,
                     report_error=lambda *args: errors.append(args)) is None
    assert len(errors) == 1
    title, text = errors[0]
    assert title == "Cannot open pack" and "bad.craffu" in text
    assert "Traceback" not in text
    assert path.read_bytes() == before


def test_a_missing_file_is_reported(tmp_path):
    errors = []
    assert open_pack(tmp_path / "nowhere.craffu", ask_read_only=no_question,
                     report_error=lambda *args: errors.append(args)) is None
    assert "does not exist" in errors[0][1]


def test_sample_working_copy_is_made_once(tmp_path):
    sample = tmp_path / "shipped" / "sample.craffu"
    sample.parent.mkdir()
    with Pack.create(sample) as p:
        fill_pack(p)
    sample.chmod(0o444)
    shipped = sample.read_bytes()
    folder = tmp_path / "appdata"
    copy = sample_working_copy(folder, sample)
    assert copy == folder / WORKING_COPY_NAME
    with Pack.open(copy) as opened:  # writable although the shipped file is not
        opened.apply(put("Rename", opened.settings.replace(pack_title="Mine")))
    assert sample_working_copy(folder, sample) == copy
    with Pack.open(copy, read_only=True) as again:
        assert again.name == "Mine"
    assert sample.read_bytes() == shipped
    assert [p.name for p in folder.iterdir() if not p.name.endswith(".lock")] == [
        WORKING_COPY_NAME]


def test_sample_working_copy_without_a_sample(tmp_path):
    with pytest.raises(PackFileError, match="sample pack is missing"):
        sample_working_copy(tmp_path / "appdata", tmp_path / "none.craffu")


def test_opening_period(pack, filled):
    assert opening_period(filled) == Q3


def test_opening_period_of_an_empty_pack(tmp_path):
    import datetime as dt

    with Pack.create(tmp_path / "e.craffu") as empty:
        assert opening_period(empty, dt.date(2025, 2, 1)) == Period(2024, 4)


def test_screenshot_module(qtbot, tmp_path):
    from gui.screenshot import main

    path = tmp_path / "cs.craffu"
    with Pack.create(path) as writable:
        fill_pack(writable)
    out = tmp_path / "shot.png"
    assert main([str(out), str(path), "--size", "900x500"]) == 0
    assert out.stat().st_size > 1000
    Pack.open(path).close()  # the screenshot left the pack unlocked


def test_rows_grow_to_fit_wrapped_titles(qtbot, window):
    window.resize(800, 500)
    window.show()
    qtbot.waitExposed(window)
    view, model = window.scorecard_view, window.scorecard_model
    long_row, short_row = model.row_of("K1.22"), model.row_of("K1.23")
    qtbot.waitUntil(lambda: view.rowHeight(long_row) > 2 * view.rowHeight(short_row) - 8)
    for column in (Column.YTD, Column.RAG, Column.FACE):
        text_width = view.fontMetrics().horizontalAdvance(cell(model, "D1", Column.YTD).data())
        assert view.columnWidth(column) > text_width


def test_qt_calls_do_not_use_up_none():
    """PySide6 6.12 loses a reference to None per void call; Craffu needs CPython 3.12+, where
    None is immortal, so 20,000 such calls (more than None's ordinary reference count) are
    harmless."""
    from PySide6.QtCore import QSize

    size = QSize()
    for _ in range(20_000):
        size.setWidth(1)


@pytest.mark.skipif(not SAMPLE_PACK.is_file(), reason="the sample pack is not built yet")
def test_the_sample_pack_in_the_window(qtbot, qtmodeltester):
    pack = Pack.open(SAMPLE_PACK, read_only=True)
    try:
        w = MainWindow(pack, opening_period(pack))
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        counts = w.scorecard_model.rag_counts()
        assert sum(counts.values()) == len(pack.indicators())
        assert pack.name in w.windowTitle()
        model = ScorecardModel()  # not the window's: qtmodeltester outlives the window
        model.set_pack(pack, opening_period(pack))
        qtmodeltester.check(model, force_py=True)
        model.detach()
        w.close()  # before the pack: nothing of the window may read a closed pack
    finally:
        pack.close()
