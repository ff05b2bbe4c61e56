"""The window as one application: trend dock, dashboard, papers, Excel return and template,
template import, and the paint-first start-up. Real exporters on tmp_path; only the file dialogs
are patched, and the options / preview dialogs are answered as a person would (OK, Apply)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from gui.app import SAMPLE_PACK, opening_period
from gui.dashboard import DashboardPage
from gui.excel_actions import TemplateGroupDialog
from gui.import_dialog import ImportPreviewDialog
from gui.main_window import MainWindow
from gui.paper_actions import PaperOptionsDialog, remembered_choice
from model.pack import Pack


@pytest.fixture
def sample_copy(tmp_path):
    path = tmp_path / "sample.craffu"
    shutil.copyfile(SAMPLE_PACK, path)
    return path


@pytest.fixture
def window(qtbot, sample_copy):
    pack = Pack.open(sample_copy)
    w = MainWindow(pack, opening_period(pack), owns_pack=True)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.trend_panel is not None, timeout=5000)
    yield w
    w.close()


def answer(qtbot, kind, act) -> list:
    """When a modal dialog of ``kind`` appears, ``act(dialog)`` (as a person answering it);
    the dialogs seen are returned in the list."""
    seen: list = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def save_as(monkeypatch, path: Path) -> list:
    asked: list = []

    def fake(parent, title, start, filter_):
        asked.append((title, start, filter_))
        return str(path), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def select_code(w: MainWindow, code: str) -> None:
    row = w.scorecard_model.row_of(code)
    w.scorecard_view.setCurrentIndex(w.scorecard_model.index(row, 1))


# -- charts ------------------------------------------------------------------------------------


def test_trend_dock_follows_the_grid_and_editors_and_a_click_picks_the_period(qtbot, window):
    w = window
    assert w.trend_dock.widget() is w.trend_panel
    assert w.trend_dock.isVisible()
    codes = [row.code for row in w.scorecard_model.scorecard.rows]
    select_code(w, codes[3])
    assert w.trend_panel.code == codes[3]
    assert codes[3] in w.trend_panel.title.text()

    # the commentary editor and the targets editor move the trend too
    commentary = w.show_page("commentary")
    commentary.indicators.setCurrentRow(5)
    assert w.trend_panel.code == codes[5] == commentary.code
    targets = w.show_page("targets")
    targets.table.setCurrentIndex(targets.model.index(7, 0))
    assert w.trend_panel.code == targets.current_key()[0]

    # a click on a point of the chart selects its period everywhere
    w.show_page("scorecard")
    select_code(w, codes[3])
    panel = w.trend_panel
    qtbot.waitUntil(lambda: panel.chart is not None and panel.plot_widget.isVisible())
    points = panel.chart.series[0].points
    target = next(i for i, p in enumerate(points)
                  if p.y is not None and p.period != w.period and i < len(points) - 2)
    wanted = points[target].period
    with qtbot.waitSignal(panel.period_selected, timeout=2000):
        qtbot.mouseClick(panel.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.point_position(target))
    assert w.period_selector.period == wanted
    assert w.period == wanted
    assert wanted.label in w.windowTitle()


def test_trend_redraws_after_an_edit_in_the_grid(qtbot, window):
    w = window
    code = next(row.code for row in w.scorecard_model.scorecard.rows
                if row.indicator.unit == "count" and row.indicator.polarity != "none")
    select_code(w, code)
    from gui.scorecard_model import Column

    column = Column.Q1 + w.period.quarter - 1
    with qtbot.waitSignal(w.trend_panel.redrawn, timeout=2000):
        assert w.scorecard_model.setData(w.scorecard_model.index(
            w.scorecard_model.row_of(code), column), "4321")
    assert 4321.0 in w.trend_panel.chart.series[0].values


def test_dashboard_opens_from_the_navigator_and_follows_the_period(qtbot, window):
    w = window
    assert "dashboard" in w.navigator.items
    w.navigator.choose("dashboard")
    page = w.pages.currentWidget()
    assert isinstance(page, DashboardPage)
    assert page.period == w.period
    assert w.period.label in page.heading.text()
    with qtbot.waitSignal(page.redrawn, timeout=3000):
        w.set_period(w.period.previous())
    assert page.period == w.period


# -- actions -----------------------------------------------------------------------------------


NEW_ACTIONS = {
    "file.export_return": "Export Excel re&turn…",
    "file.export_template": "Export data-collection te&mplate…",
    "file.preview_scorecard": "Pre&view scorecard",
    "file.preview_pack": "Previe&w committee pack",
    "file.export_scorecard_pdf": "Export scorecard P&DF…",
    "file.export_pack_pdf": "Export committee pac&k PDF…",
    "file.print": "&Print scorecard…",
}


def test_new_actions_are_in_the_file_menu_and_enabled_for_a_read_only_pack(qtbot):
    pack = Pack.open(SAMPLE_PACK, read_only=True)
    try:
        w = MainWindow(pack, opening_period(pack))
        qtbot.addWidget(w)
        file_menu = [a.objectName() for a in w.menus["&File"].actions()]
        for name, text in NEW_ACTIONS.items():
            action = w.actions_by_id[w.ActionId(name)]
            assert action.text() == text
            assert name in file_menu
            assert action.isEnabled(), name  # papers and workbooks only read the pack
        assert not w.actions_by_id[w.ActionId.IMPORT].isEnabled()  # read-only: no import
        assert "Trend" in [a.text() for a in w.menus["&View"].actions()]
        w.close()
    finally:
        pack.close()


def test_before_the_pack_is_open_the_window_says_so_and_the_actions_wait(qtbot, sample_copy):
    w = MainWindow.opening(sample_copy, restore=False)
    qtbot.addWidget(w)
    assert "Opening sample.craffu" in w.opening_label.text()
    assert "Opening sample.craffu" in w.windowTitle()
    assert not w.actions_by_id[w.ActionId.PRINT].isEnabled()
    assert not w.actions_by_id[w.ActionId.EXPORT_RETURN].isEnabled()
    with qtbot.waitSignal(w.packShown, timeout=5000):
        w.show()
    assert w.pages.currentWidget() is w.scorecard_page
    assert w.scorecard_model.rowCount() > 40
    assert w.actions_by_id[w.ActionId.PRINT].isEnabled()
    assert w.windowTitle().startswith(w.pack.name) and "Opening" not in w.windowTitle()
    w.close()


def test_a_pack_that_cannot_be_opened_is_reported_in_the_window(qtbot, tmp_path):
    bad = tmp_path / "not-a-pack.craffu"
    bad.write_text("hello")
    reported, failed = [], []
    w = MainWindow.opening(bad, restore=False, report_error=lambda t, x: reported.append(x),
                           failed=lambda: failed.append(True))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert "not-a-pack.craffu" in reported[0]
    assert "could not be opened" in w.opening_label.text()
    assert not w.actions_by_id[w.ActionId.PRINT].isEnabled()


# -- papers ------------------------------------------------------------------------------------


def test_export_scorecard_pdf_from_the_window(qtbot, window, tmp_path, monkeypatch):
    from pypdf import PdfReader

    out = tmp_path / "scorecard.pdf"
    asked = save_as(monkeypatch, out)

    def choose_welsh_published(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("both"))
        dialog.published.setChecked(True)
        dialog.accept()

    seen = answer(qtbot, PaperOptionsDialog, choose_welsh_published)
    window.actions_by_id[window.ActionId.EXPORT_SCORECARD_PDF].trigger()
    assert seen and asked
    with qtbot.waitSignal(window.last_job.finished, timeout=30000) as done:
        pass
    assert done.args == ["done"]
    reader = PdfReader(out)
    assert len(reader.pages) > 0
    text = reader.pages[0].extract_text()
    assert window.period.label in text
    assert "Tudalen" in text or "Tudalen" in reader.pages[-1].extract_text()  # bilingual
    assert str(out) in window.statusBar().currentMessage()
    choice = remembered_choice()  # remembered for next time
    assert (choice.language, choice.published) == ("both", True)


def test_print_previews_the_scorecard_pdf_with_print_as_default(qtbot, window):
    from gui import pdf_preview

    answer(qtbot, PaperOptionsDialog, lambda d: d.accept())
    window.actions_by_id[window.ActionId.PRINT].trigger()
    with qtbot.waitSignal(window.last_job.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: bool(pdf_preview.OPEN_PREVIEWS), timeout=5000)
    preview = pdf_preview.OPEN_PREVIEWS[-1]
    assert preview.page_count > 0
    assert preview.print_button.isDefault()
    preview.close()


def test_cancelling_the_paper_options_makes_nothing(qtbot, window, tmp_path, monkeypatch):
    out = tmp_path / "pack.pdf"
    save_as(monkeypatch, out)
    answer(qtbot, PaperOptionsDialog, lambda d: d.reject())
    window.last_job = None
    window.actions_by_id[window.ActionId.EXPORT_PACK_PDF].trigger()
    assert window.last_job is None
    assert not out.exists()


# -- Excel -------------------------------------------------------------------------------------


def test_export_excel_return_from_the_window(qtbot, window, tmp_path, monkeypatch):
    import openpyxl

    out = tmp_path / "return"  # no suffix typed: .xlsx is added
    save_as(monkeypatch, out)
    window.actions_by_id[window.ActionId.EXPORT_RETURN].trigger()
    with qtbot.waitSignal(window.last_job.finished, timeout=30000) as done:
        pass
    assert done.args == ["done"]
    book = openpyxl.load_workbook(tmp_path / "return.xlsx")
    assert "Scorecard" in book.sheetnames
    assert not list(tmp_path.glob(".*part*"))  # no partial file left beside it


def test_export_template_for_one_group_from_the_window(qtbot, window, tmp_path, monkeypatch):
    import openpyxl

    out = tmp_path / "template.xlsx"
    save_as(monkeypatch, out)
    group = next(row.indicator.group for row in window.scorecard_model.scorecard.rows
                 if row.indicator.group)
    members = [row.code for row in window.scorecard_model.scorecard.rows
               if row.indicator.group == group]

    def choose_group(dialog):
        dialog.group.setCurrentIndex(dialog.group.findData(group))
        dialog.accept()

    seen = answer(qtbot, TemplateGroupDialog, choose_group)
    window.actions_by_id[window.ActionId.EXPORT_TEMPLATE].trigger()
    assert seen
    with qtbot.waitSignal(window.last_job.finished, timeout=30000) as done:
        pass
    assert done.args == ["done"]
    book = openpyxl.load_workbook(out)
    figures = book["Figures"]
    codes = [figures.cell(row=r, column=1).value for r in range(3, figures.max_row + 1)]
    assert [c for c in codes if c] == members


def test_import_a_filled_template_previews_then_applies_as_one_undo_step(
        qtbot, window, tmp_path, monkeypatch):
    import openpyxl

    from exporters.excel_template import write_template
    from model.template_import import COLUMN

    pack, period = window.pack, window.period
    path = tmp_path / "filled.xlsx"
    write_template(pack, period, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Figures"]
    row = next(r for r in range(3, sheet.max_row + 1)
               if sheet.cell(row=r, column=COLUMN["Value"]).protection.locked is False
               and pack.indicator(sheet.cell(row=r, column=1).value).unit == "count")
    code = sheet.cell(row=row, column=1).value
    before = pack.value(code, period)
    sheet.cell(row=row, column=COLUMN["Value"], value=987)
    book.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    undo_before = window.undo_stack.count()

    def check_and_apply(dialog):
        texts = [dialog.model.row_texts(i) for i in range(dialog.model.rowCount())]
        assert any(t[1] == code and t[4] != "987" and t[5] == "987" for t in texts), texts
        dialog.done(QDialog.DialogCode.Accepted)

    seen = answer(qtbot, ImportPreviewDialog, check_and_apply)
    window.actions_by_id[window.ActionId.IMPORT].trigger()
    with qtbot.waitSignal(window.last_job.finished, timeout=30000):
        pass
    assert seen, "the preview was shown"
    assert pack.value(code, period).actual == 987
    assert window.undo_stack.count() == undo_before + 1
    window.undo_stack.undo()
    after = pack.value(code, period)
    assert (after.actual if after else None) == (before.actual if before else None)
