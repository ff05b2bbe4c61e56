"""File ▸ Export HTML edition… from the window: asks for the file and the paper options, writes
in the background, leaves no partial file, and Cancel makes nothing. Only the dialogs are
answered by the test; the exporter is real."""

from __future__ import annotations

from gui.paper_actions import PaperOptionsDialog
from tests.html_support import parse, text_of
from tests.test_gui_integration import answer, sample_copy, save_as, window  # noqa: F401


def test_export_html_edition_from_the_window(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    out = tmp_path / "committee pack"  # no suffix typed: .html is added
    asked = save_as(monkeypatch, out)

    def choose_bilingual(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("both"))
        dialog.published.setChecked(False)
        dialog.accept()

    seen = answer(qtbot, PaperOptionsDialog, choose_bilingual)
    action = window.actions_by_id[window.ActionId.EXPORT_HTML]
    assert action.text() == "Export &HTML edition…" and action.isEnabled()
    action.trigger()
    assert seen and asked and asked[0][2] == "Web pages (*.html)"
    with qtbot.waitSignal(window.last_job.finished, timeout=30000) as done:
        pass
    assert done.args == ["done"]
    written = tmp_path / "committee pack.html"
    document = parse(written.read_text(encoding="utf-8"))
    assert document.get("lang") == "en-GB"
    assert document.findall(".//*[@lang='cy']")  # bilingual
    assert "Cover report / Adroddiad clawr" in text_of(document.find(".//nav"))
    assert str(written) in window.statusBar().currentMessage()
    assert [p.name for p in tmp_path.iterdir() if "html" in p.name] == ["committee pack.html"]


def test_cancelling_the_options_writes_no_edition(qtbot, window, tmp_path,  # noqa: F811
                                                  monkeypatch):
    out = tmp_path / "pack.html"
    save_as(monkeypatch, out)
    answer(qtbot, PaperOptionsDialog, lambda d: d.reject())
    window.last_job = None
    window.actions_by_id[window.ActionId.EXPORT_HTML].trigger()
    assert window.last_job is None
    assert not out.exists()
