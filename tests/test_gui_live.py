"""A read-only second instance follows the first's saves (issue 14, defect 4): it notices the
file changed, refreshes in place keeping the place, and says who updated it and when."""

from __future__ import annotations

from gui.main_window import MainWindow
from gui.scorecard_columns import Column
from model import records as r
from model.commands import put
from model.pack import Pack
from tests.conftest import Q3, D, fill_pack


def test_a_read_only_window_follows_the_editors_saves(qtbot, tmp_path):
    path = tmp_path / "shared.craffu"
    editing = fill_pack(Pack.create(path))
    watching = Pack.open(path, read_only=True)
    window = MainWindow(watching, Q3, owns_pack=True)
    qtbot.addWidget(window)
    window.show()
    model, view = window.scorecard_model, window.scorecard_view
    view.setCurrentIndex(model.index(model.row_of("K1.23"), Column.Q2))
    assert window.live_view is not None
    editing.apply(put("Enter D1 2024-25 Q3", r.Value("D1", Q3, actual=D(7139))))
    qtbot.waitUntil(lambda: watching.value("D1", Q3).actual == D(7139), timeout=5000)
    cell = model.index(model.row_of("D1"), Column.Q3)
    assert cell.data() == "7,139"
    assert window.current_code() == "K1.23" and view.currentIndex().column() == Column.Q2
    assert "Updated by" in window.live_view.label.text()
    assert "Enter D1 2024-25 Q3" in window.live_view.label.toolTip()
    # an indicator renamed elsewhere (a reload of every row) keeps the place too
    editing.apply(put("Rename", editing.indicator("K1.24").replace(title="Family Help")))
    qtbot.waitUntil(lambda: watching.indicator("K1.24").title == "Family Help", timeout=5000)
    assert window.current_code() == "K1.23"
    window.close()
    editing.close()


def test_a_pack_open_for_editing_is_not_watched(qtbot, tmp_path):
    pack = fill_pack(Pack.create(tmp_path / "mine.craffu"))
    window = MainWindow(pack, Q3)
    qtbot.addWidget(window)
    assert window.live_view is None
    assert pack.refresh() == []
    pack.close()
