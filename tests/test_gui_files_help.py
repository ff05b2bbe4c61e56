"""Files (issue 14, defect 9), a CSV folder import (6), help at hand (15), tools that never touch
the user's settings (14), and windows and dialogs that fit (10)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from gui import written
from gui.actions import ActionId
from gui.file_actions import ask_path, folder_kind
from gui.paper_actions import PaperOptionsDialog
from tests.conftest import Q3
from tests.test_gui_integration import answer, save_as

ROOT = Path(__file__).resolve().parent.parent


def test_file_dialogs_start_in_the_folder_last_used_for_that_kind(qtbot, window, tmp_path,
                                                                  monkeypatch):
    pdfs, books = tmp_path / "papers", tmp_path / "returns"
    pdfs.mkdir()
    books.mkdir()
    started = []

    def fake(parent, title, start, filter_):
        started.append(start)
        return str((pdfs if "pdf" in filter_.lower() else books) / "x"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    ask_path(window, "PDF", "PDF documents (*.pdf)", save=True, start="a.pdf")
    ask_path(window, "Book", "Excel workbooks (*.xlsx)", save=True, start="b.xlsx")
    ask_path(window, "PDF", "PDF documents (*.pdf)", save=True, start="c.pdf")
    assert Path(started[2]) == pdfs / "c.pdf"  # not the program's folder, nor the last book's
    assert folder_kind("Excel workbooks (*.xlsx)", True) == "save-xlsx"
    assert os.getcwd() not in started[0] or str(tmp_path) in started[0]


def test_after_an_export_open_and_show_in_folder(qtbot, window, tmp_path, monkeypatch):
    out = tmp_path / "return.xlsx"
    save_as(monkeypatch, out)
    opened = []
    monkeypatch.setattr(written, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    window.actions_by_id[ActionId.EXPORT_RETURN].trigger()
    with qtbot.waitSignal(window.last_job.finished, timeout=30000):
        pass
    notice = window.written_notice
    assert notice.isVisible() and notice.path == out
    notice.open_button.click()
    notice.folder_button.click()
    assert opened == [str(out), str(tmp_path)]


def test_print_the_committee_pack_as_well_as_the_scorecard(qtbot, window):
    from gui import pdf_preview

    answer(qtbot, PaperOptionsDialog, lambda d: d.accept())
    window.actions_by_id[ActionId.PRINT_PACK].trigger()
    with qtbot.waitSignal(window.last_job.finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: bool(pdf_preview.OPEN_PREVIEWS), timeout=5000)
    preview = pdf_preview.OPEN_PREVIEWS[-1]
    assert "Committee pack" in preview.windowTitle()
    assert preview.print_button.isDefault()
    preview.close()


def test_a_csv_folder_imports_together(qtbot, window, filled, tmp_path, monkeypatch):
    folder = tmp_path / "from the service"
    folder.mkdir()
    (folder / "Indicators.csv").write_text(
        "code,title,unit,polarity,aggregation,group\n"
        "NEW.1,Visits made,count,higher,sum,Demand\n", encoding="utf-8")
    (folder / "Values.csv").write_text("code,period,actual\nNEW.1,2024-25 Q3,42\n",
                                       encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(folder)))
    from gui import import_dialog

    monkeypatch.setattr(import_dialog.ImportPreviewDialog, "exec", lambda self: 1)
    window.actions_by_id[ActionId.IMPORT_FOLDER].trigger()
    with qtbot.waitSignal(window.last_job.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: filled.value("NEW.1", Q3) is not None)
    assert str(filled.value("NEW.1", Q3).actual) == "42"
    window.undo_stack.undo()  # one step
    assert filled.indicator("NEW.1") is None


def test_help_menu_guide_shortcuts_and_about(qtbot, window):
    menu = window.menus["&Help"]
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["help.guide", "help.shortcuts", "help.about"]
    assert window.actions_by_id[ActionId.HELP_GUIDE].shortcut().toString() == "F1"
    window.actions_by_id[ActionId.HELP_GUIDE].trigger()
    guide = window.help_window
    text = guide.browser.toPlainText()
    for heading in ("A day's work", "The status rules", "The interchange format", "Publishing"):
        assert heading in text
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    picture = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                         QUrl("window.png"))
    assert picture is not None and not picture.isNull()  # the pictures are bundled

    guide.follow(QUrl("interchange.md"))  # the full description, offline
    assert "Indicators" in guide.browser.toPlainText()
    assert guide.browser.source().toLocalFile().endswith("interchange.md")
    window.actions_by_id[ActionId.HELP_SHORTCUTS].trigger()
    shortcuts = window.help_window.browser.toPlainText()
    assert "Ctrl+Y" in shortcuts and "F6" in shortcuts and "Ctrl+5" in shortcuts
    window.actions_by_id[ActionId.HELP_ABOUT].trigger()
    about = window.help_window.browser.toPlainText()
    assert "Craffu" in about and "DejaVu" in about and "Bitstream" in about
    assert "settings" in about and "Where your data lives" in about


def test_the_guides_pictures_and_links_exist():
    guide = (ROOT / "resources" / "help" / "guide.md").read_text(encoding="utf-8")
    import re

    for target in re.findall(r"\]\(([^)#]+)\)", guide):
        assert (ROOT / "resources" / "help" / target).is_file() or \
            (ROOT / "docs" / target).is_file(), target


def test_tools_never_touch_the_users_settings(tmp_path):
    home = tmp_path / "home"
    config = home / ".config"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(config),
           "XDG_DATA_HOME": str(home / ".local" / "share")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run([sys.executable, "-m", "gui.screenshot", str(tmp_path / "shot.png"),
                           "--size", "900x600"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "shot.png").is_file()
    assert not (config / "Craffu").exists()  # no recent packs, no last pack, no layout
    assert not (home / ".local" / "share" / "Craffu").exists()


def test_the_window_fits_the_screen(qtbot, filled):
    from gui.main_window import MainWindow

    window = MainWindow(filled, Q3)
    qtbot.addWidget(window)
    window.resize(5000, 4000)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    room = window.screen().availableGeometry()
    assert room.contains(window.frameGeometry())


def test_paper_dialog_titles_are_not_cut(qtbot, window):
    from gui.paper_actions import PaperChoice

    dialog = PaperOptionsDialog("Preview the committee pack", PaperChoice(), "Preview", window)
    qtbot.addWidget(dialog)
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.minimumWidth() > title
